// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// Qt Quick Test of each screen's logic (tst_*.qml here), on a real store in a temporary folder filled
// with the demo course; the screens reach it through the Session singleton, as in the app.
// `testClassroom` is a teacher's laptop in the same process: its own demo store and a real ClassroomHub
// on loopback, for a brand-new device that joins the class from the first screen; `testSchoolHub` the real hub on
// loopback, for one that signs in with the school's server.
#include "democourse.h"
#include "phonephoto.h"
#include "testclip.h"
#include "session.h"
#include "sync/classroom/classroomhub.h"
#include "sync/client/syncengine.h"
#include "tests/loopbackhub.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUuid>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(ContinuitePlugin)

using namespace Qt::StringLiterals;

/**
 * @brief A teacher's laptop serving the demo class on loopback, for the QML tests (not the Session's store:
 * the device under test starts empty and joins it over HTTP, as a student's tablet would).
 */
class TestClassroom : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString address READ address NOTIFY startedChanged)
    Q_PROPERTY(QString joinCode READ joinCode NOTIFY startedChanged)
    /// Published lessons of the demo class, which a student who joined should see after the first sync.
    Q_PROPERTY(int lessonCount READ lessonCount NOTIFY startedChanged)

public:
    QString address() const { return m_hub ? u"127.0.0.1:%1"_s.arg(m_hub->port()) : QString(); }
    /// What the pupils type: the join code and the key code ("K7PQ2M-ABCD-EFGH").
    QString joinCode() const { return m_hub ? m_hub->typedCode() : QString(); }
    int lessonCount() const { return int(m_demo.lessonIds.size()); }

    /// Opens the classroom (once); "" or why it could not.
    Q_INVOKABLE QString start()
    {
        if (m_hub)
            return {};
        if (!m_dir.isValid())
            return u"no temporary folder"_s;
        auto store = Continuite::Store::open(m_dir.path());
        if (!store)
            return store.error();
        m_store = std::move(store).value();
        m_demo = DemoCourse::fill(*m_store, QStringLiteral(CONTINUITE_SOURCE_DIR "/content/demo"));
        if (!m_demo.error.isEmpty())
            return m_demo.error;
        m_hub = std::make_unique<Continuite::ClassroomHub>(*m_store);
        Continuite::ClassroomHub::Options options;
        options.host = u"127.0.0.1"_s;
        options.port = 0;
        if (auto started = m_hub->start(m_demo.classId, options); !started) {
            m_hub.reset();
            return started.error();
        }
        Q_EMIT startedChanged();
        return {};
    }

Q_SIGNALS:
    void startedChanged();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Continuite::Store> m_store;
    DemoCourse m_demo;
    std::unique_ptr<Continuite::ClassroomHub> m_hub;
};

/**
 * @brief A school's server for the QML tests: the real hub on loopback (tests/loopbackhub.h) with a teacher and one
 * pupil's card, which a brand-new device signs in with (AddPersonPage, the school's-server way). Started once.
 */
class TestSchoolHub : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString url READ url NOTIFY startedChanged)
    Q_PROPERTY(QString studentLogin READ studentLogin NOTIFY startedChanged)
    Q_PROPERTY(QString studentPin READ studentPin NOTIFY startedChanged)

public:
    QString url() const { return m_hub ? m_hub->url() : QString(); }
    QString studentLogin() const { return m_student.member.login; }
    QString studentPin() const { return m_student.pin; }

    /// "" or why the hub could not start with its pupil.
    Q_INVOKABLE QString start()
    {
        if (m_hub)
            return {};
        auto hub = std::make_unique<Continuite::Testing::LoopbackHub>(Continuite::Hub::HubLimits{}, Continuite::Testing::Storage::Sqlite);
        if (!hub->start())
            return u"the hub does not start on loopback"_s;
        hub->addTeacher(u"mme.martin"_s, u"Mme Martin"_s, "fractions-2026");
        auto store = Continuite::Store::open(m_teacherDir.path());
        if (!store)
            return store.error();
        Continuite::SyncEngine engine(**store);
        auto teacher = engine.login(hub->url(), u"mme.martin"_s, u"fractions-2026"_s);
        if (!teacher)
            return teacher.error();
        (*store)->setCurrent(*teacher);
        auto c = (*store)->createClass(u"6e B"_s);
        if (!c)
            return c.error();
        auto s = (*store)->addStudent(c->meta.id, u"Léa Dupont"_s);
        if (!s)
            return s.error();
        auto synced = engine.sync(*teacher);
        if (!synced || !synced->recordsComplete)
            return synced ? u"the teacher's first sync did not complete"_s : synced.error();
        m_student = *s;
        m_hub = std::move(hub);
        Q_EMIT startedChanged();
        return {};
    }

