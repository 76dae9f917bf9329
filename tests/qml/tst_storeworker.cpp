// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// StoreWorker, the one shape of the app's background work on the store (SyncController's sign-ins and syncs,
// ExchangesController's packs): jobs off the window's thread, one at a time and in order, a Store opened and
// closed on the worker's thread, results that say whether they are still the current person's, cancelling that
// reaches a blocked job, and an owner that can go away while a job runs.
#include "storeworker.h"

#include "content/store.h"

#include <QFile>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Continuite;
using namespace Qt::StringLiterals;

class TestStoreWorker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jobsRunInOrderOffTheCallersThread()
    {
        StoreWorker worker(u"test-worker"_s);
        QList<int> ran;
        QList<int> told;
        QList<QThread *> threads;
        for (int i = 0; i < 5; ++i)
            worker.start<int>([i, &ran, &threads](StoreWorker::Job &) {
                threads << QThread::currentThread();
                QThread::msleep(5 - i); // the first takes longest: order still holds
                ran << i;
                return i * 10;
            }, [&told](const int &r, bool current) {
                QVERIFY(current);
                told << r;
            });
        QTRY_COMPARE(told.size(), 5);
        QCOMPARE(ran, (QList<int>{0, 1, 2, 3, 4}));
        QCOMPARE(told, (QList<int>{0, 10, 20, 30, 40}));
        for (QThread *t : threads) {
            QVERIFY(t != QThread::currentThread());
            QCOMPARE(t->objectName(), u"test-worker"_s);
        }
    }

    /// A result from before the person changed is still handed over (the owner must learn the job ended), marked
    /// not current; its progress is no longer shown. A job started after is current again (positive control).
    void aResultFromAnEarlierGenerationIsMarkedAndItsProgressDropped()
    {
        StoreWorker worker(u"test-worker"_s);
        QSemaphore go;
        QSemaphore posted;
        int progressShown = 0;
        QList<bool> currents;
        worker.start<int>([&](StoreWorker::Job &job) {
            go.acquire();
            job.post([&] { ++progressShown; });
            posted.release();
            return 1;
        }, [&](const int &, bool current) { currents << current; });
        worker.nextGeneration(StoreWorker::Running::Continue);
        go.release();
        QVERIFY(posted.tryAcquire(1, 5000));
        QTRY_COMPARE(currents.size(), 1);
        QCOMPARE(currents.first(), false);
        QCOMPARE(progressShown, 0);

        worker.start<int>([&](StoreWorker::Job &job) {
            job.post([&] { ++progressShown; });
            return 2;
        }, [&](const int &, bool current) { currents << current; });
        QTRY_COMPARE(currents.size(), 2);
        QCOMPARE(currents.last(), true);
        QCOMPARE(progressShown, 1);
    }

    /// nextGeneration(Cancel) reaches a job blocked in a call (its onCancel runs from the cancelling thread) and a
    /// job still queued (it sees isCancelled() when it starts); Continue cancels nothing.
    void cancellingReachesABlockedJobAndAQueuedOne()
    {
        StoreWorker worker(u"test-worker"_s);
        QSemaphore blocked;
        QSemaphore started;
        QList<QString> results;
        worker.start<QString>([&](StoreWorker::Job &job) {
            job.onCancel([&] { blocked.release(); });
            started.release();
            const bool unblocked = blocked.tryAcquire(1, 10000);
            job.onCancel({});
            return unblocked && job.isCancelled() ? u"stopped"_s : u"ran out"_s;
        }, [&](const QString &r, bool) { results << r; });
        worker.start<QString>([](StoreWorker::Job &job) { return job.isCancelled() ? u"never began"_s : u"began"_s; },
                              [&](const QString &r, bool) { results << r; });
        QVERIFY(started.tryAcquire(1, 5000));
        worker.nextGeneration(StoreWorker::Running::Continue); // changes no job's course
        QVERIFY(!blocked.tryAcquire(1, 200));
        worker.nextGeneration(StoreWorker::Running::Cancel);
        QTRY_COMPARE(results.size(), 2);
        QCOMPARE(results, (QStringList{u"stopped"_s, u"never began"_s}));

        // A job started after the cancel is not cancelled.
        worker.start<QString>([](StoreWorker::Job &job) { return job.isCancelled() ? u"never began"_s : u"began"_s; },
                              [&](const QString &r, bool) { results << r; });
        QTRY_COMPARE(results.size(), 3);
        QCOMPARE(results.last(), u"began"_s);
    }

    /// An onCancel set after the cancel came runs at once: a cancel between the job's check and its blocking call
    /// is not lost.
    void aStopSetAfterTheCancelRunsAtOnce()
    {
        StoreWorker worker(u"test-worker"_s);
        QSemaphore cancelled;
        QSemaphore stopRan;
        bool result = false;
        bool told = false;
        worker.start<bool>([&](StoreWorker::Job &job) {
            if (!cancelled.tryAcquire(1, 5000))
                return false; // the cancel never came
            job.onCancel([&] { stopRan.release(); });
            job.onCancel({});
            return stopRan.tryAcquire(1, 0);
        }, [&](const bool &r, bool) {
            result = r;
            told = true;
        });
        worker.cancel();
        cancelled.release();
        QTRY_VERIFY(told);
        QVERIFY(result);
    }

    /// The worker's Store is opened on its thread, kept for the next job on the same folder, and replaced for
    /// another folder; a folder that cannot be a store gives its error and no store.
    void theStoreIsKeptPerFolderAndItsErrorSaid()
    {
        QTemporaryDir a, b, files;
        const QString notAFolder = files.filePath(u"a-file"_s);
        QFile f(notAFolder);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a folder");
        f.close();

        StoreWorker worker(u"test-worker"_s);
        QList<Store *> stores;
        QString error;
        auto open = [&](const QString &dir) {
            worker.start<Store *>([dir, &error](StoreWorker::Job &job) {
                Store *s = job.store(dir);
                if (!s)
                    error = job.storeError();
                return s;
            }, [&](Store *const &s, bool) { stores << s; });
        };
        open(a.path());
        open(a.path());
        open(b.path());
        open(notAFolder + u"/inside"_s);
        QTRY_COMPARE(stores.size(), 4);
        QVERIFY(stores[0]);
        QCOMPARE(stores[1], stores[0]);
        QVERIFY(stores[2]);
        QCOMPARE(stores[3], nullptr);
        QVERIFY2(!error.isEmpty(), "no reason was given for the store that could not be opened");
    }

    /// The owner goes while a job is blocked: the destructor cancels it, waits for it, and its result is never
    /// handed to the owner that is gone.
    void theOwnerGoingCancelsAndWaits()
    {
        QSemaphore started;
        std::atomic_bool stopped{false};
        bool told = false;
        {
            StoreWorker worker(u"test-worker"_s);
            worker.start<int>([&](StoreWorker::Job &job) {
                QSemaphore blocked;
                job.onCancel([&] { blocked.release(); });
                started.release();
                const bool released = blocked.tryAcquire(1, 30000); // by the cancel, not by the time running out
                job.onCancel({});
                stopped = released && job.isCancelled();
                return 0;
            }, [&](const int &, bool) { told = true; });
            QVERIFY(started.tryAcquire(1, 5000));
        }
        QVERIFY(stopped.load());
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents();
        QVERIFY(!told);
    }
};

QTEST_GUILESS_MAIN(TestStoreWorker)
#include "tst_storeworker.moc"
