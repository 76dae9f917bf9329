// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// The hub under faults of the machine it runs on, injected into the real libmicrohttpd (mhdpoolfault, LD_PRELOAD):
// a passing shortage must not leave the hub less able to serve once it is over.
#include "hubtestkit.h"

#include <QDir>
#include <QThread>

#include <dlfcn.h>
#include <unistd.h>

#include <cstring>

using namespace HubTest;

class TestHubFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The hub accepts connections itself and hands them to libmicrohttpd, counting each until libmicrohttpd says it
    // started. Out of memory for a connection's pool, libmicrohttpd drops it without a word: each such drop kept a
    // place taken for good, and after about a connection limit's worth the hub never accepted again, even once memory
    // was back (review-mhd17, finding 1; before the fix this test's last request was never answered).
    void connectionsDroppedOutOfMemoryLeaveNoPlaceTaken()
    {
        auto failPools = reinterpret_cast<void (*)(int)>(::dlsym(RTLD_DEFAULT, "continuite_test_fail_mhd_pools"));
        auto poolsFailed = reinterpret_cast<int (*)()>(::dlsym(RTLD_DEFAULT, "continuite_test_mhd_pools_failed"));
        QVERIFY2(failPools && poolsFailed, "run with LD_PRELOAD=libmhdpoolfault.so (ctest sets it)");
        const std::optional<int> inFlight = maxInFlightForConnectionLimit(144);
        if (!inFlight)
            QSKIP("an open-file limit this test cannot bring to 144 connections");
        HubLimits limits;
        limits.maxInFlight = *inFlight;
        TestHub hub(limits);
        const QByteArray health = "GET /v1/health HTTP/1.1\r\nHost: x\r\n\r\n";
        QVERIFY(rawExchange(hub.port(), health, {}, 0, 10).startsWith("HTTP/1.1 200")); // the positive control
        // A limit's worth of connections while memory is short: each dropped unanswered.
        failPools(1);
        int unanswered = 0;
        for (int i = 0; i < 200 && poolsFailed() < 144; ++i)
            unanswered += rawExchange(hub.port(), health, {}, 0, 1).isEmpty() ? 1 : 0;
        failPools(0);
        QVERIFY2(poolsFailed() >= 144, QByteArray::number(poolsFailed()).constData()); // the shortage was felt...
        QVERIFY(unanswered >= 144);                                                      // ...by the clients too
        // Memory is back: the next device is served (within the second the hub waits before letting a count go).
        QCOMPARE(hub.server().connectionsOpen(), 0);
        QVERIFY(rawExchange(hub.port(), health, {}, 0, 10).startsWith("HTTP/1.1 200"));
    }

    // An event thread behind a burst starts the connections it was handed late; none is dropped. The hub took a
    // hand-over unstarted a second after the last one for a drop and forgot it, accepted more, and went past its
    // connection limit into the files it keeps for itself: 20,000 of 20,000 under two floods (review-trust19, finding 2;
    // this test saw 280 sockets for a limit of 144 before the fix). The sockets the hub holds stay within its limit;
    // the control is that they do reach it, and that the hub still answers once the burst has gone.
    void aSlowStartIsNotTakenForADrop()
    {
        auto delayPools = reinterpret_cast<void (*)(int)>(::dlsym(RTLD_DEFAULT, "continuite_test_delay_mhd_pools"));
        auto poolsDelayed = reinterpret_cast<int (*)()>(::dlsym(RTLD_DEFAULT, "continuite_test_mhd_pools_delayed"));
        QVERIFY2(delayPools && poolsDelayed, "run with LD_PRELOAD=libmhdpoolfault.so (ctest sets it)");
        const std::optional<int> inFlight = maxInFlightForConnectionLimit(144);
        if (!inFlight)
            QSKIP("an open-file limit this test cannot bring to 144 connections");
        HubLimits limits;
        limits.maxInFlight = *inFlight;
        limits.eventThreads = 1;
        TestHub hub(limits);
        const QByteArray health = "GET /v1/health HTTP/1.1\r\nHost: x\r\n\r\n";
        QVERIFY(rawExchange(hub.port(), health, {}, 0, 10).startsWith("HTTP/1.1 200"));
        const int before = socketsOpen();
        // 300 connections that send nothing, while each takes 20 ms to start: 144 are handed over at once, and the last
        // of them starts about 3 s later.
        delayPools(20);
        std::vector<int> clients;
        auto closeClients = qScopeGuard([&] {
            delayPools(0);
            for (int fd : clients)
                ::close(fd);
        });
        for (int i = 0; i < 300; ++i) {
            const int fd = openLoopback(hub.port());
            QVERIFY(fd >= 0);
            clients.push_back(fd);
        }
        // Watched until the event thread has started more than a limit's worth (a second after the first ones, those
        // that sent nothing yield to the later ones), however slow this machine is.
        int most = 0;
        QDeadlineTimer watch(30000);
        while (!watch.hasExpired() && poolsDelayed() < 200) {
            most = std::max(most, socketsOpen() - before - int(clients.size()));
            QThread::msleep(20);
        }
        QVERIFY2(most <= 144 + 8, QByteArray::number(most).constData()); // a few closed, not yet cleaned up
        QVERIFY2(poolsDelayed() >= 200, QByteArray::number(poolsDelayed()).constData()); // the event thread was slow...
        QVERIFY2(most >= 136, QByteArray::number(most).constData());                     // ...and the hub full
        closeClients.dismiss();
        delayPools(0);
        for (int fd : clients)
            ::close(fd);
        QVERIFY(rawExchange(hub.port(), health, {}, 0, 30).startsWith("HTTP/1.1 200"));
    }

    // Over the connection limit, connections that sent nothing for a second yield to a newcomer. Their second counted
    // from when the event thread got round to them: behind a burst, the last second's worth of starts all looked new,
    // none could yield, and the newcomer got 503 after its wait (review-trust19, finding 1; this test got 503 before the
    // fix). Their second now counts from the accept. The control: the same newcomer on a hub with room is served.
    void idleConnectionsStartedLateStillYieldToANewcomer()
    {
        auto delayPools = reinterpret_cast<void (*)(int)>(::dlsym(RTLD_DEFAULT, "continuite_test_delay_mhd_pools"));
        QVERIFY2(delayPools, "run with LD_PRELOAD=libmhdpoolfault.so (ctest sets it)");
        for (const int limit : {2000, 200}) { // the control first: no connection needs to yield
            HubLimits limits;
            limits.maxConnections = limit;
            limits.eventThreads = 1;
            TestHub hub(limits);
            std::vector<int> idle;
            auto closeIdle = qScopeGuard([&] {
                delayPools(0);
                for (int fd : idle)
                    ::close(fd);
            });
            // 800 connections that send nothing, from 8 addresses, while each takes 2 ms to start (1.6 s in all, more
            // on a busy machine): at the newcomer's turn, hundreds started less than a second ago.
            delayPools(2);
            for (int i = 0; i < 800; ++i) {
                const QByteArray from = "127.0.0." + QByteArray::number(2 + i % 8);
                idle.push_back(openLoopback(hub.port(), from.constData()));
                QVERIFY(idle.back() >= 0);
            }
            // Then the newcomer comes once they have all been started and are over a second old. The hub accepts at most
            // 256 connections ahead of the slowed event thread (review-trust19, finding 2, same session), the rest wait
            // in the kernel's backlog: a newcomer right behind the 800 came after the last 200 accepted, all "opened this
            // very second", and rightly got 503 (every run on a quiet machine; CI, session 19). Since that throttle, an
            // accept and its start are at most ≈0.5 s apart here, so this no longer tells the grace counted from the
            // accept from one counted from the start; it checks that idle places over the limit yield at all.
            QTest::qWait(800 * 2 + 2000);
            const int newcomer = openLoopback(hub.port());
            QVERIFY(newcomer >= 0);
            const QByteArray answer = askHealth(newcomer);
            ::close(newcomer);
            QVERIFY2(answer.startsWith("HTTP/1.1 200"), qPrintable(u"limit %1: %2"_s.arg(limit).arg(QString::fromLatin1(answer.left(80)))));
        }
    }

private:
    /// Sockets this process holds (the hub's and the test's clients': one process).
    static int socketsOpen()
    {
        int sockets = 0;
        const QStringList fds = QDir(u"/proc/self/fd"_s).entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot);
        for (const QString &fd : fds) {
            char target[64] = {};
            const QByteArray path = "/proc/self/fd/" + fd.toLatin1();
            if (::readlink(path.constData(), target, sizeof target - 1) > 0 && std::strncmp(target, "socket:", 7) == 0)
                ++sockets;
        }
        return sockets;
    }
};

QTEST_GUILESS_MAIN(TestHubFaults)
#include "tst_hubfaults.moc"
