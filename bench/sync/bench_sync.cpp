// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// Sync benchmark on the GOALS.md class workload (150 lessons ≈10 KB, 60 assignments ≈1.5 KB,
// 30 students × 60 submissions ≈1 KB: bench/common's Bench::generateWorkload, seed 2020), the real hub on
// loopback, the real client engine, and the fault-injecting proxy as the link (20 KB/s, 300 ms RTT
// where a figure asks for the 2G link). Bytes are those the proxy forwarded: what crossed the wire,
// headers included. Prints a Markdown table.
//
//   bench-sync [--quick] [--page-wire-target BYTES]
//   (--quick skips the 2G first sync, which takes about a minute; --page-wire-target 0 asks for whole
//   416 KiB pages, as the engine did before it sized pages on the wire)

#include "bench/common/workload.h"
#include "content/secrets.h"
#include "sync/client/hubrequests.h"
#include "sync/hub/hubcrypto.h"
#include "sync/hub/hubwire.h"
#include "synctestkit.h"
#include "tests/storeinternals.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <ctime>

using namespace SyncTest;

namespace {

const QString StudentPin = u"4821"_s;
const QString TeacherPassword = u"bench-password"_s; // the password Bench::generateWorkload gives its teacher
constexpr quint32 Seed = 2020;                        // GOALS.md's class workload, as every benchmark uses it

QTextStream out(stdout);

/// French Markdown for the day's new material, from seeds the workload does not use.
QString frenchMarkdown(quint32 &seed, int bytes)
{
    return Bench::frenchMarkdown(Seed * 1000000 + seed++, bytes);
}

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

struct Figure
{
    QString what;
    int requests = 0;
    qint64 up = 0;
    qint64 down = 0;
    qint64 ms = 0;
    QString note;
};
QList<Figure> g_figures;

void record(const QString &what, FaultProxy &proxy, const SyncReport &r, qint64 ms, const QString &note = {})
{
    g_figures.append({what, r.requests, proxy.bytesUp(), proxy.bytesDown(), ms, note});
    out << "  " << what << ": " << r.requests << " requests, " << proxy.bytesUp() << " B up, " << proxy.bytesDown()
        << " B down, " << ms << " ms " << note << (r.errors.isEmpty() ? QString() : u" errors: "_s + r.errors.join(u"; "_s))
        << Qt::endl;
}

void link2G(FaultProxy &proxy)
{
    proxy.clearFaults();
    proxy.setRate(20 * 1000);
    proxy.setLatency(std::chrono::milliseconds(150));
}

SyncReport timedSync(SyncEngine &engine, const Profile &p, qint64 *ms)
{
    QElapsedTimer t;
    t.start();
    auto r = engine.sync(p);
    *ms = t.elapsed();
    if (!r)
        qFatal("sync did not start: %s", qPrintable(r.error()));
    return *r;
}

qint64 g_pageWireTarget = SyncEngine::Options{}.pageWireTarget;

SyncEngine::Options benchOptions(bool media = true)
{
    SyncEngine::Options o;
    o.pageWireTarget = g_pageWireTarget;
    o.media = media;
    o.transport.stallSeconds = 20;
    o.transport.backoffBaseMs = 100;
    return o;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(u"--quick"_s);
    if (const qsizetype at = app.arguments().indexOf(u"--page-wire-target"_s); at > 0 && at + 1 < app.arguments().size())
        g_pageWireTarget = app.arguments().at(at + 1).toLongLong();
    out << "Engine: page budget " << SyncEngine::Options{}.pageBudget << " bytes of JSON, sized for " << g_pageWireTarget
        << " bytes on the wire" << Qt::endl;
    QTemporaryDir files;
    quint32 daySeed = 1; // the day's new material: text no other figure uses

    SyncHub hub;
    const QString direct = u"http://127.0.0.1:%1"_s.arg(hub.port());
    FaultProxy proxy;
    if (!proxy.start(u"127.0.0.1"_s, quint16(hub.port())))
        qFatal("proxy");
    const QString viaProxy = u"http://127.0.0.1:%1"_s.arg(proxy.port());

    // ---- The class workload (bench/common, seed 2020), written on the teacher's desktop -----------------
    out << "Generating the class workload (seed " << Seed << ")..." << Qt::endl;
    Device desk({}, benchOptions());
    const QString pinHash = Secrets::hash(StudentPin);
    Bench::WorkloadSpec spec;
    spec.seed = Seed;
    spec.studentPinHash = pinHash; // so each student can sign in and hand in their own work
    const auto workload = Bench::generateWorkload(*desk.store, spec);
    if (!workload)
        qFatal("workload: %s", qPrintable(workload.error()));
    const Profile teacher = *desk.store->current();
    // The teacher's hub account, as `continuite-hub admin add-teacher` makes it, with the person id the
    // workload's store already uses (the store was filled before any sign-in).
    hub.server().engine().storage().write([&](Hub::HubTransaction &tx) {
        tx.putAccount(Hub::Account{teacher.id, workload->teacherLogin, teacher.displayName, u"teacher"_s,
                                   Hub::Crypto::hashSecret(TeacherPassword.toUtf8(), Hub::Crypto::Cost::Minimal)});
    });
    const QString teacherLogin = workload->teacherLogin;
    if (!desk.login(direct, teacherLogin, TeacherPassword) || !desk.syncUntilClean())
        qFatal("the teacher's desktop could not send the class");
    const QString classId = workload->classId;
    const QStringList studentLogins = workload->studentLogins;
    const QString firstAssignment =
        Continuite::StoreInternals::database(*desk.store).scalar(u"SELECT id FROM assignments WHERE class_id = ? AND title = 'Devoir 1'"_s, {classId}).toString();
    // Students hand in their work from their own sign-ins (the hub accepts a student's work only from them,
    // or relayed with their registered device's signature): each student's outbox, as the store signed it.
    HttpTransport studentLink(direct);
    for (const QString &login : studentLogins) {
        LoginRequest signIn;
        signIn.login = login;
        signIn.password = StudentPin;
        signIn.deviceId = desk.store->deviceId();
        signIn.deviceName = u"bench"_s;
        if (!signIn.run(studentLink))
            qFatal("student login: %s", qPrintable(signIn.failure.message));
        studentLink.setToken(signIn.answer.token);
        SyncRoundTrip trip;
        for (const OutboxEntry &e : desk.store->changes().outbox(signIn.answer.personId))
            trip.changes.append(e.change.toJson());
        if (!trip.run(studentLink) || trip.verdicts.size() != spec.submissionsPerStudent)
            qFatal("student push: %s", qPrintable(trip.failure.message));
        for (const SyncRoundTrip::Verdict &v : std::as_const(trip.verdicts))
            if (v.status != u"applied"_s)
                qFatal("student push: %s", qPrintable(v.reason));
    }
    out << "  " << workload->records() << " records, " << workload->textBytes << " bytes of text" << Qt::endl;

    // ---- The hub's compression of the first sync's pages, level by level --------------------------------
    out << "zstd levels on the first sync's pages (hub CPU, this thread)" << Qt::endl;
    {
        // A new device of the teacher: everything in the log is for it (a device is not sent what it pushed).
        LoginRequest signIn;
        signIn.login = teacherLogin;
        signIn.password = TeacherPassword;
        signIn.deviceId = newUuid();
        if (!signIn.run(studentLink))
            qFatal("teacher login: %s", qPrintable(signIn.failure.message));
        Hub::HubEngine &engine = hub.server().engine();
        const Hub::Session session = engine.authenticate(signIn.answer.token);
        QList<QByteArray> pages;
        QString cursor;
        const qint64 budget = SyncEngine::Options{}.pageBudget;
        for (bool more = true; more;) {
            const QByteArray page = engine.sync(session, QJsonObject{{u"cursor"_s, cursor}, {u"budget"_s, double(budget)}});
            const QJsonObject o = QJsonDocument::fromJson(page).object();
            cursor = o.value(u"cursor"_s).toString();
            more = o.value(u"more"_s).toBool();
            pages << page;
        }
        qint64 plain = 0;
        for (const QByteArray &p : std::as_const(pages))
            plain += p.size();
        out << "  " << pages.size() << " pages, " << plain << " bytes of JSON (page budget " << budget << ")" << Qt::endl;
        for (int level : {3, 6, 9, 12, 15, 19}) {
            qint64 packed = 0;
            const double before = threadCpuMs();
            for (const QByteArray &p : std::as_const(pages))
                packed += Hub::Wire::deflateZstd(p, level).size();
            const double ms = threadCpuMs() - before;
            out << "  level " << level << ": " << packed << " bytes, " << QString::number(ms, 'f', 1) << " ms CPU ("
                << QString::number(ms / double(pages.size()), 'f', 1) << " ms a page)" << Qt::endl;
        }
        out << "  the hub's choice: level " << Hub::Wire::zstdLevelFor(budget) << " for pages of " << budget
            << " bytes, " << Hub::Wire::zstdLevelFor(4096) << " below 64 KiB" << Qt::endl;
    }

    // ---- First sync of the class workload: a teacher's new laptop ------------------------------------
    out << "First sync of the class workload" << Qt::endl;
    {
        Device laptop({}, benchOptions());
        if (!laptop.login(viaProxy, teacherLogin, TeacherPassword))
            qFatal("login");
        proxy.clearFaults();
        proxy.resetCounters();
        qint64 ms = 0;
        const SyncReport r = timedSync(*laptop.engine, laptop.profile, &ms);
        const double rate = r.applyMilliseconds > 0 ? 1000.0 * r.recordsApplied / double(r.applyMilliseconds) : 0;
        record(u"first sync, no link cap"_s, proxy, r, ms,
               u"%1 records applied at %2 records/s"_s.arg(r.recordsApplied).arg(qRound64(rate)));
    }
    if (!quick) {
        Device laptop({}, benchOptions());
        if (!laptop.login(viaProxy, teacherLogin, TeacherPassword))
            qFatal("login");
        link2G(proxy);
        proxy.resetCounters();
        qint64 ms = 0;
        const SyncReport r = timedSync(*laptop.engine, laptop.profile, &ms);
        record(u"first sync, 2G link"_s, proxy, r, ms);
        proxy.clearFaults();
    }

    // ---- A student's device: empty sync and daily delta on the 2G link --------------------------------
    out << "Student device on a 2G link" << Qt::endl;
    Device phone({}, benchOptions());
    if (!phone.login(viaProxy, studentLogins.at(0), StudentPin))
        qFatal("student login");
    proxy.clearFaults();
    if (!phone.syncUntilClean())
        qFatal("student first sync");
    {
        link2G(proxy);
        proxy.resetCounters();
        qint64 ms = 0;
        const SyncReport r = timedSync(*phone.engine, phone.profile, &ms);
        record(u"empty sync, 2G link"_s, proxy, r, ms);
    }
    {
        // The teacher publishes the day's lesson (10 KB + a 200 KB image) and an assignment.
        proxy.clearFaults();
        const QString image = writeFile(files.path(), u"schema.png"_s, pseudoRandomBytes(200 * 1024, 20260901));
        Store::LessonInput in;
        in.classId = classId;
        in.title = u"Séance du jour"_s;
        in.beforeClass = frenchMarkdown(daySeed, 10 * 1024);
        in.attachmentPaths = {image};
        const auto l = desk.store->createLesson(in);
        (void)desk.store->publishLesson(l->meta.id);
        Store::AssignmentInput ai;
        ai.classId = classId;
        ai.title = u"Devoir du jour"_s;
        ai.instructions = frenchMarkdown(daySeed, 1536);
        const auto a = desk.store->createAssignment(ai);
        (void)desk.store->publishAssignment(a->meta.id);
        desk.sync();
        // The student hands in yesterday's work, then syncs: records first (GOALS' daily delta), then the image.
        (void)phone.store->submit({firstAssignment, frenchMarkdown(daySeed, 1024), {}, {}});
        link2G(proxy);
        proxy.resetCounters();
        SyncEngine recordsOnly(*phone.store, benchOptions(false));
        qint64 ms = 0;
        SyncReport r = timedSync(recordsOnly, phone.profile, &ms);
        record(u"daily delta, records (1 lesson + 1 assignment down, 1 submission up), 2G"_s, proxy, r, ms);
        proxy.resetCounters();
        r = timedSync(*phone.engine, phone.profile, &ms);
        record(u"daily delta, the 200 KB image after the records, 2G"_s, proxy, r, ms);
    }
    proxy.clearFaults();

    // ---- Bytes sent again after a cut in the middle of a 5 MB download ---------------------------------
    out << "Cut in the middle of a 5 MB download" << Qt::endl;
    {
        const QString video = writeFile(files.path(), u"video.mp4"_s, pseudoRandomBytes(5 * 1024 * 1024, 20260902));
        Store::LessonInput in;
        in.classId = classId;
        in.title = u"Vidéo"_s;
        in.attachmentPaths = {video};
        (void)desk.store->publishLesson(desk.store->createLesson(in)->meta.id);
        desk.sync();
        qint64 baseline = 0;
        for (bool cut : {false, true}) {
            Device d({}, benchOptions());
            d.login(viaProxy, studentLogins.at(1), StudentPin);
            SyncEngine recordsOnly(*d.store, benchOptions(false));
            (void)recordsOnly.sync(d.profile);
            proxy.resetCounters();
            if (cut)
                proxy.setCutAfter(FaultProxy::Direction::Down, 5 * 1024 * 1024 / 2, FaultProxy::FaultScope::Once);
            qint64 ms = 0;
            const SyncReport r = timedSync(*d.engine, d.profile, &ms);
            proxy.clearFaults();
            if (!cut) {
                baseline = proxy.bytesDown();
                record(u"5 MB download, no cut"_s, proxy, r, ms);
            } else {
                record(u"5 MB download, cut at 2.5 MB then resumed"_s, proxy, r, ms,
                       u"%1 bytes down more than without the cut"_s.arg(proxy.bytesDown() - baseline));
            }
        }
    }

    // ---- Bytes sent again after a cut in the middle of a 500-change pull --------------------------------
    out << "Cut in the middle of a 500-change pull" << Qt::endl;
    {
        const QString other = desk.store->createClass(u"5e A"_s)->meta.id;
        const auto student = *desk.store->addMember(other, newUuid(), Role::Student, u"Élève 5e"_s, u"eleve5e01"_s, pinHash);
        for (int i = 0; i < 498; ++i) {
            Store::AssignmentInput in;
            in.classId = other;
            in.title = u"Exercice %1"_s.arg(i + 1);
            in.instructions = frenchMarkdown(daySeed, 1024);
            (void)desk.store->publishAssignment(desk.store->createAssignment(in)->meta.id);
        }
        desk.sync();
        qint64 baseline = 0;
        for (double at : {0.0, 0.2, 0.35, 0.5, 0.65, 0.8}) {
            Device d({}, benchOptions());
            d.login(viaProxy, student.login, StudentPin);
            proxy.resetCounters();
            if (at > 0)
                proxy.setCutAfter(FaultProxy::Direction::Down, qint64(double(baseline) * at), FaultProxy::FaultScope::Once);
            qint64 ms = 0;
            const SyncReport r = timedSync(*d.engine, d.profile, &ms);
            proxy.clearFaults();
            if (at == 0) {
                baseline = proxy.bytesDown();
                record(u"500-change pull, no cut"_s, proxy, r, ms, u"%1 changes received"_s.arg(r.changesReceived));
            } else {
                record(u"500-change pull, cut at %1 % of it, then resumed"_s.arg(qRound(at * 100)), proxy, r, ms,
                       u"%1 bytes down more than without the cut"_s.arg(proxy.bytesDown() - baseline));
            }
        }
    }

    out << "\n| what | requests | bytes up | bytes down | total | time (ms) | note |\n|---|---|---|---|---|---|---|\n";
    for (const Figure &f : std::as_const(g_figures))
        out << "| " << f.what << " | " << f.requests << " | " << f.up << " | " << f.down << " | " << f.up + f.down << " | "
            << f.ms << " | " << f.note << " |\n";
    out.flush();
    return 0;
}
