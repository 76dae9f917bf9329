// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// Found attacking the hub after issue 11: a signed-in student could fill the hub's disk with records. Files counted
// against a person's quota; records did not. Submissions are append-only and kept for ever, each up to the field
// limits (256 KiB of answers…), 16 MiB a request: measured on the real hub, one 15 MB request of submissions held the
// hub's single writer for 12.9 s and grew hub.sqlite by ≈80 MB, and a script in a loop filled a Raspberry Pi's card
// in minutes. Records now count against their author's quota as files do (SECURITY.md, "Quotas").
#include "hubtestkit.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace HubTest;

class TestRecordFlood : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aStudentCannotStoreUnboundedRecords()
    {
        HubLimits limits;
        limits.recordQuotaBytes = 1024 * 1024; // 1 MiB of records a person
        TestHub hub(limits);
        auto teacher = hub.teacher(u"prof"_s);
        const QString classId = hub.createClass(*teacher);
        auto pupil = hub.student(*teacher, classId, u"eleve"_s);
        const QString assignment = newUuid();
        QCOMPARE(verdictOf(teacher->sync({change(u"assignment"_s, assignment, classId, *teacher,
                                                 {{u"title"_s, u"Devoir"_s}, {u"status"_s, u"published"_s}})})),
                 u"applied"_s);
        // Positive control: an honest hand-in is applied.
        QCOMPARE(verdictOf(pupil->sync({change(u"submission"_s, newUuid(), classId, *pupil,
                                               {{u"assignment_id"_s, assignment}, {u"student"_s, pupil->id()},
                                                {u"text"_s, u"Ma réponse"_s}})})),
                 u"applied"_s);

        // Four times her quota in submissions, 200 KiB of answers each.
        QJsonObject answers;
        for (int q = 0; q < 3000; ++q)
            answers.insert(u"q%1"_s.arg(q), QJsonArray{QString(60, u'x')});
        int applied = 0;
        int refusedForQuota = 0;
        for (int round = 0; round < 4; ++round) {
            QList<QJsonObject> flood;
            for (int i = 0; i < 5; ++i)
                flood << change(u"submission"_s, newUuid(), classId, *pupil,
                                {{u"assignment_id"_s, assignment}, {u"student"_s, pupil->id()}, {u"answers"_s, answers}});
            const QJsonObject r = pupil->sync(flood);
            QCOMPARE(pupil->lastStatus, 200L);
            for (int i = 0; i < flood.size(); ++i) {
                const QJsonObject v = r.value(u"verdicts"_s).toArray().at(i).toObject();
                if (v.value(u"status"_s).toString() == u"applied"_s) {
                    ++applied;
                } else {
                    QVERIFY2(reasonOf(r, i).startsWith(u"quota:"_s), qPrintable(reasonOf(r, i)));
                    // Not final: her device keeps the change and sends it again once there is room. Nothing is lost.
                    QCOMPARE(v.value(u"retry"_s).toBool(), true);
                    ++refusedForQuota;
                }
            }
        }
        // What fits in 1 MiB was taken (4 of 200 KiB, after the first hand-in), the rest refused.
        QVERIFY2(applied >= 3 && applied <= 5, qPrintable(u"%1 submissions of 200 KiB stored for a 1 MiB quota"_s.arg(applied)));
        QCOMPARE(applied + refusedForQuota, 20);
        const qint64 dbBytes = QFileInfo(hub.dataDir() + u"/hub.sqlite"_s).size() + QFileInfo(hub.dataDir() + u"/hub.sqlite-wal"_s).size();
        QVERIFY2(dbBytes < 6 * 1024 * 1024, qPrintable(u"hub.sqlite and its WAL: %1 bytes"_s.arg(dbBytes)));

        // Her quota is hers: a classmate still hands in, the teacher still publishes.
        auto classmate = hub.student(*teacher, classId, u"voisine"_s);
        QCOMPARE(verdictOf(classmate->sync({change(u"submission"_s, newUuid(), classId, *classmate,
                                                   {{u"assignment_id"_s, assignment}, {u"student"_s, classmate->id()},
                                                    {u"answers"_s, answers}})})),
                 u"applied"_s);
        QCOMPARE(verdictOf(teacher->sync({change(u"lesson"_s, newUuid(), classId, *teacher,
                                                 {{u"title"_s, u"Leçon suivante"_s}, {u"status"_s, u"published"_s}})})),
                 u"applied"_s);
        // A relay counts against the author, not the relayer: the teacher carrying her work from a pack finds no
        // room for it in his own quota. Both pupils' tablets signed in once with their keys, as the app does.
        KeyedDevice herTablet, classmateTablet;
        QVERIFY(!keyedLogin(hub.url(), u"eleve"_s, u"4821"_s, herTablet)->token.isEmpty());
        QVERIFY(!keyedLogin(hub.url(), u"voisine"_s, u"4821"_s, classmateTablet)->token.isEmpty());
        const QJsonObject relayed = relay(*teacher, {}, {herTablet.signedChange(u"submission"_s, newUuid(), classId, pupil->id(),
                                                                                {{u"assignment_id"_s, assignment},
                                                                                 {u"student"_s, pupil->id()},
                                                                                 {u"answers"_s, answers}})});
        QVERIFY2(verdictOf(relayed) == u"rejected"_s && reasonOf(relayed).startsWith(u"quota:"_s),
                 QJsonDocument(relayed.value(u"verdicts"_s).toArray()).toJson(QJsonDocument::Compact).constData());
        // Positive control: the classmate's work, relayed the same way, goes in.
        const QJsonObject relayedOk = relay(*teacher, {}, {classmateTablet.signedChange(
                                                               u"submission"_s, newUuid(), classId, classmate->id(),
                                                               {{u"assignment_id"_s, assignment},
                                                                {u"student"_s, classmate->id()},
                                                                {u"answers"_s, answers}})});
        QCOMPARE(verdictOf(relayedOk), u"applied"_s);
    }

    void filesAndRecordsHaveTheirOwnQuotas()
    {
        // A pupil whose photos filled her files' quota still hands in text (her records have their own), and
        // records that filled theirs do not stop her photos.
        HubLimits limits;
        limits.quotaBytes = 64 * 1024;
        limits.recordQuotaBytes = 16 * 1024;
        TestHub hub(limits);
        auto teacher = hub.teacher(u"prof"_s);
        const QString classId = hub.createClass(*teacher);
        auto pupil = hub.student(*teacher, classId, u"eleve"_s);
        const QString assignment = newUuid();
        QCOMPARE(verdictOf(teacher->sync({change(u"assignment"_s, assignment, classId, *teacher,
                                                 {{u"title"_s, u"Devoir"_s}, {u"status"_s, u"published"_s}})})),
                 u"applied"_s);
        QCOMPARE(uploadFile(*pupil, QByteArray(60 * 1024, 'p')), 201L); // 60 KiB of 64
        QCOMPARE(uploadFile(*pupil, QByteArray(8 * 1024, 'q')), 413L);  // her files' quota is full
        auto handIn = [&](const QString &text) {
            return pupil->sync({change(u"submission"_s, newUuid(), classId, *pupil,
                                       {{u"assignment_id"_s, assignment}, {u"student"_s, pupil->id()}, {u"text"_s, text}})});
        };
        QCOMPARE(verdictOf(handIn(u"Fini"_s)), u"applied"_s);
        const QJsonObject big = handIn(QString(16 * 1024, u'r'));
        QCOMPARE(verdictOf(big), u"rejected"_s);
        QVERIFY2(reasonOf(big).startsWith(u"quota:"_s), qPrintable(reasonOf(big)));
        QCOMPARE(verdictOf(handIn(u"Fini, vraiment"_s)), u"applied"_s);
    }

    void aTeachersLessonsHaveTheTeachersBound()
    {
        // Years of lesson edits are a teacher's, not a pupil's, measure: her bound is her own.
        HubLimits limits;
        limits.recordQuotaBytes = 16 * 1024;
        limits.teacherRecordQuotaBytes = 256 * 1024;
        TestHub hub(limits);
        auto teacher = hub.teacher(u"prof"_s);
        const QString classId = hub.createClass(*teacher);
        auto lesson = [&](int kib) {
            return teacher->sync({change(u"lesson"_s, newUuid(), classId, *teacher,
                                         {{u"title"_s, u"Leçon"_s}, {u"status"_s, u"published"_s},
                                          {u"before_class"_s, QString(kib * 1024, u'm')}})});
        };
        QCOMPARE(verdictOf(lesson(100)), u"applied"_s); // over a pupil's 16 KiB, within hers
        QCOMPARE(verdictOf(lesson(100)), u"applied"_s);
        const QJsonObject third = lesson(100);
        QCOMPARE(verdictOf(third), u"rejected"_s);
        QVERIFY2(reasonOf(third).startsWith(u"quota:"_s), qPrintable(reasonOf(third)));
    }

    void refusedChangesCannotFillTheDiskWithVerdicts()
    {
        // Found by the attack review of the record quota: a final rejection is kept (a replay gets the same answer)
        // and was charged to nobody; 5,000 forbidden changes a request stored ≈1 MB of verdicts a request, for ever.
        HubLimits limits;
        limits.recordQuotaBytes = 16 * 1024; // 64 remembered verdicts of 256 bytes
        TestHub hub(limits);
        auto teacher = hub.teacher(u"prof"_s);
        const QString classId = hub.createClass(*teacher);
        auto pupil = hub.student(*teacher, classId, u"eleve"_s);
        QList<QJsonObject> flood;
        for (int i = 0; i < 500; ++i) // a pupil may not write lessons: refused for good, each one
            flood << change(u"lesson"_s, newUuid(), classId, *pupil, {{u"title"_s, u"x"_s}});
        const QJsonObject r = pupil->sync(flood);
        QCOMPARE(pupil->lastStatus, 200L);
        for (int i = 0; i < flood.size(); ++i) {
            QCOMPARE(verdictOf(r, i), u"rejected"_s);
            QVERIFY2(reasonOf(r, i).startsWith(u"forbidden"_s), qPrintable(reasonOf(r, i))); // the answer, not "quota"
        }
        qint64 kept = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
            db.setDatabaseName(hub.dataDir() + u"/hub.sqlite"_s);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"SELECT count(*) FROM verdicts WHERE status = 'rejected'"_s) && q.next());
            kept = q.value(0).toLongLong();
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"peek"_s);
        QVERIFY2(kept > 0 && kept <= 64, qPrintable(u"%1 rejections kept for a 16 KiB quota"_s.arg(kept)));
        // Replays get the same answer, kept or not.
        const QJsonObject again = pupil->sync({flood.first(), flood.last()});
        QCOMPARE(verdictOf(again, 0), u"rejected"_s);
        QCOMPARE(reasonOf(again, 0), reasonOf(r, 0));
        QCOMPARE(reasonOf(again, 1), reasonOf(r, flood.size() - 1));
    }

    void aHubUpgradedFromSchema4CountsTheRecordsItHolds()
    {
        // A hub of before (schema 4: records counted nowhere) already holds a student's records: after the upgrade
        // they count against her quota, or a flood made before the upgrade would give her a fresh quota.
        HubLimits limits;
        limits.recordQuotaBytes = 1024 * 1024;
        TestHub hub(limits);
        auto teacher = hub.teacher(u"prof"_s);
        const QString classId = hub.createClass(*teacher);
        auto pupil = hub.student(*teacher, classId, u"eleve"_s);
        const QString assignment = newUuid();
        QCOMPARE(verdictOf(teacher->sync({change(u"assignment"_s, assignment, classId, *teacher,
                                                 {{u"title"_s, u"Devoir"_s}, {u"status"_s, u"published"_s}})})),
                 u"applied"_s);
        QJsonObject answers;
        for (int q = 0; q < 1500; ++q)
            answers.insert(u"q%1"_s.arg(q), QJsonArray{QString(60, u'x')});
        auto handIn = [&](Client &who) {
            return verdictOf(who.sync({change(u"submission"_s, newUuid(), classId, who,
                                              {{u"assignment_id"_s, assignment}, {u"student"_s, who.id()},
                                               {u"answers"_s, answers}})}));
        };
        int applied = 0;
        while (handIn(*pupil) == u"applied"_s)
            QVERIFY(++applied < 20);
        QVERIFY(applied >= 5);

        hub.stop();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"downgrade"_s);
            db.setDatabaseName(hub.dataDir() + u"/hub.sqlite"_s);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const QString &sql : {u"DROP TABLE record_usage"_s, u"DROP TABLE account_creators"_s,
                                       u"DROP INDEX vouchers_by"_s, u"DROP TABLE answer_releases"_s, u"DROP TABLE shared_usage"_s,
                                       u"PRAGMA user_version = 4"_s})
                QVERIFY2(q.exec(sql), qPrintable(sql));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"downgrade"_s);
        hub.start();
        Client again(hub.url());
        QVERIFY(again.login(u"eleve"_s, u"4821"_s));
        QCOMPARE(handIn(again), u"rejected"_s);
        // Positive control: a classmate, whose log is empty, hands in the same work.
        Client teacherAgain(hub.url());
        QVERIFY(teacherAgain.login(u"prof"_s, u"password-prof"_s));
        auto classmate = hub.student(teacherAgain, classId, u"voisine"_s);
        QCOMPARE(handIn(*classmate), u"applied"_s);
    }
};

QTEST_GUILESS_MAIN(TestRecordFlood)
#include "tst_recordflood.moc"
