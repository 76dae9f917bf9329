// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "sync/change.h"
#include "sync/hlc.h"
#include "sync/hub/hubconfig.h"
#include "sync/hub/huberror.h"
#include "sync/hub/hubstorage.h"
#include "sync/hub/loginthrottle.h"
#include "sync/hub/uploadstore.h"

#include <QJsonArray>
#include <QJsonObject>

#include <atomic>
#include <limits>
#include <mutex>

namespace Continuite::Hub {

/**
 * Where a device is in the hub's log. Opaque to clients (PROTOCOL.md, "The cursor"). While every position in it has
 * xid 0 and the epoch is 0 (SQLite, and PostgreSQL's entries from a single-writer time) it keeps the form it has
 * always had, "S.M" or, while a class is back-filled, "S.M.C.B"; otherwise "E:X.S:X.S" and "E:X.S:X.S:C:X.S" (epoch,
 * then the positions as xid.seq).
 */
struct SyncCursor
{
    qint64 epoch = 0;         ///< the database's LogHorizon::epoch when the cursor was made
    LogPosition position;     ///< log entries up to here have been served
    LogPosition memberships;  ///< memberships that joined up to here have been back-filled
    QString backfillClass;    ///< a class joined after the device's cursor, being served from the start
    LogPosition backfill;

    /// Whether a position in it names a transaction (a cursor of a database with writers side by side).
    bool namesTransactions() const { return position.xid || memberships.xid || backfill.xid; }
    QString toString() const;
    static std::optional<SyncCursor> parse(const QString &text);
};

/// What one person takes on the hub (`continuite-hub admin usage`).
struct PersonUsage
{
    Account account;
    qint64 recordBytes = 0;  ///< counted against her record quota (her changes, vouches and kept rejections)
    qint64 recordQuota = 0;
    qint64 fileBytes = 0;    ///< files she stored (first or held)
    int devices = 0;         ///< signed in, not signed out
    int revokedDevices = 0;
    int vouchedKeys = 0;     ///< keys of her devices that a teacher vouched for
    int studentsCreated = 0; ///< a teacher: the student accounts she created
    /// A student: the records of her devices that teachers vouched for (her relayed USB or classroom work), all her
    /// allowances together, and the bound of each (one a vouching teacher).
    qint64 vouchedBytes = 0;
    qint64 vouchedQuota = 0;
    /// A teacher: her pupils' pool (the records of the accounts she created and of her vouches' allowances) and its bound.
    qint64 pupilsBytes = 0;
    qint64 pupilsQuota = 0;
    /// A teacher: the student accounts she may create (--max-students-per-teacher), and what one of her pupils (or
    /// one of her vouches' allowances) may still write once her pool is full (HubEngine::poolShare).
    int studentsAllowed = 0;
    qint64 pupilShare = 0;
};

/**
 * @brief The hub's rules: accounts and devices, authorization per change, merging, scope of pulls.
 *
 * Thread-safe; every method may be called from any HTTP worker. Throws HubError for answers that are
 * not 200 and StorageError when the database fails.
 */
class HubEngine
{
public:
    /// The protocol this hub speaks (PROTOCOL.md): 2 added a teacher's students' last contact to /v1/sync, 3 convergence
    /// (no new shape), 4 short answers ("v": 4).
    static constexpr int ProtocolVersion = 4;

    HubEngine(HubStorage &storage, HubLimits limits = {});

    const HubLimits &limits() const { return m_limits; }
    HubStorage &storage() { return m_storage; }

    // Administration (the admin CLI; no HTTP endpoint creates teachers)
    Account addTeacher(const QString &login, const QString &name, const QByteArray &password, bool fastHash = false);

