// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// What a test or a benchmark relies on when it puts the FaultProxy between a real client and a
// real server: a blocking client (plain sockets, as libcurl's easy interface would be) on the main
// thread, a loopback server on its own thread, the proxy on its own.

#include "faultproxy.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QMutexLocker>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <cerrno>

#include <curl/curl.h>
#include <chrono>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace std::chrono_literals;
using namespace Qt::StringLiterals;
using Continuite::FaultProxy;
using Direction = FaultProxy::Direction;
using Scope = FaultProxy::FaultScope;

namespace {

/// A payload whose bytes depend on their offset, so a shifted, lost or changed byte shows.
QByteArray pattern(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        data[i] = char((i * 131 + i / 251) & 0xFF);
    return data;
}

/// A loopback server on its own thread. Echo sends back what it receives; Source sends its
/// payload to each new connection then closes cleanly; Sink keeps what it receives; Http answers
/// one request (once its headers are in) with its payload, then closes.
/// Its signals are emitted on the thread that created it, so QSignalSpy can wait for them.
class TestServer : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Echo, Source, Sink, Http };

    explicit TestServer(Mode mode, QByteArray payload = {})
        : m_mode(mode)
        , m_payload(std::move(payload))
    {
        m_core = new QObject;
        m_core->moveToThread(&m_thread);
        connect(&m_thread, &QThread::finished, m_core, &QObject::deleteLater);
        m_thread.start();
        QMetaObject::invokeMethod(m_core, [this] { listen(); }, Qt::BlockingQueuedConnection);
    }

    ~TestServer() override
    {
        m_thread.quit();
        m_thread.wait();
    }

    quint16 port() const { return m_port; }

    /// Bytes received on the most recent connection.
    qint64 received() const
    {
        QMutexLocker lock(&m_mutex);
        return m_lastReceived.size();
    }

Q_SIGNALS:
    /// A connection ended; @p data is everything it received.
    void connectionFinished(const QByteArray &data);

private:
    void listen()
    {
        auto *server = new QTcpServer(m_core);
        if (!server->listen(QHostAddress::LocalHost))
            qFatal("the test server cannot listen on loopback: %s", qPrintable(server->errorString()));
        m_port = server->serverPort();
        connect(server, &QTcpServer::newConnection, m_core, [this, server] {
            while (QTcpSocket *s = server->nextPendingConnection())
                serve(s);
        });
    }

    void serve(QTcpSocket *s)
    {
        {
            QMutexLocker lock(&m_mutex);
            m_lastReceived.clear();
        }
        auto buffer = std::make_shared<QByteArray>();
        connect(s, &QTcpSocket::readyRead, s, [this, s, buffer] {
            const QByteArray data = s->readAll();
            if (m_mode == Mode::Echo)
                s->write(data);
            const bool requestWasIncomplete = !buffer->contains("\r\n\r\n");
            buffer->append(data);
            if (m_mode == Mode::Http && requestWasIncomplete && buffer->contains("\r\n\r\n")) {
                s->write(m_payload);
                s->disconnectFromHost();
            }
            QMutexLocker lock(&m_mutex);
            m_lastReceived = *buffer;
        });
        connect(s, &QTcpSocket::disconnected, s, [this, s, buffer] {
            s->deleteLater();
            const QByteArray data = *buffer;
            QMetaObject::invokeMethod(this, [this, data] { Q_EMIT connectionFinished(data); }, Qt::QueuedConnection);
        });
        if (m_mode == Mode::Source) {
            s->write(m_payload);
            s->disconnectFromHost();
        }
    }

    Mode m_mode;
    QByteArray m_payload;
    QThread m_thread;
    QObject *m_core = nullptr;
    quint16 m_port = 0;
    mutable QMutex m_mutex;
    QByteArray m_lastReceived;
};

/// How a blocking client's conversation ended.
struct Outcome
{
    enum End { Open, Closed, Reset };
    QByteArray data;
    End end = Open;
};

