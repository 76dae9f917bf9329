// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "sync/change.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>
#include <limits>
#include <optional>
#include <tuple>
#include <stdexcept>

namespace Continuite::Hub {

/// A person who can sign in: a teacher (login + password) or a student (login code + PIN).
struct Account
{
    QString id;          ///< person id (UUID)
    QString login;
    QString displayName;
    QString role;        ///< "teacher" or "student"
    QByteArray secretHash; ///< argon2id string (libsodium crypto_pwhash_str)
};

/// One signed-in device of one person: the token is only ever stored hashed.
struct DeviceRecord
{
    QString deviceId;
    QString person;
    QString name;
    QByteArray tokenHash;
    QByteArray publicKey; ///< ed25519 key of the device, when it sent one
    QString created;      ///< ISO 8601 UTC
    QString lastSeen;
    bool revoked = false;
};

/// A student device's key that a teacher vouched for (the device never signed in here: its work came by USB
/// or from a classroom session, relayed by the teacher's device).
/// The sign-in throttle's count for one key (a login, an address, a device), shared by the hubs of a fleet
/// (HubStorage::sharesThrottle()); times in milliseconds of the database's clock.
struct ThrottleEntry
{
    int failures = 0;
    qint64 lastMs = 0;
    qint64 lockedUntilMs = 0;
};

struct VouchedKey
{
    QString deviceId;
    QString person;
    QByteArray publicKey;   ///< 32 bytes, ed25519
    QString vouchedBy;      ///< the teacher's person id (one of them: each teacher who vouched is a voucher)
    QString vouchedByDevice;
    QString vouchedAt;      ///< ISO 8601 UTC
    bool revoked = false;   ///< signed out by the student, their teacher or an admin: it signs nothing any more
};

/**
 * The keys of the shared record counters (HubTransaction::counterBytes). They live apart from the people's counters
 * and are never a UUID, so no person id (a teacher picks her new pupils' ids) can be one of them.
 */
namespace CounterKey {
/// The allowance of @p voucher's vouches for @p pupil: what keys she vouched for sign of the pupil's work.
inline QString allowance(const QString &voucher, const QString &pupil)
{
    return QStringLiteral("allowance:") + voucher + QLatin1Char(':') + pupil;
}
/// The pool of @p teacher's pupils: the accounts she created and her allowances.
inline QString pool(const QString &teacher) { return QStringLiteral("pool:") + teacher; }
/**
 * Before hub schema 8 (PostgreSQL 3) these counters were rows of the people's counters, under a UUIDv5 derived from
 * the ids (a person id could equal one). For the schema upgrade: each old id that @p vouches (voucher, pupil) and
 * @p teachers can have made, with the key it moves to.
 */
inline QList<QPair<QString, QString>> legacyKeys(const QList<QPair<QString, QString>> &vouches, const QStringList &teachers)
{
    QList<QPair<QString, QString>> keys;
    for (const auto &[voucher, pupil] : vouches)
        keys.append({derivedUuid(QString(QStringLiteral("vouched-allowance:") + voucher), pupil), allowance(voucher, pupil)});
    for (const QString &teacher : teachers)
        keys.append({derivedUuid(QStringLiteral("pupils-pool"), teacher), pool(teacher)});
    return keys;
}
} // namespace CounterKey

/// What a bearer token opens.
struct Session
{
    Account account;
    QString deviceId;
    QString lastSeen;
    bool revoked = false;
    /// This request only: device -> why the key vouched for it was refused (said in the verdicts of its changes).
    QHash<QString, QString> refusedVouches;
};

/**
 * A place in the hub's log, in the order pulls serve it: by the id of the transaction that wrote the entry, then by
 * its sequence number. Always compare the whole pair, never the seq alone (PROTOCOL.md, "The cursor"). SQLite has
 * one writer, so its entries all have xid 0 and the order is the seq's; so have the entries PostgreSQL holds from
 * before issue 12 (written one at a time) and those copied from SQLite (`admin migrate-to-postgres`).
 */
struct LogPosition
{
    qint64 xid = 0; ///< PostgreSQL's transaction id (xid8) of the writer; 0 for an entry from a single-writer time
    qint64 seq = 0;

