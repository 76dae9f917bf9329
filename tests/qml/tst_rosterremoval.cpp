// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// Taking a student off a class's roster, as the teacher does from "Classes & roster": a local write
// first (a tombstone of the roster row, waiting in the outbox to sync), the roster, the board and the
// assignments' counts follow at once, and the work the student handed in stays, under their name. Then
// through a real hub on loopback: the tombstone syncs, the hub ends the membership (nothing new reaches
// the student, what they send to the class is refused and kept on their device), and their earlier work
// stays with the teacher.
#include "assignmentlistmodel.h"
#include "boardmodel.h"
#include "democourse.h"
#include "reviewmodel.h"
#include "rostermodel.h"
#include "session.h"

#include "content/store.h"
#include "sync/client/syncengine.h"
#include "sync/hub/hubengine.h"
#include "sync/hub/hubserver.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Continuite::AssignmentType;
using Continuite::Store;
using Continuite::SyncEngine;

class TestRosterRemoval : public QObject
{
    Q_OBJECT

    static int rowNamed(const QAbstractItemModel &model, const QString &name)
    {
        for (int row = 0; row < model.rowCount(); ++row)
            if (model.data(model.index(row, 0), Qt::DisplayRole).toString() == name)
                return row;
        return -1;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void removedStudentsWorkStays()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        DemoCourse demo;
        {
            auto store = Continuite::Store::open(dir.path());
            QVERIFY2(store, qPrintable(store.error()));
            demo = DemoCourse::fill(**store, QStringLiteral(CONTINUITE_SOURCE_DIR "/content/demo"));
            QVERIFY2(demo.error.isEmpty(), qPrintable(demo.error));
        }
        Session session(nullptr);
        session.setDataDir(dir.path());

        // Léa hands in the written assignment on the family laptop.
        QVERIFY(session.unlock(u"lea"_s, u"1234"_s));
        QString textId;
        for (const Continuite::Assignment &a : session.store()->assignments())
            if (a.type == AssignmentType::Text)
                textId = a.meta.id;
        QVERIFY(!textId.isEmpty());
        auto handedIn = session.store()->submit({textId, u"Trois quarts, c'est 3 parts sur 4."_s, {}, {}});
        QVERIFY2(handedIn, qPrintable(handedIn.error()));

        // The teacher's screens, before.
        QVERIFY(session.unlock(u"mme.martin"_s, u"demo-prof"_s));
        const QString teacherId = session.store()->current()->id;
        RosterModel roster;
        QAbstractItemModelTester rosterTester(&roster, QAbstractItemModelTester::FailureReportingMode::QtTest);
        roster.setSession(&session);
        roster.setClassId(demo.classId);
        BoardModel board;
        QAbstractItemModelTester boardTester(&board, QAbstractItemModelTester::FailureReportingMode::QtTest);
        board.setSession(&session);
        board.setClassId(demo.classId);
        ReviewModel review;
        QAbstractItemModelTester reviewTester(&review, QAbstractItemModelTester::FailureReportingMode::QtTest);
        review.setSession(&session);
        review.setAssignmentId(textId);
        AssignmentListModel assignments;
        QAbstractItemModelTester assignmentsTester(&assignments, QAbstractItemModelTester::FailureReportingMode::QtTest);
        assignments.setSession(&session);
        assignments.setClassId(demo.classId);
        const int textRow = assignments.indexOf(textId);
        QVERIFY(textRow >= 0);
        auto handedInCount = [&] { return assignments.data(assignments.index(textRow, 0), AssignmentListModel::HandedInRole).toInt(); };
        auto studentCount = [&] { return assignments.data(assignments.index(textRow, 0), AssignmentListModel::StudentsRole).toInt(); };

        QCOMPARE(roster.count(), 3);
        QCOMPARE(board.count(), 3);
        QCOMPARE(review.count(), 1);
        QCOMPARE(review.studentNameAt(0), u"Léa Dubois"_s);
        QCOMPARE(handedInCount(), 1);
        QCOMPARE(studentCount(), 3);
        const int lea = rowNamed(roster, u"Léa Dubois"_s);
        QVERIFY(lea >= 0);
        const QString leaMember = roster.memberIdAt(lea);
        QCOMPARE(roster.indexOfMember(leaMember), lea);
        const int pendingBefore = session.store()->changes().count(u"pending"_s, teacherId);

        QVERIFY2(roster.removeStudent(lea), qPrintable(roster.error()));

        // Off the roster and the board at once; nobody counts her among the class's students.
        QCOMPARE(roster.count(), 2);
        QCOMPARE(roster.indexOfMember(leaMember), -1);
        QCOMPARE(rowNamed(roster, u"Léa Dubois"_s), -1);
        QCOMPARE(board.count(), 2);
        QCOMPARE(rowNamed(board, u"Léa Dubois"_s), -1);
        QCOMPARE(studentCount(), 2);
        QCOMPARE(handedInCount(), 0);
        // Her work stays, under her name, for the teacher to review; she is not "missing" either.
        QCOMPARE(session.store()->submissions(textId).size(), 1);
        QCOMPARE(review.count(), 1);
        QCOMPARE(review.studentNameAt(0), u"Léa Dubois (no longer in the class)"_s);
        QVERIFY2(!review.missingText().contains(u"Léa"_s), qPrintable(review.missingText()));
        QCOMPARE(review.missingCount(), 2);
        QVERIFY(review.giveFeedback(0, u"Bien vu."_s, u"8"_s));

        // A local write first: the roster row's tombstone waits in the outbox, for the next sync.
        QVERIFY(session.store()->changes().count(u"pending"_s, teacherId) > pendingBefore);
        bool tombstone = false;
        for (const Continuite::OutboxEntry &entry : session.store()->changes().outbox(teacherId))
            tombstone = tombstone
                || (entry.change.kind == u"member"_s && entry.change.row == leaMember
                    && entry.change.fields.value(u"deleted"_s).toBool());
        QVERIFY(tombstone);
        // Her name is still known to her teacher, and to nobody else.
        const QList<Continuite::Member> former = session.store()->formerStudents(demo.classId);
        QCOMPARE(former.size(), 1);
        QCOMPARE(former.first().displayName, u"Léa Dubois"_s);
        QVERIFY(session.unlock(u"hugo"_s, u"5678"_s));
        QVERIFY(session.store()->formerStudents(demo.classId).isEmpty());
        QVERIFY(!session.store()->removeMember(leaMember));
    }

