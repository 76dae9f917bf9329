// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "faultproxy.h"

#include <QList>
#include <QMutex>
#include <QMutexLocker>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <deque>
#include <limits>

#include <sys/ioctl.h>
#include <sys/socket.h>

using namespace std::chrono_literals;

namespace Continuite {

namespace {

using Clock = std::chrono::steady_clock;

constexpr int kDown = 0;
constexpr int kUp = 1;
/// How much the proxy holds per connection and direction before it stops reading (TCP-like back-pressure).
constexpr qint64 kQueueCap = 1024 * 1024;
/// How much it lets pile up in a destination socket's Qt buffer before waiting for bytesWritten().
constexpr qint64 kWriteCap = 64 * 1024;
/// How long a closing socket may take to flush (or, after a clean close, for its peer to close).
constexpr auto kCloseTimeout = 5s;

int index(FaultProxy::Direction d)
{
    return d == FaultProxy::Direction::Down ? kDown : kUp;
}

FaultProxy::Direction direction(int i)
{
    return i == kDown ? FaultProxy::Direction::Down : FaultProxy::Direction::Up;
}

enum class Fault { Cut, Stall, Corrupt };

struct FaultSpec
{
    qint64 at = -1; ///< offset in the direction's byte stream; negative = not armed
    FaultProxy::FaultScope scope = FaultProxy::FaultScope::Once;
};

/// The faults that concern one connection's next bytes in one direction.
struct FaultPlan
{
    qint64 cutAt = -1;
    qint64 stallAt = -1;
    qint64 corruptAt = -1;
};

} // namespace

/// Settings and counters, shared by the public object (any thread) and the worker thread.
struct FaultProxyShared
{
    mutable QMutex mutex;
    std::chrono::milliseconds latency[2] = {0ms, 0ms};
    qint64 rate[2] = {0, 0};
    FaultSpec cut[2];
    FaultSpec stall[2];
    FaultSpec corrupt[2];
    struct Rewrite
    {
        QRegularExpression pattern;
        QString replacement;
        FaultProxy::FaultScope scope = FaultProxy::FaultScope::Once;
    } rewrite[2];
    bool reset = false;

    /// @p data with the rewrite of @p dir applied (a Once rewrite disarms itself); whether it fired.
    bool rewritten(int dir, QByteArray *data)
    {
        QMutexLocker lock(&mutex);
        Rewrite &r = rewrite[dir];
        if (r.pattern.pattern().isEmpty() || !r.pattern.isValid())
            return false;
        QString text = QString::fromLatin1(*data);
        const QRegularExpressionMatch m = r.pattern.match(text);
        if (!m.hasMatch())
            return false;
        QString with = r.replacement;
        for (int i = m.lastCapturedIndex(); i >= 1; --i)
            with.replace(u'\\' + QString::number(i), m.captured(i));
        text.replace(m.capturedStart(), m.capturedLength(), with);
        *data = text.toLatin1();
        if (r.scope == FaultProxy::FaultScope::Once)
            r = {};
        return true;
    }

    std::atomic<qint64> bytes[2] = {0, 0};
    std::atomic<qint64> connections = 0;
    std::atomic<int> open = 0;

    FaultSpec &spec(Fault f, int dir)
    {
        switch (f) {
        case Fault::Cut:
            return cut[dir];
        case Fault::Stall:
            return stall[dir];
        case Fault::Corrupt:
            break;
        }
        return corrupt[dir];
    }

    FaultPlan plan(int dir) const
    {
        QMutexLocker lock(&mutex);
        return {cut[dir].at, stall[dir].at, corrupt[dir].at};
    }

    /// True when the fault armed at @p at may fire now; a Once fault disarms itself here, so that
    /// exactly one connection gets it even when several race for it.
    bool consume(Fault f, int dir, qint64 at)
    {
        QMutexLocker lock(&mutex);
        FaultSpec &s = spec(f, dir);
        if (s.at != at || at < 0)
            return false;
        if (s.scope == FaultProxy::FaultScope::Once)
            s.at = -1;
        return true;
    }

    std::chrono::milliseconds latencyOf(int dir) const
    {
        QMutexLocker lock(&mutex);
        return latency[dir];
    }

    qint64 rateOf(int dir) const
    {
        QMutexLocker lock(&mutex);
        return rate[dir];
    }