int connectTo(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr = {};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (fd < 0 || ::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
        if (fd >= 0)
            ::close(fd);
        return -1;
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    return fd;
}

/// Sends @p out and reads until @p want bytes arrived (all when negative), the peer closed or
/// reset the connection, or nothing happened for @p idle (the connection is then still Open).
Outcome talk(int fd, const QByteArray &out, qint64 want = -1, std::chrono::milliseconds idle = 20s)
{
    Outcome result;
    qsizetype sent = 0;
    bool canSend = true;
    char buffer[65536];
    for (;;) {
        const bool sending = canSend && sent < out.size();
        if (!sending && want >= 0 && result.data.size() >= want)
            return result;
        pollfd p = {fd, short(POLLIN | (sending ? POLLOUT : 0)), 0};
        const int ready = ::poll(&p, 1, int(idle.count()));
        if (ready == 0)
            return result;
        if (ready < 0 && errno == EINTR)
            continue;
        if (p.revents & POLLOUT) {
            const auto n = ::send(fd, out.constData() + sent, size_t(out.size() - sent), MSG_NOSIGNAL);
            if (n > 0)
                sent += n;
            else if (errno != EAGAIN)
                canSend = false; // the proxy closed: keep reading to see how
        }
        if (p.revents & (POLLIN | POLLHUP | POLLERR)) {
            const auto n = ::recv(fd, buffer, sizeof buffer, 0);
            if (n > 0) {
                result.data.append(buffer, n);
            } else if (n == 0) {
                result.end = Outcome::Closed;
                return result;
            } else if (errno == ECONNRESET) {
                result.end = Outcome::Reset;
                return result;
            } else if (errno != EAGAIN) {
                result.end = Outcome::Closed;
                return result;
            }
        }
    }
}

/// A connected client socket that is closed at the end of the scope.
struct Client
{
    explicit Client(quint16 port)
        : fd(connectTo(port))
    {
    }
    ~Client()
    {
        if (fd >= 0)
            ::close(fd);
    }
    Client(const Client &) = delete;
    Client &operator=(const Client &) = delete;
    void close()
    {
        ::close(fd);
        fd = -1;
    }
    int fd;
};

constexpr qsizetype kPayload = 300 * 1024;

} // namespace

enum class Fault { None, Cut, Reset, Stall, Corrupt, Latency };
Q_DECLARE_METATYPE(Fault)

class TestFaultProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QCOMPARE(curl_global_init(CURL_GLOBAL_DEFAULT), CURLE_OK); }
    void cleanupTestCase() { curl_global_cleanup(); }
    void passesBytesIntact_data();
    void passesBytesIntact();
    void cutsAfterBytes_data();
    void cutsAfterBytes();
    void resetIsSeenAsReset_data();
    void resetIsSeenAsReset();
    void stallKeepsSocketOpen_data();
    void stallKeepsSocketOpen();
    void corruptsOneByte_data();
    void corruptsOneByte();
    void latencyDelaysEveryRoundTrip_data();
    void latencyDelaysEveryRoundTrip();
    void rateCapSlowsTransfer_data();
    void rateCapSlowsTransfer();
    void countersCountWireBytes();
    void faultAppliesToOpenConnection();
    void unreachableUpstreamClosesClient();
    void dropConnectionsClosesOpenOnes_data();
    void dropConnectionsClosesOpenOnes();
    void clearFaultsRestoresPerfectNetwork();
    void libcurlSeesEachFault_data();
    void libcurlSeesEachFault();
};

void TestFaultProxy::passesBytesIntact_data()
{
    QTest::addColumn<qsizetype>("size");
    QTest::newRow("one byte") << qsizetype(1);
    QTest::newRow("1 KB") << qsizetype(1000);
    QTest::newRow("3 MB") << qsizetype(3 * 1024 * 1024);
}

void TestFaultProxy::passesBytesIntact()
{
    QFETCH(qsizetype, size);
    TestServer server(TestServer::Mode::Echo);
    FaultProxy proxy;
    QVERIFY2(proxy.start(u"127.0.0.1"_s, server.port()), qPrintable(proxy.errorString()));
    QVERIFY(proxy.port() != 0);

    const QByteArray payload = pattern(size);
    Client client(proxy.port());
    QVERIFY(client.fd >= 0);
    const Outcome out = talk(client.fd, payload, size);
    QCOMPARE(out.end, Outcome::Open);
    QVERIFY(out.data == payload);
    QCOMPARE(proxy.bytesUp(), size);
    QCOMPARE(proxy.bytesDown(), size);
    QCOMPARE(proxy.connectionsAccepted(), 1);
}

