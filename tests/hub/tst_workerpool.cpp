// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// The hub's worker queue keeps its bound while every worker is held: a job queued behind slow ones is answered
// (expired, 503) once it has waited past the bound, not when a worker comes free (a review, session 11: a teacher's
// empty sync waited 66 s behind eight slow requests, then got its 503).
#include "sync/hub/workerpool.h"

#include <QTest>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>

using namespace Continuite::Hub;

class TestWorkerPool : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aQueuedJobIsAnsweredWhileTheWorkersAreHeld()
    {
        WorkerPool pool(1, 8, 100);
        std::mutex m;
        std::condition_variable cv;
        bool release = false;
        std::atomic<int> held{0};
        // The one worker is held by a slow job until the test lets it go (at most 30 s).
        QVERIFY(pool.tryReserve());
        pool.post([&](bool) {
            ++held;
            std::unique_lock lock(m);
            cv.wait_for(lock, std::chrono::seconds(30), [&] { return release; });
        });
        QTRY_COMPARE_WITH_TIMEOUT(held.load(), 1, 5000);
        // Three jobs queued behind it: each is answered, expired, while the worker is still held.
        std::atomic<int> answered{0}, expired{0}, thenRan{0};
        for (int i = 0; i < 3; ++i) {
            QVERIFY(pool.tryReserve());
            pool.post([&](bool late) { ++answered; expired += late; }, [&] { ++thenRan; });
        }
        QTRY_COMPARE_WITH_TIMEOUT(answered.load(), 3, 10000);
        QCOMPARE(expired.load(), 3);
        QCOMPARE(thenRan.load(), 3);
        QCOMPARE(pool.load(), 1); // their places are free again; only the slow job holds one
        {
            std::lock_guard lock(m);
            release = true;
        }
        cv.notify_all();
        // Positive control: with the worker free, a job runs at once, not expired.
        std::atomic<int> fresh{-1};
        QTRY_COMPARE_WITH_TIMEOUT(pool.load(), 0, 5000);
        QVERIFY(pool.tryReserve());
        pool.post([&](bool late) { fresh = late ? 1 : 0; });
        QTRY_COMPARE_WITH_TIMEOUT(fresh.load(), 0, 5000);
    }

    void stoppingRunsWhatIsQueued()
    {
        std::atomic<int> ran{0};
        {
            WorkerPool pool(2, 16, 1000);
            for (int i = 0; i < 10; ++i) {
                QVERIFY(pool.tryReserve());
                pool.post([&](bool) { ++ran; });
            }
            pool.stop();
            QVERIFY(!pool.tryReserve());
        }
        QCOMPARE(ran.load(), 10);
    }
};

QTEST_GUILESS_MAIN(TestWorkerPool)
#include "tst_workerpool.moc"
