// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Shared by the sync integration tests and the sync benchmark: the real hub in-process on loopback,
// the fault-injecting proxy in front of it, and real client stores in temporary directories.

#include "content/store.h"
#include "faultproxy.h"
#include "sync/client/syncengine.h"
#include "sync/hub/hubengine.h"
#include "sync/hub/hubserver.h"
#include "sync/hub/uploadstore.h"
#include "tests/loopbackhub.h"
#include "tests/storeinternals.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

namespace SyncTest {

using namespace Qt::StringLiterals;
using namespace Continuite;

/// The real hub on 127.0.0.1 (tests/loopbackhub.h); restart() comes back on the same port, so a proxy in front
/// keeps working.
class SyncHub : public Continuite::Testing::LoopbackHub
{
public:
    /// Always on SQLite: a sync test or benchmark run from a shell that set CONTINUITE_TEST_DATABASE for the hub's
    /// PostgreSQL runs still measures and tests what it says (review store17c, finding 3).
    explicit SyncHub(Hub::HubLimits limits = {})
        : LoopbackHub(limits, Continuite::Testing::Storage::Sqlite)
    {
        if (!start())
            qFatal("the test hub cannot start on loopback");
    }
    using LoopbackHub::addTeacher;
    /// A teacher account named "Prof. <login>".
    void addTeacher(const QString &login, const QString &password) { addTeacher(login, u"Prof. "_s + login, password.toUtf8()); }
};

/// Engine options for tests: short stall detection and backoff so faults resolve in seconds.
inline SyncEngine::Options fastOptions()
{
    SyncEngine::Options o;
    o.transport.connectTimeoutMs = 3000;
    o.transport.stallSeconds = 2;
    o.transport.maxAttempts = 4;
    o.transport.backoffBaseMs = 50;
    o.transport.backoffMaxMs = 400;
    o.transport.retryAfterMaxSeconds = 1;
    return o;
}

/// One device: a real store in a temporary directory, signed in to the hub through @p hubUrl.
class Device
{
public:
    explicit Device(Store::Options storeOptions = {}, SyncEngine::Options options = fastOptions())
        : m_options(options)
    {
        auto s = Store::open(m_dir.path(), storeOptions);
        if (!s)
            qFatal("cannot open a store: %s", qPrintable(s.error()));
        store = std::move(s).value();
        engine = std::make_unique<SyncEngine>(*store, m_options);
    }
    bool login(const QString &hubUrl, const QString &loginName, const QString &password)
    {
        auto p = engine->login(hubUrl, loginName, password);
        if (!p) {
            qWarning() << "login failed:" << p.error();
            return false;
        }
        profile = *p;
        store->setCurrent(profile);
        return true;
    }
    SyncReport sync()
    {
        auto r = engine->sync(profile);
        if (!r) {
            qWarning() << "sync could not start:" << r.error();
            SyncReport failed;
            failed.errors << r.error();
            return failed;
        }
        return *r;
    }
    /// Syncs until a sync completes cleanly (at most @p tries times).
    bool syncUntilClean(int tries = 6)
    {
        for (int i = 0; i < tries; ++i) {
            const SyncReport r = sync();
            if (r.recordsComplete && r.errors.isEmpty() && r.mediaPending == 0)
                return true;
        }
        return false;
    }
    int pending() { return store->changes().count(u"pending"_s, profile.id); }
    QString dataDir() const { return m_dir.path(); }

    std::unique_ptr<Store> store;
    std::unique_ptr<SyncEngine> engine;
    Profile profile;

private:
    QTemporaryDir m_dir;
    SyncEngine::Options m_options;
};

/// Every row of every syncable table, as text, for comparing two stores that must have converged.
inline QStringList snapshot(Store &store, const QStringList &kinds, const QString &where = {})
{
    QStringList rows;
    for (const QString &kind : kinds) {
        const KindSpec *spec = kindSpec(kind);
        QSqlQuery &q = StoreInternals::database(store).prepare(u"SELECT id, class_id, deleted, %1 FROM %2 %3 ORDER BY id"_s.arg(
            spec->fieldNames().join(u", "_s), spec->table, where.isEmpty() ? QString() : u"WHERE "_s + where));
        if (StoreInternals::database(store).exec(q)) {
            while (q.next()) {
                QStringList cols{kind};
                for (int i = 0; i < spec->fields.size() + 3; ++i)
                    cols << q.value(i).toString();
                rows << cols.join(u'|');
            }
        }
        q.finish();
    }
    return rows;
}

/// True when every blob file in the store is named by its own SHA-256 (nothing damaged was ever stored).
inline bool allBlobsIntact(Store &store, int *count = nullptr)
{
    int n = 0;
    QDir blobs(store.media().rootDir() + u"/blobs"_s);
    const QStringList dirs = blobs.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &d : dirs) {
        for (const QString &name : QDir(blobs.filePath(d)).entryList(QDir::Files)) {
            ++n;
            if (!store.media().verify(name))
                return false;
        }
    }
    if (count)
        *count = n;
    return true;
}

/// Deterministic bytes (an "image"): the same seed always gives the same file.
inline QByteArray pseudoRandomBytes(qint64 size, quint32 seed)
{
    QByteArray b(size, Qt::Uninitialized);
    quint32 x = seed * 2654435761u + 1;
    for (qint64 i = 0; i < size; ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        b[i] = char(x & 0xff);
    }
    return b;
}

inline QString writeFile(const QString &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = QDir(dir).filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace SyncTest
