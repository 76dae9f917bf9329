// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// A sync page's ids and clocks in columns (sync/pagecolumns.h, PROTOCOL.md "Columns"): what the hub takes apart the
// client puts back, key for key; columns that do not fit their changes (a damaged or lying answer) are refused whole,
// each beside the same columns untouched, which fit.
#include "sync/change.h"
#include "sync/hlc.h"
#include "sync/pagecolumns.h"

#include <QJsonArray>
#include <QDateTime>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include <cmath>

using namespace Continuite;
using namespace Qt::StringLiterals;

namespace {

QJsonObject served(qint64 seq, const QString &received, const QString &device, const QString &hlc)
{
    return QJsonObject{{u"seq"_s, double(seq)}, {u"received"_s, received}, {u"id"_s, newUuid()}, {u"kind"_s, u"lesson"_s},
                       {u"row"_s, newUuid()}, {u"class"_s, newUuid()}, {u"author"_s, newUuid()}, {u"device"_s, device},
                       {u"hlc"_s, hlc}, {u"fields"_s, QJsonObject{{u"title"_s, u"Leçon « é »\n"_s}}}};
}

struct Page
{
    QJsonObject columns;
    QList<QJsonObject> changes;
};

Page encode(const QList<QJsonObject> &changes)
{
    PageColumns::Encoder encoder;
    Page page;
    for (const QJsonObject &c : changes)
        page.changes << QJsonDocument::fromJson(encoder.take(QJsonDocument(c).toJson(QJsonDocument::Compact))).object();
    page.columns = QJsonDocument::fromJson(encoder.json()).object();
    return page;
}


/// The encoder as it was before it read items in place (session 18): each item parsed and written again. Kept here as the
/// reference the in-place one must agree with, key for key and column for column.
class ParsingEncoder
{
public:
    QByteArray take(const QByteArray &item)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(item, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return item;
        QJsonObject o = doc.object();
        if (const QString id = hexOf(o.value(u"id"_s)); !id.isEmpty()) {
            ids += id;
            o.remove(u"id"_s);
        }
        if (const QString row = hexOf(o.value(u"row"_s)); !row.isEmpty()) {
            rows += row;
            o.remove(u"row"_s);
        }
        const QJsonValue seqValue = o.value(u"seq"_s);
        if (const double seq = seqValue.toDouble(0.5); seqValue.isDouble() && std::abs(seq) <= 9007199254740992.0
            && seq == std::floor(seq) && std::abs(seq - double(lastSeq)) <= 9007199254740992.0) {
            seqs << double(qint64(seq) - lastSeq);
            lastSeq = qint64(seq);
            o.remove(u"seq"_s);
        }
        if (const QJsonValue received = o.value(u"received"_s); received.isString()) {
            const QDateTime t = QDateTime::fromString(received.toString(), Qt::ISODateWithMs);
            if (t.isValid() && t.toMSecsSinceEpoch() >= 0 && t.toMSecsSinceEpoch() <= 253402300799999
                && QDateTime::fromMSecsSinceEpoch(t.toMSecsSinceEpoch(), Qt::UTC).toString(Qt::ISODateWithMs) == received.toString()) {
                receiveds << double(t.toMSecsSinceEpoch() - lastReceived);
                lastReceived = t.toMSecsSinceEpoch();
                o.remove(u"received"_s);
            }
        }
        if (const QJsonValue hlc = o.value(u"hlc"_s), device = o.value(u"device"_s); hlc.isString() && device.isString()) {
            const auto t = HlcTimestamp::parse(hlc.toString());
            if (t && t->node == device.toString() && t->millis < 1000000000000000 && t->counter <= 999999 && t->toString() == hlc.toString()) {
                hlcs << double(t->millis - lastWall) << double(t->counter);
                lastWall = t->millis;
                o.remove(u"hlc"_s);
            }
        }
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    }
    QJsonObject columns() const
    {
        return {{u"v"_s, 1}, {u"id"_s, ids}, {u"row"_s, rows}, {u"seq"_s, seqs}, {u"received"_s, receiveds}, {u"hlc"_s, hlcs}};
    }

private:
    static QString hexOf(const QJsonValue &v)
    {
        static const QRegularExpression uuid(u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s);
        return v.isString() && uuid.match(v.toString()).hasMatch() ? v.toString().remove(u'-') : QString();
    }
    QString ids, rows;
    QJsonArray seqs, receiveds, hlcs;
    qint64 lastSeq = 0, lastReceived = 0, lastWall = 0;
};

/// An item as the hub serves it: "seq" and "received" first, then the stored change's compact JSON (keys sorted).
QByteArray hubItem(qint64 seq, const QByteArray &received, const QJsonObject &stored)
{
    return "{\"seq\":" + QByteArray::number(seq) + ",\"received\":" + received + ','
        + QJsonDocument(stored).toJson(QJsonDocument::Compact).mid(1);
}

} // namespace