    /// Every entry whose xid is below @p horizon (and no other): `(xid, seq) <= (horizon, 0)`, as seq starts at 1.
    static LogPosition below(qint64 horizon) { return {horizon, 0}; }
    /// After every entry.
    static LogPosition end() { return {std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::max()}; }
    friend bool operator<(const LogPosition &a, const LogPosition &b) { return std::tie(a.xid, a.seq) < std::tie(b.xid, b.seq); }
    friend bool operator<=(const LogPosition &a, const LogPosition &b) { return !(b < a); }
    friend bool operator==(const LogPosition &a, const LogPosition &b) { return a.xid == b.xid && a.seq == b.seq; }
    friend bool operator!=(const LogPosition &a, const LogPosition &b) { return !(a == b); }
};

/**
 * What a pull may serve, read in the pull's own snapshot: every entry of a transaction whose id is below `xid` has
 * been committed or rolled back, so none of them can still appear; an entry at or above it may be overtaken by one
 * that commits later, so it waits for the next pull.
 */
struct LogHorizon
{
    qint64 epoch = 0; ///< bumped when the database was put back (restore, point-in-time recovery): cursors of another epoch start over
    qint64 xid = std::numeric_limits<qint64>::max(); ///< serve entries with xid below this only
    bool concurrentWriters = false; ///< false (SQLite): every entry has xid 0, a cursor naming another xid is not from here
};

/// What pullStart() asks: the pull of @p person, after @p after, @p limit entries at most.
struct PullAsk
{
    QString person;
    LogPosition after;
    QString audience; ///< the one person whose entries are read with the shared ones; empty: every entry (a teacher)
    int limit = 0;
    /// A teacher's device asking for her pupils' last contact since this mark ("" the first time): PullStart carries
    /// it (studentsLastSeen()) with the database's clock (now()).
    std::optional<QString> lastSeenAfter;
};

struct Membership
{
    QString classId;
    QString person;
    QString role;        ///< "teacher" or "student"
    qint64 joinedSeq = 0; ///< sequence number of the change that made it
    qint64 joinedXid = 0; ///< the transaction that made it (PostgreSQL; 0 on SQLite): with joinedSeq, its LogPosition

    LogPosition joined() const { return {joinedXid, joinedSeq}; }
};

/// The hub's current state of one row, merged from every change it accepted.
struct RowState
{
    QString kind;
    QString id;
    QString classId;
    QString audience;      ///< the one student who may read it (per-student kinds, student members), else empty
    QString status;        ///< draftable kinds: "published" or anything else (a draft)
    bool everPublished = false;
    bool deleted = false;
    QString hlc;           ///< the row's version: the hub's clock when it last accepted a change to it (above every field's HLC)
    qint64 lastSeq = 0;    ///< sequence number of the last change applied to it
    QJsonObject fields;    ///< current values
    QJsonObject fieldHlcs; ///< per field, the HLC of the value kept
};

/// One accepted change as it sits in the hub's log.
struct LogEntry
{
    qint64 seq = 0;
    QString changeId;
    QString kind;
    QString row;
    QString classId;
    QString audience;
    QString author;
    QString device;
    QString received; ///< ISO 8601 UTC with milliseconds
    QByteArray body;  ///< compact JSON of the change as served (hlc as the hub keeps it)
    qint64 xid = 0;   ///< the transaction that wrote it (read only; the database sets it): with seq, its LogPosition

