// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// bench_hub: drives a real `continuite-hub serve` process over loopback HTTP and reports, for 1, 16 and 64
// concurrent clients, requests per second and p50/p99 latency of (a) an empty sync and (b) a push of 50
// changes, (c) with --only signin, a student's sign-in (PIN, minimal argon2id, with the device's previous
// token), then the hub's peak resident memory.
// With --postgres SERVER_URL (issue 12) it runs a second hub on a new database of that PostgreSQL server beside the
// SQLite one, and each row runs on both, one after the other in the same run: the ratios are the figures (the machine's
// load moves both alike). On PostgreSQL a row also says the server's CPU per request (its processes, from /proc),
// statements per request (pg_stat_statements, which the server must load: shared_preload_libraries), round trips
// per request (TCP segments with data the hub sent to the server, from `ss -ti`)
// and WAL bytes per accepted change (pg_current_wal_lsn before and after); with --statements, what they are.
// Usage: bench_hub [--seconds N] [--clients 1,16,64] [--only empty|push|signin] [--hub PATH] [--postgres URL [--statements]]
#include "sync/change.h"
#include "sync/hlc.h"
#include "sync/hub/hubcrypto.h"
#include "sync/hub/postgreshubstorage.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUrl>

#include <curl/curl.h>
#include <libpq-fe.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <map>
#include <memory>
#include <thread>
#include <vector>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Continuite;
using namespace Qt::StringLiterals;

namespace {

size_t collect(char *data, size_t size, size_t n, void *user)
{
    static_cast<std::string *>(user)->append(data, size * n);
    return size * n;
}

struct Http
{
    CURL *curl = curl_easy_init();
    curl_slist *headers = nullptr;
    std::string body;
    explicit Http(const QString &token = {})
    {
        headers = curl_slist_append(headers, "Content-Type: application/json");
        headers = curl_slist_append(headers, "Expect:");
        if (!token.isEmpty())
            headers = curl_slist_append(headers, ("Authorization: Bearer " + token.toStdString()).c_str());
    }
    ~Http()
    {
        curl_slist_free_all(headers);
        curl_easy_cleanup(curl);
    }
    long post(const std::string &url, const QByteArray &payload)
    {
        body.clear();
        curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
        curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, payload.constData());
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE, long(payload.size()));
        curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect);
        curl_easy_setopt(curl, CURLOPT_WRITEDATA, &body);
        curl_easy_setopt(curl, CURLOPT_TIMEOUT, 30L);
        if (curl_easy_perform(curl) != CURLE_OK)
            return 0;
        long status = 0;
        curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
        return status;
    }
    QJsonObject json() const { return QJsonDocument::fromJson(QByteArray::fromStdString(body)).object(); }
};

struct Student
{
    QString id;
    QString device = newUuid();
    QString token;
    QString cursor;
    QString classId;
};

QJsonObject change(const QString &kind, const QString &row, const QString &classId, const QString &author,
                   const QString &device, const QJsonObject &fields)
{
    static std::atomic<quint32> counter{0};
    return {{u"id"_s, newUuid()}, {u"kind"_s, kind}, {u"row"_s, row}, {u"class"_s, classId},
            {u"hlc"_s, HlcTimestamp{QDateTime::currentMSecsSinceEpoch(), counter++ % 999999, device}.toString()},
            {u"author"_s, author}, {u"device"_s, device}, {u"fields"_s, fields}};
}

struct Result
{
    double perSecond = 0;
    double p50 = 0, p99 = 0;
    qint64 ok = 0, busy = 0, failed = 0;
    qint64 applied = 0; ///< pushed changes the hub applied (its verdicts)
};

enum class Scenario { Empty, Push, SignIn };

const char *scenarioName(Scenario s)
{
    return s == Scenario::Empty ? "empty sync" : s == Scenario::Push ? "push 50 changes" : "sign-in";
}

