// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "sync/hub/hubroute.h"

#include <QByteArray>
#include <QMap>

#include <array>
#include <atomic>
#include <mutex>

namespace Continuite::Hub {

/**
 * @brief What one hub process has served, for Prometheus (`GET /metrics`, text format 0.0.4).
 *
 * Requests by endpoint and status, their latency (a histogram per endpoint), requests in flight, bytes received and
 * sent, and the waits for a database connection (PostgreSQL's pool). Counters since the process started; a fleet's
 * figures are the sum over its processes. Who may read them: HubServer (loopback, not through the front).
 * Thread-safe: recorded from the event loop and the workers.
 */
class HubMetrics
{
public:
    static constexpr int EndpointCount = HubRoute::Upload + 1;
    /// The upper bounds of the latency histogram, in milliseconds (+Inf beyond).
    static constexpr std::array<int, 12> BucketsMs{1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000};

    void started() { m_inFlight.fetch_add(1, std::memory_order_relaxed); }
    /// A request answered (or cut): its endpoint, status (0 when cut before an answer), bytes and time.
    void ended(HubRoute::Endpoint endpoint, int status, qint64 bytesIn, qint64 bytesOut, qint64 ms);
    /// A request refused before it was read (the connection limit, the body budget): counted, never started.
    void refused(HubRoute::Endpoint endpoint, int status);

    qint64 inFlight() const { return m_inFlight.load(std::memory_order_relaxed); }
    /// The text format, with the database pool's waits (HubStorage::poolWaits()).
    QByteArray text(qint64 poolWaits, qint64 poolWaitMs) const;

    static const char *endpointName(HubRoute::Endpoint endpoint);

private:
    struct Latency
    {
        std::array<quint64, BucketsMs.size()> buckets{};
        quint64 count = 0;
        qint64 sumMs = 0;
    };
    mutable std::mutex m_mutex;
    QMap<QPair<int, int>, quint64> m_requests; ///< (endpoint, status) → count
    std::array<Latency, EndpointCount> m_latency{};
    std::array<qint64, EndpointCount> m_bytesIn{};
    std::array<qint64, EndpointCount> m_bytesOut{};
    std::atomic<qint64> m_inFlight{0};
};

} // namespace Continuite::Hub