    LogPosition position() const { return {xid, seq}; }
};

/// The start of a pull, read in one snapshot (HubTransaction::pullStart()).
struct PullStart
{
    LogHorizon horizon;
    QList<Membership> memberships; ///< the person's, in the order they joined
    /// The first entries after PullAsk::after below the horizon, in the classes joined below it, that the audience
    /// may read: what changesAfter() gives for them.
    QList<LogEntry> log;
    QString now;                       ///< asked with PullAsk::lastSeenAfter only
    QHash<QString, QString> lastSeen;  ///< asked with PullAsk::lastSeenAfter only
};

/// The answer to one pushed change, kept so a replay gets the same answer.
struct Verdict
{
    QString status; ///< applied, duplicate or rejected
    QString reason;
    qint64 seq = 0;
    QString received; ///< applied: when the hub accepted it (ISO 8601 UTC, the log's "received"); kept with the log entry
    /// False for a rejection whose cause can go away (an unknown device or author, a missing membership or vouch):
    /// such a verdict is never remembered, so the same change sent again is judged again (SECURITY.md).
    bool remembered = true;
    QByteArray digest; ///< SHA-256 of the change's canonical bytes: a replay must be the same change, not only the same id
    /// False for a final rejection that is answered but not stored (nor charged): one whose cause is itself for good
    /// and public, so that storing it would let anyone who knows a device id make the sender pay (a change naming a
    /// signed-out device, relayed by a teacher).
    bool kept = true;
};

/// An "after the due date" quiz whose answer key waits for that date (HubEngine releases it then).
struct PendingRelease
{
    QString assignment;
    QString classId;
    QString due; ///< ISO 8601 UTC with milliseconds (compares as text)
};

struct BlobInfo
{
    QString sha256;
    qint64 size = 0;
    QString owner; ///< person who completed the upload (counted in their quota)
};

struct BlobRef
{
    QString kind;
    QString row;
};

/// Thrown by a storage implementation when the database fails; the hub answers 503.
class StorageError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

/**
 * @brief The primitives the hub engine needs, inside one transaction.
 *
 * Implementations hold no rules: authorization, merging and scope live in HubEngine, so a
 * PostgreSQL implementation only has to store and find things.
 */
class HubTransaction
{
public:
    virtual ~HubTransaction() = default;

    virtual std::optional<Account> accountById(const QString &id) = 0;
    virtual std::optional<Account> accountByLogin(const QString &login) = 0;
    /// The accounts of @p ids that exist, in no particular order (one query where the backend can).
    virtual QList<Account> accountsById(const QStringList &ids)
    {
        QList<Account> list;
        for (const QString &id : ids)
            if (auto a = accountById(id))
                list << *a;
        return list;
    }
    virtual void putAccount(const Account &account) = 0;
    virtual QList<Account> accounts() = 0;
    /// Records that @p teacher created the student account @p person (by the first roster row naming her).
    virtual void putAccountCreator(const QString &person, const QString &teacher) = 0;
    /// How many student accounts @p teacher created on this hub, over her account's life.
    virtual int accountsCreatedBy(const QString &teacher) = 0;
    /// The teacher who created the student account @p person, empty when none is recorded.
    virtual QString accountCreator(const QString &person) = 0;

    virtual void putDevice(const DeviceRecord &device) = 0; ///< insert or replace (deviceId, person)
    virtual std::optional<Session> sessionByTokenHash(const QByteArray &tokenHash) = 0;
    virtual void touchDevice(const QString &deviceId, const QString &person, const QString &when) = 0;
    virtual QList<DeviceRecord> devicesOf(const QStringList &persons) = 0;
    virtual bool revokeDevice(const QString &deviceId, const QString &person) = 0;
    /// Ends the sessions of every device of @p person (their tokens stop working; the devices are not signed out and
    /// their keys go on signing): a new PIN or login code means signing in again. Returns how many were ended.
    virtual int endSessionsOf(const QString &person) = 0;
    /// The keys vouched for as (deviceId, person), one row each (a co-teacher's key under her real tablet's id does not
    /// stop her teacher's vouch of its real key: issue 11 review, F7), earliest vouch first.
    virtual QList<VouchedKey> vouchedKeys(const QString &deviceId, const QString &person) = 0;
    /// Records the key (when (deviceId, person, publicKey) has no row yet) and @p key.vouchedBy as one of its vouchers.
    virtual void putVouchedKey(const VouchedKey &key) = 0;
    /// The teachers who vouched for @p publicKey as (deviceId, person), earliest vouch first: it signs only in their
    /// classes.
    virtual QStringList vouchers(const QString &deviceId, const QString &person, const QByteArray &publicKey) = 0;
    /// Signs out @p publicKey as (deviceId, person), or every key vouched for as (deviceId, person) when it is empty.
    virtual bool revokeVouchedKey(const QString &deviceId, const QString &person, const QByteArray &publicKey) = 0;
    /// How many keys of @p person's devices @p teacher vouched for that are not signed out.
    virtual int vouchesBy(const QString &teacher, const QString &person) = 0;
    /// The vouched keys of @p persons' devices (one voucher each), oldest first.
    virtual QList<VouchedKey> vouchedKeysOf(const QStringList &persons) = 0;
    /// Every voucher of every key vouched for as a device of one of @p persons: one entry a (key, voucher), its
    /// vouchedBy that voucher (vouchers() of each key, for a whole list at once; in no particular order).
    virtual QList<VouchedKey> vouchersOf(const QStringList &persons) = 0;

