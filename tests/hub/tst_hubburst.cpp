// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// The 8:30 burst and the 2G clients (issue 19): the real hub on loopback under many connections at once
// (libcurl's multi interface, one connection per simulated device) and under uploads that trickle at 2 KB/s.
// Bounded counts and bounded time; figures for the record are in bench/README.md ("The 8:30 burst").
#include "hubtestkit.h"

#include "sync/hub/uploadstore.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <QRandomGenerator>

#include <algorithm>
#include <functional>
#include <thread>

#include <arpa/inet.h>
#include <poll.h>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace HubTest;

namespace {

/// The outcome of many empty syncs made at once.
struct Burst
{
    int ok = 0;
    int busy = 0;                 ///< 429
    QList<QByteArray> otherwise;  ///< anything else: status or curl error
    QList<double> seconds;        ///< each request's time, connection included
    double p99() const
    {
        QList<double> s = seconds;
        std::sort(s.begin(), s.end());
        return s.isEmpty() ? 0 : s.at(std::min<qsizetype>(s.size() - 1, qsizetype(s.size() * 0.99)));
    }
    double max() const { return seconds.isEmpty() ? 0 : *std::max_element(seconds.begin(), seconds.end()); }
};

/// @p connections devices each make @p rounds empty syncs on their own kept-alive connection, all at once.
Burst emptySyncs(const QString &url, const QString &token, const QString &cursor, int connections, int rounds)
{
    struct Device
    {
        CURL *curl = nullptr;
        int left = 0;
        QByteArray sink;
    };
    const QByteArray target = (url + u"/v1/sync"_s).toUtf8();
    const QByteArray body = QJsonDocument(QJsonObject{{u"cursor"_s, cursor}, {u"changes"_s, QJsonArray()}}).toJson(QJsonDocument::Compact);
    curl_slist *headers = nullptr;
    const QByteArray authorization = "Authorization: Bearer " + token.toLatin1();
    headers = curl_slist_append(headers, authorization.constData());
    headers = curl_slist_append(headers, "Content-Type: application/json");
    headers = curl_slist_append(headers, "Expect:");
    CURLM *multi = curl_multi_init();
    curl_multi_setopt(multi, CURLMOPT_MAXCONNECTS, long(connections) * 2);
    std::vector<Device> devices;
    devices.resize(size_t(connections));
    auto arm = [&](Device &d) {
        d.sink.clear();
        curl_easy_setopt(d.curl, CURLOPT_URL, target.constData());
        curl_easy_setopt(d.curl, CURLOPT_HTTPHEADER, headers);
        curl_easy_setopt(d.curl, CURLOPT_POSTFIELDS, body.constData());
        curl_easy_setopt(d.curl, CURLOPT_POSTFIELDSIZE, long(body.size()));
        curl_easy_setopt(d.curl, CURLOPT_WRITEFUNCTION, collectBody);
        curl_easy_setopt(d.curl, CURLOPT_WRITEDATA, &d.sink);
        curl_easy_setopt(d.curl, CURLOPT_TIMEOUT, 30L); // a hang guard, far beyond any bound below
        curl_easy_setopt(d.curl, CURLOPT_PRIVATE, &d);
        curl_multi_add_handle(multi, d.curl);
    };
    for (Device &d : devices) {
        d.curl = curl_easy_init();
        d.left = rounds;
        arm(d);
    }
    Burst b;
    int running = connections;
    while (running > 0) {
        int still = 0;
        curl_multi_perform(multi, &still);
        int queued = 0;
        while (CURLMsg *m = curl_multi_info_read(multi, &queued)) {
            if (m->msg != CURLMSG_DONE)
                continue;
            Device *d = nullptr;
            curl_easy_getinfo(m->easy_handle, CURLINFO_PRIVATE, reinterpret_cast<char **>(&d));
            long status = 0;
            double seconds = 0;
            curl_easy_getinfo(m->easy_handle, CURLINFO_RESPONSE_CODE, &status);
            curl_easy_getinfo(m->easy_handle, CURLINFO_TOTAL_TIME, &seconds);
            if (m->data.result != CURLE_OK)
                b.otherwise << QByteArray(curl_easy_strerror(m->data.result));
            else if (status == 200)
                ++b.ok;
            else if (status == 429)
                ++b.busy;
            else
                b.otherwise << QByteArray::number(status) + ' ' + d->sink.left(200);
            b.seconds << seconds;
            curl_multi_remove_handle(multi, m->easy_handle);
            if (--d->left > 0)
                arm(*d);
            else
                --running;
        }
        if (running > 0)
            curl_multi_poll(multi, nullptr, 0, 100, nullptr);
    }
    for (Device &d : devices)
        curl_easy_cleanup(d.curl);
    curl_multi_cleanup(multi);
    curl_slist_free_all(headers);
    return b;
}

/// 2G phones sending photos: uploads whose bodies arrive at @p bytesPerSecond each, from their own thread.
class SlowUploads
{
public:
    /// Opens @p count uploads, @p batch at a time, calling @p settle with those opened so far after each batch
    /// (their checks take a worker each: a phone refused 429 would come back later; these wait instead). When
    /// @p settle returns false (they were not all accepted in time), no more are opened.
    /// The uploads are shared out in turn between the sessions of @p tokens, one person each: the phones of a
    /// class, not one person's hundreds of files (the hub keeps at most MaxUnfinishedPerPerson per person).
    SlowUploads(int port, const QStringList &tokens, int count, int bytesPerSecond, int batch,
                const std::function<bool(const QStringList &)> &settle)
    {
        for (int i = 0; i < count; ++i) {
            const QString &token = tokens.at(i % tokens.size());
            if (i > 0 && i % batch == 0 && !settle(m_shas))
                break;
            const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
            sockaddr_in addr{};
            addr.sin_family = AF_INET;
            addr.sin_port = htons(quint16(port));
            addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
            if (fd < 0 || ::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
                if (fd >= 0)
                    ::close(fd);
                continue;
            }
            QByteArray sha(64, '0');
            for (char &c : sha)
                c = "0123456789abcdef"[QRandomGenerator::global()->bounded(16)];
            const QByteArray length = QByteArray::number(4 * 1024 * 1024);
            const QByteArray head = "PATCH /v1/uploads/" + sha + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token.toLatin1()
                + "\r\nUpload-Offset: 0\r\nUpload-Length: " + length + "\r\nContent-Length: " + length + "\r\n\r\n";
            ::send(fd, head.constData(), size_t(head.size()), MSG_NOSIGNAL);
            m_fds.push_back(fd);
            m_shas << QString::fromLatin1(sha);
        }
        // A second's worth to each, once a second, spread over the second: phones are not in step.
        const QByteArray slice(bytesPerSecond, 'p');
        m_thread = std::thread([this, slice] {
            for (size_t tick = 0; !m_stop.load(); ++tick) {
                for (size_t i = tick % 10; i < m_fds.size(); i += 10)
                    if (::send(m_fds[i], slice.constData(), size_t(slice.size()), MSG_NOSIGNAL | MSG_DONTWAIT) > 0)
                        m_sent += slice.size();
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
            }
        });
    }
    ~SlowUploads()
    {
        m_stop = true;
        m_thread.join();
        for (int fd : m_fds)
            ::close(fd);
    }
    int open() const { return int(m_fds.size()); }
    /// Uploads the hub has answered (refused) or hung up on so far.
    int answered() const
    {
        std::vector<pollfd> p;
        for (int fd : m_fds)
            p.push_back({fd, POLLIN, 0});
        ::poll(p.data(), nfds_t(p.size()), 0);
        int n = 0;
        for (const pollfd &f : p) {
            if (f.revents == 0)
                continue;
            ++n;
            if (n == 1) {
                char buf[300] = {};
                const ssize_t got = ::recv(f.fd, buf, sizeof buf - 1, MSG_PEEK | MSG_DONTWAIT);
                qWarning() << "an upload was answered:" << QByteArray(buf, got > 0 ? int(got) : 0);
            }
        }
        return n;
    }
    qint64 sent() const { return m_sent.load(); }
    const QStringList &shas() const { return m_shas; }

private:
    std::vector<int> m_fds;
    QStringList m_shas;
    std::atomic<bool> m_stop{false};
    std::atomic<qint64> m_sent{0};
    std::thread m_thread;
};

// The 200 slow uploads of the issue, shared between pupils so that none is near the per-person cap.
constexpr int SlowUploadCount = 200;
constexpr int SlowPupils = 5;
static_assert((SlowUploadCount + SlowPupils - 1) / SlowPupils < UploadStore::MaxUnfinishedPerPerson,
              "each pupil's share of the slow uploads stays under the hub's cap of unfinished uploads");

QByteArray describe(const Burst &b)
{
    return QByteArray::number(b.ok) + " ok, " + QByteArray::number(b.busy) + " busy, " + QByteArray::number(b.otherwise.size())
        + " otherwise (" + (b.otherwise.isEmpty() ? QByteArray() : b.otherwise.first()) + "), p99 "
        + QByteArray::number(b.p99() * 1000, 'f', 1) + " ms, max " + QByteArray::number(b.max() * 1000, 'f', 1) + " ms";
}

} // namespace

