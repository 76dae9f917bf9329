#pragma once

#include "sync/hub/hubstorage.h"

#include <QString>

#include <atomic>
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
 * busy timeout handles them; inside one process writers queue on a mutex instead.
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

    static constexpr int SchemaVersion = 1;

private:
    SqliteConnection &connection();
    void migrate(SqliteConnection &conn);

    QString m_path;
    Durability m_durability;
    quint64 m_instance;
    std::mutex m_connectionsMutex;
    std::vector<std::unique_ptr<SqliteConnection>> m_connections;
    std::mutex m_writeMutex;
};

} // namespace Continuite::Hub
