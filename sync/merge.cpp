// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "sync/merge.h"

#include <algorithm>

namespace Continuite::Merge {

using namespace Qt::StringLiterals;

FieldOutcome lastWriterWins(const QJsonValue &held, const QString &heldHlc, const QJsonValue &incoming,
                            const QString &incomingHlc)
{
    FieldOutcome out;
    const bool same = held == incoming;
    if (heldHlc.isEmpty() || incomingHlc > heldHlc) {
        out.take = true;
        out.heldToHistory = !heldHlc.isEmpty() && !held.isNull() && !held.isUndefined() && !same;
    } else {
        out.incomingToHistory = !same;
    }
    return out;
}

namespace {
bool unknown(const QJsonValue &v)
{
    return v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty());
}

/// Of two "not known" values, the same one in any order: empty text over null over absent.
int unknownRank(const QJsonValue &v)
{
    return v.isString() ? 2 : v.isNull() ? 1 : 0;
}
} // namespace

QJsonValue monotone(const QString &field, const QJsonValue &held, const QJsonValue &incoming)
{
    if (unknown(incoming))
        return unknown(held) && unknownRank(incoming) > unknownRank(held) ? incoming : held;
    if (unknown(held))
        return incoming;
    if (incoming.isBool() || held.isBool())
        return held.toBool() || incoming.toBool(); // completed stays completed
    if (incoming.isDouble() || held.isDouble())
        return std::max(held.toDouble(), incoming.toDouble()); // time spent only grows
    if (field.endsWith(u"_at"_s))
        return std::min(held.toString(), incoming.toString()); // first-seen times: the earliest
    return held; // identity fields (lesson, student) never change
}

} // namespace Continuite::Merge
