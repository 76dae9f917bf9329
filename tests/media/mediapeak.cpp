// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// A child process for tst_mediamemory: makes one file light as the app and the CLI do, then says what that cost
// in memory (its own peak resident size), so a test can bound it without the test's own memory in the way.
//
// The peak is VmHWM from /proc/self/status, not getrusage's ru_maxrss: Linux carries ru_maxrss across exec from the
// forked copy of the parent, so a child of a test that holds 2 GB "peaks" at 2 GB whatever it does (seen here).
//
//   continuite-mediapeak image FILE          ImageReducer (a picture's light copy)
//   continuite-mediapeak video FILE OUT      VideoReducer::reduce (a video's light version)
//   continuite-mediapeak frame FILE          VideoReducer::firstFrame (a video's picture in a printed pack)
//   continuite-mediapeak check FILE          VideoReducer::picturesFit (a received video read through before it is played)
//   continuite-mediapeak thumbnail FILE      a received picture as the marking page shows it: ImageReducer::showable,
//                                            then decoded 160 pixels wide as Thumbnail.qml asks Qt Quick to
//
// Prints one JSON object: {"ok", "error", "maxrss_kb", "width", "height", "bytes"}.
#include "content/imagereducer.h"
#include "content/videoreducer.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <QFile>

using namespace Qt::StringLiterals;
using namespace Continuite;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        QTextStream(stderr) << "usage: continuite-mediapeak image|video|frame FILE [OUT]\n";
        return 2;
    }
    const QString mode = args.at(1), file = args.at(2);
    QJsonObject out{{u"ok"_s, false}};
    if (mode == u"image"_s) {
        auto r = ImageReducer().reduce(file);
        if (r)
            out = {{u"ok"_s, true}, {u"width"_s, r->pixels.width()}, {u"height"_s, r->pixels.height()},
                   {u"bytes"_s, double(r->bytes.size())}};
        else
            out.insert(u"error"_s, r.error());
    } else if (mode == u"video"_s && args.size() > 3) {
        VideoReducer reducer;
        auto r = reducer.reduce(file, args.at(3));
        if (r)
            out = {{u"ok"_s, true}, {u"bytes"_s, double(r->size)}};
        else
            out.insert(u"error"_s, r.error());
    } else if (mode == u"frame"_s) {
        auto r = VideoReducer::firstFrame(file, 640);
        if (r)
            out = {{u"ok"_s, true}, {u"width"_s, r->width()}, {u"height"_s, r->height()}};
        else
            out.insert(u"error"_s, r.error());
    } else if (mode == u"check"_s) {
        auto r = VideoReducer::picturesFit(file);
        if (r)
            out = {{u"ok"_s, true}, {u"width"_s, r->width()}, {u"height"_s, r->height()}};
        else
            out.insert(u"error"_s, r.error());
    } else if (mode == u"thumbnail"_s) {
        if (!ImageReducer::showable(file)) {
            out.insert(u"error"_s, u"not shown"_s);
        } else {
            QImageReader reader(file);
            const QSize size = reader.size();
            reader.setScaledSize(QSize(160, int(qint64(size.height()) * 160 / std::max(1, size.width()))));
            const QImage thumbnail = reader.read();
            if (thumbnail.isNull())
                out.insert(u"error"_s, reader.errorString());
            else
                out = {{u"ok"_s, true}, {u"width"_s, thumbnail.width()}, {u"height"_s, thumbnail.height()}};
        }
    } else {
        QTextStream(stderr) << "unknown mode " << mode << "\n";
        return 2;
    }
    qint64 peakKb = -1;
    QFile status(u"/proc/self/status"_s);
    if (status.open(QIODevice::ReadOnly))
        for (const QByteArray &line : status.readAll().split('\n'))
            if (line.startsWith("VmHWM:"))
                peakKb = line.mid(6).trimmed().split(' ').value(0).toLongLong();
    out.insert(u"maxrss_kb"_s, double(peakKb));
    QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Compact) << "\n";
    return 0;
}
