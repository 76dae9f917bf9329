// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

/**
 * @brief A sync page's ids and clocks in columns (PROTOCOL.md, "Columns", issue 16).
 *
 * A first sync's page is mostly texts; what zstd packs worst in it is each change's random ids (36 characters of hex and
 * dashes, mixed with French in the same Huffman tables), and its `seq`, `received` and `hlc`, which follow one another
 * closely but are written whole every time. A client that asks (`"columns":1` in its request) gets them apart, before
 * the changes: the change ids and row ids as one string of hex each (32 digits an id, no dashes), `seq` and `received`
 * (epoch milliseconds) as differences from the previous change's, and each `hlc` whose node is the change's `device` as
 * two numbers (its wall clock's difference from the previous one's, its counter). A change keeps in its object any of
 * these keys whose value is not of the usual form (an id in capitals, a clock of another node…): the columns then have
 * no entry for it. The client puts every key back (expand()): the changes it applies are the very objects a page
 * without columns carries. On the anchor's texts, −6 % of a teacher's first sync, with its first page as large as the hub
 * serves (bench/README.md, "Columns").
 */
namespace Continuite::PageColumns {

/// The layout version this code writes and reads. A client sends the highest it reads; a hub answers with the highest it
/// writes that is not above it, or without columns.
constexpr int Version = 1;

/// Takes a page's changes one by one (in the page's order) and keeps their ids and clocks apart.
class Encoder
{
public:
    /// @p item: one served change, a compact JSON object as the hub sends it. Returns the same text with the keys moved
    /// to the columns cut out, read where it lies (not parsed: review-trust19 finding 3); @p item as it is when it is not
    /// such an object (blanks between tokens, an escaped key, a key twice). A value written with an escape or a number
    /// with an exponent stays in the object (the hub writes neither).
    QByteArray take(const QByteArray &item);
    /// The "columns" object of the page: {"v":1,"id":"…","row":"…","seq":[…],"received":[…],"hlc":[…]}.
    QByteArray json() const;
    void clear() { *this = Encoder(); }
    /// Bytes the columns hold so far (what json() adds to a page, but its fixed ≈60 bytes of keys).
    qsizetype size() const { return m_ids.size() + m_rows.size() + m_seq.size() + m_received.size() + m_hlc.size(); }
    /// Where the columns stand, to go back to it when the change just taken does not fit the page after all.
    struct Mark
    {
        qsizetype ids = 0, rows = 0, seq = 0, received = 0, hlc = 0;
        qint64 lastSeq = 0, lastReceived = 0, lastWall = 0;
    };
    Mark mark() const { return {m_ids.size(), m_rows.size(), m_seq.size(), m_received.size(), m_hlc.size(), m_lastSeq, m_lastReceived, m_lastWall}; }
    void rollback(const Mark &m);

private:
    QByteArray m_ids, m_rows, m_seq, m_received, m_hlc;
    qint64 m_lastSeq = 0, m_lastReceived = 0, m_lastWall = 0;
};

/// Puts back, into each of @p changes (the page's "changes", in order), the keys @p columns (its "columns") holds for it.
/// False, with @p error, when they do not fit each other (an entry missing or left over, a value out of range, a column
/// of the wrong type or version): the page is then damaged and must not be applied. Costs no more memory than the page.
bool expand(const QJsonObject &columns, QList<QJsonObject> &changes, QString *error = nullptr);

} // namespace Continuite::PageColumns
