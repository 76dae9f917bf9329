// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// Qt Quick Test of each screen's logic (tst_*.qml here), on a real store in a temporary folder filled
// with the demo course; the screens reach it through the Session singleton, as in the app.
// `testClassroom` is a teacher's laptop in the same process: its own demo store and a real ClassroomHub
// on loopback, for a brand-new device that joins the class from the first screen.
#include "democourse.h"
#include "session.h"
#include "sync/classroom/classroomhub.h"

#include <QDir>
#include <QFile>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QStandardPaths>
#include <QTemporaryDir>
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
    QString joinCode() const { return m_hub ? m_hub->joinCode() : QString(); }
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

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable() { QStandardPaths::setTestModeEnabled(true); }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(u"qrc:/"_s);
        // A test-only object (the app has no context properties): the classroom a test device joins.
        engine->rootContext()->setContextProperty(u"testClassroom"_s, &m_classroom);
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
};

QUICK_TEST_MAIN_WITH_SETUP(continuite, Setup)
#include "tst_qml.moc"