    bool resetOnClose() const
    {
        QMutexLocker lock(&mutex);
        return reset;
    }
};

namespace {

class Connection;

/// One direction of one connection: what was read from @c from and waits to be written to @c to.
struct Pipe
{
    struct Chunk
    {
        QByteArray data;
        qsizetype pos = 0;
        Clock::time_point eligible; ///< read time + the latency then in force
    };

    int dir = kDown;
    QTcpSocket *from = nullptr;
    QTcpSocket *to = nullptr;
    std::deque<Chunk> queue;
    qint64 queued = 0;
    qint64 forwarded = 0;
    Clock::time_point lineFreeAt{}; ///< when the simulated line finishes the previous slice
    bool sliceReady = false;        ///< a slice of sliceLength bytes is "on the wire" until sliceDone
    qint64 sliceLength = 0;
    Clock::time_point sliceDone{};
    bool sourceEnded = false; ///< @c from has closed: once the queue is drained, close @c to
    bool stalled = false;
    bool dead = false; ///< @c to is gone: nothing more to do
    QTimer *timer = nullptr;
};

enum class SocketState { Open, Closing, Closed };

} // namespace

/// Lives on the proxy's thread: accepts connections and owns them.
class FaultProxyWorker : public QObject
{
public:
    FaultProxyWorker(std::shared_ptr<FaultProxyShared> shared, FaultProxy *proxy)
        : m_shared(std::move(shared))
        , m_proxy(proxy)
    {
    }

    bool listen(const QHostAddress &address, quint16 port, const QString &upstreamHost, quint16 upstreamPort,
                quint16 *chosenPort, QString *error);
    void shutdown();
    void pumpAll();
    void releaseStalls();
    void dropAll();
    void closed(Connection *c);

    template<typename F>
    void notify(F &&f)
    {
        // Queued to the proxy's thread; dropped by Qt if the proxy is gone by then.
        FaultProxy *proxy = m_proxy;
        QMetaObject::invokeMethod(
            proxy, [proxy, f = std::forward<F>(f)] { f(proxy); }, Qt::QueuedConnection);
    }

    std::shared_ptr<FaultProxyShared> m_shared;
    FaultProxy *m_proxy;
    QTcpServer *m_server = nullptr;
    QString m_upstreamHost;
    quint16 m_upstreamPort = 0;
    QList<Connection *> m_connections;
};

namespace {

void armReset(QTcpSocket *s)
{
    const auto fd = s->socketDescriptor();
    if (fd < 0)
        return;
    struct linger l
    {
        1, 0
    };
    ::setsockopt(int(fd), SOL_SOCKET, SO_LINGER, &l, sizeof l);
}

/// Bytes the kernel still holds for the peer (not sent or not acknowledged yet).
int kernelOutQueue(QTcpSocket *s)
{
    int pending = 0;
    const auto fd = s->socketDescriptor();
    if (fd < 0 || ::ioctl(int(fd), TIOCOUTQ, &pending) != 0)
        return 0;
    return pending;
}

/// A client connection and its upstream connection, with one Pipe each way.
class Connection : public QObject
{
public:
    Connection(FaultProxyWorker *worker, QTcpSocket *client)
        : QObject(worker)
        , m_worker(worker)
        , m_shared(worker->m_shared)
        , m_client(client)
        , m_upstream(new QTcpSocket(this))
    {
        m_client->setParent(this);
        for (QTcpSocket *s : {m_client, m_upstream}) {
            s->setReadBufferSize(256 * 1024);
            s->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        }
        m_pipes[kDown].dir = kDown;
        m_pipes[kDown].from = m_upstream;
        m_pipes[kDown].to = m_client;
        m_pipes[kUp].dir = kUp;
        m_pipes[kUp].from = m_client;
        m_pipes[kUp].to = m_upstream;
        for (Pipe &p : m_pipes) {
            p.timer = new QTimer(this);
            p.timer->setSingleShot(true);
            p.timer->setTimerType(Qt::PreciseTimer);
            connect(p.timer, &QTimer::timeout, this, [this, &p] { pump(p); });
        }

        connect(m_client, &QTcpSocket::readyRead, this, [this] { onReadyRead(m_client, m_pipes[kUp]); });
        connect(m_upstream, &QTcpSocket::readyRead, this, [this] { onReadyRead(m_upstream, m_pipes[kDown]); });
        connect(m_client, &QTcpSocket::bytesWritten, this, [this] { pump(m_pipes[kDown]); });
        connect(m_upstream, &QTcpSocket::bytesWritten, this, [this] { pump(m_pipes[kUp]); });
        connect(m_upstream, &QTcpSocket::connected, this, [this] {
            m_upstream->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            pump(m_pipes[kUp]);
            pump(m_pipes[kDown]);
        });
        connect(m_client, &QTcpSocket::disconnected, this, [this] { onGone(m_client); });
        connect(m_upstream, &QTcpSocket::disconnected, this, [this] { onGone(m_upstream); });
        connect(m_upstream, &QTcpSocket::errorOccurred, this, [this] {
            // A failed connect never emits disconnected(): treat it as the upstream going away.
            if (m_upstream->state() == QAbstractSocket::UnconnectedState && !m_upstreamConnectedOnce)
                onGone(m_upstream);
        });
        connect(m_upstream, &QTcpSocket::connected, this, [this] { m_upstreamConnectedOnce = true; });

        m_upstream->connectToHost(worker->m_upstreamHost, worker->m_upstreamPort);
    }

