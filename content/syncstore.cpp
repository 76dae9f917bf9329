// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "content/syncstore.h"

#include "content/changelog.h"
#include "content/database.h"

#include <QDateTime>
#include <QSqlQuery>

namespace Continuite {

using namespace Qt::StringLiterals;

namespace {
QString directionName(QueuedFile::Direction direction)
{
    return direction == QueuedFile::Up ? u"up"_s : u"down"_s;
}
} // namespace

QString mediaPolicyName(MediaPolicy policy)
{
    switch (policy) {
    case MediaPolicy::Never:
        return u"never"_s;
    case MediaPolicy::UnmeteredOnly:
        return u"unmetered"_s;
    case MediaPolicy::Always:
        return u"always"_s;
    }
    return u"always"_s;
}

std::optional<MediaPolicy> mediaPolicyFromName(QStringView name)
{
    if (name == u"never")
        return MediaPolicy::Never;
    if (name == u"unmetered")
        return MediaPolicy::UnmeteredOnly;
    if (name == u"always")
        return MediaPolicy::Always;
    return std::nullopt;
}

SyncStore::SyncStore(Database &db)
    : m_db(db)
{
}

std::optional<SyncState> SyncStore::state(const QString &profileId)
{
    QSqlQuery &q = m_db.prepare(u"SELECT hub, token, cursor, coalesce(last_sync, ''), coalesce(last_error, ''), media_policy, "
                                "monthly_cap_mb, rate_cap, usage_month, usage_bytes, last_seen_until, hub_protocol FROM sync_state WHERE profile_id = ?"_s);
    std::optional<SyncState> s;
    if (m_db.exec(q, {profileId}) && q.next()) {
        SyncState st;
        st.profileId = profileId;
        st.hub = q.value(0).toString();
        st.token = q.value(1).toString();
        st.cursor = q.value(2).toString();
        st.lastSync = q.value(3).toString();
        st.lastError = q.value(4).toString();
        st.policy.media = mediaPolicyFromName(q.value(5).toString()).value_or(MediaPolicy::Always);
        st.policy.monthlyCapMB = q.value(6).toLongLong();
        st.policy.rateCapBytesPerSecond = q.value(7).toLongLong();
        st.usageMonth = q.value(8).toString();
        st.usageBytes = q.value(9).toLongLong();
        st.lastSeenUntil = q.value(10).toString();
        st.hubProtocol = q.value(11).toInt();
        s = st;
    }
    q.finish();
    return s;
}

Status SyncStore::saveSignIn(const QString &profileId, const QString &hub, const QString &token)
{
    return m_db.write([&]() -> Status {
        const auto old = state(profileId);
        const bool sameHub = old && old->hub == hub;
        if (!m_db.exec(u"INSERT INTO sync_state (profile_id, hub, token, cursor) VALUES (?, ?, ?, '') "
                       "ON CONFLICT (profile_id) DO UPDATE SET hub = excluded.hub, token = excluded.token, "
                       "cursor = CASE WHEN ? THEN sync_state.cursor ELSE '' END, "
                       "last_seen_until = CASE WHEN ? THEN sync_state.last_seen_until ELSE '' END, "
                       "hub_protocol = CASE WHEN ? THEN sync_state.hub_protocol ELSE 0 END, last_error = NULL"_s,
                       {profileId, hub, token, sameHub ? 1 : 0, sameHub ? 1 : 0, sameHub ? 1 : 0}))
            return m_db.sqlFailure(tr("Could not keep the sign-in"));
        return success();
    });
}

Status SyncStore::setPolicy(const QString &profileId, const DataPolicy &policy)
{
    if (policy.monthlyCapMB < 0 || policy.rateCapBytesPerSecond < 0)
        return Status::failure(tr("A cap cannot be negative."));
    return m_db.write([&]() -> Status {
        if (!m_db.exec(u"UPDATE sync_state SET media_policy = ?, monthly_cap_mb = ?, rate_cap = ? WHERE profile_id = ?"_s,
                       {mediaPolicyName(policy.media), policy.monthlyCapMB, policy.rateCapBytesPerSecond, profileId}))
            return m_db.sqlFailure(tr("Could not save the data policy"));
        if (m_db.scalar(u"SELECT changes()"_s).toInt() == 0)
            return Status::failure(tr("Sign in to a hub first (login)."));
        return success();
    });
}

Status SyncStore::setCursor(const QString &profileId, const QString &cursor)
{
    return m_db.write([&]() -> Status {
        return m_db.exec(u"UPDATE sync_state SET cursor = ? WHERE profile_id = ?"_s, {cursor, profileId})
            ? success() : m_db.sqlFailure(tr("Could not record how far the sync got"));
    });
}

Status SyncStore::setLastSeenUntil(const QString &profileId, const QString &until)
{
    return m_db.write([&]() -> Status {
        return m_db.exec(u"UPDATE sync_state SET last_seen_until = ? WHERE profile_id = ?"_s, {until, profileId})
            ? success() : m_db.sqlFailure(tr("Could not record how far the sync got"));
    });
}

Status SyncStore::setHubProtocol(const QString &profileId, int protocol)
{
    return m_db.write([&]() -> Status {
        return m_db.exec(u"UPDATE sync_state SET hub_protocol = ? WHERE profile_id = ?"_s, {protocol, profileId})
            ? success() : m_db.sqlFailure(tr("Could not record how far the sync got"));
    });
}

Status SyncStore::recordAttempt(const QString &profileId, const QString &now, const QString &error, const QString &month,
                                qint64 usageBytes, bool recordsComplete)
{
    return m_db.write([&]() -> Status {
        const bool ok = m_db.exec(u"UPDATE sync_state SET last_attempt = ?, last_error = ?, usage_month = ?, usage_bytes = ?, "
                                  "last_sync = CASE WHEN ? THEN ? ELSE last_sync END WHERE profile_id = ?"_s,
                                  {now, error.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(error), month,
                                   usageBytes, recordsComplete ? 1 : 0, now, profileId});
        return ok ? success() : m_db.sqlFailure(tr("Could not record the sync"));
    });
}

Status SyncStore::queueFile(const QString &profileId, const Attachment &file, QueuedFile::Direction direction,
                            const QString &now)
{
    return m_db.write([&]() -> Status {
        return m_db.exec(u"INSERT OR IGNORE INTO media_queue (profile_id, sha256, direction, size, mime, queued_at) "
                         "VALUES (?, ?, ?, ?, ?, ?)"_s,
                         {profileId, file.sha256, directionName(direction), file.size, file.mime, now})
            ? success()
            : m_db.sqlFailure(direction == QueuedFile::Up ? tr("Could not queue a file for sending")
                                                          : tr("Could not queue a file for download"));
    });
}

QList<QueuedFile> SyncStore::queuedFiles(const QString &profileId)
{
    QList<QueuedFile> files;
    QSqlQuery &q = m_db.prepare(u"SELECT sha256, direction, size FROM media_queue WHERE profile_id = ? "
                                "ORDER BY size, direction DESC, sha256"_s);
    if (m_db.exec(q, {profileId}))
        while (q.next())
            files.append({q.value(0).toString(), q.value(1).toString() == u"up"_s ? QueuedFile::Up : QueuedFile::Down,
                          q.value(2).toLongLong()});
    q.finish();
    return files;
}

int SyncStore::queuedFileCount(const QString &profileId)
{
    return m_db.scalar(u"SELECT count(*) FROM media_queue WHERE profile_id = ?"_s, {profileId}).toInt();
}

Status SyncStore::dequeueFile(const QString &profileId, const QString &sha256, QueuedFile::Direction direction)
{
    return m_db.write([&]() -> Status {
        return m_db.exec(u"DELETE FROM media_queue WHERE profile_id = ? AND sha256 = ? AND direction = ?"_s,
                         {profileId, sha256, directionName(direction)})
            ? success() : m_db.sqlFailure(tr("Could not update the file queue"));
    });
}

Status SyncStore::noteFileFailure(const QString &profileId, const QString &sha256, QueuedFile::Direction direction,
                                  const QString &why)
{
    return m_db.write([&]() -> Status {
        return m_db.exec(u"UPDATE media_queue SET attempts = attempts + 1, last_error = ? WHERE profile_id = ? AND sha256 = ? "
                         "AND direction = ?"_s,
                         {why, profileId, sha256, directionName(direction)})
            ? success() : m_db.sqlFailure(tr("Could not update the file queue"));
    });
}

Status SyncStore::recordFile(const QString &sha256, qint64 size, const QString &mime)
{
    return m_db.write([&]() -> Status {
        return m_db.exec(u"INSERT OR IGNORE INTO media (sha256, size, mime, created_at) VALUES (?, ?, ?, ?)"_s,
                         {sha256, size, mime, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)})
            ? success() : m_db.sqlFailure(tr("Could not record a file"));
    });
}

