// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// A child process for tst_mediamemory: a lesson's text naming the store's pictures, shown as a reader's window shows
// it (Text.MarkdownText, offscreen), then what that cost in memory (VmHWM, as continuite-mediapeak says why).
//
//   continuite-markdownpeak shown|raw PICTURE...
// Each picture is put in a fresh store and named in the text, "![pN](media:SHA)". "shown" is what the app's readers
// give their text (ShownMarkdown), "raw" MediaStore::renderableMarkdown alone (what they gave before review-media21).
// Prints one JSON object: {"maxrss_kb", "resolved" (pictures given an address), "placeholders", "red" (whether a red
// pixel was drawn: a shown picture was decoded and drawn)}.
#include "content/mediastore.h"
#include "content/shownmarkdown.h"

#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQmlApplicationEngine>
#include <QQmlContext>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Continuite;

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3 || (args.at(1) != u"shown"_s && args.at(1) != u"raw"_s)) {
        QTextStream(stderr) << "usage: continuite-markdownpeak shown|raw PICTURE...\n";
        return 2;
    }
    QTemporaryDir dir;
    MediaStore media(dir.path());
    QString markdown = u"# Leçon\n\nRegardez les images.\n\n"_s;
    for (int i = 2; i < args.size(); ++i) {
        const auto stored = media.importFile(args.at(i));
        if (!stored) {
            QTextStream(stderr) << stored.error() << "\n";
            return 2;
        }
        markdown += u"![p%1](media:%2)\n\n"_s.arg(i - 1).arg(stored->sha256);
    }
    const QString text = args.at(1) == u"shown"_s ? ShownMarkdown(media)(markdown) : media.renderableMarkdown(markdown);

    QQmlApplicationEngine engine;
    engine.rootContext()->setContextProperty(u"lessonText"_s, text);
    engine.loadData(R"(
        import QtQuick
        Window {
            width: 900; height: 1400; visible: true; color: "white"
            Text { width: 880; textFormat: Text.MarkdownText; text: lessonText }
        })");
    if (engine.rootObjects().isEmpty())
        return 2;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    bool red = false;
    QTimer::singleShot(1500, &app, [&] {
        const QImage shot = window->grabWindow().convertToFormat(QImage::Format_RGB32);
        for (int y = 0; y < shot.height() && !red; y += 4)
            for (int x = 0; x < shot.width() && !red; x += 4) {
                const QRgb p = shot.pixel(x, y);
                red = qRed(p) > 200 && qGreen(p) < 60 && qBlue(p) < 60;
            }
        app.quit();
    });
    app.exec();

    qint64 peakKb = -1;
    QFile status(u"/proc/self/status"_s);
    if (status.open(QIODevice::ReadOnly))
        for (const QByteArray &line : status.readAll().split('\n'))
            if (line.startsWith("VmHWM:"))
                peakKb = line.mid(6).trimmed().split(' ').value(0).toLongLong();
    const QJsonObject out{{u"maxrss_kb"_s, double(peakKb)},
                          {u"resolved"_s, int(text.count(u"](file:"_s))},
                          {u"placeholders"_s, int(text.count(u"*Picture not loaded"_s))},
                          {u"red"_s, red}};
    QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Compact) << "\n";
    return 0;
}
