// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "sync/hlc.h"

#include <QDateTime>

namespace Continuite {

namespace {
constexpr int MillisDigits = 15;
constexpr int CounterDigits = 6;
constexpr quint32 MaxCounter = 999999;
} // namespace

QString HlcTimestamp::toString() const
{
    return QStringLiteral("%1.%2.%3")
        .arg(millis, MillisDigits, 10, QLatin1Char('0'))
        .arg(counter, CounterDigits, 10, QLatin1Char('0'))
        .arg(node);
}

std::optional<HlcTimestamp> HlcTimestamp::parse(QStringView text)
{
    if (text.size() < MillisDigits + CounterDigits + 3 || text.at(MillisDigits) != u'.' || text.at(MillisDigits + 1 + CounterDigits) != u'.')
        return std::nullopt;
    bool okMillis = false;
    bool okCounter = false;
    HlcTimestamp t;
    t.millis = text.first(MillisDigits).toLongLong(&okMillis);
    t.counter = text.sliced(MillisDigits + 1, CounterDigits).toUInt(&okCounter);
    t.node = text.sliced(MillisDigits + CounterDigits + 2).toString();
    if (!okMillis || !okCounter || t.millis < 0 || t.node.isEmpty() || t.node.size() > 64)
        return std::nullopt;
    // The node is a device id: letters, digits and dashes only, so an HLC is safe in JSON, SQL and file names.
    for (QChar c : std::as_const(t.node))
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'-')
            return std::nullopt;
    return t;
}

HybridLogicalClock::HybridLogicalClock(QString node, WallClock wallClock)
    : m_node(std::move(node))
    , m_wallClock(std::move(wallClock))
{
}

qint64 HybridLogicalClock::wallMillis() const
{
    return m_wallClock ? m_wallClock() : QDateTime::currentMSecsSinceEpoch();
}

HlcTimestamp HybridLogicalClock::now()
{
    const qint64 wall = wallMillis();
    HlcTimestamp next{wall, 0, m_node};
    if (wall <= m_last.millis) {
        next.millis = m_last.millis;
        next.counter = m_last.counter + 1;
        if (next.counter > MaxCounter) { // a million events in one millisecond: borrow the next one
            next.millis += 1;
            next.counter = 0;
        }
    }
    m_last = next;
    return next;
}

HlcTimestamp HybridLogicalClock::receive(const HlcTimestamp &remote, qint64 maxAheadMs, bool *clamped)
{
    const qint64 wall = wallMillis();
    HlcTimestamp r = remote;
    bool wasClamped = false;
    if (maxAheadMs >= 0 && r.millis > wall + maxAheadMs) {
        r.millis = wall + maxAheadMs;
        r.counter = 0;
        wasClamped = true;
    }
    if (clamped)
        *clamped = wasClamped;

    HlcTimestamp next{std::max({wall, m_last.millis, r.millis}), 0, m_node};
    if (next.millis == m_last.millis && next.millis == r.millis)
        next.counter = std::max(m_last.counter, r.counter) + 1;
    else if (next.millis == m_last.millis)
        next.counter = m_last.counter + 1;
    else if (next.millis == r.millis)
        next.counter = r.counter + 1;
    if (next.counter > MaxCounter) {
        next.millis += 1;
        next.counter = 0;
    }
    m_last = next;
    return next;
}

void HybridLogicalClock::restore(const HlcTimestamp &last)
{
    if (m_last < last) {
        m_last = last;
        m_last.node = m_node;
    }
}

} // namespace Continuite
