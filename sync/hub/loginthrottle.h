// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "sync/hub/hubstorage.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <atomic>
#include <chrono>
#include <mutex>

namespace Continuite::Hub {

/**
 * @brief Slows down password and PIN guessing: after a few failures for one login, or many from one
 * address, every attempt is refused (429) for a delay that doubles with each further failure.
 *
 * A device that proves it signed in to a login before (its last token for that login: OWASP's "device
 * cookie") is judged only by its own failures: other people's failures for the login or from its address
 * do not lock it out, and its failures do not lock anyone else out.
 *
 * A school signs in from one public address (NAT): 30 failures there must not lock out every teacher and pupil.
 * So an address remembers the logins that signed in from it (for a week): the address's lockout does not apply
 * to them (their own per-login lockout does), and each of them raises the failures the address is allowed on the
 * logins known there by @c FailuresPerKnownLogin (a failure on any other login is judged against the base limit: the
 * allowance cannot be bought by signing accounts in from the address to guess at others).
 *
 * Each table keeps at most @c maxEntries keys: when full, the quietest entries that lock nothing are
 * forgotten first, so spraying made-up logins cannot erase a lockout in force.
 *
 * One hub on SQLite keeps all this in memory (a restart forgives, which is acceptable for a school hub). Hubs sharing
 * one PostgreSQL database (a fleet behind a load balancer, HubStorage::sharesThrottle()) keep it in the database,
 * each key read and changed under its lock: failures spread over the processes count once, and so do guesses sent
 * side by side. Times are then the database's clock. Entries there are forgotten after an hour (known logins after
 * a week), not by a bound on their number: the per-address limit bounds how many one address can make.
 */
class LoginThrottle
{
public:
    using Clock = std::chrono::steady_clock;

    /// @p shared: the storage the hubs of a fleet share (HubStorage::sharesThrottle()), else nothing: in memory.
    explicit LoginThrottle(int maxEntries = 100000, HubStorage *shared = nullptr);

    /**
     * An attempt to sign in to @p login: the seconds to wait before trying again (nothing is counted), or 0 when it
     * may go ahead — and then it is counted as a failure at once, before its password is checked, in the same locked
     * step as the check. Guesses sent side by side (to one hub, or to each hub of a fleet) are each counted before the
     * next is judged: at most the free failures are ever checked, however many are in flight. succeeded() takes a
     * successful attempt back. @p knownDevice: the device id when it proved an earlier sign-in to @p login, else empty.
     */
    int attempt(const QString &login, const QString &address, const QString &knownDevice = {});
    /// The attempt succeeded: the failures of the login (or of the known device) are forgotten, the address's count
    /// is given back the one the attempt took, and the login is known at the address from now on.
    void succeeded(const QString &login, const QString &knownDevice = {}, const QString &address = {});

    /// The key an address is counted under: an IPv4 address (or one mapped into IPv6) as it is, an IPv6 address by its
    /// /64 prefix, since whoever has one address of a /64 has them all.
    static QString addressKey(const QString &address);
    /// Keys held in all tables (for tests of the bound).
    int size();

    static constexpr int FreeFailuresPerLogin = 5;
    static constexpr int FreeFailuresPerAddress = 30;
    static constexpr int FreeFailuresPerDevice = 5;
    /// Further failures an address may have for each login that signed in from it (at most MaxKnownLogins count).
    static constexpr int FailuresPerKnownLogin = 10;
    static constexpr int MaxKnownLogins = 1000;
    /// Addresses a login is known at, at most (her most recent sign-ins): one account signing in from ever new IPv6 /64s
    /// would otherwise add a row each, kept a week (the fleet's review).
    static constexpr int MaxAddressesPerLogin = 32;

private:
    using Entry = ThrottleEntry;
    /// The rules on one key, in memory or shared alike (times in milliseconds of one clock).
    static int waitSeconds(const std::optional<Entry> &entry, qint64 nowMs);
    static Entry afterFailure(std::optional<Entry> entry, qint64 nowMs, int freeFailures);
    /// @p entry with one failure given back (a provisional one, whose attempt succeeded).
    static Entry withoutOneFailure(Entry entry, int freeFailures);
    /// The failures an address is allowed before it is locked, for an attempt on @p login there.
    static int addressAllowance(bool loginKnownHere, int knownLogins);

    void fail(QHash<QString, Entry> &table, const QString &key, int freeFailures);
    int wait(QHash<QString, Entry> &table, const QString &key);
    void makeRoom(QHash<QString, Entry> &table);

    struct KnownLogins
    {
        QSet<QString> logins;
        qint64 lastMs = 0;
    };
    bool knownAt(const QString &addressKey, const QString &login);
    void forgetKnown(QHash<QString, KnownLogins>::iterator address); ///< and its logins' entries in m_knownAddresses

    int sharedAttempt(const QString &login, const QString &address, const QString &knownDevice);
    void sharedSucceeded(const QString &login, const QString &knownDevice, const QString &address);

    int m_maxEntries;
    HubStorage *m_shared;
    std::atomic<int> m_sharedAttempts{0};
    QHash<QString, KnownLogins> m_known; ///< address key → logins that signed in from it
    QHash<QString, QStringList> m_knownAddresses; ///< login → the address keys she is known at, oldest first
    std::mutex m_mutex;
    QHash<QString, Entry> m_logins;
    QHash<QString, Entry> m_addresses;
    QHash<QString, Entry> m_devices; ///< "login\ndevice"
};

} // namespace Continuite::Hub
