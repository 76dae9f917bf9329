// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// A student's typical week in bytes on the wire (GOALS.md, "Frugal media"; issue 15): 3 lessons with their
// images, 2 assignments each handed in with one photo of the exercise book, no video. Run twice on the real
// hub over loopback with real client stores: files attached as they are ("before"), then through
// MediaReducer as the app and the CLI now attach them ("after"). Bytes are the sync engine's count of what
// crossed the wire, headers included. Prints a Markdown table.
//
//   bench_media
//   bench_media --capsule 60     # instead: a voice capsule of 60 s through the app's VoiceRecorder, its size
//   bench_media --video 300      # instead: a 300 s phone-like video (720p, 4 Mbit/s) made light, its sizes and time
//   bench_media --make-video 300 OUT   # instead: only write that phone-like video to OUT (for bench/media/transfer.sh)
//   bench_media --play FILE 30   # instead: play FILE for 30 s as the app's player page does (QML MediaPlayer,
//                                # VideoOutput, AudioOutput), then print this process's peak resident size (VmHWM)
//
// The week's pictures: per lesson, one 12 MP phone photo of the board or a worksheet (JPEG q92, as a
// phone saves it) and one of the demo course's diagrams (PNG); per hand-in, one 12 MP photo of a notebook
// page. Lessons are made light in "photo" mode, hand-ins in "document" mode (the app's defaults).

#include "content/mediareducer.h"
#include "content/voicerecorder.h"
#include "phonephoto.h"
#include "testclip.h"
#include "synctestkit.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QTextStream>
#include <QThread>

#include <sys/resource.h>

using namespace SyncTest;

namespace {

QTextStream out(stdout);

struct Week
{
    qint64 studentDown = 0;
    qint64 studentUp = 0;
    int studentRequests = 0;
    qint64 teacherUp = 0;
    qint64 picturesBefore = 0; ///< what the week's pictures weigh on the devices
    qint64 picturesStored = 0; ///< what is attached and sent
    qint64 reduceMs = 0;
};

QByteArray resource(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing %s", qPrintable(path));
    return f.readAll();
}

Week runWeek(bool frugal, const QString &inputs)
{
    Week week;
    SyncHub hub;
    hub.addTeacher(u"prof"_s, u"bench-password"_s);
    const QString url = u"http://127.0.0.1:%1"_s.arg(hub.port());
    Device teacher;
    if (!teacher.login(url, u"prof"_s, u"bench-password"_s))
        qFatal("teacher login failed");
    const QString classId = teacher.store->createClass(u"6e B"_s)->meta.id;
    auto lea = teacher.store->addStudent(classId, u"Léa Dubois"_s);
    if (!lea)
        qFatal("%s", qPrintable(lea.error()));
    if (!teacher.syncUntilClean())
        qFatal("teacher's first sync failed");
    Device student;
    if (!student.login(url, lea->member.login, lea->pin))
        qFatal("student login failed");
    student.syncUntilClean(); // the class as it was before the week: not counted

    QTemporaryDir work;
    auto attach = [&](const QString &path, Continuite::ImageReducer::Mode mode) {
        QElapsedTimer timer;
        timer.start();
        const Continuite::MediaReducer reducer(work.filePath(u"light"_s));
        auto prepared = reducer.prepare(path, {!frugal, mode});
        if (!prepared)
            qFatal("%s", qPrintable(prepared.error()));
        week.reduceMs += timer.elapsed();
        week.picturesBefore += prepared->originalSize;
        week.picturesStored += prepared->size;
        return prepared->path;
    };

    const QStringList diagrams{u"pizza.png"_s, u"droite-graduee.png"_s, u"mur-des-fractions.png"_s};
    QStringList assignments;
    for (int i = 0; i < 3; ++i) {
        Continuite::Store::LessonInput lesson;
        lesson.classId = classId;
        lesson.title = u"Leçon %1"_s.arg(i + 1);
        lesson.beforeClass = u"Regarde la photo du tableau et le schéma."_s;
        lesson.inClass = u"Pliages et partages."_s;
        lesson.afterClass = u"Exercices 1 à 4."_s;
        const QString board = writeFile(inputs, u"tableau-%1.jpg"_s.arg(i),
                                        PhonePhoto::jpeg(PhonePhoto::notebookPage({u"Leçon %1 : les fractions"_s.arg(i + 1), u"Un demi, un tiers, un quart."_s}, 100 + i), 92));
        const QString diagram = writeFile(inputs, diagrams.at(i), resource(u":/demo/media/"_s + diagrams.at(i)));
        lesson.attachmentPaths = {attach(board, Continuite::ImageReducer::Mode::Photo), attach(diagram, Continuite::ImageReducer::Mode::Photo)};
        auto created = teacher.store->createLesson(lesson);
        if (!created || !teacher.store->publishLesson(created->meta.id))
            qFatal("lesson");
        if (i < 2) {
            Continuite::Store::AssignmentInput a;
            a.classId = classId;
            a.lessonId = created->meta.id;
            a.title = u"Devoir %1"_s.arg(i + 1);
            a.instructions = u"Réponds sur ton cahier, puis envoie une photo de la page."_s;
            a.type = Continuite::AssignmentType::File;
            auto made = teacher.store->createAssignment(a);
            if (!made || !teacher.store->publishAssignment(made->meta.id))
                qFatal("assignment");
            assignments << made->meta.id;
        }
    }
    const SyncReport published = teacher.sync();
    week.teacherUp = published.bytesUp;

    auto count = [&](const SyncReport &r) {
        week.studentDown += r.bytesDown;
        week.studentUp += r.bytesUp;
        week.studentRequests += r.requests;
    };
    count(student.sync()); // Monday: the week's lessons and assignments
    for (int i = 0; i < assignments.size(); ++i) {
        const QString page = writeFile(inputs, u"IMG_2026120%1_1830.jpg"_s.arg(i + 1), PhonePhoto::jpeg(PhonePhoto::notebookPage(PhonePhoto::PageLines, 200 + i), 92));
        Continuite::Store::SubmissionInput in;
        in.assignmentId = assignments.at(i);
        in.text = u"Voici ma page."_s;
        in.attachmentPaths = {attach(page, Continuite::ImageReducer::Mode::Document)};
        if (auto s = student.store->submit(in); !s)
            qFatal("%s", qPrintable(s.error()));
        count(student.sync()); // the hand-in goes up
    }
    return week;
}

QString mb(qint64 bytes)
{
    return QString::number(double(bytes) / 1e6, 'f', 2) + u" MB"_s;
}

} // namespace

