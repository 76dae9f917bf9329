#include "sync/hub/mediastore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <unistd.h>

namespace Continuite::Hub {

using namespace Qt::StringLiterals;

MediaStore::MediaStore(const QString &dataDir)
    : m_blobs(dataDir + u"/blobs"_s)
    , m_uploads(dataDir + u"/uploads"_s)
{
    QDir().mkpath(m_blobs);
    QDir().mkpath(m_uploads);
}

bool MediaStore::isSha256(const QString &s)
{
    if (s.size() != 64)
        return false;
    for (QChar c : s)
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    return true;
}

QString MediaStore::blobPath(const QString &sha256) const
{
    return m_blobs + u'/' + sha256.left(2) + u'/' + sha256;
}

QString MediaStore::partPath(const QString &sha256) const
{
    return m_uploads + u'/' + sha256 + u".part"_s;
}

bool MediaStore::hasBlob(const QString &sha256) const
{
    return QFileInfo::exists(blobPath(sha256));
}

qint64 MediaStore::blobSize(const QString &sha256) const
{
    return QFileInfo(blobPath(sha256)).size();
}

qint64 MediaStore::partSize(const QString &sha256) const
{
    QFileInfo info(partPath(sha256));
    return info.exists() ? info.size() : 0;
}

std::unique_lock<std::mutex> MediaStore::tryLockUpload(const QString &sha256)
{
    std::shared_ptr<std::mutex> mutex;
    {
        std::lock_guard lock(m_locksMutex);
        auto &slot = m_locks[sha256.toStdString()];
        if (!slot)
            slot = std::make_shared<std::mutex>();
        mutex = slot;
    }
    // The map keeps every mutex it made; one per blob ever uploaded since start is small.
    return std::unique_lock<std::mutex>(*mutex, std::try_to_lock);
}

std::shared_ptr<void> MediaStore::tryClaimUpload(const QString &sha256)
{
    std::string key = sha256.toStdString();
    std::lock_guard lock(m_claimsMutex);
    if (!m_claims.insert(key).second)
        return nullptr;
    return std::shared_ptr<void>(this, [this, key = std::move(key)](void *) {
        std::lock_guard lock(m_claimsMutex);
        m_claims.erase(key);
    });
}

int MediaStore::removeStaleUploads(int days)
{
    int removed = 0;
    const QDateTime limit = QDateTime::currentDateTimeUtc().addDays(-days);
    const QFileInfoList parts = QDir(m_uploads).entryInfoList({u"*.part"_s}, QDir::Files);
    for (const QFileInfo &part : parts)
        if (part.lastModified() < limit && QFile::remove(part.absoluteFilePath()))
            ++removed;
    return removed;
}

bool MediaStore::finish(const QString &sha256)
{
    QFile part(partPath(sha256));
    if (!part.open(QIODevice::ReadOnly))
        return false;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&part) || QString::fromLatin1(hash.result().toHex()) != sha256) {
        part.close();
        part.remove();
        return false;
    }
    ::fsync(part.handle());
    part.close();
    const QString target = blobPath(sha256);
    QDir().mkpath(QFileInfo(target).path());
    if (QFileInfo::exists(target)) { // another upload finished first: same bytes
        part.remove();
        return true;
    }
    return ::rename(QFile::encodeName(part.fileName()).constData(), QFile::encodeName(target).constData()) == 0;
}

} // namespace Continuite::Hub
