// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "content/records.h"
#include "content/result.h"
#include "content/syncstore.h"
#include "sync/client/httptransport.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMutex>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Continuite {

class Store;
struct HubFailure;
struct OutboxEntry;
struct SyncRoundTrip;

/// @brief What one sync did, for the person (CLI, app) and for benchmarks.
struct SyncReport
{
    int changesSent = 0;      ///< accepted by the hub (applied or already there)
    int changesRejected = 0;  ///< refused: kept in the outbox with the reason
    int changesDeferred = 0;  ///< not stored this time for a cause that may pass (PROTOCOL.md): sent again next sync
    int changesReceived = 0;
    int recordsApplied = 0;   ///< received changes that changed something here
    int contactsReceived = 0; ///< teachers: students whose last contact with the hub changed (the board reloads)
    int syncRoundTrips = 0;   ///< /v1/sync requests
    int requests = 0;         ///< every HTTP request, media and retries included
    int retries = 0;
    int mediaFetched = 0;
    int mediaSent = 0;
    int mediaPending = 0;     ///< still queued (deferred by the policy, not yet on the hub, or failed)
    qint64 bytesUp = 0;       ///< on the wire, headers included
    qint64 bytesDown = 0;
    qint64 milliseconds = 0;
    qint64 applyMilliseconds = 0; ///< time spent applying received pages locally
    bool recordsComplete = false; ///< the outbox was sent and every page received
    bool hubUnreachable = false;  ///< the records could not reach the hub (no network, hub down): the device is offline
    bool signInNeeded = false;    ///< the hub refused the device's token (revoked): sign in again
    /// The hub was busy (429, 503) or cut a push for its pace (408) after every retry: try again soon, spread out,
    /// not at the next interval (SyncController).
    bool hubBusy = false;
    int tooSlow = 0;              ///< pushes the hub cut for their pace (408 too_slow): each halved the push batch
    int pushBudget = 0;           ///< bytes of JSON of changes per push at the end (Options::pushBudget, halved after 408s)
    QString cursor;
    QStringList errors;

    QJsonObject toJson() const;
    QString toText() const;
};

/// @brief Where a sync in flight is, for a progress bar (SyncEngine::Options::progress).
struct SyncProgress
{
    enum class Phase { Records, Media };
    Phase phase = Phase::Records;
    int changesToSend = 0;   ///< pending when the sync started
    int changesSent = 0;     ///< answered by the hub so far (accepted or refused)
    int changesReceived = 0;
    int filesTotal = 0;      ///< in the media queue when the media phase started (0 before)
    int filesDone = 0;
    qint64 bytesUp = 0;      ///< on the wire so far, the request in flight included
    qint64 bytesDown = 0;
};

/**
 * @brief Syncs one profile of a local store with its hub: the protocol of DESIGN.md, "Sync model".
 *
 * One sync: the pending outbox and the cursor go up in one request; the verdicts (applied, duplicate,
 * rejected with a reason) and a page of changes come down; verdicts, page and new cursor are recorded
 * in ONE local transaction, so an interruption at any instant loses at most the page in flight, and the
 * outbox is marked sent only once the hub has answered. It loops while the hub has more. Then the media
 * queue: uploads of files our accepted changes refer to, downloads of files received changes refer to;
 * small files before large ones; downloads resume with Range and uploads with an offset query; both
 * are verified by SHA-256. Media obey the profile's data policy.
 *
 * Never two syncs of one profile at once: a lock file per profile (QLockFile; a killed process's lock is
 * recognised as stale by its PID), plus an in-process guard.
 *
 * Blocking: run it on a worker thread in the app (see HttpTransport); cancel() is thread-safe.
 */
