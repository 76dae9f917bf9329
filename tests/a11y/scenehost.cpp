// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// Shows one QML scene in a window, for the screen-reader audit's positive control (issue 18): the audit
// walks a scene with faults planted in it and must find each of them; and for screens the demo course does
// not reach (the media player). Usage: a11y_scene_host SCENE.qml
#include "apptranslations.h"

#include <QGuiApplication>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QUrl>

// The app's own QML module, for scenes made of the app's screens (the media player).
Q_IMPORT_QML_PLUGIN(ContinuitePlugin)

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    if (argc < 2)
        return 2;
    // In French, as the app starts by default (the audit hears what a French pupil hears).
    AppTranslations::install(app, QLocale(QLocale::French, QLocale::France));
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    engine.load(QUrl::fromLocalFile(QString::fromLocal8Bit(argv[1])));
    if (engine.rootObjects().isEmpty())
        return 1;
    return app.exec();
}