    void pumpBoth()
    {
        pump(m_pipes[kUp]);
        pump(m_pipes[kDown]);
    }

    void releaseStalls()
    {
        for (Pipe &p : m_pipes) {
            if (p.stalled) {
                p.stalled = false;
                pump(p); // if the source ended meanwhile, its end is passed on once the queue drains
            }
        }
    }

    /// Closes both sockets now, without flushing what the proxy still holds.
    void drop()
    {
        m_closing = true;
        const bool reset = m_shared->resetOnClose();
        closeSocket(m_client, reset, false);
        closeSocket(m_upstream, reset, false);
    }

private:
    SocketState &stateOf(QTcpSocket *s) { return m_state[s == m_client ? 0 : 1]; }

    void onReadyRead(QTcpSocket *s, Pipe &p)
    {
        if (m_closing || stateOf(s) != SocketState::Open) {
            s->readAll(); // a closing socket: what still arrives goes nowhere
            return;
        }
        pump(p);
    }

    /// Moves what @c from has into the queue, up to the cap unless the source has ended.
    void ingest(Pipe &p)
    {
        const qint64 room = p.sourceEnded ? std::numeric_limits<qint64>::max() : kQueueCap - p.queued;
        if (room <= 0 || !p.from->isOpen())
            return;
        QByteArray data = p.sourceEnded ? p.from->readAll() : p.from->read(room);
        if (data.isEmpty())
            return;
        if (m_shared->rewritten(p.dir, &data)) {
            const auto d = direction(p.dir);
            m_worker->notify([d](FaultProxy *proxy) { Q_EMIT proxy->rewriteFired(d); });
        }
        p.queued += data.size();
        p.queue.push_back({std::move(data), 0, Clock::now() + m_shared->latencyOf(p.dir)});
    }

    void arm(Pipe &p, Clock::time_point when)
    {
        const auto wait = std::chrono::ceil<std::chrono::milliseconds>(when - Clock::now());
        p.timer->start(int(std::max<qint64>(0, wait.count())));
    }