Q_SIGNALS:
    void startedChanged();

private:
    QTemporaryDir m_teacherDir;
    Continuite::NewStudent m_student;
    std::unique_ptr<Continuite::Testing::LoopbackHub> m_hub;
};

/**
 * @brief Photos of notebooks handed in, for the marking tests: a class of its own ("Atelier de correction", so the
 * demo class other tests count stays as it is) with three pupils and a piece of work to hand in as a photo. Each
 * pupil's version is written as her tablet would have (Store::submit acting as her); the pupils have no profile on
 * this device, as on a teacher's laptop. Adam hands in two photos, Chloé a PDF, Zoé a photo twice (two versions).
 */
class TestMarking : public QObject
{
    Q_OBJECT

public:
    /// The teacher must be unlocked; {"classId", "assignmentId"} or {"error"}. Once: later calls give the same.
    Q_INVOKABLE QVariantMap fillPhotoWork()
    {
        if (!m_made.isEmpty())
            return m_made;
        Workshop w(u"Atelier de correction"_s);
        const QString a = w.publish(u"Exercice 3 : la pizza en fractions"_s, u"Prends en photo ta page de cahier."_s, Continuite::AssignmentType::File);
        // Photos as the app hands them in: the light copy, long side 1600 px (ImageReducer::MaxLongSide).
        auto photo = [this](const QString &name, const QStringList &lines, quint32 seed) {
            const QString path = m_dir.filePath(name);
            QFile f(path);
            if (f.open(QIODevice::WriteOnly))
                f.write(PhonePhoto::jpeg(PhonePhoto::notebookPage(lines, seed).scaledToHeight(1600, Qt::SmoothTransformation), 75));
            return path;
        };
        const QString pdf = QStringLiteral(CONTINUITE_SOURCE_DIR "/content/demo/media/fiche-fractions.pdf");
        const struct
        {
            QString name;
            QList<QStringList> versions;
        } pupils[] = {
            {u"Zoé Martin"_s, {{photo(u"zoe-1.jpg"_s, {u"Exercice 3"_s, u"3/8 de la pizza"_s}, 3)}, {photo(u"zoe-2.jpg"_s, PhonePhoto::PageLines, 4)}}},
            {u"Adam Petit"_s, {{photo(u"adam-1.jpg"_s, PhonePhoto::PageLines, 1), photo(u"adam-2.jpg"_s, {u"Suite de l'exercice"_s, u"5/8 restent"_s}, 2)}}},
            {u"Chloé Roux"_s, {{pdf}}},
        };
        for (const auto &pupil : pupils) {
            const Continuite::Profile p = w.addPupil(pupil.name, pupil.name.section(u' ', 0, 0).toLower() + u".atelier"_s);
            for (const QStringList &files : pupil.versions)
                w.handIn(p, {a, {}, {}, files});
        }
        if (!w.error.isEmpty())
            return {{u"error"_s, w.error}};
        m_made = {{u"classId"_s, w.classId}, {u"assignmentId"_s, a}};
        return m_made;
    }

