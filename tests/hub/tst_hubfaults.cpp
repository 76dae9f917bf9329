// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// The hub under faults of the machine it runs on, injected into the real libmicrohttpd (mhdpoolfault, LD_PRELOAD):
// a passing shortage must not leave the hub less able to serve once it is over.
#include "hubtestkit.h"

#include <dlfcn.h>

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
};

QTEST_GUILESS_MAIN(TestHubFaults)
#include "tst_hubfaults.moc"
