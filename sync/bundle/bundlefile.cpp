// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "sync/bundle/bundlefile.h"

#include "sync/bundle/packdatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

Q_LOGGING_CATEGORY(lcBundle, "continuite.bundle")

namespace Continuite {

using namespace Qt::StringLiterals;

namespace {
const QByteArray SqliteMagic("SQLite format 3\0", 16);
const QString FormatName = u"continuite-bundle"_s;
constexpr int ApplicationId = 0x436f6e74; // "Cont": `file` and sqlite3 tell a bundle apart
constexpr int SealLength = 64;

/// A QtSql connection of its own to one bundle file, removed when done.
class Connection
{
public:
    Connection(const QString &path, bool readOnly)
        : m_name(u"continuite-bundle-"_s + QUuid::createUuid().toString(QUuid::Id128))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        if (readOnly)
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        m_open = db.open();
        if (!m_open)
            m_error = db.lastError().text();
    }
    ~Connection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
};

bool isHex64(const QString &text)
{
    if (text.size() != SealLength)
        return false;
    for (QChar c : text)
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    return true;
}

/// The seal of @p bytes whose seal value sits at @p offset: SHA-256 with those 64 bytes read as '0'.
QString sealOf(const QByteArray &bytes, qsizetype offset)
{
    // Hashed in three parts: a copy of a year's pack with its media would double the memory it takes.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayView(bytes).first(offset));
    hash.addData(QByteArray(SealLength, '0'));
    hash.addData(QByteArrayView(bytes).sliced(offset + SealLength));
    return QString::fromLatin1(hash.result().toHex());
}

/// The seal value a bundle's manifest holds, read as any pack is read (PackDatabase); empty when there is none.
QString readSealValue(const QByteArray &bytes)
{
    PackDatabase db(bytes);
    if (db.open() != PackDatabase::Problem::None)
        return {};
    QString value;
    db.each("SELECT value FROM manifest WHERE key = 'sha256'", 1, 4096, [&](const PackDatabase::Row &row) {
        value = row.text(0);
        return true;
    });
    return value;
}
} // namespace

QString bundleKindName(BundleKind kind)
{
    switch (kind) {
    case BundleKind::ClassPack:
        return u"class"_s;
    case BundleKind::StudentPack:
        return u"student"_s;
    case BundleKind::ReturnPack:
        return u"return"_s;
    }
    return {};
}

std::optional<BundleKind> bundleKindFromName(QStringView name)
{
    for (BundleKind k : {BundleKind::ClassPack, BundleKind::StudentPack, BundleKind::ReturnPack})
        if (bundleKindName(k) == name)
            return k;
    return std::nullopt;
}

