// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "content/mediastore.h"

#include "content/outsidepictures.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStorageInfo>
#include <QUrl>
#include <QUuid>

namespace Continuite {

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 ChunkSize = 256 * 1024;
constexpr qint64 DiskMargin = 16 * 1024 * 1024; // leave room for the store itself

QString humanSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}
} // namespace

MediaStore::MediaStore(QString rootDir, qint64 maxFileSize)
    : m_root(std::move(rootDir))
    , m_maxFileSize(maxFileSize)
{
}

QString MediaStore::pathOf(const QString &sha256) const
{
    return m_root + u"/blobs/"_s + sha256.left(2) + u'/' + sha256;
}

bool MediaStore::contains(const QString &sha256) const
{
    return isSha256(sha256) && QFileInfo::exists(pathOf(sha256));
}

qint64 MediaStore::sizeOf(const QString &sha256) const
{
    return isSha256(sha256) ? QFileInfo(pathOf(sha256)).size() : 0;
}

QStringList MediaStore::names() const
{
    const QString blobs = m_root + u"/blobs"_s;
    QStringList names;
    for (const QString &dir : QDir(blobs).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        for (const QString &name : QDir(blobs + u'/' + dir).entryList(QDir::Files))
            if (isSha256(name) && name.startsWith(dir))
                names << name;
    return names;
}

QString MediaStore::mimeTypeOf(const QString &path, const QByteArray &head)
{
    static const QMimeDatabase db;
    const QMimeType type = head.isEmpty() ? db.mimeTypeForFile(path) : db.mimeTypeForFileNameAndData(path, head);
    return type.isValid() ? type.name() : u"application/octet-stream"_s;
}

Result<Attachment> MediaStore::importFile(const QString &path) const
{
    using R = Result<Attachment>;
    const QFileInfo info(path);
    if (!info.exists())
        return R::failure(tr("The file %1 does not exist.").arg(path));
    if (!info.isFile())
        return R::failure(tr("%1 is not a file.").arg(path));
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return R::failure(tr("Cannot read %1: %2").arg(path, in.errorString()));
    return importOpenFile(in, info.fileName());
}

Result<Attachment> MediaStore::importOpenFile(QFile &in, const QString &name) const
{
    using R = Result<Attachment>;
    const qint64 size = in.size();
    if (size > m_maxFileSize)
        return R::failure(tr("%1 is too large (%2; the limit is %3): a household on mobile data could not download it. Compress it or split it.")
                              .arg(name, humanSize(size), humanSize(m_maxFileSize)));
    if (!QDir().mkpath(m_root + u"/tmp"_s))
        return R::failure(tr("Cannot create the media folder in %1: check its permissions.").arg(m_root));
    const QStorageInfo disk(m_root);
    if (disk.isValid() && disk.bytesAvailable() >= 0 && disk.bytesAvailable() < size + DiskMargin)
        return R::failure(tr("Not enough free disk space for %1 (%2 needed, %3 free): free some space, then try again.")
                              .arg(name, humanSize(size), humanSize(disk.bytesAvailable())));

    const QString tmpPath = m_root + u"/tmp/"_s + QUuid::createUuid().toString(QUuid::Id128);
    QFile out(tmpPath);
    if (!out.open(QIODevice::WriteOnly))
        return R::failure(tr("Cannot write in the media folder: %1").arg(out.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray head;
    qint64 total = 0;
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(ChunkSize);
        if (chunk.isEmpty() && in.error() != QFileDevice::NoError)
            break;
        if (head.isEmpty())
            head = chunk.left(4096);
        hash.addData(chunk);
        if (out.write(chunk) != chunk.size()) {
            const QString reason = out.errorString();
            out.close();
            QFile::remove(tmpPath);
            return R::failure(tr("Could not copy %1 (disk full?): %2. Nothing was changed.").arg(name, reason));
        }
        total += chunk.size();
    }
    if (in.error() != QFileDevice::NoError || !out.flush()) {
        const QString reason = in.error() != QFileDevice::NoError ? in.errorString() : out.errorString();
        out.close();
        QFile::remove(tmpPath);
        return R::failure(tr("Could not copy %1: %2. Nothing was changed.").arg(name, reason));
    }
    out.close();
    const QString sha = QString::fromLatin1(hash.result().toHex());
    const QString finalPath = pathOf(sha);
    if (QFileInfo::exists(finalPath) && verify(sha)) {
        QFile::remove(tmpPath); // already stored: deduplicated
    } else {
        QDir().mkpath(QFileInfo(finalPath).absolutePath());
        QFile::remove(finalPath); // a damaged copy is replaced by the good one
        if (!QFile::rename(tmpPath, finalPath)) {
            QFile::remove(tmpPath);
            return R::failure(tr("Could not store %1 in the media folder.").arg(name));
        }
    }
    return Attachment{sha, total, mimeTypeOf(name, head), name};
}

Result<Attachment> MediaStore::importBytes(const QByteArray &bytes, const QString &expectedSha256, const QString &name) const
{
    using R = Result<Attachment>;
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    if (!expectedSha256.isEmpty() && sha != expectedSha256)
        return R::failure(tr("The received file is damaged (its SHA-256 does not match): it was not stored."));
    if (bytes.size() > m_maxFileSize)
        return R::failure(tr("The file is too large (%1; the limit is %2).").arg(humanSize(bytes.size()), humanSize(m_maxFileSize)));
    const QString finalPath = pathOf(sha);
    if (!(QFileInfo::exists(finalPath) && verify(sha))) {
        // A full disk is said as such, before writing when it can be seen (review-media20, finding 6: QSaveFile's error
        // after a failed commit is empty, and "Unknown error" was all a person read).
        const QString shown = name.isEmpty() ? sha.left(12) : name;
        QDir().mkpath(QFileInfo(finalPath).absolutePath());
        const QStorageInfo disk(m_root);
        if (disk.isValid() && disk.bytesAvailable() >= 0 && disk.bytesAvailable() < bytes.size() + DiskMargin)
            return R::failure(tr("Not enough free disk space for %1 (%2 needed, %3 free): free some space, then try again.")
                                  .arg(shown, humanSize(bytes.size()), humanSize(disk.bytesAvailable())));
        QSaveFile out(finalPath);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
            out.cancelWriting();
            const QStorageInfo after(m_root);
            return R::failure(tr("The file %1 could not be stored: the disk is full or refuses to be written (%2 free). Free some "
                                 "space, then try again. Nothing was changed.")
                                  .arg(shown, humanSize(std::max<qint64>(0, after.bytesAvailable()))));
        }
    }
    return Attachment{sha, bytes.size(), mimeTypeOf(name.isEmpty() ? sha : name, bytes.left(4096)), name};
}

bool MediaStore::verify(const QString &sha256) const
{
    if (!isSha256(sha256))
        return false;
    QFile f(pathOf(sha256));
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&f))
        return false;
    return QString::fromLatin1(hash.result().toHex()) == sha256;
}

