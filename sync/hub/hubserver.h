#pragma once

#include "sync/hub/hubconfig.h"

#include <QString>

#include <functional>
#include <memory>

namespace Continuite::Hub {

class HubEngine;
class MediaStore;

/**
 * @brief The hub's HTTP API (cpp-httplib) over a data directory: see sync/hub/PROTOCOL.md.
 *
 * start() serves on background threads (tests, the executable); stop() stops accepting, lets the
 * requests in flight finish and returns when every worker is done.
 */
class HubServer
{
public:
    /// Opens (creating if needed) the hub in @p dataDir. Throws StorageError when it cannot, and
    /// std::runtime_error when the TLS certificate or key of @p limits cannot be used.
    explicit HubServer(const QString &dataDir, HubLimits limits = {});
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
    /// Requests being worked on right now (what `HubLimits::maxInFlight` bounds); for monitoring and tests.
    int requestsInFlight() const;

    HubEngine &engine();
    MediaStore &media();

    static QString version();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Continuite::Hub
