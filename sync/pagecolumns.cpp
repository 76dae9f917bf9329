// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "sync/pagecolumns.h"

#include "sync/hlc.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace Continuite::PageColumns {

using namespace Qt::StringLiterals;

namespace {

constexpr double MaxExact = 9007199254740992.0; // 2^53: every whole number up to it is exact in a double
constexpr qint64 MaxMillis = 253402300799999;   // 9999-12-31T23:59:59.999Z
constexpr int IdDigits = 32;

bool isDash(int i)
{
    return i == 8 || i == 13 || i == 18 || i == 23;
}

bool isLowerHex(char16_t c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
}

/// The 32 digits of a lowercase UUID, or nothing when @p v is not one (then it stays in its change).
QByteArray hexOf(const QJsonValue &v)
{
    if (!v.isString())
        return {};
    const QString s = v.toString();
    if (s.size() != 36)
        return {};
    QByteArray hex;
    hex.reserve(IdDigits);
    for (int i = 0; i < 36; ++i) {
        const char16_t c = s.at(i).unicode();
        if (isDash(i)) {
            if (c != u'-')
                return {};
        } else if (isLowerHex(c)) {
            hex += char(c);
        } else {
            return {};
        }
    }
    return hex;
}

QString uuidOf(QStringView hex)
{
    QString s;
    s.reserve(36);
    for (int i = 0, j = 0; i < 36; ++i)
        s += isDash(i) ? QChar(u'-') : hex.at(j++);
    return s;
}

QString isoOf(qint64 millis)
{
    return QDateTime::fromMSecsSinceEpoch(millis, Qt::UTC).toString(Qt::ISODateWithMs);
}

/// A whole number that a double holds exactly, as JSON writes it.
bool wholeNumber(const QJsonValue &v, qint64 *out)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    if (!(std::abs(d) <= MaxExact) || d != std::floor(d))
        return false;
    *out = qint64(d);
    return true;
}

void appendNumber(QByteArray &list, qint64 n)
{
    if (!list.isEmpty())
        list += ',';
    list += QByteArray::number(n);
}

} // namespace

