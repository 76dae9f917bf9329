// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QtGlobal>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace Continuite::Hub {

/**
 * @brief The hub's workers: a fixed number of threads and a bounded FIFO queue that never makes anyone wait long.
 *
 * Only a complete, bounded request takes a worker (issue 19): connections, headers and bodies are handled by
 * the event loop. Admission is decided at once: tryPost() refuses when @p capacity jobs are already queued or
 * running (the hub answers 429), and a job that waits longer than @p maxWaitMs runs with `expired` set (the
 * hub answers 503 instead of doing stale work): run by a worker that picks it up late, or — when every worker is
 * held by slow jobs — by the pool's own timer, which answers the queued jobs past the bound without waiting for a
 * worker (a review found requests queued behind eight slow ones waiting 66 s for their 503). Either way, nobody
 * queues for much more than the stated bound.
 */
class WorkerPool
{
public:
    /// The job; @p expired: it waited longer than the bound, answer at once without working.
    using Job = std::function<void(bool expired)>;

    WorkerPool(int threads, int capacity, qint64 maxWaitMs);
    ~WorkerPool();
    WorkerPool(const WorkerPool &) = delete;
    WorkerPool &operator=(const WorkerPool &) = delete;

    /**
     * Takes a place for one job, or returns false at once when @p capacity jobs are queued, running or
     * reserved, or the pool is stopping. Every place taken must be given its job with post(): the caller
     * reserves, parks what the job will resume (a suspended connection), then posts.
     */
    bool tryReserve();
    /**
     * Queues @p job in the place tryReserve() took; it will run even if stop() was called meanwhile. @p then
     * runs on the same worker once the place is free again: what it releases (a connection's answer) may
     * bring the next job at once, and that one must find the place free.
     */
    void post(Job job, std::function<void()> then = {});
    /// Jobs queued or running.
    int load() const { return m_load.load(); }
    /// The longest any job waited in the queue so far, in ms (monitoring and tests).
    qint64 longestWaitMs() const { return m_longestWaitMs.load(); }
    /// Refuses new jobs, runs those already queued, joins the threads.
    void stop();

private:
    struct Queued
    {
        Job job;
        std::function<void()> then;
        qint64 queuedAtMs;
    };
    void run();
    /// The timer: answers (expired) the queued jobs that waited past the bound, while the workers are all busy.
    void reap();

    const int m_capacity;
    const qint64 m_maxWaitMs;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Queued> m_queue;
    bool m_stopping = false;
    std::atomic<int> m_load{0};
    int m_reserved = 0; ///< places taken whose job is not posted yet (guarded by m_mutex)
    std::atomic<qint64> m_longestWaitMs{0};
    std::vector<std::thread> m_threads;
    std::thread m_reaper;
    std::condition_variable m_reaperWake;
};

} // namespace Continuite::Hub