QString SyncStore::fileMime(const QString &sha256)
{
    return m_db.scalar(u"SELECT mime FROM media WHERE sha256 = ?"_s, {sha256}).toString();
}

Status SyncStore::recordReceived(const QString &submissionId, const QString &received)
{
    return m_db.write([&]() -> Status {
        return m_db.exec(u"UPDATE submissions SET received_at = ? WHERE id = ? AND received_at IS NULL"_s,
                         {received, submissionId})
            ? success() : m_db.sqlFailure(tr("Could not record when the hub received a submission"));
    });
}

SyncStore::DeviceKey SyncStore::pinnedKey(const QString &device, const QString &person)
{
    const QVariant key = m_db.scalar(u"SELECT public_key FROM pinned_keys WHERE device = ? AND person = ?"_s, {device, person});
    if (!key.isValid())
        return {};
    return DeviceKey{person, QByteArray::fromBase64(key.toString().toLatin1())};
}

bool SyncStore::deviceHasAnotherKey(const QString &device, const QByteArray &publicKey)
{
    return m_db.scalar(u"SELECT 1 FROM pinned_keys WHERE device = ? AND public_key <> ?"_s,
                       {device, QString::fromLatin1(publicKey.toBase64())}).isValid();
}

Status SyncStore::pinKey(const QString &device, const QString &person, const QByteArray &publicKey)
{
    return m_db.write([&]() -> Status {
        return m_db.exec(u"INSERT INTO pinned_keys (device, person, public_key) VALUES (?, ?, ?) "
                         "ON CONFLICT (device, person) DO UPDATE SET public_key = excluded.public_key"_s,
                         {device, person, QString::fromLatin1(publicKey.toBase64())})
            ? success() : m_db.sqlFailure(tr("Could not remember the device keys"));
    });
}

