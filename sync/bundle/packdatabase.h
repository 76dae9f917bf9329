// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <utility>

struct sqlite3;
struct sqlite3_stmt;

namespace Continuite {

/**
 * @brief A pack's SQLite image opened as what it is: a file from a stranger's USB stick.
 *
 * SQLite reads the bytes in memory (sqlite3_deserialize, read-only): nothing is written next to the pack
 * or anywhere else, and the bytes are those whose seal was checked. Before any query, SQLite's defences
 * for untrusted files are on ("Defense Against The Dark Arts", sqlite.org/security.html): defensive mode,
 * `trusted_schema=OFF`, `query_only`, `cell_size_check`, views and triggers disabled, low limits on SQL
 * size, expression depth and attached databases, and a step budget (sqlite3_progress_handler) that stops
 * any statement which works longer than a pack of this size can need. Then every object in sqlite_master
 * must be one of a bundle's four tables, with exactly the SQL BundleFile writes, or one of their automatic
 * indexes: a view, a trigger, an extra table or column, and the pack is refused before anything reads it.
 */
class PackDatabase
{
public:
    /// Why a pack cannot be read; None when it can.
    enum class Problem {
        None,
        Damaged,          ///< not a SQLite image SQLite can read (or it says it is corrupt)
        UnexpectedSchema, ///< sqlite_master holds something a bundle never holds
        TooMuchWork,      ///< the step budget ran out: SQLite was made to work far longer than the pack's size needs
        ValueTooLarge,    ///< one value is larger than what it may be (a change, a file)
        TooManyRows,      ///< a table holds more rows than the pack may
    };

    /// One row of a query: values read as UTF-8 text or as bytes.
    class Row
    {
    public:
        explicit Row(sqlite3_stmt *stmt)
            : m_stmt(stmt)
        {
        }
        QString text(int column) const;
        QByteArray bytes(int column) const;
        qint64 integer(int column) const;

    private:
        sqlite3_stmt *m_stmt;
    };

    /// The bundle's tables, name and CREATE statement, exactly as BundleFile writes them (and sqlite_master keeps them).
    static const QList<std::pair<QString, QString>> &tables();
    /// SQLite VM steps allowed for a pack of @p bytes: a genuine pack needs a small fraction of it.
    static qint64 stepBudgetFor(qint64 bytes);

    /// @p image must stay alive and unchanged while this object lives. @p stepBudget < 0: stepBudgetFor(size).
    explicit PackDatabase(const QByteArray &image, qint64 stepBudget = -1);
    ~PackDatabase();
    PackDatabase(const PackDatabase &) = delete;
    PackDatabase &operator=(const PackDatabase &) = delete;

    /// Opens the image with the defences on and checks sqlite_master. Nothing else may run before this succeeds.
    Problem open();
    /**
     * Runs @p sql (one of the reader's own statements) and calls @p onRow for each row. More than @p maxRows rows,
     * or a value larger than @p maxValueBytes, and it stops with that problem. @p onRow returns false to stop early
     * (the caller then says why).
     */
    Problem each(const char *sql, qint64 maxRows, qint64 maxValueBytes, const std::function<bool(const Row &)> &onRow);
    /// What SQLite said last, for the log (never shown as it is to a person).
    QString detail() const { return m_detail; }

private:
    static int onProgress(void *self);

    const QByteArray &m_image;
    sqlite3 *m_db = nullptr;
    qint64 m_stepBudget;
    qint64 m_stepsUsed = 0;
    int m_checkEvery = 1000;
    bool m_opened = false;
    QString m_detail;
};

} // namespace Continuite