class TestHubBurst : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { curl_global_init(CURL_GLOBAL_DEFAULT); }

    void burstOf512ConnectionsIsAnsweredWithoutQueueing()
    {
        TestHub hub;
        auto teacher = hub.teacher(u"prof"_s);
        teacher->sync();
        // One school at 8:30: 512 devices at once, each syncing 3 times on its kept-alive connection.
        const Burst b = emptySyncs(hub.url(), teacher->token, teacher->cursor, 512, 3);
        qInfo().noquote() << "512 connections:" << describe(b) << "; longest queue wait"
                          << hub.server().longestQueueWaitMs() << "ms";
        // Every request is answered: served, or told at once to come back — never dropped, never left waiting.
        QVERIFY2(b.otherwise.isEmpty(), describe(b).constData());
        QCOMPARE(b.ok + b.busy, 512 * 3);
        QVERIFY2(b.ok > 0, describe(b).constData());
        // No request waited for a worker longer than the stated bound (beyond it the answer would be a 503).
        QVERIFY(hub.server().longestQueueWaitMs() <= HubLimits().maxQueueWaitMs);
        // Not one of them waited a second: the old layer left requests 54 s in the kernel's accept queue.
        QVERIFY2(b.max() < 1.0 + 1.0 /* connection set-up on a loaded machine */, describe(b).constData());
        // The hub is whole afterwards.
        QCOMPARE(teacher->request("GET", u"/v1/health"_s).status, 200L);
    }

    void slowUploadsCostMemoryNotWorkers()
    {
        TestHub hub;
        auto teacher = hub.teacher(u"prof"_s);
        teacher->sync();
        // 64 devices syncing, alone: the reference. Each side is measured three times and the best p99 kept:
        // on a shared machine a neighbour's build can spoil any one run (seen: 10 ms to 170 ms alone).
        std::vector<Burst> alone{emptySyncs(hub.url(), teacher->token, teacher->cursor, 64, 15)};
        // 64 at once is above the hub's 48 places: a few are told to come back, at once.
        QVERIFY2(alone.back().otherwise.isEmpty(), describe(alone.back()).constData());

        std::vector<Burst> beside;
        {
            // 200 phones on 2G send photos at 2 KB/s, more than the hub has workers (8) or than the old layer had
            // threads (96): they are held open, and keep being read, while the same 64 devices sync.
            // The phones are the pupils' of a class, each with her own session: one person may keep only
            // MaxUnfinishedPerPerson uploads unfinished (one teacher's 65th is refused 413, and rightly so).
            const QString classId = hub.createClass(*teacher);
            std::vector<std::unique_ptr<Client>> pupils;
            QStringList tokens;
            for (int i = 0; i < SlowPupils; ++i) {
                pupils.push_back(hub.student(*teacher, classId, u"eleve%1"_s.arg(i)));
                QVERIFY2(!pupils.back()->token.isEmpty(), "a pupil could not sign in");
                tokens << pupils.back()->token;
            }
            // An upload the hub accepted has its part file (made once its token, quota and offset are checked).
            auto settle = [&](const QStringList &shas) {
                return QTest::qWaitFor([&] {
                    return std::all_of(shas.begin(), shas.end(),
                                       [&](const QString &sha) { return QFile::exists(hub.server().uploads().partPath(sha)); });
                }, 30000);
            };
            SlowUploads slow(hub.server().port(), tokens, SlowUploadCount, 2048, 20, settle);
            // (A refused upload is printed by answered(): e.g. 413 when one person had too many unfinished.)
            QVERIFY2(settle(slow.shas()) && slow.open() == SlowUploadCount,
                     QByteArray("not all the slow uploads were accepted: " + QByteArray::number(slow.answered())
                                + " answered").constData());
            QCOMPARE(slow.answered(), 0); // all accepted, their bodies arriving
            QVERIFY(hub.server().connectionsOpen() >= SlowUploadCount);
            for (int round = 0; round < 3; ++round) {
                beside.push_back(emptySyncs(hub.url(), teacher->token, teacher->cursor, 64, 15));
                qInfo().noquote() << "64 clients beside 200 slow uploads:" << describe(beside.back());
                QVERIFY2(beside.back().otherwise.isEmpty(), describe(beside.back()).constData());
                QCOMPARE(beside.back().ok + beside.back().busy, 64 * 15);
                // Served, not turned away: the old layer answered every one of them 429 (bench/README.md).
                QVERIFY2(beside.back().ok > 64 * 15 / 2, describe(beside.back()).constData());
            }
            // The slow uploads were not starved or cut either: the hub kept writing what they sent.
            QCOMPARE(slow.answered(), 0);
            QTRY_VERIFY_WITH_TIMEOUT(std::all_of(slow.shas().begin(), slow.shas().end(),
                                                 [&](const QString &sha) { return hub.server().uploads().partSize(sha) > 0; }),
                                     20000);
            QCOMPARE(slow.answered(), 0);
            qInfo() << "slow upload bytes sent:" << slow.sent();
        }
        for (int round = 0; round < 2; ++round)
            alone.push_back(emptySyncs(hub.url(), teacher->token, teacher->cursor, 64, 15));
        for (const Burst &b : alone)
            qInfo().noquote() << "64 clients alone:" << describe(b);
        auto best = [](const std::vector<Burst> &runs) {
            double p = runs.front().p99();
            for (const Burst &b : runs)
                p = std::min(p, b.p99());
            return p;
        };
        // The normal clients' p99 stays within twice its value without the slow ones (20 ms floor: below
        // that, a shared machine's scheduling noise is all a ratio would measure).
        QVERIFY2(best(beside) <= 2 * std::max(best(alone), 0.020),
                 QByteArray("p99 " + QByteArray::number(best(beside) * 1000) + " ms beside the slow uploads, "
                            + QByteArray::number(best(alone) * 1000) + " ms alone").constData());
    }

    void keptAliveConnectionsYieldToNewOnes()
    {
        HubLimits limits;
        limits.maxConnections = 8;
        TestHub hub(limits);
        Client device(hub.url());
        // Few connections: an answer keeps its connection alive (the positive control).
        HttpReply r = device.request("GET", u"/v1/health"_s);
        QCOMPARE(r.status, 200L);
        QVERIFY2(r.header("Connection").isEmpty(), r.header("Connection").constData());
        // Six devices more connect (a burst arriving).
        std::vector<int> arriving;
        for (int i = 0; i < 6; ++i) {
            arriving.push_back(openLoopback(hub.server().port()));
            QVERIFY(arriving.back() >= 0);
        }
        QTRY_COMPARE_WITH_TIMEOUT(hub.server().connectionsOpen(), 7, 20000);
        // Past three quarters of the limit, the kept-alive device is still served, and lets go of its connection.
        r = device.request("GET", u"/v1/health"_s);
        QCOMPARE(r.status, 200L);
        QCOMPARE(r.header("Connection").toLower(), QByteArray("close"));
        // The newcomers are served.
        for (int fd : arriving) {
            QVERIFY(askHealth(fd).startsWith("HTTP/1.1 200"));
            ::close(fd);
        }
    }

    // A hub stopping while connections come and go (a fleet's rolling restart, every test's hub) finishes its stop:
    // it neither aborts nor hangs. libmicrohttpd 0.9.75's MHD_quiesce_daemon() raced its own event threads over the
    // listening socket: both took it out of an epoll set, the loser got ENOENT and abort()ed the process ("Failed to
    // remove listen FD from epoll set", twice in CI). The hub now accepts connections itself (HubServer::start()).
    void stoppingWhileConnectionsComeAndGoNeverAborts()
    {
        HubLimits limits;
        limits.eventThreads = 4; // each event thread was one more chance of the race
        TestHub hub(limits);
        const int port = hub.server().port();
        std::atomic<bool> done{false};
        std::atomic<int> served{0};
        std::vector<std::thread> churn;
        for (int t = 0; t < 4; ++t)
            churn.emplace_back([&] {
                while (!done) {
                    const int fd = openLoopback(port);
                    if (fd < 0) { // between a stop and the next start
                        std::this_thread::sleep_for(std::chrono::microseconds(200));
                        continue;
                    }
                    if (askHealth(fd).startsWith("HTTP/1.1 200"))
                        ++served;
                    ::close(fd);
                }
            });
        auto stopChurn = [&] {
            if (done.exchange(true))
                return;
            for (std::thread &t : churn)
                t.join();
        };
        auto stopChurnOnFailure = qScopeGuard(stopChurn);
        for (int i = 0; i < 250; ++i) {
            // The positive control: each stop comes while this hub is serving the churn.
            const int before = served.load();
            QTRY_VERIFY_WITH_TIMEOUT(served.load() > before + 4, 20000);
            hub.restart();
            QCOMPARE(hub.server().port(), port);
        }
        stopChurn(); // the last hub is asked on a connection of its own
        const int fd = openLoopback(port);
        QVERIFY(fd >= 0);
        QVERIFY(askHealth(fd).startsWith("HTTP/1.1 200"));
        ::close(fd);
    }

    // At the open-file limit, new connections wait in the kernel's queue and each is answered in turn (503 past
    // maxConnections): none is closed unanswered. With the hub accepting itself, libmicrohttpd's own count lagged the
    // hub's by the connection being closed, and it refused (closed) the one handed over in that gap: 2,353 of
    // ≈294,000 with one event thread in 15 s (review-mhd17, finding 2; this test saw 40 in 5 s before the fix).
    void churnAtTheConnectionLimitLeavesNoConnectionUnanswered()
    {
        const std::optional<int> inFlight = maxInFlightForConnectionLimit(144); // 136 before the answer is 503
        if (!inFlight)
            QSKIP("an open-file limit this test cannot bring to 144 connections");
        HubLimits limits;
        limits.eventThreads = 1;
        limits.maxInFlight = *inFlight;
        limits.anonymousBodyGraceSeconds = 60;
        limits.bodyTimeoutSeconds = 60;
        limits.readTimeoutSeconds = 120;
        limits.minBodyBytesPerSecond = 1;
        TestHub hub(limits);
        const int port = hub.server().port();
        const QByteArray underWay = "POST /v1/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{";
        std::vector<int> held;
        auto closeHeld = qScopeGuard([&] {
            for (int fd : held)
                ::close(fd);
        });
        for (int i = 0; i < 136; ++i) {
            held.push_back(openLoopback(port));
            QVERIFY(held.back() >= 0);
            ::send(held.back(), underWay.constData(), size_t(underWay.size()), MSG_NOSIGNAL);
        }
        QTRY_COMPARE_WITH_TIMEOUT(hub.server().connectionsOpen(), 136, 20000);
        std::atomic<bool> done{false};
        std::atomic<int> told{0}, unanswered{0};
        std::vector<std::thread> churn;
        for (int t = 0; t < 16; ++t)
            churn.emplace_back([&] {
                while (!done) {
                    const int fd = openLoopback(port);
                    if (fd < 0)
                        continue;
                    const QByteArray answer = askHealth(fd);
                    if (answer.startsWith("HTTP/1.1 503"))
                        ++told;
                    else if (answer.isEmpty())
                        ++unanswered;
                    ::close(fd);
                }
            });
        QTest::qWait(5000);
        done = true;
        for (std::thread &t : churn)
            t.join();
        QVERIFY2(told > 100, QByteArray::number(told.load()).constData()); // the positive control: the churn ran at the limit
        QCOMPARE(unanswered.load(), 0);
    }

    void pastTheConnectionLimitTheAnswerIs503AtOnce()
    {
        HubLimits limits;
        limits.maxConnections = 4;
        TestHub hub(limits);
        std::vector<int> open;
        // Four requests under way (their body awaited): a connection that has not even sent a request head would
        // yield its place to the newcomer (tst_hubhttpattacks), these do not.
        const QByteArray underWay = "POST /v1/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{";
        for (int i = 0; i < 4; ++i) {
            open.push_back(openLoopback(hub.server().port()));
            QVERIFY(open.back() >= 0);
            QCOMPARE(::write(open.back(), underWay.constData(), size_t(underWay.size())), ssize_t(underWay.size()));
        }
        QTRY_COMPARE_WITH_TIMEOUT(hub.server().connectionsOpen(), 4, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(hub.server().bodyBytesReserved(), 400, 20000);
        const int fifth = openLoopback(hub.server().port());
        QTRY_COMPARE_WITH_TIMEOUT(hub.server().connectionsOpen(), 5, 20000);
        const QByteArray answer = askHealth(fifth, true);
        QVERIFY2(answer.startsWith("HTTP/1.1 503"), answer.constData());
        QVERIFY(answer.toLower().contains("retry-after: 1"));
        QVERIFY(answer.toLower().contains("connection: close"));
        ::close(fifth);
        for (int fd : open)
            ::close(fd);
        // The positive control: with room again, the same request is served (a closed connection leaves the
        // count when its event loop next wakes, hence the retries).
        auto servedOnANewConnection = [&] {
            const int fd = openLoopback(hub.server().port());
            const bool served = askHealth(fd).startsWith("HTTP/1.1 200");
            ::close(fd);
            return served;
        };
        QTRY_VERIFY_WITH_TIMEOUT(servedOnANewConnection(), 30000);
    }

    void overloadAnswers429AtOnceAndSlowUploadsHoldNoWorker()
    {
        HubLimits limits;
        limits.maxInFlight = 1;
        limits.readTimeoutSeconds = 120; // the stalled upload stays open for the whole test
        TestHub small(limits);
        auto t = small.teacher(u"solo"_s);
        const QString classId = small.createClass(*t);
        // An upload that stalls mid-body holds no worker (the event loop holds it): with the hub's only place
        // free, a sync is served beside it. (The old layer gave it a thread, and the sync a 429.)
        const QByteArray sha(64, 'b');
        const int fd = openLoopback(small.server().port());
        const QByteArray head = "PATCH /v1/uploads/" + sha + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
            + t->token.toLatin1() + "\r\nUpload-Offset: 0\r\nUpload-Length: 1000\r\nContent-Length: 1000\r\n\r\nabc";
        QCOMPARE(::write(fd, head.constData(), size_t(head.size())), ssize_t(head.size()));
        QTRY_COMPARE_WITH_TIMEOUT(small.server().uploads().partSize(QString::fromLatin1(sha)), 3, 60000);
        QCOMPARE(small.server().requestsInFlight(), 0);
        QCOMPARE(t->request("POST", u"/v1/sync"_s, "{}").status, 200L);

        // A request that does hold the only worker: a push waiting for the database's write lock, held here.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"holder"_s);
            db.setDatabaseName(small.dataDir() + u"/hub.sqlite"_s);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(u"BEGIN IMMEDIATE"_s));
            QJsonObject pushed;
            std::thread pusher([&] {
                Client p(small.url());
                p.token = t->token;
                p.deviceId = t->deviceId;
                p.person = t->person;
                pushed = p.sync({change(u"lesson"_s, newUuid(), classId, p, {{u"title"_s, u"Les fractions"_s}})});
            });
            QTRY_COMPARE_WITH_TIMEOUT(small.server().requestsInFlight(), 1, 60000);
            // ...so the next request is told to come back, with Retry-After, instead of waiting in a queue.
            HttpReply r = t->request("POST", u"/v1/sync"_s, "{}");
            QCOMPARE(r.status, 429L);
            QVERIFY(r.header("Retry-After").toInt() >= 1);
            QCOMPARE(r.json().value(u"error"_s).toString(), u"busy"_s);
            QVERIFY(QSqlQuery(db).exec(u"ROLLBACK"_s));
            pusher.join();
            QCOMPARE(verdictOf(pushed), u"applied"_s); // the one that held the worker was served, not dropped
            db.close();
        }
        QSqlDatabase::removeDatabase(u"holder"_s);
        QCOMPARE(t->request("POST", u"/v1/sync"_s, "{}").status, 200L);
        ::close(fd);
    }
};

QTEST_GUILESS_MAIN(TestHubBurst)
#include "tst_hubburst.moc"
