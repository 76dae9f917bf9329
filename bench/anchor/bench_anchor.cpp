// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// Side by side with CouchDB's replication protocol (issue 16, bench/README.md "Side by side with CouchDB's
// protocol"): the anchor's own texts (`node bench.js --dump-docs FILE`, bench/anchor/pouchdb) loaded into the real
// hub (`continuite-hub serve`, a separate process on loopback, SQLite) through the project's own API — the teacher's
// store writes the lessons and assignments, each student's work is written by the store and handed in from her own
// sign-in — then the anchor's scenarios measured with the real client engine, through the fault proxy
// (tests/proxy) as the link. Bytes are what the proxy forwarded (headers included); requests are counted twice,
// independently: by the engine and by the hub's own /metrics (read straight, not through the proxy).
//
//   bench-anchor --docs DOCS.json [--anchor CLASS.json] [--anchor-student STUDENT.json] [--json OUT]
//                [--reps 3] [--cuts 0.2,0.35,0.5,0.65,0.8] [--settle 11] [--hub EXE] [--hub-log FILE] [--check]
//                [--no-columns] [--keep-data DIR]
//
// --anchor / --anchor-student: bench.js's --json outputs of the same run (its class and --student modes); their
// figures go beside ours in the table. --reps: how many fresh devices make each first sync (the median is the figure,
// as bench.js takes the median of its reps). --cuts: where a first sync is cut (shares of its bytes down; 50 % is the
// anchor's and the table's). --settle: seconds between the students' last contact and the teacher's scenarios
// (see there). --hub-log: keep the hub's log (one line per request, with its bytes). --check: exit 1
// unless every scenario synced cleanly and the counts agree (the bench-smoke test runs it on a slice of the texts).
// --no-columns: the client asks for no columns (sync/pagecolumns.h), as before them: a before/after in one build.
// --keep-data DIR: the hub's data folder (a new folder), kept after the run, to serve again and fetch its pages apart.
// --flaky UP,DOWN[,RATE] [--flaky-who teacher] [--flaky-target BYTES] [--flaky-limit SECONDS]: only a first sync on a 2G
// link that drops (see there), then the run ends.

#include "content/store.h"
#include "sync/client/hubrequests.h"
#include "sync/hub/hubcrypto.h"
#include "sync/hub/hubwire.h"
#include "synctestkit.h"
#include "tests/storeinternals.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QProcess>
#include <QTcpServer>
#include <QTextStream>
#include <QThread>

#include <curl/curl.h>

#include <atomic>
#include <cmath>
#include <thread>
#include <optional>

using namespace SyncTest;

namespace {

const QString TeacherLogin = u"prof.martin"_s;
const QString TeacherPassword = u"bench-password"_s;
const QString StudentPin = u"4821"_s;

QTextStream out(stdout);
QTextStream err(stderr);
bool g_ok = true; // --check: every scenario clean, every count consistent

void fail(const QString &what)
{
    g_ok = false;
    err << "bench-anchor: " << what << Qt::endl;
}

// ---- The hub as school IT runs it: `continuite-hub serve`, a separate process -----------------------------------
class ServeProcess
{
public:
    /// @p keepDir: the hub's data folder, kept after the run (--keep-data), else a temporary one.
    explicit ServeProcess(const QString &exe, const QString &keepDir = {})
        : m_exe(exe)
        , m_path(keepDir.isEmpty() ? m_dir.path() : keepDir)
    {
        QDir().mkpath(m_path);
    }
    ~ServeProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(10000)) {
                m_process.kill();
                m_process.waitForFinished();
            }
        }
    }
    bool addTeacher(const QString &login, const QString &name, const QString &password)
    {
        QProcess admin;
        admin.start(m_exe, {u"admin"_s, u"add-teacher"_s, u"--data"_s, m_path, u"--login"_s, login, u"--name"_s, name,
                            u"--password-stdin"_s});
        if (!admin.waitForStarted())
            return false;
        admin.write(password.toUtf8() + '\n');
        admin.closeWriteChannel();
        admin.waitForFinished(60000);
        if (admin.exitStatus() != QProcess::NormalExit || admin.exitCode() != 0) {
            err << "add-teacher: " << admin.readAllStandardError() << Qt::endl;
            return false;
        }
        return true;
    }
    bool start(const QString &logFile = {})
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        m_port = probe.serverPort();
        probe.close();
        // One log line per request: measured, not shown, unless kept for reading (--hub-log FILE).
        m_process.setStandardErrorFile(logFile.isEmpty() ? QProcess::nullDevice() : logFile);
        if (!logFile.isEmpty()) { // the run's QT_LOGGING_RULES quiets this process, not the hub's log
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"QT_LOGGING_RULES"_s, u"continuite.*.info=true"_s);
            m_process.setProcessEnvironment(env);
        }
        m_process.start(m_exe, {u"serve"_s, u"--data"_s, m_path, u"--listen"_s, u"127.0.0.1:%1"_s.arg(m_port)});
        if (!m_process.waitForStarted())
            return false;
        QByteArray said;
        while (!said.contains("listening") && m_process.waitForReadyRead(30000))
            said += m_process.readAllStandardOutput();
        return said.contains("listening");
    }
    int port() const { return m_port; }
    QString url() const { return u"http://127.0.0.1:%1"_s.arg(m_port); }

private:
    QString m_exe;
    QTemporaryDir m_dir;
    QString m_path;
    QProcess m_process;
    int m_port = 0;
};

size_t collect(char *data, size_t size, size_t n, void *user)
{
    static_cast<QByteArray *>(user)->append(data, qsizetype(size * n));
    return size * n;
}