class TestSyncPageColumns : public QObject
{
    Q_OBJECT

private slots:
    /// Every key comes back as it was, whatever its form: those of the usual form through the columns, the others
    /// (an id in capitals, a reception time without milliseconds, a clock of another node, a sequence going down as on
    /// PostgreSQL) in their own change.
    void whatIsTakenApartComesBackWhole()
    {
        const QString device = newUuid();
        QList<QJsonObject> changes;
        for (int i = 0; i < 20; ++i)
            changes << served(1000 + i, u"2026-12-07T00:00:23.%1Z"_s.arg(100 + i * 7), device,
                              HlcTimestamp{1796601623635 + i * 3, quint32(i % 3), device}.toString());
        changes[3].insert(u"id"_s, newUuid().toUpper());
        changes[4].insert(u"row"_s, u"not-a-uuid"_s);
        changes[5].insert(u"received"_s, u"2026-12-07T00:00:23Z"_s);
        changes[6].insert(u"hlc"_s, HlcTimestamp{1796601623000, 4, newUuid()}.toString());
        changes[7].insert(u"seq"_s, 12.0); // down: another transaction's, on PostgreSQL
        changes[8].remove(u"device"_s);    // a clock without its device stays whole
        changes[9].insert(u"seq"_s, 1.5);
        Page page = encode(changes);
        QCOMPARE(page.changes.at(3).value(u"id"_s), changes.at(3).value(u"id"_s));
        QCOMPARE(page.changes.at(4).value(u"row"_s), changes.at(4).value(u"row"_s));
        QCOMPARE(page.changes.at(5).value(u"received"_s), changes.at(5).value(u"received"_s));
        QCOMPARE(page.changes.at(6).value(u"hlc"_s), changes.at(6).value(u"hlc"_s));
        QCOMPARE(page.changes.at(8).value(u"hlc"_s), changes.at(8).value(u"hlc"_s));
        QCOMPARE(page.changes.at(9).value(u"seq"_s), changes.at(9).value(u"seq"_s));
        QVERIFY(!page.changes.at(0).contains(u"id"_s) && !page.changes.at(0).contains(u"hlc"_s));
        QString why;
        QVERIFY2(PageColumns::expand(page.columns, page.changes, &why), qPrintable(why));
        QCOMPARE(page.changes, changes);
        // An empty page has empty columns, which fit it.
        Page empty = encode({});
        QVERIFY(PageColumns::expand(empty.columns, empty.changes));
    }


