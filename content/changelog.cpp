#include "content/changelog.h"

#include "content/database.h"
#include "sync/signing.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QHash>
#include <QSqlQuery>

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

bool sameValue(const QJsonValue &a, const QJsonValue &b)
{
    return a == b;
}
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
    auto merged = merge(*spec, c);
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

Result<QList<ApplyVerdict>> ChangeLog::applyAll(const QList<Change> &changes, qint64 maxAheadMs)
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
    for (const Change &c : changes) {
        const KindSpec *spec = kindSpec(c.kind);
        if (!spec)
            return R::failure(tr("Unknown kind of change: %1").arg(c.kind));
        auto v = merge(*spec, c);
        if (!v)
            return R::failure(v.error());
        verdicts << *v;
    }
    return verdicts;
}

Result<ApplyVerdict> ChangeLog::merge(const KindSpec &spec, const Change &change)
{
    // Recording the id first tells a replay apart in the same statement.
    QSqlQuery &seen = m_db.prepare(u"INSERT OR IGNORE INTO seen_changes (id) VALUES (?)"_s);
    if (!m_db.exec(seen, {change.id}))
        return Result<ApplyVerdict>::failure(m_db.sqlFailure(tr("Could not record the change")).error());
    if (seen.numRowsAffected() == 0)
        return ApplyVerdict::Duplicate;
    switch (spec.policy) {
    case MergePolicy::AppendOnly:
        return insertRow(spec, change, change.fields);
    case MergePolicy::FieldLastWriterWins:
    case MergePolicy::Monotone:
        // An indexed existence check is cheaper than binding a 10 KB row that would be ignored.
        if (!m_db.scalar(sqlFor(spec).exists, {change.row}).isValid())
            return insertRow(spec, change, change.fields);
        return spec.policy == MergePolicy::Monotone ? mergeMonotone(spec, change) : mergeFields(spec, change);
    }
    return ApplyVerdict::Duplicate;
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
        sql.exists = u"SELECT 1 FROM %1 WHERE id = ?"_s.arg(spec.table);
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
    QJsonObject clocks = parseObject(q.value(1).toString());
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
        const QString fieldHlc = clocks.value(f->name).toString(rowHlc);
        if (change.hlc > fieldHlc) {
            const QJsonValue old = current.value(f->name);
            if (!old.isNull() && !sameValue(old, it.value()) && !keepLoser(spec.kind, change.row, f->name, old, fieldHlc, change.hlc))
                return Result<ApplyVerdict>::failure(m_db.sqlFailure(tr("Could not keep the previous value")).error());
            assignments << f->name + u" = ?"_s;
            values << jsonToColumn(it.value(), f->type);
            clocks.insert(f->name, change.hlc);
        } else if (change.hlc < fieldHlc && !sameValue(current.value(f->name), it.value())) {
            if (!keepLoser(spec.kind, change.row, f->name, it.value(), change.hlc, fieldHlc))
                return Result<ApplyVerdict>::failure(m_db.sqlFailure(tr("Could not keep the losing value")).error());
        }
    }
    if (assignments.isEmpty())
        return ApplyVerdict::Applied; // every field lost: the losers are in history
    assignments << u"clocks = ?"_s << u"hlc = max(hlc, ?)"_s << u"author = CASE WHEN ? > hlc THEN ? ELSE author END"_s;
    values << compact(clocks) << change.hlc << change.hlc << change.author << change.row;
    if (!m_db.exec(u"UPDATE %1 SET %2 WHERE id = ?"_s.arg(spec.table, assignments.join(u", "_s)), values))
        return Result<ApplyVerdict>::failure(m_db.sqlFailure(tr("Could not save the %1").arg(spec.kind)).error());
    return ApplyVerdict::Applied;
}

Result<ApplyVerdict> ChangeLog::mergeMonotone(const KindSpec &spec, const Change &change)
{
    const QJsonObject existing = rowFields(spec.kind, change.row);
    if (existing.isEmpty())
        return insertRow(spec, change, change.fields);
    QJsonObject merged = existing;
    for (auto it = change.fields.constBegin(); it != change.fields.constEnd(); ++it) {
        const QString key = it.key();
        const QJsonValue mine = existing.value(key);
        const QJsonValue theirs = it.value();
        if (theirs.isNull())
            continue;
        if (theirs.isBool())
            merged.insert(key, mine.toBool() || theirs.toBool()); // completed stays completed
        else if (theirs.isDouble())
            merged.insert(key, std::max(mine.toDouble(), theirs.toDouble())); // time spent only grows
        else if (theirs.isString()) // first-seen times: the earliest wins; ISO 8601 UTC sorts as text
            merged.insert(key, mine.isString() && !mine.toString().isEmpty() && mine.toString() < theirs.toString() ? mine : theirs);
    }
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

QList<OutboxEntry> ChangeLog::outbox(const QString &author, const QString &state, int limit)
{
    QList<OutboxEntry> entries;
    QSqlQuery &q = m_db.prepare(author.isEmpty()
        ? u"SELECT seq, body, state, reason FROM outbox WHERE state = ? ORDER BY seq LIMIT ?"_s
        : u"SELECT seq, body, state, reason FROM outbox WHERE state = ? AND author = ? ORDER BY seq LIMIT ?"_s);
    const QVariantList values = author.isEmpty() ? QVariantList{state, limit} : QVariantList{state, author, limit};
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

Status ChangeLog::markRejected(const QString &changeId, const QString &reason)
{
    return m_db.write([&]() -> Status {
        if (!m_db.exec(u"UPDATE outbox SET state = 'rejected', reason = ? WHERE change_id = ?"_s, {reason, changeId}))
            return m_db.sqlFailure(tr("Could not update the outbox"));
        return success();
    });
}

} // namespace Continuite
