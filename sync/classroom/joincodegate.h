// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QHash>
#include <QString>

#include <chrono>
#include <mutex>

namespace Continuite {

/**
 * @brief Keeps a device in the building from guessing a classroom hub's join code.
 *
 * Every request to a classroom hub is judged here before anything else (HubServer's path-prefix gate): with
 * the right code or not, from which address. An address that sent FreeMisses wrong codes within Window is
 * refused (429) for Lockout — every request, the right code included, so a guess made during the lockout
 * tells nothing. A student who mistypes the code a few times is not concerned.
 *
 * The table of addresses is bounded (MaxAddresses): quiet entries go first and a lockout is never forgotten
 * to make room. When the table is full of addresses under lockout (thousands of addresses guessing), a new
 * address is refused until some lockout ends: the join code stays unguessable, and new devices wait.
 * With 32⁶ codes, 20 guesses per address per 10 minutes leave a /16 of addresses days of guessing on average.
 */
class JoinCodeGate
{
public:
    using Clock = std::chrono::steady_clock;

    static constexpr int FreeMisses = 20;
    static constexpr std::chrono::seconds Window{600};
    static constexpr std::chrono::seconds Lockout{600};
    static constexpr int MaxAddresses = 4096;

    /// Seconds @p address must wait before anything is answered (0: go ahead). @p rightCode: the request named the code.
    int check(const QString &address, bool rightCode, Clock::time_point now = Clock::now());

private:
    struct Entry
    {
        int misses = 0;
        Clock::time_point windowStart;
        Clock::time_point lastSeen;
        Clock::time_point lockedUntil;
    };
    /// Makes room for one more address; false when every entry is under lockout.
    bool makeRoom(Clock::time_point now);

    std::mutex m_mutex;
    QHash<QString, Entry> m_addresses;
};

} // namespace Continuite