    void pump(Pipe &p)
    {
        if (p.dead || m_closing || p.stalled)
            return;
        for (;;) {
            ingest(p);
            if (p.to->state() != QAbstractSocket::ConnectedState || stateOf(p.to) != SocketState::Open)
                return; // the upstream is still connecting
            if (p.to->bytesToWrite() > kWriteCap)
                return; // bytesWritten() pumps again
            if (p.queue.empty()) {
                if (p.sourceEnded)
                    endPipe(p);
                return;
            }
            Pipe::Chunk &chunk = p.queue.front();
            const auto now = Clock::now();
            if (chunk.eligible > now) {
                arm(p, chunk.eligible);
                return;
            }

            const FaultPlan plan = m_shared->plan(p.dir);
            if (plan.stallAt >= 0 && p.forwarded >= plan.stallAt
                && m_shared->consume(Fault::Stall, p.dir, plan.stallAt)) {
                p.stalled = true;
                p.sliceReady = false;
                const auto d = direction(p.dir);
                m_worker->notify([d](FaultProxy *proxy) { Q_EMIT proxy->stallFired(d); });
                return;
            }
            if (plan.cutAt >= 0 && p.forwarded >= plan.cutAt && m_shared->consume(Fault::Cut, p.dir, plan.cutAt)) {
                cut(p);
                return;
            }

            qint64 n = chunk.data.size() - chunk.pos;
            if (plan.stallAt > p.forwarded)
                n = std::min(n, plan.stallAt - p.forwarded);
            if (plan.cutAt > p.forwarded)
                n = std::min(n, plan.cutAt - p.forwarded);

            const qint64 rate = m_shared->rateOf(p.dir);
            if (rate > 0) {
                if (!p.sliceReady) {
                    // A slice of ~10 ms of data arrives when its last byte would have, never earlier.
                    p.sliceLength = std::min(n, std::max<qint64>(1, rate / 100));
                    const auto start = std::max(p.lineFreeAt, chunk.eligible);
                    const auto duration = std::chrono::nanoseconds(p.sliceLength * 1'000'000'000LL / rate);
                    p.sliceDone = start + std::chrono::ceil<Clock::duration>(duration);
                    p.sliceReady = true;
                }
                if (p.sliceDone > now) {
                    arm(p, p.sliceDone);
                    return;
                }
                n = std::min(n, p.sliceLength);
                p.lineFreeAt = p.sliceDone;
                p.sliceReady = false;
            } else {
                p.sliceReady = false;
            }

            QByteArray out = chunk.data.mid(chunk.pos, n);
            if (plan.corruptAt >= p.forwarded && plan.corruptAt < p.forwarded + n
                && m_shared->consume(Fault::Corrupt, p.dir, plan.corruptAt)) {
                out[plan.corruptAt - p.forwarded] = char(out.at(plan.corruptAt - p.forwarded) ^ 0xFF);
                const auto d = direction(p.dir);
                m_worker->notify([d](FaultProxy *proxy) { Q_EMIT proxy->corruptionFired(d); });
            }
            p.to->write(out);
            p.forwarded += n;
            m_shared->bytes[p.dir] += n;
            chunk.pos += n;
            p.queued -= n;
            if (chunk.pos == chunk.data.size())
                p.queue.pop_front();
        }
    }

    /// The source of @p p closed and everything it sent has been forwarded: pass the close on.
    void endPipe(Pipe &p)
    {
        p.dead = true;
        m_closing = true;
        closeSocket(p.to, m_shared->resetOnClose(), true);
    }

    void cut(Pipe &p)
    {
        m_closing = true;
        const auto d = direction(p.dir);
        m_worker->notify([d](FaultProxy *proxy) { Q_EMIT proxy->cutFired(d); });
        const bool reset = m_shared->resetOnClose();
        closeSocket(p.to, reset, true);
        closeSocket(p.from, reset, false);
    }

    /// A peer closed (or the upstream could not be reached).
    void onGone(QTcpSocket *s)
    {
        SocketState &state = stateOf(s);
        const bool ours = state != SocketState::Open;
        state = SocketState::Closed;
        if (ours || m_closing) {
            finishIfDone();
            return;
        }
        Pipe &towardsGone = m_pipes[s == m_client ? kDown : kUp];
        Pipe &fromGone = m_pipes[s == m_client ? kUp : kDown];
        towardsGone.dead = true;
        towardsGone.timer->stop();
        fromGone.sourceEnded = true;
        if (fromGone.stalled) {
            // A stalled direction delivers nothing more, not even the end of the stream: if the
            // upstream went away, the client stays open until it gives up; if the client went away,
            // nobody is left to wait for, so the upstream is closed.
            if (s == m_client) {
                m_closing = true;
                closeSocket(m_upstream, m_shared->resetOnClose(), false);
            }
            return;
        }
        pump(fromGone);
        finishIfDone();
    }

    /// Closes @p s: a reset (after what was written has been acknowledged, when @p flush) or a clean
    /// close (flush, FIN, then discard what arrives until the peer closes too).
    void closeSocket(QTcpSocket *s, bool reset, bool flush)
    {
        SocketState &state = stateOf(s);
        if (state != SocketState::Open)
            return;
        for (Pipe &p : m_pipes)
            p.timer->stop();
        if (s->state() != QAbstractSocket::ConnectedState) {
            state = SocketState::Closed;
            s->abort();
            finishIfDone();
            return;
        }
        state = SocketState::Closing;
        if (reset && !flush) {
            armReset(s);
            s->abort();
            state = SocketState::Closed;
            finishIfDone();
            return;
        }
        const auto deadline = Clock::now() + kCloseTimeout;
        auto *poll = new QTimer(this);
        poll->setInterval(2);
        bool finSent = false;
        auto step = [this, s, poll, reset, deadline, finSent]() mutable {
            SocketState &st = stateOf(s);
            if (st == SocketState::Closed || s->state() != QAbstractSocket::ConnectedState) {
                poll->deleteLater();
                if (st != SocketState::Closed) {
                    st = SocketState::Closed;
                    s->abort();
                }
                finishIfDone();
                return;
            }
            const bool late = Clock::now() > deadline;
            if (!finSent) {
                s->flush();
                const bool flushed = s->bytesToWrite() == 0 && (!reset || kernelOutQueue(s) == 0);
                if (!flushed && !late)
                    return;
                if (reset) {
                    armReset(s);
                    st = SocketState::Closed;
                    s->abort();
                    poll->deleteLater();
                    finishIfDone();
                    return;
                }
                ::shutdown(int(s->socketDescriptor()), SHUT_WR);
                finSent = true;
            }
            s->readAll();
            if (late) {
                st = SocketState::Closed;
                s->abort();
                poll->deleteLater();
                finishIfDone();
            }
        };
        connect(poll, &QTimer::timeout, this, step);
        poll->start();
    }

    void finishIfDone()
    {
        if (m_finished || m_state[0] != SocketState::Closed || m_state[1] != SocketState::Closed)
            return;
        m_finished = true;
        for (Pipe &p : m_pipes)
            p.timer->stop();
        m_worker->closed(this);
    }

    FaultProxyWorker *m_worker;
    std::shared_ptr<FaultProxyShared> m_shared;
    QTcpSocket *m_client;
    QTcpSocket *m_upstream;
    Pipe m_pipes[2];
    SocketState m_state[2] = {SocketState::Open, SocketState::Open}; ///< client, upstream
    bool m_closing = false;
    bool m_finished = false;
    bool m_upstreamConnectedOnce = false;
};

} // namespace

bool FaultProxyWorker::listen(const QHostAddress &address, quint16 port, const QString &upstreamHost,
                              quint16 upstreamPort, quint16 *chosenPort, QString *error)
{
    m_upstreamHost = upstreamHost;
    m_upstreamPort = upstreamPort;
    m_server = new QTcpServer(this);
    if (!m_server->listen(address, port)) {
        *error = m_server->errorString();
        return false;
    }
    *chosenPort = m_server->serverPort();
    QObject::connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *client = m_server->nextPendingConnection()) {
            ++m_shared->connections;
            ++m_shared->open;
            m_connections.append(new Connection(this, client));
            notify([](FaultProxy *proxy) { Q_EMIT proxy->connectionAccepted(); });
        }
    });
    return true;
}