QByteArray httpGet(const QString &url)
{
    QByteArray body;
    CURL *c = curl_easy_init();
    const QByteArray u = url.toUtf8();
    curl_easy_setopt(c, CURLOPT_URL, u.constData());
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &body);
    curl_easy_setopt(c, CURLOPT_TIMEOUT, 10L);
    curl_easy_perform(c);
    curl_easy_cleanup(c);
    return body;
}

/// Requests the hub has answered (or seen cut), every endpoint but its own /metrics, from its /metrics.
qint64 hubRequests(const QString &hubUrl)
{
    for (int attempt = 0;; ++attempt) {
        const QByteArray text = httpGet(hubUrl + u"/metrics"_s);
        qint64 n = 0;
        qint64 inFlight = 0;
        for (const QByteArray &line : text.split('\n')) {
            const qint64 value = line.mid(line.lastIndexOf(' ') + 1).toLongLong();
            if (line.startsWith("continuite_hub_requests_total{") && !line.contains("endpoint=\"other\""))
                n += value;
            else if (line.startsWith("continuite_hub_in_flight "))
                inFlight = value;
        }
        // The hub counts a request once its answer's last byte is handed over, which can be just after the client
        // has it: wait until only this /metrics request is in flight.
        if (inFlight <= 1 || attempt >= 100)
            return n;
        QThread::msleep(10);
    }
}

qint64 zstd19(const QByteArray &bytes)
{
    return Continuite::Hub::Wire::deflateZstd(bytes, 19).size();
}

// ---- The anchor's texts --------------------------------------------------------------------------------------
struct Texts
{
    QList<QJsonObject> lessons, assignments, submissions; // in the anchor's insertion order
    QJsonObject deltaLesson, deltaAssignment, deltaSubmission;
    QStringList students;       // the anchor's studentId values, in order of first appearance
    qint64 docJsonBytes = 0;    // the anchor's own total
    QByteArray bareTexts;       // every title and text, one after the other: the class's texts as one stream
    QByteArray studentBareTexts; // a student's view: every lesson and assignment, and her own submissions
};

QString textOf(const QJsonObject &doc)
{
    const QString type = doc.value(u"type"_s).toString();
    return doc.value(type == u"lesson"_s ? u"body"_s : type == u"assignment"_s ? u"instructions"_s : u"content"_s).toString();
}

std::optional<Texts> readTexts(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        err << "cannot read " << path << Qt::endl;
        return std::nullopt;
    }
    const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    Texts t;
    t.docJsonBytes = qint64(root.value(u"totalDocJsonBytes"_s).toDouble());
    const QJsonArray dataset = root.value(u"dataset"_s).toArray();
    for (const QJsonValue &v : dataset) {
        const QJsonObject doc = v.toObject();
        const QString type = doc.value(u"type"_s).toString();
        const QByteArray text = (doc.value(u"title"_s).toString() + u'\n' + textOf(doc) + u'\n').toUtf8();
        t.bareTexts += text;
        if (type == u"lesson"_s)
            t.lessons << doc;
        else if (type == u"assignment"_s)
            t.assignments << doc;
        else if (type == u"submission"_s) {
            t.submissions << doc;
            if (!t.students.contains(doc.value(u"studentId"_s).toString()))
                t.students << doc.value(u"studentId"_s).toString();
        }
    }
    for (const QJsonValue &v : dataset) { // the first student's view, in the same order
        const QJsonObject doc = v.toObject();
        if (doc.value(u"type"_s).toString() != u"submission"_s || doc.value(u"studentId"_s).toString() == t.students.value(0))
            t.studentBareTexts += (doc.value(u"title"_s).toString() + u'\n' + textOf(doc) + u'\n').toUtf8();
    }
    const QJsonObject delta = root.value(u"delta"_s).toObject();
    t.deltaLesson = delta.value(u"lesson"_s).toObject();
    t.deltaAssignment = delta.value(u"assignment"_s).toObject();
    t.deltaSubmission = delta.value(u"submission"_s).toObject();
    if (t.lessons.isEmpty() || t.assignments.isEmpty() || t.students.isEmpty() || t.deltaLesson.isEmpty()) {
        err << path << ": not a dump of bench.js --dump-docs (dataset with lessons, assignments, submissions; delta)" << Qt::endl;
        return std::nullopt;
    }
    return t;
}

// ---- Figures ---------------------------------------------------------------------------------------------------
struct Measure
{
    int requests = 0;      // the engine's count (every HTTP request, retries included)
    qint64 hubRequests = 0; // the hub's count (/metrics)
    qint64 connections = 0; // the proxy's
    qint64 up = 0, down = 0; // the proxy's
    qint64 engineUp = 0, engineDown = 0; // the engine's own count (SyncReport), beside the proxy's
    qint64 ms = 0;
    int syncs = 0;
    int received = 0;
    int applied = 0;
    qint64 applyMs = 0;
    bool complete = false;
    QStringList errors;
    qint64 total() const { return up + down; }
    QJsonObject json() const
    {
        return {{u"requests"_s, requests}, {u"hub_requests"_s, double(hubRequests)}, {u"connections"_s, double(connections)},
                {u"up"_s, double(up)}, {u"down"_s, double(down)}, {u"engine_up"_s, double(engineUp)},
                {u"engine_down"_s, double(engineDown)}, {u"total"_s, double(total())}, {u"ms"_s, double(ms)},
                {u"syncs"_s, syncs}, {u"changes_received"_s, received}, {u"records_applied"_s, applied},
                {u"apply_ms"_s, double(applyMs)}, {u"complete"_s, complete}, {u"errors"_s, QJsonArray::fromStringList(errors)}};
    }
};

