// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "sync/hub/loginthrottle.h"

#include <QHostAddress>

#include <algorithm>
#include <vector>

namespace Continuite::Hub {

using namespace Qt::StringLiterals;

namespace {
constexpr auto ForgetAfter = std::chrono::hours(1);
constexpr auto FirstDelay = std::chrono::seconds(30);
constexpr auto LongestDelay = std::chrono::minutes(15);
constexpr auto KnownFor = std::chrono::hours(24 * 7); ///< a login that signed in from an address, remembered there

QString deviceKey(const QString &login, const QString &device)
{
    return login + u'\n' + device;
}
} // namespace

QString LoginThrottle::addressKey(const QString &address)
{
    // One household, one phone or one server gets a whole /64 of IPv6 addresses: counted per address, each guess
    // could come from a new one and the per-address limit would bound nothing.
    const QHostAddress parsed(address);
    if (parsed.protocol() != QAbstractSocket::IPv6Protocol)
        return address;
    bool mapped = false;
    const QHostAddress v4(parsed.toIPv4Address(&mapped));
    if (mapped)
        return v4.toString();
    Q_IPV6ADDR bytes = parsed.toIPv6Address();
    for (int i = 8; i < 16; ++i)
        bytes[i] = 0;
    return QHostAddress(bytes).toString() + u"/64"_s;
}

LoginThrottle::LoginThrottle(int maxEntries)
    : m_maxEntries(std::max(maxEntries, 16))
{
}

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

bool LoginThrottle::knownAt(const QString &key, const QString &login)
{
    auto it = m_known.find(key);
    if (it == m_known.end())
        return false;
    if (Clock::now() - it->last > KnownFor) {
        m_known.erase(it);
        return false;
    }
    return it->logins.contains(login);
}

int LoginThrottle::retryAfter(const QString &login, const QString &address, const QString &knownDevice)
{
    std::lock_guard lock(m_mutex);
    if (!knownDevice.isEmpty())
        return wait(m_devices, deviceKey(login, knownDevice));
    // A login that signed in from this address before (a teacher at her school) is judged by its own failures:
    // a pupil spraying made-up logins from the school's one public address does not lock her out.
    const QString key = addressKey(address);
    const int addressWait = knownAt(key, login) ? 0 : wait(m_addresses, key);
    return std::max(wait(m_logins, login), addressWait);
}

void LoginThrottle::makeRoom(QHash<QString, Entry> &table)
{
    if (table.size() < m_maxEntries)
        return;
    // Forget the oldest quiet tenth at once (so this sort runs once per m_maxEntries / 10 new keys):
    // entries that lock nothing now, oldest last failure first. Lockouts in force are kept; only when
    // nothing else is left does the one that ends soonest go.
    const auto now = Clock::now();
    struct Candidate
    {
        bool locked;
        Clock::time_point order;
        QString key;
    };
    std::vector<Candidate> all;
    all.reserve(size_t(table.size()));
    for (auto it = table.cbegin(); it != table.cend(); ++it) {
        const bool locked = it->lockedUntil > now && now - it->last <= ForgetAfter;
        all.push_back({locked, locked ? it->lockedUntil : it->last, it.key()});
    }
    const size_t drop = std::max<size_t>(1, size_t(m_maxEntries) / 10);
    std::partial_sort(all.begin(), all.begin() + qsizetype(std::min(drop, all.size())), all.end(),
                      [](const Candidate &a, const Candidate &b) {
                          return a.locked != b.locked ? !a.locked : a.order < b.order;
                      });
    for (size_t i = 0; i < drop && i < all.size(); ++i)
        table.remove(all[i].key);
}

void LoginThrottle::fail(QHash<QString, Entry> &table, const QString &key, int freeFailures)
{
    if (!table.contains(key))
        makeRoom(table);
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

void LoginThrottle::failed(const QString &login, const QString &address, const QString &knownDevice)
{
    std::lock_guard lock(m_mutex);
    if (!knownDevice.isEmpty()) {
        fail(m_devices, deviceKey(login, knownDevice), FreeFailuresPerDevice);
        return;
    }
    fail(m_logins, login, FreeFailuresPerLogin);
    // An address many people sign in from (a school behind one NAT address) is allowed more failures — on the logins
    // that signed in from it (its pupils mistyping their PINs). A failure on any other login is judged against the
    // base limit: a teacher who signed her 500 pupils in from one address (she knows their PINs) must not buy
    // thousands of guesses at other accounts with them.
    const QString key = addressKey(address);
    const auto known = m_known.constFind(key);
    const int knownLogins = known == m_known.cend() ? 0 : int(std::min<qsizetype>(known->logins.size(), MaxKnownLogins));
    const bool loginKnownHere = known != m_known.cend() && known->logins.contains(login);
    fail(m_addresses, key, FreeFailuresPerAddress + (loginKnownHere ? FailuresPerKnownLogin * knownLogins : 0));
}

void LoginThrottle::succeeded(const QString &login, const QString &knownDevice, const QString &address)
{
    std::lock_guard lock(m_mutex);
    if (!knownDevice.isEmpty())
        m_devices.remove(deviceKey(login, knownDevice));
    else
        m_logins.remove(login);
    if (address.isEmpty())
        return;
    const QString key = addressKey(address);
    if (!m_known.contains(key) && m_known.size() >= m_maxEntries) {
        // Forget the address whose last sign-in is the oldest (a linear scan, once per new address when full).
        auto oldest = m_known.begin();
        for (auto it = m_known.begin(); it != m_known.end(); ++it)
            if (it->last < oldest->last)
                oldest = it;
        m_known.erase(oldest);
    }
    KnownLogins &k = m_known[key];
    k.last = Clock::now();
    if (k.logins.size() < MaxKnownLogins)
        k.logins.insert(login);
}

int LoginThrottle::size()
{
    std::lock_guard lock(m_mutex);
    return int(m_logins.size() + m_addresses.size() + m_devices.size() + m_known.size());
}

} // namespace Continuite::Hub
