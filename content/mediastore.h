// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "content/records.h"
#include "content/result.h"
#include "sync/change.h"

#include <QCoreApplication>
#include <QFile>
#include <QString>
#include <QStringList>

namespace Continuite {

/**
 * @brief Content-addressed blobs on disk: blobs/ab/abcdef… named by SHA-256, each stored once.
 *
 * The one class for blobs, on a device and on a hub (whose uploads, Hub::UploadStore, end in one); the one check of
 * a blob's name is Continuite::isSha256() (sync/change.h).
 *
 * A file is streamed into a temporary file while it is hashed, synced, then renamed into place, so a
 * blob either exists whole with the right hash or not at all (a power cut leaves only a temp file,
 * which the next start removes). Reads verify the hash: a blob damaged on disk is reported, never used.
 */
class MediaStore
{
    Q_DECLARE_TR_FUNCTIONS(MediaStore)
public:
    /// 512 MB by default: a household's laptop and its data plan cannot take more for one file.
    static constexpr qint64 DefaultMaxFileSize = 512LL * 1024 * 1024;

    explicit MediaStore(QString rootDir, qint64 maxFileSize = DefaultMaxFileSize);

    /// Copies a file in (or finds it already there). The name is kept for display; MIME is sniffed.
    Result<Attachment> importFile(const QString &path) const;
    /// Copies in a file already open for reading, from where it stands, shown as @p name: what a caller that checked
    /// this very open file must use (a linked picture, LinkedPicture), never opening it again by its name.
    Result<Attachment> importOpenFile(QFile &in, const QString &name) const;
    /// Stores bytes (a downloaded blob, a bundle's blob); refused when they do not hash to @p expectedSha256.
    Result<Attachment> importBytes(const QByteArray &bytes, const QString &expectedSha256 = {}, const QString &name = {}) const;

    bool contains(const QString &sha256) const;
    QString pathOf(const QString &sha256) const;
    /// The blob's size on disk, 0 when it is not here.
    qint64 sizeOf(const QString &sha256) const;
    /// The names of the blobs on disk (not re-hashed): for a repair.
    QStringList names() const;
    /// Re-hashes a blob on disk; false when it is missing or damaged.
    bool verify(const QString &sha256) const;
    /// Reads a blob and checks its hash.
    Result<QByteArray> read(const QString &sha256) const;
    /// @p markdown with its "media:SHA256" image links turned into file URLs of the blobs here (empty links for blobs
    /// this device does not hold): what a reader shows.
    QString renderableMarkdown(const QString &markdown) const;
    /// Removes temporary files left by an interrupted import.
    void cleanTemporaryFiles() const;

    QString rootDir() const { return m_root; }
    qint64 maxFileSize() const { return m_maxFileSize; }

    static QString mimeTypeOf(const QString &path, const QByteArray &head = {});

private:
    QString m_root;
    qint64 m_maxFileSize;
};

} // namespace Continuite
