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

LoginThrottle::Entry LoginThrottle::withoutOneFailure(Entry e, int freeFailures)
{
    e.failures = std::max(0, e.failures - 1);
    if (e.failures < freeFailures)
        e.lockedUntilMs = 0; // the lockout came from the attempt given back
    return e;
}

int LoginThrottle::addressAllowance(bool loginKnownHere, int knownLogins)
{
    // An address many people sign in from (a school behind one NAT address) is allowed more failures — on the logins
    // that signed in from it (its pupils mistyping their PINs). A failure on any other login is judged against the
    // base limit: a teacher who signed her 500 pupils in from one address (she knows their PINs) must not buy
    // thousands of guesses at other accounts with them.
    return FreeFailuresPerAddress + (loginKnownHere ? FailuresPerKnownLogin * std::min(knownLogins, MaxKnownLogins) : 0);
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
        forgetKnown(it);
        return false;
    }
    return it->logins.contains(login);
}

void LoginThrottle::forgetKnown(QHash<QString, KnownLogins>::iterator address)
{
    for (const QString &login : std::as_const(address->logins)) {
        auto it = m_knownAddresses.find(login);
        if (it != m_knownAddresses.end() && (it->removeAll(address.key()), it->isEmpty()))
            m_knownAddresses.erase(it);
    }
    m_known.erase(address);
}

int LoginThrottle::attempt(const QString &login, const QString &address, const QString &knownDevice)
{
    if (m_shared)
        return sharedAttempt(login, address, knownDevice);
    std::lock_guard lock(m_mutex);
    if (!knownDevice.isEmpty()) {
        const QString key = deviceKey(login, knownDevice);
        if (const int w = wait(m_devices, key))
            return w;
        fail(m_devices, key, FreeFailuresPerDevice);
        return 0;
    }
    // A login that signed in from this address before (a teacher at her school) is judged by its own failures:
    // a pupil spraying made-up logins from the school's one public address does not lock her out.
    const QString key = addressKey(address);
    const bool known = knownAt(key, login);
    if (const int w = std::max(wait(m_logins, login), known ? 0 : wait(m_addresses, key)))
        return w;
    fail(m_logins, login, FreeFailuresPerLogin);
    const auto it = m_known.constFind(key);
    fail(m_addresses, key, addressAllowance(known, it == m_known.cend() ? 0 : int(it->logins.size())));
    return 0;
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

void LoginThrottle::succeeded(const QString &login, const QString &knownDevice, const QString &address)
{
    if (m_shared)
        return sharedSucceeded(login, knownDevice, address);
    std::lock_guard lock(m_mutex);
    const QString key = addressKey(address);
    if (!knownDevice.isEmpty()) {
        m_devices.remove(deviceKey(login, knownDevice));
    } else {
        m_logins.remove(login);
        // The address's count gets back the failure the attempt took (a school's pupils signing in is no failure).
        if (const auto entry = m_addresses.find(key); entry != m_addresses.end()) {
            const auto it = m_known.constFind(key);
            const bool known = it != m_known.cend() && it->logins.contains(login);
            *entry = withoutOneFailure(*entry, addressAllowance(known, it == m_known.cend() ? 0 : int(it->logins.size())));
        }
    }
    if (address.isEmpty())
        return;
    if (!m_known.contains(key) && m_known.size() >= m_maxEntries) {
        // Forget the address whose last sign-in is the oldest (a linear scan, once per new address when full).
        auto oldest = m_known.begin();
        for (auto it = m_known.begin(); it != m_known.end(); ++it)
            if (it->lastMs < oldest->lastMs)
                oldest = it;
        forgetKnown(oldest);
    }
    KnownLogins &k = m_known[key];
    k.lastMs = steadyMs();
    if (k.logins.size() >= MaxKnownLogins && !k.logins.contains(login))
        return;
    k.logins.insert(login);
    // She is known at her most recent addresses only: the oldest goes.
    QStringList &where = m_knownAddresses[login];
    where.removeAll(key);
    where.append(key);
    while (where.size() > MaxAddressesPerLogin) {
        const QString oldest = where.takeFirst();
        if (auto it = m_known.find(oldest); it != m_known.end())
            it->logins.remove(login);
    }
}

int LoginThrottle::sharedAttempt(const QString &login, const QString &address, const QString &knownDevice)
{
    const bool tidy = m_sharedAttempts.fetch_add(1) % 256 == 255;
    int waitFor = 0;
    m_shared->write([&](HubTransaction &tx) {
        waitFor = 0;
        const qint64 now = databaseMs(tx);
        // Each key read, judged and counted under its lock: guesses sent side by side to several hubs are each counted
        // before the next is judged.
        auto entry = [&](const QString &key) {
            tx.lock(u"throttle:"_s + key);
            return tx.throttleEntry(key);
        };
        if (!knownDevice.isEmpty()) {
            const QString key = sharedDevice(login, knownDevice);
            const std::optional<Entry> e = entry(key);
            if ((waitFor = waitSeconds(e, now)) == 0)
                tx.putThrottleEntry(key, afterFailure(e, now, FreeFailuresPerDevice));
        } else {
            const QString loginKey = sharedLogin(login);
            const QString where = addressKey(address);
            const QString addressEntryKey = sharedAddress(where);
            const std::optional<Entry> byLogin = entry(loginKey);
            const std::optional<Entry> byAddress = entry(addressEntryKey);
            bool known = false;
            const int knownLogins = tx.knownLoginsAt(where, login, now - KnownForMs, &known);
            waitFor = std::max(waitSeconds(byLogin, now), known ? 0 : waitSeconds(byAddress, now));
            if (waitFor == 0) {
                tx.putThrottleEntry(loginKey, afterFailure(byLogin, now, FreeFailuresPerLogin));
                tx.putThrottleEntry(addressEntryKey, afterFailure(byAddress, now, addressAllowance(known, knownLogins)));
            }
        }
        if (tidy)
            tx.forgetThrottle(now - ForgetAfterMs, now - KnownForMs);
    });
    return waitFor;
}

void LoginThrottle::sharedSucceeded(const QString &login, const QString &knownDevice, const QString &address)
{
    m_shared->write([&](HubTransaction &tx) {
        const qint64 now = databaseMs(tx);
        const QString key = knownDevice.isEmpty() ? sharedLogin(login) : sharedDevice(login, knownDevice);
        tx.lock(u"throttle:"_s + key);
        tx.removeThrottleEntry(key);
        const QString where = addressKey(address);
        bool known = false;
        const int knownLogins = tx.knownLoginsAt(where, login, now - KnownForMs, &known);
        if (knownDevice.isEmpty()) { // the address's count gets back the failure the attempt took
            const QString addressEntryKey = sharedAddress(where);
            tx.lock(u"throttle:"_s + addressEntryKey);
            if (const std::optional<Entry> e = tx.throttleEntry(addressEntryKey))
                tx.putThrottleEntry(addressEntryKey, withoutOneFailure(*e, addressAllowance(known, knownLogins)));
        }
        if (address.isEmpty())
            return;
        if (knownLogins < MaxKnownLogins || known)
            tx.putKnownLogin(where, login, now, MaxAddressesPerLogin);
    });
}

int LoginThrottle::size()
{
    std::lock_guard lock(m_mutex);
    return int(m_logins.size() + m_addresses.size() + m_devices.size() + m_known.size());
}

} // namespace Continuite::Hub
