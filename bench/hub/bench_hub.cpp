// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// bench_hub: drives a real `continuite-hub serve` process over loopback HTTP and reports, for 1, 16 and 64
// concurrent clients, requests per second and p50/p99 latency of (a) an empty sync and (b) a push of 50
// changes, (c) with --only signin, a student's sign-in (PIN, minimal argon2id, with the device's previous
// token), then the hub's peak resident memory.
// Usage: bench_hub [--seconds N] [--clients 1,16,64] [--only empty|push|signin] [--hub PATH]
#include "sync/change.h"
#include "sync/hlc.h"
#include "sync/hub/hubcrypto.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>

#include <curl/curl.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>
#include <vector>

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
    std::atomic<qint64> ok{0}, busy{0}, failed{0};
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
                    else
                        s.cursor = http.json().value(u"cursor"_s).toString();
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
    for (int i = 0; i + 1 < args.size(); i += 2) {
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
    }
    const int maxClients = *std::max_element(clientCounts.begin(), clientCounts.end());
    curl_global_init(CURL_GLOBAL_DEFAULT);

    QTemporaryDir dir;
    QProcess admin;
    admin.start(hubExe, {u"admin"_s, u"add-teacher"_s, u"--data"_s, dir.path(), u"--login"_s, u"bench"_s, u"--name"_s, u"Bench"_s, u"--password-stdin"_s});
    admin.waitForStarted();
    admin.write("bench-password\n");
    admin.closeWriteChannel();
    admin.waitForFinished();
    if (admin.exitCode() != 0) {
        std::fprintf(stderr, "add-teacher failed: %s\n", admin.readAllStandardError().constData());
        return 1;
    }
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const int port = probe.serverPort();
    probe.close();
    QProcess hub;
    hub.setStandardErrorFile(QProcess::nullDevice()); // one log line per request: measured, not shown
    hub.start(hubExe, QStringList{u"serve"_s, u"--data"_s, dir.path(), u"--listen"_s, u"127.0.0.1:%1"_s.arg(port)} + hubArgs);
    hub.waitForStarted();
    while (!hub.readAllStandardOutput().contains("listening") && hub.waitForReadyRead(10000)) {
    }
    const std::string base = "http://127.0.0.1:" + std::to_string(port);

    // One class, one teacher, a student per client (each its own account and device).
    Http teacherHttp;
    const QString teacherDevice = newUuid();
    teacherHttp.post(base + "/v1/login", QJsonDocument(QJsonObject{{u"login"_s, u"bench"_s}, {u"password"_s, u"bench-password"_s}, {u"device_id"_s, teacherDevice}}).toJson());
    const QString teacherToken = teacherHttp.json().value(u"token"_s).toString();
    const QString teacherId = teacherHttp.json().value(u"person"_s).toObject().value(u"id"_s).toString();
    const QString classId = newUuid();
    Http teacher(teacherToken);
    QJsonArray setup{change(u"class"_s, classId, classId, teacherId, teacherDevice, {{u"name"_s, u"Bench"_s}})};
    std::vector<Student> students(static_cast<size_t>(maxClients));
    const QString pinHash = QString::fromLatin1(Hub::Crypto::hashSecret("1234", Hub::Crypto::Cost::Minimal));
    for (int i = 0; i < maxClients; ++i) {
        students[size_t(i)].id = newUuid();
        students[size_t(i)].classId = classId;
        setup.append(change(u"member"_s, newUuid(), classId, teacherId, teacherDevice,
                            {{u"person"_s, students[size_t(i)].id}, {u"role"_s, u"student"_s}, {u"display_name"_s, u"Élève %1"_s.arg(i)},
                             {u"login"_s, u"bench%1"_s.arg(i)}, {u"pin_hash"_s, pinHash}}));
    }
    teacher.post(base + "/v1/sync", QJsonDocument(QJsonObject{{u"changes"_s, setup}}).toJson());
    for (int i = 0; i < maxClients; ++i) {
        Http h;
        h.post(base + "/v1/login", QJsonDocument(QJsonObject{{u"login"_s, u"bench%1"_s.arg(i)}, {u"password"_s, u"1234"_s}, {u"device_id"_s, students[size_t(i)].device}}).toJson());
        students[size_t(i)].token = h.json().value(u"token"_s).toString();
        Http first(students[size_t(i)].token);
        first.post(base + "/v1/sync", "{}");
        students[size_t(i)].cursor = first.json().value(u"cursor"_s).toString();
    }

    const qint64 pid = hub.processId();
    std::printf("| scenario | clients | requests/s | p50 ms | p99 ms | 200 | 429 | errors | hub CPU ms per 200 |\n|---|---|---|---|---|---|---|---|---|\n");
    for (const Scenario scenario : {Scenario::Empty, Scenario::Push, Scenario::SignIn}) {
        const bool wanted = only.isEmpty() ? scenario != Scenario::SignIn
                                           : only == (scenario == Scenario::Empty ? u"empty"_s
                                                      : scenario == Scenario::Push ? u"push"_s : u"signin"_s);
        if (!wanted)
            continue;
        for (const int clients : clientCounts) {
            const double cpuBefore = cpuMs(pid);
            const Result r = run(base, students, clients, seconds, scenario);
            const double cpu = cpuMs(pid) - cpuBefore;
            std::printf("| %s | %d | %.0f | %.2f | %.2f | %lld | %lld | %lld | %.3f |\n", scenarioName(scenario), clients,
                        r.perSecond, r.p50, r.p99, qint64(r.ok), qint64(r.busy), qint64(r.failed), r.ok ? cpu / double(r.ok) : 0.0);
            std::fflush(stdout);
        }
    }
    std::printf("\nhub peak RSS (VmHWM): %.1f MB; RSS at the end: %.1f MB\n", double(statusKb(pid, "VmHWM:")) / 1024,
                double(statusKb(pid, "VmRSS:")) / 1024);
    hub.terminate();
    hub.waitForFinished(30000);
    return 0;
}
