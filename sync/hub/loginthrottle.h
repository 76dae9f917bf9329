#pragma once

#include <QHash>
#include <QString>

#include <chrono>
#include <mutex>

namespace Continuite::Hub {

/**
 * @brief Slows down password and PIN guessing: after a few failures for one login, or many from one
 * address, every attempt is refused (429) for a delay that doubles with each further failure.
 *
 * In memory: a restart forgives, which is acceptable for a school hub; hubs sharing one PostgreSQL
 * database each throttle on their own.
 */
class LoginThrottle
{
public:
    using Clock = std::chrono::steady_clock;

    /// Seconds to wait before trying again, 0 when an attempt may go ahead.
    int retryAfter(const QString &login, const QString &address);
    void failed(const QString &login, const QString &address);
    void succeeded(const QString &login);

    static constexpr int FreeFailuresPerLogin = 5;
    static constexpr int FreeFailuresPerAddress = 30;

private:
    struct Entry
    {
        int failures = 0;
        Clock::time_point last;
        Clock::time_point lockedUntil;
    };
    void fail(QHash<QString, Entry> &table, const QString &key, int freeFailures);
    int wait(QHash<QString, Entry> &table, const QString &key);

    std::mutex m_mutex;
    QHash<QString, Entry> m_logins;
    QHash<QString, Entry> m_addresses;
};

} // namespace Continuite::Hub
