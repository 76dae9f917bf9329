// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "sync/hub/workerpool.h"

#include <QElapsedTimer>

#include <chrono>

namespace Continuite::Hub {

namespace {

qint64 nowMs()
{
    static const QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer.elapsed();
}

} // namespace

WorkerPool::WorkerPool(int threads, int capacity, qint64 maxWaitMs)
    : m_capacity(std::max(1, capacity))
    , m_maxWaitMs(maxWaitMs)
{
    for (int i = 0; i < std::max(1, threads); ++i)
        m_threads.emplace_back([this] { run(); });
    if (m_maxWaitMs > 0)
        m_reaper = std::thread([this] { reap(); });
}

WorkerPool::~WorkerPool()
{
    stop();
}

bool WorkerPool::tryReserve()
{
    std::lock_guard lock(m_mutex);
    if (m_stopping || m_load.load() >= m_capacity)
        return false;
    ++m_load;
    ++m_reserved;
    return true;
}

void WorkerPool::post(Job job, std::function<void()> then)
{
    bool stopping = false;
    {
        std::lock_guard lock(m_mutex);
        --m_reserved;
        m_queue.push_back({std::move(job), std::move(then), nowMs()});
        stopping = m_stopping;
    }
    // While stopping, idle workers wait for the last reserved place: wake them all so they can leave.
    if (stopping)
        m_wake.notify_all();
    else
        m_wake.notify_one();
}

void WorkerPool::run()
{
    for (;;) {
        Queued next;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return !m_queue.empty() || (m_stopping && m_reserved == 0); });
            if (m_queue.empty())
                return; // stopping, and nothing left to answer
            next = std::move(m_queue.front());
            m_queue.pop_front();
        }
        const qint64 waited = nowMs() - next.queuedAtMs;
        qint64 longest = m_longestWaitMs.load();
        while (waited > longest && !m_longestWaitMs.compare_exchange_weak(longest, waited)) {
        }
        next.job(waited > m_maxWaitMs);
        --m_load;
        if (next.then)
            next.then();
    }
}

void WorkerPool::reap()
{
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        // Sleeps until the oldest queued job reaches the bound (the queue is in order of arrival), or a tenth of it.
        const qint64 now = nowMs();
        const qint64 sleepMs = m_queue.empty() ? m_maxWaitMs
                                               : std::max<qint64>(1, m_queue.front().queuedAtMs + m_maxWaitMs + 1 - now);
        m_reaperWake.wait_for(lock, std::chrono::milliseconds(std::min(sleepMs, std::max<qint64>(10, m_maxWaitMs))));
        std::vector<Queued> late;
        while (!m_queue.empty() && nowMs() - m_queue.front().queuedAtMs > m_maxWaitMs) {
            late.push_back(std::move(m_queue.front()));
            m_queue.pop_front();
        }
        if (late.empty())
            continue;
        lock.unlock();
        // Expired, each is only answered (503): cheap enough for this one thread.
        for (Queued &job : late) {
            const qint64 waited = nowMs() - job.queuedAtMs;
            qint64 longest = m_longestWaitMs.load();
            while (waited > longest && !m_longestWaitMs.compare_exchange_weak(longest, waited)) {
            }
            job.job(true);
            --m_load;
            if (job.then)
                job.then();
        }
        lock.lock();
    }
}

void WorkerPool::stop()
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping && m_threads.empty())
            return;
        m_stopping = true;
    }
    m_reaperWake.notify_all();
    if (m_reaper.joinable())
        m_reaper.join();
    m_wake.notify_all();
    for (auto &t : m_threads)
        if (t.joinable())
            t.join();
    m_threads.clear();
}

} // namespace Continuite::Hub
