// The Échanges page's controllers on real files: packs written and read by ExchangesController (what
// moved, and why a damaged pack is refused), and LanController serving a class to a student's device over
// real loopback HTTP, the work coming back to the teacher's store.
#include "exchangescontroller.h"
#include "lancontroller.h"
#include "session.h"

#include "content/store.h"
#include "sync/client/syncengine.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

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

    void packGoesOutAndComesBack()
    {
        ExchangesController teacher;
        teacher.setSession(m_teacher.get());
        QVERIFY(teacher.isTeacher());
        QCOMPARE(teacher.classIds(), QStringList{m_classId});
        QCOMPARE(teacher.studentLogins(m_classId), QStringList{m_lea.member.login});
        QSignalSpy changed(&teacher, &ExchangesController::summaryChanged);
        QVERIFY2(teacher.exportPack(file(u"classe.continuite"_s), m_classId), qPrintable(teacher.error()));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(teacher.direction(), u"out"_s);
        QCOMPARE(teacher.lessons(), 1);
        QCOMPARE(teacher.assignments(), 1);
        QCOMPARE(teacher.media(), 1);
        QCOMPARE(qint64(teacher.bytes()), QFileInfo(m_files.filePath(u"classe.continuite"_s)).size());
        QVERIFY(teacher.summaryTitle().contains(u"classe.continuite"_s));

        ExchangesController student;
        student.setSession(m_student.get());
        QVERIFY(!student.isTeacher());
        QVERIFY2(student.importPack(file(u"classe.continuite"_s)), qPrintable(student.error()));
        QCOMPARE(student.direction(), u"in"_s);
        QCOMPARE(student.lessons(), 1);
        QCOMPARE(student.media(), 1);
        QVERIFY(student.applied() > 0);
        QCOMPARE(m_student->store()->lessons().size(), 1);
        QCOMPARE(student.classIds(), QStringList{m_classId});

        // Twice: nothing new, and it says so.
        QVERIFY(student.importPack(file(u"classe.continuite"_s)));
        QCOMPARE(student.applied(), 0);
        QVERIFY(student.summaryTitle().startsWith(u"Nothing new"_s));

        // Her work goes back on the stick and reaches the teacher, queued for the hub.
        QVERIFY(m_student->store()->submit({m_assignmentId, u"J'ai lu trois livres."_s, {}, {}}));
        QVERIFY2(student.exportPack(file(u"retour.continuite"_s)), qPrintable(student.error()));
        QCOMPARE(student.submissions(), 1);
        QVERIFY(teacher.importPack(file(u"retour.continuite"_s)));
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
        QVERIFY(!student.importPack(file(u"abime.continuite"_s)));
        QCOMPARE(student.direction(), u"in"_s);
        QVERIFY(!student.error().isEmpty());
        QCOMPARE(student.applied(), 0);
        QCOMPARE(int(m_student->store()->lessons().size()), lessonsBefore);
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
        QCOMPARE(other->lessons().size(), 1);
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
};

QTEST_MAIN(TestExchangesController)
#include "tst_exchangescontroller.moc"
