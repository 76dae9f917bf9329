// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "sync/hub/hubmetrics.h"

#include <algorithm>

namespace Continuite::Hub {

const char *HubMetrics::endpointName(HubRoute::Endpoint endpoint)
{
    switch (endpoint) {
    case HubRoute::Health: return "health";
    case HubRoute::Version: return "version";
    case HubRoute::Login: return "login";
    case HubRoute::Sync: return "sync";
    case HubRoute::Devices: return "devices";
    case HubRoute::RevokeDevice: return "revoke_device";
    case HubRoute::Media: return "media";
    case HubRoute::UploadOffset: return "upload_offset";
    case HubRoute::Upload: return "upload";
    case HubRoute::NotFound: break;
    }
    return "other";
}

void HubMetrics::ended(HubRoute::Endpoint endpoint, int status, qint64 bytesIn, qint64 bytesOut, qint64 ms)
{
    m_inFlight.fetch_sub(1, std::memory_order_relaxed);
    const int e = std::clamp(int(endpoint), 0, EndpointCount - 1);
    std::lock_guard lock(m_mutex);
    ++m_requests[{e, status}];
    Latency &l = m_latency[size_t(e)];
    for (size_t i = 0; i < BucketsMs.size(); ++i)
        if (ms <= BucketsMs[i])
            ++l.buckets[i];
    ++l.count;
    l.sumMs += std::max<qint64>(ms, 0);
    m_bytesIn[size_t(e)] += std::max<qint64>(bytesIn, 0);
    m_bytesOut[size_t(e)] += std::max<qint64>(bytesOut, 0);
}

void HubMetrics::refused(HubRoute::Endpoint endpoint, int status)
{
    const int e = std::clamp(int(endpoint), 0, EndpointCount - 1);
    std::lock_guard lock(m_mutex);
    ++m_requests[{e, status}];
}

QByteArray HubMetrics::text(qint64 poolWaits, qint64 poolWaitMs) const
{
    QByteArray out;
    auto seconds = [](qint64 ms) { return QByteArray::number(double(ms) / 1000.0, 'g', 12); };
    std::lock_guard lock(m_mutex);
    out += "# HELP continuite_hub_requests_total Requests answered, by endpoint and status (0: cut before an answer).\n"
           "# TYPE continuite_hub_requests_total counter\n";
    for (auto it = m_requests.cbegin(); it != m_requests.cend(); ++it)
        out += "continuite_hub_requests_total{endpoint=\"" + QByteArray(endpointName(HubRoute::Endpoint(it.key().first)))
            + "\",status=\"" + QByteArray::number(it.key().second) + "\"} " + QByteArray::number(it.value()) + '\n';
    out += "# HELP continuite_hub_request_duration_seconds From the request's head to its answer's last byte handed over.\n"
           "# TYPE continuite_hub_request_duration_seconds histogram\n";
    for (int e = 0; e < EndpointCount; ++e) {
        const Latency &l = m_latency[size_t(e)];
        if (l.count == 0)
            continue;
        const QByteArray label = "endpoint=\"" + QByteArray(endpointName(HubRoute::Endpoint(e))) + '"';
        for (size_t i = 0; i < BucketsMs.size(); ++i)
            out += "continuite_hub_request_duration_seconds_bucket{" + label + ",le=\"" + seconds(BucketsMs[i]) + "\"} "
                + QByteArray::number(l.buckets[i]) + '\n';
        out += "continuite_hub_request_duration_seconds_bucket{" + label + ",le=\"+Inf\"} " + QByteArray::number(l.count) + '\n';
        out += "continuite_hub_request_duration_seconds_sum{" + label + "} " + seconds(l.sumMs) + '\n';
        out += "continuite_hub_request_duration_seconds_count{" + label + "} " + QByteArray::number(l.count) + '\n';
    }
    out += "# HELP continuite_hub_received_bytes_total Body bytes received, by endpoint.\n"
           "# TYPE continuite_hub_received_bytes_total counter\n";
    for (int e = 0; e < EndpointCount; ++e)
        if (m_bytesIn[size_t(e)] > 0)
            out += "continuite_hub_received_bytes_total{endpoint=\"" + QByteArray(endpointName(HubRoute::Endpoint(e))) + "\"} "
                + QByteArray::number(m_bytesIn[size_t(e)]) + '\n';
    out += "# HELP continuite_hub_sent_bytes_total Body bytes sent, by endpoint.\n"
           "# TYPE continuite_hub_sent_bytes_total counter\n";
    for (int e = 0; e < EndpointCount; ++e)
        if (m_bytesOut[size_t(e)] > 0)
            out += "continuite_hub_sent_bytes_total{endpoint=\"" + QByteArray(endpointName(HubRoute::Endpoint(e))) + "\"} "
                + QByteArray::number(m_bytesOut[size_t(e)]) + '\n';
    out += "# HELP continuite_hub_in_flight Requests being received, worked on or answered.\n"
           "# TYPE continuite_hub_in_flight gauge\n"
           "continuite_hub_in_flight " + QByteArray::number(m_inFlight.load(std::memory_order_relaxed)) + '\n';
    out += "# HELP continuite_hub_database_pool_waits_total Requests that waited for a database connection (PostgreSQL).\n"
           "# TYPE continuite_hub_database_pool_waits_total counter\n"
           "continuite_hub_database_pool_waits_total " + QByteArray::number(poolWaits) + '\n';
    out += "# HELP continuite_hub_database_pool_wait_seconds_total Time spent waiting for a database connection.\n"
           "# TYPE continuite_hub_database_pool_wait_seconds_total counter\n"
           "continuite_hub_database_pool_wait_seconds_total " + seconds(poolWaitMs) + '\n';
    return out;
}

} // namespace Continuite::Hub