    virtual std::optional<Membership> membership(const QString &classId, const QString &person) = 0;
    /// Inserts or replaces; the membership's joinedXid is this transaction's (the database sets it).
    virtual void putMembership(const Membership &membership) = 0;
    virtual void removeMembership(const QString &classId, const QString &person) = 0;
    /// @p person's memberships in the order they joined (Membership::joined()).
    virtual QList<Membership> membershipsOf(const QString &person) = 0;
    /// The memberships of all @p persons, in no particular order (one query where the backend can).
    virtual QList<Membership> membershipsOfAll(const QStringList &persons)
    {
        QList<Membership> list;
        for (const QString &p : persons)
            list << membershipsOf(p);
        return list;
    }
    /// How many member rows of @p classId name @p person and are not deleted (a person may have two).
    virtual int liveMemberRows(const QString &classId, const QString &person) = 0;
    /// Students of every class @p teacher teaches.
    virtual QStringList studentsTaughtBy(const QString &teacher) = 0;
    /**
     * The students of every class @p teacher teaches whose latest contact (the newest last_seen of their
     * non-revoked devices) is after @p after (ISO 8601; empty: every student with a device): person id ->
     * that time. One indexed query: memberships by person, then by class, then devices by person.
     */
    virtual QHash<QString, QString> studentsLastSeen(const QString &teacher, const QString &after) = 0;

    virtual std::optional<RowState> row(const QString &kind, const QString &id) = 0;
    virtual void putRow(const RowState &row) = 0;
    virtual void addHistory(const QString &kind, const QString &row, const QString &field, const QJsonValue &value,
                            const QString &hlc, const QString &changeId) = 0;
    virtual int historyCount(const QString &kind, const QString &row) = 0;

    virtual std::optional<Verdict> verdict(const QString &changeId) = 0;
    virtual void putVerdict(const QString &changeId, const Verdict &verdict) = 0;
    /// Appends to the log and returns the new sequence number (never reused; taken when the entry is written, so
    /// with several writers a smaller one may commit after a larger one: pulls go by LogPosition, not by seq).
    virtual qint64 appendChange(const LogEntry &entry) = 0;
    /**
     * Log entries with after < position <= upTo (LogPosition order, which they come in), in @p classIds, readable by
     * @p audience (entries with no audience or that audience; an empty audience reads everything), at most @p limit.
     */
    virtual QList<LogEntry> changesAfter(const LogPosition &after, const LogPosition &upTo, const QStringList &classIds,
                                         const QString &audience, int limit) = 0;
    /// The whole log of @p classIds from its start (tools and tests): @p after 0 and @p upTo -1 only, the form this
    /// call had when positions were seqs (a seq alone names no position any more).
    QList<LogEntry> changesAfter(qint64 after, qint64 upTo, const QStringList &classIds, const QString &audience, int limit)
    {
        if (after != 0 || upTo >= 0)
            throw StorageError("changesAfter(seq, seq) reads a whole log only: a position is an (xid, seq) pair");
        return changesAfter(LogPosition{}, LogPosition::end(), classIds, audience, limit);
    }
    virtual qint64 lastSeq() = 0;
    /// What a pull may serve, in this read's snapshot (see LogHorizon). SQLite: epoch 0, no bound.
    virtual LogHorizon logHorizon() { return {}; }
    /**
     * The start of a pull: logHorizon(), membershipsOf(), the first batch of changesAfter() it allows and, when asked,
     * now() and studentsLastSeen(), all in this read's snapshot. PostgreSQL reads them in one statement, which a read
     * that needs no other runs outside any transaction: an empty sync costs the database that statement alone.
     */
    virtual PullStart pullStart(const PullAsk &ask)
    {
        PullStart start;
        if (ask.lastSeenAfter) {
            start.now = now();
            start.lastSeen = studentsLastSeen(ask.person, *ask.lastSeenAfter);
        }
        start.horizon = logHorizon();
        start.memberships = membershipsOf(ask.person);
        QStringList classIds;
        for (const Membership &m : std::as_const(start.memberships))
            if (m.joinedXid < start.horizon.xid)
                classIds << m.classId;
        start.log = changesAfter(ask.after, LogPosition::below(start.horizon.xid), classIds, ask.audience, ask.limit);
        return start;
    }
    /// Until this transaction ends, no other write that locks @p key runs: what the engine reads, then writes from it
    /// (a row's merge, a person's counters) is not changed in between. SQLite: nothing to do (one writer at a time).
    /// PostgreSQL: a transaction-scoped advisory lock on the key's hash, waited for only in one order (a write that
    /// needs a lock out of that order, held by another, runs again with its locks taken first, in order).
    virtual void lock(const QString &key) { Q_UNUSED(key); }

