// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "sync/hub/sqlitetopostgres.h"

#include "sync/hub/hubstorage.h"
#include "sync/hub/postgreshubstorage.h"
#include "sync/hub/sqlitehubstorage.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>

#include <libpq-fe.h>

#include <memory>
#include <vector>

namespace Continuite::Hub {

using namespace Qt::StringLiterals;

namespace {

enum class Type { Text, Int, Bool, Bytes, Time };

struct Column
{
    const char *name;
    Type type;
};

struct TableSpec
{
    const char *name;
    std::vector<Column> columns;
    const char *key; ///< ORDER BY: the primary key
};

constexpr Type T = Type::Text, I = Type::Int, B = Type::Bool, Y = Type::Bytes, W = Type::Time;

// Every table of SQLite's schema 9 (PostgreSQL's schema 6 without its xid columns and its own tables), in an order
// that keeps references valid.
const std::vector<TableSpec> &tables()
{
    static const std::vector<TableSpec> list{
        {"accounts", {{"id", T}, {"login", T}, {"display_name", T}, {"role", T}, {"secret_hash", Y}, {"created", W}}, "id"},
        {"devices",
         {{"device_id", T}, {"person", T}, {"name", T}, {"token_hash", Y}, {"public_key", Y}, {"created", T}, {"last_seen", T},
          {"revoked", B}},
         "device_id, person"},
        {"vouched_keys",
         {{"device_id", T}, {"person", T}, {"public_key", Y}, {"vouched_by", T}, {"vouched_by_device", T}, {"vouched_at", T},
          {"revoked", B}},
         "device_id, person, public_key"},
        {"vouchers",
         {{"device_id", T}, {"person", T}, {"public_key", Y}, {"vouched_by", T}, {"vouched_by_device", T}, {"vouched_at", T}},
         "device_id, person, public_key, vouched_by"},
        {"memberships", {{"class_id", T}, {"person", T}, {"role", T}, {"joined_seq", I}}, "class_id, person"},
        {"rows",
         {{"kind", T}, {"id", T}, {"class_id", T}, {"audience", T}, {"status", T}, {"ever_published", B}, {"deleted", B},
          {"hlc", T}, {"last_seq", I}, {"fields", T}, {"field_hlcs", T}},
         "kind, id"},
        {"history",
         {{"id", I}, {"kind", T}, {"row_id", T}, {"field", T}, {"value", T}, {"hlc", T}, {"change_id", T}, {"recorded", W}},
         "id"},
        {"changes",
         {{"seq", I}, {"change_id", T}, {"kind", T}, {"row_id", T}, {"class_id", T}, {"audience", T}, {"author", T},
          {"device", T}, {"received", T}, {"body", Y}},
         "seq"},
        {"verdicts", {{"change_id", T}, {"status", T}, {"reason", T}, {"seq", I}, {"digest", Y}}, "change_id"},
        {"blobs", {{"sha256", T}, {"size", I}, {"owner", T}, {"created", W}}, "sha256"},
        {"blob_refs", {{"sha256", T}, {"kind", T}, {"row_id", T}}, "sha256, kind, row_id"},
        {"blob_holders", {{"sha256", T}, {"person", T}, {"size", I}, {"since", W}}, "sha256, person"},
        {"ungranted_blob_refs", {{"sha256", T}, {"kind", T}, {"row_id", T}, {"author", T}}, "sha256, kind, row_id"},
        {"record_usage", {{"person", T}, {"bytes", I}}, "person"},
        {"shared_usage", {{"counter", T}, {"bytes", I}}, "counter"},
        {"account_creators", {{"person", T}, {"created_by", T}}, "person"},
        {"answer_releases", {{"assignment", T}, {"class_id", T}, {"due", T}}, "assignment"},
        {"meta", {{"key", T}, {"value", T}}, "key"},
    };
    return list;
}

constexpr Oid TextOid = 25, Int8Oid = 20, BoolOid = 16, ByteaOid = 17;

/// A value in the form both sides give it for the digest.
QByteArray canonical(const QVariant &v, Type type)
{
    if (v.isNull())
        return QByteArrayLiteral("\\N");
    switch (type) {
    case Type::Int:
        return QByteArray::number(v.toLongLong());
    case Type::Bool:
        return v.toLongLong() ? "1" : "0";
    case Type::Bytes:
        return v.toByteArray().toHex();
    case Type::Text:
    case Type::Time:
        break;
    }
    return v.toString().toUtf8();
}

/// The PostgreSQL expression that gives a column in canonical() form (names are the constants above, never values).
QByteArray canonicalSql(const Column &c)
{
    const QByteArray name(c.name);
    switch (c.type) {
    case Type::Int:
        return name + "::text";
    case Type::Bool:
        return "CASE WHEN " + name + " IS NULL THEN NULL WHEN " + name + " THEN '1' ELSE '0' END";
    case Type::Bytes:
        return "encode(" + name + ", 'hex')";
    case Type::Time:
        return "to_char(" + name + " AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')";
    case Type::Text:
        break;
    }
    return name;
}

class Digest
{
public:
    void addRow(const QList<QByteArray> &values)
    {
        QCryptographicHash row(QCryptographicHash::Sha256);
        for (const QByteArray &v : values) {
            m_hash.addData(QByteArray::number(v.size()));
            m_hash.addData(":");
            m_hash.addData(v);
            row.addData(v);
            row.addData(QByteArrayView("\0", 1));
        }
        m_hash.addData("\n");
        m_rowHashes.push_back(row.result().left(16));
        m_columnHashes.emplace_back();
        for (const QByteArray &v : values)
            m_columnHashes.back().push_back(qHash(v));
        ++rows;
    }
    QByteArray hex() { return m_hash.result().toHex(); }
    qint64 rows = 0;