    void removalSyncsAndTheHubEndsTheMembership()
    {
        QTemporaryDir hubDir, teacherDir, pupilDir;
        QVERIFY(hubDir.isValid() && teacherDir.isValid() && pupilDir.isValid());
        Continuite::Hub::HubServer hub(hubDir.path());
        QVERIFY(hub.start(u"127.0.0.1"_s, 0));
        const QString url = u"http://127.0.0.1:%1"_s.arg(hub.port());
        hub.engine().addTeacher(u"mme.test"_s, u"Mme Test"_s, "cahier-2026", true);
        SyncEngine::Options fast;
        fast.transport.connectTimeoutMs = 3000;
        fast.transport.maxAttempts = 2;
        fast.transport.backoffBaseMs = 50;
        fast.transport.backoffMaxMs = 200;
        auto synced = [&fast](Store &store, const Continuite::Profile &who) {
            SyncEngine engine(store, fast);
            auto report = engine.sync(who);
            return report && report->recordsComplete ? *report : Continuite::SyncReport{};
        };

        // The teacher's laptop: a class, Zoé's card, a lesson and an assignment, synced.
        auto teacher = Store::open(teacherDir.path());
        QVERIFY2(teacher, qPrintable(teacher.error()));
        Store &t = **teacher;
        auto me = SyncEngine(t, fast).login(url, u"mme.test"_s, u"cahier-2026"_s);
        QVERIFY2(me, qPrintable(me.error()));
        t.setCurrent(*me);
        auto c = t.createClass(u"CM2 B"_s);
        QVERIFY(c);
        auto zoe = t.addStudent(c->meta.id, u"Zoé Lambert"_s);
        QVERIFY(zoe);
        Store::LessonInput lesson;
        lesson.classId = c->meta.id;
        lesson.title = u"Les fractions"_s;
        QVERIFY(t.publishLesson(t.createLesson(lesson)->meta.id));
        Store::AssignmentInput work;
        work.classId = c->meta.id;
        work.title = u"Exercice 1"_s;
        work.instructions = u"Explique."_s;
        auto assignment = t.createAssignment(work);
        QVERIFY(assignment);
        QVERIFY(t.publishAssignment(assignment->meta.id));
        QCOMPARE(synced(t, *me).changesRejected, 0);

        // Zoé's laptop: she signs in with her card, gets the lesson, hands her work in.
        auto pupil = Store::open(pupilDir.path());
        QVERIFY2(pupil, qPrintable(pupil.error()));
        Store &p = **pupil;
        auto her = SyncEngine(p, fast).login(url, zoe->member.login, zoe->pin);
        QVERIFY2(her, qPrintable(her.error()));
        p.setCurrent(*her);
        synced(p, *her);
        QCOMPARE(p.lessons().size(), 1);
        QVERIFY(p.submit({assignment->meta.id, u"Première version"_s, {}, {}}));
        QCOMPARE(synced(p, *her).changesSent, 1);
        synced(t, *me);
        QCOMPARE(t.submissions(assignment->meta.id).size(), 1);

        // The teacher takes her off the roster: written here first, accepted by the hub at the next sync.
        QVERIFY(t.removeMember(zoe->member.meta.id));
        QCOMPARE(t.changes().count(u"pending"_s, me->id), 1);
        const Continuite::SyncReport removal = synced(t, *me);
        QCOMPARE(removal.changesSent, 1);
        QCOMPARE(removal.changesRejected, 0);
        QCOMPARE(t.changes().count(u"pending"_s, me->id), 0);
        lesson.title = u"Après son départ"_s;
        QVERIFY(t.publishLesson(t.createLesson(lesson)->meta.id));
        synced(t, *me);

        // Zoé's laptop: nothing new from the class; what she sends it is refused and kept here, pending with
        // the hub's reason (she may be enrolled again: the hub does not remember that refusal, PROTOCOL.md).
        QVERIFY(p.submit({assignment->meta.id, u"Deuxième version"_s, {}, {}}));
        const Continuite::SyncReport after = synced(p, *her);
        QCOMPARE(after.changesRejected, 0);
        QCOMPARE(after.changesDeferred, 1);
        const QList<Continuite::OutboxEntry> held = p.changes().outbox(her->id, u"pending"_s);
        QCOMPARE(held.size(), 1);
        QVERIFY2(held.first().reason.startsWith(u"forbidden"_s), qPrintable(held.first().reason));
        QCOMPARE(p.submissions(assignment->meta.id).size(), 2);
        for (const Continuite::Lesson &l : p.lessons())
            QVERIFY2(l.title != u"Après son départ"_s, "a lesson published after the removal reached her");

        // The teacher still has her first version, and her name with it.
        synced(t, *me);
        QCOMPARE(t.submissions(assignment->meta.id).size(), 1);
        QCOMPARE(t.formerStudents(c->meta.id).size(), 1);
        QVERIFY(t.members(c->meta.id).size() == 1); // the teacher alone
    }
};

QTEST_GUILESS_MAIN(TestRosterRemoval)
#include "tst_rosterremoval.moc"