    virtual std::optional<BlobInfo> blob(const QString &sha256) = 0;
    virtual void putBlob(const BlobInfo &blob) = 0;
    /// The bytes of the files @p person stored: those she uploaded first and those she holds (sent after someone else).
    virtual qint64 bytesOwnedBy(const QString &person) = 0;
    /// The record bytes counted against @p person's own quota (the changes she pays for, as the log keeps them).
    virtual qint64 recordBytesOf(const QString &person) = 0;
    /// Counts @p bytes more (or fewer, when negative) against @p person.
    virtual void addRecordBytes(const QString &person, qint64 bytes) = 0;
    /// Sets the record bytes counted for @p person back to zero (the administrator's `admin usage --reset`).
    virtual void resetRecordBytes(const QString &person) = 0;
    /// The record bytes counted against a shared bound (SECURITY.md, "Who pays for a record": the allowance of one
    /// teacher's vouches for one pupil, a teacher's pupils' pool), in a table of their own keyed by CounterKey: no
    /// person id is ever one of these counters.
    virtual qint64 counterBytes(const QString &counter) = 0;
    virtual void addCounterBytes(const QString &counter, qint64 bytes) = 0;
    virtual void resetCounterBytes(const QString &counter) = 0;
    /// Whether @p person proved she holds the stored file @p sha256 by sending its bytes after its first uploader.
    virtual bool isBlobHolder(const QString &sha256, const QString &person) = 0;
    /// Records @p person as a holder of the stored file @p sha256 (@p size bytes, counted in her quota).
    virtual void putBlobHolder(const QString &sha256, const QString &person, qint64 size) = 0;
    virtual void setBlobRefs(const QString &kind, const QString &row, const QStringList &sha256s) = 0;
    /// The names of stored files a row holds that grant nothing yet, because @p author (who wrote them) could not
    /// read those files: replaces the row's earlier ones.
    virtual void setUngrantedBlobRefs(const QString &kind, const QString &row, const QString &author,
                                      const QStringList &sha256s) = 0;
    /// The rows in which @p author named @p sha256 without granting it.
    virtual QList<BlobRef> ungrantedBlobRefs(const QString &author, const QString &sha256) = 0;
    /// Makes the name of @p sha256 in @p ref grant it (it leaves the ungranted ones).
    virtual void grantBlobRef(const QString &sha256, const BlobRef &ref) = 0;
    /**
     * Rows naming @p sha256 in the classes @p person belongs to, readable by @p audience (rows with no audience or
     * that audience; an empty audience reads everything), at most @p limit: rows elsewhere never crowd them out.
     */
    virtual QList<BlobRef> blobRefsIn(const QString &sha256, const QString &person, const QString &audience, int limit) = 0;

    /// Records (or moves) the pending release of @p release.assignment's answer key.
    virtual void putPendingRelease(const PendingRelease &release) = 0;
    virtual void removePendingRelease(const QString &assignment) = 0;
    /// Pending releases due at or before @p until (ISO 8601 UTC), earliest first, at most @p limit.
    virtual QList<PendingRelease> pendingReleasesDue(const QString &until, int limit) = 0;
    /// The earliest due date of a pending release (ISO 8601 UTC), empty when none waits.
    virtual QString earliestPendingRelease() = 0;

