// Qt Quick Test of each screen's logic (tst_*.qml here), on a real store in a temporary folder filled
// with the demo course; the screens reach it through the Session singleton, as in the app.
#include "democourse.h"
#include "session.h"

#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(ContinuitePlugin)

using namespace Qt::StringLiterals;

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable() { QStandardPaths::setTestModeEnabled(true); }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(u"qrc:/"_s);
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
};

QUICK_TEST_MAIN_WITH_SETUP(continuite, Setup)
#include "tst_qml.moc"
