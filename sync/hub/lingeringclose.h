// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <chrono>
#include <map>
#include <mutex>
#include <thread>

namespace Continuite::Hub {

/**
 * @brief Closes the connections the hub answered before reading their body, without destroying the answer.
 *
 * When the hub refuses a request before its body (401, 409, 413 quota…), it answers and closes: the body would
 * otherwise be read as the next request. But a socket closed with unread bytes in it sends a TCP reset, and a
 * reset makes the client's kernel drop the answer it has not read yet: the client sees "connection reset"
 * instead of the clear JSON error. So, as nginx's lingering close does, the hub keeps a duplicate of the socket
 * after libmicrohttpd has closed its side (it has shut down writing by then), reads and discards what the client
 * still sends until it stops (end of stream) or for a few seconds at most, and only then closes it.
 */
class LingeringClose
{
public:
    /// At most @p maxSockets linger at once (beyond, they are closed at once), each for at most @p linger.
    explicit LingeringClose(std::chrono::milliseconds linger = std::chrono::seconds(5), int maxSockets = 1024);
    ~LingeringClose();
    LingeringClose(const LingeringClose &) = delete;

    /// Lingers on a duplicate of @p fd (which its owner closes as usual).
    void add(int fd);
    /// Sockets lingering now.
    int size() const;

private:
    void run();

    std::chrono::milliseconds m_linger;
    int m_maxSockets;
    int m_epoll = -1;
    int m_wake = -1; ///< an eventfd that stops run()
    mutable std::mutex m_mutex;
    std::map<int, std::chrono::steady_clock::time_point> m_deadlines;
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace Continuite::Hub