    /// Runs @p fn so that, when it throws StorageError, only its own writes are undone: one change that trips the
    /// database must not fail the changes pushed with it. False when undone. SQLite: a savepoint. PostgreSQL: no
    /// savepoint (past 64 in one transaction its snapshot cache overflows) — the whole write() runs again with
    /// this call skipped, so a write's function must be safe to run again (it clears what it collected).
    virtual bool isolated(const std::function<void()> &fn) = 0;

    virtual QString meta(const QString &key) = 0;
    virtual void setMeta(const QString &key, const QString &value) = 0;
    /// Sets @p key to @p value unless it holds a greater one (compared as text): a high-water mark that writes
    /// running side by side (several hub processes) never move back.
    virtual void raiseMeta(const QString &key, const QString &value) = 0;

    /// The time to record now (`received`, `last_seen`), ISO 8601 UTC with milliseconds: the database's clock when
    /// several machines share the database (PostgreSQL), so their times agree; this machine's otherwise.
    virtual QString now() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }

    /// The sign-in throttle of hubs sharing this database (HubStorage::sharesThrottle(); a single SQLite hub keeps it
    /// in memory and never calls these). A key is read and written under lock(u"throttle:" + key).
    virtual std::optional<ThrottleEntry> throttleEntry(const QString &key) { Q_UNUSED(key); return std::nullopt; }
    virtual void putThrottleEntry(const QString &key, const ThrottleEntry &entry) { Q_UNUSED(key); Q_UNUSED(entry); }
    virtual void removeThrottleEntry(const QString &key) { Q_UNUSED(key); }
    /// How many logins signed in from @p address since @p sinceMs; @p isKnown: whether @p login is one of them.
    virtual int knownLoginsAt(const QString &address, const QString &login, qint64 sinceMs, bool *isKnown)
    {
        Q_UNUSED(address); Q_UNUSED(login); Q_UNUSED(sinceMs);
        *isKnown = false;
        return 0;
    }
    /// @p login signed in from @p address at @p nowMs; she stays known at her @p maxAddresses most recent addresses only.
    virtual void putKnownLogin(const QString &address, const QString &login, qint64 nowMs, int maxAddresses)
    {
        Q_UNUSED(address);
        Q_UNUSED(login);
        Q_UNUSED(nowMs);
        Q_UNUSED(maxAddresses);
    }
    /// Forgets throttle entries whose last failure is before @p entriesBeforeMs, known logins before @p knownBeforeMs.
    virtual void forgetThrottle(qint64 entriesBeforeMs, qint64 knownBeforeMs) { Q_UNUSED(entriesBeforeMs); Q_UNUSED(knownBeforeMs); }
};

/**
 * @brief The storage seam of the hub: one SQLite file (SqliteHubStorage, one school) or a PostgreSQL
 * database (PostgresHubStorage, many schools).
 *
 * Thread-safe: every call may come from any HTTP worker thread. SQLite runs one write() at a time, so its
 * sequence numbers commit in order. PostgreSQL runs writes side by side (only those that lock() one key wait for
 * each other), so an entry with a smaller seq may commit after a larger one has been served: a pull never
 * compares seqs alone. It serves entries in LogPosition order (writer's transaction id, then seq) and only below
 * the horizon its snapshot gives (logHorizon()): every transaction below it has ended, so nothing it skips can
 * appear later below a cursor it returned (PROTOCOL.md, "The cursor").
 */
class HubStorage
{
public:
    virtual ~HubStorage() = default;
    /// Runs @p fn in a write transaction; commits when it returns, rolls back when it throws.
    virtual void write(const std::function<void(HubTransaction &)> &fn) = 0;
    /// Runs @p fn in a consistent read snapshot.
    virtual void read(const std::function<void(HubTransaction &)> &fn) = 0;
    /// True when other hub processes may share this storage (PostgreSQL): the sign-in throttle is kept in it then,
    /// so that failures spread over the processes count once.
    virtual bool sharesThrottle() const { return false; }

    /// Waits for a database connection (PostgreSQL's pool; nothing for SQLite), for the hub's metrics.
    struct PoolWaits
    {
        qint64 count = 0;
        qint64 ms = 0;
    };
    virtual PoolWaits poolWaits() const { return {}; }
};

} // namespace Continuite::Hub
