// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "sync/hub/loginthrottle.h"

#include <QDateTime>
#include <QHostAddress>

#include <algorithm>
#include <vector>

namespace Continuite::Hub {

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 ForgetAfterMs = 3600 * 1000;
constexpr qint64 FirstDelayMs = 30 * 1000;
constexpr qint64 LongestDelayMs = 15 * 60 * 1000;
constexpr qint64 KnownForMs = 7LL * 24 * 3600 * 1000; ///< a login that signed in from an address, remembered there

QString deviceKey(const QString &login, const QString &device)
{
    return login + u'\n' + device;
}

qint64 steadyMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(LoginThrottle::Clock::now().time_since_epoch()).count();
}

/// The database's clock, the same for every hub of a fleet.
qint64 databaseMs(HubTransaction &tx)
{
    return QDateTime::fromString(tx.now(), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

// The keys of the shared table: one namespace each, so that a login cannot be an address.
QString sharedLogin(const QString &login) { return u"login:"_s + login; }
QString sharedAddress(const QString &addressKey) { return u"address:"_s + addressKey; }
QString sharedDevice(const QString &login, const QString &device) { return u"device:"_s + deviceKey(login, device); }
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

LoginThrottle::LoginThrottle(int maxEntries, HubStorage *shared)
    : m_maxEntries(std::max(maxEntries, 16))
    , m_shared(shared && shared->sharesThrottle() ? shared : nullptr)
{
}

int LoginThrottle::waitSeconds(const std::optional<Entry> &entry, qint64 nowMs)
{
    if (!entry || nowMs - entry->lastMs > ForgetAfterMs || entry->lockedUntilMs <= nowMs)
        return 0;
    return int((entry->lockedUntilMs - nowMs + 999) / 1000);
}

LoginThrottle::Entry LoginThrottle::afterFailure(std::optional<Entry> entry, qint64 nowMs, int freeFailures)
{
    Entry e = entry && nowMs - entry->lastMs <= ForgetAfterMs ? *entry : Entry{};
    ++e.failures;
    e.lastMs = nowMs;
    if (e.failures >= freeFailures) {
        const int doublings = std::min(e.failures - freeFailures, 10);
        e.lockedUntilMs = nowMs + std::min(FirstDelayMs << doublings, LongestDelayMs);
    }
    return e;
}

int LoginThrottle::wait(QHash<QString, Entry> &table, const QString &key)
{
    auto it = table.find(key);
    if (it == table.end())
        return 0;
    const qint64 now = steadyMs();
    if (now - it->lastMs > ForgetAfterMs) {
        table.erase(it);
        return 0;
    }
    return waitSeconds(*it, now);
}

bool LoginThrottle::knownAt(const QString &key, const QString &login)
{
    auto it = m_known.find(key);
    if (it == m_known.end())
        return false;
    if (steadyMs() - it->lastMs > KnownForMs) {
        m_known.erase(it);
        return false;
    }
    return it->logins.contains(login);
}

int LoginThrottle::retryAfter(const QString &login, const QString &address, const QString &knownDevice)
{
    if (m_shared)
        return sharedRetryAfter(login, address, knownDevice);
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
    const qint64 now = steadyMs();
    struct Candidate
    {
        bool locked;
        qint64 order;
        QString key;
    };
    std::vector<Candidate> all;
    all.reserve(size_t(table.size()));
    for (auto it = table.cbegin(); it != table.cend(); ++it) {
        const bool locked = waitSeconds(*it, now) > 0;
        all.push_back({locked, locked ? it->lockedUntilMs : it->lastMs, it.key()});
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
    const auto it = table.constFind(key);
    const std::optional<Entry> before = it == table.cend() ? std::nullopt : std::optional<Entry>(*it);
    if (!before)
        makeRoom(table);
    table.insert(key, afterFailure(before, steadyMs(), freeFailures));
}

void LoginThrottle::failed(const QString &login, const QString &address, const QString &knownDevice)
{
    if (m_shared)
        return sharedFailed(login, address, knownDevice);
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
    if (m_shared)
        return sharedSucceeded(login, knownDevice, address);
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
            if (it->lastMs < oldest->lastMs)
                oldest = it;
        m_known.erase(oldest);
    }
    KnownLogins &k = m_known[key];
    k.lastMs = steadyMs();
    if (k.logins.size() < MaxKnownLogins)
        k.logins.insert(login);
}

int LoginThrottle::sharedRetryAfter(const QString &login, const QString &address, const QString &knownDevice)
{
    int wait = 0;
    m_shared->read([&](HubTransaction &tx) {
        const qint64 now = databaseMs(tx);
        if (!knownDevice.isEmpty()) {
            wait = waitSeconds(tx.throttleEntry(sharedDevice(login, knownDevice)), now);
            return;
        }
        const QString key = addressKey(address);
        bool known = false;
        tx.knownLoginsAt(key, login, now - KnownForMs, &known);
        const int addressWait = known ? 0 : waitSeconds(tx.throttleEntry(sharedAddress(key)), now);
        wait = std::max(waitSeconds(tx.throttleEntry(sharedLogin(login)), now), addressWait);
    });
    return wait;
}

void LoginThrottle::sharedFailed(const QString &login, const QString &address, const QString &knownDevice)
{
    const bool tidy = m_sharedFailures.fetch_add(1) % 256 == 255;
    m_shared->write([&](HubTransaction &tx) {
        const qint64 now = databaseMs(tx);
        // Each key read and written under its lock, in one order (login, then address): guesses sent side by side
        // to several hubs each count.
        auto bump = [&](const QString &key, int freeFailures) {
            tx.lock(u"throttle:"_s + key);
            tx.putThrottleEntry(key, afterFailure(tx.throttleEntry(key), now, freeFailures));
        };
        if (!knownDevice.isEmpty()) {
            bump(sharedDevice(login, knownDevice), FreeFailuresPerDevice);
        } else {
            bump(sharedLogin(login), FreeFailuresPerLogin);
            const QString key = addressKey(address);
            bool known = false;
            const int knownLogins = std::min(tx.knownLoginsAt(key, login, now - KnownForMs, &known), MaxKnownLogins);
            bump(sharedAddress(key), FreeFailuresPerAddress + (known ? FailuresPerKnownLogin * knownLogins : 0));
        }
        if (tidy)
            tx.forgetThrottle(now - ForgetAfterMs, now - KnownForMs);
    });
}

void LoginThrottle::sharedSucceeded(const QString &login, const QString &knownDevice, const QString &address)
{
    m_shared->write([&](HubTransaction &tx) {
        const qint64 now = databaseMs(tx);
        const QString key = knownDevice.isEmpty() ? sharedLogin(login) : sharedDevice(login, knownDevice);
        tx.lock(u"throttle:"_s + key);
        tx.removeThrottleEntry(key);
        if (address.isEmpty())
            return;
        const QString where = addressKey(address);
        bool known = false;
        if (tx.knownLoginsAt(where, login, now - KnownForMs, &known) < MaxKnownLogins || known)
            tx.putKnownLogin(where, login, now);
    });
}

int LoginThrottle::size()
{
    std::lock_guard lock(m_mutex);
    return int(m_logins.size() + m_addresses.size() + m_devices.size() + m_known.size());
}

} // namespace Continuite::Hub
