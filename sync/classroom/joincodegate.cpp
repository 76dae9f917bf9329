// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "sync/classroom/joincodegate.h"

#include <QLoggingCategory>

#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcClassroom)

namespace Continuite {

namespace {
int secondsUntil(JoinCodeGate::Clock::time_point from, JoinCodeGate::Clock::time_point to)
{
    return int(std::max<qint64>(1, std::chrono::ceil<std::chrono::seconds>(to - from).count()));
}
} // namespace

int JoinCodeGate::check(const QString &address, bool rightCode, Clock::time_point now)
{
    std::lock_guard lock(m_mutex);
    auto it = m_addresses.find(address);
    if (it != m_addresses.end() && it->lockedUntil > now)
        return secondsUntil(now, it->lockedUntil);
    if (it == m_addresses.end()) {
        if (rightCode)
            return 0; // nothing to remember of a device that knows the code
        if (!makeRoom(now))
            return secondsUntil(now, now + Lockout); // thousands of addresses guessing: wait like them
        it = m_addresses.insert(address, Entry{0, now, now, {}});
    }
    Entry &e = *it;
    e.lastSeen = now;
    if (now - e.windowStart >= Window) {
        e.windowStart = now;
        e.misses = 0;
    }
    if (rightCode)
        return 0;
    if (++e.misses > FreeMisses) {
        e.lockedUntil = now + Lockout;
        qCWarning(lcClassroom).noquote() << "wrong join codes from" << address.left(64) << "— refused for"
                                         << Lockout.count() << "s";
        return secondsUntil(now, e.lockedUntil);
    }
    return 0;
}

bool JoinCodeGate::makeRoom(Clock::time_point now)
{
    if (m_addresses.size() < MaxAddresses)
        return true;
    // Whoever has been quiet longest and is not under lockout goes; an active lockout is never forgotten.
    auto oldest = m_addresses.end();
    for (auto it = m_addresses.begin(); it != m_addresses.end(); ++it)
        if (it->lockedUntil <= now && (oldest == m_addresses.end() || it->lastSeen < oldest->lastSeen))
            oldest = it;
    if (oldest == m_addresses.end())
        return false;
    m_addresses.erase(oldest);
    return true;
}

} // namespace Continuite
