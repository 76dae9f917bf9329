// Taking a student off a class's roster, as the teacher does from "Classes & roster": a local write
// first (a tombstone of the roster row, waiting in the outbox to sync), the roster, the board and the
// assignments' counts follow at once, and the work the student handed in stays, under their name.
#include "assignmentlistmodel.h"
#include "boardmodel.h"
#include "democourse.h"
#include "reviewmodel.h"
#include "rostermodel.h"
#include "session.h"

#include "content/store.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Continuite::AssignmentType;

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
};

QTEST_GUILESS_MAIN(TestRosterRemoval)
#include "tst_rosterremoval.moc"
