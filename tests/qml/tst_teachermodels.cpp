// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// The models behind the teacher's screens (classes, roster and login cards, continuity board, lesson and
// assignment editors, review), on a real store filled with the demo course, each under
// QAbstractItemModelTester. The login cards are read back from the PDF with pdftotext.
#include "assignmenteditor.h"
#include "assignmentlistmodel.h"
#include "attachmentmodel.h"
#include "boardmodel.h"
#include "classmodel.h"
#include "democourse.h"
#include "lessoneditor.h"
#include "quizmodel.h"
#include "reviewmodel.h"
#include "rostermodel.h"
#include "session.h"

#include "content/store.h"
#include "sync/client/syncengine.h"
#include "sync/hub/hubengine.h"
#include "sync/hub/hubserver.h"
#include "tests/sqlitecount.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
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
        // Nobody has done anything yet: all three are "not connected yet" (grey, not "silent": they may have been
        // added a minute ago; issue 14), by name.
        QCOMPARE(board.silentCount(), 0);
        QCOMPARE(board.notConnectedCount(), 3);
        for (int row = 0; row < 3; ++row) {
            QCOMPARE(roleOf(board, row, BoardModel::LevelRole).toInt(), WorkStates::NotConnectedYet);
            QCOMPARE(roleOf(board, row, BoardModel::LevelWordRole).toString(), u"Not connected yet"_s);
            QCOMPARE(roleOf(board, row, BoardModel::LastSeenTextRole).toString(), u"never"_s);
            QCOMPARE(roleOf(board, row, BoardModel::DaysSilentRole).toInt(), -1);
            QVERIFY(roleOf(board, row, BoardModel::LevelTextRole).toString().startsWith(u"Not connected yet"_s));
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
        // Done on this very device, with no sync and no USB pack: still no contact, as their pages say, so still
        // "not connected yet" (review-app19), and the board says what is known.
        QCOMPARE(board.notConnectedCount(), 3);
        QCOMPARE(board.okCount(), 0);
        QCOMPARE(board.nameAt(0), u"Hugo Bernard"_s);
        QCOMPARE(roleOf(board, 0, BoardModel::LastSeenTextRole).toString(), u"today"_s);
        QVERIFY(roleOf(board, 0, BoardModel::LevelTextRole).toString().contains(u"done on this device"_s));
        QVERIFY(roleOf(board, 1, BoardModel::LevelTextRole).toString().contains(u"nothing opened"_s)); // Inès
        // Their devices sync today: now they are on track.
        QHash<QString, QDateTime> synced;
        for (int row = 0; row < board.count(); ++row)
            if (board.nameAt(row) != u"Inès Lefèvre"_s)
                synced.insert(roleOf(board, row, BoardModel::PersonIdRole).toString(), QDateTime::currentDateTimeUtc());
        QVERIFY(session.store()->recordContacts(synced, u"hub"_s));
        board.reload();
        QCOMPARE(board.count(), 3);
        QCOMPARE(board.silentCount(), 0);
        QCOMPARE(board.notConnectedCount(), 1);
        QCOMPARE(board.nameAt(0), u"Inès Lefèvre"_s); // the only one never seen
        QCOMPARE(roleOf(board, 1, BoardModel::LevelRole).toInt(), WorkStates::OnTrack);
        QCOMPARE(roleOf(board, 1, BoardModel::LastSeenTextRole).toString(), u"today"_s);
        const int lea = board.nameAt(1) == u"Léa Dubois"_s ? 1 : 2;
        QCOMPARE(board.nameAt(lea), u"Léa Dubois"_s);
        QCOMPARE(roleOf(board, lea, BoardModel::LessonsOpenedRole).toInt(), 1);
        QCOMPARE(roleOf(board, lea, BoardModel::LessonsCompletedRole).toInt(), 1);
        QCOMPARE(roleOf(board, lea, BoardModel::LessonsPublishedRole).toInt(), 3);
        QCOMPARE(roleOf(board, lea, BoardModel::LessonsTextRole).toString(), u"1 of 3 opened, 1 completed"_s);
        QCOMPARE(roleOf(board, lea, BoardModel::WorkTextRole).toString(), u"Up to date"_s);

        // Ten days later, both assignments are past due and nothing was handed in: Léa and Hugo have gone
        // silent, each for ten days, and come first; Inès has still never connected.
        QSignalSpy reloaded(&board, &BoardModel::reloaded);
        board.setNow(QDateTime::currentDateTimeUtc().addDays(10));
        QCOMPARE(reloaded.count(), 1);
        QCOMPARE(board.silentCount(), 2);
        QCOMPARE(board.notConnectedCount(), 1);
        QCOMPARE(board.nameAt(2), u"Inès Lefèvre"_s);
        QCOMPARE(roleOf(board, 1, BoardModel::DaysSilentRole).toInt(), 10);
        QCOMPARE(roleOf(board, 1, BoardModel::LevelTextRole).toString(), u"Silent for 10 days"_s);
        QCOMPARE(roleOf(board, 1, BoardModel::LastSeenTextRole).toString(), u"10 days ago"_s);
        QCOMPARE(roleOf(board, 1, BoardModel::MissingRole).toInt(), 2);
        QCOMPARE(roleOf(board, 1, BoardModel::WorkTextRole).toString(), u"2 missing"_s);

        // With a longer patience, they are "behind" (work missing), not silent.
        board.setSilentDays(14);
        QCOMPARE(board.silentCount(), 0);
        QCOMPARE(board.behindCount(), 2);
        QCOMPARE(roleOf(board, 1, BoardModel::LevelRole).toInt(), WorkStates::Behind);
        QCOMPARE(roleOf(board, 1, BoardModel::LevelTextRole).toString(), u"Behind with the work"_s);

        // The chips: one state only; the counts stay those of the whole class.
        QSignalSpy filtered(&board, &BoardModel::filterChanged);
        board.setFilter(WorkStates::NotConnectedYet);
        QCOMPARE(filtered.count(), 1);
        QCOMPARE(board.count(), 1);
        QCOMPARE(board.nameAt(0), u"Inès Lefèvre"_s);
        QCOMPARE(board.behindCount(), 2);
        QCOMPARE(board.totalCount(), 3);
        board.setFilter(WorkStates::Behind);
        QCOMPARE(board.count(), 2);
        board.setFilter(WorkStates::Silent);
        QCOMPARE(board.count(), 0);
        board.setFilter(-1);
        QCOMPARE(board.count(), 3);
        // A standing that does not exist (a chip's typo) shows everyone, not an empty board that looks like good news.
        board.setFilter(WorkStates::Behind);
        QCOMPARE(board.count(), 2);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"no such standing"_s));
        board.setFilter(42);
        QCOMPARE(board.filter(), -1);
        QCOMPARE(board.count(), 3);

        // The CSV for a spreadsheet: the header, one line per student.
        QTemporaryDir out;
        QVERIFY2(board.exportCsv(QUrl::fromLocalFile(out.filePath(u"tableau"_s))), qPrintable(board.error()));
        QCOMPARE(board.lastExported(), out.filePath(u"tableau.csv"_s));
        QFile csv(board.lastExported());
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(csv.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY2(lines.at(0).startsWith(u"Student,Login,Last activity,Last contact,Contact via"_s), qPrintable(lines.at(0)));
        QVERIFY(lines.join(u'\n').contains(u"Léa Dubois,lea,"_s));
        QVERIFY(!board.exportCsv(QUrl::fromLocalFile(u"/proc/no/such/folder/board.csv"_s)));
        QVERIFY2(board.error().contains(u"writable"_s), qPrintable(board.error()));

        // A student sees no board.
        session.lock();
        QVERIFY(session.unlock(u"lea"_s, u"1234"_s));
        QCOMPARE(board.count(), 0);
    }

    void boardShowsEachStudentsLastSync()
    {
        // A real school hub on loopback; a teacher's laptop and Léa's family laptop sync with it, Hugo never does.
        QTemporaryDir hubDir, teacherDir, leaDir;
        Continuite::Hub::HubServer hub(hubDir.path());
        QVERIFY(hub.start(u"127.0.0.1"_s, 0));
        hub.engine().addTeacher(u"mme.roux"_s, u"Mme Roux"_s, "sciences-2026", true);
        QString classId;
        Continuite::NewStudent lea, hugo;
        {
            auto store = Continuite::Store::open(teacherDir.path());
            QVERIFY2(store, qPrintable(store.error()));
            Continuite::SyncEngine engine(**store);
            auto me = engine.login(hub.url(), u"mme.roux"_s, u"sciences-2026"_s);
            QVERIFY2(me, qPrintable(me.error()));
            (*store)->setCurrent(*me);
            auto made = (*store)->createClass(u"5e C"_s);
            QVERIFY2(made, qPrintable(made.error()));
            classId = made->meta.id;
            auto added = (*store)->addStudent(classId, u"Léa Dubois"_s);
            QVERIFY2(added, qPrintable(added.error()));
            lea = *added;
            added = (*store)->addStudent(classId, u"Hugo Bernard"_s);
            QVERIFY2(added, qPrintable(added.error()));
            hugo = *added;
            auto synced = engine.sync(*me);
            QVERIFY2(synced && synced->recordsComplete, synced ? qPrintable(synced->errors.join(u'\n')) : qPrintable(synced.error()));
        }
        const QString before = Continuite::Hub::HubEngine::nowIso();
        {
            auto store = Continuite::Store::open(leaDir.path());
            QVERIFY2(store, qPrintable(store.error()));
            Continuite::SyncEngine engine(**store);
            auto me = engine.login(hub.url(), lea.member.login, lea.pin);
            QVERIFY2(me, qPrintable(me.error()));
            auto synced = engine.sync(*me);
            QVERIFY2(synced && synced->recordsComplete, synced ? qPrintable(synced->errors.join(u'\n')) : qPrintable(synced.error()));
            // Her own device learns nothing of the others' syncs.
            QVERIFY((*store)->lastContacts().isEmpty());
        }
        const QString after = Continuite::Hub::HubEngine::nowIso();

        // The teacher opens the app and it syncs: the board says when each student last synced.
        Session session(nullptr);
        session.setDataDir(teacherDir.path());
        QVERIFY2(session.unlock(u"mme.roux"_s, u"sciences-2026"_s), qPrintable(session.error()));
        BoardModel board;
        QAbstractItemModelTester tester(&board, QAbstractItemModelTester::FailureReportingMode::QtTest);
        board.setSession(&session);
        board.setClassId(classId);
        QCOMPARE(board.count(), 2);
        QCOMPARE(board.notConnectedCount(), 2); // before the sync, nobody is known to have synced
        QCOMPARE(board.silentCount(), 0);
        Continuite::SyncEngine engine(*session.store());
        auto synced = engine.sync(*session.store()->current());
        QVERIFY2(synced && synced->recordsComplete, synced ? qPrintable(synced->errors.join(u'\n')) : qPrintable(synced.error()));
        board.reload();

        QCOMPARE(board.count(), 2);
        QCOMPARE(board.nameAt(0), u"Hugo Bernard"_s); // never synced: not connected yet, first
        QCOMPARE(roleOf(board, 0, BoardModel::LevelRole).toInt(), WorkStates::NotConnectedYet);
        QCOMPARE(roleOf(board, 0, BoardModel::LastSyncTextRole).toString(), u"never"_s);
        QVERIFY(!roleOf(board, 0, BoardModel::LastSyncRole).toDateTime().isValid());
        QCOMPARE(roleOf(board, 0, BoardModel::LastSyncViaRole).toString(), QString());
        QCOMPARE(roleOf(board, 0, BoardModel::DaysSinceSyncRole).toInt(), -1);
        QVERIFY(roleOf(board, 0, BoardModel::LastSyncDetailRole).toString().startsWith(u"No contact yet"_s));

        // Léa synced a moment ago: not silent, though she has opened nothing yet.
        QCOMPARE(board.nameAt(1), u"Léa Dubois"_s);
        QCOMPARE(board.silentCount(), 0);
        QCOMPARE(board.notConnectedCount(), 1);
        QCOMPARE(roleOf(board, 1, BoardModel::LevelRole).toInt(), WorkStates::OnTrack);
        QCOMPARE(roleOf(board, 1, BoardModel::LastSeenTextRole).toString(), u"never"_s); // no activity
        QCOMPARE(roleOf(board, 1, BoardModel::LastSyncTextRole).toString(), u"today"_s);
        QCOMPARE(roleOf(board, 1, BoardModel::LastSyncViaRole).toString(), u"hub"_s);
        QCOMPARE(roleOf(board, 1, BoardModel::DaysSinceSyncRole).toInt(), 0);
        const QString seen = roleOf(board, 1, BoardModel::LastSyncRole).toDateTime().toString(Qt::ISODateWithMs);
        QVERIFY2(seen >= before.left(19) && seen <= after, qPrintable(seen + u" not in "_s + before + u" … "_s + after));
        QVERIFY2(roleOf(board, 1, BoardModel::LastSyncDetailRole).toString().contains(u"sync with the school's server"_s),
                 qPrintable(roleOf(board, 1, BoardModel::LastSyncDetailRole).toString()));

        // Nine days on without a sync, she has gone silent too (seven days by default).
        board.setNow(QDateTime::currentDateTimeUtc().addDays(9));
        QCOMPARE(board.silentCount(), 1);
        const int leaRow = board.nameAt(0) == u"Léa Dubois"_s ? 0 : 1;
        QCOMPARE(roleOf(board, leaRow, BoardModel::LastSyncTextRole).toString(), u"9 days ago"_s);
        QCOMPARE(roleOf(board, leaRow, BoardModel::LevelTextRole).toString(), u"Silent for 9 days"_s);
        QCOMPARE(board.nameAt(0), u"Léa Dubois"_s); // silent for nine days comes before never connected

        // The CSV has the column, and says how.
        QTemporaryDir out;
        QVERIFY2(board.exportCsv(QUrl::fromLocalFile(out.filePath(u"suivi.csv"_s))), qPrintable(board.error()));
        QFile csv(board.lastExported());
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(csv.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        const QString leaLine = lines.at(1).startsWith(u"Léa"_s) ? lines.at(1) : lines.at(2);
        QVERIFY2(leaLine.startsWith(u"Léa Dubois,%1,,%2,school server,"_s.arg(lea.member.login, seen.left(19) + u'Z')), qPrintable(leaLine));
        const QString hugoLine = lines.at(1).startsWith(u"Hugo"_s) ? lines.at(1) : lines.at(2);
        QVERIFY2(hugoLine.startsWith(u"Hugo Bernard,%1,,,,"_s.arg(hugo.member.login)), qPrintable(hugoLine));
    }

    void lessonEditorWritesAttachesAndPublishes()
    {
        Session session(nullptr);
        openAs(session, u"mme.martin"_s, u"demo-prof"_s);
        LessonEditor editor;
        editor.setSession(&session);
        AttachmentModel *files = editor.attachments();
        QAbstractItemModelTester tester(files, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy saved(&editor, &LessonEditor::saved);

        editor.startNew(m_demo.classId);
        QVERIFY(editor.lessonId().isEmpty());
        QVERIFY(!editor.save()); // no title
        QVERIFY2(editor.error().contains(u"title"_s), qPrintable(editor.error()));
        editor.setTitle(u"Additionner des fractions"_s);
        editor.setSummary(u"Même dénominateur d'abord."_s);
        editor.setBeforeClass(u"# Avant\n\nRegarde la **vidéo**."_s);
        editor.setInClass(u"Jeu des dominos."_s);
        editor.setAfterClass(u"- Exercice 1\n- Exercice 2"_s);
        editor.setPlannedDateText(u"demain"_s);
        QVERIFY(editor.dirty());
        QVERIFY(!editor.save());
        QVERIFY2(editor.error().contains(u"04/12/2026"_s), qPrintable(editor.error()));
        editor.setPlannedDateText(u"04/12/2026"_s);
        QCOMPARE(editor.plannedDateDisplay(), u"Friday 4 December 2026"_s);
        QVERIFY2(editor.save(), qPrintable(editor.error()));
        QCOMPARE(saved.count(), 1);
        QVERIFY(!editor.lessonId().isEmpty());
        QVERIFY(!editor.dirty());
        QVERIFY(!editor.published());
        QVERIFY(editor.error().isEmpty());
        const QString id = editor.lessonId();
        QCOMPARE(session.store()->lesson(id)->plannedDate, QDate(2026, 12, 4));
        QCOMPARE(session.store()->lesson(id)->afterClass, u"- Exercice 1\n- Exercice 2"_s);
        // The store's own picture is shown; a name that is not one of its files is not loaded (review-media18 finding 3).
        const QString own = u"media:"_s + QString(64, u'a');
        QVERIFY(editor.preview(u"![p](%1)"_s.arg(own)).contains(u"![p]("_s));
        QVERIFY(!editor.preview(u"![p](media:abc)"_s).contains(u"![p](media:abc)"_s));

        // A 3 MB video is heavy for a family on mobile data; a small picture is not.
        QTemporaryDir dir;
        const QString video = dir.filePath(u"experience.mp4"_s);
        {
            QFile f(video);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(3'000'000, 'v'));
        }
        QVERIFY(editor.isHeavy(QUrl::fromLocalFile(video)));
        QCOMPARE(editor.fileSizeText(QUrl::fromLocalFile(video)), u"3.0 MB"_s);
        // Not a real video: attached as it is when the teacher unticks "version légère" (tst_mediapreparation
        // makes real ones light).
        editor.setLightVideos(false);
        QVERIFY2(editor.attach(QUrl::fromLocalFile(video)), qPrintable(editor.error()));
        const QUrl pizza = QUrl::fromLocalFile(QStringLiteral(CONTINUITE_SOURCE_DIR "/content/demo/media/pizza.png"));
        QVERIFY(!editor.isHeavy(pizza));
        QSignalSpy attachedPicture(&editor, &LessonEditor::attachFinished);
        QVERIFY(editor.attach(pizza)); // a picture: its light copy is made in the background
        QVERIFY(attachedPicture.wait(60000));
        QVERIFY2(attachedPicture.first().at(0).toBool(), qPrintable(editor.error()));
        QCOMPARE(files->rowCount(), 2);
        QCOMPARE(files->data(files->index(0, 0), AttachmentModel::NameRole).toString(), u"experience.mp4"_s);
        QVERIFY(files->data(files->index(0, 0), AttachmentModel::HeavyRole).toBool());
        QVERIFY(!files->data(files->index(1, 0), AttachmentModel::HeavyRole).toBool());
        QCOMPARE(editor.heavyCount(), 1);
        QCOMPARE(editor.totalSizeText(), u"3.0 MB"_s);
        QVERIFY(!editor.attach(QUrl::fromLocalFile(dir.filePath(u"absent.pdf"_s))));
        QVERIFY(!editor.error().isEmpty());

        // Removing the heavy file keeps the sentence being written.
        editor.setInClass(u"Jeu des dominos, puis bilan."_s);
        QVERIFY(editor.removeAttachment(0));
        QCOMPARE(files->rowCount(), 1);
        QCOMPARE(editor.heavyCount(), 0);
        QCOMPARE(editor.inClass(), u"Jeu des dominos, puis bilan."_s);
        QVERIFY(editor.dirty());
        QCOMPARE(session.store()->lesson(id)->attachments.size(), 1);

        // Publish: Léa sees it with its picture.
        QVERIFY2(editor.publish(), qPrintable(editor.error()));
        QVERIFY(editor.published());
        session.lock();
        QVERIFY(session.unlock(u"lea"_s, u"1234"_s));
        const auto seen = session.store()->lesson(id);
        QVERIFY(seen);
        QCOMPARE(seen->inClass, u"Jeu des dominos, puis bilan."_s);
        QCOMPARE(seen->attachments.size(), 1);
        // A student cannot open it in the editor.
        LessonEditor theirs;
        theirs.setSession(&session);
        QVERIFY(!theirs.load(id));
        QVERIFY(!theirs.error().isEmpty());
        session.lock();
        QVERIFY(session.unlock(u"mme.martin"_s, u"demo-prof"_s));
        LessonEditor again;
        again.setSession(&session);
        QVERIFY(again.load(id));
        QCOMPARE(again.plannedDateText(), u"04/12/2026"_s);
        QCOMPARE(again.title(), u"Additionner des fractions"_s);
        QVERIFY(again.published());
        QVERIFY(session.store()->deleteLesson(id)); // the next tests count the demo's lessons
    }

    void assignmentEditorWritesAQuiz()
    {
        Session session(nullptr);
        openAs(session, u"mme.martin"_s, u"demo-prof"_s);
        AssignmentEditor editor;
        editor.setSession(&session);
        QuizModel *quiz = editor.questions();
        QAbstractItemModelTester tester(quiz, QAbstractItemModelTester::FailureReportingMode::QtTest);

        editor.startNew(m_demo.classId);
        editor.setTitle(u"Quiz : additionner"_s);
        editor.setInstructions(u"Réponds sans calculatrice."_s);
        editor.setLessonId(m_demo.lessonIds.at(1));
        editor.setDueText(u"04/12/2026"_s);
        QCOMPARE(editor.dueDisplay(), u"Friday 4 December 2026 at 18:00"_s);
        editor.setQuiz(true);
        QCOMPARE(quiz->rowCount(), 1); // a quiz starts with one multiple-choice question
        QVERIFY(!editor.save());
        QCOMPARE(editor.error(), u"Question 1: write the question."_s);

        quiz->setPrompt(0, u"1/4 + 1/4 = ?"_s);
        quiz->setChoice(0, 0, u"2/8"_s);
        quiz->setChoice(0, 1, u"1/2"_s);
        QVERIFY(!editor.save());
        QCOMPARE(editor.error(), u"Question 1: tick the right choice (or choices)."_s);
        quiz->setCorrect(0, 1, true);
        quiz->addChoice(0);
        quiz->setChoice(0, 2, u"2/4"_s);
        quiz->setCorrect(0, 2, true);
        const int second = quiz->addQuestion(u"short"_s);
        QCOMPARE(second, 1);
        QCOMPARE(quiz->data(quiz->index(1, 0), QuizModel::NumberRole).toInt(), 2);
        QCOMPARE(quiz->data(quiz->index(1, 0), QuizModel::QuestionIdRole).toString(), u"q2"_s);
        quiz->setPrompt(1, u"Écris trois quarts en chiffres."_s);
        QVERIFY(!editor.save());
        QCOMPARE(editor.error(), u"Question 2: write at least one accepted answer."_s);
        quiz->setAccepted(1, u" 3/4 ;0,75; "_s);
        quiz->setPoints(1, 2);
        QCOMPARE(quiz->totalPoints(), 3.0);
        QVERIFY2(editor.save(), qPrintable(editor.error()));
        const QString id = editor.assignmentId();
        QVERIFY(!id.isEmpty());

        const auto stored = session.store()->assignment(id);
        QVERIFY(stored);
        QCOMPARE(stored->type, Continuite::AssignmentType::Quiz);
        QCOMPARE(stored->lessonId, m_demo.lessonIds.at(1));
        QCOMPARE(stored->due, QDateTime(QDate(2026, 12, 4), QTime(18, 0)).toUTC());
        QCOMPARE(stored->quiz.questions.size(), 2);
        QCOMPARE(stored->quiz.questions.at(0).correct, (QList<int>{1, 2}));
        QCOMPARE(stored->quiz.questions.at(1).accepted, (QStringList{u"3/4"_s, u"0,75"_s}));
        QCOMPARE(stored->quiz.maxScore(), 3.0);

        // Opened again: the same questions; an edit of a draft goes through updateAssignment.
        AssignmentEditor again;
        again.setSession(&session);
        QVERIFY(again.load(id));
        QVERIFY(again.isQuiz());
        QCOMPARE(again.dueText(), u"04/12/2026 18:00"_s);
        QCOMPARE(again.questions()->rowCount(), 2);
        QCOMPARE(again.questions()->data(again.questions()->index(1, 0), QuizModel::AcceptedTextRole).toString(), u"3/4 ; 0,75"_s);
        QCOMPARE(again.questions()->data(again.questions()->index(0, 0), QuizModel::ChoicesRole).toStringList(),
                 (QStringList{u"2/8"_s, u"1/2"_s, u"2/4"_s}));
        again.questions()->removeChoice(0, 0); // "2/8" goes; the right answers follow their choices
        QCOMPARE(again.questions()->data(again.questions()->index(0, 0), QuizModel::CorrectRole).toList(), (QVariantList{0, 1}));
        again.questions()->removeQuestion(0);
        QCOMPARE(again.questions()->data(again.questions()->index(0, 0), QuizModel::NumberRole).toInt(), 1);
        again.setDueText(u"jeudi"_s);
        QVERIFY(!again.save());
        QVERIFY2(again.error().contains(u"04/12/2026 18:00"_s), qPrintable(again.error()));
        // Without a due date, answers shown "after the due date" would never be: she is told to choose otherwise.
        again.setDueText(QString());
        QCOMPARE(again.answersShown(), u"after-due"_s); // what she got by default, with a due date
        QVERIFY(!again.publish());
        QVERIFY2(again.error().contains(u"due date"_s), qPrintable(again.error()));
        again.setAnswersShown(u"after-submit"_s);
        QVERIFY2(again.publish(), qPrintable(again.error()));
        QCOMPARE(session.store()->assignment(id)->answersShown, Continuite::AnswersShown::AfterSubmit);
        QVERIFY(again.published());
        QCOMPARE(session.store()->assignment(id)->quiz.questions.size(), 1);
        QVERIFY(!session.store()->assignment(id)->due.isValid());

        // A free answer: no quiz saved.
        AssignmentEditor text;
        text.setSession(&session);
        text.startNew(m_demo.classId);
        text.setTitle(u"Raconte ta pizza"_s);
        QVERIFY(text.save());
        QCOMPARE(session.store()->assignment(text.assignmentId())->type, Continuite::AssignmentType::Text);
        QVERIFY(session.store()->deleteAssignment(text.assignmentId()));
        QVERIFY(session.store()->deleteAssignment(id)); // the review test counts the demo's two
    }

    void reviewGivesFeedbackOnEachVersion()
    {
        Session session(nullptr);
        openAs(session, u"lea"_s, u"1234"_s);
        const auto work = session.store()->assignments(m_demo.classId);
        QCOMPARE(work.size(), 2);
        const Continuite::Assignment quizWork = work.at(0).type == Continuite::AssignmentType::Quiz ? work.at(0) : work.at(1);
        // Léa hands in the quiz twice: a wrong answer first, then right.
        QVERIFY(session.store()->submit({quizWork.meta.id, {}, QJsonObject{{u"q1"_s, QJsonArray{1}}, {u"q2"_s, u"4/3"_s}}, {}}));
        QVERIFY(session.store()->submit({quizWork.meta.id, {}, QJsonObject{{u"q1"_s, QJsonArray{0}}, {u"q2"_s, u"3/4"_s}}, {}}));
        session.lock();
        QVERIFY(session.unlock(u"mme.martin"_s, u"demo-prof"_s));

        AssignmentListModel list;
        QAbstractItemModelTester listTester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
        list.setSession(&session);
        list.setClassId(m_demo.classId);
        QCOMPARE(list.count(), 2);
        const int row = list.indexOf(quizWork.meta.id);
        QVERIFY(row >= 0);
        QCOMPARE(list.data(list.index(row, 0), AssignmentListModel::HandedInRole).toInt(), 1);
        QCOMPARE(list.data(list.index(row, 0), AssignmentListModel::ToReviewRole).toInt(), 1);
        QCOMPARE(list.data(list.index(row, 0), AssignmentListModel::SummaryRole).toString(), u"1 of 3 handed in · 1 to review"_s);
        QVERIFY(list.data(list.index(row, 0), AssignmentListModel::DueTextRole).toString().startsWith(u"due "_s));
        QCOMPARE(list.data(list.index(row, 0), AssignmentListModel::StatusTextRole).toString(), u"Published"_s);

        ReviewModel review;
        QAbstractItemModelTester tester(&review, QAbstractItemModelTester::FailureReportingMode::QtTest);
        review.setSession(&session);
        review.setAssignmentId(quizWork.meta.id);
        QCOMPARE(review.count(), 2);
        QCOMPARE(review.title(), quizWork.title);
        QCOMPARE(review.missingCount(), 2);
        QCOMPARE(review.missingText(), u"Hugo Bernard, Inès Lefèvre"_s);
        auto at = [&review](int r, int role) { return review.data(review.index(r, 0), role); };
        QCOMPARE(at(0, ReviewModel::StudentNameRole).toString(), u"Léa Dubois"_s);
        QCOMPARE(at(0, ReviewModel::VersionRole).toInt(), 1);
        QCOMPARE(at(1, ReviewModel::VersionRole).toInt(), 2);
        QCOMPARE(at(1, ReviewModel::VersionCountRole).toInt(), 2);
        QVERIFY(!at(0, ReviewModel::IsLatestRole).toBool());
        QVERIFY(at(1, ReviewModel::IsLatestRole).toBool());
        QVERIFY(!at(1, ReviewModel::LateRole).toBool());
        QVERIFY2(at(1, ReviewModel::WhenTextRole).toString().contains(u"not yet received by the hub"_s), qPrintable(at(1, ReviewModel::WhenTextRole).toString()));
        const QString wrong = at(0, ReviewModel::AnswersTextRole).toString();
        QVERIFY2(wrong.startsWith(u"✗ 1. "_s), qPrintable(wrong));
        QVERIFY(wrong.contains(u"— 6/1"_s));
        QVERIFY(wrong.contains(u"✗ 2. "_s));
        QVERIFY(wrong.contains(u"– 3. "_s)); // not answered
        const QString right = at(1, ReviewModel::AnswersTextRole).toString();
        QVERIFY2(right.startsWith(u"✓ 1. "_s) && right.contains(u"✓ 2. "_s), qPrintable(right));
        QVERIFY(at(1, ReviewModel::AutoScoreTextRole).toString().startsWith(u"3 / "_s));
        QVERIFY(!at(1, ReviewModel::ReturnedRole).toBool());

        // Feedback: a score typed the French way, a score that is not a number, nothing at all.
        QVERIFY(!review.giveFeedback(1, u"Bien"_s, u"quatre"_s));
        QVERIFY2(review.error().contains(u"not a number"_s), qPrintable(review.error()));
        QVERIFY(!review.giveFeedback(1, u"  "_s, QString()));
        QVERIFY2(review.error().contains(u"comment or a score"_s), qPrintable(review.error()));
        // The score is out of the quiz's points: one more is a typing slip, refused before anything is written;
        // below zero too. (The honest score just below, next, goes through.)
        QCOMPARE(review.scale(), quizWork.quiz.maxScore());
        QCOMPARE(review.scaleText(), u"/ "_s + QLocale().toString(quizWork.quiz.maxScore()));
        QVERIFY(!review.giveFeedback(1, u"Bien"_s, QLocale().toString(quizWork.quiz.maxScore() + 1)));
        QVERIFY2(review.error().contains(u"above the scale"_s), qPrintable(review.error()));
        QVERIFY(!review.giveFeedback(1, u"Bien"_s, u"-1"_s));
        QVERIFY2(review.error().contains(u"cannot be negative"_s), qPrintable(review.error()));
        QVERIFY(!at(1, ReviewModel::ReturnedRole).toBool());
        QVERIFY(session.store()->feedback(at(1, ReviewModel::SubmissionIdRole).toString()).isEmpty());
        QVERIFY2(review.giveFeedback(1, u"Bravo, tu t'es corrigée."_s, u"4,5"_s), qPrintable(review.error()));
        QVERIFY(review.error().isEmpty());
        QVERIFY(at(1, ReviewModel::ReturnedRole).toBool());
        QCOMPARE(at(1, ReviewModel::FeedbackRole).toString(), u"Bravo, tu t'es corrigée."_s);
        QCOMPARE(at(1, ReviewModel::ScoreTextRole).toString(), u"4.5"_s);
        QVERIFY(!at(0, ReviewModel::ReturnedRole).toBool());
        QCOMPARE(list.data(list.index(row, 0), AssignmentListModel::ToReviewRole).toInt(), 0);

        // Léa gets it back with her score.
        const QString returned = at(1, ReviewModel::SubmissionIdRole).toString();
        session.lock();
        QVERIFY(session.unlock(u"lea"_s, u"1234"_s));
        const auto notes = session.store()->feedback(returned);
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.first().score, std::optional<double>(4.5));
        QCOMPARE(review.count(), 0); // a student reviews nothing
    }

    // The teacher's lists of assignments (one on « Devoirs », one on « Correction ») say how many hand-ins wait for
    // review. They asked for each pupil's latest version whether it had feedback, a handful of statements apiece and
    // every version graded again: 7 G of the teacher's 10 G instructions at sign-in with the GOALS workload
    // (bench/README, "Session 23"). Asking once per assignment, the statements must not grow with the hand-ins.
    // Control: the counts read are right, before and after the two new hand-ins and a mark.
    void theAssignmentListDoesNotAskPerHandIn()
    {
        Session session(nullptr);
        openAs(session, u"mme.martin"_s, u"demo-prof"_s);
        const auto work = session.store()->assignments(m_demo.classId);
        QVERIFY(!work.isEmpty());
        const QString id = work.constLast().meta.id;
        AssignmentListModel list;
        list.setSession(&session);
        list.setClassId(m_demo.classId);
        const auto reviewState = [&] {
            const int row = list.indexOf(id);
            return std::pair{roleOf(list, row, AssignmentListModel::HandedInRole).toInt(), roleOf(list, row, AssignmentListModel::ToReviewRole).toInt()};
        };
        const auto before = reviewState();
        const qint64 fewer = Continuite::SqliteCount::of(*session.store(), [&] { list.reload(); }).statements;
        session.lock();
        for (const auto &[login, pin] : {std::pair{u"hugo"_s, u"5678"_s}, std::pair{u"ines"_s, u"2468"_s}}) {
            QVERIFY2(session.unlock(login, pin), qPrintable(session.error()));
            QVERIFY(session.store()->submit({id, u"Voici mon travail."_s, {}, {}}));
            session.lock();
        }
        QVERIFY(session.unlock(u"mme.martin"_s, u"demo-prof"_s));
        list.reload();
        const auto after = reviewState();
        QCOMPARE(after.first, before.first + 2);
        QCOMPARE(after.second, before.second + 2);
        const auto versions = session.store()->submissions(id);
        QVERIFY(session.store()->giveFeedback(versions.constLast().meta.id, u"Vu."_s, {}));
        list.reload();
        QCOMPARE(reviewState().second, before.second + 1);
        const qint64 more = Continuite::SqliteCount::of(*session.store(), [&] { list.reload(); }).statements;
        qInfo("statements of one load of the list: %lld, then %lld with two more hand-ins", fewer, more);
        QCOMPARE(more, fewer);
    }
};

QTEST_MAIN(TestTeacherModels)
#include "tst_teachermodels.moc"