bool SyncStore::knowsADeviceOf(const QString &person)
{
    return m_db.scalar(u"SELECT 1 FROM pinned_keys WHERE person = ?"_s, {person}).isValid();
}

Result<QList<SyncStore::RowState>> SyncStore::rowStates(const QString &kind, const RowSelection &which)
{
    using R = Result<QList<RowState>>;
    const KindSpec *spec = kindSpec(kind);
    if (!spec)
        return R::failure(tr("Could not read the %1 rows").arg(kind));
    QStringList where;
    QVariantList values;
    auto match = [&](const QString &column, const QString &value) {
        if (value.isEmpty())
            return;
        where << column + u" = ?"_s;
        values << value;
    };
    match(u"id"_s, which.id);
    match(u"class_id"_s, which.classId);
    match(u"role"_s, which.role);
    match(u"person"_s, which.person);
    match(u"student"_s, which.student);
    if (which.publishedOnly)
        where << u"status = 'published'"_s;
    if (which.liveOnly)
        where << u"deleted = 0"_s;
    QSqlQuery &q = m_db.prepare(u"SELECT id, class_id, hlc, %1 FROM %2%3 ORDER BY hlc"_s.arg(
        spec->fieldNames().join(u", "_s), spec->table, where.isEmpty() ? QString() : u" WHERE "_s + where.join(u" AND "_s)));
    if (!m_db.exec(q, values))
        return R::failure(m_db.sqlFailure(tr("Could not read the %1 rows").arg(kind)).error());
    QList<RowState> rows;
    while (q.next()) {
        RowState r{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), {}};
        for (int i = 0; i < spec->fields.size(); ++i)
            if (!q.value(3 + i).isNull()) // absent stays absent
                r.fields.insert(spec->fields.at(i).name, columnToJson(q.value(3 + i), spec->fields.at(i).type));
        rows.append(r);
    }
    q.finish();
    return rows;
}

} // namespace Continuite
