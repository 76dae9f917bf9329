// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// A sync page's ids and clocks in columns (sync/pagecolumns.h, PROTOCOL.md "Columns"): what the hub takes apart the
// client puts back, key for key; columns that do not fit their changes (a damaged or lying answer) are refused whole,
// each beside the same columns untouched, which fit.
#include "sync/change.h"
#include "sync/hlc.h"
#include "sync/pagecolumns.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Continuite;
using namespace Qt::StringLiterals;

namespace {

QJsonObject served(qint64 seq, const QString &received, const QString &device, const QString &hlc)
{
    return QJsonObject{{u"seq"_s, double(seq)}, {u"received"_s, received}, {u"id"_s, newUuid()}, {u"kind"_s, u"lesson"_s},
                       {u"row"_s, newUuid()}, {u"class"_s, newUuid()}, {u"author"_s, newUuid()}, {u"device"_s, device},
                       {u"hlc"_s, hlc}, {u"fields"_s, QJsonObject{{u"title"_s, u"Leçon « é »\n"_s}}}};
}

struct Page
{
    QJsonObject columns;
    QList<QJsonObject> changes;
};

Page encode(const QList<QJsonObject> &changes)
{
    PageColumns::Encoder encoder;
    Page page;
    for (const QJsonObject &c : changes)
        page.changes << QJsonDocument::fromJson(encoder.take(QJsonDocument(c).toJson(QJsonDocument::Compact))).object();
    page.columns = QJsonDocument::fromJson(encoder.json()).object();
    return page;
}

} // namespace

class TestSyncPageColumns : public QObject
{
    Q_OBJECT

private slots:
    /// Every key comes back as it was, whatever its form: those of the usual form through the columns, the others
    /// (an id in capitals, a reception time without milliseconds, a clock of another node, a sequence going down as on
    /// PostgreSQL) in their own change.
    void whatIsTakenApartComesBackWhole()
    {
        const QString device = newUuid();
        QList<QJsonObject> changes;
        for (int i = 0; i < 20; ++i)
            changes << served(1000 + i, u"2026-12-07T00:00:23.%1Z"_s.arg(100 + i * 7), device,
                              HlcTimestamp{1796601623635 + i * 3, quint32(i % 3), device}.toString());
        changes[3].insert(u"id"_s, newUuid().toUpper());
        changes[4].insert(u"row"_s, u"not-a-uuid"_s);
        changes[5].insert(u"received"_s, u"2026-12-07T00:00:23Z"_s);
        changes[6].insert(u"hlc"_s, HlcTimestamp{1796601623000, 4, newUuid()}.toString());
        changes[7].insert(u"seq"_s, 12.0); // down: another transaction's, on PostgreSQL
        changes[8].remove(u"device"_s);    // a clock without its device stays whole
        changes[9].insert(u"seq"_s, 1.5);
        Page page = encode(changes);
        QCOMPARE(page.changes.at(3).value(u"id"_s), changes.at(3).value(u"id"_s));
        QCOMPARE(page.changes.at(4).value(u"row"_s), changes.at(4).value(u"row"_s));
        QCOMPARE(page.changes.at(5).value(u"received"_s), changes.at(5).value(u"received"_s));
        QCOMPARE(page.changes.at(6).value(u"hlc"_s), changes.at(6).value(u"hlc"_s));
        QCOMPARE(page.changes.at(8).value(u"hlc"_s), changes.at(8).value(u"hlc"_s));
        QCOMPARE(page.changes.at(9).value(u"seq"_s), changes.at(9).value(u"seq"_s));
        QVERIFY(!page.changes.at(0).contains(u"id"_s) && !page.changes.at(0).contains(u"hlc"_s));
        QString why;
        QVERIFY2(PageColumns::expand(page.columns, page.changes, &why), qPrintable(why));
        QCOMPARE(page.changes, changes);
        // An empty page has empty columns, which fit it.
        Page empty = encode({});
        QVERIFY(PageColumns::expand(empty.columns, empty.changes));
    }

