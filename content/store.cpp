// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "content/store.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace Continuite {

using namespace Qt::StringLiterals;

namespace {
const QString StoreFileName = u"continuite.sqlite"_s;

/**
 * Removes the folders under media/light (a light copy or a recording each, MediaReducer::madeHere) that no draft of any
 * profile on this device names and that are older than a day: a preparation under way is minutes old. A file taken out
 * of a draft, a draft abandoned, a crash between preparing and attaching left them for ever (review-media20, finding
 * 7). Paths are compared resolved; when the drafts cannot be read, nothing is removed.
 */
void sweepLightCopies(Database &d, const QString &lightDir)
{
    const QDir light(lightDir);
    if (!light.exists())
        return;
    QSet<QString> named;
    QSqlQuery &q = d.prepare(u"SELECT answers FROM drafts"_s);
    if (!d.exec(q))
        return;
    while (q.next()) {
        const QJsonArray files = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object().value(u"$files"_s).toArray();
        for (const QJsonValue &file : files)
            if (const QString folder = QFileInfo(file.toString()).canonicalPath(); !folder.isEmpty())
                named.insert(folder);
    }
    q.finish();
    const QDateTime dayAgo = QDateTime::currentDateTimeUtc().addDays(-1);
    for (const QFileInfo &folder : light.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden)) {
        const QString path = folder.canonicalFilePath();
        if (path.isEmpty() || named.contains(path) || folder.lastModified().toUTC() > dayAgo)
            continue;
        QDir(path).removeRecursively();
    }
}

/**
 * Removes the entries of media/light-index (the light version made of an original, by the original's SHA-256: each
 * names a blob in 64 hexadecimal characters) whose blob this store does not hold any more: they can never be used
 * again, and nothing else ever removed them (review-media20, finding 7). An entry whose blob is here stays: the same
 * video attached again is then not made light twice.
 */
void sweepLightIndex(const MediaStore &media)
{
    const QDir index(media.rootDir() + u"/light-index"_s);
    if (!index.exists())
        return;
    for (const QFileInfo &entry : index.entryInfoList(QDir::Files | QDir::Hidden)) {
        QFile file(entry.filePath());
        const QString blob = file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.read(64)) : QString();
        file.close();
        if (blob.size() != 64 || !media.contains(blob))
            QFile::remove(entry.filePath());
    }
}
} // namespace

Store::Store(QString dataDir, std::unique_ptr<Database> db, std::unique_ptr<ChangeLog> changes, MediaStore media,
             HybridLogicalClock::WallClock wallClock)
    : m_dataDir(std::move(dataDir))
    , m_db(std::move(db))
    , m_changes(std::move(changes))
    , m_media(std::move(media))
    , m_sync(*m_db)
    , m_context(*m_db, *m_changes, m_media, m_sync, std::move(wallClock))
    , m_profiles(m_context)
    , m_roster(m_context)
    , m_lessons(m_context)
    , m_assignments(m_context, m_lessons)
    , m_work(m_context, m_assignments)
    , m_progress(m_context, m_lessons)
    , m_drafts(m_context)
    , m_overviews(m_context, m_roster, m_lessons, m_assignments, m_work)
{
}

Result<std::unique_ptr<Store>> Store::open(const QString &dataDir, const Options &options)
{
    using R = Result<std::unique_ptr<Store>>;
    const QString dir = QDir(dataDir).absolutePath();
    // The app's folder holds the teacher's store (her pupils' names and work), its media and the classroom's folder: hers
    // alone, whatever the umask, as the classroom's folder inside it is (review of trust16, finding 5: mkpath made it 0755
    // and SQLite the store 0644 under umask 022). One an older version made is closed too: nobody chose its mode. A new
    // store is made 0600 before SQLite opens it, so that its -wal and -shm are too.
    if (QDir().mkpath(dir) && !QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
        qWarning("the app's data folder could not be made private: %s", qPrintable(dir));
#ifdef Q_OS_UNIX
    {
        const int fd = ::open(QFile::encodeName(dir + u'/' + StoreFileName).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd >= 0)
            ::close(fd);
    }
#endif
    auto db = Database::open(dir + u'/' + StoreFileName, options.targetSchemaVersion);
    if (!db)
        return R::failure(db.error());
    Database &d = *db.value();
    QString device = d.meta(u"device_id"_s);
    if (device.isEmpty()) {
        device = newUuid();
        if (d.schemaVersion() > 0 && !d.write([&]() -> Status {
                return d.setMeta(u"device_id"_s, device) ? success() : d.sqlFailure(tr("Could not initialise the store"));
            }))
            return R::failure(tr("Could not initialise the store: %1").arg(d.lastError()));
    }
    auto changes = std::make_unique<ChangeLog>(d, device, options.wallClock);
    MediaStore media(dir + u"/media"_s, options.maxAttachmentSize);
    media.cleanTemporaryFiles();
    sweepLightCopies(d, dir + u"/media/light"_s);
    sweepLightIndex(media);
    return R(std::unique_ptr<Store>(new Store(dir, std::move(db).value(), std::move(changes), std::move(media), options.wallClock)));
}

StoreStatus Store::status()
{
    StoreStatus s;
    const QString author = m_context.current ? m_context.current->id : QString();
    s.pendingChanges = m_changes->count(u"pending"_s, author);
    s.rejectedChanges = m_changes->count(u"rejected"_s, author);
    QSqlQuery &q = m_db->prepare(u"SELECT count(*), coalesce(sum(size), 0) FROM media"_s);
    if (m_db->exec(q) && q.next()) {
        s.mediaBlobs = q.value(0).toInt();
        s.mediaBytes = q.value(1).toLongLong();
    }
    q.finish();
    s.deviceId = deviceId();
    s.schemaVersion = m_db->schemaVersion();
    return s;
}

} // namespace Continuite