bool g_pageColumns = true; // --no-columns: the client as before columns (issue 16), for a before/after in one build

SyncEngine::Options benchOptions()
{
    SyncEngine::Options o; // the app's page sizes and push sizes
    o.media = false;       // the anchor's texts have no files
    o.pageColumns = g_pageColumns;
    o.transport.stallSeconds = 20;
    o.transport.backoffBaseMs = 100;
    return o;
}

/// One sync as a person's tap makes it (the engine pages and retries by itself); again only if it stopped short.
Measure measuredSync(Device &device, FaultProxy &proxy, const QString &hubUrl, const QString &what)
{
    Measure m;
    proxy.resetCounters();
    const qint64 hubBefore = hubRequests(hubUrl);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 4 && !m.complete; ++i) {
        const SyncReport r = device.sync();
        ++m.syncs;
        m.requests += r.requests;
        m.engineUp += r.bytesUp;
        m.engineDown += r.bytesDown;
        m.received += r.changesReceived;
        m.applied += r.recordsApplied;
        m.applyMs += r.applyMilliseconds;
        m.errors += r.errors;
        m.complete = r.recordsComplete && r.errors.isEmpty();
    }
    m.ms = timer.elapsed();
    m.hubRequests = hubRequests(hubUrl) - hubBefore;
    m.up = proxy.bytesUp();
    m.down = proxy.bytesDown();
    m.connections = proxy.connectionsAccepted();
    out << "  " << what << ": " << m.requests << " requests (hub: " << m.hubRequests << ", " << m.connections << " connections), "
        << m.up << " B up, " << m.down << " B down (engine: " << m.engineUp << ", " << m.engineDown << "), " << m.ms << " ms, " << m.received << " changes received in " << m.syncs
        << (m.syncs == 1 ? " sync" : " syncs") << (m.errors.isEmpty() ? QString() : u"; errors: "_s + m.errors.join(u"; "_s))
        << Qt::endl;
    return m;
}

QString n(double v);

/// The clean first syncs of several fresh devices: the median by bytes is the figure, with the range beside it.
/// (Two fresh devices of the same person do not move the same bytes: each page's budget follows the previous page's
/// compression ratio, so page boundaries, and what zstd makes of each page, shift by a few KB.)
struct Reps
{
    Measure median;
    qint64 minTotal = 0, maxTotal = 0;
    QJsonArray all;
    QString range() const { return minTotal == maxTotal ? QString() : u" (%1–%2)"_s.arg(n(double(minTotal)), n(double(maxTotal))); }
};

Reps reps(QList<Measure> runs)
{
    Reps r;
    for (const Measure &m : std::as_const(runs))
        r.all.append(m.json());
    std::sort(runs.begin(), runs.end(), [](const Measure &a, const Measure &b) { return a.total() < b.total(); });
    r.median = runs.at(runs.size() / 2);
    r.minTotal = runs.first().total();
    r.maxTotal = runs.last().total();
    return r;
}

// ---- The anchor's figures (bench.js --json) -------------------------------------------------------------------
struct AnchorRow
{
    bool present = false;
    double requests = 0, up = 0, down = 0, wire = 0, gzip = 0;
};

AnchorRow anchorRow(const QJsonObject &medians, const QString &key)
{
    const QJsonObject m = medians.value(key).toObject();
    if (m.isEmpty())
        return {};
    return {true, m.value(u"requests"_s).toDouble(), m.value(u"up"_s).toDouble(), m.value(u"down"_s).toDouble(),
            m.value(u"wire"_s).toDouble(), m.value(u"gzipEst"_s).toDouble()};
}

QJsonObject readJson(const QString &path)
{
    if (path.isEmpty())
        return {};
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        err << "cannot read " << path << Qt::endl;
        return {};
    }
    return QJsonDocument::fromJson(f.readAll()).object();
}

QString n(double v)
{
    return QLocale(QLocale::English).toString(qint64(std::llround(v)));
}

/// A difference, with its sign: "+1,234" or "-567".
QString signedN(double v)
{
    return (v >= 0 ? u"+"_s : QString()) + n(v);
}

