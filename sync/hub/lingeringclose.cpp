// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "sync/hub/lingeringclose.h"

#include <cerrno>

#include <fcntl.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Continuite::Hub {

LingeringClose::LingeringClose(std::chrono::milliseconds linger, int maxSockets)
    : m_linger(linger)
    , m_maxSockets(maxSockets)
    , m_epoll(::epoll_create1(EPOLL_CLOEXEC))
    , m_wake(::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK))
{
    epoll_event e{};
    e.events = EPOLLIN;
    e.data.fd = m_wake;
    ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wake, &e);
    m_thread = std::thread([this] { run(); });
}

LingeringClose::~LingeringClose()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    const uint64_t one = 1;
    [[maybe_unused]] const ssize_t n = ::write(m_wake, &one, sizeof one);
    m_thread.join();
    for (const auto &[fd, deadline] : m_deadlines)
        ::close(fd);
    ::close(m_wake);
    ::close(m_epoll);
}

void LingeringClose::add(int fd)
{
    std::lock_guard lock(m_mutex);
    if (m_stop || int(m_deadlines.size()) >= m_maxSockets)
        return; // the owner's close resets it: the answer may be lost, never the hub's descriptors
    const int copy = ::fcntl(fd, F_DUPFD_CLOEXEC, 0);
    if (copy < 0)
        return;
    ::fcntl(copy, F_SETFL, ::fcntl(copy, F_GETFL) | O_NONBLOCK);
    epoll_event e{};
    e.events = EPOLLIN | EPOLLRDHUP;
    e.data.fd = copy;
    if (::epoll_ctl(m_epoll, EPOLL_CTL_ADD, copy, &e) != 0) {
        ::close(copy);
        return;
    }
    m_deadlines.emplace(copy, std::chrono::steady_clock::now() + m_linger);
}

int LingeringClose::size() const
{
    std::lock_guard lock(m_mutex);
    return int(m_deadlines.size());
}

void LingeringClose::run()
{
    epoll_event events[64];
    char sink[16384];
    for (;;) {
        const int n = ::epoll_wait(m_epoll, events, 64, 200);
        std::lock_guard lock(m_mutex);
        if (m_stop)
            return;
        for (int i = 0; i < n; ++i) {
            const int fd = events[i].data.fd;
            if (fd == m_wake || !m_deadlines.count(fd))
                continue;
            // Read what the client still sends, keep nothing; its end of stream (or an error) ends the lingering.
            bool done = false;
            for (int reads = 0; reads < 64 && !done; ++reads) {
                const ssize_t got = ::recv(fd, sink, sizeof sink, 0);
                if (got > 0)
                    continue;
                done = got == 0 || (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR);
                break;
            }
            if (done) {
                ::close(fd); // closing removes it from the epoll set
                m_deadlines.erase(fd);
            }
        }
        const auto now = std::chrono::steady_clock::now();
        for (auto it = m_deadlines.begin(); it != m_deadlines.end();) {
            if (it->second <= now) {
                ::close(it->first);
                it = m_deadlines.erase(it);
            } else {
                ++it;
            }
        }
    }
}

} // namespace Continuite::Hub