Result run(const std::string &base, std::vector<Student> &students, int clients, double seconds, Scenario scenario)
{
    const bool push = scenario == Scenario::Push;
    const std::string url = base + (scenario == Scenario::SignIn ? "/v1/login" : "/v1/sync");
    std::vector<std::vector<double>> latencies(static_cast<size_t>(clients));
    std::atomic<qint64> ok{0}, busy{0}, failed{0}, applied{0};
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
    const auto started = std::chrono::steady_clock::now();
    std::vector<std::thread> threads;
    for (int c = 0; c < clients; ++c) {
        threads.emplace_back([&, c] {
            Student &s = students[size_t(c)];
            Http http(scenario == Scenario::SignIn ? QString() : s.token);
            const int index = c;
            const QString assignment = derivedUuid(u"bench"_s, s.classId);
            while (std::chrono::steady_clock::now() < deadline) {
                QJsonArray changes;
                if (push) {
                    for (int i = 0; i < 50; ++i)
                        changes.append(change(u"submission"_s, newUuid(), s.classId, s.id, s.device,
                                              {{u"assignment_id"_s, assignment}, {u"student"_s, s.id},
                                               {u"text"_s, u"Réponse de l'élève : la fraction 3/4 est plus grande que 2/3 car 9/12 > 8/12."_s}}));
                }
                const QByteArray payload = scenario == Scenario::SignIn
                    ? QJsonDocument(QJsonObject{{u"login"_s, u"bench%1"_s.arg(index)}, {u"password"_s, u"1234"_s},
                                                {u"device_id"_s, s.device}, {u"token"_s, s.token}})
                          .toJson(QJsonDocument::Compact)
                    : QJsonDocument(QJsonObject{{u"cursor"_s, s.cursor}, {u"changes"_s, changes}}).toJson(QJsonDocument::Compact);
                const auto t0 = std::chrono::steady_clock::now();
                const long status = http.post(url, payload);
                const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
                if (status == 200) {
                    ++ok;
                    latencies[size_t(c)].push_back(ms);
                    if (scenario == Scenario::SignIn)
                        s.token = http.json().value(u"token"_s).toString();
                    else {
                        const QJsonObject answer = http.json();
                        s.cursor = answer.value(u"cursor"_s).toString();
                        for (const QJsonValue &v : answer.value(u"verdicts"_s).toArray())
                            applied += v[u"status"_s].toString() == u"applied"_s;
                    }
                } else if (status == 429) {
                    ++busy;
                    std::this_thread::sleep_for(std::chrono::milliseconds(5));
                } else {
                    ++failed;
                }
            }
        });
    }
    for (auto &t : threads)
        t.join();
    const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::vector<double> all;
    for (auto &l : latencies)
        all.insert(all.end(), l.begin(), l.end());
    std::sort(all.begin(), all.end());
    Result r;
    r.ok = ok;
    r.busy = busy;
    r.failed = failed;
    r.applied = applied;
    r.perSecond = double(ok) / elapsed;
    if (!all.empty()) {
        r.p50 = all[all.size() / 2];
        r.p99 = all[std::min(all.size() - 1, size_t(double(all.size()) * 0.99))];
    }
    return r;
}

