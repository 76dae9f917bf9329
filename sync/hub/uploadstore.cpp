// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "sync/hub/uploadstore.h"

#include "sync/change.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <limits>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Continuite::Hub {

using namespace Qt::StringLiterals;

UploadStore::UploadStore(const QString &dataDir)
    : m_blobs(dataDir, std::numeric_limits<qint64>::max()) // what a person may upload is the hub's quotas' to say
    , m_uploads(dataDir + u"/uploads"_s)
{
    QDir().mkpath(dataDir + u"/blobs"_s);
    QDir().mkpath(m_uploads);
    for (const QString &name : QDir(m_uploads).entryList({u"*.owner"_s}, QDir::Files)) {
        const QString sha = name.chopped(6);
        QFile file(m_uploads + u'/' + name);
        if (!isSha256(sha) || !file.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> words = file.readAll().trimmed().split(' ');
        if (words.size() == 2)
            m_reservations[sha.toStdString()] = Reservation{QString::fromUtf8(words[0]), words[1].toLongLong()};
    }
}

QString UploadStore::partPath(const QString &sha256) const
{
    return m_uploads + u'/' + sha256 + u".part"_s;
}

qint64 UploadStore::partSize(const QString &sha256) const
{
    QFileInfo info(partPath(sha256));
    return info.exists() ? info.size() : 0;
}

std::shared_ptr<void> UploadStore::tryClaimUpload(const QString &sha256)
{
    std::string key = sha256.toStdString();
    {
        std::lock_guard lock(m_claimsMutex);
        if (!m_claims.insert(key).second)
            return nullptr;
    }
    auto unclaim = [this](const std::string &k) {
        std::lock_guard lock(m_claimsMutex);
        m_claims.erase(k);
    };
    // The other hubs of a fleet share this folder: the claim is also an exclusive lock on uploads/<sha>.lock (flock:
    // across processes, and across machines on NFS, where Linux makes it a lock of the server's). The holder removes
    // the file before unlocking, so a lock taken on a file no longer under that name is no claim: try again later.
    const QByteArray path = QFile::encodeName(m_uploads + u'/' + sha256 + u".lock"_s);
    const int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    struct stat opened = {}, named = {};
    if (fd < 0 || ::flock(fd, LOCK_EX | LOCK_NB) != 0 || ::fstat(fd, &opened) != 0 || ::stat(path.constData(), &named) != 0
        || opened.st_ino != named.st_ino || opened.st_dev != named.st_dev) {
        if (fd >= 0)
            ::close(fd);
        unclaim(key);
        return nullptr;
    }
    return std::shared_ptr<void>(this, [unclaim, fd, path, key = std::move(key)](void *) {
        ::unlink(path.constData());
        ::close(fd);
        unclaim(key);
    });
}

QString UploadStore::ownerPath(const QString &sha256) const
{
    return m_uploads + u'/' + sha256 + u".owner"_s;
}

UploadStore::Reserve UploadStore::reserveUpload(const QString &sha256, const QString &owner, qint64 length, qint64 available)
{
    std::lock_guard lock(m_reservationsMutex);
    const std::string key = sha256.toStdString();
    const auto held = m_reservations.find(key);
    if (held != m_reservations.end() && held->second.length == length)
        return Reserve::Done;
    // A new upload, or one announced at another length than the one counted against its starter's quota: without
    // this, announcing 1 byte and then sending 200 MiB under a larger Upload-Length filled the disk past every quota.
    qint64 reserved = 0;
    int count = 0;
    for (const auto &[name, r] : m_reservations)
        if (r.owner == owner && name != key) {
            reserved += r.length;
            ++count;
        }
    if (count >= MaxUnfinishedPerPerson)
        return Reserve::TooMany;
    if (reserved + length > available)
        return Reserve::OverQuota;
    if (held != m_reservations.end()) {
        QFile::remove(partPath(sha256)); // its bytes were sent for another length: start again
        m_reservations.erase(held);
    }
    QFile file(ownerPath(sha256));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(owner.toUtf8() + ' ' + QByteArray::number(length) + '\n') <= 0)
        return Reserve::OverQuota;
    m_reservations[key] = Reservation{owner, length};
    return Reserve::Done;
}