void FaultProxyWorker::closed(Connection *c)
{
    m_connections.removeOne(c);
    c->deleteLater();
    --m_shared->open;
    notify([](FaultProxy *proxy) { Q_EMIT proxy->connectionClosed(); });
}

void FaultProxyWorker::shutdown()
{
    if (m_server)
        m_server->close();
    const auto connections = m_connections;
    m_connections.clear();
    for (Connection *c : connections)
        delete c; // the sockets go with it: the OS closes them
    m_shared->open = 0;
}

void FaultProxyWorker::pumpAll()
{
    for (Connection *c : std::as_const(m_connections))
        c->pumpBoth();
}

void FaultProxyWorker::releaseStalls()
{
    for (Connection *c : std::as_const(m_connections))
        c->releaseStalls();
}

void FaultProxyWorker::dropAll()
{
    const auto connections = m_connections;
    for (Connection *c : connections)
        c->drop();
}

FaultProxy::FaultProxy(QObject *parent)
    : QObject(parent)
    , m_shared(std::make_shared<FaultProxyShared>())
{
}

FaultProxy::~FaultProxy()
{
    stop();
}

bool FaultProxy::start(const QString &upstreamHost, quint16 upstreamPort, quint16 listenPort,
                       const QHostAddress &listenAddress)
{
    stop();
    m_errorString.clear();
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("FaultProxy"));
    m_worker = new FaultProxyWorker(m_shared, this);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();

    bool ok = false;
    quint16 chosen = 0;
    QString error;
    FaultProxyWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker,
        [&] { ok = worker->listen(listenAddress, listenPort, upstreamHost, upstreamPort, &chosen, &error); },
        Qt::BlockingQueuedConnection);
    if (!ok) {
        stop();
        m_errorString = error;
        return false;
    }
    m_port = chosen;
    m_address = listenAddress;
    return true;
}