/// A voice capsule of @p seconds recorded as the app records one (VoiceRecorder: mono Opus 16 kbit/s in Ogg), from
/// GStreamer's pink noise (a machine without a microphone; Opus holds its bitrate whatever it hears), in real time.
int recordCapsule(int seconds)
{
    Continuite::VoiceRecorder::Options options;
    options.source = u"audiotestsrc is-live=true wave=pink-noise volume=0.3"_s;
    options.maxSeconds = seconds + 10;
    Continuite::VoiceRecorder recorder(options);
    QTemporaryDir dir;
    if (auto started = recorder.start(dir.filePath(u"capsule.opus"_s)); !started)
        qFatal("%s", qPrintable(started.error()));
    for (;;) {
        QThread::msleep(200);
        auto polled = recorder.poll();
        if (!polled)
            qFatal("%s", qPrintable(polled.error()));
        if (*polled >= seconds * 1000)
            break;
    }
    auto done = recorder.stop();
    if (!done)
        qFatal("%s", qPrintable(done.error()));
    const double minutes = double(done->durationMs) / 60000;
    out << "| a voice capsule (VoiceRecorder, Opus 16 kbit/s in Ogg) | length | size | per minute |\n|---|---|---|---|\n";
    out << "| GStreamer's pink noise, recorded in real time | " << QString::number(double(done->durationMs) / 1000, 'f', 1)
        << " s | " << done->size << " B | " << QString::number(double(done->size) / 1000 / minutes, 'f', 0) << " KB |\n";
    out.flush();
    return 0;
}

/// CPU seconds used by this process so far (all its threads: GStreamer encodes in its own).
double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

/// A teacher's video of @p seconds as a phone records it (GStreamer's moving test card, 1280 × 720, 30 fps, VP8
/// at 4 Mbit/s + a tone in Vorbis), made light as the app's lesson editor does (MediaReducer, reduceVideos).
int reduceVideo(int seconds)
{
    QTemporaryDir dir;
    const QString phone = dir.filePath(u"lecon.webm"_s);
    if (!TestClip::make(phone, 1280, 720, seconds, true, "smpte"))
        qFatal("GStreamer could not make the input video");
    Continuite::MediaReducer::Options options;
    options.reduceVideos = true;
    QElapsedTimer wall;
    wall.start();
    const double cpu = cpuSeconds();
    auto light = Continuite::MediaReducer(dir.filePath(u"light"_s)).prepare(phone, options);
    if (!light)
        qFatal("%s", qPrintable(light.error()));
    const double took = double(wall.elapsed()) / 1000, used = cpuSeconds() - cpu;
    out << "| a teacher's video made light | length | as recorded | light (360p VP8 + Opus, WebM) | per minute | wall | CPU |\n"
           "|---|---|---|---|---|---|---|\n";
    out << "| GStreamer's test card, 1280 × 720, 30 fps, VP8 4 Mbit/s + Vorbis | " << seconds << " s | "
        << mb(light->originalSize) << " | " << mb(light->size) << " | " << mb(qint64(double(light->size) * 60 / seconds))
        << " | " << QString::number(took, 'f', 1) << " s | " << QString::number(used, 'f', 1) << " s |\n";
    out.flush();
    return 0;
}