QString UploadStore::uploadStarter(const QString &sha256) const
{
    std::lock_guard lock(m_reservationsMutex);
    const auto it = m_reservations.find(sha256.toStdString());
    return it == m_reservations.end() ? QString() : it->second.owner;
}

qint64 UploadStore::reservedBy(const QString &owner) const
{
    std::lock_guard lock(m_reservationsMutex);
    qint64 reserved = 0;
    for (const auto &[name, r] : m_reservations)
        if (r.owner == owner)
            reserved += r.length;
    return reserved;
}

void UploadStore::dropReservation(const QString &sha256)
{
    std::lock_guard lock(m_reservationsMutex);
    m_reservations.erase(sha256.toStdString());
    QFile::remove(ownerPath(sha256));
}

int UploadStore::removeStaleUploads(std::chrono::seconds maxAge)
{
    int removed = 0;
    const QDateTime limit = QDateTime::currentDateTimeUtc().addSecs(-qint64(maxAge.count()));
    QStringList names;
    {
        std::lock_guard lock(m_reservationsMutex);
        for (const auto &[name, r] : m_reservations)
            names << QString::fromStdString(name);
    }
    for (const QString &part : QDir(m_uploads).entryList({u"*.part"_s}, QDir::Files))
        if (!names.contains(part.chopped(5)))
            names << part.chopped(5);
    // Claims' lock files a killed hub left (each claim removes its own): claiming one and letting it go removes it.
    for (const QString &lock : QDir(m_uploads).entryList({u"*.lock"_s}, QDir::Files)) {
        const QString sha = lock.chopped(5);
        if (isSha256(sha) && !names.contains(sha) && !QFileInfo::exists(partPath(sha)))
            tryClaimUpload(sha);
    }
    for (const QString &sha : std::as_const(names)) {
        if (!isSha256(sha))
            continue;
        const std::shared_ptr<void> claim = tryClaimUpload(sha);
        if (!claim)
            continue; // being uploaded right now: not stale (and no upload starts while it is judged)
        const QFileInfo part(partPath(sha));
        const QFileInfo owner(ownerPath(sha));
        QDateTime last = owner.exists() ? owner.lastModified() : QDateTime();
        if (part.exists() && (!last.isValid() || part.lastModified() > last))
            last = part.lastModified();
        if (last.isValid() && last >= limit)
            continue;
        QFile::remove(part.absoluteFilePath());
        dropReservation(sha);
        ++removed;
    }
    return removed;
}

bool UploadStore::verifyUpload(const QString &sha256)
{
    QFile part(partPath(sha256));
    if (!part.open(QIODevice::ReadOnly))
        return false;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&part) || QString::fromLatin1(hash.result().toHex()) != sha256) {
        part.close();
        part.remove();
        dropReservation(sha256);
        return false;
    }
    ::fsync(part.handle());
    return true;
}

bool UploadStore::publishUpload(const QString &sha256)
{
    const QString part = partPath(sha256);
    const QString target = m_blobs.pathOf(sha256);
    QDir().mkpath(QFileInfo(target).path());
    bool done = false;
    if (QFileInfo::exists(target)) { // another upload finished first: same bytes
        QFile::remove(part);
        done = true;
    } else {
        done = ::rename(QFile::encodeName(part).constData(), QFile::encodeName(target).constData()) == 0;
    }
    if (done)
        dropReservation(sha256);
    return done;
}

QStringList UploadStore::partNames() const
{
    QStringList names;
    for (const QString &part : QDir(m_uploads).entryList({u"*.part"_s}, QDir::Files))
        if (isSha256(part.chopped(5)))
            names << part.chopped(5);
    return names;
}

} // namespace Continuite::Hub
