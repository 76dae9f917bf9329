// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "sync/bundle/packdatabase.h"

#include <QHash>
#include <QLoggingCategory>
#include <QSet>

#include <algorithm>

#include <sqlite3.h>

Q_DECLARE_LOGGING_CATEGORY(lcBundle)

namespace Continuite {

using namespace Qt::StringLiterals;

namespace {
/// The progress handler runs every this many VM instructions (fewer when the budget is tiny).
constexpr int StepsPerCheck = 1000;

struct Statement
{
    sqlite3_stmt *stmt = nullptr;
    ~Statement() { sqlite3_finalize(stmt); }
};
} // namespace

const QList<std::pair<QString, QString>> &PackDatabase::tables()
{
    static const QList<std::pair<QString, QString>> list{
        {u"manifest"_s, u"CREATE TABLE manifest (key TEXT PRIMARY KEY NOT NULL, value TEXT)"_s},
        {u"changes"_s, u"CREATE TABLE changes (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, body TEXT NOT NULL)"_s},
        {u"blobs"_s, u"CREATE TABLE blobs (sha256 TEXT PRIMARY KEY NOT NULL, mime TEXT NOT NULL, bytes BLOB NOT NULL)"_s},
        {u"device_keys"_s, u"CREATE TABLE device_keys (device TEXT PRIMARY KEY NOT NULL, public_key TEXT NOT NULL, person TEXT NOT NULL)"_s},
    };
    return list;
}

qint64 PackDatabase::stepBudgetFor(qint64 bytes)
{
    // Reading a row costs a few dozen instructions, and a row takes tens of bytes at the very least: a genuine
    // pack of any size stays far below this. A recursive query or a looping b-tree does not.
    return 10'000'000 + bytes / 16;
}

PackDatabase::PackDatabase(const QByteArray &image, qint64 stepBudget)
    : m_image(image)
    , m_stepBudget(stepBudget < 0 ? stepBudgetFor(image.size()) : stepBudget)
{
}

PackDatabase::~PackDatabase()
{
    sqlite3_close_v2(m_db);
}

int PackDatabase::onProgress(void *self)
{
    auto *d = static_cast<PackDatabase *>(self);
    d->m_stepsUsed += d->m_checkEvery;
    return d->m_stepsUsed > d->m_stepBudget ? 1 : 0;
}

PackDatabase::Problem PackDatabase::open()
{
    if (m_image.size() < 512)
        return Problem::Damaged;
    if (sqlite3_open_v2(":memory:", &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        m_detail = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : u"out of memory"_s;
        return Problem::Damaged;
    }
    // SQLite's own advice for files from elsewhere (sqlite.org/security.html), before the pack's schema is read.
    for (int option : {SQLITE_DBCONFIG_DEFENSIVE})
        sqlite3_db_config(m_db, option, 1, nullptr);
    for (int option : {SQLITE_DBCONFIG_TRUSTED_SCHEMA, SQLITE_DBCONFIG_ENABLE_VIEW, SQLITE_DBCONFIG_ENABLE_TRIGGER,
                       SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION})
        sqlite3_db_config(m_db, option, 0, nullptr);
    sqlite3_limit(m_db, SQLITE_LIMIT_ATTACHED, 0);
    sqlite3_limit(m_db, SQLITE_LIMIT_SQL_LENGTH, 4096);
    sqlite3_limit(m_db, SQLITE_LIMIT_EXPR_DEPTH, 16);
    sqlite3_limit(m_db, SQLITE_LIMIT_COMPOUND_SELECT, 2);
    sqlite3_limit(m_db, SQLITE_LIMIT_COLUMN, 16);
    sqlite3_limit(m_db, SQLITE_LIMIT_VDBE_OP, 2000);
    sqlite3_limit(m_db, SQLITE_LIMIT_FUNCTION_ARG, 4);
    sqlite3_limit(m_db, SQLITE_LIMIT_LIKE_PATTERN_LENGTH, 64);
    sqlite3_limit(m_db, SQLITE_LIMIT_VARIABLE_NUMBER, 4);
    sqlite3_limit(m_db, SQLITE_LIMIT_TRIGGER_DEPTH, 1);
    sqlite3_limit(m_db, SQLITE_LIMIT_WORKER_THREADS, 0);
    sqlite3_limit(m_db, SQLITE_LIMIT_LENGTH, 1024 * 1024);
    m_checkEvery = int(std::clamp<qint64>(m_stepBudget / 1000, 1, StepsPerCheck));
    sqlite3_progress_handler(m_db, m_checkEvery, &PackDatabase::onProgress, this);

    // Read-only and never resized or freed by SQLite: it reads exactly these bytes, in place.
    auto *data = reinterpret_cast<unsigned char *>(const_cast<char *>(m_image.constData()));
    if (sqlite3_deserialize(m_db, "main", data, m_image.size(), m_image.size(), SQLITE_DESERIALIZE_READONLY) != SQLITE_OK) {
        m_detail = QString::fromUtf8(sqlite3_errmsg(m_db));
        return Problem::Damaged;
    }
    if (sqlite3_exec(m_db, "PRAGMA query_only = ON; PRAGMA trusted_schema = OFF; PRAGMA cell_size_check = ON", nullptr, nullptr,
                     nullptr) != SQLITE_OK) {
        m_detail = QString::fromUtf8(sqlite3_errmsg(m_db));
        return Problem::Damaged;
    }
    m_opened = true;

    // The schema, before anything else: exactly the four tables and the index behind each one's key.
    QHash<QString, QString> expected;
    for (const auto &[name, sql] : tables()) {
        expected.insert(u"table/"_s + name + u'/' + name, sql);
        expected.insert(u"index/sqlite_autoindex_"_s + name + u"_1/"_s + name, QString());
    }
    QSet<QString> seen;
    bool unexpected = false;
    const Problem schema = each("SELECT type, name, tbl_name, sql FROM sqlite_schema", expected.size(), 4096, [&](const Row &row) {
        const QString key = row.text(0) + u'/' + row.text(1) + u'/' + row.text(2);
        const auto it = expected.constFind(key);
        if (it == expected.constEnd() || row.text(3) != *it || seen.contains(key)) {
            m_detail = u"unexpected schema object %1"_s.arg(key.left(200));
            unexpected = true;
            return false;
        }
        seen.insert(key);
        return true;
    });
    if (schema == Problem::TooManyRows || unexpected)
        return Problem::UnexpectedSchema;
    if (schema != Problem::None)
        return schema;
    if (seen.size() != expected.size()) {
        m_detail = u"missing tables"_s;
        return Problem::UnexpectedSchema;
    }
    return Problem::None;
}

PackDatabase::Problem PackDatabase::each(const char *sql, qint64 maxRows, qint64 maxValueBytes,
                                         const std::function<bool(const Row &)> &onRow)
{
    if (!m_opened)
        return Problem::Damaged;
    // SQLite refuses (SQLITE_TOOBIG) to load any value larger than this, before it is in memory.
    sqlite3_limit(m_db, SQLITE_LIMIT_LENGTH, int(std::clamp<qint64>(maxValueBytes, 1, 1'000'000'000)));
    Statement st;
    int rc = sqlite3_prepare_v2(m_db, sql, -1, &st.stmt, nullptr);
    qint64 rows = 0;
    while (rc == SQLITE_OK || rc == SQLITE_ROW) {
        rc = sqlite3_step(st.stmt);
        if (rc != SQLITE_ROW)
            break;
        if (++rows > maxRows)
            return Problem::TooManyRows;
        if (!onRow(Row(st.stmt)))
            return Problem::None;
    }
    if (rc == SQLITE_DONE)
        return Problem::None;
    m_detail = QString::fromUtf8(sqlite3_errmsg(m_db));
    qCWarning(lcBundle) << "a pack's SQLite image was refused:" << m_detail;
    switch (rc) {
    case SQLITE_INTERRUPT:
        return Problem::TooMuchWork;
    case SQLITE_TOOBIG:
        return Problem::ValueTooLarge;
    default:
        return Problem::Damaged;
    }
}

QString PackDatabase::Row::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column)) : QString();
}

QByteArray PackDatabase::Row::bytes(int column) const
{
    const void *data = sqlite3_column_blob(m_stmt, column);
    return data ? QByteArray(static_cast<const char *>(data), sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

qint64 PackDatabase::Row::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

} // namespace Continuite