/// This process's resident size now and at its peak, in KiB (/proc/self/status: VmRSS, VmHWM).
std::pair<qint64, qint64> residentKb()
{
    qint64 now = -1, peak = -1;
    QFile status(u"/proc/self/status"_s);
    if (status.open(QIODevice::ReadOnly))
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                now = line.mid(6).trimmed().split(' ').value(0).toLongLong();
            if (line.startsWith("VmHWM:"))
                peak = line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
    return {now, peak};
}

/// Plays @p path for @p seconds with the elements of the app's player page (qml/MediaPlayerPage.qml: MediaPlayer,
/// AudioOutput, VideoOutput in a window), and prints what that cost in memory.
int play(const QString &path, int seconds)
{
    QQmlApplicationEngine engine;
    QQmlComponent component(&engine);
    component.setData(R"(
        import QtQuick
        import QtQuick.Window
        import QtMultimedia
        Window {
            width: 640; height: 400; visible: true
            property alias player: player
            MediaPlayer {
                id: player
                audioOutput: AudioOutput {}
                videoOutput: output
            }
            VideoOutput { id: output; anchors.fill: parent }
        }
    )",
                      QUrl());
    std::unique_ptr<QObject> window(component.create());
    if (!window)
        qFatal("%s", qPrintable(component.errorString()));
    QObject *player = window->property("player").value<QObject *>();
    QCoreApplication::processEvents();
    const auto [before, peakBefore] = residentKb();
    player->setProperty("source", QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()));
    QMetaObject::invokeMethod(player, "play");
    QElapsedTimer wall;
    wall.start();
    qint64 maxPosition = 0;
    while (wall.elapsed() < seconds * 1000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        maxPosition = std::max(maxPosition, player->property("position").toLongLong());
        QThread::msleep(10);
    }
    const QString error = player->property("errorString").toString();
    const auto [after, peak] = residentKb();
    out << "| played | file | for | position reached | RSS before | RSS after | peak RSS (VmHWM) | error |\n|---|---|---|---|---|---|---|---|\n";
    out << "| " << QFileInfo(path).fileName() << " | " << mb(QFileInfo(path).size()) << " | " << seconds << " s | "
        << QString::number(double(maxPosition) / 1000, 'f', 1) << " s | " << before / 1024 << " MB | " << after / 1024
        << " MB | " << peak / 1024 << " MB | " << (error.isEmpty() ? u"—"_s : error) << " |\n";
    out.flush();
    Q_UNUSED(peakBefore)
    return error.isEmpty() && maxPosition > 0 ? 0 : 1;
}

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // fonts, for the photographed pages
    if (const qsizetype at = app.arguments().indexOf(u"--capsule"_s); at >= 0)
        return recordCapsule(std::max(1, app.arguments().value(at + 1, u"60"_s).toInt()));
    if (const qsizetype at = app.arguments().indexOf(u"--make-video"_s); at >= 0)
        return TestClip::make(app.arguments().value(at + 2), 1280, 720, std::max(1, app.arguments().value(at + 1).toInt()), true, "smpte") ? 0 : 1;
    if (const qsizetype at = app.arguments().indexOf(u"--play"_s); at >= 0)
        return play(app.arguments().value(at + 1), std::max(1, app.arguments().value(at + 2, u"30"_s).toInt()));
    if (const qsizetype at = app.arguments().indexOf(u"--video"_s); at >= 0)
        return reduceVideo(std::max(1, app.arguments().value(at + 1, u"300"_s).toInt()));
    QTemporaryDir inputs;
    const Week before = runWeek(false, inputs.path());
    const Week after = runWeek(true, inputs.path());
    out << "| a student's week (3 lessons with images, 2 hand-ins with a photo) | as picked | made light |\n|---|---|---|\n";
    out << "| pictures on the devices → attached | " << mb(before.picturesBefore) << " | " << mb(after.picturesStored) << " |\n";
    out << "| student: bytes down | " << mb(before.studentDown) << " | " << mb(after.studentDown) << " |\n";
    out << "| student: bytes up | " << mb(before.studentUp) << " | " << mb(after.studentUp) << " |\n";
    out << "| **student: on the wire, in all** | **" << mb(before.studentDown + before.studentUp) << "** | **"
        << mb(after.studentDown + after.studentUp) << "** |\n";
    out << "| student: requests | " << before.studentRequests << " | " << after.studentRequests << " |\n";
    out << "| teacher: bytes up to publish the week | " << mb(before.teacherUp) << " | " << mb(after.teacherUp) << " |\n";
    out << "| time to make the 8 light copies (loaded machine) | — | " << after.reduceMs << " ms |\n";
    out.flush();
    return 0;
}
