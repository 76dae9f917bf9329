// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "tests/storeinternals.h"

#include <QSqlDriver>
#include <QSqlQuery>

#include <functional>
#include <sqlite3.h>

namespace Continuite {

/**
 * @brief What a piece of work costs the store's SQLite connection, counted below the typed API: the statements
 * it runs and the steps of SQLite's virtual machine. For tests that pin a cost to what it must not grow with.
 */
struct SqliteCount
{
    qint64 statements = 0;
    qint64 steps = 0;

    static SqliteCount of(Store &store, const std::function<void()> &work)
    {
        const QVariant handle = StoreInternals::database(store).prepare(QStringLiteral("SELECT 1")).driver()->handle();
        if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
            qFatal("no sqlite3 handle");
        sqlite3 *db = *static_cast<sqlite3 *const *>(handle.constData());
        SqliteCount count;
        sqlite3_progress_handler(db, 1, [](void *c) { ++static_cast<SqliteCount *>(c)->steps; return 0; }, &count);
        sqlite3_trace_v2(db, SQLITE_TRACE_STMT, [](unsigned, void *c, void *, void *) { ++static_cast<SqliteCount *>(c)->statements; return 0; }, &count);
        work();
        sqlite3_progress_handler(db, 0, nullptr, nullptr);
        sqlite3_trace_v2(db, 0, nullptr, nullptr);
        return count;
    }
};

} // namespace Continuite