Result<QByteArray> MediaStore::read(const QString &sha256) const
{
    using R = Result<QByteArray>;
    if (!isSha256(sha256))
        return R::failure(tr("Not a SHA-256: %1").arg(sha256.left(80)));
    QFile f(pathOf(sha256));
    if (!f.open(QIODevice::ReadOnly))
        return R::failure(tr("The file %1 is not on this device yet: sync to fetch it.").arg(sha256.left(12)));
    const QByteArray bytes = f.readAll();
    if (QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()) != sha256)
        return R::failure(tr("The file %1 is damaged on this device: it will be fetched again at the next sync.").arg(sha256.left(12)));
    return bytes;
}

void MediaStore::cleanTemporaryFiles() const
{
    QDir tmp(m_root + u"/tmp"_s);
    for (const QString &name : tmp.entryList(QDir::Files))
        tmp.remove(name);
}

QString MediaStore::renderableMarkdown(const QString &markdown) const
{
    static const QRegularExpression link(uR"(\(media:([0-9a-f]{64})\))"_s);
    const QString shown = withoutOutsidePictures(markdown); // only the store's pictures: nothing fetched, nothing local
    QString out;
    qsizetype from = 0;
    auto it = link.globalMatch(shown);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString sha = m.captured(1);
        out += shown.mid(from, m.capturedStart() - from);
        out += contains(sha) ? u'(' + QUrl::fromLocalFile(pathOf(sha)).toString() + u')' : u"()"_s;
        from = m.capturedEnd();
    }
    return out + shown.mid(from);
}

} // namespace Continuite
