// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QHostAddress>
#include <QObject>
#include <QRegularExpression>
#include <QString>

#include <chrono>
#include <memory>

class QThread;

namespace Continuite {

class FaultProxyWorker;
struct FaultProxyShared;

/**
 * @brief A TCP proxy on loopback that simulates a bad network in user space, for tests and benchmarks.
 *
 * It listens on 127.0.0.1 (port 0 picks a free port, see port()) and forwards every accepted
 * connection to one upstream host:port. All the forwarding runs on a thread the object owns, so a
 * test may drive a blocking client (libcurl's easy interface, plain sockets) on its own thread
 * through it. Every setter is thread-safe and may be called at any time, also while data flows.
 *
 * Directions: Down is upstream → client (responses, downloads), Up is client → upstream
 * (requests, uploads).
 *
 * How faults apply:
 * - Latency is one-way: a 300 ms round trip is setLatency(150ms) for both directions. Each chunk is
 *   held for the latency in force when it was read; chunks are never reordered. A change applies to
 *   data read after it, on new and existing connections.
 * - The rate cap shapes each connection and direction separately, in slices of about 10 ms of data.
 *   A slice is delivered when its last byte would have arrived at that rate, so X bytes never
 *   arrive in less than X / rate seconds. A change applies to the next slice.
 * - Offsets of cuts, stalls and corruptions count the bytes the proxy has forwarded on that
 *   connection in that direction, from 0. They are checked as data leaves the proxy, so arming one
 *   also affects existing connections: a connection already past the offset is cut or stalled
 *   before its next byte in that direction; a corruption offset already passed does nothing to it.
 * - A FaultScope::Once fault fires on the first connection that reaches its offset, then disarms
 *   itself; a FaultScope::EveryConnection fault stays armed until cleared.
 * - A cut delivers exactly N bytes, then closes both the client and the upstream socket; pending
 *   data in the other direction is dropped.
 * - A stall delivers exactly N bytes, then forwards nothing more in that direction (not even the
 *   end of the stream) while both sockets stay open; the other direction goes on. A fired stall
 *   lasts until the connection ends or releaseStalls() is called.
 * - A corruption flips (XOR 0xFF) the one byte at the offset.
 * - With setResetOnClose(true) every close the proxy makes — a cut, a failed upstream connection,
 *   passing on one peer's close to the other — is a TCP reset (SO_LINGER 0), sent only once the
 *   bytes before it have been acknowledged. Otherwise closes are clean (FIN after the data).
 *
 * Counters count bytes handed to the destination socket (after cuts), so they are what crossed
 * "the wire", headers included.
 *
 * Signals are emitted on the thread the FaultProxy object lives in.
 */
class FaultProxy : public QObject
{
    Q_OBJECT

public:
    enum class Direction {
        Down, ///< upstream → client
        Up,   ///< client → upstream
    };
    Q_ENUM(Direction)

    enum class FaultScope {
        Once,            ///< the first connection that reaches the offset, then the fault disarms
        EveryConnection, ///< every connection, until the fault is cleared
    };
    Q_ENUM(FaultScope)

    struct Counters
    {
        qint64 bytesDown = 0;   ///< bytes forwarded upstream → client
        qint64 bytesUp = 0;     ///< bytes forwarded client → upstream
        qint64 connections = 0; ///< client connections accepted
    };

    explicit FaultProxy(QObject *parent = nullptr);
    ~FaultProxy() override;

    /// Starts the thread and listens. Returns false (see errorString()) when it cannot listen.
    bool start(const QString &upstreamHost, quint16 upstreamPort, quint16 listenPort = 0,
               const QHostAddress &listenAddress = QHostAddress(QHostAddress::LocalHost));
    /// Closes every connection and the listening socket, and stops the thread. Also done by the destructor.
    void stop();
    bool isRunning() const;
    /// The port it listens on (the one chosen when started with 0); 0 when not running.
    quint16 port() const;
    QHostAddress address() const;
    QString errorString() const;

    // Faults. Each may be called from any thread at any time.
    void setLatency(Direction direction, std::chrono::milliseconds oneWay);
    /// Both directions at once: a round trip costs twice @p oneWay.
    void setLatency(std::chrono::milliseconds oneWay);
    /// Bytes per second in one direction; 0 is unlimited.
    void setRate(Direction direction, qint64 bytesPerSecond);
    void setRate(qint64 bytesPerSecond);
    /// Cuts after @p bytes forwarded in @p direction; a negative value clears the fault.
    void setCutAfter(Direction direction, qint64 bytes, FaultScope scope = FaultScope::Once);
    /// Stops forwarding after @p bytes in @p direction; a negative value clears the fault.
    void setStallAfter(Direction direction, qint64 bytes, FaultScope scope = FaultScope::Once);
    /// Flips the byte at @p offset in @p direction; a negative value clears the fault.
    void setCorruptAt(Direction direction, qint64 offset, FaultScope scope = FaultScope::Once);
    /// Replaces the first match of @p pattern (\\1… in @p replacement for its groups) in what arrives in @p direction, as
    /// a proxy that changes, adds or removes a header would. Matched within each piece the proxy reads (on loopback an
    /// HTTP head arrives in one), Latin-1 text. An invalid or empty pattern clears it.
    void setRewrite(Direction direction, const QRegularExpression &pattern, const QString &replacement,
                    FaultScope scope = FaultScope::Once);
    /// Closes with a TCP reset instead of a clean close (see the class description).
    void setResetOnClose(bool reset);
    /// Lets connections that a stall has stopped forward again (the stall fault itself stays as set).
    void releaseStalls();
    /// Closes every open connection now (clean or reset, per setResetOnClose()); keeps listening.
    void dropConnections();
    /// Back to a perfect network: no latency, no cap, no cut, stall or corruption, clean closes.
    void clearFaults();

    Counters counters() const;
    qint64 bytesDown() const;
    qint64 bytesUp() const;
    qint64 connectionsAccepted() const;
    void resetCounters();
    /// Connections currently open through the proxy.
    int openConnections() const;

Q_SIGNALS:
    void connectionAccepted();
    void connectionClosed();
    /// A cut fired on one connection (the direction whose offset was reached).
    void cutFired(Continuite::FaultProxy::Direction direction);
    void stallFired(Continuite::FaultProxy::Direction direction);
    void corruptionFired(Continuite::FaultProxy::Direction direction);
    void rewriteFired(Continuite::FaultProxy::Direction direction);

private:
    void notifyWorker();

    std::shared_ptr<FaultProxyShared> m_shared;
    QThread *m_thread = nullptr;
    FaultProxyWorker *m_worker = nullptr;
    QString m_errorString;
    quint16 m_port = 0;
    QHostAddress m_address;
};

} // namespace Continuite