Status BundleFile::write(const QString &path, const BundleContents &contents)
{
    const QString part = path + u".part"_s;
    QFile::remove(part);
    {
        Connection c(part, false);
        if (!c.isOpen())
            return Status::failure(tr("Could not create %1: %2").arg(part, c.error()));
        QSqlDatabase db = c.db();
        QSqlQuery q(db);
        auto fail = [&](const QSqlQuery &query) {
            const QString message = tr("Could not write the bundle %1: %2").arg(path, query.lastError().text());
            return Status::failure(message);
        };
        qint64 payload = 0;
        for (const BundleBlob &blob : contents.blobs)
            payload += blob.bytes.size();
        payload += qint64(contents.changes.size()) * 1024;
        QStringList setup{
            // A weekly return pack is a few KB: small pages keep it small; a year's pack reads faster in large ones.
            u"PRAGMA page_size = %1"_s.arg(payload < 256 * 1024 ? 1024 : 4096),
            u"PRAGMA journal_mode = OFF"_s, // a bundle is written once, then renamed into place: no journal
            u"PRAGMA secure_delete = ON"_s, // free space is zeroed: nothing of an earlier write lingers
            u"PRAGMA application_id = %1"_s.arg(ApplicationId),
            u"PRAGMA user_version = %1"_s.arg(BundleManifest::FormatVersion),
        };
        for (const auto &table : PackDatabase::tables())
            setup << table.second; // the exact text the reader expects to find in sqlite_master
        for (const QString &sql : setup)
            if (!q.exec(sql))
                return fail(q);
        if (!db.transaction())
            return Status::failure(tr("Could not write the bundle %1: %2").arg(path, db.lastError().text()));

        const BundleManifest &m = contents.manifest;
        // A random placeholder of the seal's length: found again in the file's bytes to be replaced.
        QByteArray nonce(SealLength / 2, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(nonce.data()), nonce.size() / 4);
        const QList<std::pair<QString, QString>> manifest{
            {u"format"_s, FormatName},
            {u"format_version"_s, QString::number(BundleManifest::FormatVersion)},
            {u"kind"_s, bundleKindName(m.kind)},
            {u"maker"_s, m.makerId},
            {u"maker_login"_s, m.makerLogin},
            {u"maker_name"_s, m.makerName},
            {u"maker_role"_s, m.makerRole},
            {u"device"_s, m.deviceId},
            {u"device_public_key"_s, QString::fromLatin1(m.devicePublicKey.toBase64())},
            {u"class"_s, m.classId},
            {u"class_name"_s, m.className},
            {u"student"_s, m.studentId},
            {u"made_at"_s, m.madeAt.toUTC().toString(Qt::ISODateWithMs)},
            {u"changes"_s, QString::number(contents.changes.size())},
            {u"blobs"_s, QString::number(contents.blobs.size())},
            {u"device_keys"_s, QString::number(contents.deviceKeys.size())},
            {u"sha256"_s, QString::fromLatin1(nonce.toHex())},
        };
        q.prepare(u"INSERT INTO manifest (key, value) VALUES (?, ?)"_s);
        for (const auto &[key, value] : manifest) {
            q.addBindValue(key);
            q.addBindValue(value);
            if (!q.exec())
                return fail(q);
        }
        q.prepare(u"INSERT INTO changes (id, body) VALUES (?, ?)"_s);
        for (const Change &change : contents.changes) {
            q.addBindValue(change.id);
            q.addBindValue(QString::fromUtf8(QJsonDocument(change.toJson()).toJson(QJsonDocument::Compact)));
            if (!q.exec())
                return fail(q);
        }
        q.prepare(u"INSERT INTO blobs (sha256, mime, bytes) VALUES (?, ?, ?)"_s);
        for (const BundleBlob &blob : contents.blobs) {
            q.addBindValue(blob.sha256);
            q.addBindValue(blob.mime);
            q.addBindValue(blob.bytes);
            if (!q.exec())
                return fail(q);
        }
        q.prepare(u"INSERT INTO device_keys (device, public_key, person) VALUES (?, ?, ?)"_s);
        for (const BundleDeviceKey &key : contents.deviceKeys) {
            q.addBindValue(key.deviceId);
            q.addBindValue(QString::fromLatin1(key.publicKey.toBase64()));
            q.addBindValue(key.personId);
            if (!q.exec())
                return fail(q);
        }
        q.finish();
        if (!db.commit())
            return Status::failure(tr("Could not write the bundle %1: %2").arg(path, db.lastError().text()));
    }
    if (Status s = seal(part); !s) {
        QFile::remove(part);
        return s;
    }
    QFile::remove(path);
    if (!QFile::rename(part, path)) {
        QFile::remove(part);
        return Status::failure(tr("Could not write the bundle %1: check that the folder is writable and the disk not full.").arg(path));
    }
    return success();
}

