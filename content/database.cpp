// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "content/database.h"

#include "content/schema.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QThread>
#include <QUuid>

Q_LOGGING_CATEGORY(lcStore, "continuite.store")

namespace Continuite {

using namespace Qt::StringLiterals;

struct Database::PerThread
{
    QString connectionName;
    QHash<QString, std::shared_ptr<QSqlQuery>> statements;
    int depth = 0;
    QString lastError;
    int lastErrorCode = 0;
};

Database::Database(QString filePath)
    : m_filePath(std::move(filePath))
    , m_connectionPrefix(u"continuite-"_s + QUuid::createUuid().toString(QUuid::Id128))
{
}

Database::~Database()
{
    QStringList names;
    {
        QMutexLocker lock(&m_mutex);
        for (const auto &t : std::as_const(m_threads)) {
            t->statements.clear();
            names << t->connectionName;
        }
        m_threads.clear();
    }
    for (const QString &name : std::as_const(names)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

Database::PerThread &Database::local()
{
    QMutexLocker lock(&m_mutex);
    auto &slot = m_threads[QThread::currentThreadId()];
    if (!slot) {
        slot = std::make_shared<PerThread>();
        slot->connectionName = m_connectionPrefix + u'-' + QString::number(quintptr(QThread::currentThreadId()), 16);
    }
    return *slot;
}

QSqlDatabase Database::connection()
{
    PerThread &t = local();
    if (QSqlDatabase::contains(t.connectionName))
        return QSqlDatabase::database(t.connectionName, false);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, t.connectionName);
    db.setDatabaseName(m_filePath);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    if (!db.open()) {
        t.lastError = db.lastError().text();
        return db;
    }
    // Pragmas that belong to a connection; journal_mode=WAL is persistent but cheap to repeat.
    QSqlQuery q(db);
    q.exec(u"PRAGMA foreign_keys = ON"_s);
    q.exec(u"PRAGMA synchronous = NORMAL"_s);
    q.exec(u"PRAGMA temp_store = MEMORY"_s);
    q.exec(u"PRAGMA cache_size = -16000"_s); // 16 MB: a first sync writes a few MB per page of changes
    return db;
}

QSqlQuery &Database::prepare(const QString &sql)
{
    PerThread &t = local();
    auto it = t.statements.find(sql);
    if (it == t.statements.end()) {
        auto q = std::make_shared<QSqlQuery>(connection());
        if (!q->prepare(sql))
            t.lastError = q->lastError().text();
        it = t.statements.insert(sql, q);
    }
    return **it;
}

bool Database::exec(QSqlQuery &query, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec()) {
        PerThread &t = local();
        t.lastError = query.lastError().text();
        t.lastErrorCode = query.lastError().nativeErrorCode().toInt();
        qCWarning(lcStore) << "SQL failed:" << t.lastError;
        return false;
    }
    return true;
}

bool Database::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery &q = prepare(sql);
    const bool ok = exec(q, values);
    q.finish();
    return ok;
}

QVariant Database::scalar(const QString &sql, const QVariantList &values)
{
    QSqlQuery &q = prepare(sql);
    QVariant v;
    if (exec(q, values) && q.next())
        v = q.value(0);
    q.finish();
    return v;
}

QString Database::lastError() const
{
    QMutexLocker lock(&m_mutex);
    auto it = m_threads.constFind(QThread::currentThreadId());
    return it == m_threads.constEnd() ? QString() : (*it)->lastError;
}

Status Database::sqlFailure(const QString &what)
{
    const PerThread &t = local();
    const int primary = t.lastErrorCode & 0xff;
    QString advice;
    switch (primary) {
    case 13: // SQLITE_FULL
        advice = tr("The disk is full: free some space, then try again. Nothing was changed.");
        break;
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        advice = tr("The store is busy in another program: try again in a moment. Nothing was changed.");
        break;
    case 8: // SQLITE_READONLY
        advice = tr("The store is read-only: check the folder's permissions. Nothing was changed.");
        break;
    case 10: // SQLITE_IOERR
        advice = tr("The disk could not be written (full or failing?): nothing was changed.");
        break;
    default:
        advice = tr("Nothing was changed. (%1)").arg(t.lastError);
    }
    return Status::failure(what + u": "_s + advice);
}

bool Database::inTransaction() const
{
    QMutexLocker lock(&m_mutex);
    auto it = m_threads.constFind(QThread::currentThreadId());
    return it != m_threads.constEnd() && (*it)->depth > 0;
}

