// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// The hub's HTTP layer on libmicrohttpd (issue 19): epoll event loops hold the connections, workers the
// complete requests (see hubserver.h).
#include "sync/hub/hubserver.h"

#include "sync/hub/hubwire.h"

#include "sync/hub/bodyrules.h"

#include "sync/hub/hubcrypto.h"
#include "sync/hub/hubengine.h"
#include "sync/hub/hublog.h"
#include "sync/hub/lingeringclose.h"
#include "sync/hub/hubroute.h"
#include "sync/hub/hubmetrics.h"
#include "sync/hub/uploadstore.h"
#include "sync/hub/sqlitehubstorage.h"
#include "sync/hub/workerpool.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QScopeGuard>

#include <microhttpd.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <atomic>
#include <limits>
#include <list>
#include <map>
#include <set>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <condition_variable>
#include <chrono>
#include <mutex>
#include <cerrno>
#include <cstdarg>
#include <thread>

#include <fcntl.h>
#include <linux/sockios.h>
#include <linux/tcp.h>
#include <netdb.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Continuite::Hub {

using namespace Qt::StringLiterals;

struct Link;

namespace {

const char *const JsonType = "application/json";

qint64 monotonicMs()
{
    static QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer.elapsed();
}

QString qstr(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

/// What the hub answers to one request: built on a worker (or on the event loop for the light ones), sent by
/// the event loop.
struct Reply
{
    int status = 0; ///< 0: nothing to answer yet
    std::vector<std::pair<std::string, std::string>> headers;
    QByteArray body;
    qsizetype bodySize = 0; ///< body's size once handed to libmicrohttpd (answer())
    bool json = false;
    int fd = -1; ///< a file's bytes instead of body: [offset, offset + length)
    qint64 offset = 0;
    qint64 length = 0;
    bool close = false; ///< the request's body was not read: the connection cannot carry another one

    void header(std::string name, std::string value) { headers.emplace_back(std::move(name), std::move(value)); }
    void setJson(int s, const QByteArray &b)
    {
        status = s;
        body = b;
        json = true;
    }
    void setError(const HubError &e)
    {
        QJsonObject o{{u"error"_s, e.code}, {u"message"_s, e.message}};
        if (!e.field.isEmpty())
            o.insert(u"field"_s, e.field);
        if (e.retryAfter > 0)
            header("Retry-After", std::to_string(e.retryAfter));
        headers.erase(std::remove_if(headers.begin(), headers.end(), [](const auto &h) { return h.first == "Content-Encoding"; }),
                      headers.end());
        if (fd >= 0) {
            ::close(fd);
            fd = -1;
        }
        setJson(e.status, QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
};

HubError busy()
{
    return HubError(429, u"busy"_s, u"The hub is busy; try again in a moment."_s, {}, 1);
}

/// Writes @p r to @p fd as a whole HTTP/1.1 answer that closes the connection (see Private::refuseMidBody()).
bool writeRaw(int fd, const Reply &r);

/// What an upload's event loop keeps in memory while its checks run; beyond, the connection waits for them.
constexpr qsizetype EarlyBytes = 256 * 1024;

/// An answer larger than this is a large one (a catch-up's page), counted in HubLimits::maxLargeAnswersPerPerson.
constexpr qint64 LargeAnswerBytes = 64 * 1024;
/// The page asked of the engine for a person who is already receiving all the large answers she may: its answer stays
/// under LargeAnswerBytes (the envelope and a change's own size aside), and "more" says the rest follows.
constexpr qint64 SmallPageBytes = 48 * 1024;
/// An answer's envelope beyond its page (cursor, verdicts, what "more" needs), counted with the page before it is built.
constexpr qint64 AnswerEnvelopeBytes = 16 * 1024;
/// The zstd level of a list of devices: fast (see HubRoute::Devices in handle()).
constexpr int DevicesZstdLevel = 3;

/// One request, from its headers to its answer. Lives from the first call of the access handler to the
/// request's completion (MHD_OPTION_NOTIFY_COMPLETED); only one thread touches it at a time: the event loop,
/// or the worker while the connection is suspended.
struct Exchange
{
    enum class Phase {
        HeadWork, ///< a worker checks what must be checked before the body is read (uploads, large syncs)
        Body,     ///< the body arrives (event loop)
        Work,     ///< a worker does the request
        Done,     ///< the answer is queued
    };
    MHD_Connection *connection = nullptr;
    Link *link = nullptr; ///< its connection's (outlives it)
    Phase phase = Phase::Body;
    qint64 startedMs = 0;
    std::string method;
    std::string path;
    HubRoute route;
    std::vector<std::pair<std::string, std::string>> headers; ///< names in lower case
    int headerCount = 0; ///< all of them, also those beyond MaxHeaders (not kept: the request is refused)
    bool spacedHeaderName = false; ///< a header name with a space or a tab in it ("Content-Length : 5")
    std::string person;                                       ///< ?person= of a device revocation
    std::string remoteAddr;
    std::string requestId;     ///< the client's X-Request-Id when it is a sane one, else one made here (logs, answer)
    bool requestIdSent = false; ///< requestId is the one the request carried (the client's, or the front's)
    QByteArray tokenHash;      ///< SHA-256 of its bearer token (checked well-formed from its head), empty without one
    qint64 declaredLength = 0; ///< Content-Length (0 when none)
    qint64 received = 0;       ///< body bytes received so far
    QByteArray body;           ///< a JSON body, at most its route's limit
    // An upload, streamed to its part file by the event loop.
    Session session;
    std::shared_ptr<void> uploadClaim;
    std::unique_ptr<QFile> part;
    qint64 uploadLength = 0;
    qint64 written = 0;
    bool discardBody = false; ///< the blob is already here: read the body, keep nothing
    bool tooLong = false;
    bool writeFailed = false;
    Reply reply;
    // An upload's checks (token, quota, offset) run on a worker while its first bytes arrive: the connection is
    // not suspended for them, because libmicrohttpd 0.9.75 drops the bytes it read with the headers when a
    // suspended connection turns out closed (a phone cut right after sending them). Until they end, the event
    // loop keeps what arrives in `early`, and from then on writes it to the part file.
    enum class Check {
        None,
        Running,  ///< on a worker: the event loop only appends to `early` (suspending beyond EarlyBytes)
        Accepted, ///< `early` is on disk; the body goes on to the part file
        Refused,  ///< the answer is in `reply`
    };
    std::mutex guard; ///< check, early, received, waiting, orphaned, answeredRaw while a check may run
    std::atomic<Check> check{Check::None}; ///< written under guard; the event loop reads it without
    QByteArray early;
    bool waiting = false;     ///< suspended until the check ends
    bool orphaned = false;    ///< the connection ended while the check ran: the check's end deletes this
    bool answeredRaw = false; ///< a refusal written to the socket by the hub (see refuseMidBody())
    // Its share of the body budget (HubLimits::bodyBudgetBytes), given back when it ends (releaseBody()).
    qint64 reserved = 0;
    bool reservedAnonymous = false;
    QString reservedPerson;  ///< whose small bodies it counts in (HubLimits::personBodyBudgetBytes), when known
    QString largeBodyPerson; ///< the person sending this large sync, counted against maxLargeBodiesPerPerson
    /// Its reservation was taken by a newcomer (Private::evictFor()): its connection is being closed. Written under
    /// budgetMutex, read by its event loop after taking it.
    bool evicted = false;
    bool countedForToken = false; ///< counted in Private::tokenBodies (under budgetMutex)
    // Its answer while it is being sent (HubLimits::maxLargeAnswersPerPerson, personAnswerBudgetBytes), given back when
    // libmicrohttpd reports the request complete (finished()). Under budgetMutex.
    QString answerPerson; ///< whose answers it counts in, empty: none
    bool answerLarge = false; ///< holds one of her large answers' places
    qint64 answerHeld = 0;    ///< bytes of its answer counted
    qint64 packingHeld = 0;   ///< bytes of its page's zstd context counted in answerBytes while it packs

    const std::string *find(const char *name) const
    {
        for (const auto &[k, v] : headers)
            if (k == name)
                return &v;
        return nullptr;
    }
    bool has(const char *name) const { return find(name) != nullptr; }
    std::string value(const char *name) const
    {
        const std::string *v = find(name);
        return v ? *v : std::string();
    }
    int count(const char *name) const
    {
        return int(std::count_if(headers.begin(), headers.end(), [name](const auto &h) { return h.first == name; }));
    }
};

bool expectsContinue(const Exchange &x)
{
    std::string v = x.value("expect");
    std::transform(v.begin(), v.end(), v.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return v == "100-continue";
}

/// Whether the request's Accept-Encoding names @p coding (lower case) as acceptable (RFC 9110 §12.5.3): every
/// Accept-Encoding line, each a comma-separated list (repeated lines are one list); an item's coding is the text before
/// its ';', trimmed, compared without case; a "q" parameter of only zeros and a dot (0, 0.0, 0.000) says "not
/// acceptable", and a refusal wins over another mention. "*" is not read as any coding: the hub packs only in what a
/// client names (review-bz20 F2: a substring search gave bzip2 to "bzip2;q=0" and "x-bzip2", nothing to "ZSTD", and
/// read only the first line).
bool acceptsCoding(const Exchange &x, std::string_view coding)
{
    constexpr std::string_view Blanks = " \t";
    const auto trimmed = [&](std::string_view s) {
        const size_t first = s.find_first_not_of(Blanks);
        if (first == std::string_view::npos)
            return std::string_view();
        return s.substr(first, s.find_last_not_of(Blanks) - first + 1);
    };
    const auto sameWithoutCase = [](std::string_view a, std::string_view b) {
        return a.size() == b.size()
            && std::equal(a.begin(), a.end(), b.begin(), [](char l, char r) { return std::tolower((unsigned char)l) == r; });
    };
    bool named = false;
    for (const auto &[name, value] : x.headers) {
        if (name != "accept-encoding")
            continue;
        std::string_view rest(value);
        while (!rest.empty()) {
            const size_t comma = rest.find(',');
            const std::string_view item = rest.substr(0, comma);
            rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
            const size_t semicolon = item.find(';');
            if (!sameWithoutCase(trimmed(item.substr(0, semicolon)), coding))
                continue;
            bool refused = false;
            for (std::string_view params = semicolon == std::string_view::npos ? std::string_view() : item.substr(semicolon + 1);
                 !params.empty();) {
                const size_t next = params.find(';');
                const std::string_view param = trimmed(params.substr(0, next));
                params = next == std::string_view::npos ? std::string_view() : params.substr(next + 1);
                const size_t equals = param.find('=');
                if (equals == std::string_view::npos || !sameWithoutCase(trimmed(param.substr(0, equals)), "q"))
                    continue;
                const std::string_view q = trimmed(param.substr(equals + 1));
                refused = !q.empty() && q.find_first_not_of("0.") == std::string_view::npos;
            }
            if (refused)
                return false;
            named = true;
        }
    }
    return named;
}

bool acceptsZstd(const Exchange &x)
{
    return acceptsCoding(x, "zstd");
}

/// A client that reads bzip2 pages (PROTOCOL.md, "bzip2"): the app says so where a large page may come.
bool acceptsBzip2(const Exchange &x)
{
    return acceptsCoding(x, "bzip2");
}

qint64 headerNumber(const Exchange &x, const char *name, bool required)
{
    std::string lower(name);
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    if (!x.has(lower.c_str())) {
        if (required)
            throw HubError::invalid(QString::fromLatin1(name), u"Header \"%1\" is required."_s.arg(QString::fromLatin1(name)));
        return -1;
    }
    const std::optional<qint64> n = BodyRules::wholeNumber(x.value(lower.c_str()));
    if (!n)
        throw HubError::invalid(QString::fromLatin1(name),
                                u"Header \"%1\" must be a whole number of bytes."_s.arg(QString::fromLatin1(name)));
    return *n;
}

/// Headers a request may have; beyond, 431 (a header the hub did not keep would escape the body rules).
constexpr int MaxHeaders = 100;

MHD_Result collectHeader(void *cls, MHD_ValueKind, const char *key, const char *value)
{
    auto *x = static_cast<Exchange *>(cls);
    if (key && std::strpbrk(key, " \t"))
        x->spacedHeaderName = true;
    if (++x->headerCount <= MaxHeaders) {
        std::string k(key ? key : "");
        std::transform(k.begin(), k.end(), k.begin(), [](unsigned char c) { return char(std::tolower(c)); });
        x->headers.emplace_back(std::move(k), value ? value : "");
    }
    return MHD_YES;
}

std::string peerAddress(MHD_Connection *c)
{
    const MHD_ConnectionInfo *info = MHD_get_connection_info(c, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
    if (!info || !info->client_addr)
        return {};
    char host[NI_MAXHOST] = {};
    const socklen_t len = info->client_addr->sa_family == AF_INET6 ? sizeof(sockaddr_in6) : sizeof(sockaddr_in);
    if (getnameinfo(info->client_addr, len, host, sizeof host, nullptr, 0, NI_NUMERICHOST) != 0)
        return {};
    return host;
}

/// True when the client has closed its side and nothing more is waiting in the socket.
bool peerClosed(MHD_Connection *c)
{
    const MHD_ConnectionInfo *info = MHD_get_connection_info(c, MHD_CONNECTION_INFO_CONNECTION_FD);
    if (!info)
        return false;
    char byte = 0;
    const ssize_t n = ::recv(info->connect_fd, &byte, 1, MSG_PEEK | MSG_DONTWAIT);
    return n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR);
}

void logFromLibrary(void *, const char *format, va_list ap)
{
    char line[512];
    std::vsnprintf(line, sizeof line, format, ap);
    qCDebug(lcHub).noquote() << "http:" << QString::fromLocal8Bit(line).trimmed();
}

/// Raises this process's soft limit on open files to the hard one: each connection is a file descriptor.
rlim_t raiseFileLimit()
{
    rlimit l{};
    if (getrlimit(RLIMIT_NOFILE, &l) != 0)
        return 1024;
    if (l.rlim_cur < l.rlim_max) {
        rlimit raised = l;
        raised.rlim_cur = l.rlim_max;
        if (setrlimit(RLIMIT_NOFILE, &raised) == 0)
            l = raised;
    }
    return l.rlim_cur;
}

/// Bytes the client has acknowledged on @p fd since it connected (TCP_INFO), -1 when unknown.
qint64 bytesAcked(int fd)
{
    tcp_info info{};
    socklen_t size = sizeof info;
    if (fd < 0 || ::getsockopt(fd, IPPROTO_TCP, TCP_INFO, &info, &size) != 0
        || size < socklen_t(offsetof(tcp_info, tcpi_bytes_acked) + sizeof info.tcpi_bytes_acked))
        return -1;
    return qint64(info.tcpi_bytes_acked);
}

/// Bytes written to @p fd that the client has not acknowledged yet (SIOCOUTQ), -1 when unknown.
qint64 unacknowledged(int fd)
{
    int bytes = 0;
    return fd >= 0 && ::ioctl(fd, SIOCOUTQ, &bytes) == 0 ? qint64(bytes) : -1;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace

/// One connection, as the header watch sees it (its socket context in libmicrohttpd).
struct Link
{
    MHD_Connection *connection = nullptr;
    int fd = -1;
    std::string address;
    std::atomic<qint64> since{0};     ///< when it connected, or got its last answer (ms, monotonicMs())
    std::atomic<bool> inRequest{false}; ///< its request's head is complete, the answer not yet sent
    // Its request's body while it arrives (the minimum body rate).
    std::atomic<qint64> bodySince{0};    ///< when the body began to be awaited (ms, monotonicMs())
    std::atomic<qint64> bodyGraceMs{0};  ///< how long before the rate applies
    std::atomic<qint64> bodyRate{0};     ///< bytes a second the body must keep up with, 0: no body awaited
    std::atomic<qint64> bodyReceived{0}; ///< body bytes received so far
    std::atomic<qint64> bodyDeadline{0}; ///< an upload slice's end however it keeps up (ms, monotonicMs()), 0: none
    /// Awaiting a body that arrives slower than @p minRate bytes a second on average (given a second to start).
    bool trickling(qint64 now, qint64 minRate) const
    {
        const qint64 since = bodySince.load();
        return bodyRate.load() > 0 && now - since >= 1000 && bodyReceived.load() * 1000 < (now - since) * minRate;
    }
    /// Awaiting a body that has fallen behind: less than (time since its head − grace) × its rate has arrived.
    bool behind(qint64 now) const
    {
        const qint64 rate = bodyRate.load();
        const qint64 late = now - bodySince.load() - bodyGraceMs.load();
        return rate > 0 && late > 0 && bodyReceived.load() * 1000 < late * rate;
    }
    /// Awaiting an upload slice that has lasted its longest (HubLimits::maxUploadSliceSeconds).
    bool sliceOver(qint64 now) const
    {
        const qint64 deadline = bodyDeadline.load();
        return bodyRate.load() > 0 && deadline > 0 && now > deadline;
    }
    // Its answer while it goes out. libmicrohttpd's own timeout is one of silence, and it counts a full send buffer as
    // silence: the kernel wakes it to write only once half the buffer has drained, which takes longer than the timeout
    // for a reader under ≈50 KB/s with a few hundred KiB buffered (a 2G phone's catch-up; the third review's reader at
    // 47 KB/s got a cut answer). So for a large answer that timeout is off, and the header watch judges its pace instead.
    std::atomic<bool> answering{false}; ///< a large answer queued, not yet known delivered (libmicrohttpd's timeout off)
    std::atomic<qint64> answerSince{0}; ///< when it was queued (ms, monotonicMs())
    std::atomic<qint64> ackedBase{-1};  ///< the client's acknowledged bytes then (bytesAcked())
    std::atomic<qint64> answerRate{0};  ///< bytes a second it must be acknowledged at, after the grace
    /// Its answer is being delivered slower than @p minRate bytes a second after a grace of @p graceMs: less than
    /// (time since it was queued − grace) × the rate acknowledged by the client.
    bool answerBehind(qint64 now, qint64 graceMs, qint64 minRate) const
    {
        const qint64 base = ackedBase.load();
        const qint64 acked = bytesAcked(fd);
        const qint64 late = now - answerSince.load() - graceMs;
        return base >= 0 && acked >= 0 && late > 0 && (acked - base) * 1000 < late * minRate;
    }
    bool cut = false;                 ///< shut down by the hub (under linksMutex)
};

struct HubServer::Private
{
    QString dataDir;
    HubLimits limits;
    QStringList trustedProxies; ///< limits.trustedProxy, split on commas
    std::unique_ptr<HubStorage> storage;
    std::unique_ptr<HubEngine> engine;
    std::unique_ptr<UploadStore> uploads;
    HubMetrics metrics;
    std::unique_ptr<WorkerPool> workers;
    std::unique_ptr<LingeringClose> lingering; ///< connections answered before their body was read
    MHD_Daemon *daemon = nullptr;
    /// The listening socket is the hub's, not libmicrohttpd's: acceptLoop() takes each connection and hands it over
    /// (MHD_add_connection), and stop() closes it. libmicrohttpd 0.9.75's own way of stopping to listen,
    /// MHD_quiesce_daemon(), races its event threads over the socket's epoll registration and aborts the process
    /// ("Failed to remove listen FD from epoll set", tst_hubburst stoppingWhileConnectionsComeAndGoNeverAborts).
    int listenFd = -1;
    int acceptWake = -1;               ///< eventfd: wakes acceptLoop() to stop, or when a connection closes at the limit
    std::thread acceptor;
    std::atomic<bool> acceptStop{false};
    std::atomic<bool> acceptWaiting{false}; ///< acceptLoop() waits for a connection to close (connectionLimit reached)
    /// Given to libmicrohttpd, not yet started in its event thread: handOvers.size(), read without the lock by the gate.
    std::atomic<int> handedOver{0};
    /// A socket handed to libmicrohttpd, known by its descriptor until its event thread starts it.
    struct HandOver
    {
        dev_t device = 0;
        ino_t inode = 0;     ///< the socket's: a descriptor closed and reused is another file
        qint64 acceptedMs = 0; ///< monotonicMs() at accept: a connection's age counts from here (evictions)
    };
    std::mutex handOverMutex;
    std::unordered_map<int, HandOver> handOvers; ///< descriptor → the socket handed over
    /// At most this many wait in libmicrohttpd's queue; the rest of a burst waits in the kernel's (listen()'s backlog).
    static constexpr int MaxUnstartedHandOvers = 256;
    /// Records @p fd as handed over (before MHD_add_connection: its event thread may start it before that returns).
    void handingOver(int fd, qint64 now);
    /// A hand-over started (its accept time, or 0 if not one of ours), or libmicrohttpd refused it.
    qint64 handOverEnded(int fd);
    /// A socket libmicrohttpd dropped before starting it (its memory pool could not be allocated) never says so: each one
    /// still counted after a second is looked at, and let go only when its descriptor no longer names its socket (closed,
    /// or reused for another file). One merely waiting in a lagging event thread's queue stays counted: letting those go
    /// by time took the hub past its file limit (review-mhd17 finding 1, then review-trust19 finding 2).
    void forgetDroppedHandOvers(qint64 now);
    bool tls = false;
    std::string tlsCertificate; ///< PEM, kept alive for the daemon
    std::string tlsKey;
    int port = -1;
    QString host;
    std::string pathPrefix; ///< "/code" (lower case) or empty
    PrefixGate prefixGate;  ///< judges each request to a prefixed hub first (join-code guessing)
    std::atomic<int> connections{0};
    std::atomic<int> exchanges{0}; ///< requests between their first byte and their completion
    // The body budget: what request bodies may hold in memory at once, reserved before any of them is read.
    mutable std::mutex budgetMutex;
    qint64 bodyReserved = 0;
    qint64 anonymousReserved = 0;
    QHash<QString, int> largeBodies;      ///< person → large syncs she is sending
    QHash<QString, qint64> personReserved; ///< person → bytes of her other bodies
    /// The JSON bodies on their way with a reservation (uploads go to disk): those a newcomer may take the place of.
    std::set<Exchange *> receiving;
    std::atomic<int> bodiesEvicted{0};
    // Answers being sent, per person: held in memory until libmicrohttpd has handed their last byte to the kernel.
    QHash<QString, int> largeAnswers;      ///< person → answers over LargeAnswerBytes she is receiving
    QHash<QString, qint64> personAnswers;  ///< person → bytes of the answers she is receiving
    qint64 answerBytes = 0;                ///< all answers being sent (counted ones: syncs)
    // Lists of devices being built (a review of session 15, finding 1): its cost is CPU, which no answer budget bounds.
    QHash<QString, int> listsBuilding; ///< person → her lists of devices being built (at most 1)
    int listsBuildingAll = 0;          ///< everyone's: at most half the workers
    /// Takes a place to build @p person's list of devices, or says why not (429 before any work). Takes budgetMutex.
    std::optional<HubError> startList(const QString &person);
    void listBuilt(const QString &person); ///< gives the place back. Takes budgetMutex.
    /// Before a sync of @p person is worked on: 429 when her answers being sent fill her part, else whether it may be a
    /// large one (its page budget is made small otherwise). Takes budgetMutex.
    std::optional<HubError> reserveAnswer(Exchange &x, const QString &person);
    /// Counts its answer's bytes (a large place given back if it came out small); false: it does not fit its person's part
    /// or the hub's, and is answered 429 instead.
    bool answerBuilt(Exchange &x);
    void releaseAnswer(Exchange &x); ///< its answer is sent (or given up): under budgetMutex
    /// The budget is full for @p newcomer: closes the slowest body (at least HubLimits::bodyEvictionAgeMs old) of
    /// whoever holds most — among the token-less bodies, the address holding most of them (@p tokenlessShare); else the
    /// person or address holding most of the budget — and gives its reservation back. False when none may go.
    /// Under budgetMutex (takes linksMutex).
    bool evictFor(const Exchange &newcomer, bool tokenlessShare);
    void releaseLocked(Exchange &x); ///< releaseBody() under budgetMutex
    void bodyWhole(Exchange &x);     ///< its body is here (or given up): no longer evictable nor counted for its token
    /// Tokens a worker has found valid (or the hub has just issued), by their SHA-256, with their person and device: a
    /// body carrying one of them counts in the whole budget and in its person's part; one carrying any other token is
    /// counted with the requests without a token. Bounded per person and in all (HubLimits::maxKnownTokens), never
    /// emptied at once: a device forgotten counts with the unknown ones until its next request is checked.
    struct KnownToken
    {
        QString person;
        QString device;
        std::list<QByteArray>::iterator use; ///< its place in tokenUse[person]
    };
    QHash<QByteArray, KnownToken> knownTokens;
    QHash<QString, std::list<QByteArray>> tokenUse; ///< person → her known tokens, the least recently used first
    void rememberToken(const QByteArray &hash, const QString &person, const QString &device); ///< under budgetMutex
    void forgetToken(const QByteArray &hash);                                                  ///< under budgetMutex
    /// Forgets the tokens of @p person's device @p device (signed out, or signed in again). Takes budgetMutex.
    void forgetDevice(const QString &person, const QString &device);
    QHash<QByteArray, int> tokenBodies; ///< token hash → bodies it is sending (HubLimits::maxBodiesPerToken)
    /// The person a known token is of (and marks it used), or nothing. Under budgetMutex.
    std::optional<QString> knownPerson(const QByteArray &hash);
    std::atomic<bool> stopping{false};
    int connectionLimit = 0; ///< what the file descriptor limit allows (libmicrohttpd's limit)
    /// limits.maxConnections, or less when the open-file limit is lower: beyond, 503 (never a silent wait)
    int maxConnections = 0;
    int lingerMax = 0; ///< sockets lingering at once (LingeringClose)

    // The header watch (slowloris): every connection, and a thread that cuts those whose request head is late.
    std::mutex linksMutex;
    std::set<Link *> links;
    std::atomic<int> cutLinks{0}; ///< shut down by the hub, not yet closed by libmicrohttpd
    std::thread headerWatch;
    std::mutex watchMutex;
    std::condition_variable watchWake;
    bool watchStop = false;
    /// @p acceptedMs: when the accept loop took it (its age counts from there), 0 if unknown.
    void linkStarted(MHD_Connection *c, void **context, qint64 acceptedMs);
    void linkClosed(void **context);
    void acceptLoop();
    void wakeAcceptor();
    void cut(Link *l); ///< under linksMutex
    /// Over maxConnections: cuts connections without a request head (or trickling their body), each from the address
    /// holding most of them, its oldest first, until the count is back under it or none may go. One pass over the
    /// connections whatever the number cut (review-trust19 finding 1: one pass per cut stalled the event threads for
    /// seconds under a burst of idle connections). Under linksMutex.
    void evictOverLimit(const Link *except);
    void watchHeaders();

    // /v1/health is answered on the event loop from what this thread last saw: a database that hangs (PostgreSQL
    // unreachable, SQLite locked) must not freeze an event loop.
    std::thread healthProbe;
    std::atomic<qint64> healthyAtMs{-1}; ///< when the database last answered (monotonicMs()), -1: never
    std::atomic<bool> healthFailed{false}; ///< its last answer was an error
    void probeHealth();
    bool probeOnce();
    static Link *linkOf(MHD_Connection *c)
    {
        const MHD_ConnectionInfo *info = MHD_get_connection_info(c, MHD_CONNECTION_INFO_SOCKET_CONTEXT);
        return info ? static_cast<Link *>(info->socket_context) : nullptr;
    }

    // The event loop's side.
    MHD_Result onRequest(MHD_Connection *c, const char *url, const char *method, const char *data, size_t *size,
                         void **slot);
    MHD_Result head(Exchange &x);
    void consume(Exchange &x, const char *data, size_t size);
    MHD_Result complete(Exchange &x);
    MHD_Result dispatch(Exchange &x, Exchange::Phase phase);
    MHD_Result startUploadCheck(Exchange &x);
    /// Nothing when the check let the upload through (the body goes on to its part file).
    std::optional<MHD_Result> duringUploadCheck(Exchange &x, const char *data, size_t *size);
    void endUploadCheck(Exchange &x);
    bool refuseMidBody(Exchange &x);
    /// Writes @p error as a whole answer (Connection: close) to @p fd, a connection whose body is arriving (libmicrohttpd
    /// writes nothing to it then): so a client cut by the hub is told why. Plain http only (false over https).
    bool sayRaw(int fd, const HubError &error);
    void writeUpload(Exchange &x, const char *data, size_t size);
    template<typename Fn>
    void runGuarded(Exchange &x, bool expired, bool beforeBody, Fn &&fn);
    MHD_Result answer(Exchange &x);
    void answerLight(Exchange &x);
    /// Whether @p x may read /metrics: from an address of limits.metricsAllow, straight (not through the front).
    bool mayReadMetrics(const Exchange &x) const;
    /// Sent by the trusted proxy, which says who the client is (a public request, whatever the proxy's address).
    bool throughTrustedProxy(const Exchange &x) const;
    /// Sent by nginx with --accel-redirect's prefix in X-Continuite-Accel: nginx will send a file's bytes itself.
    bool sentByNginx(const Exchange &x) const;
    /// The request's line in the log (text, or one JSON object with --log-format json) and its metrics.
    void logRequest(const Exchange &x, int status, qint64 bytesOut);
    std::optional<HubError> bodyRefusal(const Exchange &x);
    /// Reserves @p bytes of the body budget for @p x (and, for a large sync, one of its person's places): the
    /// refusal (429) when it is spent.
    std::optional<HubError> reserveBody(Exchange &x, qint64 bytes, const QString &largeBodyPerson = {});
    void releaseBody(Exchange &x);
    /// The minimum body rate: the body of @p x is awaited from now (its deadline set from its head's time and
    /// length), or no longer (bodyArrived()); the header watch closes a connection whose body is late.
    void awaitBody(Exchange &x);
    void bodyArrived(Exchange &x);
    bool wasEvicted(const Exchange &x)
    {
        std::lock_guard lock(budgetMutex);
        return x.evicted;
    }
    /// libmicrohttpd is done with @p x: its answer handed over whole (@p whole), or the connection ended before.
    void finished(Exchange *x, bool whole);

    // The workers' side.
    void work(Exchange &x, bool expired);
    void handle(Exchange &x);
    void uploadHead(Exchange &x);
    void uploadEnd(Exchange &x);
    void download(Exchange &x);
    Session session(const Exchange &x);
    QByteArray jsonBody(const Exchange &x, qint64 inflatedLimit);
    void reply(Exchange &x, int status, const QByteArray &body, int zstdLevel = 0); ///< zstdLevel 0: Wire::zstdLevelFor()
    /// A sync's answer: as reply(), but a large one packed so that a client cut while reading it may ask for the rest
    /// alone (Range from where it stopped, If-Range with its ETag): PROTOCOL.md, "A page cut on its way".
    void replyPage(Exchange &x, const QByteArray &body, const QString &person);
    /// The zstd level of @p person's page of @p bytes: limits.largeAnswerZstdLevel while her allowance and everyone's
    /// last and the hub's answer budget has room for that level's zstd context, then 3. A strong context's memory is
    /// counted in the answer budget (x.packingHeld) until packingDone().
    /// A resume of a level-3 page (@p resumedLevel 3, its If-Range) is packed at 3, free.
    int pageLevel(Exchange &x, const QString &person, qsizetype bytes, int resumedLevel);
    void packingDone(Exchange &x);
    struct PackingAllowance
    {
        double bytes = 0;
        std::chrono::steady_clock::time_point at;
    };
    std::mutex packingMutex;
    QHash<QString, PackingAllowance> packingAllowance; ///< under packingMutex; only people who used some
    std::optional<PackingAllowance> hubPackingAllowance; ///< everyone's, once used; under packingMutex

    // The trust issue's upload rules.
    /// Removes expired partial uploads every limits.uploadSweepSeconds, until stop().
    void sweepUploads();
    /// At start: publishes uploads recorded but not moved into place, records stored files without a row.
    void repairBlobs();
    std::thread sweeper;
    std::mutex sweepMutex;
    std::condition_variable sweepWake;
    bool sweepStop = false;
};

void HubServer::Private::linkStarted(MHD_Connection *c, void **context, qint64 acceptedMs)
{
    auto *l = new Link;
    l->connection = c;
    if (const MHD_ConnectionInfo *info = MHD_get_connection_info(c, MHD_CONNECTION_INFO_CONNECTION_FD))
        l->fd = info->connect_fd;
    if (l->fd >= 0 && limits.socketSendBufferBytes > 0) {
        // An answer waits in the hub's count (HubLimits::personAnswerBudgetBytes), not megabytes of it in the kernel.
        const int bytes = limits.socketSendBufferBytes;
        ::setsockopt(l->fd, SOL_SOCKET, SO_SNDBUF, &bytes, sizeof bytes);
    }
    l->address = peerAddress(c);
    // Its age counts from the accept: an event thread behind a burst starts connections late, and each would look new
    // (never evictable) for a second more.
    l->since = acceptedMs > 0 ? acceptedMs : monotonicMs();
    *context = l;
    std::lock_guard lock(linksMutex);
    links.insert(l);
    // Over the limit, a connection that has not even sent a request head yields, taken from the address that holds
    // most of them: never a hard cap per address (a whole school shares one public address).
    if (connections.load() - cutLinks.load() > maxConnections)
        evictOverLimit(l);
}

void HubServer::Private::handingOver(int fd, qint64 now)
{
    struct stat st{};
    ::fstat(fd, &st);
    std::lock_guard lock(handOverMutex);
    // A descriptor still listed was dropped unstarted, closed, and is now reused by this socket: that one is gone.
    handOvers[fd] = HandOver{st.st_dev, st.st_ino, now};
    handedOver = int(handOvers.size());
}

qint64 HubServer::Private::handOverEnded(int fd)
{
    std::lock_guard lock(handOverMutex);
    const auto it = handOvers.find(fd);
    if (it == handOvers.end())
        return 0;
    const qint64 accepted = it->second.acceptedMs;
    handOvers.erase(it);
    handedOver = int(handOvers.size());
    return accepted;
}

void HubServer::Private::forgetDroppedHandOvers(qint64 now)
{
    int dropped = 0;
    {
        std::lock_guard lock(handOverMutex);
        for (auto it = handOvers.begin(); it != handOvers.end();) {
            struct stat st{};
            const bool stale = now - it->second.acceptedMs > 1000
                && (::fstat(it->first, &st) != 0 || st.st_ino != it->second.inode || st.st_dev != it->second.device);
            if (stale) {
                it = handOvers.erase(it);
                ++dropped;
            } else {
                ++it;
            }
        }
        handedOver = int(handOvers.size());
    }
    if (dropped > 0)
        qCWarning(lcHub) << dropped << "connection(s) handed to libmicrohttpd were dropped before they started (out of memory?)";
}

void HubServer::Private::wakeAcceptor()
{
    const uint64_t one = 1;
    [[maybe_unused]] const ssize_t written = ::write(acceptWake, &one, sizeof one);
}

void HubServer::Private::acceptLoop()
{
    // Below connectionLimit, takes what the kernel has completed and hands it to libmicrohttpd, whose event threads
    // serve it. At the limit it leaves the rest in the kernel's queue (listen()'s backlog) until a connection
    // closes: the burst waits there, as it did when libmicrohttpd listened itself.
    bool toldFull = false;
    qint64 lookedMs = 0;
    while (!acceptStop.load()) {
        if (handedOver.load() > 0 && monotonicMs() - lookedMs >= 100) {
            lookedMs = monotonicMs();
            forgetDroppedHandOvers(lookedMs);
        }
        acceptWaiting = true; // before counting: a connection closing after the count wakes the poll below
        const bool full = connections.load() + handedOver.load() >= connectionLimit || handedOver.load() >= MaxUnstartedHandOvers;
        if (!full)
            acceptWaiting = false;
        pollfd watch[2] = {{full ? -1 : listenFd, POLLIN, 0}, {acceptWake, POLLIN, 0}};
        if (::poll(watch, 2, full || handedOver.load() > 0 ? 100 : -1) < 0 && errno != EINTR) {
            qCWarning(lcHub) << "poll on the listening socket failed:" << strerror(errno);
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
            continue;
        }
        if (watch[1].revents & POLLIN) {
            uint64_t count = 0;
            [[maybe_unused]] const ssize_t read = ::read(acceptWake, &count, sizeof count);
        }
        if (!full && (watch[0].revents & (POLLERR | POLLNVAL)) && !(watch[0].revents & POLLIN)) {
            std::this_thread::sleep_for(std::chrono::milliseconds(10)); // never a spin on a broken socket
            continue;
        }
        if (full || !(watch[0].revents & POLLIN) || acceptStop.load())
            continue;
        for (int taken = 0; taken < 64 && connections.load() + handedOver.load() < connectionLimit
                            && handedOver.load() < MaxUnstartedHandOvers;
             ++taken) {
            sockaddr_storage peer{};
            socklen_t peerLength = sizeof peer;
            const int fd = ::accept4(listenFd, reinterpret_cast<sockaddr *>(&peer), &peerLength, SOCK_NONBLOCK | SOCK_CLOEXEC);
            if (fd < 0) {
                if (errno == EINTR || errno == ECONNABORTED)
                    continue;
                if (errno == EMFILE || errno == ENFILE || errno == ENOBUFS || errno == ENOMEM) {
                    // Out of files (or memory) before connectionLimit: the rest wait in the kernel's queue a moment.
                    if (!toldFull)
                        qCWarning(lcHub) << "cannot accept a connection:" << strerror(errno);
                    toldFull = true;
                    pollfd wake{acceptWake, POLLIN, 0};
                    ::poll(&wake, 1, 10);
                }
                break; // EAGAIN: nothing more waits
            }
            toldFull = false;
            handingOver(fd, monotonicMs());
            if (MHD_add_connection(daemon, fd, reinterpret_cast<sockaddr *>(&peer), peerLength) != MHD_YES)
                handOverEnded(fd); // closed by libmicrohttpd
        }
    }
    acceptWaiting = false;
}

void HubServer::Private::linkClosed(void **context)
{
    auto *l = static_cast<Link *>(*context);
    if (!l)
        return;
    *context = nullptr;
    std::lock_guard lock(linksMutex);
    links.erase(l);
    if (l->cut)
        --cutLinks;
    delete l;
}

void HubServer::Private::cut(Link *l)
{
    // libmicrohttpd sees the end of the stream at once and closes the connection (the socket is still its own:
    // linkClosed() takes the lock before it is closed).
    l->cut = true;
    ++cutLinks;
    ::shutdown(l->fd, SHUT_RDWR);
}

void HubServer::Private::evictOverLimit(const Link *except)
{
    struct Idle
    {
        std::vector<std::pair<qint64, Link *>> links; ///< (since, link), oldest last: cut from the back
        size_t left = 0;
    };
    std::unordered_map<std::string, Idle> idle; // address → its connections without a request head
    const qint64 now = monotonicMs();
    for (Link *l : links) {
        // A connection opened this very second is on its way to sending its head, not holding a place; one whose
        // body arrives slower than the minimum rate holds it as much as one without a head.
        if (l == except || l->cut || l->fd < 0 || (l->inRequest ? !l->trickling(now, limits.minBodyBytesPerSecond) : now - l->since < 1000))
            continue;
        idle[l->address].links.emplace_back(l->since.load(), l); // read once: it may move meanwhile
    }
    // The addresses by how many they hold, most first; each gives its oldest, then goes back in line with one less.
    std::vector<std::pair<size_t, Idle *>> line; // a max-heap on the count
    for (auto &[address, entry] : idle) {
        std::sort(entry.links.begin(), entry.links.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        entry.left = entry.links.size();
        line.emplace_back(entry.left, &entry);
    }
    std::make_heap(line.begin(), line.end());
    int closed = 0;
    std::string firstAddress;
    size_t firstHeld = 0;
    while (connections.load() - cutLinks.load() > maxConnections && !line.empty()) {
        std::pop_heap(line.begin(), line.end());
        Idle *entry = line.back().second;
        Link *victim = entry->links[--entry->left].second;
        if (closed == 0) {
            firstAddress = victim->address;
            firstHeld = entry->left + 1;
        }
        cut(victim);
        ++closed;
        if (entry->left > 0) {
            line.back().first = entry->left;
            std::push_heap(line.begin(), line.end());
        } else {
            line.pop_back();
        }
    }
    if (closed > 0)
        qCInfo(lcHub).noquote() << "at the connection limit: closed" << closed
                                << "connection(s) without a request (or trickling its body), the first from"
                                << QString::fromStdString(firstAddress) << "which held" << firstHeld;
}

void HubServer::Private::watchHeaders()
{
    std::unique_lock lock(watchMutex);
    while (!watchStop) {
        watchWake.wait_for(lock, std::chrono::milliseconds(500), [this] { return watchStop; });
        if (watchStop)
            break;
        lock.unlock();
        // Near the limit, connections waiting for a request (idle kept-alive ones too) get much less time.
        const bool crowded = connections.load() > maxConnections * 3 / 4;
        const qint64 allowed = 1000LL * (crowded ? std::min(2, limits.headerTimeoutSeconds) : limits.headerTimeoutSeconds);
        const qint64 now = monotonicMs();
        int late = 0;
        int slowBodies = 0;
        int slowAnswers = 0;
        int longSlices = 0;
        {
            std::lock_guard links(linksMutex);
            for (Link *l : this->links) {
                if (l->cut || l->fd < 0)
                    continue;
                if (l->answering) {
                    if (l->inRequest || unacknowledged(l->fd) > 0) {
                        // A large answer going out, from libmicrohttpd or from the kernel's buffer once handed over: it
                        // must keep up with the minimum rate after the grace, however large; meanwhile the connection is
                        // not idle (its idle time counts from the moment the client has acknowledged it all).
                        if (!l->inRequest)
                            l->since = now;
                        if (l->answerBehind(now, 1000LL * limits.bodyTimeoutSeconds, std::max<qint64>(1, l->answerRate.load()))) {
                            // An abortive close (SO_LINGER {1, 0}): what the kernel still holds of the answer goes with the
                            // connection. Else the socket, orphaned once libmicrohttpd closes it, kept its send buffer
                            // for as long as the reader kept a zero window, out of the connection limit (sixth review,
                            // session 12).
                            const linger abortive{1, 0};
                            ::setsockopt(l->fd, SOL_SOCKET, SO_LINGER, &abortive, sizeof abortive);
                            cut(l); // the client sees fewer bytes than Content-Length said: an error it can tell, never a whole-looking answer
                            ++slowAnswers;
                        }
                        continue;
                    }
                    // Delivered (the client's kernel has it all, though it may still be reading it): from here the
                    // deadline of a connection without a request applies (libmicrohttpd's timeout is off for it until
                    // its next request).
                }
                if (!l->inRequest && now - l->since > allowed) {
                    cut(l);
                    ++late;
                } else if (l->inRequest && l->behind(now)) {
                    // Its body has fallen behind the minimum rate: what arrived of an upload is kept (the client resumes),
                    // the rest is dropped. It is told why first (plain http; over https only the TLS session may write).
                    sayRaw(l->fd, HubError(408, u"too_slow"_s,
                                           u"The request's body arrived slower than %1 bytes a second; send it again (smaller, or "
                                           "when the network is better)."_s.arg(limits.minBodyBytesPerSecond),
                                           u"body"_s, 5));
                    cut(l);
                    ++slowBodies;
                } else if (l->inRequest && l->sliceOver(now)) {
                    // An upload slice at its longest: what arrived is kept, its claim goes, and the client resumes.
                    sayRaw(l->fd, HubError(408, u"too_slow"_s,
                                           u"An upload's part may take at most %1 seconds; what arrived is kept: ask the "
                                           "offset, and send the rest."_s.arg(limits.maxUploadSliceSeconds),
                                           u"body"_s, 1));
                    cut(l);
                    ++longSlices;
                }
            }
        }
        if (late > 0)
            qCInfo(lcHub) << "closed" << late << "connections that sent no complete request within" << allowed / 1000 << "s";
        if (slowAnswers > 0)
            qCInfo(lcHub) << "closed" << slowAnswers << "connections whose answer was read slower than" << limits.minBodyBytesPerSecond
                          << "B/s, or not whole within" << limits.bodyTimeoutSeconds + limits.maxBodySeconds << "s";
        if (longSlices > 0)
            qCInfo(lcHub) << "closed" << longSlices << "upload slices that lasted over" << limits.maxUploadSliceSeconds
                          << "s (what arrived is kept)";
        if (slowBodies > 0)
            qCInfo(lcHub) << "closed" << slowBodies << "connections whose body fell behind" << limits.minBodyBytesPerSecond
                          << "B/s (after a grace of" << std::min(limits.anonymousBodyGraceSeconds, limits.bodyTimeoutSeconds) << "s without a known token," << limits.bodyTimeoutSeconds
                          << "s with one)";
        lock.lock();
    }
}

bool HubServer::Private::probeOnce()
{
    try {
        storage->read([](HubTransaction &tx) { tx.lastSeq(); });
        // Reads pass a write lock someone else holds (SQLite's write-ahead log), so a write is probed too: an empty one,
        // which on SQLite takes the write lock (BEGIN IMMEDIATE, waiting at most its 10 s busy timeout, then COMMIT)
        // and on PostgreSQL starts and commits a read-write transaction.
        storage->write([](HubTransaction &) {});
        healthyAtMs = monotonicMs();
        healthFailed = false;
        return true;
    } catch (const std::exception &e) {
        if (!healthFailed.exchange(true))
            qCWarning(lcHub) << "the database does not answer:" << e.what();
        return false;
    }
}

void HubServer::Private::probeHealth()
{
    std::unique_lock lock(watchMutex);
    while (!watchStop) {
        watchWake.wait_for(lock, std::chrono::seconds(2), [this] { return watchStop; });
        if (watchStop)
            break;
        lock.unlock();
        probeOnce();
        lock.lock();
    }
}

void HubServer::Private::sweepUploads()
{
    std::unique_lock lock(sweepMutex);
    while (!sweepStop) {
        sweepWake.wait_for(lock, std::chrono::seconds(limits.uploadSweepSeconds), [this] { return sweepStop; });
        if (sweepStop)
            break;
        lock.unlock();
        if (const int stale = uploads->removeStaleUploads(std::chrono::seconds(limits.uploadExpirySeconds)))
            qCInfo(lcHub) << "removed" << stale << "unfinished uploads nobody wrote to for" << limits.uploadExpirySeconds << "s";
        lock.lock();
    }
}

void HubServer::Private::repairBlobs()
{
    // Uploads verified and recorded, then interrupted before their rename: publish them.
    for (const QString &sha : uploads->partNames()) {
        // Another hub sharing the folder may be receiving or finishing this very upload: leave it to that hub.
        const std::shared_ptr<void> claim = uploads->tryClaimUpload(sha);
        if (!claim)
            continue;
        std::optional<BlobInfo> row;
        storage->read([&](HubTransaction &tx) { row = tx.blob(sha); });
        if (row && uploads->partSize(sha) == row->size && uploads->verifyUpload(sha) && uploads->publishUpload(sha))
            qCInfo(lcHub) << "published upload" << sha << "recorded before the hub stopped";
    }
    // Files an older hub renamed into place before a row that never committed: readable again by whoever
    // may read a record naming them (the uploader is not known).
    QStringList orphans;
    const QStringList names = uploads->blobs().names();
    storage->read([&](HubTransaction &tx) {
        for (const QString &sha : names)
            if (!tx.blob(sha))
                orphans << sha;
    });
    if (orphans.isEmpty())
        return;
    storage->write([&](HubTransaction &tx) {
        for (const QString &sha : std::as_const(orphans))
            tx.putBlob(BlobInfo{sha, uploads->blobs().sizeOf(sha), u""_s}); // not null: the column is NOT NULL
    });
    qCWarning(lcHub) << "recorded" << orphans.size() << "stored files that had no row";
}

void HubServer::Private::rememberToken(const QByteArray &hash, const QString &person, const QString &device)
{
    if (hash.isEmpty() || person.isEmpty())
        return;
    if (auto it = knownTokens.find(hash); it != knownTokens.end()) {
        if (it->person == person) {
            it->device = device;
            auto &uses = tokenUse[person];
            uses.splice(uses.end(), uses, it->use);
            return;
        }
        forgetToken(hash);
    }
    // A device signed in again: its former token is no longer valid.
    if (const auto mine = tokenUse.constFind(person); mine != tokenUse.cend()) {
        QList<QByteArray> former;
        for (const QByteArray &h : *mine)
            if (knownTokens.value(h).device == device)
                former << h;
        for (const QByteArray &h : std::as_const(former))
            forgetToken(h);
    }
    // Her own tokens first: one per device she may be signed in on.
    for (auto uses = tokenUse.find(person); uses != tokenUse.end() && qsizetype(uses->size()) >= qsizetype(std::max(1, limits.maxDevicesPerPerson));
         uses = tokenUse.find(person))
        forgetToken(uses->front());
    // In all: the least recently used token of the person holding most (never the whole map, never someone else's
    // because one person signs in a lot).
    while (!knownTokens.isEmpty() && knownTokens.size() >= std::max(1, limits.maxKnownTokens)) {
        const std::list<QByteArray> *most = nullptr;
        for (const auto &list : std::as_const(tokenUse))
            if (!most || list.size() > most->size())
                most = &list;
        if (!most || most->empty())
            break;
        forgetToken(most->front());
    }
    auto &mine = tokenUse[person]; // the loop above may have rehashed tokenUse
    mine.push_back(hash);
    knownTokens.insert(hash, KnownToken{person, device, std::prev(mine.end())});
}

void HubServer::Private::forgetToken(const QByteArray &hash)
{
    const auto it = knownTokens.find(hash);
    if (it == knownTokens.end())
        return;
    const auto uses = tokenUse.find(it->person);
    if (uses != tokenUse.end()) {
        uses->erase(it->use);
        if (uses->empty())
            tokenUse.erase(uses);
    }
    knownTokens.erase(it);
}

void HubServer::Private::forgetDevice(const QString &person, const QString &device)
{
    std::lock_guard lock(budgetMutex);
    const auto mine = tokenUse.constFind(person);
    if (mine == tokenUse.cend())
        return;
    QList<QByteArray> gone;
    for (const QByteArray &h : *mine)
        if (knownTokens.value(h).device == device)
            gone << h;
    for (const QByteArray &h : std::as_const(gone))
        forgetToken(h);
}

std::optional<QString> HubServer::Private::knownPerson(const QByteArray &hash)
{
    if (hash.isEmpty())
        return std::nullopt;
    const auto it = knownTokens.find(hash);
    if (it == knownTokens.end())
        return std::nullopt;
    auto &uses = tokenUse[it->person];
    uses.splice(uses.end(), uses, it->use);
    return it->person;
}

Session HubServer::Private::session(const Exchange &x)
{
    // head() refused any other Authorization header than "Bearer " and a well-formed token.
    const std::optional<std::string> token = BodyRules::bearerToken(x.value("authorization"));
    if (!token)
        return engine->authenticate(QString());
    Session s = engine->authenticate(QString::fromStdString(*token));
    std::lock_guard lock(budgetMutex);
    rememberToken(x.tokenHash, s.account.id, s.deviceId);
    return s;
}

QByteArray HubServer::Private::jsonBody(const Exchange &x, qint64 inflatedLimit)
{
    // bodyRefusal() let through only plain or zstd bodies of an announced length within the route's limit.
    if (x.value("content-encoding") == "zstd")
        return Wire::inflateZstd(x.body, inflatedLimit);
    return x.body;
}

void HubServer::Private::reply(Exchange &x, int status, const QByteArray &body, int zstdLevel)
{
    if (body.size() >= 128 && acceptsZstd(x)) {
        const QByteArray packed =
            Wire::deflateZstd(body, zstdLevel > 0 ? zstdLevel : Wire::zstdLevelFor(body.size(), limits.largeAnswerZstdLevel));
        if (!packed.isEmpty()) {
            x.reply.header("Content-Encoding", "zstd");
            x.reply.setJson(status, packed);
            return;
        }
    }
    x.reply.setJson(status, body);
}

int HubServer::Private::pageLevel(Exchange &x, const QString &person, qsizetype bytes, int resumedLevel)
{
    const int level = Wire::zstdLevelFor(bytes, limits.largeAnswerZstdLevel);
    if (level <= 3 || resumedLevel == 3)
        return std::min(level, 3);
    // A strong packing's zstd context is counted in the hub's answer budget while it packs (review of perf16, finding 2:
    // ≈18.5 MiB at level 19 for a 1 MiB page, one per worker, was in no budget); when it does not fit, level 3 (whose
    // context, ≈2 MiB at most, one a worker, is not counted).
    {
        // The encoder that will run, exactly (review-bz20 F3): bzip2's for a client that reads it (a strong page is packed
        // with it, replyPage()), else zstd's at this level (measured once a size, not under the lock). The larger of the
        // two counted a 1 MiB bzip2 page at ≈18.5 MiB for 7.26 MiB, turning pupils' pages to level 3 early in a rush.
        const qint64 workspace = acceptsBzip2(x) ? Wire::Bzip2WorkspaceBytes : Wire::resumableWorkspaceBytes(level, bytes);
        std::lock_guard lock(budgetMutex);
        if (answerBytes + workspace > limits.answerBudgetBytes)
            return 3;
        x.packingHeld = workspace;
        answerBytes += workspace;
    }
    // Decided before the work (review of perf16, finding 1): a loop of resumes, or of first pages, from one person costs
    // her allowance of strong packing, then level 3's. A page is charged whole and may take the allowance below zero
    // (a debt refilled like the rest): a fresh person's page of any size is packed strong. Everyone's pages share the
    // hub's allowance too, so accounts one person holds (a teacher's pupils) do not each bring one (review of trust16,
    // finding 2).
    const auto now = std::chrono::steady_clock::now();
    const auto left = [&](const PackingAllowance &a, double full) {
        return std::min(full, a.bytes + std::chrono::duration<double>(now - a.at).count() * full
                                            / std::max(1, limits.largeAnswerAllowanceSeconds));
    };
    const double full = double(limits.largeAnswerAllowanceBytes);
    const double hubFull = double(limits.largeAnswerHubAllowanceBytes);
    std::unique_lock lock(packingMutex);
    if (packingAllowance.size() > 4096) // those whose allowance is whole again need no entry
        packingAllowance.removeIf([&](const auto &entry) { return left(entry.value(), full) >= full; });
    auto it = packingAllowance.find(person);
    const double remaining = it == packingAllowance.end() ? full : left(*it, full);
    const double hubRemaining = hubPackingAllowance ? left(*hubPackingAllowance, hubFull) : hubFull;
    // Her resume of a strong page stays strong (the same bytes: the rest, not the page again) while her debt is under one
    // allowance: an honest client cut a few times keeps its page; a loop of resumes gets level 3 beyond that.
    const double floor = resumedLevel == level ? -full : 0;
    const bool strong = remaining > floor && hubRemaining > 0;
    packingAllowance.insert(person, {strong ? remaining - double(bytes) : remaining, now});
    hubPackingAllowance = PackingAllowance{strong ? hubRemaining - double(bytes) : hubRemaining, now};
    lock.unlock();
    if (!strong)
        packingDone(x); // its context's place, given back
    return strong ? level : 3;
}

void HubServer::Private::packingDone(Exchange &x)
{
    std::lock_guard lock(budgetMutex);
    answerBytes -= x.packingHeld;
    x.packingHeld = 0;
}

void HubServer::Private::replyPage(Exchange &x, const QByteArray &body, const QString &person)
{
    // The verdicts and changes end where the envelope's cursor starts: the last `],"cursor":"` of the answer (inside a
    // change it would be escaped in a string, and every change comes before it).
    const qsizetype end = body.size() >= LargeAnswerBytes && acceptsZstd(x) ? body.lastIndexOf("],\"cursor\":\"") : -1;
    // A large answer with neither changes nor verdicts (protocol 4's short form leaves them out: a teacher's board of
    // a thousand pupils) is no page: level 3, not an uncounted level 19 (review-p4, F3).
    if (end < 0)
        return body.size() >= LargeAnswerBytes ? reply(x, 200, body, 3) : reply(x, 200, body);
    const QByteArrayView whole(body);
    // A resume is packed at the level of the page it resumes (review of trust16, finding 1: the level came from her
    // allowance alone, so a client in debt holding a level-3 page got, once her allowance refilled past zero, a level-19
    // page — another tag, the whole page again — and the next resume, in debt again, a level-3 one: near zero, every
    // other resume of a client often cut was a whole page). Her level-3 page's rest is level 3's, free like every level-3
    // page; a strong page's rest is charged to her allowance as a page, into a debt of one allowance at most, and beyond
    // it (a loop of resumes) she gets the page whole at level 3 once (whose resumes then stay at 3).
    const int resumed = x.has("range") ? Wire::pageTagLevel(x.value("if-range")) : 0;
    const int level = pageLevel(x, person, body.size(), resumed);
    // A strong page for a client that reads bzip2 is packed with it: on the anchor's texts 20 % fewer bytes than zstd at
    // 19 for a sixth of its CPU (bench/README.md, "Session 19 (wire20)"); its context (7,609,600 B ≈ 7.26 MiB), and not
    // zstd's, is counted by pageLevel(). A level-3 page stays zstd's (cheap: the pages outside any allowance).
    const bool bzip2 = level > 3 && acceptsBzip2(x);
    Wire::ResumableZstd packed;
    {
        const auto done = qScopeGuard([&] { packingDone(x); });
        packed = bzip2 ? Wire::deflateBzip2Resumable(whole.first(end + 1), whole.sliced(end + 1), level)
                       : Wire::deflateZstdResumable(whole.first(end + 1), whole.sliced(end + 1), level);
    }
    // Packing failed (bzip2's BZ_MEM_ERROR when memory is short, a zstd context not created): the page whole at level 3,
    // untagged, whatever its level was. Not at reply()'s own level for its size, 19 with the whole page's parameters
    // (34–50 MiB of context for a 1–4 MiB page, in no count, its count given back just above): exactly when memory is
    // short (review-bz20 F4).
    if (packed.bytes.isEmpty())
        return reply(x, 200, body, 3);
    x.reply.header("Content-Encoding", bzip2 ? "bzip2" : "zstd");
    x.reply.header("ETag", packed.tag);
    // The same page asked again from byte N by a client that holds its first N bytes: when the verdicts and changes are
    // the same (the tag), their packed bytes are too, and only what follows goes — from N, or from where they end when N
    // is past it (the cursor may have moved: the client keeps its bytes up to there). Anything else: the whole page.
    const qint64 size = packed.bytes.size();
    if (x.has("range") && x.value("if-range") == packed.tag) {
        // Only "bytes=N-" (N > 0) is such a request; N is read against no size (the page the client holds may have been
        // longer than this one).
        constexpr qint64 Open = std::numeric_limits<qint64>::max();
        const Wire::ByteRange range = Wire::parseRange(x.value("range"), Open);
        const qint64 from = std::min(range.first, packed.prefixBytes);
        if (range.kind == Wire::ByteRange::Partial && range.last == Open - 1 && range.first < Open / 2 && from > 0) {
            x.reply.header("Content-Range", "bytes " + std::to_string(from) + "-" + std::to_string(size - 1) + "/" + std::to_string(size));
            x.reply.setJson(206, packed.bytes.sliced(from));
            return;
        }
    }
    x.reply.setJson(200, packed.bytes);
}

BodyRules::BodyHeaders bodyHeaders(const Exchange &x)
{
    BodyRules::BodyHeaders h;
    h.method = x.method;
    h.contentLengthCount = x.count("content-length");
    h.contentLength = x.value("content-length");
    h.transferEncodingCount = x.count("transfer-encoding");
    h.contentEncodingCount = x.count("content-encoding");
    h.contentEncoding = x.value("content-encoding");
    return h;
}

std::optional<HubError> HubServer::Private::bodyRefusal(const Exchange &x)
{
    // The trust issue's rules (sync/hub/bodyrules.h): every body bounded before any of it is in memory. A sync
    // body larger than any other JSON body is allowed only once its token is checked (head(), work()).
    const BodyRules::BodyHeaders h = bodyHeaders(x);
    BodyRules::RouteLimit limit{limits.maxJsonBodyBytes, true};
    if (x.route.endpoint == HubRoute::Sync)
        limit = {BodyRules::declaredLength(h) > limits.maxJsonBodyBytes ? limits.maxSyncBodyBytes : limits.maxJsonBodyBytes, true};
    else if (x.route.endpoint == HubRoute::Upload)
        limit = {limits.maxUploadBytes, false}; // streamed to disk, never held in memory
    else if (x.route.endpoint == HubRoute::Login)
        limit = {limits.maxLoginBodyBytes, true}; // the share without a token holds 8 times more sign-ins than at 64 KiB
    return BodyRules::refusal(h, limit);
}

std::optional<HubError> HubServer::Private::reserveBody(Exchange &x, qint64 bytes, const QString &largeBodyPerson)
{
    if (bytes <= 0)
        return std::nullopt;
    // Announced, not yet received: a body trickled in for minutes holds its whole length from its first byte.
    // A token is checked on a worker, once the body is here (a large sync's before): until a worker has found it
    // valid once, a made-up one counts with the requests without a token.
    std::lock_guard lock(budgetMutex);
    const std::optional<QString> known = knownPerson(x.tokenHash);
    const bool anonymous = !known;
    // A person counts as one, however many devices and connections she uses: two large syncs at once, and her
    // other bodies within her part (a device sends one request at a time; a pupil opening a thousand connections
    // would otherwise hold the whole budget).
    const QString person = !largeBodyPerson.isEmpty() || anonymous ? QString() : *known;
    // One device sends one request at a time: a token (valid or stolen, known or not) has at most a couple of JSON
    // bodies on their way at once (counted until the body is whole: a burst of whole requests on one session, as a load
    // tool sends, is not refused for it). Uploads go to disk, bounded by the unfinished uploads a person may keep.
    const bool perToken = !x.tokenHash.isEmpty() && x.route.endpoint != HubRoute::Upload;
    if (perToken && !x.countedForToken && tokenBodies.value(x.tokenHash) >= limits.maxBodiesPerToken)
        return HubError(429, u"busy"_s,
                        u"This device is already sending %1 requests; send this one when they are answered."_s.arg(limits.maxBodiesPerToken),
                        {}, 2);
    if (!largeBodyPerson.isEmpty() && largeBodies.value(largeBodyPerson) >= limits.maxLargeBodiesPerPerson)
        return HubError(429, u"busy"_s,
                        u"This account is already sending %1 large syncs; send this one when they are done."_s.arg(limits.maxLargeBodiesPerPerson),
                        {}, 5);
    if (!person.isEmpty() && personReserved.value(person) + bytes > limits.personBodyBudgetBytes)
        return HubError(429, u"busy"_s, u"This account is sending as many requests as the hub holds for one person; try again in a moment."_s,
                        {}, 2);
    // Large syncs may take three quarters of the budget: the rest stays for everyone's small requests.
    const qint64 budget = largeBodyPerson.isEmpty() ? limits.bodyBudgetBytes : limits.bodyBudgetBytes / 4 * 3;
    const auto shareFull = [&] { return anonymous && anonymousReserved + bytes > limits.anonymousBodyBudgetBytes; };
    const auto full = [&] { return bodyReserved + bytes > budget || shareFull(); };
    if (full() && x.route.endpoint != HubRoute::Upload) {
        // Full: the newcomer is not the one refused while slow bodies hold the room. A request without a known token takes
        // the place of the slowest token-less body of the address holding most of them; a person who holds nothing yet,
        // that of the slowest body of whoever (person, address) holds most of the budget. Progress is enforced too
        // (watchHeaders()), so what an attacker holds costs him bandwidth, and goes to the first newcomer.
        const QString who = !largeBodyPerson.isEmpty() ? largeBodyPerson : person;
        const bool holdsNothing = anonymous || (!personReserved.contains(who) && !largeBodies.contains(who));
        for (int evicted = 0; full() && holdsNothing && evicted < 64 && evictFor(x, shareFull()); ++evicted) {
        }
    }
    if (full())
        return HubError(429, u"busy"_s, u"The hub is receiving as many requests as it can hold; try again in a moment."_s, {}, 2);
    if (x.route.endpoint != HubRoute::Upload)
        receiving.insert(&x);
    if (perToken && !x.countedForToken) {
        ++tokenBodies[x.tokenHash];
        x.countedForToken = true;
    }
    bodyReserved += bytes;
    if (anonymous)
        anonymousReserved += bytes;
    if (!largeBodyPerson.isEmpty())
        ++largeBodies[largeBodyPerson];
    if (!person.isEmpty())
        personReserved[person] += bytes;
    x.reserved += bytes;
    x.reservedAnonymous = anonymous;
    x.reservedPerson = person;
    x.largeBodyPerson = largeBodyPerson;
    return std::nullopt;
}

bool HubServer::Private::evictFor(const Exchange &newcomer, bool tokenlessShare)
{
    const qint64 now = monotonicMs();
    // Who holds how much: addresses (a school's pupils share one), and people (the bodies whose token is known).
    std::map<std::string, qint64> byAddress;
    std::map<QString, qint64> byPerson;
    const auto personOf = [](const Exchange *h) -> const QString & {
        return !h->largeBodyPerson.isEmpty() ? h->largeBodyPerson : h->reservedPerson;
    };
    for (const Exchange *h : receiving) {
        if (tokenlessShare && !h->reservedAnonymous)
            continue;
        byAddress[h->remoteAddr] += h->reserved;
        if (!tokenlessShare && !personOf(h).isEmpty())
            byPerson[personOf(h)] += h->reserved;
    }
    struct Group
    {
        qint64 bytes;
        const std::string *address;
        const QString *person;
    };
    std::vector<Group> groups;
    for (const auto &[address, bytes] : byAddress)
        groups.push_back({bytes, &address, nullptr});
    for (const auto &[person, bytes] : byPerson)
        groups.push_back({bytes, nullptr, &person});
    std::sort(groups.begin(), groups.end(), [](const Group &a, const Group &b) { return a.bytes > b.bytes; });
    for (const Group &g : groups) {
        // Its slowest body old enough to be judged: the fewest bytes a second since its head.
        Exchange *victim = nullptr;
        double slowest = 0;
        for (Exchange *h : receiving) {
            if (h == &newcomer || !h->link || (tokenlessShare && !h->reservedAnonymous))
                continue;
            if (g.address ? h->remoteAddr != *g.address : personOf(h) != *g.person)
                continue;
            const qint64 age = now - h->startedMs;
            if (age < limits.bodyEvictionAgeMs)
                continue;
            const double rate = double(h->link->bodyReceived.load()) * 1000.0 / double(std::max<qint64>(1, age));
            if (!victim || rate < slowest) {
                victim = h;
                slowest = rate;
            }
        }
        if (!victim)
            continue;
        qCInfo(lcHub).noquote() << "the body budget is full: closed the slowest body (" << qint64(slowest) << "B/s) of"
                                << (g.address ? QString::fromStdString(*g.address) : u"a person"_s) << "which holds" << g.bytes
                                << "B, for a newcomer";
        victim->evicted = true;
        releaseLocked(*victim);
        {
            std::lock_guard lock(linksMutex);
            Link *l = victim->link;
            if (links.count(l) && !l->cut) {
                sayRaw(l->fd, busy());
                cut(l);
            }
        }
        ++bodiesEvicted;
        return true;
    }
    return false;
}

void HubServer::Private::awaitBody(Exchange &x)
{
    Link *l = x.link;
    if (!l || x.declaredLength <= x.received)
        return;
    // Progress, not only a deadline: a body trickled at a byte every few seconds would hold its announced length for
    // its whole deadline, and the attacker reconnect when it is cut. Without a known token, the grace is short.
    bool anonymous = false;
    {
        std::lock_guard lock(budgetMutex);
        anonymous = x.reservedAnonymous && x.reserved > 0;
    }
    qint64 rate = std::max<qint64>(1, limits.minBodyBytesPerSecond);
    if (x.route.endpoint != HubRoute::Upload) // held in memory: whole within maxBodySeconds, however large
        rate = std::max(rate, (x.declaredLength + std::max(1, limits.maxBodySeconds) - 1) / std::max(1, limits.maxBodySeconds));
    l->bodyReceived = x.received;
    l->bodySince = x.startedMs;
    l->bodyDeadline = x.route.endpoint == HubRoute::Upload ? x.startedMs + 1000LL * std::max(1, limits.maxUploadSliceSeconds) : 0;
    l->bodyGraceMs = 1000LL * std::max(0, anonymous ? std::min(limits.anonymousBodyGraceSeconds, limits.bodyTimeoutSeconds)
                                                    : limits.bodyTimeoutSeconds);
    l->bodyRate = rate;
}

void HubServer::Private::bodyArrived(Exchange &x)
{
    if (x.link)
        x.link->bodyRate = 0;
    std::lock_guard lock(budgetMutex);
    bodyWhole(x);
}

void HubServer::Private::releaseBody(Exchange &x)
{
    std::lock_guard lock(budgetMutex);
    releaseLocked(x);
}

void HubServer::Private::bodyWhole(Exchange &x)
{
    receiving.erase(&x);
    if (x.countedForToken) {
        auto it = tokenBodies.find(x.tokenHash);
        if (it != tokenBodies.end() && --*it <= 0)
            tokenBodies.erase(it);
        x.countedForToken = false;
    }
}

void HubServer::Private::releaseLocked(Exchange &x)
{
    bodyWhole(x);
    if (x.reserved == 0 && x.largeBodyPerson.isEmpty())
        return;
    bodyReserved -= x.reserved;
    if (x.reservedAnonymous)
        anonymousReserved -= x.reserved;
    if (!x.reservedPerson.isEmpty()) {
        auto it = personReserved.find(x.reservedPerson);
        if (it != personReserved.end() && (*it -= x.reserved) <= 0)
            personReserved.erase(it);
    }
    if (!x.largeBodyPerson.isEmpty()) {
        auto it = largeBodies.find(x.largeBodyPerson);
        if (it != largeBodies.end() && --*it <= 0)
            largeBodies.erase(it);
    }
    x.reserved = 0;
    x.reservedPerson.clear();
    x.largeBodyPerson.clear();
}

std::optional<HubError> HubServer::Private::reserveAnswer(Exchange &x, const QString &person)
{
    std::lock_guard lock(budgetMutex);
    // Counted before it is built, at the largest it may be (corrected by answerBuilt()): the size is known only once the
    // engine has worked, and a page may be up to maxBudget. A large place needs room for such a page in her part and in
    // the first half of the hub's; else a small page, if there is room for one; else 429 before any work.
    const qint64 held = personAnswers.value(person);
    const qint64 largeSize = limits.maxBudget + AnswerEnvelopeBytes;
    const bool large = largeAnswers.value(person) < limits.maxLargeAnswersPerPerson
        && held + largeSize <= limits.personAnswerBudgetBytes && answerBytes + largeSize <= limits.answerBudgetBytes / 2;
    const qint64 size = large ? largeSize : SmallPageBytes + AnswerEnvelopeBytes;
    if (!large && held + size > limits.personAnswerBudgetBytes)
        return HubError(429, u"busy"_s,
                        u"This account is receiving as many answers as the hub holds for one person; read them, or try again in a moment."_s,
                        {}, 2);
    if (!large && answerBytes + size > limits.answerBudgetBytes)
        return HubError(429, u"busy"_s, u"The hub is sending as many answers as it holds; try again in a moment."_s, {}, 2);
    x.answerPerson = person;
    x.answerLarge = large;
    x.answerHeld = size;
    personAnswers[person] += size;
    answerBytes += size;
    if (large)
        ++largeAnswers[person];
    return std::nullopt;
}

std::optional<HubError> HubServer::Private::startList(const QString &person)
{
    std::lock_guard lock(budgetMutex);
    if (listsBuilding.value(person) > 0)
        return HubError(429, u"busy"_s, u"This account's list of devices is being made; ask again in a moment."_s, {}, 2);
    if (listsBuildingAll >= std::max(1, limits.workers / 2))
        return HubError(429, u"busy"_s, u"The hub is making as many lists of devices as it may at once; try again in a moment."_s, {}, 2);
    ++listsBuilding[person];
    ++listsBuildingAll;
    return std::nullopt;
}

void HubServer::Private::listBuilt(const QString &person)
{
    std::lock_guard lock(budgetMutex);
    if (auto it = listsBuilding.find(person); it != listsBuilding.end() && --*it <= 0)
        listsBuilding.erase(it);
    --listsBuildingAll;
}

bool HubServer::Private::answerBuilt(Exchange &x)
{
    std::lock_guard lock(budgetMutex);
    if (x.answerPerson.isEmpty())
        return true;
    const qint64 size = x.reply.body.size();
    if (size > x.answerHeld) {
        // Larger than counted: a page holds at least one change whatever its size, and a change is served larger than it
        // was sent (JSON escapes: 512 KiB of control characters are 3 MiB), and verdicts are not in the page. It goes when
        // it fits; or, so that a person whose next change alone is that large still progresses, when she holds nothing
        // else and the hub has room. Else 429 (a fifth review: 8 such syncs of one pupil held 25 MB against 4 MiB).
        // A large one keeps to the first half of the hub's budget, as large pages do (a sixth review: six pupils' 3 MiB
        // answers, counted small, filled the whole budget and every sync got 429).
        const qint64 hers = personAnswers.value(x.answerPerson) - x.answerHeld;
        const qint64 everyone = answerBytes - x.answerHeld;
        const qint64 room = size > LargeAnswerBytes ? limits.answerBudgetBytes / 2 : limits.answerBudgetBytes;
        const bool fits = hers + size <= limits.personAnswerBudgetBytes && everyone + size <= room;
        const bool alone = hers == 0 && everyone + size <= room;
        if (!fits && !alone) {
            releaseAnswer(x);
            return false;
        }
        // Counted small, it came out large: it takes one of her large places when one is free, else it goes only when
        // she holds no other answer (the sixth review, session 12: each pupil held 19 such answers, the 2 places none).
        if (size > LargeAnswerBytes && !x.answerLarge) {
            if (largeAnswers.value(x.answerPerson) < limits.maxLargeAnswersPerPerson) {
                ++largeAnswers[x.answerPerson];
                x.answerLarge = true;
            } else if (hers > 0) {
                releaseAnswer(x);
                return false;
            }
        }
    }
    // What was counted at its largest becomes what it is.
    if (auto it = personAnswers.find(x.answerPerson); it != personAnswers.end() && (*it += size - x.answerHeld) <= 0)
        personAnswers.erase(it);
    answerBytes += size - x.answerHeld;
    x.answerHeld = size;
    if (x.answerLarge && size <= LargeAnswerBytes) {
        // It came out small: its large place is free for her next catch-up.
        if (auto it = largeAnswers.find(x.answerPerson); it != largeAnswers.end() && --*it <= 0)
            largeAnswers.erase(it);
        x.answerLarge = false;
    }
    return true;
}

void HubServer::Private::releaseAnswer(Exchange &x)
{
    if (x.answerPerson.isEmpty())
        return;
    if (x.answerLarge) {
        if (auto it = largeAnswers.find(x.answerPerson); it != largeAnswers.end() && --*it <= 0)
            largeAnswers.erase(it);
    }
    if (x.answerHeld > 0) {
        if (auto it = personAnswers.find(x.answerPerson); it != personAnswers.end() && (*it -= x.answerHeld) <= 0)
            personAnswers.erase(it);
        answerBytes -= x.answerHeld;
    }
    x.answerPerson.clear();
    x.answerLarge = false;
    x.answerHeld = 0;
}

MHD_Result HubServer::Private::onRequest(MHD_Connection *c, const char *url, const char *method, const char *data,
                                         size_t *size, void **slot)
{
    auto *x = static_cast<Exchange *>(*slot);
    if (!x) {
        x = new Exchange;
        *slot = x;
        ++exchanges;
        x->connection = c;
        x->link = linkOf(c);
        x->startedMs = monotonicMs();
        x->method = method ? method : "";
        x->path = url ? url : "";
        MHD_get_connection_values(c, MHD_HEADER_KIND, collectHeader, x);
        if (const char *p = MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "person"))
            x->person = p;
        x->remoteAddr = peerAddress(c);
        x->route = HubRoute::match(x->method, x->path, pathPrefix);
        const std::string sentId = x->value("x-request-id");
        x->requestId = Wire::requestId(sentId);
        x->requestIdSent = x->requestId == sentId;
        metrics.started();
        if (x->link) {
            x->link->inRequest = true;
            // Its previous answer was read (a new request came after it): libmicrohttpd's timeout of silence again.
            if (x->link->answering.exchange(false))
                MHD_set_connection_option(c, MHD_CONNECTION_OPTION_TIMEOUT, unsigned(std::max(1, limits.readTimeoutSeconds)));
        }
        return head(*x);
    }
    switch (x->phase) {
    case Exchange::Phase::HeadWork:
        // Resumed: the worker refused the request before its body, or let it through.
        if (x->reply.status != 0)
            return answer(*x);
        if (wasEvicted(*x))
            return MHD_NO; // a newcomer took its place before its body came
        x->phase = Exchange::Phase::Body;
        awaitBody(*x);
        [[fallthrough]];
    case Exchange::Phase::Body:
        if (x->check == Exchange::Check::Running || x->check == Exchange::Check::Refused) {
            if (const std::optional<MHD_Result> r = duringUploadCheck(*x, data, size))
                return *r;
        }
        if (*size > 0) {
            consume(*x, data, *size);
            *size = 0;
            if (x->reply.status != 0)
                return answer(*x); // refused mid-body (an upload longer than announced, a full disk)
            // A client cut mid-body whose end of stream libmicrohttpd has not noticed (it can miss it after a
            // full read buffer) would hold its upload's claim until the timeout: what arrived is written, close.
            if (x->received < x->declaredLength && peerClosed(c))
                return MHD_NO;
            return MHD_YES;
        }
        if (x->received < x->declaredLength)
            return MHD_YES; // called again before the body: more is on its way
        return complete(*x);
    case Exchange::Phase::Work:
        return answer(*x);
    case Exchange::Phase::Done:
        break;
    }
    return MHD_YES;
}

MHD_Result HubServer::Private::head(Exchange &x)
{
    // Stopping, the port is shut: a request can only come on a connection kept open (a front's, a device's). It is
    // served as any other within the grace, and its connection closed after it, so the next goes to another hub. (A
    // "stopping" 503 here sent a front's clients away for Retry-After's 5 s at each hub's restart.) Once the workers
    // have stopped, dispatch still answers 503.
    if (stopping)
        x.reply.close = true;
    if (x.headerCount > MaxHeaders) {
        x.reply.setError(HubError(431, u"too_many_headers"_s, u"A request has at most %1 headers."_s.arg(MaxHeaders)));
        x.reply.close = true; // its body, if any, is left unread
        return answer(x);
    }
    // RFC 9112 §5.1: no whitespace between a header's name and its colon, answered 400. libmicrohttpd keeps
    // "Content-Length : 5" as another header, which a lenient proxy in front (a fleet's) may take for the length:
    // the two would frame the body differently (request smuggling).
    if (x.spacedHeaderName) {
        x.reply.setError(HubError::invalid(u"headers"_s, u"A header's name has a space or a tab in it (none may come "
                                                          "before its colon)."_s));
        x.reply.close = true;
        return answer(x);
    }
    if (!pathPrefix.empty() && prefixGate) {
        // A classroom hub: the gate sees every request first, and may refuse an address that guesses join codes.
        // HubRoute::match() found the route only under the right prefix.
        const bool rightPrefix = x.path.size() > pathPrefix.size() && x.path[pathPrefix.size()] == '/'
            && std::equal(pathPrefix.begin(), pathPrefix.end(), x.path.begin(),
                          [](char p, char c) { return p == char(std::tolower(static_cast<unsigned char>(c))); });
        if (const int wait = prefixGate(QString::fromStdString(x.remoteAddr), rightPrefix); wait > 0) {
            x.reply.setError(HubError(429, u"too_many_attempts"_s,
                                      u"Too many wrong join codes from this address: wait, then check the code."_s, {}, wait));
            x.reply.close = true; // its body, if any, is left unread
            return answer(x);
        }
    }
    if (connections.load() - cutLinks.load() > maxConnections) {
        // Connections that have sent no request head for a second yield their places to this request.
        std::lock_guard lock(linksMutex);
        evictOverLimit(linkOf(x.connection));
    }
    if (connections.load() - cutLinks.load() > maxConnections) {
        x.reply.setError(HubError(503, u"busy"_s, u"The hub has too many connections open; try again in a moment."_s, {}, 1));
        x.reply.close = true;
        return answer(x);
    }
    if (x.route.isLight()) {
        if (x.has("content-length") && x.value("content-length") != "0") {
            // A body where none is expected is not read: answer now, and the connection closes after.
            answerLight(x);
            x.reply.close = true;
            return answer(x);
        }
        // Answered by complete(), on the next call: an answer queued now would close a kept-alive connection.
        x.phase = Exchange::Phase::Body;
        return MHD_YES;
    }
    // Every other route but the sign-in needs a token: without one, or with anything but "Bearer " and a well-formed
    // token, 401 now, before any of the body is read. The token is known by its hash from here on (the header itself
    // is never kept: padded variants of one token would each be an entry).
    if (const int authorizations = x.count("authorization"); authorizations > 0 || x.route.endpoint != HubRoute::Login) {
        const std::optional<std::string> token = authorizations == 1 ? BodyRules::bearerToken(x.value("authorization")) : std::nullopt;
        if (!token) {
            x.reply.setError(authorizations == 0
                                 ? HubError(401, u"unauthorized"_s, u"Sign in first: this request needs \"Authorization: Bearer <token>\"."_s)
                                 : HubError(401, u"unauthorized"_s, u"Send one header \"Authorization: Bearer <token>\", the token as the hub gave it."_s));
            x.reply.close = true; // the body is left unread
            return answer(x);
        }
        x.tokenHash = Crypto::tokenHash(QString::fromStdString(*token));
    }
    x.declaredLength = BodyRules::declaredLength(bodyHeaders(x));
    // A sync body larger than any other JSON body: only a signed-in device may send one, so its token is
    // checked first (401 before any other refusal), then its headers (work()).
    if (x.route.endpoint == HubRoute::Sync && x.declaredLength > limits.maxJsonBodyBytes)
        return dispatch(x, Exchange::Phase::HeadWork);
    if (auto refusal = bodyRefusal(x)) {
        x.reply.setError(*refusal);
        x.reply.close = true; // the body is left unread: the connection cannot carry another request
        return answer(x);
    }
    // An upload is checked (token, quota, offset) before its body is written (startUploadCheck()).
    // Over https, or when the client waits for "100 Continue", the checks run before any of the body is read
    // (the connection suspended): a refusal (409, quota) is answered at once, not after the whole body was sent
    // through the TLS session, and never after libmicrohttpd told the client to go on.
    if (x.route.endpoint == HubRoute::Upload)
        return x.declaredLength == 0 || tls || expectsContinue(x) ? dispatch(x, Exchange::Phase::HeadWork) : startUploadCheck(x);
    // Its whole announced length is reserved before the first byte is read.
    if (auto refusal = reserveBody(x, x.declaredLength)) {
        x.reply.setError(*refusal);
        x.reply.close = true; // the body is left unread
        return answer(x);
    }
    x.phase = Exchange::Phase::Body;
    awaitBody(x);
    return MHD_YES;
}

void HubServer::Private::consume(Exchange &x, const char *data, size_t size)
{
    x.received += qint64(size);
    if (x.link)
        x.link->bodyReceived = x.received;
    if (x.route.endpoint != HubRoute::Upload) {
        if (x.body.size() + qint64(size) > x.declaredLength) {
            x.reply.setError(HubError(413, u"too_large"_s, u"More bytes than \"Content-Length\" announced."_s, u"body"_s));
            x.reply.close = true;
            return;
        }
        x.body.append(data, qsizetype(size));
        return;
    }
    writeUpload(x, data, size);
}

void HubServer::Private::writeUpload(Exchange &x, const char *data, size_t size)
{
    if (x.discardBody || x.tooLong || x.writeFailed || !x.part || size == 0)
        return;
    if (x.written + qint64(size) > x.uploadLength) {
        x.tooLong = true;
        return;
    }
    if (x.part->write(data, qint64(size)) != qint64(size)) {
        x.writeFailed = true;
        return;
    }
    x.written += qint64(size);
}

MHD_Result HubServer::Private::complete(Exchange &x)
{
    bodyArrived(x);
    if (wasEvicted(x))
        return MHD_NO; // its reservation went to a newcomer as the last bytes came: it is being closed
    if (x.route.isLight()) {
        answerLight(x);
        return answer(x);
    }
    if (x.route.endpoint == HubRoute::Upload) {
        // The body streamed to the part file on the event loop; only its end (hash, database) takes a worker.
        if (x.discardBody) {
            x.reply.status = 200;
            x.reply.header("Upload-Offset", std::to_string(uploads->blobs().sizeOf(qstr(x.route.argument))));
            return answer(x);
        }
        x.part->close(); // whatever arrived is kept: the client resumes from here after a cut
        if (x.writeFailed) {
            x.reply.setError(HubError(503, u"unavailable"_s, u"The hub could not store the file; try again later."_s, {}, 5));
            return answer(x);
        }
        if (x.tooLong) {
            x.reply.setError(HubError(413, u"too_large"_s, u"More bytes than \"Upload-Length\" announced."_s, u"body"_s));
            return answer(x);
        }
        if (x.written < x.uploadLength) {
            x.reply.status = 204;
            x.reply.header("Upload-Offset", std::to_string(x.written));
            return answer(x);
        }
    }
    return dispatch(x, Exchange::Phase::Work);
}

MHD_Result HubServer::Private::dispatch(Exchange &x, Exchange::Phase phase)
{
    // Overload is refused at once, never queued: clients back off with jitter and retry.
    if (!workers->tryReserve()) {
        x.reply.setError(stopping ? HubError(503, u"unavailable"_s, u"The hub is stopping; try again in a moment."_s, {}, 5)
                                  : busy());
        x.reply.close = phase == Exchange::Phase::HeadWork; // the body is left unread
        return answer(x);
    }
    x.phase = phase;
    // Suspend before the job may resume.
    MHD_suspend_connection(x.connection);
    MHD_Connection *connection = x.connection;
    workers->post([this, px = &x](bool expired) { work(*px, expired); },
                  [connection] { MHD_resume_connection(connection); });
    return MHD_YES;
}

template<typename Fn>
void HubServer::Private::runGuarded(Exchange &x, bool expired, bool beforeBody, Fn &&fn)
{
    if (expired) {
        // It waited past the bound (workers all busy with long requests): say so rather than work late.
        x.reply.setError(HubError(503, u"busy"_s, u"The hub is busy; try again in a moment."_s, {}, 1));
    } else {
        try {
            fn();
        } catch (const HubError &e) {
            x.reply.setError(e);
            if (e.status == 401 && !x.tokenHash.isEmpty()) {
                // Revoked, replaced, or never valid: its bodies no longer count in anyone's part.
                std::lock_guard lock(budgetMutex);
                forgetToken(x.tokenHash);
            }
        } catch (const StorageError &e) {
            qCWarning(lcHub) << "storage failure:" << e.what();
            x.reply.setError(HubError(503, u"unavailable"_s, u"The hub's database is unavailable; try again later."_s, {}, 5));
        } catch (const std::exception &e) {
            qCWarning(lcHub) << "internal error:" << e.what();
            x.reply.setError(HubError(500, u"internal"_s, u"Internal error."_s));
        }
    }
    if (beforeBody && x.reply.status != 0)
        x.reply.close = true; // refused before its body: the body is left unread
}

void HubServer::Private::work(Exchange &x, bool expired)
{
    const bool head = x.phase == Exchange::Phase::HeadWork;
    runGuarded(x, expired, head, [&] {
        if (!head) {
            handle(x);
        } else if (x.route.endpoint == HubRoute::Upload) {
            uploadHead(x); // an empty body (Content-Length: 0): nothing can be lost by suspending for it
        } else {
            x.session = session(x); // 401 before a large body is read
            if (auto refusal = bodyRefusal(x))
                throw *refusal;
            if (auto refusal = reserveBody(x, x.declaredLength, x.session.account.id))
                throw *refusal;
        }
    });
    // The pool resumes the connection once this worker's place is free (see dispatch()).
}

MHD_Result HubServer::Private::startUploadCheck(Exchange &x)
{
    // Its first bytes are kept in memory while the checks run (at most EarlyBytes).
    if (auto refusal = reserveBody(x, std::min<qint64>(x.declaredLength, EarlyBytes))) {
        x.reply.setError(*refusal);
        x.reply.close = true; // the body is left unread
        return answer(x);
    }
    if (!workers->tryReserve()) {
        x.reply.setError(stopping ? HubError(503, u"unavailable"_s, u"The hub is stopping; try again in a moment."_s, {}, 5)
                                  : busy());
        x.reply.close = true; // the body is left unread
        return answer(x); // still on the headers: libmicrohttpd can queue it
    }
    x.phase = Exchange::Phase::Body;
    awaitBody(x);
    x.check = Exchange::Check::Running;
    workers->post([this, px = &x](bool expired) { runGuarded(*px, expired, true, [&] { uploadHead(*px); }); },
                  [this, px = &x] { endUploadCheck(*px); });
    return MHD_YES;
}

std::optional<MHD_Result> HubServer::Private::duringUploadCheck(Exchange &x, const char *data, size_t *size)
{
    std::unique_lock lock(x.guard);
    if (x.check == Exchange::Check::Accepted)
        return std::nullopt; // it ended while this call waited for the lock
    if (x.check == Exchange::Check::Running) {
        if (*size == 0 && x.received < x.declaredLength)
            return MHD_YES; // called again before the body: more is on its way
        if (*size == 0 || x.early.size() + qsizetype(*size) > EarlyBytes) {
            // The whole body is here, or as much as is kept in memory: wait for the check (the same bytes, if
            // any, are handed over again once resumed).
            x.waiting = true;
            MHD_suspend_connection(x.connection);
            return MHD_YES;
        }
        x.early.append(data, qsizetype(*size));
        x.received += qint64(*size);
        if (Link *l = linkOf(x.connection))
            l->bodyReceived = x.received;
        *size = 0;
        // A client cut mid-body (its end of stream can go unnoticed after a full read buffer): close now; what
        // arrived is written when the check ends, if it lets the upload through.
        if (x.received < x.declaredLength && peerClosed(x.connection))
            return MHD_NO;
        return MHD_YES;
    }
    // Refused with the body under way.
    if (x.answeredRaw)
        return MHD_NO; // the answer is written: close (the rest of the body is not read)
    const bool called = *size > 0;
    x.received += qint64(*size); // over https the rest is read and dropped, then the answer is queued
    *size = 0;
    if (x.received < x.declaredLength || called)
        return MHD_YES;
    lock.unlock();
    x.check = Exchange::Check::None;
    return answer(x); // the body is whole: libmicrohttpd can queue it
}

void HubServer::Private::endUploadCheck(Exchange &x)
{
    // On the worker, once its place is free again (see WorkerPool::post()).
    std::unique_lock lock(x.guard);
    if (x.reply.status == 0) {
        // What arrived during the check is kept, even from a client gone since: it resumes from there.
        writeUpload(x, x.early.constData(), size_t(x.early.size()));
        x.early = QByteArray();
        x.check = Exchange::Check::Accepted;
        releaseBody(x); // from now on the body goes to disk
    } else {
        x.early = QByteArray();
        x.check = Exchange::Check::Refused;
        releaseBody(x);
        x.uploadClaim.reset(); // refused: another request may resume this upload at once
        if (!x.orphaned && x.received < x.declaredLength)
            x.answeredRaw = refuseMidBody(x);
    }
    if (x.orphaned) {
        lock.unlock();
        releaseBody(x);
        delete &x;
        --exchanges;
        return;
    }
    if (std::exchange(x.waiting, false)) {
        MHD_resume_connection(x.connection);
    } else if (peerClosed(x.connection)) {
        // The client is gone and libmicrohttpd has handed over all it read, but may not have seen the end of
        // the stream (epoll is edge-triggered: it came with the last bytes). Shutting reading down wakes its
        // event loop, which then closes the connection (and this exchange) rather than at the idle timeout.
        if (const MHD_ConnectionInfo *info = MHD_get_connection_info(x.connection, MHD_CONNECTION_INFO_CONNECTION_FD))
            ::shutdown(info->connect_fd, SHUT_RD);
    }
}

bool HubServer::Private::refuseMidBody(Exchange &x)
{
    // libmicrohttpd 0.9.75 queues an answer only before the body or once it is whole. A refused upload whose body
    // is under way is told at once all the same: the answer is written to the socket here (libmicrohttpd writes
    // nothing to it while a request's body arrives), and libmicrohttpd is then told to close the connection.
    // Over https the bytes must go through the TLS session: the rest of the body is read and dropped (bounded by
    // the route's limit), and the answer queued once it is whole.
    if (tls)
        return false;
    const MHD_ConnectionInfo *info = MHD_get_connection_info(x.connection, MHD_CONNECTION_INFO_CONNECTION_FD);
    if (!info)
        return false;
    return writeRaw(info->connect_fd, x.reply);
}

bool HubServer::Private::sayRaw(int fd, const HubError &error)
{
    if (tls || fd < 0)
        return false;
    Reply r;
    r.setError(error);
    return writeRaw(fd, r);
}

namespace {

bool writeRaw(int fd, const Reply &r)
{
    const char *reason = MHD_get_reason_phrase_for(unsigned(r.status));
    std::string out = "HTTP/1.1 " + std::to_string(r.status) + ' ' + (reason ? reason : "") + "\r\n";
    for (const auto &[name, value] : r.headers)
        out += name + ": " + value + "\r\n";
    if (r.json)
        out += std::string("Content-Type: ") + JsonType + "\r\n";
    out += "Content-Length: " + std::to_string(r.body.size()) + "\r\nConnection: close\r\n\r\n";
    out.append(r.body.constData(), size_t(r.body.size()));
    // A few hundred bytes into the send buffer of a connection that has sent nothing yet: they go in at once.
    return ::send(fd, out.data(), out.size(), MSG_NOSIGNAL | MSG_DONTWAIT) == ssize_t(out.size());
}

} // namespace

void HubServer::Private::handle(Exchange &x)
{
    switch (x.route.endpoint) {
    case HubRoute::Login: {
        std::string header = limits.clientIpHeader.toLower().toStdString();
        const std::string forwarded = header.empty() ? std::string() : x.value(header.c_str());
        const QString address = Wire::clientAddress(x.remoteAddr, forwarded, trustedProxies);
        const QJsonObject request = Wire::parseJsonObject(jsonBody(x, limits.maxLoginBodyBytes));
        const QJsonObject answer = engine->login(request, address);
        {
            std::lock_guard lock(budgetMutex);
            rememberToken(Crypto::tokenHash(answer.value(u"token"_s).toString()),
                          answer.value(u"person"_s).toObject().value(u"id"_s).toString(), request.value(u"device_id"_s).toString());
        }
        reply(x, 200, QJsonDocument(answer).toJson(QJsonDocument::Compact));
        break;
    }
    case HubRoute::Sync: {
        const Session s = session(x);
        QJsonObject request = Wire::parseJsonObject(jsonBody(x, limits.maxInflatedBytes));
        // Her answers being sent are bounded like her bodies: a person reading many catch-ups slowly (or not at all) on
        // many connections holds at most a couple of large pages, then small ones, then gets 429.
        if (auto refusal = reserveAnswer(x, s.account.id))
            throw *refusal;
        if (!x.answerLarge) {
            // A small page: asked budget (when it is one the engine takes) capped; a malformed one is left to the engine.
            const QJsonValue asked = request.value(u"budget"_s);
            if (asked.isUndefined() || asked.isNull() || (asked.isDouble() && asked.toDouble() > double(SmallPageBytes)))
                request.insert(u"budget"_s, double(SmallPageBytes));
        }
        int retryAfter = 0;
        const QByteArray answer = engine->sync(s, request, &retryAfter);
        if (retryAfter > 0) // some of its changes were refused for quota: held back on the device (PROTOCOL.md)
            x.reply.header("Retry-After", std::to_string(retryAfter));
        replyPage(x, answer, s.account.id);
        if (!answerBuilt(x)) {
            x.reply.headers.clear(); // its quota Retry-After, if any: the refusal says its own
            throw HubError(429, u"busy"_s, u"The hub is sending as many answers as it holds; try again in a moment."_s, {}, 2);
        }
        break;
    }
    case HubRoute::Devices: {
        const Session s = session(x);
        // Counted as a sync's answer (a review of session 14, finding 4): a teacher with many vouched keys asked for her
        // ≈400 KB list on 400 connections and read nothing, and the hub held all of them (RSS 45 → 244 MB). Her list
        // takes one of her places in her part and in the hub's: at most her large places of lists over 64 KiB (with her
        // catch-ups' pages), then 429 with Retry-After, before the work once her part is full.
        // Its cost is CPU, which that budget does not bound (a review of session 15, finding 1: a 1.4 MB list took 0.9 s
        // packed at level 19; packed small it fit the socket's buffer, so her places were free again at once and 12
        // connections of one teacher kept every worker building her list). So: one list of hers built at a time, and
        // half the workers at most for everyone's, else 429 with Retry-After before any work (a script or a page asking
        // again gets it a moment later: what a school's IT person expects of a busy server); and the list is packed at
        // zstd's fast level 3, not the catch-up pages' --zstd-level (19): asked now and then, it is not worth 9× its build
        // to save a few tens of KB (4,800 keys, 1.4 MB: 108 KB and 615 ms of CPU at 19, 132 KB and 64 ms at 3).
        if (auto refusal = startList(s.account.id))
            throw *refusal;
        const auto built = qScopeGuard([&] { listBuilt(s.account.id); });
        if (auto refusal = reserveAnswer(x, s.account.id))
            throw *refusal;
        reply(x, 200, QJsonDocument(engine->devices(s)).toJson(QJsonDocument::Compact), DevicesZstdLevel);
        if (!answerBuilt(x))
            throw HubError(429, u"busy"_s, u"The hub is sending as many answers as it holds; try again in a moment."_s, {}, 2);
        break;
    }
    case HubRoute::RevokeDevice: {
        const Session s = session(x);
        engine->revokeDevice(s, qstr(x.route.argument), qstr(x.person));
        forgetDevice(x.person.empty() ? s.account.id : qstr(x.person), qstr(x.route.argument)); // signed out: no longer known
        x.reply.status = 204;
        break;
    }
    case HubRoute::Media:
        download(x);
        break;
    case HubRoute::UploadOffset: {
        const QString sha = qstr(x.route.argument);
        const bool complete = engine->storedFor(session(x), sha, uploads->blobs().contains(sha));
        const qint64 offset = complete ? uploads->blobs().sizeOf(sha) : uploads->partSize(sha);
        x.reply.header("Upload-Offset", std::to_string(offset));
        if (complete)
            x.reply.header("Upload-Complete", "1");
        x.reply.setJson(200, QJsonDocument(QJsonObject{{u"offset"_s, double(offset)}, {u"complete"_s, complete}}).toJson(QJsonDocument::Compact));
        break;
    }
    case HubRoute::Upload:
        uploadEnd(x);
        break;
    default:
        throw HubError(404, u"not_found"_s, u"No such endpoint; see PROTOCOL.md."_s);
    }
}

void HubServer::Private::uploadHead(Exchange &x)
{
    const QString sha = qstr(x.route.argument);
    x.session = session(x);
    const qint64 offset = headerNumber(x, "Upload-Offset", true);
    const qint64 length = headerNumber(x, "Upload-Length", true);
    if (length <= 0)
        throw HubError::invalid(u"Upload-Length"_s, u"Header \"Upload-Length\" must be at least 1."_s);
    if (length > limits.maxUploadBytes)
        throw HubError(413, u"too_large"_s, u"Files are limited to %1 bytes on this hub."_s.arg(limits.maxUploadBytes),
                       u"Upload-Length"_s);
    // A body longer than the rest of the file is refused now, not once it has all been sent for nothing.
    if (offset >= 0 && x.declaredLength > std::max<qint64>(0, length - offset))
        throw HubError(413, u"too_large"_s, u"More bytes than \"Upload-Length\" announced."_s, u"body"_s);
    if (engine->storedFor(x.session, sha, uploads->blobs().contains(sha))) {
        x.discardBody = true; // read what the client sends, so the connection stays usable
        return;
    }
    x.uploadClaim = uploads->tryClaimUpload(sha);
    if (!x.uploadClaim) {
        x.reply.header("Upload-Offset", std::to_string(uploads->partSize(sha)));
        throw HubError(409, u"upload_in_progress"_s, u"Another upload of this file is in progress; ask the offset again later."_s);
    }
    engine->reserveUpload(x.session, *uploads, sha, length);
    const qint64 current = uploads->partSize(sha);
    if (offset != current) {
        x.reply.header("Upload-Offset", std::to_string(current));
        throw HubError(409, u"offset_mismatch"_s, u"The upload is at byte %1; resume from there."_s.arg(current),
                       u"Upload-Offset"_s);
    }
    if (current > length)
        throw HubError::invalid(u"Upload-Length"_s, u"Header \"Upload-Length\" is smaller than what was already uploaded."_s);
    x.part = std::make_unique<QFile>(uploads->partPath(sha));
    // Unbuffered: what arrived is on disk for the offset query and a resume, whatever happens next.
    if (!x.part->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        throw StorageError("cannot open an upload file");
    x.uploadLength = length;
    x.written = current;
}

void HubServer::Private::uploadEnd(Exchange &x)
{
    const QString sha = qstr(x.route.argument);
    if (!uploads->verifyUpload(sha))
        throw HubError(422, u"hash_mismatch"_s, u"The uploaded bytes do not have this SHA-256; upload the file again."_s);
    // The row first: a file visible under its name always has one. Should the rename fail (or the hub stop
    // here), the upload stays complete under uploads/, HEAD says not complete, and sending the (empty) rest
    // again, or the repair at start, publishes it.
    engine->recordUpload(x.session, uploads->uploadStarter(sha), sha, x.uploadLength);
    if (!uploads->publishUpload(sha))
        throw StorageError("cannot move a verified upload into place");
    x.reply.status = 201;
    x.reply.header("Upload-Offset", std::to_string(x.uploadLength));
}

void HubServer::Private::download(Exchange &x)
{
    const QString sha = qstr(x.route.argument);
    const Session s = session(x);
    if (!engine->storedFor(s, sha, uploads->blobs().contains(sha))) // the same answer whether the hub holds it or not
        throw HubError(404, u"not_found"_s, u"None of the files you may read on this hub has this name."_s);
    const std::string etag = "\"" + sha.toStdString() + "\"";
    const qint64 size = uploads->blobs().sizeOf(sha);
    x.reply.header("ETag", etag);
    x.reply.header("Accept-Ranges", "bytes");
    x.reply.header("Cache-Control", "private, max-age=31536000, immutable");
    if (x.value("if-none-match") == etag) {
        x.reply.status = 304;
        return;
    }
    if (!limits.accelRedirectPrefix.isEmpty() && sentByNginx(x)) {
        // nginx sends the bytes (ranges included) from the shared folder; the hub only said she may read them.
        x.reply.status = 200;
        x.reply.header("X-Accel-Redirect", QString(limits.accelRedirectPrefix + sha.left(2) + u'/' + sha).toStdString());
        x.reply.header("Content-Type", "application/octet-stream");
        return;
    }
    const bool rangeApplies = x.has("range") && (!x.has("if-range") || x.value("if-range") == etag);
    const Wire::ByteRange range = rangeApplies ? Wire::parseRange(x.value("range"), size)
                                               : Wire::ByteRange{Wire::ByteRange::Whole, 0, size - 1};
    if (range.kind == Wire::ByteRange::Unsatisfiable) {
        x.reply.header("Content-Range", "bytes */" + std::to_string(size));
        throw HubError(416, u"range_not_satisfiable"_s, u"The file has %1 bytes."_s.arg(size));
    }
    const int fd = ::open(QFile::encodeName(uploads->blobs().pathOf(sha)).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0 && (errno == EMFILE || errno == ENFILE))
        throw HubError(503, u"busy"_s, u"The hub has too many files open; try again in a moment."_s, {}, 2);
    if (fd < 0)
        throw HubError(404, u"not_found"_s, u"No such file on this hub."_s);
    if (range.kind == Wire::ByteRange::Partial) {
        x.reply.status = 206;
        x.reply.header("Content-Range", "bytes " + std::to_string(range.first) + "-" + std::to_string(range.last) + "/"
                                            + std::to_string(size));
    } else {
        x.reply.status = 200;
    }
    x.reply.header("Content-Type", "application/octet-stream");
    // The event loop sends the file (sendfile on plain http): a slow reader holds no worker.
    x.reply.fd = fd;
    x.reply.offset = range.first;
    x.reply.length = range.last - range.first + 1;
}

void HubServer::Private::answerLight(Exchange &x)
{
    switch (x.route.endpoint) {
    case HubRoute::Health: {
        // What the health probe saw (every 2 s, off the event loop): answered within 10 s, and without an error.
        const qint64 at = healthyAtMs.load();
        if (!healthFailed && at >= 0 && monotonicMs() - at <= 10000)
            x.reply.setJson(200, "{\"status\":\"ok\"}");
        else
            x.reply.setError(HubError(503, u"unavailable"_s, u"The hub's database is unavailable."_s, {}, 5));
        break;
    }
    case HubRoute::Version: {
        const QJsonObject o{{u"version"_s, HubServer::version()},
                            {u"protocol"_s, std::min(limits.protocol, HubEngine::ProtocolVersion)},
                            {u"max_upload_bytes"_s, double(limits.maxUploadBytes)},
                            {u"max_sync_body_bytes"_s, double(limits.maxSyncBodyBytes)},
                            {u"max_budget"_s, double(limits.maxBudget)},
                            {u"max_changes_per_push"_s, limits.maxChangesPerPush}};
        x.reply.setJson(200, QJsonDocument(o).toJson(QJsonDocument::Compact));
        break;
    }
    default:
        if (x.path == "/metrics" && pathPrefix.empty() && (x.method == "GET" || x.method == "HEAD") && mayReadMetrics(x)) {
            const HubStorage::PoolWaits waits = storage->poolWaits();
            x.reply.status = 200;
            x.reply.body = metrics.text(waits.count, waits.ms);
            {
                // What the HTTP layer holds right now: bodies reserved, answers being sent.
                std::lock_guard lock(budgetMutex);
                qint64 large = 0;
                for (const int n : std::as_const(largeAnswers))
                    large += n;
                x.reply.body += "# HELP continuite_hub_body_bytes_reserved Request bodies held or reserved now (--body-budget-mb).\n"
                                "# TYPE continuite_hub_body_bytes_reserved gauge\n"
                                "continuite_hub_body_bytes_reserved "
                    + QByteArray::number(bodyReserved)
                    + "\n# HELP continuite_hub_answer_bytes_sending Sync answers being sent now (held until handed to the kernel).\n"
                      "# TYPE continuite_hub_answer_bytes_sending gauge\n"
                      "continuite_hub_answer_bytes_sending "
                    + QByteArray::number(answerBytes)
                    + "\n# HELP continuite_hub_large_answers_sending Sync answers over 64 KiB being sent now.\n"
                      "# TYPE continuite_hub_large_answers_sending gauge\n"
                      "continuite_hub_large_answers_sending "
                    + QByteArray::number(large) + '\n';
            }
            x.reply.header("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
            x.reply.header("Cache-Control", "no-store");
            break;
        }
        x.reply.setError(HubError(404, u"not_found"_s, u"No such endpoint; see PROTOCOL.md."_s));
        break;
    }
}

bool HubServer::Private::mayReadMetrics(const Exchange &x) const
{
    const QString peer = QHostAddress(QString::fromStdString(x.remoteAddr)).toString();
    bool allowed = false;
    for (const QString &a : limits.metricsAllow.split(u',', Qt::SkipEmptyParts))
        allowed = allowed || QHostAddress(a.trimmed()).toString() == peer;
    return allowed && !throughTrustedProxy(x);
}

bool HubServer::Private::sentByNginx(const Exchange &x) const
{
    // nginx sets X-Continuite-Accel to its internal location (proxy_set_header replaces a client's own); HAProxy's file
    // removes it. Without it, a request from the proxy's address is HAProxy's (which cannot send files) or another local
    // program's: the hub sends the bytes itself.
    return throughTrustedProxy(x) && x.value("x-continuite-accel") == limits.accelRedirectPrefix.toStdString();
}

bool HubServer::Private::throughTrustedProxy(const Exchange &x) const
{
    const QString peer = QHostAddress(QString::fromStdString(x.remoteAddr)).toString();
    const std::string header = limits.clientIpHeader.toLower().toStdString();
    return trustedProxies.contains(peer) && !header.empty() && x.has(header.c_str());
}

void HubServer::Private::logRequest(const Exchange &x, int status, qint64 bytesOut)
{
    const qint64 ms = monotonicMs() - x.startedMs;
    metrics.ended(x.route.endpoint, status, x.received, bytesOut, ms);
    if (limits.jsonLog) {
        const std::string header = limits.clientIpHeader.toLower().toStdString();
        QJsonObject line{{u"time"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                         {u"id"_s, QString::fromStdString(x.requestId)},
                         {u"method"_s, Wire::loggable(x.method, 16)},
                         {u"path"_s, Wire::loggable(x.path)},
                         {u"endpoint"_s, QString::fromLatin1(HubMetrics::endpointName(x.route.endpoint))},
                         {u"status"_s, status},
                         {u"bytes_in"_s, double(x.received)},
                         {u"bytes_out"_s, double(bytesOut)},
                         {u"ms"_s, double(ms)},
                         {u"client"_s, Wire::clientAddress(x.remoteAddr, header.empty() ? std::string() : x.value(header.c_str()), trustedProxies)}};
        if (status == 0)
            line.insert(u"cut"_s, true);
        qCInfo(lcHub).noquote() << QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact));
        return;
    }
    if (status == 0) {
        // Cut by the client, or by the hub (a body or an answer slower than the minimum rate), before its answer was out.
        qCInfo(lcHub).noquote() << Wire::loggable(x.method, 16) << Wire::loggable(x.path) << "cut after" << x.received << "B"
                                << (x.reply.status != 0 ? u"(its answer, %1, not sent whole)"_s.arg(x.reply.status) : QString())
                                << QString::fromStdString(x.requestId);
        return;
    }
    qCInfo(lcHub).noquote() << Wire::loggable(x.method, 16) << Wire::loggable(x.path) << status << bytesOut << "B" << ms << "ms"
                            << QString::fromStdString(x.requestId);
}

MHD_Result HubServer::Private::answer(Exchange &x)
{
    // The answer is final: an upload's claim goes now, not once libmicrohttpd reports the request complete — the
    // client may have read the answer and sent its next request by then (it got 409 upload_in_progress).
    if (x.part)
        x.part->close();
    x.uploadClaim.reset();
    bodyArrived(x);
    Reply &r = x.reply;
    MHD_Response *response = nullptr;
    if (r.fd >= 0) {
        response = MHD_create_response_from_fd_at_offset64(uint64_t(r.length), r.fd, uint64_t(r.offset));
        r.fd = -1; // the response owns it now
    } else {
        // The answer is handed over, not copied: held once (a first sync's pages are up to maxBudget each), and freed
        // with the response, whenever libmicrohttpd is done with it.
        auto *bytes = new QByteArray(std::move(r.body));
        r.bodySize = bytes->size();
        response = MHD_create_response_from_buffer_with_free_callback_cls(
            size_t(bytes->size()), const_cast<char *>(bytes->constData()), [](void *held) { delete static_cast<QByteArray *>(held); },
            bytes);
        if (!response)
            delete bytes;
    }
    if (!response)
        return MHD_NO;
    for (const auto &[name, value] : r.headers)
        MHD_add_response_header(response, name.c_str(), value.c_str());
    // The id goes back when the sender does not have it (made here), and with every answer that is not a success (to
    // quote in a report): not on a device's every sync, which sent it (28 bytes of ≈ 440 an empty sync).
    if (!x.requestIdSent || r.status >= 300)
        MHD_add_response_header(response, "X-Request-Id", x.requestId.c_str());
    if (r.json)
        MHD_add_response_header(response, MHD_HTTP_HEADER_CONTENT_TYPE, JsonType);
    // Kept-alive connections yield to new ones when the hub nears its connection limit.
    if (r.close || stopping || connections.load() > maxConnections * 3 / 4)
        MHD_add_response_header(response, MHD_HTTP_HEADER_CONNECTION, "close");
    const qint64 size = r.fd >= 0 || r.length > 0 ? r.length : r.bodySize;
    const MHD_Result queued = MHD_queue_response(x.connection, unsigned(r.status), response);
    MHD_destroy_response(response);
    x.phase = Exchange::Phase::Done;
    // Over LargeAnswerBytes, as answerBuilt() counts a large answer (a review of session 15, finding 4: one of exactly
    // 64 KiB was paced as large but held no large place).
    if (queued == MHD_YES && size > LargeAnswerBytes && x.link && x.link->fd >= 0) {
        // It may wait on a full send buffer longer than libmicrohttpd's timeout of silence allows, for a reader who is
        // reading: that timeout is off until the next request, and the header watch judges the answer's pace instead.
        Link *l = x.link;
        l->ackedBase = bytesAcked(l->fd);
        l->answerSince = monotonicMs();
        // A sync answer, held in the hub's memory and its budgets, is read whole within its grace + maxBodySeconds however
        // large, as a body must arrive: a reader keeping to the minimum rate held a 3 MiB answer ≈50 min (a fifth
        // review); a 1 MiB page still goes to a 2G phone at 3.5 KB/s. A file is sent from its descriptor and holds no
        // memory: only the minimum rate, so that a 2G phone still downloads a video in one go.
        const qint64 counted = std::max<qint64>(1, limits.minBodyBytesPerSecond);
        l->answerRate = x.answerPerson.isEmpty()
            ? counted
            : std::max<qint64>(counted, (size + std::max(1, limits.maxBodySeconds) - 1) / std::max(1, limits.maxBodySeconds));
        if (!l->answering.exchange(true))
            MHD_set_connection_option(x.connection, MHD_CONNECTION_OPTION_TIMEOUT, 0u);
    }
    return queued;
}

void HubServer::Private::finished(Exchange *x, bool whole)
{
    if (!x)
        return;
    {
        std::lock_guard lock(x->guard);
        if (x->check == Exchange::Check::Running) {
            x->orphaned = true; // its check is still running: deleted when it ends (endUploadCheck())
            logRequest(*x, 0, 0);
            return;
        }
    }
    // An answer cut on its way (the client gone, or reading slower than the minimum rate) is logged as cut, not as sent;
    // one the hub wrote on the socket itself (refuseMidBody()) was sent.
    logRequest(*x, whole || x->answeredRaw ? x->reply.status : 0,
               x->reply.length > 0 ? x->reply.length : std::max(x->reply.bodySize, x->reply.body.size()));
    if (x->reply.fd >= 0)
        ::close(x->reply.fd);
    if (x->reply.close && lingering) {
        // Answered before its body was read: libmicrohttpd closes now, and a socket closed with unread bytes
        // resets the connection, which can destroy the answer before the client reads it.
        if (const MHD_ConnectionInfo *info = MHD_get_connection_info(x->connection, MHD_CONNECTION_INFO_CONNECTION_FD))
            lingering->add(info->connect_fd);
    }
    releaseBody(*x);
    {
        std::lock_guard lock(budgetMutex);
        releaseAnswer(*x); // handed to the kernel whole, or the connection is gone
    }
    if (Link *l = linkOf(x->connection)) {
        l->since = monotonicMs(); // its next request head is due from now
        l->inRequest = false;
        l->bodyRate = 0;
    }
    delete x;
    --exchanges;
}

HubServer::HubServer(const QString &dataDir, HubLimits limits, std::unique_ptr<HubStorage> storage)
    : d(std::make_unique<Private>())
{
    d->dataDir = dataDir;
    d->limits = limits;
    for (const QString &proxy : limits.trustedProxy.split(u',', Qt::SkipEmptyParts))
        d->trustedProxies << QHostAddress(proxy.trimmed()).toString();
    if (!QDir().mkpath(dataDir))
        throw StorageError("cannot create " + dataDir.toStdString());
    d->storage = storage ? std::move(storage) : std::make_unique<SqliteHubStorage>(dataDir + u"/hub.sqlite"_s);
    d->engine = std::make_unique<HubEngine>(*d->storage, limits);
    d->uploads = std::make_unique<UploadStore>(dataDir);
    if (const int stale = d->uploads->removeStaleUploads(std::chrono::seconds(limits.uploadExpirySeconds)))
        qCInfo(lcHub) << "removed" << stale << "unfinished uploads nobody wrote to for" << limits.uploadExpirySeconds << "s";
    d->repairBlobs();
    if (!limits.tlsCertificateFile.isEmpty() || !limits.tlsKeyFile.isEmpty()) {
        // libmicrohttpd serves https itself (GnuTLS): check the pair now, so a bad one is said at start.
        const std::string cert = readFile(limits.tlsCertificateFile).toStdString();
        const std::string key = readFile(limits.tlsKeyFile).toStdString();
        MHD_Daemon *probe = cert.empty() || key.empty()
            ? nullptr
            : MHD_start_daemon(MHD_USE_TLS | MHD_USE_NO_LISTEN_SOCKET, 0, nullptr, nullptr,
                               [](void *, MHD_Connection *, const char *, const char *, const char *, const char *, size_t *,
                                  void **) { return MHD_NO; },
                               nullptr, MHD_OPTION_HTTPS_MEM_KEY, key.c_str(), MHD_OPTION_HTTPS_MEM_CERT, cert.c_str(),
                               MHD_OPTION_END);
        if (!probe)
            throw std::runtime_error("cannot use the TLS certificate " + limits.tlsCertificateFile.toStdString() + " with the key "
                                     + limits.tlsKeyFile.toStdString() + " (both PEM files, readable, and a matching pair)");
        MHD_stop_daemon(probe);
        d->tlsCertificate = cert;
        d->tlsKey = key;
        d->tls = true;
    }
}

HubServer::~HubServer()
{
    stop();
}

void HubServer::setPathPrefix(const QString &prefix, PrefixGate gate)
{
    d->pathPrefix = prefix.isEmpty() ? std::string() : "/" + prefix.toLower().toStdString();
    d->prefixGate = std::move(gate);
}

bool HubServer::start(const QString &host, int port)
{
    if (d->daemon)
        return false;
    d->host = host;
    const rlim_t files = raiseFileLimit();
    // Each connection is a file; so are the sockets lingering after a refusal, the file of each request in work
    // (an upload's part, a download), the database's and the hub's own (listening socket, epoll, eventfds).
    d->lingerMax = int(std::clamp<rlim_t>(files / 8, 8, 1024));
    const rlim_t reserve = 32 + rlim_t(d->lingerMax) + rlim_t(std::max(0, d->limits.maxInFlight));
    d->connectionLimit = int(std::clamp<rlim_t>(files > reserve + 16 ? files - reserve : 16, 16, 1 << 20));
    // Connections past the soft limit are answered 503 at once: a few files above it are left for that.
    d->maxConnections = std::max(1, std::min(d->limits.maxConnections, d->connectionLimit - 8));
    if (d->maxConnections < d->limits.maxConnections)
        qCWarning(lcHub).noquote() << QStringLiteral("the open-file limit (%1) allows %2 connections, not the %3 asked (--max-connections): "
                                                     "beyond, the hub answers 503. Raise it (ulimit -n, or LimitNOFILE= in the systemd unit).")
                                          .arg(qulonglong(files))
                                          .arg(d->maxConnections)
                                          .arg(d->limits.maxConnections);

    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
    addrinfo *found = nullptr;
    const std::string service = std::to_string(port);
    if (getaddrinfo(host.isEmpty() ? nullptr : host.toUtf8().constData(), service.c_str(), &hints, &found) != 0 || !found)
        return false;
    int fd = -1;
    for (addrinfo *a = found; a && fd < 0; a = a->ai_next) {
        fd = ::socket(a->ai_family, a->ai_socktype | SOCK_CLOEXEC | SOCK_NONBLOCK, a->ai_protocol);
        if (fd < 0)
            continue;
        const int yes = 1;
        ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
        // The whole burst waits in the kernel's queue for the event loop, not in SYN retries (bounded by somaxconn).
        if (::bind(fd, a->ai_addr, a->ai_addrlen) != 0 || ::listen(fd, 4096) != 0) {
            ::close(fd);
            fd = -1;
        }
    }
    freeaddrinfo(found);
    if (fd < 0)
        return false;
    sockaddr_storage bound{};
    socklen_t boundLength = sizeof bound;
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&bound), &boundLength);
    d->port = bound.ss_family == AF_INET6 ? ntohs(reinterpret_cast<sockaddr_in6 *>(&bound)->sin6_port)
                                          : ntohs(reinterpret_cast<sockaddr_in *>(&bound)->sin_port);

    d->stopping = false;
    d->lingering = std::make_unique<LingeringClose>(std::chrono::seconds(5), d->lingerMax);
    d->workers = std::make_unique<WorkerPool>(d->limits.workers, d->limits.maxInFlight, d->limits.maxQueueWaitMs);
    // No listening socket for libmicrohttpd (see Private::listenFd): it is told of each connection (MHD_USE_ITC wakes
    // the event thread that takes it).
    unsigned int flags = MHD_USE_EPOLL_INTERNAL_THREAD | MHD_USE_NO_LISTEN_SOCKET | MHD_USE_ITC | MHD_ALLOW_SUSPEND_RESUME
        | MHD_USE_ERROR_LOG;
    if (d->tls)
        flags |= MHD_USE_TLS;
    using Access = MHD_Result (*)(void *, MHD_Connection *, const char *, const char *, const char *, const char *,
                                  size_t *, void **);
    const Access access = [](void *cls, MHD_Connection *c, const char *url, const char *method, const char *, const char *data,
                             size_t *size, void **slot) {
        return static_cast<Private *>(cls)->onRequest(c, url, method, data, size, slot);
    };
    const MHD_RequestCompletedCallback completed = [](void *cls, MHD_Connection *, void **slot, MHD_RequestTerminationCode code) {
        static_cast<Private *>(cls)->finished(static_cast<Exchange *>(*slot), code == MHD_REQUEST_TERMINATED_COMPLETED_OK);
        *slot = nullptr;
    };
    const MHD_NotifyConnectionCallback connection = [](void *cls, MHD_Connection *c, void **context,
                                                       MHD_ConnectionNotificationCode code) {
        auto *p = static_cast<Private *>(cls);
        if (code == MHD_CONNECTION_NOTIFY_STARTED) {
            ++p->connections;
            // After the count above: their sum never dips below what is open.
            const MHD_ConnectionInfo *info = MHD_get_connection_info(c, MHD_CONNECTION_INFO_CONNECTION_FD);
            const qint64 accepted = info ? p->handOverEnded(info->connect_fd) : 0;
            p->linkStarted(c, context, accepted);
        } else {
            p->linkClosed(context);
            --p->connections;
            if (p->acceptWaiting.load())
                p->wakeAcceptor();
        }
    };
    const MHD_LogCallback log = logFromLibrary;
    const int eventThreads = std::max(1, d->limits.eventThreads);
    std::vector<MHD_OptionItem> options{
        {MHD_OPTION_EXTERNAL_LOGGER, reinterpret_cast<intptr_t>(log), nullptr},
        {MHD_OPTION_THREAD_POOL_SIZE, eventThreads, nullptr},
        // acceptLoop() keeps the connections under connectionLimit, all event threads together; libmicrohttpd splits
        // its limit between them, so it gets connectionLimit for each, and some slack: it tells of a connection closed
        // before it counts it out, and would refuse the one handed over in between (review-mhd17, finding 2).
        {MHD_OPTION_CONNECTION_LIMIT, (d->connectionLimit + 16) * eventThreads, nullptr},
        {MHD_OPTION_CONNECTION_TIMEOUT, std::max(1, d->limits.readTimeoutSeconds), nullptr},
        {MHD_OPTION_NOTIFY_COMPLETED, reinterpret_cast<intptr_t>(completed), d.get()},
        {MHD_OPTION_NOTIFY_CONNECTION, reinterpret_cast<intptr_t>(connection), d.get()},
    };
    if (d->tls) {
        options.push_back({MHD_OPTION_HTTPS_MEM_KEY, 0, const_cast<char *>(d->tlsKey.c_str())});
        options.push_back({MHD_OPTION_HTTPS_MEM_CERT, 0, const_cast<char *>(d->tlsCertificate.c_str())});
        // TLS 1.2 and 1.3 only: GnuTLS's NORMAL still offers 1.0 and 1.1 (SECURITY.md, "The classroom hub").
        static const char tlsPriorities[] = "NORMAL:-VERS-ALL:+VERS-TLS1.3:+VERS-TLS1.2";
        options.push_back({MHD_OPTION_HTTPS_PRIORITIES, 0, const_cast<char *>(tlsPriorities)});
    }
    options.push_back({MHD_OPTION_END, 0, nullptr});
    d->acceptWake = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    d->daemon = d->acceptWake < 0 ? nullptr
                                  : MHD_start_daemon(flags, 0, nullptr, nullptr, access, d.get(), MHD_OPTION_ARRAY,
                                                     options.data(), MHD_OPTION_END);
    if (!d->daemon) {
        ::close(fd);
        if (d->acceptWake >= 0)
            ::close(d->acceptWake);
        d->acceptWake = -1;
        d->workers.reset();
        d->port = -1;
        return false;
    }
    d->listenFd = fd;
    {
        std::lock_guard lock(d->handOverMutex);
        d->handOvers.clear();
        d->handedOver = 0;
    }
    d->acceptStop = false;
    d->acceptor = std::thread([this] { d->acceptLoop(); });
    d->sweepStop = false;
    d->sweeper = std::thread([this] { d->sweepUploads(); });
    d->watchStop = false;
    d->headerWatch = std::thread([this] { d->watchHeaders(); });
    d->probeOnce();
    d->healthProbe = std::thread([this] { d->probeHealth(); });
    return true;
}

void HubServer::stop()
{
    if (d->headerWatch.joinable()) {
        {
            std::lock_guard lock(d->watchMutex);
            d->watchStop = true;
        }
        d->watchWake.notify_all();
        d->headerWatch.join();
        if (d->healthProbe.joinable())
            d->healthProbe.join();
    }
    if (d->sweeper.joinable()) {
        {
            std::lock_guard lock(d->sweepMutex);
            d->sweepStop = true;
        }
        d->sweepWake.notify_all();
        d->sweeper.join();
    }
    if (!d->daemon)
        return;
    // Stop accepting; answer what is queued; let the answers in flight go out; then close everything.
    d->stopping = true;
    d->acceptStop = true;
    d->wakeAcceptor();
    if (d->acceptor.joinable())
        d->acceptor.join();
    // Closed, the port refuses new connections at once (and resets those the kernel had completed but nobody took):
    // a front (HAProxy) or a device goes to another hub instead of waiting on a hub that has gone.
    ::close(d->listenFd);
    d->listenFd = -1;
    // Requests under way (an upload's body still arriving, an answer still going out) get a few seconds.
    for (int i = 0; i < 500 && d->exchanges.load() > 0; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    d->workers->stop(); // runs what is queued: every suspended connection is resumed with its answer
    for (int i = 0; i < 100 && d->exchanges.load() > 0; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    MHD_stop_daemon(d->daemon);
    ::close(d->acceptWake);
    d->acceptWake = -1;
    d->daemon = nullptr;
    d->workers.reset();
    d->lingering.reset();
}

bool HubServer::isRunning() const
{
    return d->daemon != nullptr;
}

int HubServer::port() const
{
    return d->port;
}

int HubServer::requestsInFlight() const
{
    return d->workers ? d->workers->load() : 0;
}

qint64 HubServer::longestQueueWaitMs() const
{
    return d->workers ? d->workers->longestWaitMs() : 0;
}

int HubServer::connectionsOpen() const
{
    return d->connections.load();
}

qint64 HubServer::bodyBytesReserved() const
{
    std::lock_guard lock(d->budgetMutex);
    return d->bodyReserved;
}

qint64 HubServer::anonymousBodyBytesReserved() const
{
    std::lock_guard lock(d->budgetMutex);
    return d->anonymousReserved;
}

int HubServer::bodiesEvicted() const
{
    return d->bodiesEvicted.load();
}

qint64 HubServer::answerBytesSending() const
{
    std::lock_guard lock(d->budgetMutex);
    return d->answerBytes;
}

int HubServer::largeAnswersSending() const
{
    std::lock_guard lock(d->budgetMutex);
    int large = 0;
    for (const int n : std::as_const(d->largeAnswers))
        large += n;
    return large;
}

int HubServer::knownTokens() const
{
    std::lock_guard lock(d->budgetMutex);
    return int(d->knownTokens.size());
}

QString HubServer::url() const
{
    const QString host = d->host.contains(u':') ? u'[' + d->host + u']' : d->host;
    return (d->tls ? u"https://%1:%2"_s : u"http://%1:%2"_s).arg(host).arg(d->port);
}

HubEngine &HubServer::engine()
{
    return *d->engine;
}

MediaStore &HubServer::media()
{
    return d->uploads->blobs();
}

UploadStore &HubServer::uploads()
{
    return *d->uploads;
}

QString HubServer::version()
{
    return QStringLiteral(CONTINUITE_HUB_VERSION);
}

} // namespace Continuite::Hub
