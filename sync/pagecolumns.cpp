// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "sync/pagecolumns.h"

#include "sync/hlc.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string_view>

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

/// One member of a JSON object's top level, as offsets into its text: `"key":value`.
struct Member
{
    qsizetype begin = 0;      // the key's opening quote
    qsizetype keyBegin = 0;   // the key's first character
    qsizetype keyEnd = 0;     // its closing quote
    qsizetype valueBegin = 0; // the value's first character
    qsizetype valueEnd = 0;   // one past its last
};

/// Past the string whose opening quote is at @p at; -1 when it does not end. @p escaped: whether it holds a backslash.
/// (memchr: a change's text is most of its bytes, and a loop over them one by one was most of what reading one cost.)
qsizetype skipString(const char *s, qsizetype n, qsizetype at, bool *escaped = nullptr)
{
    qsizetype i = at + 1;
    while (i < n) {
        const char *quote = static_cast<const char *>(std::memchr(s + i, '"', size_t(n - i)));
        if (!quote)
            return -1;
        const qsizetype q = quote - s;
        const char *backslash = static_cast<const char *>(std::memchr(s + i, '\\', size_t(q - i)));
        if (!backslash)
            return q + 1;
        if (escaped)
            *escaped = true;
        i = (backslash - s) + 2; // past the backslash and the character it escapes
    }
    return -1;
}

/// Past the value that begins at @p at (an object or an array skipped whole, strings within them included); -1 when
/// the text ends first.
qsizetype skipValue(const char *s, qsizetype n, qsizetype at)
{
    if (at >= n)
        return -1;
    if (s[at] == '"')
        return skipString(s, n, at);
    if (s[at] == '{' || s[at] == '[') {
        int depth = 0;
        for (qsizetype i = at; i < n; ++i) {
            const char c = s[i];
            if (c == '"') {
                i = skipString(s, n, i);
                if (i < 0)
                    return -1;
                --i;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (--depth == 0)
                    return i + 1;
            }
        }
        return -1;
    }
    qsizetype i = at;
    while (i < n && s[i] != ',' && s[i] != '}' && s[i] != ']')
        ++i;
    return i > at ? i : -1;
}