/// CPU time (user + system) the process has used, in milliseconds.
double cpuMs(qint64 pid)
{
    QFile f(u"/proc/%1/stat"_s.arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray stat = f.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    const double ticks = fields.value(11).toDouble() + fields.value(12).toDouble(); // utime, stime
    return ticks * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

qint64 statusKb(qint64 pid, const char *field)
{
    QFile f(u"/proc/%1/status"_s.arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').first().toLongLong();
    return -1;
}

/// The PostgreSQL server's side of a row: its processes' CPU, the hub database's statements (pg_stat_statements) and
/// the WAL written, between begin() and end(). Its own queries run in another database of the server, not counted.
class PostgresCounters
{
public:
    PostgresCounters(const QString &serverUrl, const QString &database)
        : m_conn(PQconnectdb(serverUrl.toUtf8().constData()))
        , m_database(database.toUtf8())
        , m_port(QUrl(serverUrl).port(5432))
    {
        if (PQstatus(m_conn) != CONNECTION_OK) {
            std::fprintf(stderr, "cannot connect to the PostgreSQL server for its counters: %s\n", PQerrorMessage(m_conn));
            return;
        }
        PQclear(PQexec(m_conn, "CREATE EXTENSION IF NOT EXISTS pg_stat_statements"));
        PGresult *r = PQexec(m_conn, "SELECT pg_stat_statements_reset()");
        m_statements = PQresultStatus(r) == PGRES_TUPLES_OK;
        if (!m_statements)
            std::fprintf(stderr, "no statement counts: %s(start the server with -c shared_preload_libraries=pg_stat_statements)\n",
                         PQerrorMessage(m_conn));
        PQclear(r);
    }
    ~PostgresCounters() { PQfinish(m_conn); }

    bool statements() const { return m_statements; }

    void begin()
    {
        if (m_statements)
            PQclear(PQexec(m_conn, "SELECT pg_stat_statements_reset()"));
        m_lsn = value("SELECT pg_current_wal_lsn()::text");
        m_cpu = cpuOfProcesses();
        m_segments = segmentsToServer();
    }

    struct Figures
    {
        double cpuMs = 0;
        qint64 statements = -1;
        qint64 roundTrips = -1; ///< TCP segments with data sent to the server (`ss -ti`): a request's round trips
        qint64 walBytes = 0;
    };
    Figures end()
    {
        Figures f;
        const std::map<qint64, double> after = cpuOfProcesses();
        for (const auto &[pid, ms] : after) {
            const auto before = m_cpu.find(pid);
            f.cpuMs += ms - (before == m_cpu.end() ? 0.0 : before->second);
        }
        f.walBytes = value("SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), '" + m_lsn + "')::bigint").toLongLong();
        if (m_statements)
            f.statements = value("SELECT coalesce(sum(calls), 0) FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid "
                                 "WHERE d.datname = '" + m_database + "'").toLongLong();
        const std::map<int, qint64> segments = segmentsToServer();
        if (!segments.empty()) {
            f.roundTrips = 0;
            for (const auto &[port, n] : segments) {
                const auto before = m_segments.find(port);
                f.roundTrips += n - (before == m_segments.end() ? 0 : before->second);
            }
        }
        return f;
    }

    /// The statements of the last row, most called first, with their calls per request.
    void printStatements(const char *what, qint64 requests)
    {
        if (!m_statements || requests <= 0)
            return;
        const QByteArray sql = "SELECT calls, round(total_exec_time::numeric / calls, 3), "
                               "left(regexp_replace(query, '\\s+', ' ', 'g'), 110) FROM pg_stat_statements s "
                               "JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = '" + m_database + "' ORDER BY calls DESC, query";
        PGresult *r = PQexec(m_conn, sql.constData());
        std::printf("\nPostgreSQL statements of one %s (%lld requests): calls per request, server ms per call, statement\n\n"
                    "| per request | ms each | statement |\n|---|---|---|\n", what, qint64(requests));
        for (int i = 0; i < PQntuples(r); ++i)
            std::printf("| %.2f | %s | `%s` |\n", QByteArray(PQgetvalue(r, i, 0)).toDouble() / double(requests), PQgetvalue(r, i, 1),
                        QByteArray(PQgetvalue(r, i, 2)).replace('|', "\\|").constData());
        std::printf("\n");
        PQclear(r);
    }

private:
    QByteArray value(const QByteArray &sql)
    {
        PGresult *r = PQexec(m_conn, sql.constData());
        const QByteArray v = PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) ? QByteArray(PQgetvalue(r, 0, 0)) : QByteArray();
        PQclear(r);
        return v;
    }
    /// Every process of the server that pg_stat_activity shows (the hub's connections, the WAL writer, the
    /// checkpointer, autovacuum…) but this one: pid -> CPU ms. A process that ended within the row is not counted.
    std::map<qint64, double> cpuOfProcesses()
    {
        std::map<qint64, double> cpu;
        PGresult *r = PQexec(m_conn, "SELECT pid FROM pg_stat_activity WHERE pid <> pg_backend_pid()");
        for (int i = 0; PQresultStatus(r) == PGRES_TUPLES_OK && i < PQntuples(r); ++i) {
            const qint64 pid = QByteArray(PQgetvalue(r, i, 0)).toLongLong();
            cpu[pid] = cpuMs(pid);
        }
        PQclear(r);
        return cpu;
    }

    /// Per connection to the server but this one (by its local port), the TCP segments with data it sent
    /// (`data_segs_out` of `ss -tin`): each statement sent alone is one, a pipeline of them one. Empty without `ss`.
    std::map<int, qint64> segmentsToServer()
    {
        std::map<int, qint64> segments;
        sockaddr_storage own{};
        socklen_t length = sizeof own;
        int ownPort = -1;
        if (getsockname(PQsocket(m_conn), reinterpret_cast<sockaddr *>(&own), &length) == 0 && own.ss_family == AF_INET)
            ownPort = ntohs(reinterpret_cast<sockaddr_in *>(&own)->sin_port);
        QProcess ss;
        ss.start(u"ss"_s, {u"-Htin"_s, u"state"_s, u"established"_s, u"( dport = :%1 )"_s.arg(m_port)});
        if (!ss.waitForFinished(10000))
            return segments;
        int port = -1;
        for (const QByteArray &line : ss.readAllStandardOutput().split('\n')) {
            const QList<QByteArray> words = line.simplified().split(' ');
            if (!line.startsWith('\t') && !line.startsWith(' ') && words.size() >= 4) { // "0 0 127.0.0.1:LOCAL 127.0.0.1:PORT"
                port = words.value(2).mid(words.value(2).lastIndexOf(':') + 1).toInt();
                continue;
            }
            for (const QByteArray &w : words)
                if (w.startsWith("data_segs_out:") && port > 0 && port != ownPort)
                    segments[port] = w.mid(14).toLongLong();
        }
        return segments;
    }

    PGconn *m_conn;
    QByteArray m_database;
    int m_port = 5432;
    std::map<int, qint64> m_segments;
    bool m_statements = false;
    QByteArray m_lsn;
    std::map<qint64, double> m_cpu;
};

double loadAverage()
{
    QFile f(u"/proc/loadavg"_s);
    return f.open(QIODevice::ReadOnly) ? f.readAll().split(' ').value(0).toDouble() : -1;
}

/// One hub under test: its process, its storage and its students (each its own account and device).
struct Backend
{
    QString name;
    std::unique_ptr<QProcess> hub = std::make_unique<QProcess>();
    std::string base;
    std::vector<Student> students;
    std::unique_ptr<PostgresCounters> counters; ///< PostgreSQL only
};

bool hubCommand(const QString &hubExe, const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.start(hubExe, args);
    p.waitForStarted();
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        std::fprintf(stderr, "continuite-hub %s failed: %s\n", qPrintable(args.join(u' ')), p.readAllStandardError().constData());
        return false;
    }
    return true;
}

/// Starts @p b's hub on @p storage (`--data DIR`, and `--database URL` on PostgreSQL), then one class, one teacher and
/// @p students students, each signed in with a first sync done.
bool setUp(Backend &b, const QString &hubExe, const QStringList &storage, const QStringList &hubArgs, int students)
{
    if (!hubCommand(hubExe, QStringList{u"admin"_s, u"add-teacher"_s, u"--login"_s, u"bench"_s, u"--name"_s, u"Bench"_s,
                                        u"--password-stdin"_s} + storage,
                    "bench-password\n"))
        return false;
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const int port = probe.serverPort();
    probe.close();
    b.hub->setStandardErrorFile(QProcess::nullDevice()); // one log line per request: measured, not shown
    b.hub->start(hubExe, QStringList{u"serve"_s, u"--listen"_s, u"127.0.0.1:%1"_s.arg(port)} + storage + hubArgs);
    b.hub->waitForStarted();
    while (!b.hub->readAllStandardOutput().contains("listening") && b.hub->waitForReadyRead(10000)) {
    }
    b.base = "http://127.0.0.1:" + std::to_string(port);
    const std::string base = b.base;

    Http teacherHttp;
    const QString teacherDevice = newUuid();
    teacherHttp.post(base + "/v1/login", QJsonDocument(QJsonObject{{u"login"_s, u"bench"_s}, {u"password"_s, u"bench-password"_s}, {u"device_id"_s, teacherDevice}}).toJson());
    const QString teacherToken = teacherHttp.json().value(u"token"_s).toString();
    const QString teacherId = teacherHttp.json().value(u"person"_s).toObject().value(u"id"_s).toString();
    if (teacherToken.isEmpty()) {
        std::fprintf(stderr, "%s: the teacher could not sign in\n", qPrintable(b.name));
        return false;
    }
    const QString classId = newUuid();
    Http teacher(teacherToken);
    QJsonArray setup{change(u"class"_s, classId, classId, teacherId, teacherDevice, {{u"name"_s, u"Bench"_s}})};
    b.students.resize(size_t(students));
    const QString pinHash = QString::fromLatin1(Hub::Crypto::hashSecret("1234", Hub::Crypto::Cost::Minimal));
    for (int i = 0; i < students; ++i) {
        b.students[size_t(i)].id = newUuid();
        b.students[size_t(i)].classId = classId;
        setup.append(change(u"member"_s, newUuid(), classId, teacherId, teacherDevice,
                            {{u"person"_s, b.students[size_t(i)].id}, {u"role"_s, u"student"_s}, {u"display_name"_s, u"Élève %1"_s.arg(i)},
                             {u"login"_s, u"bench%1"_s.arg(i)}, {u"pin_hash"_s, pinHash}}));
    }
    teacher.post(base + "/v1/sync", QJsonDocument(QJsonObject{{u"changes"_s, setup}}).toJson());
    for (int i = 0; i < students; ++i) {
        Http h;
        h.post(base + "/v1/login", QJsonDocument(QJsonObject{{u"login"_s, u"bench%1"_s.arg(i)}, {u"password"_s, u"1234"_s}, {u"device_id"_s, b.students[size_t(i)].device}}).toJson());
        b.students[size_t(i)].token = h.json().value(u"token"_s).toString();
        Http first(b.students[size_t(i)].token);
        first.post(base + "/v1/sync", "{}");
        b.students[size_t(i)].cursor = first.json().value(u"cursor"_s).toString();
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    double seconds = 5;
    QList<int> clientCounts{1, 16, 64};
    QString hubExe = QStringLiteral(CONTINUITE_HUB_EXE);
    QString only; // "empty", "push" or "signin"; empty and push by default
    QStringList hubArgs;
    QString postgres; // a PostgreSQL server's URL: a second hub on a new database there
    bool statements = false;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == u"--statements"_s) {
            statements = true;
            continue;
        }
        if (i + 1 >= args.size())
            break;
        if (args[i] == u"--seconds"_s)
            seconds = args[i + 1].toDouble();
        else if (args[i] == u"--clients"_s) {
            clientCounts.clear();
            for (const QString &n : args[i + 1].split(u','))
                clientCounts << n.toInt();
        } else if (args[i] == u"--hub"_s)
            hubExe = args[i + 1];
        else if (args[i] == u"--only"_s)
            only = args[i + 1];
        else if (args[i] == u"--hub-arg"_s) // one word passed on to `serve`, repeatable: --hub-arg --workers --hub-arg 4
            hubArgs << args[i + 1];
        else if (args[i] == u"--postgres"_s)
            postgres = args[i + 1];
        ++i;
    }
    const int maxClients = *std::max_element(clientCounts.begin(), clientCounts.end());
    curl_global_init(CURL_GLOBAL_DEFAULT);

    QTemporaryDir sqliteDir, postgresDir;
    std::vector<Backend> backends;
    backends.emplace_back();
    backends.back().name = u"sqlite"_s;
    if (!setUp(backends.back(), hubExe, {u"--data"_s, sqliteDir.path()}, hubArgs, maxClients))
        return 1;
    QString database;
    if (!postgres.isEmpty()) {
        database = u"hub_bench_%1"_s.arg(QCoreApplication::applicationPid());
        QString url;
        try {
            url = Hub::PostgresHubStorage::createOrDropDatabase(postgres, database, true);
        } catch (const std::exception &e) {
            std::fprintf(stderr, "cannot create the benchmark's database: %s\n", e.what());
            return 1;
        }
        backends.emplace_back();
        backends.back().name = u"postgresql"_s;
        if (!hubCommand(hubExe, {u"admin"_s, u"migrate"_s, u"--database"_s, url})
            || !setUp(backends.back(), hubExe, {u"--data"_s, postgresDir.path(), u"--database"_s, url}, hubArgs, maxClients))
            return 1;
        backends.back().counters = std::make_unique<PostgresCounters>(postgres, database);
    }

    std::printf("| scenario | clients | backend | requests/s | p50 ms | p99 ms | 200 | 429 | errors | hub CPU ms per 200 "
                "| PostgreSQL CPU ms per 200 | statements per 200 | round trips per 200 | WAL bytes per applied change "
                "(per 200 when none) | load (1 min) |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    struct Pair
    {
        QString row;
        double perSecond[2] = {0, 0};
        double hubCpu[2] = {0, 0};
    };
    QList<Pair> pairs;
    for (const Scenario scenario : {Scenario::Empty, Scenario::Push, Scenario::SignIn}) {
        const bool wanted = only.isEmpty() ? scenario != Scenario::SignIn
                                           : only == (scenario == Scenario::Empty ? u"empty"_s
                                                      : scenario == Scenario::Push ? u"push"_s : u"signin"_s);
        if (!wanted)
            continue;
        for (const int clients : clientCounts) {
            Pair pair{u"%1, %2 clients"_s.arg(QString::fromLatin1(scenarioName(scenario))).arg(clients)};
            for (size_t k = 0; k < backends.size(); ++k) {
                Backend &b = backends[k];
                const qint64 pid = b.hub->processId();
                if (b.counters)
                    b.counters->begin();
                const double cpuBefore = cpuMs(pid);
                const Result r = run(b.base, b.students, clients, seconds, scenario);
                const double cpu = cpuMs(pid) - cpuBefore;
                QString pg = u"– | – | – | –"_s;
                if (b.counters) {
                    const PostgresCounters::Figures f = b.counters->end();
                    const double per = r.ok ? 1.0 / double(r.ok) : 0.0;
                    pg = u"%1 | %2 | %3 | %4"_s.arg(f.cpuMs * per, 0, 'f', 3)
                             .arg(f.statements < 0 ? u"–"_s : QString::number(double(f.statements) * per, 'f', 1))
                             .arg(f.roundTrips < 0 ? u"–"_s : QString::number(double(f.roundTrips) * per, 'f', 1))
                             .arg(r.applied ? double(f.walBytes) / double(r.applied) : double(f.walBytes) * per, 0, 'f', 0);
                }
                std::printf("| %s | %d | %s | %.0f | %.2f | %.2f | %lld | %lld | %lld | %.3f | %s | %.1f |\n", scenarioName(scenario),
                            clients, qPrintable(b.name), r.perSecond, r.p50, r.p99, qint64(r.ok), qint64(r.busy), qint64(r.failed),
                            r.ok ? cpu / double(r.ok) : 0.0, qPrintable(pg), loadAverage());
                std::fflush(stdout);
                if (b.counters && statements && clients == clientCounts.first())
                    b.counters->printStatements(scenarioName(scenario), r.ok);
                pair.perSecond[k] = r.perSecond;
                pair.hubCpu[k] = r.ok ? cpu / double(r.ok) : 0.0;
            }
            pairs << pair;
        }
    }
    if (backends.size() == 2) {
        std::printf("\nPostgreSQL against SQLite, same run (ratio PostgreSQL / SQLite):\n\n"
                    "| row | requests/s | hub CPU per 200 |\n|---|---|---|\n");
        for (const Pair &p : std::as_const(pairs))
            std::printf("| %s | %.2f | %.2f |\n", qPrintable(p.row), p.perSecond[0] > 0 ? p.perSecond[1] / p.perSecond[0] : 0.0,
                        p.hubCpu[0] > 0 ? p.hubCpu[1] / p.hubCpu[0] : 0.0);
    }
    for (Backend &b : backends) {
        const qint64 pid = b.hub->processId();
        std::printf("\n%s hub peak RSS (VmHWM): %.1f MB; RSS at the end: %.1f MB\n", qPrintable(b.name),
                    double(statusKb(pid, "VmHWM:")) / 1024, double(statusKb(pid, "VmRSS:")) / 1024);
        b.hub->terminate();
        b.hub->waitForFinished(30000);
    }
    if (!database.isEmpty()) {
        backends.back().counters.reset();
        try {
            Hub::PostgresHubStorage::createOrDropDatabase(postgres, database, false);
        } catch (const std::exception &e) {
            std::fprintf(stderr, "the benchmark's database stays: %s\n", e.what());
        }
    }
    return 0;
}
