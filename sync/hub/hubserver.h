// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "sync/hub/hubconfig.h"

#include <QString>

#include <functional>
#include <memory>

namespace Continuite {
class MediaStore;
}

namespace Continuite::Hub {

class HubEngine;
class HubStorage;
class UploadStore;

/**
 * @brief The hub's HTTP API over a data directory: see sync/hub/PROTOCOL.md.
 *
 * libmicrohttpd's event loops (epoll, `HubLimits::eventThreads`) hold the connections and read headers and
 * bodies; only a complete, bounded request takes one of the workers (`HubLimits::threads`), and when they
 * are all taken and `HubLimits::maxInFlight` requests wait, the next is answered 429 at once. An upload's
 * body is written to its file by the event loop; a download is sent by it. start() serves on background
 * threads (tests, the executable); stop() stops accepting, answers what is queued, lets the answers go out
 * and returns when every worker is done.
 */
class HubServer
{
public:
    /// Opens (creating if needed) the hub in @p dataDir: its records in @p storage, or in dataDir/hub.sqlite when
    /// none is given; its files in @p dataDir. Throws StorageError when it cannot, and std::runtime_error when the
    /// TLS certificate or key of @p limits cannot be used.
    explicit HubServer(const QString &dataDir, HubLimits limits = {}, std::unique_ptr<HubStorage> storage = {});
    ~HubServer();

    /**
     * Asked first about every request when a path prefix is set, from any worker thread: the client's address,
     * and whether it named the prefix. Returns the seconds it must wait (answered 429 too_many_attempts), 0 to go on.
     */
    using PrefixGate = std::function<int(const QString &address, bool rightPrefix)>;
    /**
     * Serves only under /@p prefix/v1/… (a classroom's join code: PROTOCOL.md, "Classroom hub"); every other
     * path is a 404, as if nothing were there. Compared case-insensitively. @p gate, when set, may refuse a
     * request before that (guessing the prefix). Call before start().
     */
    void setPathPrefix(const QString &prefix, PrefixGate gate = {});

    /// Binds @p host:@p port (0: any free port) and serves in the background. False when it cannot bind.
    bool start(const QString &host, int port);
    void stop();
    bool isRunning() const;
    int port() const;
    QString url() const;
    /// Requests queued for or being worked on right now (what `HubLimits::maxInFlight` bounds); for
    /// monitoring and tests.
    int requestsInFlight() const;
    /// The longest any request waited for a worker since start(), in ms (bounded by `HubLimits::maxQueueWaitMs`).
    qint64 longestQueueWaitMs() const;
    /// Connections open right now, idle kept-alive ones included (one the hub closed counts until its event
    /// loop next wakes).
    int connectionsOpen() const;
    /// Request body bytes the hub holds or has reserved right now (what `HubLimits::bodyBudgetBytes` bounds), and
    /// the part of them reserved by requests without a token (`HubLimits::anonymousBodyBudgetBytes`).
    qint64 bodyBytesReserved() const;
    qint64 anonymousBodyBytesReserved() const;
    /// Tokens the HTTP layer knows as valid (what `HubLimits::maxKnownTokens` bounds).
    int knownTokens() const;
    /// Bodies closed so far to make room for a newcomer when the body budget was full (`HubLimits::bodyEvictionAgeMs`).
    int bodiesEvicted() const;
    /// Bytes of the syncs' answers being sent right now (held until libmicrohttpd has handed their last byte to the
    /// kernel), and the large ones among them (`HubLimits::maxLargeAnswersPerPerson`, `personAnswerBudgetBytes`); also in
    /// /metrics.
    qint64 answerBytesSending() const;
    int largeAnswersSending() const;

    HubEngine &engine();
    /// The files the hub holds (the same class as a device's), and the uploads that end in them.
    MediaStore &media();
    UploadStore &uploads();

    static QString version();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Continuite::Hub
