// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// Found attacking the hub after issue 11, not fixed: a signed-in student can fill the hub's disk with records. Files
// count against a person's quota; records do not. Submissions are append-only and kept for ever, each up to the field
// limits (256 KiB of answers, 256 KiB of attachment names…), 16 MiB a request: measured on the real hub
// (a script over loopback, loaded machine), one 15 MB request of submissions naming 3,200 files each held the hub's
// single writer for 12.9 s and grew hub.sqlite by ≈80 MB (192,000 file names recorded); the same bytes as answers
// took 4.7 s and ≈28 MB. In a loop, a pupil's script fills a Raspberry Pi's card in minutes, and every other
// write waits meanwhile. The fix (records counted against the quota, or a per-person rate) belongs with the
// sync engine's owner; this test pins it.
#include "hubtestkit.h"

using namespace HubTest;

class TestRecordFlood : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aStudentCannotStoreUnboundedRecords()
    {
        HubLimits limits;
        limits.quotaBytes = 1024 * 1024; // 1 MiB a person
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
        for (int round = 0; round < 4; ++round) {
            QList<QJsonObject> flood;
            for (int i = 0; i < 5; ++i)
                flood << change(u"submission"_s, newUuid(), classId, *pupil,
                                {{u"assignment_id"_s, assignment}, {u"student"_s, pupil->id()}, {u"answers"_s, answers}});
            const QJsonObject r = pupil->sync(flood);
            QCOMPARE(pupil->lastStatus, 200L);
            for (int i = 0; i < flood.size(); ++i)
                applied += verdictOf(r, i) == u"applied"_s ? 1 : 0;
        }
        QEXPECT_FAIL("", "records do not count against a person's quota: a student can fill the hub's disk with "
                         "submissions (found by the attack session, handed on)", Continue);
        QVERIFY2(applied < 20, qPrintable(u"%1 submissions of 200 KiB stored for a 1 MiB quota"_s.arg(applied)));
    }
};

QTEST_GUILESS_MAIN(TestRecordFlood)
#include "tst_recordflood.moc"