Status Database::write(const std::function<Status()> &body)
{
    PerThread &t = local();
    if (t.depth > 0) {
        ++t.depth;
        Status s = body();
        --t.depth;
        return s;
    }
    if (!exec(u"BEGIN IMMEDIATE"_s))
        return sqlFailure(tr("Could not start writing"));
    t.depth = 1;
    Status s = body();
    t.depth = 0;
    if (s.ok() && exec(u"COMMIT"_s))
        return s;
    const Status failure = s.ok() ? sqlFailure(tr("Could not save")) : s;
    // Finish every cached statement first: an active SELECT would keep the rollback from releasing locks.
    for (auto &q : t.statements)
        q->finish();
    if (!exec(u"ROLLBACK"_s))
        qCWarning(lcStore) << "rollback failed:" << t.lastError;
    return failure;
}

QString Database::meta(const QString &key, const QString &fallback)
{
    const QVariant v = scalar(u"SELECT value FROM meta WHERE key = ?"_s, {key});
    return v.isValid() ? v.toString() : fallback;
}

bool Database::setMeta(const QString &key, const QString &value)
{
    return exec(u"INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s, {key, value});
}

int Database::schemaVersion()
{
    return scalar(u"PRAGMA user_version"_s).toInt();
}

int Database::migrationCount()
{
    return int(Schema::migrations().size());
}

Result<std::unique_ptr<Database>> Database::open(const QString &filePath, int targetVersion)
{
    using R = Result<std::unique_ptr<Database>>;
    const QFileInfo info(filePath);
    if (!QDir().mkpath(info.absolutePath()))
        return R::failure(tr("Cannot create the folder %1: check its permissions.").arg(info.absolutePath()));
    if (info.exists() && !info.isFile())
        return R::failure(tr("%1 is not a file.").arg(filePath));
    if (info.exists() && info.size() > 0) {
        QFile f(filePath);
        if (!f.open(QIODevice::ReadOnly))
            return R::failure(tr("Cannot read %1: check its permissions.").arg(filePath));
        if (f.read(16) != QByteArrayLiteral("SQLite format 3\0"))
            return R::failure(tr("%1 is not a Continuité store (not a SQLite file, or damaged). It was left untouched.").arg(filePath));
    }

    std::unique_ptr<Database> db(new Database(info.absoluteFilePath()));
    QSqlDatabase c = db->connection();
    if (!c.isOpen())
        return R::failure(tr("Cannot open %1: %2").arg(filePath, db->lastError()));
    QSqlQuery probe(c);
    if (!probe.exec(u"SELECT count(*) FROM sqlite_master"_s) || !probe.next())
        return R::failure(tr("%1 is damaged or not a Continuité store (%2). It was left untouched.").arg(filePath, probe.lastError().text()));
    const int tables = probe.value(0).toInt();
    probe.finish();
    const int version = db->schemaVersion();
    if (version == 0 && tables > 0)
        return R::failure(tr("%1 is a SQLite file from another program, not a Continuité store. It was left untouched.").arg(filePath));
    if (version > CurrentVersion)
        return R::failure(tr("This store was written by a newer version of Continuité (schema %1, this program knows %2): update Continuité. The store was left untouched.")
                              .arg(version)
                              .arg(CurrentVersion));
    // A new store keeps text as UTF-16, the way QString holds it: binding and reading a 10 KB lesson then
    // copies it instead of transcoding it (a third of the CPU of applying a first sync). Set once, at creation.
    if (tables == 0 && !probe.exec(u"PRAGMA encoding = 'UTF-16le'"_s))
        return R::failure(tr("Cannot create %1: %2").arg(filePath, probe.lastError().text()));
    if (!probe.exec(u"PRAGMA journal_mode = WAL"_s))
        return R::failure(tr("Cannot open %1 for writing: %2").arg(filePath, probe.lastError().text()));
    probe.finish();
    if (Status s = db->migrate(std::min(targetVersion, CurrentVersion)); !s)
        return R::failure(s.error());
    return R(std::move(db));
}

Status Database::migrate(int targetVersion)
{
    int version = schemaVersion();
    if (version >= targetVersion)
        return success();
    if (version > 0) {
        const QString backup = m_filePath + u".v%1.bak"_s.arg(version);
        QFile::remove(backup);
        if (!exec(u"VACUUM INTO ?"_s, {backup}))
            return sqlFailure(tr("Could not back up the store before upgrading it"));
        qCInfo(lcStore) << "backed up schema" << version << "to" << backup;
    }
    const auto &steps = Schema::migrations();
    while (version < targetVersion) {
        const auto &step = steps.at(version);
        Status s = write([&]() -> Status {
            for (const QString &statement : step)
                if (!exec(statement))
                    return sqlFailure(tr("Could not upgrade the store to schema %1").arg(version + 1));
            if (!exec(u"PRAGMA user_version = %1"_s.arg(version + 1)))
                return sqlFailure(tr("Could not upgrade the store to schema %1").arg(version + 1));
            return success();
        });
        if (!s)
            return s;
        ++version;
        qCInfo(lcStore) << "store migrated to schema" << version;
    }
    return success();
}

} // namespace Continuite
