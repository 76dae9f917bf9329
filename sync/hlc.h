// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>
#include <QStringView>

#include <compare>
#include <functional>
#include <optional>

namespace Continuite {

/**
 * @brief One reading of a hybrid logical clock: wall milliseconds, a logical counter and the node (device) id.
 *
 * The text form "MMMMMMMMMMMMMMM.CCCCCC.node" sorts lexicographically in the same order as the
 * timestamps, so SQLite can compare HLCs as plain TEXT and ties break on the device id.
 */
struct HlcTimestamp
{
    qint64 millis = 0;
    quint32 counter = 0;
    QString node;

    bool isNull() const { return millis == 0 && counter == 0 && node.isEmpty(); }
    QString toString() const;
    static std::optional<HlcTimestamp> parse(QStringView text);

    friend bool operator==(const HlcTimestamp &, const HlcTimestamp &) = default;
    friend std::strong_ordering operator<=>(const HlcTimestamp &a, const HlcTimestamp &b)
    {
        if (auto c = a.millis <=> b.millis; c != 0)
            return c;
        if (auto c = a.counter <=> b.counter; c != 0)
            return c;
        const int n = a.node.compare(b.node);
        return n < 0 ? std::strong_ordering::less : n > 0 ? std::strong_ordering::greater : std::strong_ordering::equal;
    }
};

/**
 * @brief A hybrid logical clock (Kulkarni et al.): it follows the wall clock when it can and never
 * goes backwards when the wall clock does, nor when a remote timestamp is ahead.
 *
 * Not thread-safe: each store or hub owns one and serialises access.
 */
class HybridLogicalClock
{
public:
    using WallClock = std::function<qint64()>;

    explicit HybridLogicalClock(QString node, WallClock wallClock = {});

    /// The clock for a local event (a write).
    HlcTimestamp now();

    /**
     * Absorbs a remote timestamp. A remote clock more than @p maxAheadMs ahead of our wall clock is not
     * followed past wall + maxAheadMs (a device whose clock is years off must not drag everyone with it);
     * returns true in @p clamped when that happened, so the caller can flag the change.
     */
    HlcTimestamp receive(const HlcTimestamp &remote, qint64 maxAheadMs = -1, bool *clamped = nullptr);

    /// Restores the last issued reading (persisted by the owner) so monotonicity survives restarts.
    void restore(const HlcTimestamp &last);
    HlcTimestamp last() const { return m_last; }
    QString node() const { return m_node; }
    qint64 wallMillis() const;

private:
    QString m_node;
    WallClock m_wallClock;
    HlcTimestamp m_last;
};

} // namespace Continuite
