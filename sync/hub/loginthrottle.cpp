#include "sync/hub/loginthrottle.h"

#include <algorithm>

namespace Continuite::Hub {

namespace {
constexpr auto ForgetAfter = std::chrono::hours(1);
constexpr auto FirstDelay = std::chrono::seconds(30);
constexpr auto LongestDelay = std::chrono::minutes(15);
} // namespace

int LoginThrottle::wait(QHash<QString, Entry> &table, const QString &key)
{
    auto it = table.find(key);
    if (it == table.end())
        return 0;
    const auto now = Clock::now();
    if (now - it->last > ForgetAfter) {
        table.erase(it);
        return 0;
    }
    if (it->lockedUntil <= now)
        return 0;
    return int(std::chrono::ceil<std::chrono::seconds>(it->lockedUntil - now).count());
}

int LoginThrottle::retryAfter(const QString &login, const QString &address)
{
    std::lock_guard lock(m_mutex);
    return std::max(wait(m_logins, login), wait(m_addresses, address));
}

void LoginThrottle::fail(QHash<QString, Entry> &table, const QString &key, int freeFailures)
{
    if (table.size() > 100000) // an address spraying random logins must not eat the memory
        table.clear();
    Entry &e = table[key];
    const auto now = Clock::now();
    if (e.failures > 0 && now - e.last > ForgetAfter)
        e = Entry{};
    ++e.failures;
    e.last = now;
    if (e.failures >= freeFailures) {
        const int doublings = std::min(e.failures - freeFailures, 10);
        auto delay = std::min<Clock::duration>(FirstDelay * (1 << doublings), LongestDelay);
        e.lockedUntil = now + delay;
    }
}

void LoginThrottle::failed(const QString &login, const QString &address)
{
    std::lock_guard lock(m_mutex);
    fail(m_logins, login, FreeFailuresPerLogin);
    fail(m_addresses, address, FreeFailuresPerAddress);
}

void LoginThrottle::succeeded(const QString &login)
{
    std::lock_guard lock(m_mutex);
    m_logins.remove(login);
}

} // namespace Continuite::Hub
