// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "content/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>

namespace Continuite {

/**
 * @brief The one owner of a SQLite file: connections, schema versions, transactions.
 *
 * One connection per thread (QtSql connections must not cross threads), WAL, foreign keys on, a busy
 * timeout so a second process (the CLI while the app runs) waits instead of failing, and writes in
 * BEGIN IMMEDIATE transactions so two writers never deadlock on a lock upgrade.
 *
 * Schema versions live in PRAGMA user_version; each version has one migration step, run in its own
 * transaction after a copy of the file is written beside it (VACUUM INTO).
 */
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    /// The schema this build writes. Opening a store with a higher version is refused.
    static constexpr int CurrentVersion = 9;

    /// Opens (creating if absent) and migrates. A corrupt, foreign or newer file is refused untouched.
    static Result<std::unique_ptr<Database>> open(const QString &filePath, int targetVersion = CurrentVersion);
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString filePath() const { return m_filePath; }
    int schemaVersion();

    /**
     * Runs @p body in one BEGIN IMMEDIATE transaction: commits when it returns success, rolls back
     * otherwise (and when SQLite fails). Nested calls on the same thread join the outer transaction.
     */
    Status write(const std::function<Status()> &body);
    bool inTransaction() const;

    /// A prepared statement from this thread's cache; bind with addBindValue or bindValue.
    QSqlQuery &prepare(const QString &sql);
    /// Prepares, binds @p values in order, and executes. On failure returns false and sets lastError().
    bool exec(QSqlQuery &query, const QVariantList &values = {});
    bool exec(const QString &sql, const QVariantList &values = {});
    /// The first column of the first row, or an invalid QVariant.
    QVariant scalar(const QString &sql, const QVariantList &values = {});

    QString lastError() const;
    /// A failure carrying the last SQLite error, in words a person can act on (disk full, locked, …).
    Status sqlFailure(const QString &what);

    QString meta(const QString &key, const QString &fallback = {});
    bool setMeta(const QString &key, const QString &value);

    /// The migration steps, public so tests can build a store at any earlier version.
    static int migrationCount();

private:
    explicit Database(QString filePath);
    struct PerThread;
    PerThread &local();
    QSqlDatabase connection();
    Status migrate(int targetVersion);

    QString m_filePath;
    QString m_connectionPrefix;
    mutable QMutex m_mutex;
    QHash<Qt::HANDLE, std::shared_ptr<PerThread>> m_threads;
};

} // namespace Continuite