class SyncEngine
{
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)
public:
    struct Options
    {
        HttpTransport::Options transport;
        qint64 pageBudget = 416 * 1024; ///< at most this many bytes of JSON per page (before compression)
        /// Pages are sized to cost about this many bytes on the wire (the hub's compression ratio of the
        /// previous page tells how much JSON that is): a cut loses at most the page in flight, so this is
        /// what a cut can cost. 0: always ask for pageBudget. See bench/README.md, "Sync benchmark".
        qint64 pageWireTarget = 56 * 1024;
        /// Pages of at most this many bytes of JSON once the hub has shown (an ETag on a page) that it sends only the
        /// rest of a page cut on its way: a cut then costs what had not arrived, whatever the page's size, and larger
        /// pages mean fewer round trips and better compression (bench/README.md, "Pages the hub can resume"). The hub
        /// caps it at its own page limit (2 MiB less 16 KiB by default; 1 MiB before session 18). 0: pages stay sized by
        /// pageWireTarget.
        qint64 resumablePageBudget = 2 * 1024 * 1024;
        /// Ask for a large pull's ids and clocks in columns (SyncRoundTrip::columns); false: as a client before them.
        bool pageColumns = true;
        /// With columns, name bzip2 beside zstd: the hub then packs its strong pages with bzip2 (PROTOCOL.md, "bzip2":
        /// 20 % fewer bytes on the anchor's texts); false: zstd pages, as a client before them.
        bool pageBzip2 = true;
        int pushBatch = 1000;           ///< outbox changes per request, at most
        qint64 pushBudget = 256 * 1024; ///< bytes of JSON of changes per request (one change always goes)
        /// A push the hub cut for its pace (408 too_slow: the link, shared or on 2G, could not carry it at the hub's
        /// minimum rate) goes again after the hub's Retry-After (with jitter) with half as many changes and bytes, and so do
        /// the pushes after it, this sync and the next; this many pushes in a row that go through double them back.
        int pushRecoverAfter = 3;
        int maxRoundTrips = 10000;
        bool metered = false;           ///< the network is metered (mobile data); QNetworkInformation tells the app
        bool media = true;              ///< false: records only
        /// Files (SHA-256) the person asked for despite the data policy ("download anyway", issue 15): they
        /// are fetched even when the policy holds files back or the month's cap would be passed.
        QSet<QString> mediaAnyway;
        QString deviceName;
        /// Called on the syncing thread after each round trip and file, and while bytes move; it must not block.
        std::function<void(const SyncProgress &)> progress;
    };

    explicit SyncEngine(Store &store, Options options);
    explicit SyncEngine(Store &store)
        : SyncEngine(store, Options{})
    {
    }

    /**
     * Signs in at @p hubUrl and keeps the device token for the profile, creating the profile on this
     * device when it is not here yet (with the hub's person id, so records match on every device).
     * When the hub could not be reached or refused, @p hubFailure (if given) says how, for a caller that
     * words it for a person (wrong PIN, no network…); it stays null for a local failure.
     */
    Result<Profile> login(const QString &hubUrl, const QString &login, const QString &password,
                          HubFailure *hubFailure = nullptr);

    /// One sync of @p profile. Fails only when it could not start (no sign-in, already running).
    Result<SyncReport> sync(const Profile &profile);

    /// Aborts the sign-in or sync in flight from any thread, and any this engine starts afterwards (an engine
    /// cancelled is done: make a new one). What was received so far stays.
    void cancel();

    /// For `status`: pending_changes, rejected_changes, queued_media, last_sync, hub, cursor, last_error.
    static QJsonObject statusJson(Store &store, const QString &profileId);

private:
    /// A classroom join: the key shown at @p base (a bare TLS handshake) against the @p typedKeyCode; its pin when
    /// they match. The failure's status is 0 when nothing answers there, HubFailure::WrongClassroomKey when the key is not the one typed.
    Result<QByteArray> checkClassroomKey(const QString &base, const QString &typedKeyCode, HubFailure *hubFailure);

    struct Run;
    bool syncRecords(Run &run);
    void syncMedia(Run &run);
    Status applyRoundTrip(Run &run, const SyncRoundTrip &trip, const QList<OutboxEntry> &pushed);
    bool transferMedia(Run &run, const QueuedFile &file);

    Store &m_store;
    Options m_options;
    /// The transport of the login or sync in flight, published under m_transportMutex so that cancel() never
    /// reaches one being destroyed (TransportInUse clears it, under the lock, before the transport goes).
    class TransportInUse;
    QMutex m_transportMutex;
    HttpTransport *m_transport = nullptr;
    bool m_cancelled = false;
};

} // namespace Continuite