Status BundleFile::seal(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return Status::failure(tr("Could not seal the bundle %1: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    const QString placeholder = readSealValue(bytes);
    if (!isHex64(placeholder))
        return Status::failure(tr("Could not seal the bundle %1: it has no seal to fill in.").arg(path));
    const qsizetype offset = bytes.indexOf(placeholder.toLatin1());
    if (offset < 0 || bytes.indexOf(placeholder.toLatin1(), offset + 1) >= 0)
        return Status::failure(tr("Could not seal the bundle %1: its seal value is not unique in the file.").arg(path));
    const QString seal = sealOf(bytes, offset);
    if (!file.seek(offset) || file.write(seal.toLatin1()) != SealLength || !file.flush())
        return Status::failure(tr("Could not seal the bundle %1: %2").arg(path, file.errorString()));
    return success();
}

Result<BundleContents> BundleFile::read(const QString &path)
{
    return read(path, -1);
}

Result<BundleContents> BundleFile::read(const QString &path, qint64 stepBudget)
{
    using R = Result<BundleContents>;
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(tr("Could not open %1: %2").arg(path, file.errorString()));
    if (file.size() > MaxFileSize)
        return R::failure(tr("%1 is too large to be a bundle (%2 MB).").arg(name).arg(file.size() / (1024 * 1024)));
    if (file.peek(SqliteMagic.size()) != SqliteMagic)
        return R::failure(tr("%1 is not a Continuité bundle (it is not a SQLite file).").arg(name));
    const QByteArray bytes = file.readAll();
    if (bytes.size() != file.size())
        return R::failure(tr("Could not read all of %1: %2").arg(name, file.errorString()));
    file.close();

    // SQLite reads exactly the bytes that are checked, in memory and read-only, as hostile input: a USB stick
    // cannot change under it, nothing is ever written next to the pack, and a pack that is not made of a
    // bundle's four tables is refused before any query touches them (PackDatabase).
    const QString damaged = tr("%1 is damaged or incomplete (was it copied whole? copy it again from the sending device).").arg(name);
    const QString refusedWhole = tr("%1 does not hold what its manifest says (changes, files or keys are missing): it is refused whole.").arg(name);
    PackDatabase db(bytes, stepBudget);
    const auto problem = [&](PackDatabase::Problem p, const QString &tooManyRows) {
        switch (p) {
        case PackDatabase::Problem::None:
            break;
        case PackDatabase::Problem::Damaged:
            return damaged;
        case PackDatabase::Problem::UnexpectedSchema:
            return tr("%1 is not a Continuité bundle: it holds tables or code that a pack never holds. It is refused whole.").arg(name);
        case PackDatabase::Problem::TooMuchWork:
            return tr("%1 makes this device work far longer than a pack of its size needs: it is refused whole.").arg(name);
        case PackDatabase::Problem::ValueTooLarge:
            return tr("%1 holds a change or a file larger than a pack may carry: it is refused whole.").arg(name);
        case PackDatabase::Problem::TooManyRows:
            return tooManyRows;
        }
        return QString();
    };
    if (const auto p = db.open(); p != PackDatabase::Problem::None)
        return R::failure(problem(p, damaged));

    BundleContents contents;
    qint64 applicationId = 0;
    if (const auto p = db.each("PRAGMA application_id", 1, 64, [&](const PackDatabase::Row &row) {
            applicationId = row.integer(0);
            return true;
        });
        p != PackDatabase::Problem::None)
        return R::failure(problem(p, damaged));
    QHash<QString, QString> manifest;
    const QString notOurs = tr("%1 is not a Continuité bundle.").arg(name);
    if (const auto p = db.each("SELECT key, value FROM manifest", MaxManifestEntries, 4096, [&](const PackDatabase::Row &row) {
            manifest.insert(row.text(0), row.text(1));
            return true;
        });
        p != PackDatabase::Problem::None)
        return R::failure(problem(p, notOurs));
    if (applicationId != ApplicationId || manifest.value(u"format"_s) != FormatName)
        return R::failure(notOurs);
    if (manifest.value(u"format_version"_s).toInt() != BundleManifest::FormatVersion)
        return R::failure(tr("%1 was made by another version of Continuité (bundle format %2, this one reads %3): update the app.")
                              .arg(name, manifest.value(u"format_version"_s).left(8))
                              .arg(BundleManifest::FormatVersion));

    // The seal first: nothing else is believed of a file that is not whole.
    const QString sealValue = manifest.value(u"sha256"_s);
    if (!isHex64(sealValue))
        return R::failure(damaged);
    const qsizetype offset = bytes.indexOf(sealValue.toLatin1());
    if (offset < 0 || bytes.indexOf(sealValue.toLatin1(), offset + 1) >= 0 || sealOf(bytes, offset) != sealValue) {
        qCWarning(lcBundle) << "seal mismatch in" << path;
        return R::failure(tr("%1 was changed or cut short after it was made (its SHA-256 does not match): it is refused whole. "
                             "Copy it again from the sending device.").arg(name));
    }

    BundleManifest &m = contents.manifest;
    const auto kind = bundleKindFromName(manifest.value(u"kind"_s));
    if (!kind)
        return R::failure(tr("%1 is a kind of bundle this app does not know (\"%2\").").arg(name, manifest.value(u"kind"_s).left(32)));
    m.kind = *kind;
    m.makerId = manifest.value(u"maker"_s);
    m.makerLogin = manifest.value(u"maker_login"_s);
    m.makerName = manifest.value(u"maker_name"_s);
    m.makerRole = manifest.value(u"maker_role"_s);
    m.deviceId = manifest.value(u"device"_s);
    m.devicePublicKey = QByteArray::fromBase64(manifest.value(u"device_public_key"_s).toLatin1());
    m.classId = manifest.value(u"class"_s);
    m.className = manifest.value(u"class_name"_s);
    m.studentId = manifest.value(u"student"_s);
    m.madeAt = QDateTime::fromString(manifest.value(u"made_at"_s), Qt::ISODateWithMs);
    if (!isUuid(m.makerId) || !isUuid(m.deviceId) || !isUuid(m.classId) || (m.kind == BundleKind::StudentPack && !isUuid(m.studentId)))
        return R::failure(tr("%1 has an invalid manifest (who made it, or for whom).").arg(name));

    // What the manifest declares bounds what is read: no table may hold more, and no pack may declare more than
    // a pack can hold. Memory and time then follow from these limits, whatever the file says.
    const auto declared = [&](const QString &key, int max) -> int {
        bool ok = false;
        const int n = manifest.value(key).toInt(&ok);
        return ok && n >= 0 && n <= max ? n : -1;
    };
    const int declaredChanges = declared(u"changes"_s, MaxChanges);
    const int declaredBlobs = declared(u"blobs"_s, MaxBlobs);
    const int declaredKeys = declared(u"device_keys"_s, MaxDeviceKeys);
    if (declaredChanges < 0 || declaredBlobs < 0 || declaredKeys < 0)
        return R::failure(tr("%1 says it holds more than a pack may (at most %2 changes, %3 files and %4 device keys): it is refused whole.")
                              .arg(name)
                              .arg(MaxChanges)
                              .arg(MaxBlobs)
                              .arg(MaxDeviceKeys));

    QString invalid;
    qint64 changeBytes = 0;
    auto p = db.each("SELECT id, body FROM changes ORDER BY seq", declaredChanges, MaxChangeBytes, [&](const PackDatabase::Row &row) {
        const QByteArray body = row.bytes(1);
        changeBytes += body.size();
        if (changeBytes > MaxChangesBytes) {
            invalid = tr("%1 holds more text than a pack may carry (%2 MB): it is refused whole.").arg(name).arg(MaxChangesBytes / (1024 * 1024));
            return false;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        QString error = parseError.errorString();
        std::optional<Change> change;
        if (doc.isObject())
            change = Change::fromJson(doc.object(), &error);
        if (!change || change->id != row.text(0)) {
            invalid = tr("%1 holds an invalid change (%2): it is refused whole.").arg(name, error);
            return false;
        }
        contents.changes.append(*change);
        return true;
    });
    if (p != PackDatabase::Problem::None)
        return R::failure(problem(p, refusedWhole));
    if (!invalid.isEmpty())
        return R::failure(invalid);
    p = db.each("SELECT sha256, mime, bytes FROM blobs", declaredBlobs, MaxFileSize, [&](const PackDatabase::Row &row) {
        BundleBlob blob{row.text(0), row.text(1), row.bytes(2)};
        m.blobBytes += blob.bytes.size();
        contents.blobs.append(std::move(blob));
        return true;
    });
    if (p != PackDatabase::Problem::None)
        return R::failure(problem(p, refusedWhole));
    p = db.each("SELECT device, public_key, person FROM device_keys", declaredKeys, 4096, [&](const PackDatabase::Row &row) {
        const BundleDeviceKey key{row.text(0), QByteArray::fromBase64(row.text(1).toLatin1()), row.text(2)};
        contents.deviceKeys.insert(key.deviceId, key);
        return true;
    });
    if (p != PackDatabase::Problem::None)
        return R::failure(problem(p, refusedWhole));
    m.changeCount = int(contents.changes.size());
    m.blobCount = int(contents.blobs.size());
    m.deviceKeyCount = int(contents.deviceKeys.size());
    if (m.changeCount != declaredChanges || m.blobCount != declaredBlobs || m.deviceKeyCount != declaredKeys)
        return R::failure(refusedWhole);
    return contents;
}

} // namespace Continuite
