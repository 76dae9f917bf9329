// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Continuite::Hub {

/**
 * @brief Moves a school's hub from its SQLite file into PostgreSQL (`continuite-hub admin migrate-to-postgres`).
 *
 * Copies every table of DIR/hub.sqlite as it is — accounts, devices and their tokens (still hashed), vouched keys,
 * memberships, rows, history, verdicts, the log with its sequence numbers, files' rows, quotas, the hub's clock —
 * into an empty PostgreSQL database (its schema made first, as `admin migrate` does), in one transaction, then
 * compares each table's row count and digest on both sides before committing. The log keeps its sequence
 * numbers, so a device's cursor means the same on both hubs: it goes on with an empty sync, not a full re-pull.
 * The files stay in DIR (serve then takes `--data DIR --database URL`). The hub must not serve DIR meanwhile.
 */
class SqliteToPostgres
{
public:
    struct Table
    {
        QString name;
        qint64 rows = 0;
        QByteArray digest; ///< SHA-256 (hex) of the table's rows in key order, the same on both sides
    };
    /// Copies @p dataDir's hub into the PostgreSQL database @p url. Throws StorageError (nothing is written in
    /// PostgreSQL then): no hub in @p dataDir, a database that is not empty, a count or digest that differs.
    static QList<Table> run(const QString &dataDir, const QString &url);
};

} // namespace Continuite::Hub
