// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "content/changelog.h"

#include "content/database.h"
#include "sync/merge.h"
#include "sync/signing.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QHash>
#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

#include <map>
#include <memory>
#include <vector>

namespace Continuite {

using namespace Qt::StringLiterals;

namespace {
const QString ClockKey = u"hlc"_s;

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString columnList(const KindSpec &spec)
{
    return spec.fieldNames().join(u", "_s);
}

QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

/**
 * A row's per-field clocks, {"field":"hlc",…}: read and written by hand, because field names are our
 * identifiers and HLCs hold no quote or backslash (QJsonDocument took a fifth of a merge's instructions).
 * Text in any other shape is read by QJsonDocument.
 */
struct FieldClocks
{
    QList<std::pair<QString, QString>> entries;

    static FieldClocks parse(const QString &text)
    {
        FieldClocks c;
        const QStringView t(text);
        qsizetype i = 1;
        bool ok = t.startsWith(u'{') && t.endsWith(u'}') && !t.contains(u'\\');
        while (ok && i < t.size() - 1) {
            const qsizetype keyEnd = t.indexOf(u'"', i + 1);
            const qsizetype valueEnd = keyEnd < 0 ? -1 : t.indexOf(u'"', keyEnd + 3);
            ok = t.at(i) == u'"' && keyEnd > i && t.mid(keyEnd, 3) == u"\":\"" && valueEnd > keyEnd;
            if (!ok)
                break;
            c.entries.append({t.mid(i + 1, keyEnd - i - 1).toString(), t.mid(keyEnd + 3, valueEnd - keyEnd - 3).toString()});
            i = valueEnd + 1;
            if (i < t.size() - 1)
                ok = t.at(i++) == u',';
        }
        if (!ok) {
            c.entries.clear();
            const QJsonObject o = parseObject(text);
            for (auto it = o.constBegin(); it != o.constEnd(); ++it)
                c.entries.append({it.key(), it.value().toString()});
        }
        return c;
    }
    QString value(const QString &field, const QString &fallback) const
    {
        for (const auto &[k, v] : entries)
            if (k == field)
                return v;
        return fallback;
    }
    void set(const QString &field, const QString &hlc)
    {
        for (auto &[k, v] : entries)
            if (k == field) {
                v = hlc;
                return;
            }
        entries.append({field, hlc});
    }
    QString toString() const
    {
        QString s = u"{"_s;
        for (const auto &[k, v] : entries)
            s += (s.size() > 1 ? u",\""_s : u"\""_s) + k + u"\":\""_s + v + u'"';
        return s + u'}';
    }
};
} // namespace

QVariant jsonToColumn(const QJsonValue &value, FieldType type)
{
    if (value.isNull() || value.isUndefined())
        return QVariant(QMetaType::fromType<QString>());
    switch (type) {
    case FieldType::Text:
        return value.toString();
    case FieldType::Integer:
        return qint64(value.toDouble());
    case FieldType::Real:
        return value.toDouble();
    case FieldType::Boolean:
        return value.toBool() ? 1 : 0;
    case FieldType::Json:
        return value.isArray() ? QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact))
                               : QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QJsonValue columnToJson(const QVariant &value, FieldType type)
{
    if (value.isNull())
        return type == FieldType::Boolean ? QJsonValue(false) : QJsonValue(QJsonValue::Null);
    switch (type) {
    case FieldType::Text:
        return value.toString();
    case FieldType::Integer:
        return double(value.toLongLong());
    case FieldType::Real:
        return value.toDouble();
    case FieldType::Boolean:
        return value.toInt() != 0;
    case FieldType::Json: {
        const QJsonDocument doc = QJsonDocument::fromJson(value.toString().toUtf8());
        return doc.isArray() ? QJsonValue(doc.array()) : doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(QJsonValue::Null);
    }
    }
    return {};
}

/**
 * The hot statements of applying changes (replay check, row insert), prepared once per page through SQLite's
 * C API on the store connection's own handle (QSqlDriver::handle(); Debian's Qt uses the system libsqlite3).
 * QtSql's bindValue builds a placeholder name with QString::arg and goes through QVariant for every value:
 * it was a third of the instructions of a page. A statement that fails is reported by running it again
 * through QtSql, whose error the store turns into words a person can act on.
 */
class ChangeLog::PageSql
{
public:
    class Statement
    {
    public:
        explicit Statement(sqlite3_stmt *stmt)
            : m_stmt(stmt)
        {
        }
        ~Statement() { sqlite3_finalize(m_stmt); }
        Statement(const Statement &) = delete;
        Statement &operator=(const Statement &) = delete;