    /// The encoder reads an item where it lies, without parsing it (review-trust19 finding 3): it must take exactly what the
    /// parsing encoder took, from items as the hub writes them (its prefix before sorted keys), whatever their texts hold
    /// (quotes, braces, backslashes, "id" inside the fields), and every value of an odd form must stay in its change.
    /// Control: the same items through the parsing encoder, and both expanded back to the items.
    void readingInPlaceTakesWhatParsingTook()
    {
        const QString device = newUuid();
        QRandomGenerator random(20);
        const QStringList texts{u"Leçon « é »\n"_s, u"a \"quoted\" } { ] [ text"_s, u"back\\slash \\\" and \\u0041"_s,
                                u"\"id\":\"00000000-0000-0000-0000-000000000000\""_s, u"tab\there\u0001"_s, QString()};
        const QList<QByteArray> receiveds{"\"2026-12-07T00:00:23.985Z\"", "\"2024-02-29T23:59:59.999Z\"", "\"1970-01-01T00:00:00.000Z\"",
                                          "\"9999-12-31T23:59:59.999Z\"", "\"2026-02-29T00:00:00.000Z\"", "\"2026-13-01T00:00:00.000Z\"",
                                          "\"2026-12-07T24:00:00.000Z\"", "\"2026-12-07T00:00:23Z\"", "\"1969-12-31T23:59:59.999Z\"",
                                          "\"2026-12-07T00:00:23.985+01:00\"", "\"2026-12-07 00:00:23.985Z\"", "5", "null",
                                          "\"2026-04-31T00:00:00.000Z\"", "\"2026-12-07T00:00:60.000Z\""};
        QList<QByteArray> items;
        for (int i = 0; i < 400; ++i) {
            QJsonObject stored{{u"id"_s, newUuid()}, {u"kind"_s, u"lesson"_s}, {u"row"_s, newUuid()}, {u"class"_s, newUuid()},
                               {u"author"_s, newUuid()}, {u"device"_s, device},
                               {u"hlc"_s, HlcTimestamp{1796601623635 + i * 3, quint32(i % 3), device}.toString()},
                               {u"fields"_s, QJsonObject{{u"title"_s, texts.at(i % texts.size())},
                                                         {u"list"_s, QJsonArray{1, u"]"_s, QJsonObject{{u"id"_s, u"}"_s}}}},
                                                         {u"n"_s, 1.5}, {u"t"_s, true}, {u"z"_s, QJsonValue()}}}};
            switch (random.bounded(14)) {
            case 0: stored.insert(u"id"_s, newUuid().toUpper()); break;
            case 1: stored.insert(u"row"_s, newUuid().left(35)); break;
            case 2: stored.insert(u"hlc"_s, HlcTimestamp{1796601623000, 4, newUuid()}.toString()); break;
            case 3: stored.remove(u"device"_s); break;
            case 4: stored.insert(u"hlc"_s, QString(u"0001796601623000.000004."_s + device)); break;
            case 5: stored.insert(u"hlc"_s, QString(u"179660162300.0000004."_s + device)); break;
            case 6: stored.insert(u"id"_s, 12); break;
            case 7: stored.insert(u"device"_s, u"dev\u00e9"_s); stored.insert(u"hlc"_s, HlcTimestamp{5, 0, u"dev"_s}.toString()); break;
            case 8: stored.insert(u"hlc"_s, HlcTimestamp{1796601623000, 999999, device}.toString()); break;
            case 9: stored.insert(u"device"_s, u"a_b"_s); stored.insert(u"hlc"_s, u"001796601623000.000000.a_b"_s); break;
            default: break;
            }
            const qint64 seq = random.bounded(3) == 0 ? qint64(random.bounded(100000)) : 1000 + i;
            items << hubItem(seq, receiveds.at(random.bounded(qsizetype(receiveds.size()))), stored);
        }
        // Items that lack some of the keys (a page of them would not expand: a key missing is one in the columns) are
        // compared on what is taken only.
        const QList<QByteArray> partial{hubItem(-7, receiveds.at(0), QJsonObject{{u"id"_s, newUuid()}}),
                                        hubItem(9007199254740992, receiveds.at(0), QJsonObject{{u"kind"_s, u"x"_s}}),
                                        "{\"seq\":1.5,\"id\":\"" + newUuid().toLatin1() + "\"}", "{\"seq\":-0}",
                                        "{\"seq\":9007199254740993}", "{}", "{\"a\":{}}",
                                        "{\"x\":[],\"id\":\"" + newUuid().toLatin1() + "\"}"};

        auto compare = [](const QList<QByteArray> &items, bool expandBack) {
            PageColumns::Encoder inPlace;
            ParsingEncoder parsing;
            QList<QJsonObject> fromInPlace, fromParsing, originals;
            for (const QByteArray &item : items) {
                const QJsonObject original = QJsonDocument::fromJson(item).object();
                QVERIFY2(!original.isEmpty() || item == "{}", item.constData());
                originals << original;
                const QByteArray a = inPlace.take(item), b = parsing.take(item);
                fromInPlace << QJsonDocument::fromJson(a).object();
                fromParsing << QJsonDocument::fromJson(b).object();
                QVERIFY2(fromInPlace.last() == fromParsing.last(), QByteArray(a + "\n  against\n" + b).constData());
            }
            const QJsonObject inPlaceColumns = QJsonDocument::fromJson(inPlace.json()).object(), parsingColumns = parsing.columns();
            QCOMPARE(inPlaceColumns.keys(), parsingColumns.keys());
            for (const QString &key : parsingColumns.keys()) {
                const QJsonValue a = inPlaceColumns.value(key), b = parsingColumns.value(key);
                if (a.isArray()) {
                    QCOMPARE(a.toArray().size(), b.toArray().size());
                    for (qsizetype i = 0; i < a.toArray().size(); ++i)
                        QVERIFY2(a.toArray().at(i).toDouble() == b.toArray().at(i).toDouble(), qPrintable(key + QString::number(i)));
                } else {
                    QCOMPARE(a.toDouble(), b.toDouble());
                    QCOMPARE(a.toString(), b.toString());
                }
            }
            if (!expandBack)
                return;
            QString why;
            QVERIFY2(PageColumns::expand(parsingColumns, fromParsing, &why), qPrintable(why));
            QCOMPARE(fromParsing, originals);
            QVERIFY2(PageColumns::expand(inPlaceColumns, fromInPlace, &why), qPrintable(why));
            QCOMPARE(fromInPlace, originals);
            // Most items gave their keys to the columns (the test would pass on an encoder that took nothing otherwise).
            QVERIFY(inPlaceColumns.value(u"id"_s).toString().size() > 300 * 32);
        };
        compare(items, true);
        if (QTest::currentTestFailed())
            return;
        compare(partial, false);
        if (QTest::currentTestFailed())
            return;
        // A value written with an escape, or a number with an exponent, stays in its change (the parsing encoder read through
        // them; the hub writes neither).
        PageColumns::Encoder escaped;
        QCOMPARE(escaped.take("{\"received\":\"\\u0032026-12-07T00:00:23.985Z\",\"seq\":3}"),
                 QByteArray("{\"received\":\"\\u0032026-12-07T00:00:23.985Z\"}"));
        QCOMPARE(escaped.take("{\"seq\":1e3}"), QByteArray("{\"seq\":1e3}"));
    }

