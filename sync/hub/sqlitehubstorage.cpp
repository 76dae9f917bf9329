// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "sync/hub/sqlitehubstorage.h"

#include "sync/hub/hublog.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <unordered_map>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace Continuite::Hub {

using namespace Qt::StringLiterals;

struct SqliteConnection
{
    QString name;
    QSqlDatabase db;
    QHash<QString, std::shared_ptr<QSqlQuery>> statements;

    ~SqliteConnection()
    {
        statements.clear();
        if (db.isValid())
            db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
};

namespace {

std::atomic<quint64> g_nextInstance{1};
// Per thread: storage instance -> its connection on this thread. Instance numbers are never reused,
// so an entry left by a destroyed storage is never looked up again.
thread_local std::unordered_map<quint64, SqliteConnection *> t_connections;

QVariant nullable(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

QString jsonText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObject(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

class SqliteTransaction final : public HubTransaction
{
public:
    explicit SqliteTransaction(SqliteConnection &conn)
        : m_conn(conn)
    {
    }

    QSqlQuery &prepare(const QString &sql)
    {
        auto it = m_conn.statements.find(sql);
        if (it == m_conn.statements.end()) {
            auto q = std::make_shared<QSqlQuery>(m_conn.db);
            if (!q->prepare(sql))
                throw StorageError("prepare failed: " + q->lastError().text().toStdString());
            it = m_conn.statements.insert(sql, q);
        }
        return **it;
    }

    QSqlQuery &exec(const QString &sql, const QVariantList &values)
    {
        QSqlQuery &q = prepare(sql);
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        if (!q.exec())
            throw StorageError("query failed: " + q.lastError().text().toStdString());
        return q;
    }

    static Account accountFrom(QSqlQuery &q, int at = 0)
    {
        return Account{q.value(at).toString(), q.value(at + 1).toString(), q.value(at + 2).toString(),
                       q.value(at + 3).toString(), q.value(at + 4).toByteArray()};
    }

    std::optional<Account> accountById(const QString &id) override
    {
        QSqlQuery &q = exec(u"SELECT id, login, display_name, role, secret_hash FROM accounts WHERE id = ?"_s, {id});
        std::optional<Account> a;
        if (q.next())
            a = accountFrom(q);
        q.finish();
        return a;
    }

    std::optional<Account> accountByLogin(const QString &login) override
    {
        QSqlQuery &q = exec(u"SELECT id, login, display_name, role, secret_hash FROM accounts WHERE login = ?"_s, {login});
        std::optional<Account> a;
        if (q.next())
            a = accountFrom(q);
        q.finish();
        return a;
    }

    void putAccount(const Account &a) override
    {
        exec(u"INSERT INTO accounts(id, login, display_name, role, secret_hash) VALUES(?,?,?,?,?) "
             "ON CONFLICT(id) DO UPDATE SET login = excluded.login, display_name = excluded.display_name, "
             "role = excluded.role, secret_hash = excluded.secret_hash"_s,
             {a.id, nullable(a.login), a.displayName.isNull() ? u""_s : a.displayName, a.role, a.secretHash})
            .finish();
    }

    QList<Account> accounts() override
    {
        QSqlQuery &q = exec(u"SELECT id, login, display_name, role, secret_hash FROM accounts ORDER BY role, login"_s, {});
        QList<Account> list;
        while (q.next())
            list << accountFrom(q);
        q.finish();
        return list;
    }

    void putAccountCreator(const QString &person, const QString &teacher) override
    {
        exec(u"INSERT OR IGNORE INTO account_creators(person, created_by) VALUES(?,?)"_s, {person, teacher}).finish();
    }

    int accountsCreatedBy(const QString &teacher) override
    {
        QSqlQuery &q = exec(u"SELECT count(*) FROM account_creators WHERE created_by = ?"_s, {teacher});
        const int n = q.next() ? q.value(0).toInt() : 0;
        q.finish();
        return n;
    }

    QString accountCreator(const QString &person) override
    {
        QSqlQuery &q = exec(u"SELECT created_by FROM account_creators WHERE person = ?"_s, {person});
        const QString creator = q.next() ? q.value(0).toString() : QString();
        q.finish();
        return creator;
    }

    void putDevice(const DeviceRecord &d) override
    {
        exec(u"INSERT OR REPLACE INTO devices(device_id, person, name, token_hash, public_key, created, last_seen, revoked) "
             "VALUES(?,?,?,?,?,?,?,?)"_s,
             {d.deviceId, d.person, d.name, d.tokenHash, d.publicKey, d.created, d.lastSeen, d.revoked ? 1 : 0})
            .finish();
    }

    std::optional<Session> sessionByTokenHash(const QByteArray &hash) override
    {
        QSqlQuery &q = exec(u"SELECT a.id, a.login, a.display_name, a.role, a.secret_hash, d.device_id, d.last_seen, d.revoked "
                            "FROM devices d JOIN accounts a ON a.id = d.person WHERE d.token_hash = ?"_s,
                            {hash});
        std::optional<Session> s;
        if (q.next())
            s = Session{accountFrom(q), q.value(5).toString(), q.value(6).toString(), q.value(7).toBool(), {}};
        q.finish();
        return s;
    }

    void touchDevice(const QString &deviceId, const QString &person, const QString &when) override
    {
        exec(u"UPDATE devices SET last_seen = ? WHERE device_id = ? AND person = ?"_s, {when, deviceId, person}).finish();
    }

    QList<DeviceRecord> devicesOf(const QStringList &persons) override
    {
        QList<DeviceRecord> list;
        for (const QString &p : persons) {
            QSqlQuery &q = exec(u"SELECT device_id, person, name, public_key, created, last_seen, revoked FROM devices "
                                "WHERE person = ? ORDER BY created"_s,
                                {p});
            while (q.next()) {
                DeviceRecord d;
                d.deviceId = q.value(0).toString();
                d.person = q.value(1).toString();
                d.name = q.value(2).toString();
                d.publicKey = q.value(3).toByteArray();
                d.created = q.value(4).toString();
                d.lastSeen = q.value(5).toString();
                d.revoked = q.value(6).toBool();
                list << d;
            }
            q.finish();
        }
        return list;
    }

    bool revokeDevice(const QString &deviceId, const QString &person) override
    {
        QSqlQuery &q = exec(u"UPDATE devices SET revoked = 1 WHERE device_id = ? AND person = ? AND revoked = 0"_s, {deviceId, person});
        const bool changed = q.numRowsAffected() > 0;
        q.finish();
        return changed;
    }

    int endSessionsOf(const QString &person) override
    {
        // A token hash is 32 bytes: this longer, unique value is never one. It keeps the hash, in hex, for the device
        // cookie (HubEngine::login): the device still shows it signed in before (a review of session 14, finding 5).
        QSqlQuery &q = exec(u"UPDATE devices SET token_hash = CAST('ended:' || lower(hex(token_hash)) AS BLOB) "
                            "WHERE person = ? AND length(token_hash) = 32"_s,
                            {person});
        const int n = q.numRowsAffected();
        q.finish();
        return n;
    }

    QList<VouchedKey> vouchedKeys(const QString &deviceId, const QString &person) override
    {
        QSqlQuery &q = exec(u"SELECT public_key, vouched_by, vouched_by_device, vouched_at, revoked FROM vouched_keys "
                            "WHERE device_id = ? AND person = ? ORDER BY vouched_at"_s,
                            {deviceId, person});
        QList<VouchedKey> list;
        while (q.next())
            list << VouchedKey{deviceId, person, q.value(0).toByteArray(), q.value(1).toString(), q.value(2).toString(),
                               q.value(3).toString(), q.value(4).toBool()};
        q.finish();
        return list;
    }

    void putVouchedKey(const VouchedKey &k) override
    {
        exec(u"INSERT OR IGNORE INTO vouched_keys(device_id, person, public_key, vouched_by, vouched_by_device, vouched_at) "
             "VALUES(?,?,?,?,?,?)"_s,
             {k.deviceId, k.person, k.publicKey, k.vouchedBy, k.vouchedByDevice, k.vouchedAt})
            .finish();
        exec(u"INSERT OR IGNORE INTO vouchers(device_id, person, public_key, vouched_by, vouched_by_device, vouched_at) "
             "VALUES(?,?,?,?,?,?)"_s,
             {k.deviceId, k.person, k.publicKey, k.vouchedBy, k.vouchedByDevice, k.vouchedAt})
            .finish();
    }

    QStringList vouchers(const QString &deviceId, const QString &person, const QByteArray &publicKey) override
    {
        QSqlQuery &q = exec(u"SELECT vouched_by FROM vouchers WHERE device_id = ? AND person = ? AND public_key = ? "
                            "ORDER BY vouched_at, vouched_by"_s,
                            {deviceId, person, publicKey});
        QStringList list;
        while (q.next())
            list << q.value(0).toString();
        q.finish();
        return list;
    }

    bool revokeVouchedKey(const QString &deviceId, const QString &person, const QByteArray &publicKey) override
    {
        QSqlQuery &q = publicKey.isEmpty()
            ? exec(u"UPDATE vouched_keys SET revoked = 1 WHERE device_id = ? AND person = ? AND revoked = 0"_s, {deviceId, person})
            : exec(u"UPDATE vouched_keys SET revoked = 1 WHERE device_id = ? AND person = ? AND public_key = ? AND revoked = 0"_s,
                   {deviceId, person, publicKey});
        const bool changed = q.numRowsAffected() > 0;
        q.finish();
        return changed;
    }

    int vouchesBy(const QString &teacher, const QString &person) override
    {
        QSqlQuery &q = exec(u"SELECT count(*) FROM vouchers v JOIN vouched_keys k ON k.device_id = v.device_id AND "
                            "k.person = v.person AND k.public_key = v.public_key WHERE v.vouched_by = ? AND v.person = ? AND k.revoked = 0"_s,
                            {teacher, person});
        const int n = q.next() ? q.value(0).toInt() : 0;
        q.finish();
        return n;
    }

    QList<VouchedKey> vouchedKeysOf(const QStringList &persons) override
    {
        QList<VouchedKey> list;
        for (const QString &p : persons) {
            QSqlQuery &q = exec(u"SELECT device_id, public_key, vouched_by, vouched_by_device, vouched_at, revoked "
                                "FROM vouched_keys WHERE person = ? ORDER BY vouched_at"_s,
                                {p});
            while (q.next())
                list << VouchedKey{q.value(0).toString(), p, q.value(1).toByteArray(), q.value(2).toString(),
                                   q.value(3).toString(), q.value(4).toString(), q.value(5).toBool()};
            q.finish();
        }
        return list;
    }

    QList<VouchedKey> vouchersOf(const QStringList &persons) override
    {
        // Through vouched_keys(person): vouchers has no index that starts with the person.
        QList<VouchedKey> list;
        for (const QString &p : persons) {
            QSqlQuery &q = exec(u"SELECT v.device_id, v.public_key, v.vouched_by, v.vouched_by_device, v.vouched_at "
                                "FROM vouched_keys k JOIN vouchers v ON v.device_id = k.device_id AND v.person = k.person "
                                "AND v.public_key = k.public_key WHERE k.person = ?"_s,
                                {p});
            while (q.next())
                list << VouchedKey{q.value(0).toString(), p, q.value(1).toByteArray(), q.value(2).toString(),
                                   q.value(3).toString(), q.value(4).toString(), false};
            q.finish();
        }
        return list;
    }

    std::optional<Membership> membership(const QString &classId, const QString &person) override
    {
        QSqlQuery &q = exec(u"SELECT role, joined_seq FROM memberships WHERE class_id = ? AND person = ?"_s, {classId, person});
        std::optional<Membership> m;
        if (q.next())
            m = Membership{classId, person, q.value(0).toString(), q.value(1).toLongLong()};
        q.finish();
        return m;
    }

    void putMembership(const Membership &m) override
    {
        exec(u"INSERT INTO memberships(class_id, person, role, joined_seq) VALUES(?,?,?,?) "
             "ON CONFLICT(class_id, person) DO UPDATE SET role = excluded.role"_s,
             {m.classId, m.person, m.role, m.joinedSeq})
            .finish();
    }

    void removeMembership(const QString &classId, const QString &person) override
    {
        exec(u"DELETE FROM memberships WHERE class_id = ? AND person = ?"_s, {classId, person}).finish();
    }

    QList<Membership> membershipsOf(const QString &person) override
    {
        QSqlQuery &q = exec(u"SELECT class_id, role, joined_seq FROM memberships WHERE person = ? ORDER BY joined_seq"_s, {person});
        QList<Membership> list;
        while (q.next())
            list << Membership{q.value(0).toString(), person, q.value(1).toString(), q.value(2).toLongLong()};
        q.finish();
        return list;
    }

    int liveMemberRows(const QString &classId, const QString &person) override
    {
        QSqlQuery &q = exec(u"SELECT count(*) FROM rows WHERE kind = 'member' AND class_id = ? AND deleted = 0 "
                            "AND json_extract(fields, '$.person') = ?"_s,
                            {classId, person});
        const int n = q.next() ? q.value(0).toInt() : 0;
        q.finish();
        return n;
    }

    QStringList studentsTaughtBy(const QString &teacher) override
    {
        QSqlQuery &q = exec(u"SELECT DISTINCT s.person FROM memberships t JOIN memberships s ON s.class_id = t.class_id "
                            "WHERE t.person = ? AND t.role = 'teacher' AND s.role = 'student'"_s,
                            {teacher});
        QStringList list;
        while (q.next())
            list << q.value(0).toString();
        q.finish();
        return list;
    }

    QHash<QString, QString> studentsLastSeen(const QString &teacher, const QString &after) override
    {
        QSqlQuery &q = exec(u"SELECT d.person, max(d.last_seen) FROM memberships t "
                            "JOIN memberships s ON s.class_id = t.class_id AND s.role = 'student' "
                            "JOIN devices d ON d.person = s.person AND d.revoked = 0 "
                            "WHERE t.person = ? AND t.role = 'teacher' GROUP BY d.person HAVING max(d.last_seen) > coalesce(?, '')"_s,
                            {teacher, after});
        QHash<QString, QString> seen;
        while (q.next())
            seen.insert(q.value(0).toString(), q.value(1).toString());
        q.finish();
        return seen;
    }

    std::optional<RowState> row(const QString &kind, const QString &id) override
    {
        QSqlQuery &q = exec(u"SELECT class_id, audience, status, ever_published, deleted, hlc, last_seq, fields, field_hlcs "
                            "FROM rows WHERE kind = ? AND id = ?"_s,
                            {kind, id});
        std::optional<RowState> r;
        if (q.next()) {
            r = RowState{kind, id, q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toBool(),
                         q.value(4).toBool(), q.value(5).toString(), q.value(6).toLongLong(), jsonObject(q.value(7)),
                         jsonObject(q.value(8))};
        }
        q.finish();
        return r;
    }

    void putRow(const RowState &r) override
    {
        exec(u"INSERT OR REPLACE INTO rows(kind, id, class_id, audience, status, ever_published, deleted, hlc, last_seq, fields, field_hlcs) "
             "VALUES(?,?,?,?,?,?,?,?,?,?,?)"_s,
             {r.kind, r.id, r.classId, nullable(r.audience), r.status, r.everPublished ? 1 : 0, r.deleted ? 1 : 0, r.hlc,
              r.lastSeq, jsonText(r.fields), jsonText(r.fieldHlcs)})
            .finish();
    }

    void addHistory(const QString &kind, const QString &row, const QString &field, const QJsonValue &value,
                    const QString &hlc, const QString &changeId) override
    {
        const QString text = QString::fromUtf8(QJsonDocument(QJsonObject{{u"v"_s, value}}).toJson(QJsonDocument::Compact));
        exec(u"INSERT INTO history(kind, row_id, field, value, hlc, change_id) VALUES(?,?,?,?,?,?)"_s,
             {kind, row, field, text, hlc, changeId})
            .finish();
    }

    int historyCount(const QString &kind, const QString &row) override
    {
        QSqlQuery &q = exec(u"SELECT count(*) FROM history WHERE kind = ? AND row_id = ?"_s, {kind, row});
        const int n = q.next() ? q.value(0).toInt() : 0;
        q.finish();
        return n;
    }

    std::optional<Verdict> verdict(const QString &changeId) override
    {
        // The reception time is the log's: a replayed change learns it as the first answer told it.
        QSqlQuery &q = exec(u"SELECT v.status, v.reason, v.seq, c.received, v.digest FROM verdicts v "
                            "LEFT JOIN changes c ON c.seq = v.seq WHERE v.change_id = ?"_s,
                            {changeId});
        std::optional<Verdict> v;
        if (q.next())
            v = Verdict{q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString(), true,
                        q.value(4).toByteArray()};
        q.finish();
        return v;
    }

    void putVerdict(const QString &changeId, const Verdict &v) override
    {
        // Replaces a rejection kept for another change that had claimed the same id (HubEngine::apply).
        exec(u"INSERT OR REPLACE INTO verdicts(change_id, status, reason, seq, digest) VALUES(?,?,?,?,?)"_s,
             {changeId, v.status, nullable(v.reason), v.seq, v.digest.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(v.digest)})
            .finish();
    }

    qint64 appendChange(const LogEntry &e) override
    {
        QSqlQuery &q = exec(u"INSERT INTO changes(change_id, kind, row_id, class_id, audience, author, device, received, body) "
                            "VALUES(?,?,?,?,?,?,?,?,?)"_s,
                            {e.changeId, e.kind, e.row, e.classId, nullable(e.audience), e.author, e.device, e.received, e.body});
        const qint64 seq = q.lastInsertId().toLongLong();
        q.finish();
        return seq;
    }

    QList<LogEntry> changesAfter(const LogPosition &after, const LogPosition &upTo, const QStringList &classIds,
                                 const QString &audience, int limit) override
    {
        // One writer: every entry is at (0, seq). Nothing is after a position with an xid; a bound with one bounds nothing.
        QList<LogEntry> list;
        if (classIds.isEmpty() || after.xid > 0)
            return list;
        QString sql = u"SELECT seq, change_id, kind, row_id, class_id, audience, author, device, received, body FROM changes "
                      "WHERE seq > ?"_s;
        QVariantList values{after.seq};
        if (upTo.xid == 0) {
            sql += u" AND seq <= ?"_s;
            values << upTo.seq;
        }
        sql += u" AND class_id IN (?"_s + u",?"_s.repeated(classIds.size() - 1) + u')';
        for (const QString &c : classIds)
            values << c;
        if (!audience.isEmpty()) {
            sql += u" AND (audience IS NULL OR audience = ?)"_s;
            values << audience;
        }
        sql += u" ORDER BY seq LIMIT ?"_s;
        values << limit;
        QSqlQuery &q = exec(sql, values);
        while (q.next()) {
            list << LogEntry{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                             q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString(),
                             q.value(8).toString(), q.value(9).toByteArray()};
        }
        q.finish();
        return list;
    }

    qint64 lastSeq() override
    {
        QSqlQuery &q = exec(u"SELECT coalesce(max(seq), 0) FROM changes"_s, {});
        const qint64 s = q.next() ? q.value(0).toLongLong() : 0;
        q.finish();
        return s;
    }

    std::optional<BlobInfo> blob(const QString &sha256) override
    {
        QSqlQuery &q = exec(u"SELECT size, owner FROM blobs WHERE sha256 = ?"_s, {sha256});
        std::optional<BlobInfo> b;
        if (q.next())
            b = BlobInfo{sha256, q.value(0).toLongLong(), q.value(1).toString()};
        q.finish();
        return b;
    }

    void putBlob(const BlobInfo &b) override
    {
        exec(u"INSERT OR IGNORE INTO blobs(sha256, size, owner) VALUES(?,?,?)"_s, {b.sha256, b.size, b.owner}).finish();
    }

    qint64 bytesOwnedBy(const QString &person) override
    {
        QSqlQuery &q = exec(u"SELECT (SELECT coalesce(sum(size), 0) FROM blobs WHERE owner = ?) "
                            "+ (SELECT coalesce(sum(size), 0) FROM blob_holders WHERE person = ?)"_s,
                            {person, person});
        const qint64 n = q.next() ? q.value(0).toLongLong() : 0;
        q.finish();
        return n;
    }

    qint64 recordBytesOf(const QString &person) override
    {
        QSqlQuery &q = exec(u"SELECT bytes FROM record_usage WHERE person = ?"_s, {person});
        const qint64 n = q.next() ? q.value(0).toLongLong() : 0;
        q.finish();
        return n;
    }

    void addRecordBytes(const QString &person, qint64 bytes) override
    {
        exec(u"INSERT INTO record_usage(person, bytes) VALUES(?, ?) "
             "ON CONFLICT(person) DO UPDATE SET bytes = bytes + excluded.bytes"_s,
             {person, bytes}).finish();
    }

    void resetRecordBytes(const QString &person) override
    {
        exec(u"DELETE FROM record_usage WHERE person = ?"_s, {person}).finish();
    }

    qint64 counterBytes(const QString &counter) override
    {
        QSqlQuery &q = exec(u"SELECT bytes FROM shared_usage WHERE counter = ?"_s, {counter});
        const qint64 n = q.next() ? q.value(0).toLongLong() : 0;
        q.finish();
        return n;
    }

    void addCounterBytes(const QString &counter, qint64 bytes) override
    {
        exec(u"INSERT INTO shared_usage(counter, bytes) VALUES(?, ?) "
             "ON CONFLICT(counter) DO UPDATE SET bytes = bytes + excluded.bytes"_s,
             {counter, bytes}).finish();
    }

    void resetCounterBytes(const QString &counter) override
    {
        exec(u"DELETE FROM shared_usage WHERE counter = ?"_s, {counter}).finish();
    }

    bool isBlobHolder(const QString &sha256, const QString &person) override
    {
        QSqlQuery &q = exec(u"SELECT 1 FROM blob_holders WHERE sha256 = ? AND person = ?"_s, {sha256, person});
        const bool found = q.next();
        q.finish();
        return found;
    }

    void putBlobHolder(const QString &sha256, const QString &person, qint64 size) override
    {
        exec(u"INSERT OR IGNORE INTO blob_holders(sha256, person, size) VALUES(?,?,?)"_s, {sha256, person, size}).finish();
    }

    void setBlobRefs(const QString &kind, const QString &row, const QStringList &sha256s) override
    {
        exec(u"DELETE FROM blob_refs WHERE kind = ? AND row_id = ?"_s, {kind, row}).finish();
        for (const QString &s : sha256s)
            exec(u"INSERT OR IGNORE INTO blob_refs(sha256, kind, row_id) VALUES(?,?,?)"_s, {s, kind, row}).finish();
    }

    void setUngrantedBlobRefs(const QString &kind, const QString &row, const QString &author,
                              const QStringList &sha256s) override
    {
        exec(u"DELETE FROM ungranted_blob_refs WHERE kind = ? AND row_id = ?"_s, {kind, row}).finish();
        for (const QString &s : sha256s)
            exec(u"INSERT OR REPLACE INTO ungranted_blob_refs(sha256, kind, row_id, author) VALUES(?,?,?,?)"_s,
                 {s, kind, row, author})
                .finish();
    }

    QList<BlobRef> ungrantedBlobRefs(const QString &author, const QString &sha256) override
    {
        QSqlQuery &q = exec(u"SELECT kind, row_id FROM ungranted_blob_refs WHERE author = ? AND sha256 = ?"_s, {author, sha256});
        QList<BlobRef> list;
        while (q.next())
            list << BlobRef{q.value(0).toString(), q.value(1).toString()};
        q.finish();
        return list;
    }

    void grantBlobRef(const QString &sha256, const BlobRef &ref) override
    {
        exec(u"DELETE FROM ungranted_blob_refs WHERE sha256 = ? AND kind = ? AND row_id = ?"_s, {sha256, ref.kind, ref.row}).finish();
        exec(u"INSERT OR IGNORE INTO blob_refs(sha256, kind, row_id) VALUES(?,?,?)"_s, {sha256, ref.kind, ref.row}).finish();
    }

    QList<BlobRef> blobRefsIn(const QString &sha256, const QString &person, const QString &audience, int limit) override
    {
        QSqlQuery &q = exec(u"SELECT r.kind, r.row_id FROM blob_refs r "
                            "JOIN rows w ON w.kind = r.kind AND w.id = r.row_id "
                            "JOIN memberships m ON m.class_id = w.class_id AND m.person = ? "
                            "WHERE r.sha256 = ? AND (coalesce(?, '') = '' OR w.audience IS NULL OR w.audience = ?) LIMIT ?"_s,
                            {person, sha256, audience, audience, limit});
        QList<BlobRef> list;
        while (q.next())
            list << BlobRef{q.value(0).toString(), q.value(1).toString()};
        q.finish();
        return list;
    }

    void putPendingRelease(const PendingRelease &r) override
    {
        exec(u"INSERT OR REPLACE INTO answer_releases(assignment, class_id, due) VALUES(?,?,?)"_s, {r.assignment, r.classId, r.due})
            .finish();
    }

    void removePendingRelease(const QString &assignment) override
    {
        exec(u"DELETE FROM answer_releases WHERE assignment = ?"_s, {assignment}).finish();
    }

    QList<PendingRelease> pendingReleasesDue(const QString &until, int limit) override
    {
        QSqlQuery &q = exec(u"SELECT assignment, class_id, due FROM answer_releases WHERE due <= ? ORDER BY due LIMIT ?"_s,
                            {until, limit});
        QList<PendingRelease> list;
        while (q.next())
            list << PendingRelease{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
        q.finish();
        return list;
    }

    QString earliestPendingRelease() override
    {
        QSqlQuery &q = exec(u"SELECT min(due) FROM answer_releases"_s, {});
        const QString due = q.next() ? q.value(0).toString() : QString();
        q.finish();
        return due;
    }

    bool isolated(const std::function<void()> &fn) override
    {
        exec(u"SAVEPOINT one_change"_s, {}).finish();
        try {
            fn();
        } catch (const StorageError &e) {
            qCWarning(lcHub) << "one change undone:" << e.what();
            exec(u"ROLLBACK TO one_change"_s, {}).finish();
            exec(u"RELEASE one_change"_s, {}).finish();
            return false;
        }
        exec(u"RELEASE one_change"_s, {}).finish();
        return true;
    }

    QString meta(const QString &key) override
    {
        QSqlQuery &q = exec(u"SELECT value FROM meta WHERE key = ?"_s, {key});
        const QString v = q.next() ? q.value(0).toString() : QString();
        q.finish();
        return v;
    }

    void setMeta(const QString &key, const QString &value) override
    {
        exec(u"INSERT OR REPLACE INTO meta(key, value) VALUES(?,?)"_s, {key, value}).finish();
    }

    void raiseMeta(const QString &key, const QString &value) override
    {
        exec(u"INSERT INTO meta(key, value) VALUES(?,?) ON CONFLICT(key) DO UPDATE SET value = max(value, excluded.value)"_s,
             {key, value})
            .finish();
    }

private:
    SqliteConnection &m_conn;
};

void run(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        throw StorageError("SQL failed: " + sql.toStdString() + ": " + q.lastError().text().toStdString());
}

const char *const SchemaV1[] = {
    "CREATE TABLE accounts(id TEXT PRIMARY KEY, login TEXT UNIQUE, display_name TEXT NOT NULL DEFAULT '', "
    "role TEXT NOT NULL, secret_hash BLOB, created TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))",
    "CREATE TABLE devices(device_id TEXT NOT NULL, person TEXT NOT NULL, name TEXT NOT NULL DEFAULT '', "
    "token_hash BLOB NOT NULL UNIQUE, public_key BLOB, created TEXT NOT NULL, last_seen TEXT NOT NULL, "
    "revoked INTEGER NOT NULL DEFAULT 0, PRIMARY KEY(device_id, person))",
    "CREATE INDEX devices_person ON devices(person)",
    "CREATE TABLE memberships(class_id TEXT NOT NULL, person TEXT NOT NULL, role TEXT NOT NULL, "
    "joined_seq INTEGER NOT NULL, PRIMARY KEY(class_id, person)) WITHOUT ROWID",
    "CREATE INDEX memberships_person ON memberships(person)",
    "CREATE TABLE rows(kind TEXT NOT NULL, id TEXT NOT NULL, class_id TEXT NOT NULL, audience TEXT, status TEXT, "
    "ever_published INTEGER NOT NULL DEFAULT 0, deleted INTEGER NOT NULL DEFAULT 0, hlc TEXT NOT NULL, "
    "last_seq INTEGER NOT NULL, fields TEXT NOT NULL, field_hlcs TEXT NOT NULL, PRIMARY KEY(kind, id)) WITHOUT ROWID",
    "CREATE TABLE history(id INTEGER PRIMARY KEY, kind TEXT NOT NULL, row_id TEXT NOT NULL, field TEXT NOT NULL, "
    "value TEXT, hlc TEXT NOT NULL, change_id TEXT NOT NULL, "
    "recorded TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))",
    "CREATE INDEX history_row ON history(kind, row_id)",
    "CREATE TABLE changes(seq INTEGER PRIMARY KEY AUTOINCREMENT, change_id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, "
    "row_id TEXT NOT NULL, class_id TEXT NOT NULL, audience TEXT, author TEXT NOT NULL, device TEXT NOT NULL, "
    "received TEXT NOT NULL, body BLOB NOT NULL)",
    "CREATE INDEX changes_class ON changes(class_id, seq)",
    "CREATE TABLE verdicts(change_id TEXT PRIMARY KEY, status TEXT NOT NULL, reason TEXT, seq INTEGER) WITHOUT ROWID",
    "CREATE TABLE blobs(sha256 TEXT PRIMARY KEY, size INTEGER NOT NULL, owner TEXT NOT NULL, "
    "created TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))) WITHOUT ROWID",
    "CREATE INDEX blobs_owner ON blobs(owner)",
    "CREATE TABLE blob_refs(sha256 TEXT NOT NULL, kind TEXT NOT NULL, row_id TEXT NOT NULL, "
    "PRIMARY KEY(sha256, kind, row_id)) WITHOUT ROWID",
    "CREATE INDEX blob_refs_row ON blob_refs(kind, row_id)",
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID",
};

// Keys of student devices that never signed in here, vouched for by a teacher of the student (PROTOCOL.md).
const char *const SchemaV2[] = {
    "CREATE TABLE vouched_keys(device_id TEXT NOT NULL, person TEXT NOT NULL, public_key BLOB NOT NULL, "
    "vouched_by TEXT NOT NULL, vouched_by_device TEXT NOT NULL, vouched_at TEXT NOT NULL, "
    "PRIMARY KEY(device_id, person)) WITHOUT ROWID",
};

// Who may act as whom (SECURITY.md): a vouched key signs only in the classes of the teachers who vouched for it,
// each of them recorded; a vouched device can be signed out like one that signed in; a verdict is kept with the
// digest of the change it judged, so a replay must be the same change and not only reuse its id.
const char *const SchemaV3[] = {
    "CREATE TABLE vouchers(device_id TEXT NOT NULL, person TEXT NOT NULL, vouched_by TEXT NOT NULL, "
    "vouched_by_device TEXT NOT NULL, vouched_at TEXT NOT NULL, PRIMARY KEY(device_id, person, vouched_by)) WITHOUT ROWID",
    "INSERT INTO vouchers SELECT device_id, person, vouched_by, vouched_by_device, vouched_at FROM vouched_keys",
    "ALTER TABLE vouched_keys ADD COLUMN revoked INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE verdicts ADD COLUMN digest BLOB",
    // Rejections were all kept until now, those whose cause can go away too: judged again on their next replay
    // (a final one gets the same answer again; a rejected change is not in the log).
    "DELETE FROM verdicts WHERE status = 'rejected'",
};

// Proof of possession (SECURITY.md, "Files"): who sent the bytes of a file someone else uploaded first (she then
// reads it, and it counts in her quota), and the names of stored files written by an author who could not read
// them, which grant nothing until she proves she holds the file.
const char *const SchemaV4[] = {
    "CREATE TABLE blob_holders(sha256 TEXT NOT NULL, person TEXT NOT NULL, size INTEGER NOT NULL, "
    "since TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')), PRIMARY KEY(sha256, person)) WITHOUT ROWID",
    "CREATE INDEX blob_holders_person ON blob_holders(person)",
    "CREATE TABLE ungranted_blob_refs(sha256 TEXT NOT NULL, kind TEXT NOT NULL, row_id TEXT NOT NULL, "
    "author TEXT NOT NULL, PRIMARY KEY(sha256, kind, row_id)) WITHOUT ROWID",
    "CREATE INDEX ungranted_blob_refs_row ON ungranted_blob_refs(kind, row_id)",
    "CREATE INDEX ungranted_blob_refs_author ON ungranted_blob_refs(author, sha256)",
};

// Records count against their author's record quota (SECURITY.md, "Quotas"): what each person's changes take in
// the log, kept as a running sum; an existing hub counts what its log already holds.
const char *const SchemaV5[] = {
    "CREATE TABLE record_usage(person TEXT PRIMARY KEY, bytes INTEGER NOT NULL) WITHOUT ROWID",
    "INSERT INTO record_usage(person, bytes) SELECT author, sum(length(body)) FROM changes GROUP BY author",
};

// Who pays for what (SECURITY.md, "Quotas"): who created each student account (a teacher creates a bounded number),
// found in the log for the accounts an existing hub holds (the author of the first roster row naming the student);
// and the vouches of one teacher for one student, counted (bounded, and charged to her).
const char *const SchemaV6[] = {
    "CREATE TABLE account_creators(person TEXT PRIMARY KEY, created_by TEXT NOT NULL) WITHOUT ROWID",
    "CREATE INDEX account_creators_by ON account_creators(created_by)",
    "INSERT OR IGNORE INTO account_creators(person, created_by) "
    "SELECT json_extract(c.body, '$.fields.person'), c.author FROM changes c "
    "JOIN accounts a ON a.id = json_extract(c.body, '$.fields.person') AND a.role = 'student' "
    "WHERE c.kind = 'member' ORDER BY c.seq",
    "CREATE INDEX vouchers_by ON vouchers(vouched_by, person)",
};

// Quiz answers waiting for their due date (SECURITY.md, "Quiz answers and scores"): a row each, indexed on the date,
// instead of one JSON value in meta rewritten whole on every assignment change (a teacher planting 100,000 quizzes due
// in 9999 made every later publish rewrite ≈10 MB). The value an existing hub holds is moved in.
const char *const SchemaV7[] = {
    "CREATE TABLE answer_releases(assignment TEXT PRIMARY KEY, class_id TEXT NOT NULL, due TEXT NOT NULL) WITHOUT ROWID",
    "CREATE INDEX answer_releases_due ON answer_releases(due)",
    "INSERT OR REPLACE INTO answer_releases(assignment, class_id, due) "
    "SELECT j.key, json_extract(j.value, '$.class'), json_extract(j.value, '$.due') "
    "FROM meta m, json_each(m.value) j WHERE m.key = 'answers_due' AND json_valid(m.value) "
    "AND json_extract(j.value, '$.due') IS NOT NULL",
    "DELETE FROM meta WHERE key = 'answers_due'",
};

// The counters of shared bounds (the allowance of a teacher's vouches for a pupil, a teacher's pupils' pool) get a
// table of their own, keyed by text that is never a person id (CounterKey). They were rows of record_usage under a
// UUIDv5 of the ids, and a teacher picks her new pupils' ids: a puppet whose id was such a key was charged and reset
// as that counter. moveLegacyCounters() moves the counts an existing hub holds.
const char *const SchemaV8[] = {
    "CREATE TABLE shared_usage(counter TEXT PRIMARY KEY, bytes INTEGER NOT NULL) WITHOUT ROWID",
};

// Vouched keys per (device, person, key) (issue 11 review, F7): a co-teacher who vouched his own key under a pupil's
// real tablet's id first made her teacher's vouch of its real key refused, and signing that id out shut the tablet
// out. Each key has its row and its vouchers; an existing hub keeps its vouches (each voucher of a device vouched for
// its one key).
const char *const SchemaV9[] = {
    "CREATE TABLE vouched_keys_v9(device_id TEXT NOT NULL, person TEXT NOT NULL, public_key BLOB NOT NULL, "
    "vouched_by TEXT NOT NULL, vouched_by_device TEXT NOT NULL, vouched_at TEXT NOT NULL, "
    "revoked INTEGER NOT NULL DEFAULT 0, PRIMARY KEY(device_id, person, public_key)) WITHOUT ROWID",
    "INSERT OR IGNORE INTO vouched_keys_v9(device_id, person, public_key, vouched_by, vouched_by_device, vouched_at, revoked) "
    "SELECT device_id, person, public_key, vouched_by, vouched_by_device, vouched_at, revoked FROM vouched_keys",
    "DROP TABLE vouched_keys",
    "ALTER TABLE vouched_keys_v9 RENAME TO vouched_keys",
    "CREATE INDEX vouched_keys_person ON vouched_keys(person)",
    "CREATE TABLE vouchers_v9(device_id TEXT NOT NULL, person TEXT NOT NULL, public_key BLOB NOT NULL, "
    "vouched_by TEXT NOT NULL, vouched_by_device TEXT NOT NULL, vouched_at TEXT NOT NULL, "
    "PRIMARY KEY(device_id, person, public_key, vouched_by)) WITHOUT ROWID",
    "INSERT OR IGNORE INTO vouchers_v9(device_id, person, public_key, vouched_by, vouched_by_device, vouched_at) "
    "SELECT v.device_id, v.person, k.public_key, v.vouched_by, v.vouched_by_device, v.vouched_at FROM vouchers v "
    "JOIN vouched_keys k ON k.device_id = v.device_id AND k.person = v.person",
    "DROP TABLE vouchers",
    "ALTER TABLE vouchers_v9 RENAME TO vouchers",
    "CREATE INDEX vouchers_by ON vouchers(vouched_by, person)",
};

/// Schema 8: each counter the old ids name moves to its key. An account whose id is such an id (a puppet made to be
/// that counter) keeps its own count as well: neither side is credited with what the other took.
void moveLegacyCounters(QSqlDatabase &db)
{
    QSqlQuery q(db);
    QList<QPair<QString, QString>> vouches;
    if (!q.exec(u"SELECT DISTINCT vouched_by, person FROM vouchers"_s))
        throw StorageError("cannot read the vouchers: " + q.lastError().text().toStdString());
    while (q.next())
        vouches.append({q.value(0).toString(), q.value(1).toString()});
    QStringList teachers;
    if (!q.exec(u"SELECT id FROM accounts WHERE role = 'teacher' UNION SELECT created_by FROM account_creators "
                "UNION SELECT vouched_by FROM vouchers"_s))
        throw StorageError("cannot read the teachers: " + q.lastError().text().toStdString());
    while (q.next())
        teachers << q.value(0).toString();
    for (const auto &[old, key] : CounterKey::legacyKeys(vouches, teachers)) {
        q.prepare(u"INSERT INTO shared_usage(counter, bytes) SELECT ?, bytes FROM record_usage WHERE person = ? "
                  "ON CONFLICT(counter) DO UPDATE SET bytes = bytes + excluded.bytes"_s);
        q.addBindValue(key);
        q.addBindValue(old);
        if (!q.exec())
            throw StorageError("cannot move a counter: " + q.lastError().text().toStdString());
        q.prepare(u"DELETE FROM record_usage WHERE person = ? AND NOT EXISTS (SELECT 1 FROM accounts WHERE id = ?)"_s);
        q.addBindValue(old);
        q.addBindValue(old);
        if (!q.exec())
            throw StorageError("cannot move a counter: " + q.lastError().text().toStdString());
    }
    q.finish();
}

// BEGIN/COMMIT on every request: prepared once per connection, not parsed each time.
void runCached(SqliteConnection &conn, const QString &sql)
{
    auto it = conn.statements.find(sql);
    if (it == conn.statements.end()) {
        auto q = std::make_shared<QSqlQuery>(conn.db);
        if (!q->prepare(sql))
            throw StorageError("prepare failed: " + q->lastError().text().toStdString());
        it = conn.statements.insert(sql, q);
    }
    QSqlQuery &q = **it;
    if (!q.exec())
        throw StorageError("SQL failed: " + sql.toStdString() + ": " + q.lastError().text().toStdString());
    q.finish();
}

} // namespace

SqliteHubStorage::SqliteHubStorage(const QString &path, Durability durability)
    : m_path(path)
    , m_durability(durability)
    , m_instance(g_nextInstance++)
{
#ifdef Q_OS_UNIX
    // A new database is the hub's alone: it holds the pupils' PIN hashes, their work and their names, and SQLite would
    // make it 0644 under the usual umask (a review of session 15, finding 3: the classroom hub's, in the teacher's
    // folder). Made 0600 before SQLite opens it, it gives its -wal and -shm the same mode. One that exists keeps the mode
    // its operator gave it (deploy/README.md: the units' UMask=0077 already make it so).
    if (!path.isEmpty() && !path.startsWith(u':') && !path.startsWith(u"file:"_s)) {
        const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd >= 0)
            ::close(fd);
    }
#endif
    migrate(connection());
}

SqliteHubStorage::~SqliteHubStorage()
{
    std::lock_guard lock(m_connectionsMutex);
    m_connections.clear();
}

SqliteConnection &SqliteHubStorage::connection()
{
    auto it = t_connections.find(m_instance);
    if (it != t_connections.end())
        return *it->second;
    auto conn = std::make_unique<SqliteConnection>();
    conn->name = u"continuite-hub-%1-%2"_s.arg(m_instance).arg(quintptr(QThread::currentThreadId()));
    conn->db = QSqlDatabase::addDatabase(u"QSQLITE"_s, conn->name);
    conn->db.setDatabaseName(m_path);
    conn->db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    if (!conn->db.open())
        throw StorageError("cannot open " + m_path.toStdString() + ": " + conn->db.lastError().text().toStdString());
    run(conn->db, u"PRAGMA journal_mode=WAL"_s);
    // The hub answers "applied" only after the commit is on disk: a power cut must not lose a change
    // the device has already dropped from its outbox.
    run(conn->db, m_durability == Durability::Full ? u"PRAGMA synchronous=FULL"_s : u"PRAGMA synchronous=OFF"_s);
    run(conn->db, u"PRAGMA foreign_keys=ON"_s);
    // One connection per worker thread (96 by default): 1 MB of page cache each, not SQLite's 2 MB.
    run(conn->db, u"PRAGMA cache_size=-1024"_s);
    SqliteConnection &ref = *conn;
    {
        std::lock_guard lock(m_connectionsMutex);
        m_connections.push_back(std::move(conn));
    }
    t_connections[m_instance] = &ref;
    return ref;
}

void SqliteHubStorage::migrate(SqliteConnection &conn)
{
    std::lock_guard writeLock(m_writeMutex);
    run(conn.db, u"BEGIN IMMEDIATE"_s);
    try {
        QSqlQuery q(conn.db);
        if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
            throw StorageError("cannot read the schema version");
        const int version = q.value(0).toInt();
        q.finish();
        if (version > SchemaVersion)
            throw StorageError("the database was written by a newer hub (schema " + std::to_string(version) + ")");
        if (version < 1) {
            for (const char *sql : SchemaV1)
                run(conn.db, QString::fromLatin1(sql));
        }
        if (version < 2) {
            for (const char *sql : SchemaV2)
                run(conn.db, QString::fromLatin1(sql));
        }
        if (version < 3) {
            for (const char *sql : SchemaV3)
                run(conn.db, QString::fromLatin1(sql));
        }
        if (version < 4) {
            for (const char *sql : SchemaV4)
                run(conn.db, QString::fromLatin1(sql));
        }
        if (version < 5) {
            for (const char *sql : SchemaV5)
                run(conn.db, QString::fromLatin1(sql));
        }
        if (version < 6) {
            for (const char *sql : SchemaV6)
                run(conn.db, QString::fromLatin1(sql));
        }
        if (version < 7) {
            for (const char *sql : SchemaV7)
                run(conn.db, QString::fromLatin1(sql));
        }
        if (version < 8) {
            for (const char *sql : SchemaV8)
                run(conn.db, QString::fromLatin1(sql));
            moveLegacyCounters(conn.db);
        }
        if (version < 9) {
            for (const char *sql : SchemaV9)
                run(conn.db, QString::fromLatin1(sql));
        }
        // Later versions: one `if (version < N)` step each, never editing an older one.
        run(conn.db, u"PRAGMA user_version = %1"_s.arg(SchemaVersion));
        run(conn.db, u"COMMIT"_s);
    } catch (...) {
        QSqlQuery(conn.db).exec(u"ROLLBACK"_s);
        throw;
    }
}

void SqliteHubStorage::write(const std::function<void(HubTransaction &)> &fn)
{
    PendingWrite me;
    me.fn = &fn;
    std::unique_lock lock(m_queueMutex);
    m_queue.push_back(&me);
    while (!me.done) {
        if (m_committing) {
            m_queueDone.wait(lock);
            continue;
        }
        // This thread commits everything queued so far, its own write included.
        m_committing = true;
        std::deque<PendingWrite *> batch;
        batch.swap(m_queue);
        lock.unlock();
        try {
            commitBatch(batch);
        } catch (...) {
            for (PendingWrite *p : batch)
                if (!p->error)
                    p->error = std::current_exception();
        }
        lock.lock();
        for (PendingWrite *p : batch)
            p->done = true;
        m_committing = false;
        m_queueDone.notify_all();
    }
    lock.unlock();
    if (me.error)
        std::rethrow_exception(me.error);
}

void SqliteHubStorage::commitBatch(const std::deque<PendingWrite *> &batch)
{
    SqliteConnection &conn = connection();
    std::lock_guard writeLock(m_writeMutex);
    runCached(conn, u"BEGIN IMMEDIATE"_s);
    try {
        SqliteTransaction tx(conn);
        for (PendingWrite *p : batch) {
            runCached(conn, u"SAVEPOINT one_writer"_s);
            try {
                (*p->fn)(tx);
                runCached(conn, u"RELEASE one_writer"_s);
            } catch (...) {
                p->error = std::current_exception();
                runCached(conn, u"ROLLBACK TO one_writer"_s);
                runCached(conn, u"RELEASE one_writer"_s);
            }
        }
        runCached(conn, u"COMMIT"_s);
    } catch (...) {
        QSqlQuery(conn.db).exec(u"ROLLBACK"_s);
        throw;
    }
}

void SqliteHubStorage::read(const std::function<void(HubTransaction &)> &fn)
{
    SqliteConnection &conn = connection();
    runCached(conn, u"BEGIN"_s);
    try {
        SqliteTransaction tx(conn);
        fn(tx);
        runCached(conn, u"COMMIT"_s);
    } catch (...) {
        QSqlQuery(conn.db).exec(u"ROLLBACK"_s);
        throw;
    }
}

} // namespace Continuite::Hub
