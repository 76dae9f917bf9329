// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "content/mediastore.h"

#include <QString>

#include <chrono>
#include <memory>
#include <mutex>
#include <unordered_map>
#include <unordered_set>

namespace Continuite::Hub {

/**
 * @brief The hub's files: uploads under way, and the blobs they become.
 *
 * The blobs are a Continuite::MediaStore (blobs/ab/<sha256>), the same class and layout as a device's, so the hub and
 * the devices share one set of verbs for them (contains, pathOf, sizeOf, names). What is the hub's own lives here:
 * uploads/<sha256>.part while an upload is under way (resumable: its size is the offset to resume from), and beside it
 * uploads/<sha256>.owner, who started it and the length announced: a partial upload counts against that person's
 * quota until it completes or expires. publishUpload() moves a verified part into the blobs.
 *
 * Names are only ever built from a validated lowercase hex SHA-256, never from client text.
 */
class UploadStore
{
public:
    explicit UploadStore(const QString &dataDir);

    /// The blobs uploads become (and that the hub serves).
    MediaStore &blobs() { return m_blobs; }
    const MediaStore &blobs() const { return m_blobs; }

    QString partPath(const QString &sha256) const;
    qint64 partSize(const QString &sha256) const;

    /// One upload of a given blob at a time: a claim, released when its last copy goes (on any thread: an
    /// upload's body arrives on the event loop, its checks and its end run on workers), or null when another
    /// upload of this blob holds it, in this process or in another hub sharing the folder (a lock file).
    std::shared_ptr<void> tryClaimUpload(const QString &sha256);

    /// Unfinished uploads one person may have at once: each is a file on the hub's disk, however small.
    static constexpr int MaxUnfinishedPerPerson = 64;
    enum class Reserve {
        Done,        ///< reserved now, or already reserved for this length (by anyone: resuming is free)
        OverQuota,   ///< @p owner's other partial uploads plus the length exceed what she has left
        TooMany,     ///< @p owner has MaxUnfinishedPerPerson unfinished uploads already
    };
    /// Reserves @p length bytes for the upload of @p sha256 by @p owner. An upload is reserved at one length: a
    /// request announcing another starts it again (its part is dropped, the new length reserved against @p owner),
    /// so that nobody writes more than what was counted against someone's quota.
    Reserve reserveUpload(const QString &sha256, const QString &owner, qint64 length, qint64 available);
    /// Who started the unfinished upload of @p sha256 (it is counted against her quota); empty when unknown (an
    /// upload left by a hub from before reservations).
    QString uploadStarter(const QString &sha256) const;
    /// The bytes announced by @p owner's partial uploads.
    qint64 reservedBy(const QString &owner) const;

    /// Removes uploads nobody wrote to for @p maxAge (a device reinstalled, a file deleted before it was
    /// sent, or someone filling the disk), with their reservations. Uploads being written are skipped.
    int removeStaleUploads(std::chrono::seconds maxAge);

    /// Checks the part file's SHA-256 (and syncs it to disk). False (part and reservation removed) on a mismatch.
    bool verifyUpload(const QString &sha256);
    /// Moves a verified part into place under its name and drops its reservation. Call it once the blob's row
    /// is committed: a file visible under its name always has its row.
    bool publishUpload(const QString &sha256);

    /// Parts that are complete uploads waiting for publishUpload() (the hub stopped between the row and the
    /// rename): for the repair at start.
    QStringList partNames() const;

private:
    struct Reservation
    {
        QString owner;
        qint64 length = 0;
    };
    QString ownerPath(const QString &sha256) const;
    void dropReservation(const QString &sha256);

    MediaStore m_blobs;
    QString m_uploads;
    mutable std::mutex m_reservationsMutex;
    std::unordered_map<std::string, Reservation> m_reservations;
    std::mutex m_claimsMutex;
    std::unordered_set<std::string> m_claims;
};

} // namespace Continuite::Hub