void TestFaultProxy::cutsAfterBytes_data()
{
    QTest::addColumn<Direction>("direction");
    QTest::addColumn<qint64>("after");
    QTest::addColumn<Scope>("scope");
    for (const qint64 after : {qint64(0), qint64(1), qint64(1000), qint64(100'000)}) {
        QTest::addRow("down, %lld, once", after) << Direction::Down << after << Scope::Once;
        QTest::addRow("up, %lld, once", after) << Direction::Up << after << Scope::Once;
    }
    QTest::newRow("down, every connection") << Direction::Down << qint64(4321) << Scope::EveryConnection;
    QTest::newRow("up, every connection") << Direction::Up << qint64(4321) << Scope::EveryConnection;
}

void TestFaultProxy::cutsAfterBytes()
{
    QFETCH(Direction, direction);
    QFETCH(qint64, after);
    QFETCH(Scope, scope);
    const QByteArray payload = pattern(kPayload);
    const bool down = direction == Direction::Down;
    TestServer server(down ? TestServer::Mode::Source : TestServer::Mode::Sink, payload);
    FaultProxy proxy;
    QVERIFY(proxy.start(u"127.0.0.1"_s, server.port()));
    proxy.setCutAfter(direction, after, scope);
    QSignalSpy cuts(&proxy, &FaultProxy::cutFired);
    QSignalSpy finished(&server, &TestServer::connectionFinished);

    // The first connection, and a second one that a Once cut must leave alone.
    for (int attempt = 0; attempt < 2; ++attempt) {
        const bool cut = attempt == 0 || scope == Scope::EveryConnection;
        Client client(proxy.port());
        QVERIFY(client.fd >= 0);
        if (down) {
            const Outcome out = talk(client.fd, {});
            QCOMPARE(out.end, Outcome::Closed);
            QVERIFY(out.data == (cut ? payload.left(after) : payload));
        } else {
            const Outcome out = talk(client.fd, payload, cut ? -1 : 0);
            if (cut)
                QCOMPARE(out.end, Outcome::Closed);
            client.close();
            QVERIFY(finished.wait());
            QVERIFY(finished.takeFirst().at(0).toByteArray() == (cut ? payload.left(after) : payload));
        }
        const int expectedCuts = scope == Scope::Once ? 1 : attempt + 1;
        if (cuts.size() < expectedCuts)
            QVERIFY(cuts.wait());
        QCOMPARE(cuts.size(), expectedCuts);
        QCOMPARE(cuts.constLast().at(0).value<Direction>(), direction);
    }
    QCOMPARE(down ? proxy.bytesDown() : proxy.bytesUp(),
             scope == Scope::Once ? after + kPayload : 2 * after);
}

void TestFaultProxy::resetIsSeenAsReset_data()
{
    QTest::addColumn<bool>("reset");
    QTest::addColumn<qint64>("cutAfter");
    QTest::addColumn<qsizetype>("expected");
    QTest::addColumn<int>("end");
    QTest::newRow("cut, reset") << true << qint64(5000) << qsizetype(5000) << int(Outcome::Reset);
    QTest::newRow("cut, clean") << false << qint64(5000) << qsizetype(5000) << int(Outcome::Closed);
    QTest::newRow("server's close, reset") << true << qint64(-1) << qsizetype(kPayload) << int(Outcome::Reset);
    QTest::newRow("server's close, clean") << false << qint64(-1) << qsizetype(kPayload) << int(Outcome::Closed);
}

void TestFaultProxy::resetIsSeenAsReset()
{
    QFETCH(bool, reset);
    QFETCH(qint64, cutAfter);
    QFETCH(qsizetype, expected);
    QFETCH(int, end);
    const QByteArray payload = pattern(kPayload);
    TestServer server(TestServer::Mode::Source, payload);
    FaultProxy proxy;
    QVERIFY(proxy.start(u"127.0.0.1"_s, server.port()));
    proxy.setResetOnClose(reset);
    proxy.setCutAfter(Direction::Down, cutAfter);

    Client client(proxy.port());
    QVERIFY(client.fd >= 0);
    const Outcome out = talk(client.fd, {});
    QCOMPARE(int(out.end), end);
    QVERIFY(out.data == payload.left(expected)); // the bytes before a reset are all delivered
}

void TestFaultProxy::stallKeepsSocketOpen_data()
{
    QTest::addColumn<Direction>("direction");
    QTest::addColumn<qint64>("after");
    QTest::newRow("down, 0") << Direction::Down << qint64(0);
    QTest::newRow("down, 1000") << Direction::Down << qint64(1000);
    QTest::newRow("down, 200000") << Direction::Down << qint64(200'000);
    QTest::newRow("up, 0") << Direction::Up << qint64(0);
    QTest::newRow("up, 1000") << Direction::Up << qint64(1000);
    QTest::newRow("up, 200000") << Direction::Up << qint64(200'000);
}

void TestFaultProxy::stallKeepsSocketOpen()
{
    QFETCH(Direction, direction);
    QFETCH(qint64, after);
    const QByteArray payload = pattern(kPayload);
    const bool down = direction == Direction::Down;
    TestServer server(down ? TestServer::Mode::Source : TestServer::Mode::Sink, payload);
    FaultProxy proxy;
    QVERIFY(proxy.start(u"127.0.0.1"_s, server.port()));
    proxy.setStallAfter(direction, after);
    QSignalSpy stalls(&proxy, &FaultProxy::stallFired);
    QSignalSpy finished(&server, &TestServer::connectionFinished);

    Client client(proxy.port());
    QVERIFY(client.fd >= 0);
    if (down) {
        // N bytes, then silence on an open socket (the server has long finished and closed).
        Outcome out = talk(client.fd, {}, after);
        QVERIFY(out.data == payload.left(after));
        out = talk(client.fd, {}, -1, 700ms);
        QCOMPARE(out.end, Outcome::Open);
        QCOMPARE(out.data.size(), 0);
        QVERIFY(stalls.wait());
        QCOMPARE(stalls.constFirst().at(0).value<Direction>(), direction);

        // Released, the rest flows and the server's close comes through.
        proxy.releaseStalls();
        out = talk(client.fd, {});
        QCOMPARE(out.end, Outcome::Closed);
        QVERIFY(out.data == payload.mid(after));
    } else {
        const Outcome out = talk(client.fd, payload, 0);
        QCOMPARE(out.end, Outcome::Open);
        QVERIFY(stalls.wait());
        if (after > 0)
            QTRY_COMPARE(server.received(), after);
        QVERIFY(!finished.wait(700)); // the upstream socket stays open...
        QCOMPARE(server.received(), after); // ...and nothing more arrives

        proxy.releaseStalls();
        QTRY_COMPARE(server.received(), kPayload);
        client.close();
        QVERIFY(finished.wait());
        QVERIFY(finished.constFirst().at(0).toByteArray() == payload);
    }
}

void TestFaultProxy::corruptsOneByte_data()
{
    QTest::addColumn<Direction>("direction");
    QTest::addColumn<qint64>("offset");
    for (const qint64 offset : {qint64(0), qint64(1), qint64(65'543), qint64(kPayload - 1)}) {
        QTest::addRow("down, %lld", offset) << Direction::Down << offset;
        QTest::addRow("up, %lld", offset) << Direction::Up << offset;
    }
}

void TestFaultProxy::corruptsOneByte()
{
    QFETCH(Direction, direction);
    QFETCH(qint64, offset);
    const QByteArray payload = pattern(kPayload);
    const bool down = direction == Direction::Down;
    TestServer server(down ? TestServer::Mode::Source : TestServer::Mode::Sink, payload);
    FaultProxy proxy;
    QVERIFY(proxy.start(u"127.0.0.1"_s, server.port()));
    proxy.setCorruptAt(direction, offset);
    QSignalSpy corruptions(&proxy, &FaultProxy::corruptionFired);
    QSignalSpy finished(&server, &TestServer::connectionFinished);

    QByteArray got;
    {
        Client client(proxy.port());
        QVERIFY(client.fd >= 0);
        const Outcome out = down ? talk(client.fd, {}) : talk(client.fd, payload, 0);
        got = out.data;
        if (!down) {
            client.close();
            QVERIFY(finished.wait());
            got = finished.constFirst().at(0).toByteArray();
        }
    }
    QCOMPARE(got.size(), payload.size());
    qsizetype differences = 0;
    for (qsizetype i = 0; i < got.size(); ++i)
        differences += got.at(i) != payload.at(i);
    QCOMPARE(differences, 1);
    QCOMPARE(quint8(got.at(offset)), quint8(payload.at(offset) ^ 0xFF));
    if (corruptions.isEmpty())
        QVERIFY(corruptions.wait());
    QCOMPARE(corruptions.size(), 1);
}

void TestFaultProxy::latencyDelaysEveryRoundTrip_data()
{
    QTest::addColumn<int>("downMs");
    QTest::addColumn<int>("upMs");
    QTest::newRow("2G, 150 ms each way") << 150 << 150;
    QTest::newRow("down only") << 200 << 0;
    QTest::newRow("up only") << 0 << 200;
}

void TestFaultProxy::latencyDelaysEveryRoundTrip()
{
    QFETCH(int, downMs);
    QFETCH(int, upMs);
    TestServer server(TestServer::Mode::Echo);
    FaultProxy proxy;
    QVERIFY(proxy.start(u"127.0.0.1"_s, server.port()));
    proxy.setLatency(Direction::Down, std::chrono::milliseconds(downMs));
    proxy.setLatency(Direction::Up, std::chrono::milliseconds(upMs));

    Client client(proxy.port());
    QVERIFY(client.fd >= 0);
    constexpr int roundTrips = 3;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < roundTrips; ++i) {
        const QByteArray ping = "ping " + QByteArray::number(i);
        const Outcome out = talk(client.fd, ping, ping.size());
        QVERIFY(out.data == ping);
    }
    // A lower bound only: a loaded machine may take longer, never shorter.
    QCOMPARE_GE(clock.elapsed(), qint64(roundTrips * (downMs + upMs)));
}

void TestFaultProxy::rateCapSlowsTransfer_data()
{
    QTest::addColumn<Direction>("direction");
    QTest::addColumn<qint64>("rate");
    QTest::addColumn<qsizetype>("size");
    QTest::newRow("down, 2G 20 KB/s") << Direction::Down << qint64(20'000) << qsizetype(30'000);
    QTest::newRow("down, 100 KB/s") << Direction::Down << qint64(100'000) << qsizetype(150'000);
    QTest::newRow("up, 100 KB/s") << Direction::Up << qint64(100'000) << qsizetype(150'000);
}

void TestFaultProxy::rateCapSlowsTransfer()
{
    QFETCH(Direction, direction);
    QFETCH(qint64, rate);
    QFETCH(qsizetype, size);
    const QByteArray payload = pattern(size);
    const bool down = direction == Direction::Down;
    TestServer server(down ? TestServer::Mode::Source : TestServer::Mode::Sink, payload);
    FaultProxy proxy;
    QVERIFY(proxy.start(u"127.0.0.1"_s, server.port()));
    proxy.setRate(direction, rate);
    QSignalSpy finished(&server, &TestServer::connectionFinished);

    QElapsedTimer clock;
    clock.start();
    Client client(proxy.port());
    QVERIFY(client.fd >= 0);
    if (down) {
        const Outcome out = talk(client.fd, {});
        QVERIFY(out.data == payload);
    } else {
        talk(client.fd, payload, 0);
        QTRY_COMPARE_WITH_TIMEOUT(server.received(), qint64(size), 20000);
    }
    // A lower bound only: X bytes never take less than X / rate.
    QCOMPARE_GE(clock.elapsed(), qint64(size) * 1000 / rate);
    QCOMPARE(down ? proxy.bytesDown() : proxy.bytesUp(), qint64(size));
}

void TestFaultProxy::countersCountWireBytes()
{
    TestServer server(TestServer::Mode::Echo);
    FaultProxy proxy;
    QVERIFY(proxy.start(u"127.0.0.1"_s, server.port()));
    QSignalSpy accepted(&proxy, &FaultProxy::connectionAccepted);
    QSignalSpy closed(&proxy, &FaultProxy::connectionClosed);

    for (const qsizetype size : {qsizetype(1234), qsizetype(5678)}) {
        Client client(proxy.port());
        QVERIFY(client.fd >= 0);
        QCOMPARE(talk(client.fd, pattern(size), size).data.size(), size);
    }
    QCOMPARE(proxy.connectionsAccepted(), 2);
    QCOMPARE(proxy.bytesUp(), 1234 + 5678);
    QCOMPARE(proxy.bytesDown(), 1234 + 5678);
    QTRY_COMPARE(accepted.size(), 2);
    QTRY_COMPARE(closed.size(), 2);
    QCOMPARE(proxy.openConnections(), 0);

    proxy.resetCounters();
    QCOMPARE(proxy.counters().bytesUp, 0);
    QCOMPARE(proxy.counters().bytesDown, 0);
    QCOMPARE(proxy.counters().connections, 0);

    Client client(proxy.port());
    QVERIFY(client.fd >= 0);
    QCOMPARE(talk(client.fd, "hello", 5).data, QByteArray("hello"));
    const FaultProxy::Counters c = proxy.counters();
    QCOMPARE(c.bytesUp, 5);
    QCOMPARE(c.bytesDown, 5);
    QCOMPARE(c.connections, 1);
}

void TestFaultProxy::faultAppliesToOpenConnection()
{
    TestServer server(TestServer::Mode::Echo);
    FaultProxy proxy;
    QVERIFY(proxy.start(u"127.0.0.1"_s, server.port()));
    Client client(proxy.port());
    QVERIFY(client.fd >= 0);
    const QByteArray first = pattern(100);
    QVERIFY(talk(client.fd, first, 100).data == first);

    // Armed while the connection is open: offsets still count from its first byte.
    proxy.setCutAfter(Direction::Down, 150);
    const QByteArray second = pattern(100);
    const Outcome out = talk(client.fd, second);
    QCOMPARE(out.end, Outcome::Closed);
    QVERIFY(out.data == second.left(50));
}

void TestFaultProxy::unreachableUpstreamClosesClient()
{
    // A port bound but never listened on: a connection to it is refused, and no other test running beside this one
    // can take it (a port listened on and closed could be, and then the upstream answered: seen once under ctest -j2).
    const int holder = ::socket(AF_INET, SOCK_STREAM, 0);
    QVERIFY(holder >= 0);
    const auto closeHolder = qScopeGuard([holder] { ::close(holder); });
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    QVERIFY(::bind(holder, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0);
    socklen_t length = sizeof address;
    QVERIFY(::getsockname(holder, reinterpret_cast<sockaddr *>(&address), &length) == 0);
    const quint16 deadPort = ntohs(address.sin_port);
    FaultProxy proxy;
    QVERIFY(proxy.start(u"127.0.0.1"_s, deadPort));
    Client client(proxy.port());
    QVERIFY(client.fd >= 0);
    const Outcome out = talk(client.fd, "GET / HTTP/1.1\r\n\r\n");
    QVERIFY(out.end != Outcome::Open);
    QCOMPARE(out.data.size(), 0);
    QCOMPARE(proxy.bytesUp(), 0);
}

void TestFaultProxy::dropConnectionsClosesOpenOnes_data()
{
    QTest::addColumn<bool>("reset");
    QTest::newRow("clean") << false;
    QTest::newRow("reset") << true;
}

void TestFaultProxy::dropConnectionsClosesOpenOnes()
{
    QFETCH(bool, reset);
    TestServer server(TestServer::Mode::Echo);
    FaultProxy proxy;
    QVERIFY(proxy.start(u"127.0.0.1"_s, server.port()));
    proxy.setResetOnClose(reset);
    QSignalSpy closed(&proxy, &FaultProxy::connectionClosed);
    Client client(proxy.port());
    QVERIFY(client.fd >= 0);
    QCOMPARE(talk(client.fd, "hello", 5).data, QByteArray("hello"));
    QCOMPARE(proxy.openConnections(), 1);

    proxy.dropConnections();
    const Outcome out = talk(client.fd, {});
    QCOMPARE(out.end, reset ? Outcome::Reset : Outcome::Closed);
    client.close(); // after a clean close the proxy waits for the client's own close
    QVERIFY(closed.wait());
    QCOMPARE(proxy.openConnections(), 0);

    // The proxy still listens.
    Client again(proxy.port());
    QVERIFY(again.fd >= 0);
    QCOMPARE(talk(again.fd, "again", 5).data, QByteArray("again"));
}

void TestFaultProxy::clearFaultsRestoresPerfectNetwork()
{
    TestServer server(TestServer::Mode::Echo);
    FaultProxy proxy;
    QVERIFY(proxy.start(u"127.0.0.1"_s, server.port()));
    proxy.setLatency(5s);
    proxy.setRate(1);
    proxy.setCutAfter(Direction::Down, 0, Scope::EveryConnection);
    proxy.setStallAfter(Direction::Up, 0, Scope::EveryConnection);
    proxy.setCorruptAt(Direction::Down, 0, Scope::EveryConnection);
    proxy.setResetOnClose(true);
    proxy.clearFaults();

    const QByteArray payload = pattern(100'000);
    Client client(proxy.port());
    QVERIFY(client.fd >= 0);
    const Outcome out = talk(client.fd, payload, payload.size(), 4s); // well under the 5 s latency
    QCOMPARE(out.end, Outcome::Open);
    QVERIFY(out.data == payload);
}

void TestFaultProxy::libcurlSeesEachFault_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<int>("curlCode");
    QTest::newRow("none") << Fault::None << int(CURLE_OK);
    QTest::newRow("cut") << Fault::Cut << int(CURLE_PARTIAL_FILE);
    QTest::newRow("reset") << Fault::Reset << int(CURLE_RECV_ERROR);
    QTest::newRow("stall") << Fault::Stall << int(CURLE_OPERATION_TIMEDOUT);
    QTest::newRow("corrupt") << Fault::Corrupt << int(CURLE_OK);
    QTest::newRow("2G round trip") << Fault::Latency << int(CURLE_OK);
}

/// The way the sync tests use the proxy: libcurl's easy interface, blocking on the test's thread.
void TestFaultProxy::libcurlSeesEachFault()
{
    QFETCH(Fault, fault);
    QFETCH(int, curlCode);
    const QByteArray body = pattern(100'000);
    const QByteArray response = "HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    const qsizetype headerSize = response.size() - body.size();
    TestServer server(TestServer::Mode::Http, response);
    FaultProxy proxy;
    QVERIFY(proxy.start(u"127.0.0.1"_s, server.port()));
    switch (fault) {
    case Fault::None:
        break;
    case Fault::Cut:
        proxy.setCutAfter(Direction::Down, headerSize + 5000);
        break;
    case Fault::Reset:
        proxy.setResetOnClose(true);
        proxy.setCutAfter(Direction::Down, headerSize + 5000);
        break;
    case Fault::Stall:
        proxy.setStallAfter(Direction::Down, headerSize + 5000);
        break;
    case Fault::Corrupt:
        proxy.setCorruptAt(Direction::Down, headerSize + 777);
        break;
    case Fault::Latency:
        proxy.setLatency(150ms);
        break;
    }

    CURL *curl = curl_easy_init();
    QVERIFY(curl);
    const QByteArray url = "http://127.0.0.1:" + QByteArray::number(proxy.port()) + "/blob";
    QByteArray received;
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, 1L); // stall detection: under 1 byte/s...
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME, 1L);  // ...for a second
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, 30L);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &received);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, +[](char *data, size_t size, size_t count, void *sink) {
        static_cast<QByteArray *>(sink)->append(data, qsizetype(size * count));
        return size * count;
    });
    QElapsedTimer clock;
    clock.start();
    const CURLcode code = curl_easy_perform(curl);
    const qint64 elapsed = clock.elapsed();
    curl_off_t requestSize = 0;
    curl_easy_getinfo(curl, CURLINFO_REQUEST_SIZE, &requestSize);
    curl_easy_cleanup(curl);

    QCOMPARE(int(code), curlCode);
    switch (fault) {
    case Fault::None:
        QVERIFY(received == body);
        // "Bytes on the wire, headers included", as a benchmark counts them.
        QCOMPARE(proxy.bytesDown(), response.size());
        QCOMPARE(proxy.bytesUp(), qint64(requestSize));
        break;
    case Fault::Cut:
    case Fault::Reset:
    case Fault::Stall:
        QVERIFY(received == body.left(5000));
        break;
    case Fault::Corrupt:
        QCOMPARE(received.size(), body.size());
        QVERIFY(received != body);
        QVERIFY(received.left(777) == body.left(777) && received.mid(778) == body.mid(778));
        break;
    case Fault::Latency:
        QVERIFY(received == body);
        QCOMPARE_GE(elapsed, 300); // connect is local; the request and the response each cross once
        break;
    }
}

QTEST_GUILESS_MAIN(TestFaultProxy)
#include "tst_faultproxy.moc"