QByteArray Encoder::take(const QByteArray &item)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(item, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return item;
    QJsonObject o = doc.object();
    if (const QByteArray id = hexOf(o.value(u"id"_s)); !id.isEmpty()) {
        m_ids += id;
        o.remove(u"id"_s);
    }
    if (const QByteArray row = hexOf(o.value(u"row"_s)); !row.isEmpty()) {
        m_rows += row;
        o.remove(u"row"_s);
    }
    if (qint64 seq = 0; wholeNumber(o.value(u"seq"_s), &seq) && std::abs(double(seq) - double(m_lastSeq)) <= MaxExact) {
        appendNumber(m_seq, seq - m_lastSeq);
        m_lastSeq = seq;
        o.remove(u"seq"_s);
    }
    if (const QJsonValue received = o.value(u"received"_s); received.isString()) {
        const QString text = received.toString();
        const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
        // Only a time that comes back as the very same text moves (the hub writes them so; anything else stays).
        if (t.isValid() && t.toMSecsSinceEpoch() >= 0 && t.toMSecsSinceEpoch() <= MaxMillis && isoOf(t.toMSecsSinceEpoch()) == text) {
            appendNumber(m_received, t.toMSecsSinceEpoch() - m_lastReceived);
            m_lastReceived = t.toMSecsSinceEpoch();
            o.remove(u"received"_s);
        }
    }
    if (const QJsonValue hlc = o.value(u"hlc"_s), device = o.value(u"device"_s); hlc.isString() && device.isString()) {
        const QString text = hlc.toString();
        const auto t = HlcTimestamp::parse(text);
        if (t && t->node == device.toString() && t->millis < 1000000000000000 && t->counter <= 999999 && t->toString() == text) {
            appendNumber(m_hlc, t->millis - m_lastWall);
            appendNumber(m_hlc, t->counter);
            m_lastWall = t->millis;
            o.remove(u"hlc"_s);
        }
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void Encoder::rollback(const Mark &m)
{
    m_ids.truncate(m.ids);
    m_rows.truncate(m.rows);
    m_seq.truncate(m.seq);
    m_received.truncate(m.received);
    m_hlc.truncate(m.hlc);
    m_lastSeq = m.lastSeq;
    m_lastReceived = m.lastReceived;
    m_lastWall = m.lastWall;
}

QByteArray Encoder::json() const
{
    return "{\"v\":" + QByteArray::number(Version) + ",\"id\":\"" + m_ids + "\",\"row\":\"" + m_rows + "\",\"seq\":[" + m_seq
        + "],\"received\":[" + m_received + "],\"hlc\":[" + m_hlc + "]}";
}

bool expand(const QJsonObject &columns, QList<QJsonObject> &changes, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    qint64 version = 0;
    if (!wholeNumber(columns.value(u"v"_s), &version) || version != Version)
        return fail(u"columns of an unknown version"_s);
    const QJsonValue idValue = columns.value(u"id"_s), rowValue = columns.value(u"row"_s);
    const QJsonValue seqValue = columns.value(u"seq"_s), receivedValue = columns.value(u"received"_s), hlcValue = columns.value(u"hlc"_s);
    if (!idValue.isString() || !rowValue.isString() || !seqValue.isArray() || !receivedValue.isArray() || !hlcValue.isArray())
        return fail(u"a column is missing or of the wrong type"_s);
    const QString ids = idValue.toString(), rows = rowValue.toString();
    for (const QString *hex : {&ids, &rows})
        if (hex->size() % IdDigits != 0 || !std::all_of(hex->cbegin(), hex->cend(), [](QChar c) { return isLowerHex(c.unicode()); }))
            return fail(u"an id column is not ids"_s);
    const QJsonArray seqs = seqValue.toArray(), receiveds = receivedValue.toArray(), hlcs = hlcValue.toArray();
    qsizetype idAt = 0, rowAt = 0, seqAt = 0, receivedAt = 0, hlcAt = 0;
    qint64 lastSeq = 0, lastReceived = 0, lastWall = 0;
    auto next = [](const QJsonArray &list, qsizetype &at, qint64 *out) { return at < list.size() && wholeNumber(list.at(at++), out); };
    for (QJsonObject &c : changes) {
        if (!c.contains(u"id"_s)) {
            if (idAt + IdDigits > ids.size())
                return fail(u"the id column is short"_s);
            c.insert(u"id"_s, uuidOf(QStringView(ids).sliced(idAt, IdDigits)));
            idAt += IdDigits;
        }
        if (!c.contains(u"row"_s)) {
            if (rowAt + IdDigits > rows.size())
                return fail(u"the row column is short"_s);
            c.insert(u"row"_s, uuidOf(QStringView(rows).sliced(rowAt, IdDigits)));
            rowAt += IdDigits;
        }
        if (!c.contains(u"seq"_s)) {
            qint64 d = 0;
            if (!next(seqs, seqAt, &d))
                return fail(u"the seq column is short or not numbers"_s);
            if (!(std::abs(double(lastSeq) + double(d)) <= MaxExact))
                return fail(u"a seq out of range"_s);
            lastSeq += d;
            c.insert(u"seq"_s, double(lastSeq));
        }
        if (!c.contains(u"received"_s)) {
            qint64 d = 0;
            if (!next(receiveds, receivedAt, &d))
                return fail(u"the received column is short or not numbers"_s);
            if (double(lastReceived) + double(d) < 0 || double(lastReceived) + double(d) > double(MaxMillis))
                return fail(u"a reception time out of range"_s);
            lastReceived += d;
            c.insert(u"received"_s, isoOf(lastReceived));
        }
        if (!c.contains(u"hlc"_s)) {
            qint64 d = 0, counter = 0;
            if (!next(hlcs, hlcAt, &d) || !next(hlcs, hlcAt, &counter))
                return fail(u"the hlc column is short or not numbers"_s);
            const double wall = double(lastWall) + double(d);
            const QJsonValue device = c.value(u"device"_s);
            if (wall < 0 || wall >= 1e15 || counter < 0 || counter > 999999 || !device.isString() || device.toString().isEmpty())
                return fail(u"a clock out of range, or without its device"_s);
            lastWall += d;
            c.insert(u"hlc"_s, HlcTimestamp{lastWall, quint32(counter), device.toString()}.toString());
        }
    }
    if (idAt != ids.size() || rowAt != rows.size() || seqAt != seqs.size() || receivedAt != receiveds.size() || hlcAt != hlcs.size())
        return fail(u"the columns hold more than the page's changes"_s);
    return true;
}

} // namespace Continuite::PageColumns