    /// Columns that do not fit their page are refused, and nothing is put back that the caller would apply: each lie of a
    /// hub (or damage) beside the untouched columns, which fit (the positive control, run first every time).
    void columnsThatDoNotFitAreRefused_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("unknown version") << u"v"_s << QJsonValue(2);
        QTest::newRow("no version") << u"v"_s << QJsonValue();
        QTest::newRow("id column short") << u"id"_s << QJsonValue(QString(32 * 2, u'a'));
        QTest::newRow("id column too long") << u"id"_s << QJsonValue(QString(32 * 4, u'a'));
        QTest::newRow("id column not hex") << u"id"_s << QJsonValue(QString(32 * 2, u'a') + QString(32, u'g'));
        QTest::newRow("id column in capitals") << u"id"_s << QJsonValue(QString(32 * 3, u'A'));
        QTest::newRow("id column cut mid-id") << u"id"_s << QJsonValue(QString(32 * 3 - 1, u'a'));
        QTest::newRow("row column a number") << u"row"_s << QJsonValue(5);
        QTest::newRow("seq short") << u"seq"_s << QJsonValue(QJsonArray{1, 1});
        QTest::newRow("seq left over") << u"seq"_s << QJsonValue(QJsonArray{1, 1, 1, 1});
        QTest::newRow("seq not whole") << u"seq"_s << QJsonValue(QJsonArray{1, 1.5, 1});
        QTest::newRow("seq huge") << u"seq"_s << QJsonValue(QJsonArray{1e300, 1, 1});
        QTest::newRow("seq a string") << u"seq"_s << QJsonValue(QJsonArray{1, u"1"_s, 1});
        QTest::newRow("received before 1970") << u"received"_s << QJsonValue(QJsonArray{-5, 0, 0});
        QTest::newRow("received past 9999") << u"received"_s << QJsonValue(QJsonArray{1e15, 0, 0});
        QTest::newRow("hlc odd") << u"hlc"_s << QJsonValue(QJsonArray{1796601623635LL, 0, 1, 0, 1});
        QTest::newRow("hlc counter past 999999") << u"hlc"_s << QJsonValue(QJsonArray{1796601623635LL, 1000000, 1, 0, 1, 0});
        QTest::newRow("hlc before 0") << u"hlc"_s << QJsonValue(QJsonArray{-1, 0, 1, 0, 1, 0});
        QTest::newRow("hlc past 15 digits") << u"hlc"_s << QJsonValue(QJsonArray{1e15, 0, 1, 0, 1, 0});
    }
    void columnsThatDoNotFitAreRefused()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        const QString device = newUuid();
        QList<QJsonObject> changes;
        for (int i = 0; i < 3; ++i)
            changes << served(7 + i, u"2026-12-07T00:00:23.985Z"_s, device, HlcTimestamp{1796601623635 + i, 0, device}.toString());
        const Page page = encode(changes);
        QList<QJsonObject> control = page.changes;
        QVERIFY(PageColumns::expand(page.columns, control));
        QCOMPARE(control, changes);

        QJsonObject lying = page.columns;
        if (value.isUndefined())
            lying.remove(key);
        else
            lying.insert(key, value);
        QList<QJsonObject> damaged = page.changes;
        QString why;
        QVERIFY(!PageColumns::expand(lying, damaged, &why));
        QVERIFY(!why.isEmpty());
    }

    /// A clock in the column needs its change's device: a change that lost it (damage) is refused, not given a clock of
    /// nobody's node. Control: the same change with its device.
    void aClockWithoutItsDeviceIsRefused()
    {
        const QString device = newUuid();
        const Page page = encode({served(1, u"2026-12-07T00:00:23.985Z"_s, device, HlcTimestamp{5, 0, device}.toString())});
        QList<QJsonObject> control = page.changes;
        QVERIFY(PageColumns::expand(page.columns, control));
        QList<QJsonObject> damaged = page.changes;
        damaged[0].remove(u"device"_s);
        QVERIFY(!PageColumns::expand(page.columns, damaged));
    }
};

QTEST_GUILESS_MAIN(TestSyncPageColumns)
#include "tst_syncpagecolumns.moc"
