// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "sync/hub/hubstorage.h"

#include <QString>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <vector>

struct pg_conn;

namespace Continuite::Hub {

/**
 * @brief The hub's storage in a PostgreSQL database (libpq), for a hub that serves many schools.
 *
 * Every statement is sent with its parameters apart (the extended protocol's unnamed statement, which
 * transaction-mode pgbouncer carries; no SQL-level PREPARE, no SQL built from values). A small pool of
 * connections is shared by the worker threads. Round trips (bench/README.md, "Pipeline mode"): a transaction's BEGIN
 * and timeouts, and every write whose answer nobody reads (a row, a verdict, a counter…), go in libpq's pipeline with
 * the next statement whose answer is needed, or with COMMIT; a read of one statement (a token's session, the start of a
 * pull: an empty sync is one of each) runs it alone, with no transaction round it, bounded by the hub itself (past the
 * statement timeout it cancels it: no session setting that a transaction-mode pgbouncer would hand to other clients);
 * a write that fails in a pipeline is reported for the change it
 * belongs to (isolated()). A write keeps what it read (a row, a membership, a counter, the pupil's creator) for the
 * rest of itself, reading again what it lock()s: a push of 50 changes reads its assignment, her membership and her
 * counters once, not 50 times. The schema has its own versions (table `hub_schema`), applied by
 * `continuite-hub admin migrate`; a hub refuses a database whose schema is older or newer than its own.
 *
 * Writes run side by side, across every process on the database: what one reads then writes, the engine lock()s
 * (a transaction-scoped advisory lock on the key), waiting only for a lock above every one it holds (else it runs
 * again, taking first, in order, the locks it learnt: RetryInOrder); a write that loses a deadlock runs again. Pulls go by
 * (xid, seq) below their snapshot's horizon (HubStorage, PROTOCOL.md "The cursor"). Each new connection checks
 * where the database is (its cluster's system identifier, its timeline, its oid): a database put back from a dump,
 * by a point-in-time recovery or on a promoted replica gets a new cursor epoch, so devices pull again from the
 * start instead of skipping what was lost. Times that machines must agree on (`received`, `last_seen`) are the
 * database's clock (HubTransaction::now).
 *
 * No per-change savepoint (a transaction with more than 64 subtransactions overflows PostgreSQL's snapshot cache):
 * when one change of a batch trips the database, the whole write is rolled back and run again without that change,
 * which isolated() then reports as undone.
 */
class PostgresHubStorage : public HubStorage
{
public:
    enum class Schema {
        MustBeCurrent, ///< refuse a database whose schema is not this hub's (serve, every admin command but migrate)
        Migrate,       ///< create or upgrade the schema (admin migrate, tests)
    };
    /// Connects to @p url (a libpq connection string or URI). Throws StorageError when it cannot, or when the
    /// schema is not the one this hub needs (and @p schema does not allow migrating it).
    explicit PostgresHubStorage(const QString &url, Schema schema = Schema::MustBeCurrent, int poolSize = 10);
    ~PostgresHubStorage() override;

    void write(const std::function<void(HubTransaction &)> &fn) override;
    void read(const std::function<void(HubTransaction &)> &fn) override;
    /// Several hub processes may serve one database (a fleet): the sign-in throttle lives in it.
    bool sharesThrottle() const override { return true; }
    PoolWaits poolWaits() const override { return {m_waits.load(), m_waitMs.load()}; }

    /// The schema version of the database at @p url (0: none yet).
    int schemaVersion();
    /// @p url without its password, to be printed.
    static QString displayUrl(const QString &url);
    /// Statements every PostgresHubStorage of this process sent so far (reads, writes, connections' setup, schema
    /// checks and migrations; BEGIN and COMMIT each count, as pg_stat_statements counts them): what a request costs
    /// the database, for tests and benchmarks.
    static qint64 statementsSent();
    /// Creates (@p create) or drops the database @p name ([a-z0-9_], at most 63) on the server of @p serverUrl and
    /// returns its URL: throw-away databases for tests and tools. Throws StorageError.
    static QString createOrDropDatabase(const QString &serverUrl, const QString &name, bool create);

    static constexpr int SchemaVersion = 6;

    /// The longest one statement of the hub's may run, a wait for a lock included (then StorageError: 503). Each of a
    /// request's waits for a row or counter another request holds ends by then (SECURITY.md, "Locks an account can
    /// hold"). 20 s; tests set less. Call before the storage is shared.
    void setStatementTimeout(int ms);
    static constexpr int DefaultStatementTimeoutMs = 20000;
    /// How long a transaction of the hub's may wait idle between its statements before the server ends it (and its
    /// locks): a hub thread stalled mid-write (SECURITY.md). 30 s; tests set less. Call before the storage is shared.
    void setIdleInTransactionTimeout(int ms);
    static constexpr int DefaultIdleInTransactionTimeoutMs = 30000;

private:
    pg_conn *acquire();
    void release(pg_conn *conn);
    void migrate(Schema schema);
    /// Bumps the cursor epoch when the database is not where it was (see above). On each new connection.
    void checkOrigin(pg_conn *conn);

    QString m_url;
    int m_poolSize;
    int m_statementTimeoutMs = DefaultStatementTimeoutMs;
    int m_idleTimeoutMs = DefaultIdleInTransactionTimeoutMs;
    std::mutex m_poolMutex;
    std::condition_variable m_poolFree;
    std::vector<pg_conn *> m_idle;
    int m_open = 0;
    bool m_checkOrigin = false; ///< after the schema is known to be current
    std::atomic<qint64> m_waits{0};  ///< acquire() calls that found no connection free
    std::atomic<qint64> m_waitMs{0};
};

} // namespace Continuite::Hub
