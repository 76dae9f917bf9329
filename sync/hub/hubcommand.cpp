// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "sync/hub/hubcommand.h"
#include "sync/hub/hubwire.h"

#include "sync/hub/hubengine.h"
#include "sync/hub/hubserver.h"
#include "sync/hub/postgreshubstorage.h"
#include "sync/hub/sqlitehubstorage.h"
#include "sync/hub/sqlitetopostgres.h"

#include <QDateTime>
#include <QDir>
#include <QRegularExpression>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <csignal>
#include <cstdlib>
#include <mutex>
#include <thread>

#include <pthread.h>

namespace Continuite::Hub {

using namespace Qt::StringLiterals;

namespace {

// Longer than the read and write timeouts (10 s): an honest request in flight still gets its answer.
constexpr int StopGraceSeconds = 15;

struct Usage
{
    QString message;
};

class Args
{
public:
    explicit Args(QStringList list)
        : m_list(std::move(list))
    {
    }
    QString value(const QString &name, bool required = true)
    {
        const int i = m_list.indexOf(name);
        if (i < 0 || i + 1 >= m_list.size()) {
            if (required)
                throw Usage{u"missing %1"_s.arg(name)};
            return {};
        }
        const QString v = m_list.at(i + 1);
        m_list.remove(i, 2);
        return v;
    }
    bool flag(const QString &name) { return m_list.removeAll(name) > 0; }
    bool has(const QString &name) const { return m_list.contains(name); }
    void done()
    {
        if (!m_list.isEmpty())
            throw Usage{u"unexpected argument %1"_s.arg(m_list.first())};
    }

private:
    QStringList m_list;
};

void print(FILE *f, const QString &line)
{
    std::fputs((line + u'\n').toUtf8().constData(), f);
    std::fflush(f);
}

QByteArray readSecret(FILE *in)
{
    QByteArray line;
    int c;
    while ((c = std::fgetc(in)) != EOF && c != '\n' && line.size() < 4096)
        line.append(char(c));
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

const char *const UsageText =
    "Usage: continuite-hub serve --data DIR [--database URL] --listen HOST:PORT [OPTION]...\n"
    "  or:  continuite-hub admin add-teacher (--data DIR | --database URL) --login L --name N --password-stdin\n"
    "  or:  continuite-hub admin reset-password (--data DIR | --database URL) --login L --password-stdin\n"
    "  or:  continuite-hub admin devices (--data DIR | --database URL) [--person LOGIN|ID] [--json]\n"
    "  or:  continuite-hub admin devices (--data DIR | --database URL) --reset LOGIN|ID\n"
    "  or:  continuite-hub admin revoke (--data DIR | --database URL) --device ID [--login L]\n"
    "  or:  continuite-hub admin usage (--data DIR | --database URL) [--person LOGIN|ID] [--json]\n"
    "  or:  continuite-hub admin usage (--data DIR | --database URL) --reset LOGIN|ID\n"
    "  or:  continuite-hub admin migrate --database URL\n"
    "  or:  continuite-hub admin migrate-to-postgres --data DIR --database URL\n"
    "\n"
    "Where serve listens, and whom it believes:\n"
    "  --listen HOST:PORT                   0.0.0.0:8080 for a school's network, [::]:8080 for IPv6\n"
    "  --tls-cert PEM --tls-key PEM         serve https with this certificate (chain) and its private key\n"
    "  --trusted-proxy ADDR[,ADDR]          behind a reverse proxy on these addresses, with --client-ip-header\n"
    "  --client-ip-header NAME              the proxy's header naming the client (X-Forwarded-For)\n"
    "  --accel-redirect PREFIX              behind nginx, nginx sends the files (deploy/README.md)\n"
    "  --metrics-allow ADDR[,ADDR]          who may read /metrics, straight, never through the proxy (127.0.0.1,::1)\n"
    "  --log-format text|json               a line of text a request, or one JSON object (text)\n"
    "\n"
    "Quotas and sizes (default):\n"
    "  --max-upload-mb 200                  the largest file a device may send\n"
    "  --quota-mb 2048                      the files one person may own\n"
    "  --record-quota-mb 256                the records one pupil writes over her account's life\n"
    "  --teacher-record-quota-mb 1024       the records one teacher writes (every saved edit, over years)\n"
    "  --vouched-record-quota-mb 64         a pupil's work relayed from devices her teacher vouched for\n"
    "  --pupils-record-quota-mb 4096        the records of all the pupils one teacher created, together\n"
    "  --max-students-per-teacher 500       pupils one teacher may create\n"
    "  --max-vouches-per-student 16         devices of one pupil one teacher may vouch for\n"
    "  --max-devices 32                     devices one person is signed in on at once\n"
    "  --upload-expiry-hours 336            an unfinished upload nobody writes to is removed after this\n"
    "  --protocol 4                         the newest protocol answered (3: the long answers of protocol 3; 3-4)\n"
    "\n"
    "Work and memory (default):\n"
    "  --workers 8                          threads answering requests, at least 2 (each may hold a database connection)\n"
    "  --max-in-flight 48                   requests queued or worked on; beyond, 429 with Retry-After\n"
    "  --max-connections 8000               open connections; beyond, 503\n"
    "  --body-budget-mb 256                 request bodies held at once, everyone's; beyond, 429\n"
    "  --zstd-level 19                      answers' compression, 1-19 (19: fewest bytes for mobile links; 3: a LAN)\n"
    "  --zstd-allowance-mb 16               a person's pages packed at that level in 10 minutes; beyond, level 3 (1-1024)\n"
    "  --zstd-hub-allowance-mb 128          everyone's pages packed at that level in 10 minutes; beyond, level 3 (1-65536)\n"
    "\n"
    "--data DIR alone keeps everything in DIR (records in DIR/hub.sqlite): one school. With --database\n"
    "postgresql://USER@HOST/DB the records are in PostgreSQL (create its schema first with admin migrate)\n"
    "and DIR holds the uploaded files only. migrate-to-postgres moves a school's SQLite hub (stopped) into an\n"
    "empty PostgreSQL database; then serve --data DIR --database URL: devices go on where they were.\n"
    "\n"
    "The HTTP layer's limits (default, allowed range; PROTOCOL.md, \"Limits\"):\n"
    "  --body-timeout-seconds 15            grace before a body with a known token must keep up with\n"
    "  --min-body-rate 1024                 this many bytes a second\n"
    "  --anonymous-body-grace-seconds 5     the grace of a body without a known token (1 to --body-timeout-seconds)\n"
    "  --max-body-seconds 300               a body held in memory is whole within its grace + this (30-3600)\n"
    "  --body-eviction-age-ms 1000          a body this old may yield its place to a newcomer (100-60000)\n"
    "  --max-upload-slice-seconds 600       one part of an upload, then kept and resumed (10-86400)\n"
    "  --max-bodies-per-device 2            JSON bodies one device sends at once (1-64)\n"
    "  --max-known-tokens 200000            signed-in devices the HTTP layer remembers (1000-1000000)\n"
    "  --max-page-kb 2032                   the largest page of changes in one answer (16-16384)\n"
    "  --max-large-answers-per-person 2     answers over 64 KiB one person receives at once; then small pages (1-64)\n"
    "  --person-answer-budget-mb 4          all the answers one person receives at once; then 429 (1-1024)\n"
    "  --answer-budget-mb 256               all the answers the hub holds at once, everyone's; large pages\n"
    "                                       up to half of it, then small ones, then 429 (16-16384)\n"
    "  (a page must fit twice in a person's answer budget and four times in the hub's)\n"
    "  --send-buffer-kb 256                 each connection's kernel send buffer (0: the kernel's own; 16-16384)\n";

/// One line of the JSON log: {"time","level","category","message"}.
QByteArray jsonLine(const char *level, const char *category, const QString &message)
{
    const QJsonObject o{{u"time"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                        {u"level"_s, QString::fromLatin1(level)},
                        {u"category"_s, QString::fromLatin1(category)},
                        {u"message"_s, message}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

/// --log-format json: every line of the log is one JSON object (a request's is already one, HubServer writes it).
void jsonLogLine(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    static std::mutex mutex;
    static const char *const levels[] = {"debug", "warning", "critical", "fatal", "info"};
    QByteArray line = message.startsWith(u'{')
        ? message.toUtf8()
        : jsonLine(levels[std::clamp(int(type), 0, 4)], context.category ? context.category : "default", message);
    line += '\n';
    std::lock_guard lock(mutex);
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

/// The limits of `serve` from its flags (taken out of @p args); a flag with a value out of its bounds is a usage error.
HubLimits limitsFrom(Args &args)
{
    HubLimits limits;
    auto number = [&](const QString &name, qint64 fallback, qint64 low = 1, qint64 high = 1000000, const QString &why = {}) {
        if (!args.has(name))
            return fallback;
        const QString v = args.value(name); // an empty value is a nonsense one, not the default
        bool ok = false;
        const qint64 n = v.toLongLong(&ok);
        // A million (MB, hours, threads…) is past every sensible setting, and far from overflowing when shifted.
        if (!ok || n < low || n > high) {
            if (low == 1 && high == 1000000)
                throw Usage{u"%1 needs a positive number, at most 1000000"_s.arg(name)};
            throw Usage{u"%1 needs a whole number from %2 to %3, not \"%4\"%5"_s.arg(name).arg(low).arg(high).arg(v.left(40),
                                                                                                       why.isEmpty() ? QString() : u" ("_s + why + u')')};
        }
        return n;
    };
    limits.maxUploadBytes = number(u"--max-upload-mb"_s, limits.maxUploadBytes >> 20) << 20;
    limits.quotaBytes = number(u"--quota-mb"_s, limits.quotaBytes >> 20) << 20;
    limits.recordQuotaBytes = number(u"--record-quota-mb"_s, limits.recordQuotaBytes >> 20) << 20;
    limits.teacherRecordQuotaBytes = number(u"--teacher-record-quota-mb"_s, limits.teacherRecordQuotaBytes >> 20) << 20;
    limits.vouchedRecordQuotaBytes = number(u"--vouched-record-quota-mb"_s, limits.vouchedRecordQuotaBytes >> 20) << 20;
    limits.pupilsRecordQuotaBytes = number(u"--pupils-record-quota-mb"_s, limits.pupilsRecordQuotaBytes >> 20) << 20;
    limits.maxStudentsPerTeacher = int(number(u"--max-students-per-teacher"_s, limits.maxStudentsPerTeacher));
    limits.maxVouchesPerStudent = int(number(u"--max-vouches-per-student"_s, limits.maxVouchesPerStudent));
    limits.maxDevicesPerPerson = int(number(u"--max-devices"_s, limits.maxDevicesPerPerson));
    limits.protocol = int(number(u"--protocol"_s, limits.protocol, 3, 4));
    // Two at least: lists of devices take at most half the workers, and with one a teacher's list would hold the only one
    // (review of trust16, finding 6).
    limits.workers = int(number(u"--workers"_s, limits.workers, 2, 1000000, u"lists of devices may hold half of them"_s));
    limits.maxInFlight = int(number(u"--max-in-flight"_s, limits.maxInFlight));
    limits.maxConnections = int(number(u"--max-connections"_s, limits.maxConnections));
    limits.bodyBudgetBytes = number(u"--body-budget-mb"_s, limits.bodyBudgetBytes >> 20) << 20;
    limits.anonymousBodyBudgetBytes = limits.bodyBudgetBytes / 16; // sign-ins and other requests without a token
    // A body must arrive within this many seconds + its length ÷ the rate (PROTOCOL.md, "Limits").
    limits.bodyTimeoutSeconds = int(number(u"--body-timeout-seconds"_s, limits.bodyTimeoutSeconds));
    limits.minBodyBytesPerSecond = number(u"--min-body-rate"_s, limits.minBodyBytesPerSecond);
    // The body rules' finer knobs (PROTOCOL.md, "Limits"), each bounded: beyond, a knob stops meaning what it says (no
    // grace at all shuts out a phone whose first packet is late; hours per body hands the budget to a trickle).
    limits.anonymousBodyGraceSeconds = int(number(u"--anonymous-body-grace-seconds"_s, std::min(limits.anonymousBodyGraceSeconds,
                                                                                                   limits.bodyTimeoutSeconds),
                                                  1, std::min(300, limits.bodyTimeoutSeconds),
                                                  u"a body without a known token; at most --body-timeout-seconds"_s));
    limits.maxBodySeconds = int(number(u"--max-body-seconds"_s, limits.maxBodySeconds, 30, 3600,
                                       u"the longest a body held in memory may take, however large"_s));
    limits.maxUploadSliceSeconds = int(number(u"--max-upload-slice-seconds"_s, limits.maxUploadSliceSeconds, 10, 86400,
                                              u"the longest one part of an upload may take; then it is kept and resumed"_s));
    limits.bodyEvictionAgeMs = int(number(u"--body-eviction-age-ms"_s, limits.bodyEvictionAgeMs, 100, 60000,
                                          u"how old a body must be before a newcomer may take its place"_s));
    limits.maxBodiesPerToken = int(number(u"--max-bodies-per-device"_s, limits.maxBodiesPerToken, 1, 64,
                                          u"a device sends one request at a time"_s));
    limits.maxKnownTokens = int(number(u"--max-known-tokens"_s, limits.maxKnownTokens, 1000, 1000000,
                                       u"signed-in devices the HTTP layer remembers, a few hundred bytes each"_s));
    limits.maxBudget = number(u"--max-page-kb"_s, limits.maxBudget >> 10, 16, 16384,
                              u"the largest page of changes one answer holds, in KiB"_s) << 10;
    limits.defaultBudget = std::min(limits.defaultBudget, limits.maxBudget);
    limits.maxLargeAnswersPerPerson = int(number(u"--max-large-answers-per-person"_s, limits.maxLargeAnswersPerPerson, 1, 64,
                                                 u"answers over 64 KiB one person receives at once; beyond, small pages"_s));
    limits.personAnswerBudgetBytes = number(u"--person-answer-budget-mb"_s, limits.personAnswerBudgetBytes >> 20, 1, 1024,
                                            u"all the answers one person receives at once; beyond, 429"_s)
        << 20;
    limits.answerBudgetBytes = number(u"--answer-budget-mb"_s, limits.answerBudgetBytes >> 20, 16, 16384,
                                      u"all the answers the hub holds at once, everyone's; beyond half, small pages"_s)
        << 20;
    // A large answer is counted at the largest page (and its envelope, 16 KiB) before it is built: a page that does not
    // fit twice in a person's part (or four times in the hub's) would be given as small pages only, which is not what
    // whoever set it meant.
    constexpr qint64 Envelope = 16 * 1024;
    const auto pageFits = [&](qint64 budget, int times) { return (limits.maxBudget + Envelope) * times <= budget; };
    const auto largestPageKb = [&](qint64 budget, int times) { return (budget / times - Envelope) >> 10; };
    const auto budgetMb = [&](int times) { return ((limits.maxBudget + Envelope) * times + (1 << 20) - 1) >> 20; };
    const struct
    {
        qint64 budget;
        int times;
        const char *timesSaid;
        const char *flag;
    } fits[] = {{limits.personAnswerBudgetBytes, 2, "twice", "--person-answer-budget-mb"},
                {limits.answerBudgetBytes, 4, "four times", "--answer-budget-mb"}};
    for (const auto &f : fits)
        if (!pageFits(f.budget, f.times))
            throw Usage{u"--max-page-kb %1 does not fit %2 in %3 %4 (with 16 KiB each for the answer around it): raise the "
                        "budget to %5 or lower the page to %6"_s.arg(limits.maxBudget >> 10)
                            .arg(QString::fromLatin1(f.timesSaid), QString::fromLatin1(f.flag))
                            .arg(f.budget >> 20)
                            .arg(budgetMb(f.times))
                            .arg(largestPageKb(f.budget, f.times))};
    const qint64 sendBufferKb = number(u"--send-buffer-kb"_s, limits.socketSendBufferBytes >> 10, 0, 16384,
                                       u"each connection's kernel send buffer; 0: the kernel's own sizing"_s);
    if (sendBufferKb > 0 && sendBufferKb < 16)
        throw Usage{u"--send-buffer-kb is 0 (the kernel's own sizing) or 16 to 16384, not %1"_s.arg(sendBufferKb)};
    limits.socketSendBufferBytes = int(sendBufferKb << 10);
    limits.largeAnswerZstdLevel = int(number(u"--zstd-level"_s, limits.largeAnswerZstdLevel));
    if (limits.largeAnswerZstdLevel > 19)
        throw Usage{u"--zstd-level is 1 to 19 (19: fewest bytes, for mobile links; 3: a LAN)"_s};
    limits.largeAnswerAllowanceBytes = number(u"--zstd-allowance-mb"_s, limits.largeAnswerAllowanceBytes >> 20, 1, 1024,
                                              u"a person's pages packed at --zstd-level in 10 minutes, in MiB before packing"_s)
        << 20;
    limits.largeAnswerHubAllowanceBytes = number(u"--zstd-hub-allowance-mb"_s, limits.largeAnswerHubAllowanceBytes >> 20, 1, 65536,
                                                 u"everyone's pages packed at --zstd-level in 10 minutes, in MiB before packing"_s)
        << 20;
    limits.uploadExpirySeconds = number(u"--upload-expiry-hours"_s, limits.uploadExpirySeconds / 3600) * 3600;
    limits.trustedProxy = args.value(u"--trusted-proxy"_s, false);
    limits.clientIpHeader = args.value(u"--client-ip-header"_s, false);
    if (limits.trustedProxy.isEmpty() != limits.clientIpHeader.isEmpty())
        throw Usage{u"--trusted-proxy and --client-ip-header go together (e.g. --trusted-proxy 127.0.0.1 "
                    "--client-ip-header X-Forwarded-For)"_s};
    for (const QString &proxy : limits.trustedProxy.split(u',', Qt::SkipEmptyParts))
        if (QHostAddress(proxy.trimmed()).isNull())
            throw Usage{u"--trusted-proxy takes IP addresses separated by commas, not \"%1\""_s.arg(proxy)};
    limits.accelRedirectPrefix = args.value(u"--accel-redirect"_s, false);
    if (!limits.accelRedirectPrefix.isEmpty()) {
        static const QRegularExpression prefix(u"^/[A-Za-z0-9._/-]*/$"_s);
        if (!prefix.match(limits.accelRedirectPrefix).hasMatch() || limits.accelRedirectPrefix.contains(u".."_s))
            throw Usage{u"--accel-redirect takes the path of nginx's internal location, between slashes (e.g. "
                        "/continuite-blobs/), not \"%1\""_s.arg(limits.accelRedirectPrefix)};
        if (limits.trustedProxy.isEmpty())
            throw Usage{u"--accel-redirect needs --trusted-proxy and --client-ip-header: only requests through nginx are "
                        "answered with a redirect"_s};
    }
    if (const QString allow = args.value(u"--metrics-allow"_s, false); !allow.isEmpty()) {
        for (const QString &a : allow.split(u',', Qt::SkipEmptyParts))
            if (QHostAddress(a.trimmed()).isNull())
                throw Usage{u"--metrics-allow takes IP addresses separated by commas, not \"%1\""_s.arg(a)};
        limits.metricsAllow = allow;
    }
    if (const QString format = args.value(u"--log-format"_s, false); !format.isEmpty()) {
        if (format != u"text"_s && format != u"json"_s)
            throw Usage{u"--log-format is text (the default) or json (one JSON object a line, for a log collector)"_s};
        limits.jsonLog = format == u"json"_s;
    }
    limits.tlsCertificateFile = args.value(u"--tls-cert"_s, false);
    limits.tlsKeyFile = args.value(u"--tls-key"_s, false);
    if (limits.tlsCertificateFile.isEmpty() != limits.tlsKeyFile.isEmpty())
        throw Usage{u"--tls-cert and --tls-key go together (PEM files: the certificate and its private key)"_s};
    return limits;
}

int serve(Args &args, FILE *out, FILE *err)
{
    const QString data = args.value(u"--data"_s);
    const QString database = args.value(u"--database"_s, false);
    const QString listen = args.value(u"--listen"_s);
    const HubLimits limits = limitsFrom(args);
    args.done();
    if (limits.jsonLog)
        qInstallMessageHandler(jsonLogLine);
    // What serve says itself (listening, stopping) is a line of the same log.
    auto say = [&](FILE *f, const QString &line) {
        print(f, limits.jsonLog ? QString::fromUtf8(jsonLine(f == err ? "warning" : "info", "continuite.hub", line)) : line);
    };
    const int colon = listen.lastIndexOf(u':');
    bool portOk = false;
    const int port = colon > 0 ? listen.mid(colon + 1).toInt(&portOk) : -1;
    if (!portOk || port < 0 || port > 65535)
        throw Usage{u"--listen takes HOST:PORT, e.g. 0.0.0.0:8080"_s};
    QString host = listen.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);

    // Signals are taken by sigwait below, on this thread only: block them before any worker starts.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);

    std::unique_ptr<HubServer> server;
    try {
        std::unique_ptr<HubStorage> storage;
        if (!database.isEmpty()) {
            try {
                // Every worker and the upload sweeper may each hold one connection.
                storage = std::make_unique<PostgresHubStorage>(database, PostgresHubStorage::Schema::MustBeCurrent,
                                                               limits.workers + 4);
            } catch (const StorageError &e) {
                say(err, u"continuite-hub: cannot use %1: %2"_s.arg(PostgresHubStorage::displayUrl(database),
                                                                      QString::fromUtf8(e.what())));
                return 1;
            }
        }
        server = std::make_unique<HubServer>(data, limits, std::move(storage));
        server->engine().saveQuotas(); // admin usage shows these, not the defaults
    } catch (const StorageError &e) {
        say(err, u"continuite-hub: cannot open the data in %1: %2"_s.arg(data, QString::fromUtf8(e.what())));
        return 1;
    } catch (const std::runtime_error &e) {
        say(err, u"continuite-hub: %1"_s.arg(QString::fromUtf8(e.what())));
        return 1;
    }
    if (!server->start(host, port)) {
        say(err, u"continuite-hub: cannot listen on %1 (in use, or not an address of this machine)"_s.arg(listen));
        return 1;
    }
    say(out, u"continuite-hub %1 listening on %2 (data in %3%4)"_s.arg(HubServer::version(), server->url(), QDir(data).absolutePath(),
                                                                            database.isEmpty() ? QString()
                                                                                               : u", records in "_s + PostgresHubStorage::displayUrl(database)));
    int signal = 0;
    sigwait(&stopSignals, &signal);
    say(out, u"continuite-hub: stopping (signal %1), finishing requests in flight"_s.arg(signal));
    // A request that does not finish must not keep the hub from stopping: SQLite's journal makes a hard
    // exit safe, and every client retries what was not answered.
    std::mutex stopMutex;
    std::condition_variable stopped;
    bool done = false;
    std::thread watchdog([&] {
        std::unique_lock lock(stopMutex);
        if (!stopped.wait_for(lock, std::chrono::seconds(StopGraceSeconds), [&] { return done; })) {
            say(out, u"continuite-hub: requests still running after %1 s; stopping without them"_s.arg(StopGraceSeconds));
            std::_Exit(0);
        }
    });
    server->stop();
    server.reset();
    {
        std::lock_guard lock(stopMutex);
        done = true;
    }
    stopped.notify_one();
    watchdog.join();
    say(out, u"continuite-hub: stopped"_s);
    return 0;
}

int admin(const QString &command, Args &args, FILE *in, FILE *out, FILE *err)
{
    const QString database = args.value(u"--database"_s, false);
    const QString data = args.value(u"--data"_s, database.isEmpty() || command == u"migrate-to-postgres"_s);
    if (command == u"migrate"_s) {
        args.done();
        if (database.isEmpty()) // SQLite migrates itself when the hub opens its file
            throw Usage{u"admin migrate takes --database URL (a hub's SQLite file is upgraded when the hub opens it)"_s};
        PostgresHubStorage storage(database, PostgresHubStorage::Schema::Migrate, 1);
        print(out, u"%1: hub schema %2"_s.arg(PostgresHubStorage::displayUrl(database)).arg(storage.schemaVersion()));
        return 0;
    }
    if (command == u"migrate-to-postgres"_s) {
        args.done();
        if (database.isEmpty() || data.isEmpty())
            throw Usage{u"admin migrate-to-postgres takes --data DIR (the school's hub, stopped) and --database URL (empty)"_s};
        const QList<SqliteToPostgres::Table> tables = SqliteToPostgres::run(data, database);
        for (const SqliteToPostgres::Table &t : tables)
            print(out, u"%1  %2 rows  sha256 %3"_s.arg(t.name, -20).arg(t.rows).arg(QString::fromLatin1(t.digest)));
        print(out, u"%1 holds the hub of %2 now (the same counts and digests on both sides). Serve it with "
                   "--data %2 --database URL: devices keep their cursors."_s
                       .arg(PostgresHubStorage::displayUrl(database), QDir(data).absolutePath()));
        return 0;
    }
    if (database.isEmpty() && !QDir(data).exists(u"hub.sqlite"_s) && command != u"add-teacher"_s) {
        print(err, u"continuite-hub: no hub data in %1"_s.arg(data));
        return 1;
    }
    auto open = [&]() -> std::unique_ptr<HubStorage> {
        if (!database.isEmpty())
            return std::make_unique<PostgresHubStorage>(database, PostgresHubStorage::Schema::MustBeCurrent, 2);
        QDir().mkpath(data);
        return std::make_unique<SqliteHubStorage>(data + u"/hub.sqlite"_s);
    };
    if (command == u"add-teacher"_s || command == u"reset-password"_s) {
        const QString login = args.value(u"--login"_s);
        const QString name = command == u"add-teacher"_s ? args.value(u"--name"_s) : QString();
        if (!args.flag(u"--password-stdin"_s))
            throw Usage{u"the password is read from stdin only: pass --password-stdin"_s};
        args.done();
        const QByteArray password = readSecret(in);
        auto storage = open();
        HubEngine engine(*storage);
        if (command == u"add-teacher"_s) {
            const Account a = engine.addTeacher(login, name, password);
            print(out, u"teacher %1 added (id %2)"_s.arg(a.login, a.id));
        } else {
            engine.resetPassword(login, password);
            print(out, u"password of %1 changed"_s.arg(HubEngine::normalizeLogin(login)));
        }
        return 0;
    }
    if (command == u"devices"_s) {
        const QString reset = args.value(u"--reset"_s, false);
        const QString person = args.value(u"--person"_s, false);
        const bool json = args.flag(u"--json"_s);
        args.done();
        auto storage = open();
        HubEngine engine(*storage);
        if (!reset.isEmpty()) {
            const auto [a, rows] = engine.forgiveDeviceRows(reset);
            print(out, u"device rows (and vouched keys) of %1 (%2) counted from here: %3 kept (signed-out devices stay "
                       "signed out)"_s
                           .arg(Wire::printable(a.login), a.id).arg(rows));
            return 0;
        }
        const auto devices = engine.allDevices(person);
        QJsonArray list;
        for (const HubEngine::ListedDevice &d : devices) {
            const Account &account = d.account;
            const DeviceRecord &device = d.device;
            if (json) {
                QJsonObject o{{u"id"_s, device.deviceId}, {u"login"_s, account.login}, {u"person"_s, account.id},
                              {u"role"_s, account.role}, {u"name"_s, device.name}, {u"created"_s, device.created},
                              {u"last_seen"_s, device.lastSeen}, {u"revoked"_s, device.revoked}, {u"vouched"_s, d.vouched}};
                if (d.vouched) {
                    o.insert(u"vouched_by"_s, d.voucher.id);
                    o.insert(u"vouched_at"_s, device.created);
                    o.insert(u"public_key"_s, QString::fromLatin1(device.publicKey.toHex()));
                }
                list.append(o);
            } else if (d.vouched) {
                // Known by a teacher's vouch only (a USB or classroom tablet): its id, to sign it out (admin revoke).
                // One line per key vouched for as that device (issue 11 review, F7), each with its first voucher.
                print(out, u"%1  %2  key %3  vouched for by %4 on %5%6"_s.arg(device.deviceId, account.login,
                                                                              QString::fromLatin1(device.publicKey.toHex().left(16)),
                                                                              Wire::printable(d.voucher.login.isEmpty() ? d.voucher.id : d.voucher.login),
                                                                              device.created, device.revoked ? u"  (revoked)"_s : QString()));
            } else {
                print(out, u"%1  %2  %3  last seen %4%5"_s.arg(device.deviceId, account.login, Wire::printable(device.name), device.lastSeen,
                                                                 device.revoked ? u"  (revoked)"_s : QString()));
            }
        }
        if (json)
            print(out, QString::fromUtf8(QJsonDocument(QJsonObject{{u"devices"_s, list}}).toJson(QJsonDocument::Compact)));
        return 0;
    }
    if (command == u"revoke"_s) {
        const QString device = args.value(u"--device"_s);
        const QString login = args.value(u"--login"_s, false);
        args.done();
        auto storage = open();
        HubEngine engine(*storage);
        if (!engine.adminRevoke(device, login)) {
            print(err, u"continuite-hub: no active device %1%2"_s.arg(device, login.isEmpty() ? QString() : u" of "_s + login));
            return 1;
        }
        print(out, u"device %1 revoked"_s.arg(device));
        return 0;
    }
    if (command == u"usage"_s) {
        const QString reset = args.value(u"--reset"_s, false);
        const QString person = args.value(u"--person"_s, false);
        const bool json = args.flag(u"--json"_s);
        args.done();
        auto storage = open();
        HubEngine engine(*storage, HubEngine::savedQuotas(*storage));
        if (!reset.isEmpty()) {
            const Account a = engine.resetRecordUsage(reset);
            print(out, u"record usage of %1 (%2) reset to 0 bytes"_s.arg(Wire::printable(a.login), a.id));
            return 0;
        }
        QJsonArray list;
        for (const PersonUsage &u : engine.usage(person)) {
            if (json) {
                list.append(QJsonObject{{u"person"_s, u.account.id}, {u"login"_s, u.account.login}, {u"role"_s, u.account.role},
                                        {u"display_name"_s, u.account.displayName},
                                        {u"record_bytes"_s, double(u.recordBytes)}, {u"record_quota"_s, double(u.recordQuota)},
                                        {u"file_bytes"_s, double(u.fileBytes)}, {u"devices"_s, u.devices},
                                        {u"revoked_devices"_s, u.revokedDevices}, {u"vouched_keys"_s, u.vouchedKeys},
                                        {u"students_created"_s, u.studentsCreated},
                                        {u"vouched_bytes"_s, double(u.vouchedBytes)}, {u"vouched_quota"_s, double(u.vouchedQuota)},
                                        {u"pupils_bytes"_s, double(u.pupilsBytes)}, {u"pupils_quota"_s, double(u.pupilsQuota)},
                                        {u"students_allowed"_s, u.studentsAllowed}, {u"pupil_share"_s, double(u.pupilShare)}});
            } else {
                // Names come from teachers' devices: printed without control or bidirectional characters (tst_loginjection).
                // Concatenated, not .arg()-chained: a name with "%1" in it must stay as it is.
                print(out, u.account.id + u"  "_s + Wire::printable(u.account.login) + u"  "_s + u.account.role
                               + u"  records %1 of %2 B  files %3 B  devices %4 (+%5 signed out)  vouched %6"_s
                                     .arg(u.recordBytes).arg(u.recordQuota).arg(u.fileBytes)
                                     .arg(u.devices).arg(u.revokedDevices).arg(u.vouchedKeys)
                               + (u.account.role == u"teacher"_s
                                      ? u"  students created %1 of %2  pupils' pool %3 of %4 B (%5 B a pupil once full)"_s
                                            .arg(u.studentsCreated).arg(u.studentsAllowed).arg(u.pupilsBytes)
                                            .arg(u.pupilsQuota).arg(u.pupilShare)
                                      : u"  vouched work %1 B (%2 B a vouching teacher)"_s.arg(u.vouchedBytes).arg(u.vouchedQuota))
                               + u"  "_s + Wire::printable(u.account.displayName));
            }
        }
        if (json)
            print(out, QString::fromUtf8(QJsonDocument(QJsonObject{{u"usage"_s, list}}).toJson(QJsonDocument::Compact)));
        return 0;
    }
    throw Usage{u"unknown admin command %1"_s.arg(command)};
}

} // namespace

std::optional<HubLimits> serveLimits(const QStringList &flags, QString *usage)
{
    try {
        Args args(flags);
        HubLimits limits = limitsFrom(args);
        args.done();
        return limits;
    } catch (const Usage &u) {
        if (usage)
            *usage = u.message;
        return std::nullopt;
    }
}

int runHubCommand(const QStringList &arguments, FILE *in, FILE *out, FILE *err)
{
    try {
        if (arguments.isEmpty())
            throw Usage{u"no command"_s};
        const QString command = arguments.first();
        if (arguments.contains(u"--help"_s)) { // `serve --help` too: the options and their defaults are in PROTOCOL.md
            std::fputs(UsageText, out);
            return 0;
        }
        if (command == u"serve"_s) {
            Args args(arguments.mid(1));
            return serve(args, out, err);
        }
        if (command == u"admin"_s && arguments.size() >= 2) {
            Args args(arguments.mid(2));
            return admin(arguments.at(1), args, in, out, err);
        }
        if (command == u"--help"_s || command == u"help"_s) {
            std::fputs(UsageText, out);
            return 0;
        }
        if (command == u"--version"_s) {
            print(out, HubServer::version());
            return 0;
        }
        throw Usage{u"unknown command %1"_s.arg(command)};
    } catch (const Usage &u) {
        print(err, u"continuite-hub: "_s + u.message);
        std::fputs(UsageText, err);
        return 2;
    } catch (const HubError &e) {
        print(err, u"continuite-hub: "_s + e.message);
        return 1;
    } catch (const StorageError &e) {
        print(err, u"continuite-hub: database error: "_s + QString::fromUtf8(e.what()));
        return 1;
    }
}

} // namespace Continuite::Hub
