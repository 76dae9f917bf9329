// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The one launcher of the real hub inside a test or a benchmark: a HubServer on 127.0.0.1 in a temporary data
// directory, its records in PostgreSQL on the PostgreSQL run of a hub test. No QtTest here, so the sync benchmark
// (which has none) and every test kit share it: tests/hub/hubtestkit.h (HubTest::TestHub) and
// tests/sync/synctestkit.h (SyncTest::SyncHub) add their own helpers on top.

#include "sync/hub/hubengine.h" // addTeacher()
#include "sync/hub/hubserver.h"
#include "sync/hub/postgreshubstorage.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace Continuite::Testing {

using namespace Qt::StringLiterals;

/**
 * The PostgreSQL server the hub's tests run on, or empty: SQLite. ctest runs some hub tests twice, the second
 * time with CONTINUITE_TEST_DATABASE=postgresql and the cluster its fixture started (tests/hub/pgcluster.sh,
 * CONTINUITE_TEST_POSTGRES_STATE). Without PostgreSQL such a run is an error in CI and skipped (77) elsewhere.
 */
inline QString testPostgresServer()
{
    if (qEnvironmentVariable("CONTINUITE_TEST_DATABASE") != u"postgresql"_s)
        return {};
    const QString state = qEnvironmentVariable("CONTINUITE_TEST_POSTGRES_STATE");
    QFile url(state + u"/url"_s);
    if (!state.isEmpty() && url.open(QIODevice::ReadOnly))
        return QString::fromUtf8(url.readAll()).trimmed();
    QFile missing(state + u"/missing"_s);
    const QByteArray why = !state.isEmpty() && missing.open(QIODevice::ReadOnly)
        ? missing.readAll().trimmed()
        : QByteArray("no PostgreSQL cluster was started for this run (ctest's fixture, tests/hub/pgcluster.sh, starts one)");
    if (qEnvironmentVariable("CI") == u"true"_s)
        qFatal("the PostgreSQL run of this test cannot run: %s", why.constData());
    std::fprintf(stderr, "skipped: %s\n", why.constData());
    std::exit(77);
}

/// Where a test hub keeps its records: as the run says (CONTINUITE_TEST_DATABASE, the hub tests), or always
/// SQLite (the sync tests and the benchmarks, whose figures are SQLite's whatever the shell they run from).
enum class Storage { AsTheRunSays, Sqlite };

/// On PostgreSQL, a database of its own for one test hub, dropped after it; nothing on SQLite.
class TestDatabase
{
public:
    explicit TestDatabase(Storage storage = Storage::AsTheRunSays)
    {
        if (storage == Storage::Sqlite)
            return;
        const QString server = testPostgresServer();
        if (server.isEmpty())
            return;
        m_server = server;
        m_name = u"hub_%1"_s.arg(QRandomGenerator::global()->generate64(), 16, 16, QChar(u'0'));
        m_url = Hub::PostgresHubStorage::createOrDropDatabase(server, m_name, true);
    }
    ~TestDatabase()
    {
        if (m_name.isEmpty())
            return;
        try {
            Hub::PostgresHubStorage::createOrDropDatabase(m_server, m_name, false);
        } catch (const Hub::StorageError &e) {
            qWarning() << "could not drop the test database" << m_name << e.what();
        }
    }
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;
    bool isPostgres() const { return !m_url.isEmpty(); }
    QString url() const { return m_url; }
    /// The storage for a hub on this database (its schema created), or none: SQLite in the hub's folder.
    std::unique_ptr<Hub::HubStorage> storage(int poolSize = 12) const
    {
        if (m_url.isEmpty())
            return {};
        return std::make_unique<Hub::PostgresHubStorage>(m_url, Hub::PostgresHubStorage::Schema::Migrate, poolSize);
    }

private:
    QString m_server;
    QString m_name;
    QString m_url;
};

/// The real hub, in this process, on a loopback port. restart() comes back on the same port, so a client or a
/// fault-injecting proxy that knows the address keeps working; its data and database outlive a restart.
class LoopbackHub
{
public:
    explicit LoopbackHub(Hub::HubLimits limits = {}, Storage storage = Storage::AsTheRunSays)
        : m_limits(limits)
        , m_database(storage)
    {
    }
    LoopbackHub(const LoopbackHub &) = delete;
    LoopbackHub &operator=(const LoopbackHub &) = delete;

    /// Serves on @p port (0: a free one, then kept for restarts); false when the data directory or the port fails.
    bool start(int port = 0)
    {
        if (!m_dir.isValid())
            return false;
        m_server = std::make_unique<Hub::HubServer>(m_dir.path(), m_limits, m_database.storage(m_limits.workers + 4));
        if (!m_server->start(u"127.0.0.1"_s, port ? port : m_port)) {
            m_server.reset();
            return false;
        }
        m_port = m_server->port();
        return true;
    }
    void stop() { m_server.reset(); }
    bool restart()
    {
        stop();
        return start(m_port);
    }
    bool isRunning() const { return m_server != nullptr; }
    int port() const { return m_port; }
    /// Empty while the hub is not running (a start that failed leaves it so: the test fails, not the process).
    QString url() const { return m_server ? m_server->url() : QString(); }
    QString dataDir() const { return m_dir.path(); }
    Hub::HubServer &server()
    {
        if (!m_server)
            qFatal("the test hub is not running (its start failed, or it was stopped)");
        return *m_server;
    }
    const TestDatabase &database() const { return m_database; }

    /// A teacher account, as `continuite-hub admin add-teacher` makes it.
    void addTeacher(const QString &login, const QString &displayName, const QByteArray &password)
    {
        server().engine().addTeacher(login, displayName, password, true);
    }

private:
    Hub::HubLimits m_limits;
    TestDatabase m_database; // dropped after the hub stops (members are destroyed in reverse order)
    QTemporaryDir m_dir;
    std::unique_ptr<Hub::HubServer> m_server;
    int m_port = 0;
};

} // namespace Continuite::Testing
