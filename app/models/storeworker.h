// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

namespace Continuite {
class Store;
}

/**
 * The one shape of the app's background work on the store: a thread of the controller's own, a Store on the
 * session's folder opened, used and closed on that thread (QtSql connections must not cross threads, and "who
 * acts" stays the GUI's Store's), jobs run one at a time in the order they were started, and a generation.
 *
 * - A job's result reaches the owner on the owner's thread, with `current` false when the generation moved on
 *   since the job started (the person changed, the controller cancelled): the owner drops it, or tells it as
 *   another person's, but is always told the job ended.
 * - cancel() asks the running and queued jobs to stop: a job looks at Job::isCancelled() or registers what stops
 *   its blocking call (Job::onCancel, e.g. SyncEngine::cancel); it still reports. nextGeneration(CancelRunning)
 *   does both.
 * - The destructor cancels everything and waits for the thread: a job never outlives its owner, and what it
 *   posts after is dropped with it.
 *
 * - The thread starts with the first job, not with the owner: the profile chooser holds an ExchangesController (the
 *   pack way in) and the app a SyncController, and most starts use neither; a worker that never ran a job has no
 *   thread to stop either.
 *
 * SyncController (sign-in, sync) and ExchangesController (packs) use it; the media preparation runs a reducer,
 * not the store, and keeps its own thread.
 */
class StoreWorker : public QObject
{
    Q_OBJECT

public:
    /// What a job sees on the worker thread.
    class Job
    {
    public:
        /// True once the job was cancelled (cancel(), nextGeneration(CancelRunning), the owner going away).
        bool isCancelled() const { return m_state->cancelled.load(); }
        /// The flag itself, for code that takes one (the pack reader and writer).
        const std::atomic_bool &cancelledFlag() const { return m_state->cancelled; }
        /// @p stop is called (from the thread that cancels) when the job is cancelled while it is set; at once
        /// when it already is. Clear it ({}) before what it refers to goes.
        void onCancel(std::function<void()> stop);
        /// The worker's Store on @p dataDir, opened on first use and kept for the next jobs (another folder
        /// closes it); nullptr when it cannot be opened: storeError() says why. Who acts is the job's business
        /// (Store::setCurrent / clearCurrent): the last job's person is still set.
        Continuite::Store *store(const QString &dataDir);
        QString storeError() const { return m_worker->m_storeError; }
        /// Runs @p f on the owner's thread, before the job's result, unless the generation moved on by then
        /// (progress that is nobody's any more is not shown).
        void post(std::function<void()> f) const;

    private:
        friend class StoreWorker;
        struct State
        {
            std::atomic_bool cancelled{false};
            std::mutex mutex;
            std::function<void()> stop;
            quint64 generation = 0;
        };
        Job(StoreWorker *worker, std::shared_ptr<State> state)
            : m_worker(worker)
            , m_state(std::move(state))
        {
        }
        StoreWorker *m_worker;
        std::shared_ptr<State> m_state;
    };

    /// @p threadName names the thread (seen in a debugger and in `top -H`). Make it the owner's last member, so it
    /// goes first: its destructor cancels the jobs and waits for them while the rest of the owner is still whole.
    explicit StoreWorker(const QString &threadName);
    ~StoreWorker() override;

    /// Queues @p work; its result goes to @p done on the owner's thread, `current` false when the generation
    /// moved on since. @p done is never called after the worker is destroyed.
    template<typename Result>
    void start(std::function<Result(Job &)> work, std::function<void(const Result &, bool current)> done)
    {
        auto state = std::make_shared<Job::State>();
        state->generation = m_generation.load();
        track(state);
        startThread();
        QMetaObject::invokeMethod(m_context, [this, state, work = std::move(work), done = std::move(done)] {
            Job job(this, state);
            Result result = work(job);
            job.onCancel({});
            untrack(state);
            QMetaObject::invokeMethod(this, [this, state, result = std::move(result), done] {
                done(result, state->generation == m_generation.load());
            }, Qt::QueuedConnection);
        }, Qt::QueuedConnection);
    }

    /// The jobs started until now stop as soon as they can; they still report.
    void cancel();

    enum class Running { Continue, Cancel };
    /// What jobs started until now report is no longer current; with Running::Cancel they are cancelled too.
    void nextGeneration(Running running);
    quint64 generation() const { return m_generation.load(); }
    /// Whether the thread runs: from the first job on.
    bool hasThread() const { return m_thread.isRunning(); }

private:
    void startThread();
    void track(const std::shared_ptr<Job::State> &state);
    void untrack(const std::shared_ptr<Job::State> &state);

    QThread m_thread;
    QObject *m_context = nullptr; ///< lives on m_thread: jobs are queued to it
    std::unique_ptr<Continuite::Store> m_store; ///< opened, used and destroyed on m_thread
    QString m_storeError;
    std::atomic<quint64> m_generation{0};
    std::mutex m_jobsMutex;
    QList<std::shared_ptr<Job::State>> m_jobs; ///< started and not finished: cancel() reaches them
};
