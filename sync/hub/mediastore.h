#pragma once

#include <QString>

#include <memory>
#include <mutex>
#include <unordered_map>
#include <unordered_set>

namespace Continuite::Hub {

/**
 * @brief Content-addressed blobs on disk: blobs/ab/<sha256> once verified, uploads/<sha256>.part
 * while an upload is under way (resumable: its size is the offset to resume from).
 *
 * Names are only ever built from a validated lowercase hex SHA-256, never from client text.
 */
class MediaStore
{
public:
    explicit MediaStore(const QString &dataDir);

    static bool isSha256(const QString &text);

    QString blobPath(const QString &sha256) const;
    QString partPath(const QString &sha256) const;
    bool hasBlob(const QString &sha256) const;
    qint64 blobSize(const QString &sha256) const;
    qint64 partSize(const QString &sha256) const;

    /// One upload of a given blob at a time (cpp-httplib layer: the thread that reads the body holds it): the
    /// lock, or an empty one when another is in progress.
    std::unique_lock<std::mutex> tryLockUpload(const QString &sha256);
    /// One upload of a given blob at a time (event-loop layer): a claim, released when its last copy goes (on any thread: an
    /// upload's body arrives on the event loop, its checks and its end run on workers), or null when another
    /// upload of this blob holds it.
    std::shared_ptr<void> tryClaimUpload(const QString &sha256);

    /// Removes uploads nobody resumed for @p days (a device reinstalled, a file deleted before it was sent).
    int removeStaleUploads(int days);

    /// Verifies the part file's SHA-256 and moves it into place. False (part removed) on a mismatch.
    bool finish(const QString &sha256);

private:
    QString m_blobs;
    QString m_uploads;
    std::mutex m_locksMutex;
    std::unordered_map<std::string, std::shared_ptr<std::mutex>> m_locks;
    std::mutex m_claimsMutex;
    std::unordered_set<std::string> m_claims;
};

} // namespace Continuite::Hub