        /// @p text must live until run() returns (bound without a copy); a null QString binds NULL.
        void bindText(int i, const QString &text)
        {
            if (text.isNull())
                sqlite3_bind_null(m_stmt, i);
            else
                sqlite3_bind_text16(m_stmt, i, text.utf16(), int(text.size() * qsizetype(sizeof(char16_t))), SQLITE_STATIC);
        }
        /// @p utf8 must live until run() returns.
        void bindUtf8(int i, const QByteArray &utf8) { sqlite3_bind_text(m_stmt, i, utf8.constData(), int(utf8.size()), SQLITE_STATIC); }
        void bindInt(int i, qint64 value) { sqlite3_bind_int64(m_stmt, i, value); }
        void bindReal(int i, double value) { sqlite3_bind_double(m_stmt, i, value); }
        void bindNull(int i) { sqlite3_bind_null(m_stmt, i); }
        /// Steps to the end; the rows it changed, or -1 when SQLite failed.
        int run(sqlite3 *db)
        {
            const int rc = sqlite3_step(m_stmt);
            sqlite3_reset(m_stmt);
            sqlite3_clear_bindings(m_stmt); // nothing keeps pointing at texts about to be freed
            return rc == SQLITE_DONE ? sqlite3_changes(db) : -1;
        }

    private:
        sqlite3_stmt *m_stmt;
    };

    explicit PageSql(Database &db)
    {
        // The handle of this thread's connection: the same one Database::write() opened the transaction on.
        const QVariant handle = db.prepare(u"SELECT 1"_s).driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
            m_db = *static_cast<sqlite3 *const *>(handle.constData());
    }

    sqlite3 *handle() const { return m_db; }