void FaultProxy::stop()
{
    if (!m_thread)
        return;
    FaultProxyWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker] { worker->shutdown(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait(); // finished() deletes the worker on its thread
    delete m_thread;
    m_thread = nullptr;
    m_worker = nullptr;
    m_port = 0;
}

bool FaultProxy::isRunning() const
{
    return m_thread != nullptr;
}

quint16 FaultProxy::port() const
{
    return m_port;
}

QHostAddress FaultProxy::address() const
{
    return m_address;
}

QString FaultProxy::errorString() const
{
    return m_errorString;
}

void FaultProxy::notifyWorker()
{
    if (FaultProxyWorker *worker = m_worker)
        QMetaObject::invokeMethod(worker, [worker] { worker->pumpAll(); }, Qt::QueuedConnection);
}

void FaultProxy::setLatency(Direction d, std::chrono::milliseconds oneWay)
{
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->latency[index(d)] = std::max(0ms, oneWay);
    }
    notifyWorker();
}

void FaultProxy::setLatency(std::chrono::milliseconds oneWay)
{
    setLatency(Direction::Down, oneWay);
    setLatency(Direction::Up, oneWay);
}

void FaultProxy::setRate(Direction d, qint64 bytesPerSecond)
{
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->rate[index(d)] = std::max<qint64>(0, bytesPerSecond);
    }
    notifyWorker();
}

void FaultProxy::setRate(qint64 bytesPerSecond)
{
    setRate(Direction::Down, bytesPerSecond);
    setRate(Direction::Up, bytesPerSecond);
}

void FaultProxy::setCutAfter(Direction d, qint64 bytes, FaultScope scope)
{
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->cut[index(d)] = {bytes < 0 ? -1 : bytes, scope};
    }
    notifyWorker();
}

void FaultProxy::setStallAfter(Direction d, qint64 bytes, FaultScope scope)
{
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->stall[index(d)] = {bytes < 0 ? -1 : bytes, scope};
    }
    notifyWorker();
}

void FaultProxy::setCorruptAt(Direction d, qint64 offset, FaultScope scope)
{
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->corrupt[index(d)] = {offset < 0 ? -1 : offset, scope};
    }
    notifyWorker();
}

void FaultProxy::setRewrite(Direction d, const QRegularExpression &pattern, const QString &replacement, FaultScope scope)
{
    QMutexLocker lock(&m_shared->mutex);
    m_shared->rewrite[index(d)] = {pattern, replacement, scope};
}

void FaultProxy::setResetOnClose(bool reset)
{
    QMutexLocker lock(&m_shared->mutex);
    m_shared->reset = reset;
}

void FaultProxy::releaseStalls()
{
    if (FaultProxyWorker *worker = m_worker)
        QMetaObject::invokeMethod(worker, [worker] { worker->releaseStalls(); }, Qt::QueuedConnection);
}

void FaultProxy::dropConnections()
{
    if (FaultProxyWorker *worker = m_worker)
        QMetaObject::invokeMethod(worker, [worker] { worker->dropAll(); }, Qt::QueuedConnection);
}

void FaultProxy::clearFaults()
{
    {
        QMutexLocker lock(&m_shared->mutex);
        for (int d : {kDown, kUp}) {
            m_shared->latency[d] = 0ms;
            m_shared->rate[d] = 0;
            m_shared->cut[d] = {};
            m_shared->stall[d] = {};
            m_shared->corrupt[d] = {};
            m_shared->rewrite[d] = {};
        }
        m_shared->reset = false;
    }
    notifyWorker();
}

FaultProxy::Counters FaultProxy::counters() const
{
    return {m_shared->bytes[kDown].load(), m_shared->bytes[kUp].load(), m_shared->connections.load()};
}

qint64 FaultProxy::bytesDown() const
{
    return m_shared->bytes[kDown].load();
}

qint64 FaultProxy::bytesUp() const
{
    return m_shared->bytes[kUp].load();
}

qint64 FaultProxy::connectionsAccepted() const
{
    return m_shared->connections.load();
}

void FaultProxy::resetCounters()
{
    m_shared->bytes[kDown] = 0;
    m_shared->bytes[kUp] = 0;
    m_shared->connections = 0;
}

int FaultProxy::openConnections() const
{
    return m_shared->open.load();
}

} // namespace Continuite