QString ratio(double a, double b)
{
    return a > 0 && b > 0 ? QString::number(a / b, 'f', 2) + u" ×"_s : u"—"_s;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const QString &name, const QString &fallback = {}) {
        const qsizetype at = args.indexOf(name);
        return at > 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
    };
    const QString docsPath = option(u"--docs"_s);
    const bool check = args.contains(u"--check"_s);
    g_pageColumns = !args.contains(u"--no-columns"_s);
    if (docsPath.isEmpty()) {
        err << "usage: bench-anchor --docs DOCS.json [--anchor CLASS.json] [--anchor-student STUDENT.json] [--json OUT] "
               "[--reps 3] [--cuts 0.2,0.35,0.5,0.65,0.8] [--settle 11] [--hub EXE] [--hub-log FILE] [--keep-data DIR] [--check] [--no-columns] [--flaky UP,DOWN[,RATE] [--flaky-who teacher] [--flaky-target BYTES] [--flaky-limit S]]"
            << Qt::endl;
        return 2;
    }
    const auto texts = readTexts(docsPath);
    if (!texts)
        return 2;
    curl_global_init(CURL_GLOBAL_DEFAULT);
    out << "The anchor's texts: " << texts->lessons.size() << " lessons, " << texts->assignments.size() << " assignments, "
        << texts->submissions.size() << " submissions of " << texts->students.size() << " students ("
        << texts->docJsonBytes << " B of the anchor's doc JSON); the bare texts " << texts->bareTexts.size() << " B" << Qt::endl;

    // ---- The real hub, and the proxy in front of it -----------------------------------------------------------
    ServeProcess hub(option(u"--hub"_s, QStringLiteral(CONTINUITE_HUB_EXE)), option(u"--keep-data"_s));
    if (!hub.addTeacher(TeacherLogin, u"Mme Martin"_s, TeacherPassword) || !hub.start(option(u"--hub-log"_s))) {
        err << "the hub did not start" << Qt::endl;
        return 1;
    }
    FaultProxy proxy;
    if (!proxy.start(u"127.0.0.1"_s, quint16(hub.port())))
        qFatal("proxy: %s", qPrintable(proxy.errorString()));
    const QString viaProxy = u"http://127.0.0.1:%1"_s.arg(proxy.port());
    bool cutFired = false;
    QObject::connect(&proxy, &FaultProxy::cutFired, &proxy, [&] { cutFired = true; });

    // ---- Loading: the teacher's desktop writes the class, each student hands in her own work ------------------
    QElapsedTimer loading;
    loading.start();
    Device desk({}, benchOptions());
    if (!desk.login(hub.url(), TeacherLogin, TeacherPassword))
        qFatal("the teacher could not sign in");
    const Profile teacher = desk.profile;
    Store &store = *desk.store;
    // A cheap PIN hash (argon2id at its minimal cost, which the hub accepts): 30 sign-ins stay cheap.
    const QString pinHash = QString::fromLatin1(Hub::Crypto::hashSecret(StudentPin.toUtf8(), Hub::Crypto::Cost::Minimal));
    QString classId;
    QHash<QString, QString> lessonIds, assignmentIds; // the anchor's _id → ours
    QList<Profile> students;
    auto writeLesson = [&](const QJsonObject &doc) -> Status {
        Store::LessonInput in;
        in.classId = classId;
        in.title = doc.value(u"title"_s).toString();
        in.inClass = doc.value(u"body"_s).toString();
        in.plannedDate = QDateTime::fromString(doc.value(u"createdAt"_s).toString(), Qt::ISODateWithMs).date();
        const auto l = store.createLesson(in);
        if (!l)
            return Status::failure(l.error());
        lessonIds.insert(doc.value(u"_id"_s).toString(), l->meta.id);
        const auto p = store.publishLesson(l->meta.id);
        return p ? success() : Status::failure(p.error());
    };
    auto writeAssignment = [&](const QJsonObject &doc) -> Status {
        Store::AssignmentInput in;
        in.classId = classId;
        in.lessonId = lessonIds.value(doc.value(u"lessonId"_s).toString());
        in.title = doc.value(u"title"_s).toString();
        in.instructions = doc.value(u"instructions"_s).toString();
        in.due = QDateTime::fromString(doc.value(u"dueAt"_s).toString(), Qt::ISODateWithMs);
        const auto a = store.createAssignment(in);
        if (!a)
            return Status::failure(a.error());
        assignmentIds.insert(doc.value(u"_id"_s).toString(), a->meta.id);
        const auto p = store.publishAssignment(a->meta.id);
        return p ? success() : Status::failure(p.error());
    };
    // The assignment a submission answers; the daily delta's late submission may answer one a slice lacks.
    auto assignmentFor = [&](const QJsonObject &doc) {
        return assignmentIds.value(doc.value(u"assignmentId"_s).toString(),
                                   assignmentIds.value(texts->assignments.last().value(u"_id"_s).toString()));
    };
    const Status written = store.atomically([&]() -> Status {
        const auto cls = store.createClass(u"4e B"_s);
        if (!cls)
            return Status::failure(cls.error());
        classId = cls->meta.id;
        for (qsizetype i = 0; i < texts->students.size(); ++i) {
            const QString login = u"eleve%1"_s.arg(i + 1, 2, 10, QLatin1Char('0'));
            const QString person = newUuid();
            const QString name = u"Élève %1"_s.arg(i + 1);
            if (auto m = store.addMember(classId, person, Role::Student, name, login, pinHash); !m)
                return Status::failure(m.error());
            auto p = store.addProfile(login, name, Role::Student, {}, person); // to write her work on this desk
            if (!p)
                return Status::failure(p.error());
            students << *p;
        }
        for (const QJsonObject &doc : texts->lessons)
            if (auto s = writeLesson(doc); !s)
                return s;
        for (const QJsonObject &doc : texts->assignments)
            if (auto s = writeAssignment(doc); !s)
                return s;
        return success();
    });
    if (!written)
        qFatal("the teacher's texts: %s", qPrintable(written.error()));
    if (!desk.syncUntilClean())
        qFatal("the teacher's desktop could not send the class");
    // Each student's work, written by the store as hers, handed in from her own sign-in (as bench-sync does).
    HttpTransport studentLink(hub.url());
    for (qsizetype i = 0; i < students.size(); ++i) {
        const Profile &student = students.at(i);
        store.setCurrent(student);
        int count = 0;
        const Status handedIn = store.atomically([&]() -> Status {
            for (const QJsonObject &doc : texts->submissions) {
                if (doc.value(u"studentId"_s).toString() != texts->students.at(i))
                    continue;
                if (auto s = store.submit({assignmentFor(doc), doc.value(u"content"_s).toString(), {}, {}}); !s)
                    return Status::failure(s.error());
                ++count;
            }
            return success();
        });
        if (!handedIn)
            qFatal("%s's work: %s", qPrintable(student.login), qPrintable(handedIn.error()));
        LoginRequest signIn;
        signIn.login = student.login;
        signIn.password = StudentPin;
        signIn.deviceId = store.deviceId();
        signIn.deviceName = u"bench"_s;
        if (!signIn.run(studentLink))
            qFatal("%s's sign-in: %s", qPrintable(student.login), qPrintable(signIn.failure.message));
        studentLink.setToken(signIn.answer.token);
        SyncRoundTrip trip;
        trip.budget = 1024; // she pulls next to nothing here: this is loading, not a figure
        for (const OutboxEntry &e : store.changes().outbox(student.id))
            trip.changes.append(e.change.toJson());
        if (!trip.run(studentLink) || trip.verdicts.size() != count)
            qFatal("%s's push: %s", qPrintable(student.login), qPrintable(trip.failure.message));
        for (const SyncRoundTrip::Verdict &v : std::as_const(trip.verdicts))
            if (v.status != u"applied"_s)
                qFatal("%s's push: %s %s", qPrintable(student.login), qPrintable(v.status), qPrintable(v.reason));
    }
    store.setCurrent(teacher);
    QElapsedTimer sinceStudents; // the students' last contact with the hub (see the steady-state empty sync)
    sinceStudents.start();
    out << "Loaded through the store and the engine in " << loading.elapsed() << " ms" << Qt::endl;

    // ---- The scenarios, through the proxy ----------------------------------------------------------------------
    QJsonObject figures;
    auto keep = [&](const QString &key, const Measure &m) {
        figures.insert(key, m.json());
        if (!m.complete)
            fail(key + u": the sync did not complete: "_s + m.errors.join(u"; "_s));
        if (m.hubRequests != m.requests)
            fail(u"%1: the engine counts %2 requests, the hub %3"_s.arg(key).arg(m.requests).arg(m.hubRequests));
    };
    // A quiet class. A teacher's sync asks for her students' last contact with the hub since the mark its previous
    // answer gave (last_seen_after), and the hub sets that mark 10 s before its own clock (LastSeenCommitSlackMs: a
    // contact committed late is not missed). So for 10 s after the students' sign-ins, every answer to a teacher, every
    // page of her first sync included, carries their 30 contacts again (≈ 1 KB of JSON a page): enough to move a first
    // sync by about 1 % and its page boundaries with it, and to make a cut sync look cheaper than a clean one measured
    // earlier. The anchor has nothing of the kind: the teacher's scenarios start once that window has passed (--settle).
    const qint64 settleMs = qint64(option(u"--settle"_s, u"11"_s).toDouble() * 1000);
    if (sinceStudents.elapsed() < settleMs) {
        out << "Waiting " << (settleMs - sinceStudents.elapsed()) / 1000 << " s: the hub's 10 s window on the students' contacts"
            << Qt::endl;
        QThread::msleep(quint64(settleMs - sinceStudents.elapsed()));
    }
    // ---- A household on 2G whose link drops (--flaky UP,DOWN[,RATE]): measured alone, then the run ends ------------
    // The link carries RATE bytes/s each way (20,000: bench-sync's 2G) with 150 ms each way, for UP seconds, then drops
    // for DOWN seconds (every connection closed, every new one cut at once), again and again. The first sync of a new
    // device (the first student's, or the teacher's with --flaky-who teacher) with the app's transport (its retries and
    // backoff) and page sizes (--flaky-target BYTES: pages sized for BYTES on the wire, pageWireTarget without
