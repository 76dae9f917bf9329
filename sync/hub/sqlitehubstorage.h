// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "sync/hub/hubstorage.h"

#include <QString>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <vector>

namespace Continuite::Hub {

struct SqliteConnection;

/**
 * @brief The hub's storage in one SQLite file (QtSql QSQLITE): WAL, BEGIN IMMEDIATE for writes,
 * one connection per thread, schema versions in PRAGMA user_version.
 *
 * Several processes may open the same file (the admin CLI while the hub serves): SQLite's
 * busy timeout handles them. Inside one process, writers that arrive while another commits are
 * committed together (group commit: one transaction and one fsync for all, each writer in its own
 * savepoint so one writer's failure undoes only its own writes).
 */
class SqliteHubStorage : public HubStorage
{
public:
    enum class Durability {
        Full,     ///< every commit is on disk before the hub answers (the default: a power cut loses nothing)
        Volatile, ///< no fsync: fuzzing and throwaway benchmarks only
    };
    /// Opens (creating and migrating) @p path. Throws StorageError when it cannot.
    explicit SqliteHubStorage(const QString &path, Durability durability = Durability::Full);
    ~SqliteHubStorage() override;

    void write(const std::function<void(HubTransaction &)> &fn) override;
    void read(const std::function<void(HubTransaction &)> &fn) override;

    static constexpr int SchemaVersion = 9;

private:
    struct PendingWrite
    {
        const std::function<void(HubTransaction &)> *fn = nullptr;
        std::exception_ptr error;
        bool done = false;
    };
    SqliteConnection &connection();
    void migrate(SqliteConnection &conn);
    void commitBatch(const std::deque<PendingWrite *> &batch);

    QString m_path;
    Durability m_durability;
    quint64 m_instance;
    std::mutex m_connectionsMutex;
    std::vector<std::unique_ptr<SqliteConnection>> m_connections;
    std::mutex m_writeMutex;
    // Group commit: writers that arrive while one commits wait, then go in together under one fsync.
    std::mutex m_queueMutex;
    std::condition_variable m_queueDone;
    std::deque<PendingWrite *> m_queue;
    bool m_committing = false;
};

} // namespace Continuite::Hub
