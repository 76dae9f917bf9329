// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// An honest device over its record quota (found by the attack review of the record quota). Before: the hub refused
// its changes with "quota" and "retry": true, and the device sent them all again at every sync, each time uploading
// them whole for the same answer, until the administrator made room. Now the hub says how long to wait
// ("retry_after" and Retry-After) and the device holds those changes back until then; its other work still goes.
// The real client store and sync engine against the real hub on loopback.

#include "synctestkit.h"
#include "tests/storeinternals.h"

#include <QStandardPaths>
#include <QTest>

using namespace SyncTest;

namespace {

/// A teacher's class with Léa and one published assignment, on @p hub; Léa signed in and synced.
struct Classroom
{
    Device teacher;
    Device lea;
    QString assignmentId;
    QString leaLogin;
};

bool makeClassroom(SyncHub &hub, Classroom &room)
{
    const QString url = u"http://127.0.0.1:%1"_s.arg(hub.port());
    hub.addTeacher(u"prof"_s, u"motdepasse1"_s);
    if (!room.teacher.login(url, u"prof"_s, u"motdepasse1"_s))
        return false;
    auto c = room.teacher.store->createClass(u"6e B"_s);
    if (!c)
        return false;
    auto s = room.teacher.store->addStudent(c->meta.id, u"Léa Dupont"_s);
    if (!s)
        return false;
    Store::AssignmentInput in;
    in.classId = c->meta.id;
    in.title = u"Devoir"_s;
    auto a = room.teacher.store->createAssignment(in);
    if (!a || !room.teacher.store->publishAssignment(a->meta.id) || !room.teacher.syncUntilClean())
        return false;
    room.assignmentId = a->meta.id;
    room.leaLogin = s->member.login;
    return room.lea.login(url, s->member.login, s->pin) && room.lea.syncUntilClean();
}

} // namespace

class tst_QuotaRetry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aChangeRefusedForQuotaWaitsAsTheHubSays()
    {
        Hub::HubLimits limits;
        limits.recordQuotaBytes = 12 * 1024;
        limits.quotaRetryAfterSeconds = 4;
        SyncHub hub(limits);
        Classroom room;
        QVERIFY(makeClassroom(hub, room));
        Device &lea = room.lea;
        const QString assignment = room.assignmentId;
        auto handIn = [&](const QString &text) {
            auto sub = lea.store->submit({assignment, text, {}, {}});
            if (!sub)
                qWarning() << sub.error();
            return sub ? sub->meta.id : QString();
        };
        QVERIFY(!handIn(QString::fromLatin1(pseudoRandomBytes(4608, 1).toBase64())).isEmpty()); // 6 KiB that do not compress
        SyncReport r = lea.sync();
        QCOMPARE(r.changesSent, 1); // 7 KiB of her 12
        // The second long hand-in does not fit: kept on her device, not final.
        QVERIFY(!handIn(QString::fromLatin1(pseudoRandomBytes(4608, 2).toBase64())).isEmpty());
        r = lea.sync();
        QCOMPARE(r.changesDeferred, 1);
        QCOMPARE(lea.pending(), 1);

        // The next sync does not send it again (before: sent whole at every sync, refused each time)...
        QVERIFY(!handIn(u"Court"_s).isEmpty());
        r = lea.sync();
        QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.join(u'\n')));
        QCOMPARE(r.changesDeferred, 0);
        QVERIFY2(r.bytesUp < 4 * 1024, qPrintable(u"%1 bytes sent"_s.arg(r.bytesUp)));
        // ...while her other work goes (positive control): the short hand-in fits and is applied.
        QCOMPARE(r.changesSent, 1);
        QCOMPARE(lea.pending(), 1);

        // The administrator makes room; once the wait is over, the held hand-in goes in. Bounded: 30 s at most.
        hub.server().engine().resetRecordUsage(room.leaLogin);
        for (int i = 0; i < 60 && lea.pending() > 0; ++i) {
            r = lea.sync();
            if (lea.pending() > 0)
                QTest::qWait(500);
        }
        QCOMPARE(lea.pending(), 0);
        QCOMPARE(r.changesSent, 1);
    }

    // Found by the attack review: the hold is an absolute time on the device's clock. A device whose clock was a
    // month ahead when the hub said "wait an hour" kept the hand-in for a month once its clock was right again
    // (and "status" said only "1 change waiting"). A hold beyond the longest wait a hub may ask for is over.
    void aHoldSetByAClockThatWasAheadIsOver()
    {
        Hub::HubLimits limits;
        limits.recordQuotaBytes = 12 * 1024;
        limits.quotaRetryAfterSeconds = 3600;
        SyncHub hub(limits);
        Classroom room;
        QVERIFY(makeClassroom(hub, room));
        Device &lea = room.lea;
        const QString assignment = room.assignmentId;
        QVERIFY(lea.store->submit({assignment, QString::fromLatin1(pseudoRandomBytes(4608, 1).toBase64()), {}, {}}));
        QCOMPARE(lea.sync().changesSent, 1);
        QVERIFY(lea.store->submit({assignment, QString::fromLatin1(pseudoRandomBytes(4608, 2).toBase64()), {}, {}}));
        QCOMPARE(lea.sync().changesDeferred, 1);
        hub.server().engine().resetRecordUsage(room.leaLogin);
        auto holdUntil = [&](qint64 seconds) {
            const QString at = QDateTime::currentDateTimeUtc().addSecs(seconds).toString(Qt::ISODateWithMs);
            return Continuite::StoreInternals::database(*lea.store).exec(u"UPDATE outbox SET not_before = ? WHERE state = 'pending'"_s, {at});
        };
        // Positive control: a hold of an hour, as the hub asked, still holds.
        QVERIFY(holdUntil(3600));
        SyncReport r = lea.sync();
        QCOMPARE(r.changesSent, 0);
        QCOMPARE(lea.pending(), 1);
        // A hold a month ahead (set while the clock was wrong) is over: the hand-in goes at the next sync.
        QVERIFY(holdUntil(30 * 24 * 3600));
        r = lea.sync();
        QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.join(u'\n')));
        QCOMPARE(r.changesSent, 1);
        QCOMPARE(lea.pending(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_QuotaRetry)
#include "tst_quotaretry.moc"
