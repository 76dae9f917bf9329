// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "sync/hlc.h"

#include <QTest>

using namespace Continuite;
using namespace Qt::StringLiterals;

class TestHlc : public QObject
{
    Q_OBJECT
private slots:
    void textFormSortsLikeTimestamps_data()
    {
        QTest::addColumn<qint64>("aMillis");
        QTest::addColumn<uint>("aCounter");
        QTest::addColumn<QString>("aNode");
        QTest::addColumn<qint64>("bMillis");
        QTest::addColumn<uint>("bCounter");
        QTest::addColumn<QString>("bNode");
        QTest::newRow("millis") << qint64(9) << 5u << u"b"_s << qint64(10) << 0u << u"a"_s;
        QTest::newRow("counter") << qint64(10) << 9u << u"b"_s << qint64(10) << 10u << u"a"_s;
        QTest::newRow("node breaks ties") << qint64(10) << 1u << u"a"_s << qint64(10) << 1u << u"b"_s;
        QTest::newRow("years apart") << qint64(1'000'000'000'000) << 0u << u"z"_s << qint64(99'000'000'000'000) << 0u << u"a"_s;
    }
    void textFormSortsLikeTimestamps()
    {
        QFETCH(qint64, aMillis);
        QFETCH(uint, aCounter);
        QFETCH(QString, aNode);
        QFETCH(qint64, bMillis);
        QFETCH(uint, bCounter);
        QFETCH(QString, bNode);
        const HlcTimestamp a{aMillis, aCounter, aNode};
        const HlcTimestamp b{bMillis, bCounter, bNode};
        QVERIFY(a < b);
        QVERIFY(a.toString() < b.toString());
        QCOMPARE(HlcTimestamp::parse(a.toString()), a);
    }

    void parseRejectsGarbage_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("no node") << u"000000000000010.000001."_s;
        QTest::newRow("letters") << u"00000000000001x.000001.n"_s;
        QTest::newRow("negative") << u"-00000000000010.000001.n"_s;
        QTest::newRow("short") << u"10.1.n"_s;
        QTest::newRow("quote in node") << u"000000000000010.000001.a\"b"_s;
        QTest::newRow("node too long") << (u"000000000000010.000001."_s + QString(65, u'a'));
    }
    void parseRejectsGarbage()
    {
        QFETCH(QString, text);
        QVERIFY(!HlcTimestamp::parse(text));
    }

    void monotonicWhenTheWallClockGoesBackwards()
    {
        qint64 wall = 1'700'000'000'000;
        HybridLogicalClock clock(u"dev"_s, [&wall] { return wall; });
        HlcTimestamp last = clock.now();
        const qint64 steps[] = {+5, 0, -3'600'000, -1, 0, +10, -86'400'000LL * 365 * 3, +1};
        for (qint64 step : steps) {
            wall += step;
            for (int i = 0; i < 3; ++i) {
                const HlcTimestamp t = clock.now();
                QVERIFY2(last < t, qPrintable(last.toString() + u" !< "_s + t.toString()));
                last = t;
            }
        }
    }

    void restoredClockNeverRepeats()
    {
        qint64 wall = 2'000'000;
        HybridLogicalClock first(u"dev"_s, [&wall] { return wall; });
        const HlcTimestamp saved = first.now();
        wall = 1'000; // the device rebooted with a dead RTC battery
        HybridLogicalClock second(u"dev"_s, [&wall] { return wall; });
        second.restore(saved);
        QVERIFY(saved < second.now());
    }

    void receiveFollowsRemoteAndClampsFarFuture()
    {
        qint64 wall = 1'000'000;
        HybridLogicalClock clock(u"hub"_s, [&wall] { return wall; });
        bool clamped = true;
        const HlcTimestamp near{wall + 500, 3, u"dev"_s};
        HlcTimestamp t = clock.receive(near, 60'000, &clamped);
        QVERIFY(!clamped);
        QVERIFY(near < t);
        const HlcTimestamp farAhead{wall + 10LL * 365 * 86'400'000, 0, u"dev"_s};
        t = clock.receive(farAhead, 60'000, &clamped);
        QVERIFY(clamped);
        QVERIFY(t.millis <= wall + 60'000);
        QVERIFY(clock.now() > t);
    }
};

QTEST_GUILESS_MAIN(TestHlc)
#include "tst_hlc.moc"