/// The top-level members of a compact JSON object (as the hub writes its items: no blank between tokens), without
/// parsing their values. False when @p item is not one, or a key holds an escape (then nothing is taken from it).
bool membersOf(const QByteArray &item, QVarLengthArray<Member, 16> &members)
{
    const char *s = item.constData();
    const qsizetype n = item.size();
    if (n < 2 || s[0] != '{' || s[n - 1] != '}')
        return false;
    if (n == 2)
        return true;
    qsizetype i = 1;
    while (true) {
        if (s[i] != '"')
            return false;
        Member m;
        m.begin = i;
        m.keyBegin = i + 1;
        bool escaped = false;
        const qsizetype afterKey = skipString(s, n, i, &escaped);
        if (afterKey < 0 || escaped || afterKey >= n || s[afterKey] != ':')
            return false;
        m.keyEnd = afterKey - 1;
        m.valueBegin = afterKey + 1;
        m.valueEnd = skipValue(s, n, m.valueBegin);
        if (m.valueEnd < 0 || m.valueEnd >= n)
            return false;
        members.append(m);
        if (s[m.valueEnd] == '}')
            return m.valueEnd == n - 1;
        if (s[m.valueEnd] != ',')
            return false;
        i = m.valueEnd + 1;
    }
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

/// The 32 digits of `"<lowercase UUID>"`, written as is (no escape), or nothing.
QByteArrayView rawHex(QByteArrayView value, char *hex)
{
    if (value.size() != 38 || value.front() != '"' || value.back() != '"')
        return {};
    for (int i = 0, j = 0; i < 36; ++i) {
        const char c = value[i + 1];
        if (isDash(i)) {
            if (c != '-')
                return {};
        } else if (isLowerHex(char16_t(c))) {
            hex[j++] = c;
        } else {
            return {};
        }
    }
    return QByteArrayView(hex, IdDigits);
}

/// A whole number written with digits only (an optional minus), at most 2^53.
bool rawWhole(QByteArrayView value, qint64 *out)
{
    const bool minus = value.startsWith('-');
    const QByteArrayView digits = value.sliced(minus ? 1 : 0);
    if (digits.isEmpty() || digits.size() > 16 || (digits.size() > 1 && digits.front() == '0'))
        return false;
    qint64 v = 0;
    for (char c : digits) {
        if (!isDigit(c))
            return false;
        v = v * 10 + (c - '0');
    }
    if (double(v) > MaxExact)
        return false;
    *out = minus ? -v : v;
    return true;
}

qint64 digitsOf(QByteArrayView text, qsizetype at, int count, bool *ok)
{
    qint64 v = 0;
    for (int i = 0; i < count; ++i) {
        const char c = text[at + i];
        if (!isDigit(c)) {
            *ok = false;
            return 0;
        }
        v = v * 10 + (c - '0');
    }
    return v;
}

/// Days from 1970-01-01 to the given date of the proleptic Gregorian calendar (Howard Hinnant's days_from_civil).
qint64 daysFromCivil(qint64 y, qint64 m, qint64 d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

/// `"YYYY-MM-DDTHH:MM:SS.mmmZ"`, as isoOf() writes it and nothing else (so that the client writes back the very text),
/// from 1970 to 9999, in milliseconds since the epoch.
bool rawReceived(QByteArrayView value, qint64 *out)
{
    if (value.size() != 26 || value.front() != '"' || value.back() != '"')
        return false;
    const QByteArrayView t = value.sliced(1, 24);
    if (t[4] != '-' || t[7] != '-' || t[10] != 'T' || t[13] != ':' || t[16] != ':' || t[19] != '.' || t[23] != 'Z')
        return false;
    bool ok = true;
    const qint64 year = digitsOf(t, 0, 4, &ok), month = digitsOf(t, 5, 2, &ok), day = digitsOf(t, 8, 2, &ok);
    const qint64 hour = digitsOf(t, 11, 2, &ok), minute = digitsOf(t, 14, 2, &ok), second = digitsOf(t, 17, 2, &ok);
    const qint64 millis = digitsOf(t, 20, 3, &ok);
    if (!ok || year < 1970 || month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59)
        return false;
    static constexpr int DaysIn[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (day > DaysIn[month - 1] + (month == 2 && leap))
        return false;
    *out = ((daysFromCivil(year, month, day) * 24 + hour) * 60 + minute) * 60000 + second * 1000 + millis;
    return true;
}

/// `"MMMMMMMMMMMMMMM.CCCCCC.node"` whose node is @p device's (its text between quotes): the wall clock and counter.
bool rawHlc(QByteArrayView value, QByteArrayView device, qint64 *wall, qint64 *counter)
{
    constexpr int Millis = 15, Counter = 6;
    if (value.size() < Millis + Counter + 5 || value.front() != '"' || value.back() != '"')
        return false;
    const QByteArrayView t = value.sliced(1, value.size() - 2);
    if (t[Millis] != '.' || t[Millis + 1 + Counter] != '.')
        return false;
    const QByteArrayView node = t.sliced(Millis + Counter + 2);
    if (node.size() > 64 || device.size() != node.size() + 2 || device.front() != '"' || device.sliced(1, node.size()) != node)
        return false;
    for (char c : node)
        if (!(isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-'))
            return false;
    bool ok = true;
    *wall = digitsOf(t, 0, Millis, &ok);
    *counter = digitsOf(t, Millis + 1, Counter, &ok);
    return ok;
}

} // namespace

QByteArray Encoder::take(const QByteArray &item)
{
    // The item's text is read where it lies (review-trust19 finding 3: parsing each change and writing it again made a
    // columns page cost 2.4–2.7 times a plain one); only its top level is walked, and the keys moved are cut out of it.
    QVarLengthArray<Member, 16> members;
    if (!membersOf(item, members))
        return item;
    enum Key { Id, Row, Seq, Received, Hlc, Device, Keys };
    static constexpr std::string_view Names[Keys] = {"id", "row", "seq", "received", "hlc", "device"};
    qsizetype at[Keys] = {-1, -1, -1, -1, -1, -1};
    for (qsizetype i = 0; i < members.size(); ++i) {
        const std::string_view key(item.constData() + members[i].keyBegin, members[i].keyEnd - members[i].keyBegin);
        for (int k = 0; k < Keys; ++k) {
            if (key == Names[k]) {
                if (at[k] >= 0)
                    return item; // a key twice: the item goes as it is
                at[k] = i;
            }
        }
    }
    auto value = [&](int k) {
        const Member &m = members[at[k]];
        return QByteArrayView(item.constData() + m.valueBegin, m.valueEnd - m.valueBegin);
    };
    bool moved[Keys] = {};
    char hex[IdDigits];
    if (at[Id] >= 0) {
        if (const QByteArrayView id = rawHex(value(Id), hex); !id.isEmpty()) {
            m_ids += id;
            moved[Id] = true;
        }
    }
    if (at[Row] >= 0) {
        if (const QByteArrayView row = rawHex(value(Row), hex); !row.isEmpty()) {
            m_rows += row;
            moved[Row] = true;
        }
    }
    if (qint64 seq = 0; at[Seq] >= 0 && rawWhole(value(Seq), &seq) && std::abs(double(seq) - double(m_lastSeq)) <= MaxExact) {
        appendNumber(m_seq, seq - m_lastSeq);
        m_lastSeq = seq;
        moved[Seq] = true;
    }
    if (qint64 received = 0; at[Received] >= 0 && rawReceived(value(Received), &received)) {
        appendNumber(m_received, received - m_lastReceived);
        m_lastReceived = received;
        moved[Received] = true;
    }
    if (qint64 wall = 0, counter = 0; at[Hlc] >= 0 && at[Device] >= 0 && rawHlc(value(Hlc), value(Device), &wall, &counter)) {
        appendNumber(m_hlc, wall - m_lastWall);
        appendNumber(m_hlc, counter);
        m_lastWall = wall;
        moved[Hlc] = true;
    }
    if (!std::any_of(std::begin(moved), std::end(moved), [](bool b) { return b; }))
        return item;
    QByteArray out;
    out.reserve(item.size());
    out += '{';
    for (qsizetype i = 0; i < members.size(); ++i) {
        bool cut = false;
        for (int k = 0; k < Keys; ++k)
            cut = cut || (moved[k] && at[k] == i);
        if (cut)
            continue;
        if (out.size() > 1)
            out += ',';
        out.append(item.constData() + members[i].begin, members[i].valueEnd - members[i].begin);
    }
    out += '}';
    return out;
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
