// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "storeworker.h"

#include "content/store.h"

using namespace Continuite;

void StoreWorker::Job::onCancel(std::function<void()> stop)
{
    std::lock_guard lock(m_state->mutex);
    m_state->stop = std::move(stop);
    if (m_state->stop && m_state->cancelled.load())
        m_state->stop(); // cancelled before the blocking call existed
}

Store *StoreWorker::Job::store(const QString &dataDir)
{
    StoreWorker &w = *m_worker;
    if (w.m_store && w.m_store->dataDir() == dataDir)
        return w.m_store.get();
    w.m_store.reset();
    auto opened = Store::open(dataDir);
    if (!opened) {
        w.m_storeError = opened.error();
        return nullptr;
    }
    w.m_store = std::move(opened).value();
    return w.m_store.get();
}

void StoreWorker::Job::post(std::function<void()> f) const
{
    StoreWorker *w = m_worker;
    QMetaObject::invokeMethod(w, [w, state = m_state, f = std::move(f)] {
        if (state->generation == w->m_generation.load())
            f();
    }, Qt::QueuedConnection);
}

StoreWorker::StoreWorker(const QString &threadName)
{
    m_thread.setObjectName(threadName);
    m_context = new QObject;
    m_context->moveToThread(&m_thread); // jobs queued to it wait for the thread, which the first one starts
}

void StoreWorker::startThread()
{
    if (!m_thread.isRunning())
        m_thread.start();
}

StoreWorker::~StoreWorker()
{
    if (!m_thread.isRunning()) { // no job ever ran: nothing to cancel, no store to close
        delete m_context;
        return;
    }
    cancel();
    // Jobs run in order: this waits for the ones queued before, then closes the store on its own thread.
    QMetaObject::invokeMethod(m_context, [this] { m_store.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_context;
}

void StoreWorker::cancel()
{
    std::lock_guard jobs(m_jobsMutex);
    for (const auto &state : std::as_const(m_jobs)) {
        std::lock_guard lock(state->mutex);
        state->cancelled.store(true);
        if (state->stop)
            state->stop();
    }
}

void StoreWorker::nextGeneration(Running running)
{
    ++m_generation;
    if (running == Running::Cancel)
        cancel();
}

void StoreWorker::track(const std::shared_ptr<Job::State> &state)
{
    std::lock_guard jobs(m_jobsMutex);
    m_jobs.append(state);
}

void StoreWorker::untrack(const std::shared_ptr<Job::State> &state)
{
    std::lock_guard jobs(m_jobsMutex);
    m_jobs.removeOne(state);
}
