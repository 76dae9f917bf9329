// The models behind the teacher's screens (classes, roster and login cards, continuity board, lesson and
// assignment editors, review), on a real store filled with the demo course, each under
// QAbstractItemModelTester. The login cards are read back from the PDF with pdftotext.
#include "boardmodel.h"
#include "classmodel.h"
#include "democourse.h"
#include "rostermodel.h"
#include "session.h"

#include "content/store.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

class TestTeacherModels : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    DemoCourse m_demo;
    QTranslator m_english; // plurals ("%n student(s)") as an English-speaking teacher reads them

    static QVariant roleOf(const QAbstractItemModel &model, int row, int role) { return model.data(model.index(row, 0), role); }

    static QString pdfText(const QString &pdf)
    {
        QProcess p;
        p.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            return {};
        return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    }

    /// A session on the demo store, unlocked for @p login.
    void openAs(Session &session, const QString &login, const QString &secret)
    {
        session.setDataDir(m_dir.path());
        QVERIFY2(session.unlock(login, secret), qPrintable(session.error()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
        QVERIFY(m_english.load(u":/i18n/continuite_en.qm"_s));
        QCoreApplication::installTranslator(&m_english);
        QVERIFY(m_dir.isValid());
        auto store = Continuite::Store::open(m_dir.path());
        QVERIFY2(store, qPrintable(store.error()));
        m_demo = DemoCourse::fill(**store, QStringLiteral(CONTINUITE_SOURCE_DIR "/content/demo"));
        QVERIFY2(m_demo.error.isEmpty(), qPrintable(m_demo.error));
    }

    void classesOfTheTeacher()
    {
        Session session(nullptr);
        openAs(session, u"mme.martin"_s, u"demo-prof"_s);
        ClassModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(&session);
        QCOMPARE(model.count(), 1);
        QCOMPARE(roleOf(model, 0, ClassModel::NameRole).toString(), u"6e B — Mathématiques"_s);
        QCOMPARE(roleOf(model, 0, ClassModel::StudentCountRole).toInt(), 3);
        QCOMPARE(roleOf(model, 0, ClassModel::SummaryRole).toString(), u"3 students"_s);
        QCOMPARE(model.classIdAt(0), m_demo.classId);

        // A new class comes in its place by name, with nobody in it yet.
        QSignalSpy counted(&model, &ClassModel::countChanged);
        const QString id = model.createClass(u"  5e A — Français "_s);
        QVERIFY2(!id.isEmpty(), qPrintable(model.error()));
        QCOMPARE(counted.count(), 1);
        QCOMPARE(model.count(), 2);
        QCOMPARE(model.indexOf(id), 0); // "5e A" sorts before "6e B"
        QCOMPARE(model.nameAt(0), u"5e A — Français"_s);
        QCOMPARE(roleOf(model, 0, ClassModel::StudentCountRole).toInt(), 0);

        // A class needs a name; the error says so.
        QVERIFY(model.createClass(u"   "_s).isEmpty());
        QVERIFY2(model.error().contains(u"name"_s), qPrintable(model.error()));
        QCOMPARE(model.count(), 2);

        // A student teaches no class.
        session.lock();
        QCOMPARE(model.count(), 0);
        QVERIFY(session.unlock(u"lea"_s, u"1234"_s));
        QCOMPARE(model.count(), 0);
        QVERIFY(model.createClass(u"Ma classe"_s).isEmpty());
        QVERIFY(!model.error().isEmpty());
    }

    void rosterAddsStudentsWithTheirCards()
    {
        Session session(nullptr);
        openAs(session, u"mme.martin"_s, u"demo-prof"_s);
        ClassModel classes;
        classes.setSession(&session);
        const QString classId = classes.createClass(u"CM2 Les Hirondelles"_s);
        QVERIFY(!classId.isEmpty());

        RosterModel roster;
        QAbstractItemModelTester tester(&roster, QAbstractItemModelTester::FailureReportingMode::QtTest);
        roster.setSession(&session);
        QCOMPARE(roster.count(), 0);
        QCOMPARE(roster.addStudent(u"Zoé"_s), -1); // no class chosen yet
        QVERIFY(!roster.error().isEmpty());
        roster.setClassId(classId);
        QCOMPARE(roster.className(), u"CM2 Les Hirondelles"_s);
        QCOMPARE(roster.count(), 0);

        const int zoe = roster.addStudent(u"Zoé Lambert"_s);
        QVERIFY2(zoe >= 0, qPrintable(roster.error()));
        const int noe = roster.addStudent(u"Noé Çelik"_s);
        QVERIFY(noe >= 0);
        QCOMPARE(roster.count(), 2);
        QCOMPARE(roster.nameAt(0), u"Noé Çelik"_s); // by name
        QCOMPARE(roster.nameAt(1), u"Zoé Lambert"_s);
        const QString zoeLogin = roleOf(roster, 1, RosterModel::LoginRole).toString();
        const QString zoePin = roleOf(roster, 1, RosterModel::PinRole).toString();
        QCOMPARE(zoeLogin.size(), 6);
        QCOMPARE(zoePin.size(), 4);
        QVERIFY(roleOf(roster, 1, RosterModel::HasPinRole).toBool());
        QCOMPARE(roster.knownPins(), 2);
        QCOMPARE(roster.indexOfLogin(zoeLogin), 1);
        // The class list counts them.
        QCOMPARE(roleOf(classes, classes.indexOf(classId), ClassModel::StudentCountRole).toInt(), 2);

        QCOMPARE(roster.addStudent(u""_s), -1);
        QVERIFY2(roster.error().contains(u"name"_s), qPrintable(roster.error()));
        QCOMPARE(roster.count(), 2);

        // A lost card: a new PIN, different from the old one most of the time, known only here.
        QSignalSpy changed(&roster, &QAbstractItemModel::dataChanged);
        QVERIFY(roster.resetPin(1));
        QCOMPARE(changed.count(), 1);
        const QString newPin = roleOf(roster, 1, RosterModel::PinRole).toString();
        QCOMPARE(newPin.size(), 4);
        QCOMPARE(roleOf(roster, 1, RosterModel::LoginRole).toString(), zoeLogin);

        // Another model of the same class (the page opened again) knows no PIN: they are shown once.
        RosterModel later;
        later.setSession(&session);
        later.setClassId(classId);
        QCOMPARE(later.count(), 2);
        QCOMPARE(later.knownPins(), 0);
        QCOMPARE(roleOf(later, 0, RosterModel::PinRole).toString(), QString());

        // The cards, as the teacher prints them.
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QTemporaryDir out;
        QVERIFY(roster.printCards(QUrl::fromLocalFile(out.filePath(u"cartes"_s))));
        QCOMPARE(roster.lastPrinted(), out.filePath(u"cartes.pdf"_s));
        const QString text = pdfText(roster.lastPrinted());
        QVERIFY2(!text.isEmpty(), "pdftotext read nothing");
        for (const QString &expected : {u"Zoé Lambert"_s, u"Noé Çelik"_s, u"CM2 Les Hirondelles"_s, zoeLogin, newPin,
                                        roleOf(roster, 0, RosterModel::LoginRole).toString(),
                                        roleOf(roster, 0, RosterModel::PinRole).toString(), u"Login code:"_s, u"PIN:"_s})
            QVERIFY2(text.contains(expected), qPrintable(u"missing from the cards: "_s + expected + u"\n"_s + text));
        QVERIFY2(!text.contains(zoePin) || zoePin == newPin || newPin.contains(zoePin), "the old PIN is not printed");

        // Cards printed later carry the codes and a line for the PIN, never a stale one.
        QVERIFY(later.printCards(QUrl::fromLocalFile(out.filePath(u"sans-pin.pdf"_s))));
        const QString blank = pdfText(out.filePath(u"sans-pin.pdf"_s));
        QVERIFY(blank.contains(zoeLogin));
        QVERIFY(!blank.contains(newPin));

        // Nobody to print for: the teacher is told what to do.
        RosterModel empty;
        empty.setSession(&session);
        empty.setClassId(classes.createClass(u"Classe vide"_s));
        QVERIFY(!empty.printCards(QUrl::fromLocalFile(out.filePath(u"vide.pdf"_s))));
        QVERIFY2(empty.error().contains(u"add them first"_s), qPrintable(empty.error()));
        QVERIFY(!QFile::exists(out.filePath(u"vide.pdf"_s)));

        // Taking a student off the roster.
        QVERIFY(roster.removeStudent(0));
        QCOMPARE(roster.count(), 1);
        QCOMPARE(later.count(), 1); // every model of the session follows
    }

    void boardPutsTheSilentFirst()
    {
        Session session(nullptr);
        openAs(session, u"mme.martin"_s, u"demo-prof"_s);
        BoardModel board;
        QAbstractItemModelTester tester(&board, QAbstractItemModelTester::FailureReportingMode::QtTest);
        board.setSession(&session);
        board.setClassId(m_demo.classId);
        QCOMPARE(board.count(), 3);
        // Nobody has done anything yet: all three are silent, never seen, by name.
        QCOMPARE(board.silentCount(), 3);
        for (int row = 0; row < 3; ++row) {
            QCOMPARE(roleOf(board, row, BoardModel::LevelRole).toString(), u"silent"_s);
            QCOMPARE(roleOf(board, row, BoardModel::LastSeenTextRole).toString(), u"never"_s);
            QCOMPARE(roleOf(board, row, BoardModel::DaysSilentRole).toInt(), -1);
            QCOMPARE(roleOf(board, row, BoardModel::LevelTextRole).toString(), u"Silent: no sign of life yet"_s);
        }
        QCOMPARE(board.nameAt(0), u"Hugo Bernard"_s);

        // Léa opens the first lesson and finishes it; Hugo opens one.
        session.lock();
        QVERIFY(session.unlock(u"lea"_s, u"1234"_s));
        QVERIFY(session.store()->recordProgress(m_demo.lessonIds.at(0), true, 300));
        session.lock();
        QVERIFY(session.unlock(u"hugo"_s, u"5678"_s));
        QVERIFY(session.store()->recordProgress(m_demo.lessonIds.at(1), false, 60));
        session.lock();
        QVERIFY(session.unlock(u"mme.martin"_s, u"demo-prof"_s));
        QCOMPARE(board.count(), 3);
        QCOMPARE(board.silentCount(), 1);
        QCOMPARE(board.nameAt(0), u"Inès Lefèvre"_s); // the only one never seen
        QCOMPARE(roleOf(board, 1, BoardModel::LevelRole).toString(), u"ok"_s);
        QCOMPARE(roleOf(board, 1, BoardModel::LastSeenTextRole).toString(), u"today"_s);
        const int lea = board.nameAt(1) == u"Léa Dubois"_s ? 1 : 2;
        QCOMPARE(board.nameAt(lea), u"Léa Dubois"_s);
        QCOMPARE(roleOf(board, lea, BoardModel::LessonsOpenedRole).toInt(), 1);
        QCOMPARE(roleOf(board, lea, BoardModel::LessonsCompletedRole).toInt(), 1);
        QCOMPARE(roleOf(board, lea, BoardModel::LessonsPublishedRole).toInt(), 3);
        QCOMPARE(roleOf(board, lea, BoardModel::LessonsTextRole).toString(), u"1 of 3 opened, 1 completed"_s);
        QCOMPARE(roleOf(board, lea, BoardModel::WorkTextRole).toString(), u"Up to date"_s);

        // Ten days later, both assignments are past due and nothing was handed in: Léa and Hugo have gone
        // silent too, each for ten days; Inès, never seen, still comes first.
        QSignalSpy reloaded(&board, &BoardModel::reloaded);
        board.setNow(QDateTime::currentDateTimeUtc().addDays(10));
        QCOMPARE(reloaded.count(), 1);
        QCOMPARE(board.silentCount(), 3);
        QCOMPARE(board.nameAt(0), u"Inès Lefèvre"_s);
        QCOMPARE(roleOf(board, 1, BoardModel::DaysSilentRole).toInt(), 10);
        QCOMPARE(roleOf(board, 1, BoardModel::LevelTextRole).toString(), u"Silent for 10 days"_s);
        QCOMPARE(roleOf(board, 1, BoardModel::LastSeenTextRole).toString(), u"10 days ago"_s);
        QCOMPARE(roleOf(board, 1, BoardModel::MissingRole).toInt(), 2);
        QCOMPARE(roleOf(board, 1, BoardModel::WorkTextRole).toString(), u"2 missing"_s);

        // With a longer patience, they are "behind" (work missing), not silent.
        board.setSilentDays(14);
        QCOMPARE(board.silentCount(), 1);
        QCOMPARE(board.behindCount(), 2);
        QCOMPARE(roleOf(board, 1, BoardModel::LevelRole).toString(), u"behind"_s);
        QCOMPARE(roleOf(board, 1, BoardModel::LevelTextRole).toString(), u"Behind with the work"_s);

        // The CSV for a spreadsheet: the header, one line per student.
        QTemporaryDir out;
        QVERIFY2(board.exportCsv(QUrl::fromLocalFile(out.filePath(u"tableau"_s))), qPrintable(board.error()));
        QCOMPARE(board.lastExported(), out.filePath(u"tableau.csv"_s));
        QFile csv(board.lastExported());
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(csv.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY2(lines.at(0).startsWith(u"Student,Login,Last seen"_s), qPrintable(lines.at(0)));
        QVERIFY(lines.join(u'\n').contains(u"Léa Dubois,lea,"_s));
        QVERIFY(!board.exportCsv(QUrl::fromLocalFile(u"/proc/no/such/folder/board.csv"_s)));
        QVERIFY2(board.error().contains(u"writable"_s), qPrintable(board.error()));

        // A student sees no board.
        session.lock();
        QVERIFY(session.unlock(u"lea"_s, u"1234"_s));
        QCOMPARE(board.count(), 0);
    }
};

QTEST_MAIN(TestTeacherModels)
#include "tst_teachermodels.moc"
