// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// Classroom LAN benchmark (issue 6): the teacher's laptop serves a year of a class (bench/common's workload,
// seed 2020, with the media of bench/bundle) with the in-process ClassroomHub on loopback; N student devices
// (1, 10, 30), each on its own thread with its own store and the real client engine (libcurl), sign in with
// their card at once, then make their first sync at once; then the 30 of them hand in a piece of work (1 KB
// of text and their own 150 KB photo) at once, and the teacher collects it. One JSON object per figure.
//
//   bench_lan [--students 1,10,30]
//
// Everything runs in this one process (the hub's HTTP threads, the students' threads): CPU seconds are the
// process's, hub and devices together. Bytes are those the client engine counted on the wire, headers included.

#include "bench/common/workload.h"
#include "content/secrets.h"
#include "sync/classroom/classroomhub.h"
#include "sync/client/syncengine.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <thread>

using namespace Continuite;
using namespace Qt::StringLiterals;

namespace {

const QString StudentPin = u"4821"_s;

void print(QJsonObject o)
{
    QTextStream(stdout) << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
}

int fail(const QString &message)
{
    QTextStream(stderr) << message << '\n';
    return 1;
}

double loadAverage()
{
    QFile f(u"/proc/loadavg"_s);
    return f.open(QIODevice::ReadOnly) ? f.readAll().split(' ').value(0).toDouble() : -1;
}

SyncEngine::Options options()
{
    SyncEngine::Options o;
    o.media = true; // the classroom is an unmetered LAN: lessons' files come too
    return o;
}

/// What one student device did, written by its own thread.
struct DeviceRun
{
    QString login;
    QString dir;
    QString error;
    qint64 signInMs = 0;   ///< from the common start to signed in (the sign-in phase)
    qint64 doneMs = 0;     ///< from the common start to the end of its sync
    qint64 bytesUp = 0;
    qint64 bytesDown = 0;
    int requests = 0;
    int lessons = 0;
    int mediaFetched = 0;
};

/// A family laptop's first contact in the classroom: sign in with the card (the hub checks the PIN's
/// argon2id hash; the device hashes it again for its local profile).
void signIn(DeviceRun &run, const QString &url, const QElapsedTimer &clock)
{
    auto opened = Store::open(run.dir);
    if (!opened) {
        run.error = opened.error();
        return;
    }
    SyncEngine engine(**opened, options());
    auto profile = engine.login(url, run.login, StudentPin);
    run.signInMs = clock.elapsed();
    if (!profile)
        run.error = profile.error();
}

/// Its first sync: the class, the roster, a year of lessons and assignments, their files.
void firstSync(DeviceRun &run, const QElapsedTimer &clock)
{
    auto opened = Store::open(run.dir);
    if (!opened) {
        run.error = opened.error();
        return;
    }
    Store &store = **opened;
    const auto profile = store.profile(run.login);
    if (!profile) {
        run.error = u"not signed in"_s;
        return;
    }
    store.setCurrent(*profile);
    SyncEngine engine(store, options());
    auto report = engine.sync(*profile);
    run.doneMs = clock.elapsed();
    if (!report || !report->errors.isEmpty() || !report->recordsComplete) {
        run.error = report ? report->errors.join(u"; "_s) + u" (incomplete)"_s : report.error();
        return;
    }
    run.bytesUp = report->bytesUp;
    run.bytesDown = report->bytesDown;
    run.requests = report->requests;
    run.mediaFetched = report->mediaFetched;
    run.lessons = int(store.lessons().size());
}

/// The same laptop hands in a piece of work with a photo of the exercise book, and syncs.
void handIn(DeviceRun &run, const QString &assignmentId, QByteArray photo, const QElapsedTimer &clock)
{
    // Each student's own photo: the same bytes would be stored and sent once (content-addressed).
    QRandomGenerator(quint32(qHash(run.login))).fillRange(reinterpret_cast<quint32 *>(photo.data()), photo.size() / 4);
    auto opened = Store::open(run.dir);
    if (!opened) {
        run.error = opened.error();
        return;
    }
    Store &store = **opened;
    const auto profile = store.profile(run.login);
    if (!profile) {
        run.error = u"no profile"_s;
        return;
    }
    store.setCurrent(*profile);
    const QString photoPath = QDir(run.dir).filePath(u"cahier.jpg"_s);
    QFile f(photoPath);
    if (!f.open(QIODevice::WriteOnly) || f.write(photo) != photo.size()) {
        run.error = u"cannot write the photo"_s;
        return;
    }
    f.close();
    auto submitted = store.submit({assignmentId, Bench::frenchMarkdown(run.login.size() * 7919u, 1024), {}, {photoPath}});
    if (!submitted) {
        run.error = submitted.error();
        return;
    }
    SyncEngine engine(store, options());
    auto report = engine.sync(*profile);
    run.doneMs = clock.elapsed();
    if (!report || !report->errors.isEmpty() || !report->recordsComplete || report->mediaPending > 0) {
        run.error = report ? report->errors.join(u"; "_s) + u" (incomplete)"_s : report.error();
        return;
    }
    run.bytesUp = report->bytesUp;
    run.bytesDown = report->bytesDown;
    run.requests = report->requests;
}

/// Runs @p body for every device at once, one thread each; returns the wall time until the last is done.
template<typename Body>
qint64 atOnce(QList<DeviceRun> &runs, Body body)
{
    QElapsedTimer clock;
    clock.start();
    std::vector<std::thread> threads;
    threads.reserve(size_t(runs.size()));
    for (DeviceRun &run : runs)
        threads.emplace_back([&run, &body, &clock] { body(run, clock); });
    for (std::thread &t : threads)
        t.join();
    return clock.elapsed();
}

QJsonObject totals(const QList<DeviceRun> &runs)
{
    qint64 up = 0, down = 0;
    int requests = 0, errors = 0;
    QString firstError;
    for (const DeviceRun &r : runs) {
        up += r.bytesUp;
        down += r.bytesDown;
        requests += r.requests;
        if (!r.error.isEmpty()) {
            ++errors;
            if (firstError.isEmpty())
                firstError = r.login + u": "_s + r.error;
        }
    }
    QJsonObject o{{u"bytes_up"_s, double(up)}, {u"bytes_down"_s, double(down)}, {u"requests"_s, requests},
                  {u"bytes_down_per_student"_s, double(down) / std::max<qsizetype>(1, runs.size())}, {u"errors"_s, errors}};
    if (!firstError.isEmpty())
        o.insert(u"first_error"_s, firstError.left(300));
    return o;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QList<int> rounds{1, 10, 30};
    if (const qsizetype at = app.arguments().indexOf(u"--students"_s); at > 0 && at + 1 < app.arguments().size()) {
        rounds.clear();
        for (const QString &n : app.arguments().at(at + 1).split(u','))
            rounds << std::clamp(n.toInt(), 1, 30);
    }
    QTemporaryDir scratch;
    const double loadBefore = loadAverage();

    // ---- The teacher's laptop: a year of the class, with the media of bench/bundle ------------------------
    auto opened = Store::open(scratch.filePath(u"teacher"_s));
    if (!opened)
        return fail(opened.error());
    Store &teacher = *opened.value();
    Bench::WorkloadSpec spec;
    spec.studentPinHash = Secrets::hash(StudentPin); // students sign in to the classroom with their card
    auto workload = Bench::generateWorkload(teacher, spec);
    if (!workload)
        return fail(workload.error());
    // A few media, as a year has: the demo's pictures and worksheet, and six 512 KB scans.
    if (const Status attached = Bench::attachYearMedia(teacher, workload->classId, scratch.path()); !attached)
        return fail(attached.error());
    const QString assignmentId = teacher.assignments(workload->classId).first().meta.id;

    // ---- The classroom opens: the hub engine in-process, on loopback -------------------------------------
    ClassroomHub room(teacher);
    ClassroomHub::Options roomOptions;
    roomOptions.host = u"127.0.0.1"_s;
    roomOptions.port = 0;
    QElapsedTimer clock;
    clock.start();
    double cpu = Bench::cpuSeconds();
    auto served = room.start(workload->classId, roomOptions);
    if (!served)
        return fail(served.error());
    print({{u"step"_s, u"open the classroom"_s}, {u"changes_served"_s, *served}, {u"seconds"_s, clock.elapsed() / 1000.0},
           {u"cpu_seconds"_s, Bench::cpuSeconds() - cpu}});
    const QString url = room.url(u"127.0.0.1"_s);

    // ---- N devices, first sync at once --------------------------------------------------------------------
    QList<DeviceRun> last;
    for (int n : std::as_const(rounds)) {
        QList<DeviceRun> runs;
        for (int i = 0; i < n; ++i)
        {
            DeviceRun run;
            run.login = workload->studentLogins.at(i);
            run.dir = scratch.filePath(u"round%1/%2"_s.arg(n).arg(i));
            runs.append(run);
        }
        cpu = Bench::cpuSeconds();
        const qint64 signInMs = atOnce(runs, [&](DeviceRun &run, const QElapsedTimer &c) { signIn(run, url, c); });
        const QJsonObject signedIn = totals(runs);
        print({{u"step"_s, u"sign in at once"_s}, {u"students"_s, n}, {u"seconds"_s, signInMs / 1000.0},
               {u"cpu_seconds"_s, Bench::cpuSeconds() - cpu}, {u"errors"_s, signedIn.value(u"errors"_s)},
               {u"first_error"_s, signedIn.value(u"first_error"_s)}});
        cpu = Bench::cpuSeconds();
        const qint64 ms = atOnce(runs, [&](DeviceRun &run, const QElapsedTimer &c) { firstSync(run, c); });
        QJsonObject o{{u"step"_s, u"first sync at once"_s}, {u"students"_s, n}, {u"seconds"_s, ms / 1000.0},
                      {u"cpu_seconds"_s, Bench::cpuSeconds() - cpu}, {u"lessons_each"_s, runs.first().lessons},
                      {u"files_each"_s, runs.first().mediaFetched}};
        const QJsonObject sums = totals(runs);
        for (auto it = sums.constBegin(); it != sums.constEnd(); ++it)
            o.insert(it.key(), it.value());
        print(o);
        last = runs;
    }

    // ---- Everybody hands in at once, then the teacher collects --------------------------------------------
    QByteArray photo(150 * 1024, Qt::Uninitialized); // a photo: incompressible
    QRandomGenerator random(2021);
    random.fillRange(reinterpret_cast<quint32 *>(photo.data()), photo.size() / 4);
    for (DeviceRun &run : last) {
        DeviceRun fresh;
        fresh.login = run.login;
        fresh.dir = run.dir;
        run = fresh;
    }
    cpu = Bench::cpuSeconds();
    const qint64 ms = atOnce(last, [&](DeviceRun &run, const QElapsedTimer &c) { handIn(run, assignmentId, photo, c); });
    QJsonObject o{{u"step"_s, u"everybody hands in at once"_s}, {u"students"_s, int(last.size())}, {u"seconds"_s, ms / 1000.0},
                  {u"cpu_seconds"_s, Bench::cpuSeconds() - cpu}, {u"work_each"_s, u"1 KB text + 150 KB photo"_s}};
    const QJsonObject sums = totals(last);
    for (auto it = sums.constBegin(); it != sums.constEnd(); ++it)
        o.insert(it.key(), it.value());
    print(o);

    clock.restart();
    cpu = Bench::cpuSeconds();
    auto collected = room.collect();
    if (!collected)
        return fail(collected.error());
    print({{u"step"_s, u"teacher collects"_s}, {u"changes"_s, collected->changes}, {u"submissions"_s, collected->submissions},
           {u"files"_s, collected->media}, {u"file_bytes"_s, double(collected->mediaBytes)}, {u"seconds"_s, clock.elapsed() / 1000.0},
           {u"cpu_seconds"_s, Bench::cpuSeconds() - cpu}});
    room.stop();
    print({{u"step"_s, u"machine"_s}, {u"load_average_before"_s, loadBefore}, {u"load_average_after"_s, loadAverage()},
           {u"peak_rss_mib"_s, Bench::peakRssKiB() / 1024.0}});
    return 0;
}
