// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "content/records.h"
#include "content/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace Continuite {

class Database;

/// When media may use the network. Records (text) always sync: they are small and they are the work.
/// The one definition: its namespace carries a meta-object so that QML names this very enum (MediaPolicy.Never;
/// app/models/datapolicysettings.h registers it), with no copy kept in step by hand.
namespace MediaPolicies {
Q_NAMESPACE
enum class MediaPolicy { Never, UnmeteredOnly, Always };
Q_ENUM_NS(MediaPolicy)
} // namespace MediaPolicies
using MediaPolicies::MediaPolicy;
QString mediaPolicyName(MediaPolicy policy);
std::optional<MediaPolicy> mediaPolicyFromName(QStringView name);

/// @brief A profile's data policy: what a household with a few hundred MB a month can afford.
struct DataPolicy
{
    MediaPolicy media = MediaPolicy::Always;
    qint64 monthlyCapMB = 0;      ///< media stop once this month's sync traffic would pass it; 0 is no cap
    qint64 rateCapBytesPerSecond = 0; ///< 0 is unlimited
};

/// @brief Where a profile stands with its hub (one row of sync_state).
struct SyncState
{
    QString profileId;
    QString hub;
    QString token;
    QString cursor;
    QString lastSync;  ///< ISO 8601 UTC of the last sync that completed its records, or empty
    QString lastError;
    DataPolicy policy;
    QString usageMonth; ///< "YYYY-MM"
    qint64 usageBytes = 0;
    QString lastSeenUntil; ///< teachers: the hub's mark of the students' last contact received so far
    int hubProtocol = 0;   ///< the protocol the hub said it speaks (a sync answer's "protocol"); 0 until it says
};

/// @brief A file waiting to go to or come from the hub (one row of media_queue).
struct QueuedFile
{
    enum Direction { Up, Down };
    QString sha256;
    Direction direction = Up;
    qint64 size = 0;
};

/**
 * @brief The store's side of syncing: each profile's sign-in, cursor and data use, the files waiting to travel,
 * the files this device holds, and when the hub received a submission.
 *
 * The one owner of the sync_state and media_queue tables and of the rows the sync, the packs and the classroom
 * hub write beside the change log (`media`, `submissions.received_at`): those never write the store's tables
 * themselves. Every write may run inside a caller's Database::write() (it then joins that transaction), so a
 * page of changes, its files and its cursor commit together.
 */
class SyncStore
{
    Q_DECLARE_TR_FUNCTIONS(SyncStore)
public:
    explicit SyncStore(Database &db);

    // ---- Sign-in, cursor and data use (sync_state) ------------------------------------------------
    std::optional<SyncState> state(const QString &profileId);
    /// Keeps @p token for @p profileId's hub at @p hub; the cursor and the last-contact mark are kept only when the
    /// hub is the same as before (another hub starts from nothing).
    Status saveSignIn(const QString &profileId, const QString &hub, const QString &token);
    /// Fails with a sentence when a cap is negative or the profile has not signed in.
    Status setPolicy(const QString &profileId, const DataPolicy &policy);
    Status setCursor(const QString &profileId, const QString &cursor);
    Status setLastSeenUntil(const QString &profileId, const QString &until);
    Status setHubProtocol(const QString &profileId, int protocol);
    /// A sync ended at @p now: its last error (empty: none), this month's traffic, and whether its records completed
    /// (then it is the last sync).
    Status recordAttempt(const QString &profileId, const QString &now, const QString &error, const QString &month,
                         qint64 usageBytes, bool recordsComplete);

    // ---- Files waiting to travel (media_queue) ----------------------------------------------------
    /// Queues @p file to travel in @p direction for @p profileId (once: a second queueing is a no-op).
    Status queueFile(const QString &profileId, const Attachment &file, QueuedFile::Direction direction, const QString &now);
    /// What waits, small files first, large ones last; at equal size what goes up before what comes down.
    QList<QueuedFile> queuedFiles(const QString &profileId);
    int queuedFileCount(const QString &profileId);
    Status dequeueFile(const QString &profileId, const QString &sha256, QueuedFile::Direction direction);
    /// One more failed try of that file, and why (shown to whoever looks at the queue).
    Status noteFileFailure(const QString &profileId, const QString &sha256, QueuedFile::Direction direction,
                           const QString &why);

    // ---- What arrived ---------------------------------------------------------------------------
    /// This device now holds the file @p sha256 (its bytes are already in the media folder).
    Status recordFile(const QString &sha256, qint64 size, const QString &mime);
    /// The type of the file @p sha256 this device holds, or empty when it does not know it.
    QString fileMime(const QString &sha256);
    /// The hub received submission @p submissionId at @p received (kept once: the first reception is the evidence
    /// a deadline is judged on).
    Status recordReceived(const QString &submissionId, const QString &received);

    // ---- Rows as they stand, for a pack or the classroom hub to carry ---------------------------------
    /// Which rows of a kind to read: each field that is set narrows the choice.
    struct RowSelection
    {
        QString id;                 ///< this row only
        QString classId;            ///< rows of this class
        bool liveOnly = false;      ///< not deleted
        bool publishedOnly = false; ///< published (lessons, assignments)
        QString role;               ///< members with this role ("teacher", "student")
        QString person;             ///< members who are this person
        QString student;            ///< feedback to this student
    };
    /// A row as it stands: its synced fields that are set (a null column is left out), whoever is acting.
    struct RowState
    {
        QString id;
        QString classId;
        QString hlc;
        QJsonObject fields;
    };
    /// The rows of @p kind that @p which selects, oldest version first (by HLC). The caller decides what may leave
    /// the device (BundleExporter: never a PIN hash in a class pack).
    Result<QList<RowState>> rowStates(const QString &kind, const RowSelection &which);

    // ---- Device keys learnt off packs and classroom sessions -------------------------------------
    /// @brief The key this device trusts for another device, and whose device it is.
    struct DeviceKey
    {
        QString person;
        QByteArray publicKey;
    };
    /// The key pinned for @p person's work signed on @p device; empty when none is. Pins are per (device, person): one
    /// installation signs for every profile on it (two sisters on the family laptop) with its one key.
    DeviceKey pinnedKey(const QString &device, const QString &person);
    /// Whether @p device has a key pinned here, for anyone, other than @p publicKey (an installation has one key: another
    /// one under its id is a forgery of one of the two).
    bool deviceHasAnotherKey(const QString &device, const QByteArray &publicKey);
    /// Pins (@p device, @p person) → @p publicKey, replacing what was pinned for that pair.
    Status pinKey(const QString &device, const QString &person, const QByteArray &publicKey);
    /// Whether any device of @p person has a pinned key here (a pack from an unseen device of hers needs a confirmation).
    bool knowsADeviceOf(const QString &person);

private:
    Database &m_db;
};

} // namespace Continuite