    /// What the in-place reading does not take at all goes as it is, and the client reads it as a page without columns
    /// would: an item with a key twice, with blanks between its tokens, an escaped key, not an object. Control: the same
    /// item written compact, once each key, gives its keys to the columns.
    void anItemNotWrittenAsTheHubWritesItGoesAsItIs_data()
    {
        QTest::addColumn<QByteArray>("item");
        const QByteArray id = '"' + newUuid().toLatin1() + '"';
        QTest::newRow("key twice") << "{\"id\":" + id + ",\"kind\":\"x\",\"id\":" + id + '}';
        QTest::newRow("blanks") << "{ \"id\": " + id + " }";
        QTest::newRow("escaped key") << "{\"\\u0069d\":" + id + '}';
        QTest::newRow("an array") << "[" + id + ']';
        QTest::newRow("cut short") << "{\"id\":" + id;
        QTest::newRow("string not ended") << QByteArray("{\"id\":\"abc}");
    }
    void anItemNotWrittenAsTheHubWritesItGoesAsItIs()
    {
        QFETCH(QByteArray, item);
        PageColumns::Encoder control;
        const QByteArray id = '"' + newUuid().toLatin1() + '"';
        QCOMPARE(control.take("{\"id\":" + id + ",\"kind\":\"x\"}"), QByteArray("{\"kind\":\"x\"}"));
        QCOMPARE(control.size(), 32);

        PageColumns::Encoder encoder;
        QCOMPARE(encoder.take(item), item);
        QCOMPARE(encoder.size(), 0);
    }