    void resetPassword(const QString &login, const QByteArray &password);
    /// One device as `admin devices` lists it: signed in here, or known by a key a teacher vouched for.
    struct ListedDevice
    {
        Account account;
        DeviceRecord device; ///< a vouched key: its id, its key, `created` when vouched for, `revoked`; no name, no token
        bool vouched = false;
        Account voucher;     ///< a vouched key: the (first) teacher who vouched for it
    };
    /// Every device, or those of @p who (a login or a person id; 404 when nobody is @p who): signed in here, then
    /// those known by a teacher's vouch (a USB or classroom tablet), so the administrator finds the id to sign out.
    QList<ListedDevice> allDevices(const QString &who = {});
    /// Lifts the bound on @p who's device rows in all (HubLimits::maxDevicesPerPerson × 8) by counting her rows from
    /// here: her signed-out devices stay signed out and their keys refused. Returns her account and the rows forgiven.
    QPair<Account, int> forgiveDeviceRows(const QString &who);
    /// Records the quotas this hub serves with (and the students a teacher may create, on which a pupil's share of her
    /// pool depends), so that `admin usage` (another process) shows them, not the defaults.
    void saveQuotas();
    /// @p limits with the quotas a hub serving on @p storage recorded (saveQuotas), when one did.
    static HubLimits savedQuotas(HubStorage &storage, HubLimits limits = {});
    bool adminRevoke(const QString &deviceId, const QString &login);
    /// What @p who (a login or a person id; empty: everyone) takes on the hub; 404 when nobody is @p who.
    QList<PersonUsage> usage(const QString &who = {});
    /// Counts @p who's record usage from zero again (her records stay); 404 when nobody is @p who.
    Account resetRecordUsage(const QString &who);

    /// POST /v1/login. @p address is the client's IP, for throttling.
    QJsonObject login(const QJsonObject &request, const QString &address);
    /// Bearer token to session; 401 when missing, unknown or revoked.
    Session authenticate(const QString &token);

    /// POST /v1/sync: returns the compact JSON response body.
    /// @p retryAfter, when given, receives the seconds a change refused for quota should be held back (0: none was):
    /// the answer's Retry-After.
    QByteArray sync(const Session &session, const QJsonObject &request, int *retryAfter = nullptr);

    QJsonObject devices(const Session &session);
    void revokeDevice(const Session &session, const QString &deviceId, const QString &person);

    /// True when the hub holds the blob and this person may read it: they sent its bytes (first or after someone
    /// else), or a row they may read names it.
    bool mayReadBlob(const Session &session, const QString &sha256);
    /**
     * The one rule of the upload and media endpoints (both HTTP layers ask it): whether the file @p sha256, whose
     * name is in place on disk when @p inPlace, is stored *for this person*. Only then does HEAD say
     * `Upload-Complete`, PATCH answer 200 without reading, and /v1/media serve it. To anyone who may not read it
     * the hub answers exactly as for a file it does not hold (an upload from her offset, 404): she proves she holds
     * it by sending its bytes (recordUpload), and knowing a hash tells nobody that the file is here.
     */
    bool storedFor(const Session &session, const QString &sha256, bool inPlace);
    /// Counts the upload of @p sha256 (@p length bytes announced) against @p session's quota before any byte is
    /// written: her stored files (first or held) and her unfinished uploads; 413 when it does not fit.
    void reserveUpload(const Session &session, UploadStore &uploads, const QString &sha256, qint64 length);
    /// After the bytes of an upload hashed to @p sha256 (@p size bytes), before the file is moved into place. The
    /// bytes are those of the person who started the upload, @p starter (it was counted against her quota; empty:
    /// unknown, then @p session's), not necessarily of @p session, who may only have sent its (empty) end: records
    /// the blob (its first uploader owns it), or makes the starter a holder of the one stored, and lets the rows she
    /// named it in before grant it to their readers.
    void recordUpload(const Session &session, const QString &starter, const QString &sha256, qint64 size);

    /// Keys the sign-in throttle holds now (bounded by HubLimits::maxThrottleEntries per table).
    int throttleEntries() { return m_throttle.size(); }