// resumablePageBudget); a sync that stops short is
    // started again as soon as the link is back (the app syncs when the network comes back), until one completes.
    if (const QString flaky = option(u"--flaky"_s); !flaky.isEmpty()) {
        const QStringList p = flaky.split(u',');
        const double upSeconds = p.value(0).toDouble(), downSeconds = p.value(1).toDouble();
        const qint64 rate = p.value(2, u"20000"_s).toLongLong();
        const bool asTeacher = option(u"--flaky-who"_s) == u"teacher"_s;
        SyncEngine::Options o = benchOptions();
        o.transport = HttpTransport::Options{}; // the app's retries, backoff and stall detection
        if (const QString t = option(u"--flaky-target"_s); !t.isEmpty()) {
            o.pageWireTarget = t.toLongLong(); // pages sized for it, however the hub resumes them
            o.resumablePageBudget = 0;
        }
        Device phone({}, o);
        if (!(asTeacher ? phone.login(viaProxy, TeacherLogin, TeacherPassword) : phone.login(viaProxy, students.first().login, StudentPin)))
            qFatal("the flaky device could not sign in");
        proxy.setRate(rate);
        proxy.setLatency(std::chrono::milliseconds(150));
        std::atomic<bool> linkUp{true}, stop{false};
        std::atomic<int> drops{0};
        std::thread flapper([&] {
            auto wait = [&](double seconds) {
                QElapsedTimer t;
                t.start();
                while (!stop && t.elapsed() < qint64(seconds * 1000))
                    QThread::msleep(20);
            };
            while (!stop) {
                wait(upSeconds);
                if (stop)
                    break;
                proxy.setCutAfter(FaultProxy::Direction::Up, 0, FaultProxy::FaultScope::EveryConnection);
                proxy.setCutAfter(FaultProxy::Direction::Down, 0, FaultProxy::FaultScope::EveryConnection);
                proxy.dropConnections();
                linkUp = false;
                ++drops;
                wait(downSeconds);
                proxy.setCutAfter(FaultProxy::Direction::Up, -1);
                proxy.setCutAfter(FaultProxy::Direction::Down, -1);
                linkUp = true;
            }
        });
        proxy.resetCounters();
        QElapsedTimer timer;
        timer.start();
        const qint64 limitMs = qint64(option(u"--flaky-limit"_s, u"900"_s).toDouble() * 1000);
        int syncs = 0, requests = 0, received = 0;
        bool complete = false;
        while (!complete && timer.elapsed() < limitMs) {
            while (!linkUp && timer.elapsed() < limitMs)
                QThread::msleep(20);
            const SyncReport r = phone.sync();
            ++syncs;
            requests += r.requests;
            received += r.changesReceived;
            complete = r.recordsComplete && r.errors.isEmpty();
            out << "  sync " << syncs << " at " << timer.elapsed() / 1000 << " s: " << r.requests << " requests, "
                << r.bytesDown << " B down, " << r.changesReceived << " changes" << (complete ? ", complete" : "")
                << (r.errors.isEmpty() ? QString() : u" ("_s + r.errors.last() + u")"_s) << Qt::endl;
        }
        stop = true;
        flapper.join();
        proxy.clearFaults();
        out << "flaky 2G (" << upSeconds << " s up, " << downSeconds << " s down, " << rate << " B/s, page target "
            << o.pageWireTarget << " B, " << (asTeacher ? "teacher" : "student") << "): "
            << (complete ? "complete" : "NOT complete") << " after " << timer.elapsed() / 1000 << " s, " << syncs << " syncs, "
            << requests << " requests, " << proxy.bytesUp() << " B up, " << proxy.bytesDown() << " B down, " << received
            << " changes received, " << drops.load() << " drops" << Qt::endl;
        return complete ? 0 : 1;
    }

    const int expectedChanges = 1 + int(students.size()) + 2 * int(texts->lessons.size() + texts->assignments.size())
                                + int(texts->submissions.size()); // the class, its roster, create + publish, the work
    out << "A teacher's new laptop: first sync of the class, and the sync right after it" << Qt::endl;
    Device laptop({}, benchOptions());
    if (!laptop.login(viaProxy, TeacherLogin, TeacherPassword))
        qFatal("the laptop could not sign in");
    const int repCount = std::max(1, option(u"--reps"_s, u"3"_s).toInt());
    QList<Measure> firstRuns{measuredSync(laptop, proxy, hub.url(), u"first sync of the class"_s)};
    keep(u"teacher_first_sync"_s, firstRuns.first());
    // PouchDB's b1 (the first sync after the first pull) and b2 (steady state): the same two syncs here.
    const Measure next = measuredSync(laptop, proxy, hub.url(), u"the sync after it"_s);
    keep(u"teacher_next_sync"_s, next);
    for (int i = 1; i < repCount; ++i) {
        Device other({}, benchOptions());
        if (!other.login(viaProxy, TeacherLogin, TeacherPassword))
            qFatal("another laptop could not sign in");
        firstRuns << measuredSync(other, proxy, hub.url(), u"first sync of the class, another new laptop"_s);
        keep(u"teacher_first_sync_%1"_s.arg(i + 1), firstRuns.last());
        if (firstRuns.last().received < expectedChanges)
            fail(u"first sync: %1 changes received, %2 expected"_s.arg(firstRuns.last().received).arg(expectedChanges));
    }
    const Reps firstReps = reps(firstRuns);
    const Measure first = firstReps.median;
    figures.insert(u"teacher_first_syncs"_s, firstReps.all);
    {
        // Every text arrived, whole: the laptop holds the class as the desk wrote it.
        laptop.store->setCurrent(laptop.profile);
        const QList<Lesson> lessons = laptop.store->lessons(classId);
        qint64 lessonText = 0, expected = 0;
        for (const Lesson &l : lessons)
            lessonText += l.inClass.toUtf8().size();
        for (const QJsonObject &doc : texts->lessons)
            expected += doc.value(u"body"_s).toString().toUtf8().size();
        const int submissionsHeld = Continuite::StoreInternals::database(*laptop.store).scalar(u"SELECT COUNT(*) FROM submissions"_s).toInt();
        if (lessons.size() != texts->lessons.size() || lessonText != expected || submissionsHeld != texts->submissions.size()
            || laptop.store->assignments(classId).size() != texts->assignments.size())
            fail(u"the laptop holds %1 lessons (%2 B of text, %3 expected), %4 submissions"_s.arg(lessons.size()).arg(lessonText)
                     .arg(expected).arg(submissionsHeld));
        if (firstRuns.first().received < expectedChanges)
            fail(u"first sync: %1 changes received, %2 expected"_s.arg(firstRuns.first().received).arg(expectedChanges));
    }

    // A first sync cut once, then resumed by the engine itself: at 50 % of the clean first sync's bytes down, as
    // the anchor cuts, and (--cuts) elsewhere, since what a cut costs depends on where in a page it falls.
    QList<double> cutsAt;
    for (const QString &c : option(u"--cuts"_s, u"0.2,0.35,0.5,0.65,0.8"_s).split(u','))
        cutsAt << c.toDouble();
    if (!cutsAt.contains(0.5))
        cutsAt << 0.5;
    Measure cut; // the one at 50 %
    QJsonArray cuts;
    QStringList cutSummary;
    for (const double at : std::as_const(cutsAt)) {
        out << "Another new laptop: the first sync cut once at " << qRound(at * 100) << " % of its bytes down, then resumed" << Qt::endl;
        Device other({}, benchOptions());
        if (!other.login(viaProxy, TeacherLogin, TeacherPassword))
            qFatal("another laptop could not sign in");
        cutFired = false;
        proxy.setCutAfter(FaultProxy::Direction::Down, qint64(double(first.down) * at), FaultProxy::FaultScope::Once);
        const Measure m = measuredSync(other, proxy, hub.url(), u"first sync cut at %1 %, resumed"_s.arg(qRound(at * 100)));
        proxy.clearFaults();
        QCoreApplication::processEvents(); // the proxy's signals
        if (!cutFired)
            fail(u"the cut at %1 % did not fire (the sync used more than one connection?)"_s.arg(qRound(at * 100)));
        if (m.received < expectedChanges)
            fail(u"cut sync: %1 changes received, %2 expected"_s.arg(m.received).arg(expectedChanges));
        if (!m.complete)
            fail(u"the sync cut at %1 % did not complete: "_s.arg(qRound(at * 100)) + m.errors.join(u"; "_s));
        if (m.hubRequests != m.requests)
            fail(u"the sync cut at %1 %: the engine counts %2 requests, the hub %3"_s.arg(qRound(at * 100)).arg(m.requests)
                     .arg(m.hubRequests));
        QJsonObject o = m.json();
        o.insert(u"cut_at"_s, at);
        o.insert(u"extra_requests"_s, m.requests - first.requests);
        o.insert(u"extra_bytes"_s, double(m.total() - first.total()));
        cuts.append(o);
        cutSummary << u"%1 %: %2 requests, %3 B"_s.arg(qRound(at * 100)).arg(signedN(m.requests - first.requests),
                                                                              signedN(double(m.total() - first.total())));
        if (at == 0.5)
            cut = m;
    }
    figures.insert(u"teacher_first_sync_cut"_s, cuts);

    out << "The first laptop again" << Qt::endl;
    const Measure empty = measuredSync(laptop, proxy, hub.url(), u"empty sync, steady state"_s);
    keep(u"teacher_empty_sync"_s, empty);

    out << "A student's new phone: her first sync, an empty sync, the daily delta" << Qt::endl;
    Device phone({}, benchOptions());
    if (!phone.login(viaProxy, students.first().login, StudentPin))
        qFatal("the student could not sign in");
    QList<Measure> studentRuns{measuredSync(phone, proxy, hub.url(), u"student's first sync"_s)};
    keep(u"student_first_sync"_s, studentRuns.first());
    for (int i = 1; i < repCount; ++i) {
        Device other({}, benchOptions());
        if (!other.login(viaProxy, students.first().login, StudentPin))
            qFatal("another phone could not sign in");
        studentRuns << measuredSync(other, proxy, hub.url(), u"student's first sync, another new phone"_s);
        keep(u"student_first_sync_%1"_s.arg(i + 1), studentRuns.last());
    }
    const Reps studentReps = reps(studentRuns);
    const Measure studentFirst = studentReps.median;
    figures.insert(u"student_first_syncs"_s, studentReps.all);
    const Measure studentEmpty = measuredSync(phone, proxy, hub.url(), u"student's empty sync"_s);
    keep(u"student_empty_sync"_s, studentEmpty);
    {
        // The day: the teacher publishes the anchor's delta lesson and assignment from her desk (not measured), the
        // student writes the anchor's late submission, then syncs: 2 records down, 1 up.
        const Status day = store.atomically([&]() -> Status {
            if (auto s = writeLesson(texts->deltaLesson); !s)
                return s;
            return writeAssignment(texts->deltaAssignment);
        });
        if (!day || !desk.syncUntilClean())
            qFatal("the day's lesson: %s", qPrintable(day.error()));
        phone.store->setCurrent(phone.profile);
        if (auto s = phone.store->submit({assignmentFor(texts->deltaSubmission), texts->deltaSubmission.value(u"content"_s).toString(), {}, {}}); !s)
            qFatal("the late submission: %s", qPrintable(s.error()));
    }
    const Measure delta = measuredSync(phone, proxy, hub.url(), u"daily delta"_s);
    keep(u"student_daily_delta"_s, delta);
    if (delta.received < 2) // the lesson and the assignment (the hub may serve each as one snapshot)
        fail(u"daily delta: %1 changes received"_s.arg(delta.received));

    // ---- The limit: the bare texts as one zstd -19 stream ------------------------------------------------------
    const qint64 zClass = zstd19(texts->bareTexts);
    const qint64 zStudent = zstd19(texts->studentBareTexts);
    out << "zstd -19 of the bare texts as one stream: class " << zClass << " B (of " << texts->bareTexts.size()
        << "), a student's view " << zStudent << " B (of " << texts->studentBareTexts.size() << ")" << Qt::endl;

    // ---- One table, both systems ---------------------------------------------------------------------------------
    const QJsonObject anchor = readJson(option(u"--anchor"_s)).value(u"medians"_s).toObject();
    const QJsonObject anchorStudent = readJson(option(u"--anchor-student"_s)).value(u"medians"_s).toObject();
    const AnchorRow aFirst = anchorRow(anchor, u"a_initial_pull"_s);
    const AnchorRow aNext = anchorRow(anchor, u"b1_first_sync_after_pull"_s);
    const AnchorRow aEmpty = anchorRow(anchor, u"b2_empty_sync"_s);
    const AnchorRow aDelta = anchorRow(anchor, u"c_daily_delta_sync"_s);
    const AnchorRow aCut1 = anchorRow(anchor, u"d1_interrupted_pull"_s);
    const AnchorRow aCut2 = anchorRow(anchor, u"d2_resume_pull"_s);
    const AnchorRow sFirst = anchorRow(anchorStudent, u"s_a_student_first_pull"_s);
    const AnchorRow sEmpty = anchorRow(anchorStudent, u"s_b2_student_empty_sync"_s);
    const AnchorRow sDelta = anchorRow(anchorStudent, u"s_c_student_daily_delta"_s);

    out << "\n| scenario | Continuité requests | Continuité bytes | PouchDB requests | PouchDB bytes | PouchDB gzip-est "
           "| requests PouchDB ÷ Continuité | bytes PouchDB ÷ Continuité | PouchDB gzip-est ÷ Continuité "
           "| Continuité ÷ zstd -19 of the texts |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";
    auto row = [&](const QString &what, const Measure &m, const AnchorRow &a, qint64 limit, const QString &range = {}) {
        out << "| " << what << " | " << m.requests << " | " << n(double(m.total())) << range << " | " << (a.present ? n(a.requests) : u"—"_s)
            << " | " << (a.present ? n(a.wire) : u"—"_s) << " | " << (a.present ? n(a.gzip) : u"—"_s) << " | "
            << ratio(a.requests, m.requests) << " | " << ratio(a.wire, double(m.total())) << " | "
            << ratio(a.gzip, double(m.total())) << " | " << (limit > 0 ? ratio(double(m.total()), double(limit)) : u"—"_s)
            << " |\n";
    };
    row(u"first sync of the class (teacher's new device)"_s, first, aFirst, zClass, firstReps.range());
    row(u"a student's first sync (lessons, assignments, her own work)"_s, studentFirst, sFirst, zStudent, studentReps.range());
    row(u"the sync right after the first (PouchDB: its push side's first pass)"_s, next, aNext, 0);
    row(u"empty sync, steady state (teacher's full copy)"_s, empty, aEmpty, 0);
    row(u"empty sync (student)"_s, studentEmpty, sEmpty, 0);
    row(u"daily delta, +1 lesson +1 assignment down, +1 submission up (PouchDB: the class db)"_s, delta, aDelta, 0);
    row(u"daily delta (PouchDB: the student's own db)"_s, delta, sDelta, 0);
    {
        // A first sync cut at 50 %, then resumed: what was sent again, against the clean first syncs' median.
        const qint64 extraRequests = cut.requests - first.requests;
        const qint64 extraBytes = cut.total() - first.total();
        const bool a = aFirst.present && aCut1.present && aCut2.present;
        const double aExtraRequests = a ? aCut1.requests + aCut2.requests - aFirst.requests : 0;
        const double aExtraBytes = a ? aCut1.wire + aCut2.wire - aFirst.wire : 0;
        const double aExtraGzip = a ? aCut1.gzip + aCut2.gzip - aFirst.gzip : 0;
        out << "| first sync cut at 50 %, resumed: sent again | " << signedN(double(extraRequests)) << " | "
            << signedN(double(extraBytes)) << " (" << QString::number(100.0 * double(extraBytes) / double(first.total()), 'f', 1)
            << " %) | " << (a ? signedN(aExtraRequests) : u"—"_s) << " | "
            << (a ? signedN(aExtraBytes) + u" ("_s + QString::number(100.0 * aExtraBytes / aFirst.wire, 'f', 1) + u" %)"_s : u"—"_s)
            << " | " << (a ? signedN(aExtraGzip) : u"—"_s) << " | " << (extraRequests > 0 ? ratio(aExtraRequests, double(extraRequests)) : u"—"_s)
            << " | " << (extraBytes > 0 ? ratio(aExtraBytes, double(extraBytes)) : u"—"_s) << " | — | — |\n";
    }
    out << "| the bare texts as one `zstd -19` stream (the limit) | — | " << n(double(zClass)) << " (student's view "
        << n(double(zStudent)) << ") | — | " << (aFirst.present ? n(aFirst.wire) : u"—"_s) << " | "
        << (aFirst.present ? n(aFirst.gzip) : u"—"_s) << " | — | " << ratio(aFirst.wire, double(zClass)) << " | "
        << ratio(aFirst.gzip, double(zClass)) << " | " << ratio(double(first.total()), double(zClass)) << " |\n";
    out << "\nContinuité: bytes counted by the fault proxy (requests and answers, headers included); requests counted by the "
           "engine, and by the hub's /metrics: "
        << first.hubRequests << " / " << studentFirst.hubRequests << " / " << empty.hubRequests << " / " << studentEmpty.hubRequests
        << " / " << delta.hubRequests << " / " << cut.hubRequests << " (first, student's first, empty, student's empty, delta, cut)."
        << (anchor.isEmpty() ? u"\nPouchDB: not measured in this run (no --anchor)."_s : u"\nPouchDB: bench.js's own counts (medians of its reps)."_s)
        << "\nContinuité, a first sync cut once at some share of its bytes down, then resumed (sent again, against the median "
           "of the clean ones, which moved "
        << (firstReps.minTotal == firstReps.maxTotal ? n(double(firstReps.minTotal))
                                                     : n(double(firstReps.minTotal)) + u"–"_s + n(double(firstReps.maxTotal)))
        << " B): " << cutSummary.join(u"; "_s) << "."
        << "\nFirst sync: " << first.applied << " records applied at "
        << (first.applyMs > 0 ? qint64(1000.0 * first.applied / double(first.applyMs)) : 0) << " records/s of wall time applying."
        << Qt::endl;

    figures.insert(u"zstd19_bare_texts"_s, double(zClass));
    figures.insert(u"zstd19_student_bare_texts"_s, double(zStudent));
    figures.insert(u"bare_text_bytes"_s, double(texts->bareTexts.size()));
    figures.insert(u"anchor"_s, anchor);
    figures.insert(u"anchor_student"_s, anchorStudent);
    if (const QString path = option(u"--json"_s); !path.isEmpty()) {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(figures).toJson()) < 0)
            fail(u"cannot write "_s + path);
    }
    if (check)
        out << (g_ok ? "check: every scenario synced cleanly, the counts agree" : "check: FAILED (see above)") << Qt::endl;
    return check && !g_ok ? 1 : 0;
}