    /// Columns that do not fit their page are refused, and nothing is put back that the caller would apply: each lie of a
    /// hub (or damage) beside the untouched columns, which fit (the positive control, run first every time).
    void columnsThatDoNotFitAreRefused_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("unknown version") << u"v"_s << QJsonValue(2);
        QTest::newRow("no version") << u"v"_s << QJsonValue();
        QTest::newRow("id column short") << u"id"_s << QJsonValue(QString(32 * 2, u'a'));
        QTest::newRow("id column too long") << u"id"_s << QJsonValue(QString(32 * 4, u'a'));
        QTest::newRow("id column not hex") << u"id"_s << QJsonValue(QString(32 * 2, u'a') + QString(32, u'g'));
        QTest::newRow("id column in capitals") << u"id"_s << QJsonValue(QString(32 * 3, u'A'));
        QTest::newRow("id column cut mid-id") << u"id"_s << QJsonValue(QString(32 * 3 - 1, u'a'));
        QTest::newRow("row column a number") << u"row"_s << QJsonValue(5);
        QTest::newRow("seq short") << u"seq"_s << QJsonValue(QJsonArray{1, 1});
        QTest::newRow("seq left over") << u"seq"_s << QJsonValue(QJsonArray{1, 1, 1, 1});
        QTest::newRow("seq not whole") << u"seq"_s << QJsonValue(QJsonArray{1, 1.5, 1});
        QTest::newRow("seq huge") << u"seq"_s << QJsonValue(QJsonArray{1e300, 1, 1});
        QTest::newRow("seq a string") << u"seq"_s << QJsonValue(QJsonArray{1, u"1"_s, 1});
        QTest::newRow("received before 1970") << u"received"_s << QJsonValue(QJsonArray{-5, 0, 0});
        QTest::newRow("received past 9999") << u"received"_s << QJsonValue(QJsonArray{1e15, 0, 0});
        QTest::newRow("hlc odd") << u"hlc"_s << QJsonValue(QJsonArray{1796601623635LL, 0, 1, 0, 1});
        QTest::newRow("hlc counter past 999999") << u"hlc"_s << QJsonValue(QJsonArray{1796601623635LL, 1000000, 1, 0, 1, 0});
        QTest::newRow("hlc before 0") << u"hlc"_s << QJsonValue(QJsonArray{-1, 0, 1, 0, 1, 0});
        QTest::newRow("hlc past 15 digits") << u"hlc"_s << QJsonValue(QJsonArray{1e15, 0, 1, 0, 1, 0});
    }
    void columnsThatDoNotFitAreRefused()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        const QString device = newUuid();
        QList<QJsonObject> changes;
        for (int i = 0; i < 3; ++i)
            changes << served(7 + i, u"2026-12-07T00:00:23.985Z"_s, device, HlcTimestamp{1796601623635 + i, 0, device}.toString());
        const Page page = encode(changes);
        QList<QJsonObject> control = page.changes;
        QVERIFY(PageColumns::expand(page.columns, control));
        QCOMPARE(control, changes);

        QJsonObject lying = page.columns;
        if (value.isUndefined())
            lying.remove(key);
        else
            lying.insert(key, value);
        QList<QJsonObject> damaged = page.changes;
        QString why;
        QVERIFY(!PageColumns::expand(lying, damaged, &why));
        QVERIFY(!why.isEmpty());
    }

    /// A clock in the column needs its change's device: a change that lost it (damage) is refused, not given a clock of
    /// nobody's node. Control: the same change with its device.
    void aClockWithoutItsDeviceIsRefused()
    {
        const QString device = newUuid();
        const Page page = encode({served(1, u"2026-12-07T00:00:23.985Z"_s, device, HlcTimestamp{5, 0, device}.toString())});
        QList<QJsonObject> control = page.changes;
        QVERIFY(PageColumns::expand(page.columns, control));
        QList<QJsonObject> damaged = page.changes;
        damaged[0].remove(u"device"_s);
        QVERIFY(!PageColumns::expand(page.columns, damaged));
    }
};

QTEST_GUILESS_MAIN(TestSyncPageColumns)
#include "tst_syncpagecolumns.moc"