    static QString normalizeLogin(const QString &login);
    static QString nowIso();

private:
    /// The records @p person may write on this hub, over her account's life (HubLimits, by role).
    qint64 recordQuotaOf(const Account &person) const;
    /// A counter a record is charged to, and what bounds it (SECURITY.md, "Who pays for a record").
    struct RecordCharge
    {
        QString counter;     ///< a person's id (her own quota), or an allowance's key (CounterKey::allowance)
        bool shared = false; ///< counter is a shared bound's key (HubTransaction::counterBytes), not a person's id
        qint64 limit = 0;
        QString pool;        ///< the pupils' pool of a teacher (CounterKey::pool) it also counts in, or empty
        QString poolTeacher;
        qint64 poolLimit = 0;
        QString what;        ///< said in a refusal
    };
    /// What @p person's own records are charged to: her quota and, a student, the pool of the teacher who created her.
    RecordCharge ownCharge(HubTransaction &tx, const Account &person) const;
    /// What a change signed by a key @p voucher vouched for, by @p pupil, is charged to: their allowance, in her pool.
    RecordCharge vouchedCharge(const QString &voucher, const QString &pupil) const;
    /// Why @p bytes more do not fit @p charge (a "quota: …" reason), or empty.
    QString overQuota(HubTransaction &tx, const RecordCharge &charge, qint64 bytes) const;
    static void addCharge(HubTransaction &tx, const RecordCharge &charge, qint64 bytes);
    /// What a pupil (her own records, or an allowance) may still write once her teacher's pool @p poolLimit is full.
    qint64 poolShare(qint64 poolLimit) const;
    /// What @p charge's own counter holds (a person's quota or an allowance).
    static qint64 usedBy(HubTransaction &tx, const RecordCharge &charge);
    struct Pushed;
    /// One entry of a sync request's "device_keys": a teacher vouching for a student device's key.
    struct Vouch
    {
        QString device;
        QString person;
        QByteArray publicKey;
        QString signature;
        /// The request carries a change naming this device, by this person, that this key signed: the key is shown
        /// to be that device's (a teacher vouching the pupil's real key under a made-up id could otherwise shut her
        /// real device out: one key, one device).
        bool proven = false;
    };
    static QList<Vouch> parseVouches(const QJsonValue &value);
    /// Records @p vouch, or says why it is refused (a sentence; empty when accepted).
    QString applyVouch(HubTransaction &tx, const Session &session, const Vouch &vouch);
    QJsonObject apply(HubTransaction &tx, const Session &session, const QJsonValue &value);
    /// @p payer receives what the change is charged to once its author is proved (the sender's own change, or one
    /// her device validly signed); it stays empty when she is not (a kept rejection is then its sender's to pay).
    Verdict applyChange(HubTransaction &tx, const Session &session, const Change &change, const QByteArray &digest,
                        std::optional<RecordCharge> *payer);
    /// Whether @p person may read the blob: they uploaded it, or a row they may read names it.
    static bool mayRead(HubTransaction &tx, const Account &person, const QString &sha256);
    /// Records the files @p hashes that @p row (by @p author) names: a name grants its readers a file the hub holds
    /// only when the author may read it; the others are kept apart until she proves she holds the file.
    static void nameBlobs(HubTransaction &tx, const QString &kind, const QString &row, const Account &author,
                          const QStringList &hashes);
    QByteArray servedItem(HubTransaction &tx, const Session &session, const LogEntry &entry, bool signatures, bool *skip);

    // Quiz answers and scores (SECURITY.md, "Quiz answers and scores").
    /// The hub's own score of a new submission, put in @p row in place of any number the device sent.
    static std::optional<QJsonObject> gradeSubmission(HubTransaction &tx, const Change &change, RowState &row);
    /// After an accepted assignment or submission: releases the answer key to whom the teacher's choice now allows.
    void releaseAnswersAfter(HubTransaction &tx, const Change &change, const RowState &row);
    /// Logs a release of an assignment's answer key to one student (@p audience) or to the class (empty).
    static void appendAnswerRelease(HubTransaction &tx, const QString &assignmentId, const QString &classId,
                                    const QString &audience);
    /// Releases the keys of "after the due date" quizzes whose due date has passed (cheap when none has).
    void releaseDueAnswers();
    QByteArray servedAnswerKey(HubTransaction &tx, const Session &session, const LogEntry &entry, bool signatures,
                               bool *skip);

    static constexpr int MaxVouchesPerRequest = 1000;
    HubStorage &m_storage;
    HubLimits m_limits;
    LoginThrottle m_throttle;
    std::mutex m_clockMutex;
    HybridLogicalClock m_clock;
    std::atomic<int> m_passwordChecks{0};
    /// Epoch ms of the earliest due date of an "after-due" quiz whose answers are not released yet.
    std::atomic<qint64> m_nextAnswerRelease{std::numeric_limits<qint64>::max()};
};

} // namespace Continuite::Hub