    /// Where @p other first differs from this: the row's place and the names of the columns that differ (never their
    /// values: a table may hold hashed tokens), for the error message.
    QString firstDifference(const Digest &other, const std::vector<Column> &columns) const
    {
        const size_t n = std::min(m_rowHashes.size(), other.m_rowHashes.size());
        for (size_t r = 0; r < n; ++r) {
            if (m_rowHashes[r] == other.m_rowHashes[r])
                continue;
            QStringList differ;
            for (size_t c = 0; c < columns.size() && c < m_columnHashes[r].size() && c < other.m_columnHashes[r].size(); ++c)
                if (m_columnHashes[r][c] != other.m_columnHashes[r][c])
                    differ << QString::fromLatin1(columns[c].name);
            return u"row %1 in key order, column(s) %2"_s.arg(r + 1).arg(differ.join(u", "_s));
        }
        return u"row %1 in key order (one side has more rows)"_s.arg(n + 1);
    }

private:
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    std::vector<QByteArray> m_rowHashes;
    std::vector<std::vector<size_t>> m_columnHashes;
};

struct PgConnection
{
    PGconn *conn = nullptr;
    ~PgConnection() { PQfinish(conn); }
    std::unique_ptr<PGresult, void (*)(PGresult *)> exec(const QByteArray &sql, int n = 0, const Oid *types = nullptr,
                                                         const char *const *values = nullptr, const int *lengths = nullptr,
                                                         const int *formats = nullptr)
    {
        std::unique_ptr<PGresult, void (*)(PGresult *)> r(PQexecParams(conn, sql.constData(), n, types, values, lengths, formats, 0),
                                                          PQclear);
        const ExecStatusType status = PQresultStatus(r.get());
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
            throw StorageError("PostgreSQL: " + QString::fromUtf8(PQerrorMessage(conn)).trimmed().toStdString());
        return r;
    }
    void simple(const char *sql)
    {
        std::unique_ptr<PGresult, void (*)(PGresult *)> r(PQexec(conn, sql), PQclear);
        const ExecStatusType status = PQresultStatus(r.get());
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
            throw StorageError("PostgreSQL: " + QString::fromUtf8(PQerrorMessage(conn)).trimmed().toStdString());
    }
};

struct SqliteReadConnection
{
    QString name = u"continuite-migrate-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    ~SqliteReadConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
};

} // namespace

QList<SqliteToPostgres::Table> SqliteToPostgres::run(const QString &dataDir, const QString &url)
{
    const QString path = dataDir + u"/hub.sqlite"_s;
    if (!QDir(dataDir).exists(u"hub.sqlite"_s))
        throw StorageError("no hub data in " + dataDir.toStdString());
    // Brings an older hub file to the current schema first (as serve would), then reads it in one snapshot.
    SqliteHubStorage(path).read([](HubTransaction &) {});
    // The schema, as admin migrate makes it; a database of a newer hub is refused here.
    PostgresHubStorage(url, PostgresHubStorage::Schema::Migrate, 1);

    SqliteReadConnection sqliteName;
    QSqlDatabase sqlite = QSqlDatabase::addDatabase(u"QSQLITE"_s, sqliteName.name);
    sqlite.setDatabaseName(path);
    sqlite.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"_s);
    if (!sqlite.open())
        throw StorageError("cannot open " + path.toStdString() + ": " + sqlite.lastError().text().toStdString());
    QSqlQuery begin(sqlite);
    if (!begin.exec(u"BEGIN"_s))
        throw StorageError("cannot read " + path.toStdString());

    PgConnection pg;
    const QByteArray urlBytes = url.toUtf8();
    const char *keys[] = {"connect_timeout", "fallback_application_name", "dbname", nullptr};
    const char *connValues[] = {"10", "continuite-hub-migrate", urlBytes.constData(), nullptr};
    pg.conn = PQconnectdbParams(keys, connValues, 1);
    if (PQstatus(pg.conn) != CONNECTION_OK)
        throw StorageError("cannot connect to " + PostgresHubStorage::displayUrl(url).toStdString() + ": "
                           + QString::fromUtf8(PQerrorMessage(pg.conn)).trimmed().toStdString());
    pg.simple("BEGIN; SET TIME ZONE 'UTC'; SELECT pg_advisory_xact_lock(1131310708)");

    QList<Table> report;
    try {
        for (const TableSpec &table : tables()) {
            const QByteArray name(table.name);
            if (PQgetvalue(pg.exec("SELECT EXISTS (SELECT 1 FROM " + name + ")").get(), 0, 0)[0] == 't')
                throw StorageError("the PostgreSQL database is not empty (table " + name.toStdString()
                                   + " has rows): a school moves into an empty database only");
            QStringList columns;
            QByteArrayList placeholders, canonicalColumns;
            std::vector<Oid> types;
            for (size_t i = 0; i < table.columns.size(); ++i) {
                const Column &c = table.columns[i];
                columns << QString::fromLatin1(c.name);
                const QByteArray p = "$" + QByteArray::number(qulonglong(i + 1));
                placeholders << (c.type == Type::Time ? "coalesce(" + p + "::timestamptz, now())" : p);
                // Named apart (c1, c2…): `seq::text` would be named seq, and ORDER BY takes an output column's name
                // first, so the key order would be the text's ("10" before "9") and a log of ten entries or more
                // never matched SQLite's.
                canonicalColumns << canonicalSql(c) + " AS c" + QByteArray::number(qulonglong(i + 1));
                types.push_back(c.type == Type::Int ? Int8Oid : c.type == Type::Bool ? BoolOid : c.type == Type::Bytes ? ByteaOid : TextOid);
            }
            const QByteArray insert = "INSERT INTO " + name + "(" + columns.join(u", "_s).toLatin1() + ") VALUES("
                + placeholders.join(", ") + ")";

            QSqlQuery read(sqlite);
            read.setForwardOnly(true);
            if (!read.exec(u"SELECT %1 FROM %2 ORDER BY %3"_s.arg(columns.join(u", "_s), QString::fromLatin1(table.name),
                                                                 QString::fromLatin1(table.key))))
                throw StorageError("cannot read " + name.toStdString() + ": " + read.lastError().text().toStdString());
            Digest fromSqlite;
            const int n = int(table.columns.size());
            std::vector<QByteArray> values(static_cast<size_t>(n));
            std::vector<const char *> pointers(size_t(n), nullptr);
            std::vector<int> lengths(size_t(n), 0), formats(size_t(n), 0);
            while (read.next()) {
                QList<QByteArray> row;
                for (int i = 0; i < n; ++i) {
                    const QVariant v = read.value(i);
                    const Type type = table.columns[size_t(i)].type;
                    row << canonical(v, type);
                    formats[size_t(i)] = type == Type::Bytes ? 1 : 0;
                    if (v.isNull()) {
                        pointers[size_t(i)] = nullptr;
                        continue;
                    }
                    if (type == Type::Bytes)
                        values[size_t(i)] = v.toByteArray();
                    else if (type == Type::Bool)
                        values[size_t(i)] = v.toLongLong() ? "true" : "false";
                    else if (type == Type::Int)
                        values[size_t(i)] = QByteArray::number(v.toLongLong());
                    else
                        values[size_t(i)] = v.toString().toUtf8();
                    if (type != Type::Bytes && values[size_t(i)].contains('\0'))
                        throw StorageError("a value of " + name.toStdString() + " holds a NUL character, which PostgreSQL cannot store");
                    pointers[size_t(i)] = values[size_t(i)].constData();
                    lengths[size_t(i)] = int(values[size_t(i)].size());
                }
                fromSqlite.addRow(row);
                pg.exec(insert, n, types.data(), pointers.data(), lengths.data(), formats.data());
            }

            // Read back from PostgreSQL, in the same order, in the same form.
            const auto back = pg.exec("SELECT " + canonicalColumns.join(", ") + " FROM " + name + " ORDER BY " + table.key);
            Digest fromPostgres;
            for (int r = 0; r < PQntuples(back.get()); ++r) {
                QList<QByteArray> row;
                for (int i = 0; i < n; ++i)
                    row << (PQgetisnull(back.get(), r, i) ? QByteArrayLiteral("\\N") : QByteArray(PQgetvalue(back.get(), r, i)));
                fromPostgres.addRow(row);
            }
            const QByteArray digest = fromSqlite.hex();
            if (fromSqlite.rows != fromPostgres.rows || digest != fromPostgres.hex())
                throw StorageError("table " + name.toStdString() + " differs after the copy (" + std::to_string(fromSqlite.rows)
                                   + " rows in SQLite, " + std::to_string(fromPostgres.rows) + " in PostgreSQL; first at "
                                   + fromSqlite.firstDifference(fromPostgres, table.columns).toStdString() + "): nothing was kept");
            report << Table{QString::fromLatin1(table.name), fromSqlite.rows, digest};
        }
        // The copied entries and memberships were written one at a time: they take xid 0, so the cursors the
        // devices hold ("S.M", the positions (0, S) and (0, M)) go on with an empty sync (PROTOCOL.md, "The cursor").
        pg.simple("UPDATE changes SET xid = '0'; UPDATE memberships SET joined_xid = '0'");
        // New log entries and history go on after the copied ones.
        pg.simple("SELECT setval(pg_get_serial_sequence('changes', 'seq'), coalesce(max(seq), 0) + 1, false) FROM changes;"
                  "SELECT setval(pg_get_serial_sequence('history', 'id'), coalesce(max(id), 0) + 1, false) FROM history");
        pg.simple("COMMIT");
    } catch (...) {
        PQclear(PQexec(pg.conn, "ROLLBACK"));
        throw;
    }
    return report;
}

} // namespace Continuite::Hub