    /// A work the app cannot show big: Inès answered aloud (a voice capsule, .opus) beside her words, and Malo wrote
    /// his (no file), in a class of its own ("Atelier d’écoute"), beside an assignment nobody has handed in. The teacher must be unlocked;
    /// {"classId", "assignmentId", "emptyAssignmentId"} or {"error"}. Once.
    Q_INVOKABLE QVariantMap fillVoiceWork()
    {
        if (!m_voice.isEmpty())
            return m_voice;
        Workshop w(u"Atelier d’écoute"_s);
        const QString a = w.publish(u"Lis ta fraction à voix haute"_s, u"Écris la fraction, puis dis-la à l’oral."_s, Continuite::AssignmentType::Text);
        // And one nobody has handed in yet.
        const QString none = w.publish(u"Relis la leçon à voix haute"_s, u"Écris la fraction, puis dis-la à l’oral."_s, Continuite::AssignmentType::Text);
        // The capsule as the recorder leaves it (an Ogg stream): the app has no player in marking (issue 15).
        const QString voice = m_dir.filePath(u"capsule-vocale-ines.opus"_s);
        QFile f(voice);
        if (!f.open(QIODevice::WriteOnly))
            return {{u"error"_s, f.errorString()}};
        f.write(QByteArray("OggS") + QByteArray(4000, '\x01'));
        f.close();
        w.handIn(w.addPupil(u"Inès Garnier"_s, u"ines.ecoute"_s), {a, u"3/8 : trois huitièmes."_s, {}, {voice}});
        // Malo wrote his answer only: no file.
        w.handIn(w.addPupil(u"Malo Henry"_s, u"malo.ecoute"_s), {a, u"Trois huitièmes, je l’ai écrit."_s, {}, {}});
        if (!w.error.isEmpty())
            return {{u"error"_s, w.error}};
        m_voice = {{u"classId"_s, w.classId}, {u"assignmentId"_s, a}, {u"emptyAssignmentId"_s, none}};
        return m_voice;
    }

private:
    /**
     * A class of its own, made by the unlocked teacher, its assignments published, its pupils without a profile on
     * this device (as on a teacher's laptop), their work written as their tablets would have (the store acting as
     * each). The first failure is kept in @c error and every later step does nothing; the teacher is current after.
     */
    struct Workshop
    {
        Continuite::Store *store = Session::instance()->store();
        Continuite::Profile teacher;
        QString classId;
        QString error;

        explicit Workshop(const QString &className)
        {
            if (!store || !store->current() || store->current()->role != Continuite::Role::Teacher) {
                error = u"the teacher is not unlocked"_s;
                return;
            }
            teacher = *store->current();
            if (auto c = store->createClass(className); c)
                classId = c->meta.id;
            else
                error = c.error();
        }
        /// A published assignment of the class; its id.
        QString publish(const QString &title, const QString &instructions, Continuite::AssignmentType type)
        {
            if (!error.isEmpty())
                return {};
            Continuite::Store::AssignmentInput in;
            in.classId = classId;
            in.title = title;
            in.instructions = instructions;
            in.type = type;
            auto a = store->createAssignment(in);
            if (!a) {
                error = a.error();
                return {};
            }
            if (auto p = store->publishAssignment(a->meta.id); !p)
                error = p.error();
            return a->meta.id;
        }
        /// A pupil of the class, as the store acts for her when she hands in.
        Continuite::Profile addPupil(const QString &name, const QString &login)
        {
            const QString person = QUuid::createUuid().toString(QUuid::WithoutBraces);
            if (error.isEmpty())
                if (auto m = store->addMember(classId, person, Continuite::Role::Student, name, login, {}); !m)
                    error = m.error();
            return {person, login.section(u'.', 0, 0), name, Continuite::Role::Student, true};
        }
        /// @p pupil hands @p input in; the teacher is current again after.
        void handIn(const Continuite::Profile &pupil, const Continuite::Store::SubmissionInput &input)
        {
            if (!error.isEmpty())
                return;
            store->setCurrent(pupil);
            auto handed = store->submit(input);
            store->setCurrent(teacher);
            if (!handed)
                error = handed.error();
        }
    };

    QTemporaryDir m_dir;
    QVariantMap m_made;
    QVariantMap m_voice;
};

/**
 * @brief Videos as a teacher's phone makes them, made by GStreamer on demand (videotestsrc + audiotestsrc), for
 * the lesson editor's "version légère".
 */
class TestMedia : public QObject
{
    Q_OBJECT

public:
    /// A file URL of @p seconds of a 854×480 video of noise with sound named @p name (as heavy as a phone's), made once.
    Q_INVOKABLE QUrl clip(const QString &name, int seconds)
    {
        const QString path = m_dir.filePath(name);
        if (!QFileInfo::exists(path) && !TestClip::make(path, 854, 480, seconds, true, "snow"))
            return {};
        return QUrl::fromLocalFile(path);
    }
    /// The size of the file at @p url in bytes (-1 when absent).
    Q_INVOKABLE double sizeOf(const QUrl &url) const
    {
        const QFileInfo info(url.toLocalFile());
        return info.isFile() ? double(info.size()) : -1;
    }

private:
    QTemporaryDir m_dir;
};

