// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "content/result.h"
#include "sync/change.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace Continuite {

/// What a bundle is for: a teacher's pack for a class or one student, or a student's work coming back.
enum class BundleKind { ClassPack, StudentPack, ReturnPack };
QString bundleKindName(BundleKind kind);
std::optional<BundleKind> bundleKindFromName(QStringView name);

/// @brief Who made a bundle, for whom, when, and what it holds (the manifest table).
struct BundleManifest
{
    static constexpr int FormatVersion = 1;

    BundleKind kind = BundleKind::ClassPack;
    QString makerId;       ///< person id of who exported it
    QString makerLogin;
    QString makerName;
    QString makerRole;     ///< "teacher" or "student", as the maker's device claims it (checked on import)
    QString deviceId;      ///< the device that exported it
    QByteArray devicePublicKey;
    QString classId;       ///< the class it is for (every pack is for one class)
    QString className;
    QString studentId;     ///< a student pack: the one student it is for
    QDateTime madeAt;
    int changeCount = 0;
    int blobCount = 0;
    int deviceKeyCount = 0;
    qint64 blobBytes = 0;
};

/// One blob as a bundle carries it.
struct BundleBlob
{
    QString sha256;
    QString mime;
    QByteArray bytes;
};

/// One row of the device_keys table: the key a device signs with, and whose device it is.
struct BundleDeviceKey
{
    QString deviceId;
    QByteArray publicKey;
    QString personId;
};

/// @brief Everything a bundle holds, read into memory after its seal was checked.
struct BundleContents
{
    BundleManifest manifest;
    QList<Change> changes;
    QList<BundleBlob> blobs;
    QHash<QString, BundleDeviceKey> deviceKeys; ///< by device id
};

/**
 * @brief The bundle file format: one SQLite file (SQLite as a file format) sealed by a SHA-256.
 *
 * Tables: manifest (key, value), changes (seq, id, body: the change JSON with its signature),
 * blobs (sha256, mime, bytes), device_keys (device, public_key, person). The manifest's "sha256" is the
 * SHA-256 of the whole file with that value's 64 characters read as "0": any changed or missing byte
 * anywhere in the file (a page, its free space, the SQLite header) breaks the seal. The seal only says
 * the file is whole; that its changes are genuine is what their ed25519 signatures say.
 *
 * A pack is read as hostile input (PackDatabase): in memory, read-only, with SQLite's defences on, its schema
 * checked before any query, a step budget on SQLite's work, and every count and size bounded (below).
 */
class BundleFile
{
    Q_DECLARE_TR_FUNCTIONS(BundleFile)
public:
    /// Bundles larger than this are refused before reading (a year of a class with its media fits).
    static constexpr qint64 MaxFileSize = 2LL * 1024 * 1024 * 1024 - 1;
    /// What one pack may hold. A year of a class is a few thousand changes, a few hundred files, one device key
    /// (a student's pending work for a class is far less); these bound the memory and time a hostile pack costs.
    static constexpr int MaxChanges = 100'000;
    static constexpr int MaxBlobs = 20'000;
    static constexpr int MaxDeviceKeys = 256;
    static constexpr int MaxManifestEntries = 64;
    /// One change as JSON: its largest fields (three 512 KB lesson sections) with room for escaping.
    static constexpr qint64 MaxChangeBytes = 16LL * 1024 * 1024;
    /// All changes of a pack, as JSON: the media are counted apart (they are files, not text).
    static constexpr qint64 MaxChangesBytes = 256LL * 1024 * 1024;

    /// Writes a new bundle file at @p path (replacing it only once it is complete and sealed).
    static Status write(const QString &path, const BundleContents &contents);
    /// Reads a bundle and checks its schema, seal, format and counts. The error says what is wrong with the file.
    static Result<BundleContents> read(const QString &path);
    /// The same, with SQLite's step budget set (PackDatabase::stepBudgetFor() when negative): for tests.
    static Result<BundleContents> read(const QString &path, qint64 stepBudget);
    /// Computes and writes the seal of a finished SQLite file (the exporter's last step).
    static Status seal(const QString &path);
};

} // namespace Continuite
