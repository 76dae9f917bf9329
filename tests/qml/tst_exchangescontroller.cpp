// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// The Échanges page's controllers on real files: packs written and read by ExchangesController (what
// moved, and why a damaged pack is refused) on its worker thread while the GUI thread goes on, a brand-new
// device started from a student's pack of the demo course, and LanController serving a class to a
// student's device over real loopback HTTP, the work coming back to the teacher's store.
#include "democourse.h"
#include "exchangescontroller.h"
#include "lancontroller.h"
#include "session.h"
#include "synccontroller.h"

#include "content/store.h"
#include "sync/bundle/bundleexporter.h"
#include "sync/bundle/bundleimporter.h"
#include "sync/client/syncengine.h"
#include "tests/storeinternals.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Continuite;
using namespace Qt::StringLiterals;

class TestExchangesController : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_files;
    QTemporaryDir m_teacherDir;
    QTemporaryDir m_studentDir;
    std::unique_ptr<Session> m_teacher;
    std::unique_ptr<Session> m_student;
    QString m_classId;
    NewStudent m_lea;
    QString m_assignmentId;

    QUrl file(const QString &name) const { return QUrl::fromLocalFile(m_files.filePath(name)); }

    /// The threads of this process called @p name, as `top -H` lists them (Linux: /proc/self/task/*/comm, which keeps
    /// 15 bytes of a name: "continuite-pack").
    /// The threads of this process, named or not.
    static int threads() { return int(QDir(u"/proc/self/task"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size()); }

    static int threadsNamed(QByteArray name)
    {
        name.truncate(15);
        int count = 0;
        const QDir tasks(u"/proc/self/task"_s);
        for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QFile comm(tasks.filePath(task + u"/comm"_s));
            if (comm.open(QIODevice::ReadOnly) && comm.readAll().trimmed() == name)
                ++count;
        }
        return count;
    }

    /// Starts a job with @p start and waits for its end: true when it started and finished well.
    template<typename Start>
    static bool run(ExchangesController &c, Start start)
    {
        QSignalSpy done(&c, &ExchangesController::finished);
        if (!start())
            return false;
        if (!c.isBusy() && done.isEmpty())
            return false; // it must have started on the worker
        if (done.isEmpty() && !done.wait(120000))
            return false;
        return !c.isBusy() && done.count() == 1 && done.first().first().toBool();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_teacher = std::make_unique<Session>(nullptr);
        m_teacher->setDataDir(m_teacherDir.path());
        QVERIFY(m_teacher->isReady());
        Store &t = *m_teacher->store();
        QVERIFY(t.addProfile(u"mme.durand"_s, u"Claire Durand"_s, Role::Teacher, u"secret-123"_s));
        QVERIFY(m_teacher->unlock(u"mme.durand"_s, u"secret-123"_s));
        m_classId = t.createClass(u"CM1 Les Étoiles"_s).value().meta.id;
        m_lea = t.addStudent(m_classId, u"Léa Müller"_s).value();
        Store::LessonInput in{m_classId, u"Partager l'unité"_s, u"Les fractions"_s, u"Regarde la pizza."_s, u"On partage."_s,
                              u"Exercices."_s, {QStringLiteral(CONTINUITE_SOURCE_DIR "/content/demo/media/pizza.png")}, {}, {}, {}};
        QVERIFY(t.publishLesson(t.createLesson(in).value().meta.id));
        Store::AssignmentInput a;
        a.classId = m_classId;
        a.title = u"Raconte ta semaine"_s;
        a.instructions = u"Quelques lignes."_s;
        m_assignmentId = t.publishAssignment(t.createAssignment(a).value().meta.id).value().meta.id;

        // Léa's family laptop: her profile from her card, nothing else yet.
        m_student = std::make_unique<Session>(nullptr);
        m_student->setDataDir(m_studentDir.path());
        QVERIFY(m_student->store()->addProfile(m_lea.member.login, u"Léa Müller"_s, Role::Student, m_lea.pin,
                                               m_lea.member.personId));
        QVERIFY(m_student->unlock(m_lea.member.login, m_lea.pin));
    }

    /// The profile chooser holds an ExchangesController (the pack way in) on every start: it starts no thread until a
    /// pack is read or written. The export after is the positive control: then its thread runs.
    void noThreadUntilAPackIsMade()
    {
        QCOMPARE(threadsNamed("continuite-packs"), 0);
        const int before = threads();
        {
            ExchangesController chooser;
            chooser.setSession(m_teacher.get());
            // All threads, not by name: a thread is in /proc from its start, and names itself a moment later.
            QCOMPARE(threads(), before);
            QVERIFY2(run(chooser, [&] { return chooser.exportPack(file(u"fil.continuite"_s), m_classId); }), qPrintable(chooser.error()));
            QCOMPARE(threadsNamed("continuite-packs"), 1);
        }
        QTRY_COMPARE(threadsNamed("continuite-packs"), 0); // and it goes with its controller (a detached thread: soon after)
    }

    void packGoesOutAndComesBack()
    {
        ExchangesController teacher;
        teacher.setSession(m_teacher.get());
        QVERIFY(teacher.isTeacher());
        QCOMPARE(teacher.classIds(), QStringList{m_classId});
        QCOMPARE(teacher.studentLogins(m_classId), QStringList{m_lea.member.login});
        QSignalSpy changed(&teacher, &ExchangesController::summaryChanged);
        QVERIFY2(run(teacher, [&] { return teacher.exportPack(file(u"classe.continuite"_s), m_classId); }), qPrintable(teacher.error()));
        QVERIFY(changed.count() >= 1);
        QCOMPARE(teacher.direction(), u"out"_s);
        QCOMPARE(teacher.lessons(), 1);
        QCOMPARE(teacher.assignments(), 1);
        QCOMPARE(teacher.media(), 1);
        QCOMPARE(qint64(teacher.bytes()), QFileInfo(m_files.filePath(u"classe.continuite"_s)).size());
        QVERIFY(teacher.summaryTitle().contains(u"classe.continuite"_s));

        ExchangesController student;
        student.setSession(m_student.get());
        QVERIFY(!student.isTeacher());
        QVERIFY2(run(student, [&] { return student.importPack(file(u"classe.continuite"_s)); }), qPrintable(student.error()));
        QCOMPARE(student.direction(), u"in"_s);
        QCOMPARE(student.lessons(), 1);
        QCOMPARE(student.media(), 1);
        QVERIFY(student.applied() > 0);
        QCOMPARE(m_student->store()->lessons().size(), 1);
        QCOMPARE(student.classIds(), QStringList{m_classId});

        // Twice: nothing new, and it says so.
        QVERIFY(run(student, [&] { return student.importPack(file(u"classe.continuite"_s)); }));
        QCOMPARE(student.applied(), 0);
        QVERIFY(student.summaryTitle().startsWith(u"Nothing new"_s));

        // Her work goes back on the stick and reaches the teacher, queued for the hub.
        QVERIFY(m_student->store()->submit({m_assignmentId, u"J'ai lu trois livres."_s, {}, {}}));
        QVERIFY2(run(student, [&] { return student.exportPack(file(u"retour.continuite"_s)); }), qPrintable(student.error()));
        QCOMPARE(student.submissions(), 1);
        QVERIFY(run(teacher, [&] { return teacher.importPack(file(u"retour.continuite"_s)); }));
        QCOMPARE(teacher.submissions(), 1);
        QCOMPARE(teacher.relayQueued(), 1);
        QCOMPARE(m_teacher->store()->submissions(m_assignmentId).size(), 1);
    }

    void damagedPackIsRefusedWhole()
    {
        QVERIFY(QFile::copy(m_files.filePath(u"classe.continuite"_s), m_files.filePath(u"abime.continuite"_s)));
        QFile f(m_files.filePath(u"abime.continuite"_s));
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(f.size() / 2);
        const char byte = f.peek(1).at(0);
        f.write(QByteArray(1, char(byte ^ 0x5a)));
        f.close();
        ExchangesController student;
        student.setSession(m_student.get());
        const int lessonsBefore = int(m_student->store()->lessons().size());
        QVERIFY(!run(student, [&] { return student.importPack(file(u"abime.continuite"_s)); }));
        QCOMPARE(student.direction(), u"in"_s);
        QVERIFY(!student.error().isEmpty());
        QCOMPARE(student.applied(), 0);
        QCOMPARE(int(m_student->store()->lessons().size()), lessonsBefore);
    }

    void aPackByMeFromAnotherDeviceWaitsForMyWord()
    {
        // Issue 11, F3: a class pack "by Claire Durand" signed on a computer this one never saw. On her own computer
        // it is refused until she says it is really hers (a pupil can make such a pack under a device id of her own):
        // the app asks, as the CLI's --trust-new-device. Before: imported at once, that device trusted from then on.
        Store &mine = *m_teacher->store();
        const Profile claire = *mine.profile(u"mme.durand"_s);
        const QString classPack = m_files.filePath(u"pour-l-autre-ordinateur.continuite"_s);
        QVERIFY(BundleExporter(mine).exportClassPack(m_classId, classPack));
        QTemporaryDir otherDir;
        std::unique_ptr<Store> other = Store::open(otherDir.path()).value();
        other->setCurrent(other->addProfile(u"mme.durand"_s, u"Claire Durand"_s, Role::Teacher, u"secret-123"_s, claire.id).value());
        BundleImporter::Options confirmed;
        confirmed.trustNewDevice = true;
        QVERIFY(BundleImporter(*other).import(classPack, confirmed));
        QVERIFY(BundleExporter(*other).exportClassPack(m_classId, m_files.filePath(u"de-l-autre-ordinateur.continuite"_s)));

        ExchangesController teacher;
        teacher.setSession(m_teacher.get());
        const QString before = StoreInternals::database(mine).scalar(u"SELECT count(*) FROM pinned_keys"_s).toString();
        QVERIFY(!run(teacher, [&] { return teacher.importPack(file(u"de-l-autre-ordinateur.continuite"_s)); }));
        QVERIFY2(teacher.error().contains(u"has a profile on this device"_s), qPrintable(teacher.error()));
        QVERIFY(teacher.confirmNeeded());
        QCOMPARE(StoreInternals::database(mine).scalar(u"SELECT count(*) FROM pinned_keys"_s).toString(), before);
        // Another refusal (a damaged pack) asks for nothing: no word makes it right.
        QVERIFY(!run(teacher, [&] { return teacher.importPack(file(u"abime.continuite"_s)); }));
        QVERIFY(!teacher.confirmNeeded());
        QVERIFY(!teacher.confirmNewDevice());
        // Positive control: her word, and it comes in; that computer is trusted from now on.
        QVERIFY(!run(teacher, [&] { return teacher.importPack(file(u"de-l-autre-ordinateur.continuite"_s)); }));
        QVERIFY(teacher.confirmNeeded());
        QVERIFY2(run(teacher, [&] { return teacher.confirmNewDevice(); }), qPrintable(teacher.error()));
        QVERIFY(!teacher.confirmNeeded());
        QVERIFY2(teacher.summaryLines().join(u' ').contains(u"Device now trusted: Claire Durand"_s), qPrintable(teacher.summaryLines().join(u' ')));
        QVERIFY(run(teacher, [&] { return teacher.importPack(file(u"de-l-autre-ordinateur.continuite"_s)); }));
        QVERIFY(teacher.summaryLines().filter(u"Device now trusted"_s).isEmpty());
    }

    void guiThreadGoesOnDuringABigExport()
    {
        // A class with heavy media (24 MB of files, more than a year of a class): writing its pack takes
        // seconds, during which the window must go on drawing and answering.
        Store &t = *m_teacher->store();
        QStringList heavy;
        for (int i = 0; i < 3; ++i) {
            const QString path = m_files.filePath(u"video-%1.bin"_s.arg(i));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray chunk(1024 * 1024, Qt::Uninitialized);
            for (int mb = 0; mb < 8; ++mb) {
                for (qsizetype b = 0; b < chunk.size(); b += 4)
                    *reinterpret_cast<quint32 *>(chunk.data() + b) = quint32(i * 7919 + mb * 104729 + b);
                QVERIFY(f.write(chunk) == chunk.size());
            }
            heavy << path;
        }
        Store::LessonInput in{m_classId, u"La vidéo de la semaine"_s, {}, u"Regarde."_s, {}, {}, heavy, {}, {}, {}};
        QVERIFY(t.publishLesson(t.createLesson(in).value().meta.id));

        ExchangesController teacher;
        teacher.setSession(m_teacher.get());
        int ticks = 0;
        int ticksWhileBusy = 0;
        QTimer timer;
        connect(&timer, &QTimer::timeout, this, [&] {
            ++ticks;
            ticksWhileBusy += teacher.isBusy() ? 1 : 0;
        });
        timer.start(1);
        QSignalSpy busy(&teacher, &ExchangesController::busyChanged);
        QSignalSpy done(&teacher, &ExchangesController::finished);
        QList<double> steps;
        connect(&teacher, &ExchangesController::progressChanged, this, [&] { steps << teacher.progress(); });
        QVERIFY(teacher.exportPack(file(u"lourd.continuite"_s), m_classId));
        // The call returned before the pack was written: the work is on the worker thread.
        QVERIFY(teacher.isBusy());
        QVERIFY(!teacher.busyText().isEmpty());
        QVERIFY(done.wait(120000));
        QVERIFY2(done.first().first().toBool(), qPrintable(teacher.error()));
        QVERIFY(!teacher.isBusy());
        QCOMPARE(busy.count(), 2);
        // The GUI thread's event loop went on while the pack was written.
        QVERIFY2(ticksWhileBusy > 0, qPrintable(u"%1 ticks, none while busy"_s.arg(ticks)));
        QVERIFY(teacher.bytes() > 24.0 * 1024 * 1024);
        QCOMPARE(teacher.media(), 4);
        // Progress by phases, forward only, then back to 0 once done.
        QVERIFY2(steps.size() >= 3, qPrintable(u"%1 steps"_s.arg(steps.size())));
        QVERIFY(std::is_sorted(steps.cbegin(), steps.cend() - 1));
        QVERIFY(steps.contains(1.0));
        QCOMPARE(steps.last(), 0.0);
        QCOMPARE(teacher.progress(), 0.0);
        timer.stop();

        // The student side reads it on its worker too, and the screens are told to reload.
        ExchangesController student;
        student.setSession(m_student.get());
        QSignalSpy reload(m_student.get(), &Session::dataChanged);
        QSignalSpy studentDone(&student, &ExchangesController::finished);
        QVERIFY(student.importPack(file(u"lourd.continuite"_s)));
        QVERIFY(student.isBusy());
        QVERIFY(studentDone.wait(120000));
        QVERIFY2(studentDone.first().first().toBool(), qPrintable(student.error()));
        QCOMPARE(reload.count(), 1);
        QCOMPARE(m_student->store()->lessons().size(), 2);
    }

    void stoppedExportLeavesNoPack()
    {
        ExchangesController teacher;
        teacher.setSession(m_teacher.get());
        QSignalSpy done(&teacher, &ExchangesController::finished);
        const QString path = m_files.filePath(u"arrete.continuite"_s);
        QVERIFY(teacher.exportPack(QUrl::fromLocalFile(path), m_classId));
        teacher.cancel(); // while the worker packs 24 MB of files
        QVERIFY(done.wait(120000));
        QVERIFY(!done.first().first().toBool());
        QVERIFY2(teacher.error().contains(u"Stopped"_s), qPrintable(teacher.error()));
        QCOMPARE(teacher.direction(), u"out"_s);
        QVERIFY(!QFileInfo::exists(path));
    }

    void stoppedImportChangesNothing()
    {
        // Another laptop of Léa's family, with her profile and nothing else yet.
        QTemporaryDir otherDir;
        Session other(nullptr);
        other.setDataDir(otherDir.path());
        QVERIFY(other.store()->addProfile(m_lea.member.login, u"Léa Müller"_s, Role::Student, m_lea.pin, m_lea.member.personId));
        QVERIFY(other.unlock(m_lea.member.login, m_lea.pin));
        ExchangesController student;
        student.setSession(&other);
        QSignalSpy done(&student, &ExchangesController::finished);
        QVERIFY(student.importPack(file(u"lourd.continuite"_s)));
        student.cancel(); // the worker is still reading and checking 24 MB: nothing is written yet
        QVERIFY(done.wait(120000));
        if (done.first().first().toBool())
            QSKIP("the worker had checked the whole pack before the stop came (a very fast or idle machine)");
        QVERIFY2(student.error().contains(u"stopped"_s), qPrintable(student.error()));
        QCOMPARE(student.applied(), 0);
        QVERIFY(other.store()->classes().isEmpty());
        QVERIFY(other.store()->lessons().isEmpty());
    }

    void firstRunFromADemoCoursePack()
    {
        // The demo course on a teacher's laptop; Hugo's family laptop has never met the hub.
        QTemporaryDir profDir, familyDir;
        Session prof(nullptr);
        prof.setDataDir(profDir.path());
        DemoCourse demo = DemoCourse::fill(*prof.store(), QStringLiteral(CONTINUITE_SOURCE_DIR "/content/demo"));
        QVERIFY2(demo.error.isEmpty(), qPrintable(demo.error));
        QVERIFY(prof.unlock(u"mme.martin"_s, u"demo-prof"_s));
        ExchangesController teacher;
        teacher.setSession(&prof);
        QVERIFY2(run(teacher, [&] { return teacher.exportPack(file(u"demo-classe.continuite"_s), demo.classId); }), qPrintable(teacher.error()));
        QVERIFY2(run(teacher, [&] { return teacher.exportPack(file(u"demo-hugo.continuite"_s), demo.classId, u"hugo"_s); }),
                 qPrintable(teacher.error()));

        Session family(nullptr);
        family.setDataDir(familyDir.path());
        QVERIFY(family.store()->profiles().isEmpty());
        ExchangesController first;
        first.setSession(&family);
        const auto refused = [&](const QString &pack, const QString &login, const QString &pin, const QString &says) {
            QVERIFY(!run(first, [&] { return first.startFromPack(file(pack), login, pin); }));
            QVERIFY2(first.error().contains(says), qPrintable(first.error()));
            QCOMPARE(first.direction(), u"in"_s);
            QVERIFY(family.store()->profiles().isEmpty());
            QVERIFY(!family.isUnlocked());
        };
        refused(u"demo-hugo.continuite"_s, u"hugo"_s, {}, u"PIN"_s);
        refused(u"demo-hugo.continuite"_s, u" "_s, u"5678"_s, u"login code"_s);
        refused(u"demo-classe.continuite"_s, u"hugo"_s, u"5678"_s, u"whole class"_s);
        refused(u"demo-hugo.continuite"_s, u"hugo"_s, u"1234"_s, u"not the PIN"_s);
        refused(u"demo-hugo.continuite"_s, u"lea"_s, u"1234"_s, u"no student with the login code"_s);
        refused(u"pas-la.continuite"_s, u"hugo"_s, u"5678"_s, u"pas-la.continuite"_s);
        QFile junk(m_files.filePath(u"junk.continuite"_s));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("SQLite format 3\0 not really, cut short");
        junk.close();
        refused(u"junk.continuite"_s, u"hugo"_s, u"5678"_s, u"junk.continuite"_s);

        QSignalSpy unlocked(&family, &Session::currentChanged);
        QVERIFY2(run(first, [&] { return first.startFromPack(file(u"demo-hugo.continuite"_s), u"HUGO"_s, u"5678"_s); }),
                 qPrintable(first.error()));
        QCOMPARE(unlocked.count(), 1);
        QVERIFY(family.isUnlocked());
        QCOMPARE(family.currentLogin(), u"hugo"_s);
        QCOMPARE(family.lastLogin(), u"hugo"_s);
        QCOMPARE(family.store()->profiles().size(), 1);
        QCOMPARE(family.store()->lessons().size(), 3); // published only
        QVERIFY(family.store()->todo().size() >= 1);
        // Working offline from the first minute: a hand-in waits for his return pack.
        family.lock();
        QVERIFY(!family.unlock(u"hugo"_s, u"1234"_s));
        QVERIFY(family.unlock(u"hugo"_s, u"5678"_s));
        QVERIFY(family.store()->submit({family.store()->todo().first().assignment.meta.id, u"Fait hors ligne."_s, {}, {}}));
        QCOMPARE(family.store()->status().pendingChanges, 1);
    }

    void classroomServesAStudentDevice()
    {
        LanController lan;
        lan.setSession(m_teacher.get());
        lan.setListenHost(u"127.0.0.1"_s);
        lan.setPreferredPort(0);
        QSignalSpy serving(&lan, &LanController::servingChanged);
        QVERIFY2(lan.start(m_classId), qPrintable(lan.error()));
        QVERIFY(lan.isServing());
        QCOMPARE(serving.count(), 1);
        QCOMPARE(lan.className(), u"CM1 Les Étoiles"_s);
        QCOMPARE(lan.url(), LanController::joinUrl(lan.address(), lan.joinCode()));

        // A second laptop of Léa's family joins with the code and her PIN, syncs, hands in work.
        QTemporaryDir otherDir;
        std::unique_ptr<Store> other = Store::open(otherDir.path()).value();
        SyncEngine engine(*other);
        auto me = engine.login(lan.url(), m_lea.member.login, m_lea.pin);
        QVERIFY2(me, qPrintable(me.error()));
        other->setCurrent(*me);
        QVERIFY(engine.sync(*me)->errors.isEmpty());
        QCOMPARE(other->lessons().size(), m_teacher->store()->lessons().size());
        QVERIFY(other->submit({m_assignmentId, u"Fait en classe."_s, {}, {}}));
        QVERIFY(engine.sync(*me)->errors.isEmpty());

        const qsizetype before = m_teacher->store()->submissions(m_assignmentId).size();
        QSignalSpy counts(&lan, &LanController::countsChanged);
        lan.refresh();
        QCOMPARE(lan.studentsSignedIn(), 1);
        QCOMPARE(lan.workReceived(), 1);
        QVERIFY(counts.count() >= 1);
        QCOMPARE(m_teacher->store()->submissions(m_assignmentId).size(), before + 1);

        // Locking the laptop closes the classroom.
        m_teacher->lock();
        QVERIFY(!lan.isServing());
        QVERIFY(lan.joinCode().isEmpty());
        QVERIFY(m_teacher->unlock(u"mme.durand"_s, u"secret-123"_s));
    }

    void aClassroomIsShownWithoutItsPin()
    {
        // F5: the device keeps a classroom's URL with the pin of its key ("#sha256//…"); the settings page showed it
        // whole ("Connected to https://…/k7pq2m#sha256//Xa4…="). Shown without it, signing in again from what is shown
        // keeps the pin.
        LanController lan;
        lan.setSession(m_teacher.get());
        lan.setListenHost(u"127.0.0.1"_s);
        lan.setPreferredPort(0);
        QVERIFY2(lan.start(m_classId), qPrintable(lan.error()));
        SyncController sync(m_student.get());
        QSignalSpy done(&sync, &SyncController::connectFinished);
        QVERIFY(sync.connectToHub(lan.url(), m_lea.pin));
        QVERIFY(done.wait(60000));
        QVERIFY2(done.first().first().toBool(), qPrintable(done.first().at(1).toString()));
        const QString kept = m_student->store()->sync().state(m_lea.member.personId)->hub;
        QVERIFY2(kept.contains(u"#sha256//"_s), qPrintable(kept));
        QCOMPARE(sync.hubUrl(), lan.url().section(u'#', 0, 0));
        QVERIFY(!done.first().at(1).toString().contains(u'#'));
        // Signing in again from the address shown (the settings page) still pins the classroom's key.
        done.clear();
        QVERIFY(sync.connectToHub(sync.hubUrl(), m_lea.pin));
        QVERIFY(done.wait(60000));
        QVERIFY2(done.first().first().toBool(), qPrintable(done.first().at(1).toString()));
        QCOMPARE(m_student->store()->sync().state(m_lea.member.personId)->hub, kept);
        sync.cancel();
        lan.stop();
    }
};

QTEST_MAIN(TestExchangesController)
#include "tst_exchangescontroller.moc"
