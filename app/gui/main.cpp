// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// continuite: the QML app. Opens the local store, shows the profile chooser, the lessons, the reader.
#include "session.h"

#include "content/demoloader.h"
#include "content/store.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QLocale>

#include "apptranslations.h"
#include "localonlynetwork.h"
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>

#include <sys/resource.h>

Q_IMPORT_QML_PLUGIN(ContinuitePlugin)

using namespace Qt::StringLiterals;

namespace {

bool wantsOffscreen(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], "--screenshot") == 0 || qstrncmp(argv[i], "--screenshot=", 13) == 0
            || qstrcmp(argv[i], "--bench-first-frame") == 0)
            return true;
    return false;
}

/// Peak resident memory (KiB) and CPU time (ms) of this process so far.
std::pair<long, double> resourcesUsed()
{
    struct rusage usage = {};
    getrusage(RUSAGE_SELF, &usage);
    const auto ms = [](const timeval &t) { return double(t.tv_sec) * 1e3 + double(t.tv_usec) / 1e3; };
    return {usage.ru_maxrss, ms(usage.ru_utime) + ms(usage.ru_stime)};
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    // A screenshot needs no display: render offscreen unless told otherwise.
    if (wantsOffscreen(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        qputenv("QT_QUICK_BACKEND", "software");
    }
    // A screen reader started after the app (Orca's Super+Alt+S) must hear it: Qt 6.4 asks org.a11y.Status once, at
    // start, and never again, so the app exports its tree to the session's accessibility bus whatever (issue 18,
    // A6/F5). Set before QGuiApplication, which reads it. CONTINUITE_ACCESSIBILITY=off leaves Qt's own choice (Qt
    // takes any value of its variable, "0" included, as on, hence a switch of ours).
    if (qgetenv("CONTINUITE_ACCESSIBILITY") != "off" && !qEnvironmentVariableIsSet("QT_LINUX_ACCESSIBILITY_ALWAYS_ON"))
        qputenv("QT_LINUX_ACCESSIBILITY_ALWAYS_ON", "1");
    QGuiApplication app(argc, argv);
    app.setApplicationName(u"continuite"_s);
    app.setOrganizationName(u"Continuite"_s);
    app.setApplicationDisplayName(u"Continuité"_s);
    app.setApplicationVersion(u"0.1"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Continuité: lessons and work for remote teaching, offline first."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataOption(u"data"_s, u"Folder of the local store (default: the user's data folder)."_s, u"DIR"_s);
    const QCommandLineOption demoOption(u"demo"_s, u"Load the demo course when the store is empty."_s);
    const QCommandLineOption langOption(u"lang"_s, u"Language of the interface: fr (default) or en."_s, u"fr|en"_s, u"fr"_s);
    const QCommandLineOption screenshotOption(u"screenshot"_s, u"Render the first screen into FILE (PNG) and exit."_s, u"FILE"_s);
    // For bench/app: print "first-frame MS_SINCE_MAIN PEAK_RSS_KIB CPU_MS" once the first frame is rendered, then quit.
    QCommandLineOption benchOption(u"bench-first-frame"_s, u"Quit after the first frame (benchmark)."_s);
    benchOption.setFlags(QCommandLineOption::HiddenFromHelp);
    // With it: once the first frame is out, sign LOGIN in (a profile without a secret, or with the one in
    // CONTINUITE_BENCH_SECRET) and print "sign-in MS CPU_MS SCREEN" at the next frame, the home's, then quit. The homes
    // are made when someone signs in (issue 16), so this is where their cost is paid.
    QCommandLineOption benchSignInOption(u"bench-sign-in"_s, u"After the first frame, sign LOGIN in (benchmark)."_s, u"LOGIN"_s);
    benchSignInOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({dataOption, demoOption, langOption, screenshotOption, benchOption, benchSignInOption});
    parser.process(app);

    const QString lang = parser.value(langOption);
    if (lang != u"fr" && lang != u"en") {
        std::fprintf(stderr, "continuite: --lang takes fr or en, not %s\n", qPrintable(lang));
        return 2;
    }
    // Ours and Qt's own (the file dialog's "Annuler", "Nom du fichier"): see AppTranslations.
    AppTranslations::install(app, lang == u"en" ? QLocale(QLocale::English, QLocale::UnitedKingdom) : QLocale(QLocale::French, QLocale::France));

    QString dataDir = parser.value(dataOption);
    if (dataDir.isEmpty())
        dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    dataDir = QDir(dataDir).absolutePath();

    if (parser.isSet(demoOption)) {
        // Loaded through a store of its own, so the app starts on the profile chooser, not as the teacher.
        auto store = Continuite::Store::open(dataDir);
        if (!store) {
            std::fprintf(stderr, "continuite: %s\n", qPrintable(store.error()));
            return 1;
        }
        if ((*store)->profiles().isEmpty()) {
            if (auto loaded = Continuite::DemoLoader::load(**store); !loaded) {
                std::fprintf(stderr, "continuite: %s\n", qPrintable(loaded.error()));
                return 1;
            }
        }
    }

    Session *session = Session::instance();
    session->setDataDir(dataDir);

    QQmlApplicationEngine engine;
    LocalOnlyNetworkFactory::install(engine); // screens show nothing from outside (review-media20, finding 3)
    engine.addImportPath(u"qrc:/"_s);
    QObject::connect(&engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(1); },
                     Qt::QueuedConnection);
    engine.load(QUrl(u"qrc:/Continuite/Main.qml"_s));
    if (engine.rootObjects().isEmpty())
        return 1;

    if (parser.isSet(benchOption)) {
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        if (!window)
            return 1;
        const QString signInLogin = parser.value(benchSignInOption);
        QObject::connect(window, &QQuickWindow::frameSwapped, &app, [&sinceMain, window, session, signInLogin] {
            const auto [rss, cpuMs] = resourcesUsed();
            std::printf("first-frame %.1f %ld %.1f\n", sinceMain.nsecsElapsed() / 1e6, rss, cpuMs);
            std::fflush(stdout);
            if (signInLogin.isEmpty()) {
                QCoreApplication::quit();
                return;
            }
            QTimer::singleShot(0, window, [window, session, signInLogin] {
                QElapsedTimer sinceSignIn;
                sinceSignIn.start();
                const double cpuBefore = resourcesUsed().second;
                QObject::connect(window, &QQuickWindow::frameSwapped, window, [window, sinceSignIn, cpuBefore] {
                    std::printf("sign-in %.1f %.1f %s\n", sinceSignIn.nsecsElapsed() / 1e6, resourcesUsed().second - cpuBefore,
                                qPrintable(window->property("screen").toString()));
                    std::fflush(stdout);
                    QCoreApplication::quit();
                }, Qt::SingleShotConnection);
                if (!session->unlock(signInLogin, qEnvironmentVariable("CONTINUITE_BENCH_SECRET"))) {
                    std::fprintf(stderr, "continuite: %s could not sign in: %s\n", qPrintable(signInLogin),
                                 qPrintable(session->error()));
                    QCoreApplication::exit(1);
                }
            });
        }, Qt::SingleShotConnection);
    }
    if (parser.isSet(screenshotOption)) {
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        if (!window)
            return 1;
        const QString file = parser.value(screenshotOption);
        // Let the first frames (and images in the text) settle, then grab.
        QTimer::singleShot(300, &app, [window, file] {
            const QImage image = window->grabWindow();
            if (image.isNull() || !image.save(file)) {
                std::fprintf(stderr, "continuite: could not write the screenshot %s\n", qPrintable(file));
                QCoreApplication::exit(1);
                return;
            }
            std::printf("%s\n", qPrintable(file));
            QCoreApplication::quit();
        });
    }
    return app.exec();
}
