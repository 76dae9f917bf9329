// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QJsonValue>
#include <QString>

namespace Continuite::Merge {

/**
 * @brief The merge rules of syncable rows, once: the client's ChangeLog (and through it bundles and the classroom
 * hub) and the hub's engine both call these, so two replicas that received the same changes hold the same fields,
 * whatever the order. See sync/hub/PROTOCOL.md, "Merging"; tests/sync/tst_merge.cpp pins every case.
 *
 * Pure functions: no storage, no clock. HLCs are compared as text (their text form sorts as the timestamps do).
 */

/// What one incoming field of a last-writer-wins kind does to the value held.
struct FieldOutcome
{
    bool take = false;            ///< the incoming value and its HLC replace the held ones
    bool heldToHistory = false;   ///< the held value lost to a newer write: keep it in history
    bool incomingToHistory = false; ///< the incoming value lost (older, or the same HLC): keep it in history
};

/**
 * Per field, the higher HLC wins. A field with no clock of its own (@p heldHlc empty: never written on this
 * replica) is set by any change, however old: the row's HLC is a version and says nothing of this field. On the
 * same HLC (one device never stamps two changes alike, so only a replay or a forgery) the value held stays. A
 * value that loses is kept in history unless it equals the winner; a field that had no clock had no one's value.
 */
FieldOutcome lastWriterWins(const QJsonValue &held, const QString &heldHlc, const QJsonValue &incoming,
                            const QString &incomingHlc);

/**
 * Progress (monotone kinds): the value kept once @p incoming is merged into @p held, the same in any order.
 * Flags OR, numbers keep the maximum, `*_at` times keep the earliest (ISO 8601 UTC sorts as text); any other text
 * (lesson_id, student: who and what the row is about) never changes once set. Null, absent or empty text is "not
 * known": it never erases what is held, and anything known replaces it.
 */
QJsonValue monotone(const QString &field, const QJsonValue &held, const QJsonValue &incoming);

/// Append-only kinds (submission versions): a row is written once; a second change to it is a duplicate.
inline bool appendOnlyTakes(bool rowExists)
{
    return !rowExists;
}

} // namespace Continuite::Merge
