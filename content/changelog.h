// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "content/result.h"
#include "sync/change.h"
#include "sync/hlc.h"
#include "sync/signing.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMutex>

namespace Continuite {

class Database;

/// What happened to one change when it was applied.
enum class ApplyVerdict {
    Applied,   ///< something changed (or a losing value went to history)
    Duplicate, ///< this change id, or this append-only row, was already here
};

/// A change waiting in the outbox, or refused by the hub (kept, never dropped, shown to its author).
struct OutboxEntry
{
    qint64 seq = 0;
    Change change;
    QString state; ///< "pending", "sent" or "rejected"
    QString reason;
};

/**
 * @brief The merge engine and the outbox: every write to a syncable row goes through here.
 *
 * A local write is stamped by the hybrid logical clock, merged into its table by the same rules as a
 * change coming from elsewhere, and appended to the outbox — all in the caller's transaction. The clock
 * is read from and written back to the store inside that transaction, so it stays monotonic across
 * processes sharing the file and across restarts, whatever the wall clock does.
 */
class ChangeLog
{
    Q_DECLARE_TR_FUNCTIONS(ChangeLog)
public:
    /// How far ahead of this device's wall clock a remote HLC is followed (further, it is clamped).
    static constexpr qint64 DefaultMaxAheadMs = 24 * 3600 * 1000;

    ChangeLog(Database &db, QString deviceId, HybridLogicalClock::WallClock wallClock = {});

    QString deviceId() const { return m_deviceId; }
    /// This device's ed25519 public key: every change it records is signed with the matching secret key.
    QByteArray devicePublicKey();

    /// Records a local write. Must run inside Database::write().
    Result<Change> record(const QString &kind, const QString &row, const QString &classId, const QString &author,
                          const QJsonObject &fields);

    /**
     * Applies a change that came from elsewhere (sync, bundle). Must run inside Database::write().
     * The clock absorbs the change's HLC (clamped at @p maxAheadMs ahead of the wall clock).
     */
    Result<ApplyVerdict> apply(const Change &change, qint64 maxAheadMs = DefaultMaxAheadMs);
    /**
     * Applies a page of changes (one verdict each); the clock absorbs the page's latest HLC once.
     * @p clampedFrom maps the id of a change the hub clamped to the HLC its device wrote ("device_hlc"; the
     * change's hlc is then the hub's): when this device already holds that change (it wrote or relayed it),
     * it adopts the hub's clock for what still carries the device's reading, so it merges as the hub does.
     */
    Result<QList<ApplyVerdict>> applyAll(const QList<Change> &changes, qint64 maxAheadMs = DefaultMaxAheadMs,
                                         const QHash<QString, QString> &clampedFrom = {});

    /// The current fields of a row as JSON (what a snapshot or a test looks at), or empty when absent.
    QJsonObject rowFields(const QString &kind, const QString &row);
    /// The class a row of @p kind belongs to (deleted rows too: a tombstone still belongs), or nothing when this
    /// store has no such row. What a pack or a relay checks before it may write the row.
    std::optional<QString> classOf(const QString &kind, const QString &row);

    /// @p readyAt (ISO 8601 UTC), when given: only the entries not held back until after then (markDeferred).
    /// A hold later than @p holdLimit, when given, does not count: the clock that set it was ahead (a device
    /// whose clock was weeks ahead would otherwise keep its work for weeks once the clock is right again).
    QList<OutboxEntry> outbox(const QString &author, const QString &state = QStringLiteral("pending"), int limit = 1000,
                              const QString &readyAt = {}, const QString &holdLimit = {});
    int count(const QString &state, const QString &author = {});
    /**
     * Queues a change written on another device (a student's work brought by a return pack) so that this
     * device's next sync relays it to the hub. The change is kept byte for byte — its author, device and
     * signature — so the hub can verify it; @p relayedBy (the person whose sync carries it) is the outbox
     * row's author. Must run inside Database::write(). False when the change was already queued or sent.
     */
    Result<bool> queueForRelay(const Change &change, const QString &relayedBy);

    /**
     * Signs @p change as written on this device (device id and ed25519 signature set): a bundle export uses
     * it for the snapshots of rows it packs. It does not apply or queue the change.
     */
    Change signedByThisDevice(Change change);
    /// Base64 ed25519 signature of @p message by this device's key (a vouch for a student's device key).
    QString signWithThisDevice(const QByteArray &message);

    /// Marks changes as accepted by the hub (applied or duplicate): they leave the pending list.
    Status markSent(const QStringList &changeIds);
    /// Marks a change refused by the hub; it stays in the outbox with the reason.
    Status markRejected(const QString &changeId, const QString &reason);
    /// Keeps a change pending with the reason the hub gave for not storing it this time (not final: it is sent again).
    /// @p notBefore (ISO 8601 UTC): the hub asked to wait until then before sending it again (a "quota" refusal).
    Status markDeferred(const QString &changeId, const QString &reason, const QString &notBefore = {});

    /// Values that lost a per-field merge: (field, value, hlc) for one row.
    struct Lost
    {
        QString field;
        QJsonValue value;
        QString hlc;
        QString replacedBy;
    };
    QList<Lost> history(const QString &kind, const QString &row);

private:
    struct KindSql
    {
        QString insert;
    };
    static const KindSql &sqlFor(const KindSpec &spec);
    class PageSql;
    HlcTimestamp tick();
    const Signing::KeyPair &deviceKeys();
    void absorb(const QString &hlc, qint64 maxAheadMs);
    Result<ApplyVerdict> merge(const KindSpec &spec, const Change &change, PageSql &sql, const QString &clampedFrom = {});
    /// A change this device holds came back clamped: its fields (and row) still carrying @p deviceHlc take the hub's.
    Result<ApplyVerdict> adoptClamped(const KindSpec &spec, const Change &change, const QString &deviceHlc);
    /// A reading of this device's clock above @p rowHlc: a row's new version when a change did not raise it.
    QString versionAbove(const QString &rowHlc);
    Result<ApplyVerdict> mergeFields(const KindSpec &spec, const Change &change);
    Result<ApplyVerdict> mergeMonotone(const KindSpec &spec, const Change &change);
    Result<ApplyVerdict> insertRow(const KindSpec &spec, const Change &change, const QJsonObject &fields);
    /// insertRow() through the page's C API statement: rows inserted (0: it was there), -1 when SQLite failed.
    int insertFast(const KindSpec &spec, const Change &change, PageSql &sql);
    bool keepLoser(const QString &kind, const QString &row, const QString &field, const QJsonValue &value,
                   const QString &hlc, const QString &replacedBy);

    Database &m_db;
    QString m_deviceId;
    QMutex m_clockMutex;
    HybridLogicalClock m_clock;
    Signing::KeyPair m_keys;
};

QVariant jsonToColumn(const QJsonValue &value, FieldType type);
QJsonValue columnToJson(const QVariant &value, FieldType type);

} // namespace Continuite