    /// The statement for @p sql, prepared on first use in this page; null when the handle is not SQLite's.
    Statement *statement(const QString &sql)
    {
        auto it = m_statements.find(sql);
        if (it != m_statements.end())
            return it->second.get();
        sqlite3_stmt *stmt = nullptr;
        if (!m_db || sqlite3_prepare16_v3(m_db, sql.utf16(), int(sql.size() * qsizetype(sizeof(char16_t))), SQLITE_PREPARE_PERSISTENT,
                                          &stmt, nullptr) != SQLITE_OK) {
            sqlite3_finalize(stmt);
            return nullptr;
        }
        return m_statements.emplace(sql, std::make_unique<Statement>(stmt)).first->second.get();
    }

private:
    sqlite3 *m_db = nullptr;
    std::map<QString, std::unique_ptr<Statement>> m_statements;
};

ChangeLog::ChangeLog(Database &db, QString deviceId, HybridLogicalClock::WallClock wallClock)
    : m_db(db)
    , m_deviceId(std::move(deviceId))
    , m_clock(m_deviceId, std::move(wallClock))
{
}

HlcTimestamp ChangeLog::tick()
{
    QMutexLocker lock(&m_clockMutex);
    if (auto persisted = HlcTimestamp::parse(m_db.meta(ClockKey)))
        m_clock.restore(*persisted);
    const HlcTimestamp t = m_clock.now();
    m_db.setMeta(ClockKey, t.toString());
    return t;
}

void ChangeLog::absorb(const QString &hlc, qint64 maxAheadMs)
{
    const auto remote = HlcTimestamp::parse(hlc);
    if (!remote)
        return;
    QMutexLocker lock(&m_clockMutex);
    if (auto persisted = HlcTimestamp::parse(m_db.meta(ClockKey)))
        m_clock.restore(*persisted);
    if (m_clock.last() >= *remote)
        return;
    m_db.setMeta(ClockKey, m_clock.receive(*remote, maxAheadMs).toString());
}

Result<Change> ChangeLog::record(const QString &kind, const QString &row, const QString &classId, const QString &author,
                                 const QJsonObject &fields)
{
    Q_ASSERT(m_db.inTransaction());
    Change c;
    c.id = newUuid();
    c.kind = kind;
    c.row = row;
    c.classId = classId;
    c.hlc = tick().toString();
    c.author = author;
    c.device = m_deviceId;
    c.fields = fields;
    c.signature = Signing::sign(c, deviceKeys().secretKey);
    QString error;
    if (!Change::fromJson(c.toJson(), &error))
        return Result<Change>::failure(tr("Invalid change: %1").arg(error));
    const KindSpec *spec = kindSpec(kind);
    PageSql sql(m_db);
    auto merged = merge(*spec, c, sql);
    if (!merged)
        return Result<Change>::failure(merged.error());
    if (!m_db.exec(u"INSERT INTO outbox (change_id, author, kind, body, created_at) VALUES (?, ?, ?, ?, ?)"_s,
                   {c.id, author, kind, QString::fromUtf8(QJsonDocument(c.toJson()).toJson(QJsonDocument::Compact)), nowIso()}))
        return Result<Change>::failure(m_db.sqlFailure(tr("Could not queue the change for sending")).error());
    return c;
}

Result<ApplyVerdict> ChangeLog::apply(const Change &change, qint64 maxAheadMs)
{
    auto verdicts = applyAll({change}, maxAheadMs);
    if (!verdicts)
        return Result<ApplyVerdict>::failure(verdicts.error());
    return verdicts->first();
}

Result<QList<ApplyVerdict>> ChangeLog::applyAll(const QList<Change> &changes, qint64 maxAheadMs,
                                                 const QHash<QString, QString> &clampedFrom)
{
    using R = Result<QList<ApplyVerdict>>;
    Q_ASSERT(m_db.inTransaction());
    // The clock absorbs the page's latest HLC once, not once per change: a page is applied as one.
    QString latest;
    for (const Change &c : changes)
        if (c.hlc > latest)
            latest = c.hlc;
    absorb(latest, maxAheadMs);
    QList<ApplyVerdict> verdicts;
    verdicts.reserve(changes.size());
    PageSql sql(m_db); // the page's statements, prepared once
    for (const Change &c : changes) {
        const KindSpec *spec = kindSpec(c.kind);
        if (!spec)
            return R::failure(tr("Unknown kind of change: %1").arg(c.kind));
        auto v = merge(*spec, c, sql, clampedFrom.isEmpty() ? QString() : clampedFrom.value(c.id));
        if (!v)
            return R::failure(v.error());
        verdicts << *v;
    }
    return verdicts;
}

Result<ApplyVerdict> ChangeLog::merge(const KindSpec &spec, const Change &change, PageSql &sql, const QString &clampedFrom)
{
    // Recording the id first tells a replay apart in the same statement.
    static const QString SeenSql = u"INSERT OR IGNORE INTO seen_changes (id) VALUES (?)"_s;
    int seen = -1;
    if (PageSql::Statement *st = sql.statement(SeenSql)) {
        st->bindText(1, change.id);
        seen = st->run(sql.handle());
    }
    if (seen < 0) { // the same statement through QtSql, for its error in words (or a success after all)
        QSqlQuery &q = m_db.prepare(SeenSql);
        if (!m_db.exec(q, {change.id}))
            return Result<ApplyVerdict>::failure(m_db.sqlFailure(tr("Could not record the change")).error());
        seen = q.numRowsAffected();
    }
    if (seen == 0) {
        // Our own change, back from the hub with the hub's clock (ours was too far ahead): take it, or this
        // device would keep its future clocks and let them beat later edits that win everywhere else.
        if (!clampedFrom.isEmpty() && clampedFrom != change.hlc)
            return adoptClamped(spec, change, clampedFrom);
        return ApplyVerdict::Duplicate;
    }
    // A new row is the common case (a first sync): insert it, and merge only when it was already there.
    // Bound without copies, a row that is ignored costs less than a separate existence check.
    int inserted = insertFast(spec, change, sql);
    if (inserted < 0) {
        auto slow = insertRow(spec, change, change.fields);
        if (!slow)
            return slow;
        inserted = *slow == ApplyVerdict::Applied ? 1 : 0;
    }
    if (inserted > 0)
        return ApplyVerdict::Applied;
    switch (spec.policy) {
    case MergePolicy::AppendOnly:
        return ApplyVerdict::Duplicate; // a version is written once
    case MergePolicy::FieldLastWriterWins:
        return mergeFields(spec, change);
    case MergePolicy::Monotone:
        return mergeMonotone(spec, change);
    }
    return ApplyVerdict::Duplicate;
}

int ChangeLog::insertFast(const KindSpec &spec, const Change &change, PageSql &sql)
{
    PageSql::Statement *st = sql.statement(sqlFor(spec).insert);
    if (!st)
        return -1;
    // Values computed here must outlive run(): they are bound without a copy.
    std::vector<QString> texts;
    texts.reserve(size_t(spec.fields.size()));
    std::vector<QByteArray> jsonTexts;
    // The clocks JSON is written by hand: field names are our identifiers and HLCs hold no quote.
    QString clocks = u"{"_s;
    int column = 6; // id, class_id, hlc, author, clocks, then the kind's fields in order
    for (const FieldSpec &f : spec.fields) {
        const auto it = change.fields.constFind(f.name);
        if (it == change.fields.constEnd()) {
            if (f.name == u"deleted")
                st->bindInt(column++, 0);
            else
                st->bindNull(column++);
            continue;
        }
        const QJsonValue value = *it;
        clocks += (clocks.size() > 1 ? u",\""_s : u"\""_s) + f.name + u"\":\""_s + change.hlc + u'"';
        if (value.isNull() || value.isUndefined()) {
            st->bindNull(column++);
            continue;
        }
        switch (f.type) { // as jsonToColumn() converts them
        case FieldType::Text:
            texts.push_back(value.toString());
            st->bindText(column, texts.back());
            break;
        case FieldType::Integer:
            st->bindInt(column, qint64(value.toDouble()));
            break;
        case FieldType::Real:
            st->bindReal(column, value.toDouble());
            break;
        case FieldType::Boolean:
            st->bindInt(column, value.toBool() ? 1 : 0);
            break;
        case FieldType::Json:
            jsonTexts.push_back(value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                                : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
            st->bindUtf8(column, jsonTexts.back());
            break;
        }
        ++column;
    }
    clocks += u'}';
    st->bindText(1, change.row);
    st->bindText(2, change.classId);
    st->bindText(3, change.hlc);
    st->bindText(4, change.author);
    st->bindText(5, clocks);
    return st->run(sql.handle());
}

const ChangeLog::KindSql &ChangeLog::sqlFor(const KindSpec &spec)
{
    static QHash<QString, KindSql> cache;
    static QMutex mutex;
    QMutexLocker lock(&mutex);
    auto it = cache.find(spec.kind);
    if (it == cache.end()) {
        KindSql sql;
        const QString columns = columnList(spec);
        QString placeholders = u"?, ?, ?, ?, ?"_s;
        for (qsizetype i = 0; i < spec.fields.size(); ++i)
            placeholders += u", ?"_s;
        sql.insert = u"INSERT OR IGNORE INTO %1 (id, class_id, hlc, author, clocks, %2) VALUES (%3)"_s.arg(spec.table, columns, placeholders);
        it = cache.insert(spec.kind, sql);
    }
    return *it;
}

Result<ApplyVerdict> ChangeLog::insertRow(const KindSpec &spec, const Change &change, const QJsonObject &fields)
{
    // The clocks JSON is written by hand: field names are our identifiers and HLCs hold no quote.
    QString clocks = u"{"_s;
    QVariantList values{change.row, change.classId, change.hlc, change.author, QVariant()};
    values.reserve(5 + spec.fields.size());
    for (const FieldSpec &f : spec.fields) {
        const auto it = fields.constFind(f.name);
        if (it == fields.constEnd()) {
            values << (f.name == u"deleted" ? QVariant(0) : QVariant(QMetaType::fromType<QString>()));
            continue;
        }
        values << jsonToColumn(*it, f.type);
        clocks += (clocks.size() > 1 ? u",\""_s : u"\""_s) + f.name + u"\":\""_s + change.hlc + u'"';
    }
    values[4] = QString(clocks + u'}');
    QSqlQuery &q = m_db.prepare(sqlFor(spec).insert);
    if (!m_db.exec(q, values))
        return Result<ApplyVerdict>::failure(m_db.sqlFailure(tr("Could not save the %1").arg(spec.kind)).error());
    return q.numRowsAffected() > 0 ? ApplyVerdict::Applied : ApplyVerdict::Duplicate;
}

Result<ApplyVerdict> ChangeLog::mergeFields(const KindSpec &spec, const Change &change)
{
    // Read only the fields this change touches: publishing a lesson must not load its three sections.
    QList<const FieldSpec *> touched;
    QString columns;
    for (auto it = change.fields.constBegin(); it != change.fields.constEnd(); ++it)
        if (const FieldSpec *f = spec.field(it.key())) {
            touched << f;
            columns += u", "_s + f->name;
        }
    QSqlQuery &q = m_db.prepare(u"SELECT hlc, clocks"_s + columns + u" FROM "_s + spec.table + u" WHERE id = ?"_s);
    if (!m_db.exec(q, {change.row}))
        return Result<ApplyVerdict>::failure(m_db.sqlFailure(tr("Could not read the %1").arg(spec.kind)).error());
    if (!q.next()) {
        q.finish();
        return insertRow(spec, change, change.fields);
    }
    const QString rowHlc = q.value(0).toString();
    FieldClocks clocks = FieldClocks::parse(q.value(1).toString());
    QJsonObject current;
    for (int i = 0; i < touched.size(); ++i)
        current.insert(touched.at(i)->name, columnToJson(q.value(2 + i), touched.at(i)->type));
    q.finish();

    QStringList assignments;
    QVariantList values;
    for (auto it = change.fields.constBegin(); it != change.fields.constEnd(); ++it) {
        const FieldSpec *f = spec.field(it.key());
        if (!f)
            continue;
        // The rule is Merge::lastWriterWins (sync/merge.h), the hub's: a field never written has no clock.
        const QString fieldHlc = clocks.value(f->name, QString());
        const QJsonValue old = current.value(f->name);
        const Merge::FieldOutcome outcome = Merge::lastWriterWins(old, fieldHlc, it.value(), change.hlc);
        if (outcome.heldToHistory && !keepLoser(spec.kind, change.row, f->name, old, fieldHlc, change.hlc))
            return Result<ApplyVerdict>::failure(m_db.sqlFailure(tr("Could not keep the previous value")).error());
        if (outcome.incomingToHistory && !keepLoser(spec.kind, change.row, f->name, it.value(), change.hlc, fieldHlc))
            return Result<ApplyVerdict>::failure(m_db.sqlFailure(tr("Could not keep the losing value")).error());
        if (outcome.take) {
            assignments << f->name + u" = ?"_s;
            values << jsonToColumn(it.value(), f->type);
            clocks.set(f->name, change.hlc);
        }
    }
    if (assignments.isEmpty())
        return ApplyVerdict::Applied; // every field lost: the losers are in history
    // The row's HLC is its version: it rises with every change that alters the row, even one that wins a
    // field with an older HLC (a late edit from a device that was offline). A pack's snapshot carries it and
    // its change id derives from it, so the late edit reaches the students instead of passing for a duplicate.
    const QString version = change.hlc > rowHlc ? change.hlc : versionAbove(rowHlc);
    assignments << u"author = CASE WHEN ? > hlc THEN ? ELSE author END"_s << u"clocks = ?"_s << u"hlc = ?"_s;
    values << change.hlc << change.author << clocks.toString() << version << change.row;
    if (!m_db.exec(u"UPDATE %1 SET %2 WHERE id = ?"_s.arg(spec.table, assignments.join(u", "_s)), values))
        return Result<ApplyVerdict>::failure(m_db.sqlFailure(tr("Could not save the %1").arg(spec.kind)).error());
    return ApplyVerdict::Applied;
}

QString ChangeLog::versionAbove(const QString &rowHlc)
{
    HlcTimestamp next = tick();
    if (const auto row = HlcTimestamp::parse(rowHlc); row && next <= *row) // the row came from a clock far ahead
        next = HlcTimestamp{row->millis, row->counter + 1, m_deviceId};
    return next.toString();
}

Result<ApplyVerdict> ChangeLog::adoptClamped(const KindSpec &spec, const Change &change, const QString &deviceHlc)
{
    if (spec.policy != MergePolicy::FieldLastWriterWins) {
        // Append-only and monotone rows merge without clocks: only the row's HLC (the order of versions) follows.
        if (!m_db.exec(u"UPDATE %1 SET hlc = ? WHERE id = ? AND hlc = ?"_s.arg(spec.table), {change.hlc, change.row, deviceHlc}))
            return Result<ApplyVerdict>::failure(m_db.sqlFailure(tr("Could not save the %1").arg(spec.kind)).error());
        return ApplyVerdict::Duplicate;
    }
    QSqlQuery &q = m_db.prepare(u"SELECT hlc, clocks FROM %1 WHERE id = ?"_s.arg(spec.table));
    if (!m_db.exec(q, {change.row}))
        return Result<ApplyVerdict>::failure(m_db.sqlFailure(tr("Could not read the %1").arg(spec.kind)).error());
    if (!q.next()) {
        q.finish();
        return ApplyVerdict::Duplicate;
    }
    QString rowHlc = q.value(0).toString();
    FieldClocks clocks = FieldClocks::parse(q.value(1).toString());
    q.finish();
    bool adopted = false;
    // Only what still holds the device's reading: a field written again since keeps its own (newer) clock.
    for (auto it = change.fields.constBegin(); it != change.fields.constEnd(); ++it)
        if (spec.field(it.key()) && clocks.value(it.key(), {}) == deviceHlc) {
            clocks.set(it.key(), change.hlc);
            adopted = true;
        }
    if (!adopted)
        return ApplyVerdict::Duplicate;
    if (rowHlc == deviceHlc) {
        rowHlc = change.hlc;
        for (const auto &[field, hlc] : clocks.entries)
            rowHlc = std::max(rowHlc, hlc);
    }
    if (!m_db.exec(u"UPDATE %1 SET clocks = ?, hlc = ? WHERE id = ?"_s.arg(spec.table), {clocks.toString(), rowHlc, change.row}))
        return Result<ApplyVerdict>::failure(m_db.sqlFailure(tr("Could not save the %1").arg(spec.kind)).error());
    return ApplyVerdict::Applied;
}

Result<ApplyVerdict> ChangeLog::mergeMonotone(const KindSpec &spec, const Change &change)
{
    const QJsonObject existing = rowFields(spec.kind, change.row);
    if (existing.isEmpty())
        return insertRow(spec, change, change.fields);
    QJsonObject merged = existing;
    for (auto it = change.fields.constBegin(); it != change.fields.constEnd(); ++it)
        if (spec.field(it.key())) // flags OR, numbers max, *_at times earliest, identity never changes
            merged.insert(it.key(), Merge::monotone(it.key(), existing.value(it.key()), it.value()));
    QStringList assignments;
    QVariantList values;
    for (const FieldSpec &f : spec.fields) {
        if (merged.value(f.name) == existing.value(f.name))
            continue;
        assignments << f.name + u" = ?"_s;
        values << jsonToColumn(merged.value(f.name), f.type);
    }
    if (assignments.isEmpty())
        return ApplyVerdict::Applied;
    assignments << u"hlc = max(hlc, ?)"_s;
    values << change.hlc << change.row;
    if (!m_db.exec(u"UPDATE %1 SET %2 WHERE id = ?"_s.arg(spec.table, assignments.join(u", "_s)), values))
        return Result<ApplyVerdict>::failure(m_db.sqlFailure(tr("Could not save the %1").arg(spec.kind)).error());
    return ApplyVerdict::Applied;
}

bool ChangeLog::keepLoser(const QString &kind, const QString &row, const QString &field, const QJsonValue &value,
                          const QString &hlc, const QString &replacedBy)
{
    QJsonArray wrapped{value};
    QString text = QString::fromUtf8(QJsonDocument(wrapped).toJson(QJsonDocument::Compact));
    return m_db.exec(u"INSERT INTO history (kind, row_id, field, value, hlc, replaced_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                     {kind, row, field, text, hlc, replacedBy, nowIso()});
}

QJsonObject ChangeLog::rowFields(const QString &kind, const QString &row)
{
    const KindSpec *spec = kindSpec(kind);
    if (!spec)
        return {};
    QSqlQuery &q = m_db.prepare(u"SELECT %1 FROM %2 WHERE id = ?"_s.arg(columnList(*spec), spec->table));
    QJsonObject o;
    if (m_db.exec(q, {row}) && q.next())
        for (int i = 0; i < spec->fields.size(); ++i)
            o.insert(spec->fields.at(i).name, columnToJson(q.value(i), spec->fields.at(i).type));
    q.finish();
    return o;
}

std::optional<QString> ChangeLog::classOf(const QString &kind, const QString &row)
{
    const KindSpec *spec = kindSpec(kind);
    if (!spec)
        return std::nullopt;
    const QVariant v = m_db.scalar(u"SELECT class_id FROM %1 WHERE id = ?"_s.arg(spec->table), {row});
    return v.isValid() ? std::optional<QString>(v.toString()) : std::nullopt;
}

const Signing::KeyPair &ChangeLog::deviceKeys()
{
    QMutexLocker lock(&m_clockMutex);
    if (m_keys.publicKey.isEmpty()) {
        // Made once per device, kept in the store: the device's changes are signed with it for life.
        m_keys.publicKey = QByteArray::fromBase64(m_db.meta(u"device_sign_pk"_s).toLatin1());
        m_keys.secretKey = QByteArray::fromBase64(m_db.meta(u"device_sign_sk"_s).toLatin1());
        if (m_keys.publicKey.isEmpty() || m_keys.secretKey.isEmpty()) {
            m_keys = Signing::newKeyPair();
            const Status stored = m_db.write([&]() -> Status {
                return m_db.setMeta(u"device_sign_pk"_s, QString::fromLatin1(m_keys.publicKey.toBase64()))
                        && m_db.setMeta(u"device_sign_sk"_s, QString::fromLatin1(m_keys.secretKey.toBase64()))
                    ? success() : m_db.sqlFailure(tr("Could not store the device key"));
            });
            // A key that is not kept must sign nothing: its signatures could never be checked again.
            if (!stored)
                m_keys = {};
        }
    }
    return m_keys;
}

Result<bool> ChangeLog::queueForRelay(const Change &change, const QString &relayedBy)
{
    Q_ASSERT(m_db.inTransaction());
    QSqlQuery &q = m_db.prepare(u"INSERT OR IGNORE INTO outbox (change_id, author, kind, body, created_at) VALUES (?, ?, ?, ?, ?)"_s);
    if (!m_db.exec(q, {change.id, relayedBy, change.kind, compact(change.toJson()), nowIso()}))
        return Result<bool>::failure(m_db.sqlFailure(tr("Could not queue the change for relay")).error());
    return q.numRowsAffected() > 0;
}

Change ChangeLog::signedByThisDevice(Change change)
{
    change.device = m_deviceId;
    change.signature.clear();
    change.signature = Signing::sign(change, deviceKeys().secretKey);
    return change;
}

QString ChangeLog::signWithThisDevice(const QByteArray &message)
{
    return Signing::signMessage(message, deviceKeys().secretKey);
}

QByteArray ChangeLog::devicePublicKey()
{
    return deviceKeys().publicKey;
}

QList<ChangeLog::Lost> ChangeLog::history(const QString &kind, const QString &row)
{
    QList<Lost> lost;
    QSqlQuery &q = m_db.prepare(u"SELECT field, value, hlc, replaced_by FROM history WHERE kind = ? AND row_id = ? ORDER BY id"_s);
    if (m_db.exec(q, {kind, row}))
        while (q.next())
            lost.append({q.value(0).toString(), QJsonDocument::fromJson(q.value(1).toString().toUtf8()).array().at(0),
                         q.value(2).toString(), q.value(3).toString()});
    q.finish();
    return lost;
}

QList<OutboxEntry> ChangeLog::outbox(const QString &author, const QString &state, int limit, const QString &readyAt,
                                     const QString &holdLimit)
{
    QList<OutboxEntry> entries;
    QString sql = u"SELECT seq, body, state, reason FROM outbox WHERE state = ?"_s;
    QVariantList values{state};
    if (!author.isEmpty()) {
        sql += u" AND author = ?"_s;
        values << author;
    }
    if (!readyAt.isEmpty() && !holdLimit.isEmpty()) {
        sql += u" AND (not_before IS NULL OR not_before <= ? OR not_before > ?)"_s;
        values << readyAt << holdLimit;
    } else if (!readyAt.isEmpty()) {
        sql += u" AND (not_before IS NULL OR not_before <= ?)"_s;
        values << readyAt;
    }
    sql += u" ORDER BY seq LIMIT ?"_s;
    values << limit;
    QSqlQuery &q = m_db.prepare(sql);
    if (m_db.exec(q, values)) {
        while (q.next()) {
            QString error;
            auto change = Change::fromJson(parseObject(q.value(1).toString()), &error);
            if (!change)
                continue;
            entries.append({q.value(0).toLongLong(), *change, q.value(2).toString(), q.value(3).toString()});
        }
    }
    q.finish();
    return entries;
}

int ChangeLog::count(const QString &state, const QString &author)
{
    return author.isEmpty() ? m_db.scalar(u"SELECT count(*) FROM outbox WHERE state = ?"_s, {state}).toInt()
                            : m_db.scalar(u"SELECT count(*) FROM outbox WHERE state = ? AND author = ?"_s, {state, author}).toInt();
}

Status ChangeLog::markSent(const QStringList &changeIds)
{
    return m_db.write([&]() -> Status {
        for (const QString &id : changeIds)
            if (!m_db.exec(u"UPDATE outbox SET state = 'sent', reason = NULL WHERE change_id = ? AND state = 'pending'"_s, {id}))
                return m_db.sqlFailure(tr("Could not update the outbox"));
        return success();
    });
}

Status ChangeLog::markDeferred(const QString &changeId, const QString &reason, const QString &notBefore)
{
    return m_db.write([&]() -> Status {
        if (!m_db.exec(u"UPDATE outbox SET reason = ?, not_before = ? WHERE change_id = ? AND state = 'pending'"_s,
                       {reason, notBefore.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(notBefore), changeId}))
            return m_db.sqlFailure(tr("Could not update the outbox"));
        return success();
    });
}

Status ChangeLog::markRejected(const QString &changeId, const QString &reason)
{
    return m_db.write([&]() -> Status {
        if (!m_db.exec(u"UPDATE outbox SET state = 'rejected', reason = ? WHERE change_id = ?"_s, {reason, changeId}))
            return m_db.sqlFailure(tr("Could not update the outbox"));
        return success();
    });
}

} // namespace Continuite
