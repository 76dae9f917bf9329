// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "content/store.h"
#include "tests/storeinternals.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Continuite;
using namespace Qt::StringLiterals;

/// ChangeLog's two calls for bundles: relaying a foreign change intact, and signing a snapshot as this device.
class TestChangeLogRelay : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Store> open(const QTemporaryDir &dir)
    {
        auto s = Store::open(dir.path());
        if (!s)
            qFatal("%s", qPrintable(s.error()));
        return std::move(s).value();
    }

private Q_SLOTS:
    void relayKeepsAuthorDeviceAndSignature()
    {
        QTemporaryDir studentDir, teacherDir;
        auto student = open(studentDir);
        auto teacher = open(teacherDir);
        const QByteArray studentKey = student->changes().devicePublicKey();

        Change written;
        QVERIFY(StoreInternals::database(*student).write([&]() -> Status {
            auto c = student->changes().record(u"progress"_s, newUuid(), newUuid(), newUuid(),
                                               {{u"student"_s, newUuid()}, {u"seconds_spent"_s, 60.0}});
            if (!c)
                return Status::failure(c.error());
            written = *c;
            return success();
        }));
        QVERIFY(Signing::verify(written, studentKey));

        const QString teacherId = newUuid();
        for (bool expectQueued : {true, false}) { // the second time is a replay: nothing is queued twice
            QVERIFY(StoreInternals::database(*teacher).write([&]() -> Status {
                auto queued = teacher->changes().queueForRelay(written, teacherId);
                if (!queued)
                    return Status::failure(queued.error());
                return *queued == expectQueued ? success() : Status::failure(u"queued = %1"_s.arg(*queued));
            }));
        }
        const QList<OutboxEntry> outbox = teacher->changes().outbox(teacherId);
        QCOMPARE(outbox.size(), 1);
        const Change &relayed = outbox.first().change;
        QCOMPARE(relayed.id, written.id);
        QCOMPARE(relayed.author, written.author);
        QCOMPARE(relayed.device, student->deviceId());
        QCOMPARE(relayed.signature, written.signature);
        QCOMPARE(relayed.canonical(), written.canonical());
        QVERIFY(Signing::verify(relayed, studentKey));
        QVERIFY(!Signing::verify(relayed, teacher->changes().devicePublicKey()));
    }

    void snapshotIsSignedByThisDevice()
    {
        QTemporaryDir dir;
        auto store = open(dir);
        Change c;
        c.id = newUuid();
        c.kind = u"lesson"_s;
        c.row = newUuid();
        c.classId = newUuid();
        c.hlc = u"0001700000000000-0000-%1"_s.arg(store->deviceId());
        c.author = newUuid();
        c.device = newUuid(); // replaced: only this device can sign
        c.fields = {{u"title"_s, u"Fractions égales"_s}};
        const Change signedChange = store->changes().signedByThisDevice(c);
        QCOMPARE(signedChange.device, store->deviceId());
        QVERIFY(Signing::verify(signedChange, store->changes().devicePublicKey()));
        Change altered = signedChange;
        altered.fields.insert(u"title"_s, u"Fractions"_s);
        QVERIFY(!Signing::verify(altered, store->changes().devicePublicKey()));
    }
};

QTEST_GUILESS_MAIN(TestChangeLogRelay)
#include "tst_changelogrelay.moc"