/**
 * @brief Writes to the Session's store as a pupil's tablet would have, for the board's lessons × students grid: a
 * progress row recorded acting as the pupil (who has no profile on the teacher's laptop), and the test's lessons
 * deleted afterwards so that the lesson counts of the other test files stay as they are.
 */
class TestStore : public QObject
{
    Q_OBJECT

public:
    /// Records @p lessonId opened (or completed) by the student @p personId; "" or why not. The teacher stays current.
    Q_INVOKABLE QString recordProgressAs(const QString &personId, const QString &name, const QString &lessonId, bool completed)
    {
        Continuite::Store *store = Session::instance()->store();
        if (!store || !store->current())
            return u"nobody is unlocked"_s;
        const Continuite::Profile teacher = *store->current();
        store->setCurrent({personId, name.section(u' ', 0, 0).toLower(), name, Continuite::Role::Student, true});
        auto recorded = store->recordProgress(lessonId, completed, 60);
        store->setCurrent(teacher);
        Session::instance()->notifyDataChanged();
        return recorded ? QString() : recorded.error();
    }
    /// Records a sync of the student @p personId @p daysAgo days ago, as a pupil's tablet syncing would; "" or why not.
    Q_INVOKABLE QString recordContactAs(const QString &personId, int daysAgo)
    {
        Continuite::Store *store = Session::instance()->store();
        if (!store)
            return u"no store"_s;
        auto recorded = store->recordContacts({{personId, QDateTime::currentDateTimeUtc().addDays(-daysAgo)}}, u"hub"_s);
        Session::instance()->notifyDataChanged();
        return recorded ? QString() : recorded.error();
    }
    /// Deletes the lesson @p lessonId as the teacher unlocked; "" or why not.
    Q_INVOKABLE QString deleteLesson(const QString &lessonId)
    {
        Continuite::Store *store = Session::instance()->store();
        if (!store)
            return u"no store"_s;
        auto deleted = store->deleteLesson(lessonId);
        Session::instance()->notifyDataChanged();
        return deleted ? QString() : deleted.error();
    }
};

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable()
    {
        QStandardPaths::setTestModeEnabled(true);
        // No microphone here: voice capsules record GStreamer's test tone, in real time.
        qputenv("CONTINUITE_AUDIO_SOURCE", "audiotestsrc is-live=true wave=sine freq=330");
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(u"qrc:/"_s);
        // A test-only object (the app has no context properties): the classroom a test device joins.
        engine->rootContext()->setContextProperty(u"testClassroom"_s, &m_classroom);
        engine->rootContext()->setContextProperty(u"testSchoolHub"_s, &m_schoolHub);
        engine->rootContext()->setContextProperty(u"testMarking"_s, &m_marking);
        engine->rootContext()->setContextProperty(u"testMedia"_s, &m_media);
        engine->rootContext()->setContextProperty(u"testStore"_s, &m_store);
        // A folder where a family's USB stick is mounted (as /media/USER/CLE_LEA would be), with a file on it.
        if (m_usb.isValid() && QDir(m_usb.path()).mkpath(u"CLE_LEA"_s)) {
            QFile note(m_usb.filePath(u"CLE_LEA/lisez-moi.txt"_s));
            if (note.open(QIODevice::WriteOnly))
                note.write("photos de vacances\n");
        }
        engine->rootContext()->setContextProperty(u"testUsbRoot"_s, m_usb.path());
        if (Session::instance()->isReady())
            return; // one store for all the test files
        if (!m_dir.isValid())
            qFatal("no temporary folder");
        {
            auto store = Continuite::Store::open(m_dir.path());
            if (!store)
                qFatal("cannot open the store: %s", qPrintable(store.error()));
            const DemoCourse demo = DemoCourse::fill(**store, QStringLiteral(CONTINUITE_SOURCE_DIR "/content/demo"));
            if (!demo.error.isEmpty())
                qFatal("cannot fill the demo course: %s", qPrintable(demo.error));
        }
        Session::instance()->setDataDir(m_dir.path());
    }

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_usb;
    TestClassroom m_classroom;
    TestSchoolHub m_schoolHub;
    TestMarking m_marking;
    TestMedia m_media;
    TestStore m_store;
};

QUICK_TEST_MAIN_WITH_SETUP(continuite, Setup)
#include "tst_qml.moc"
