// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "sync/change.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Continuite;
using namespace Qt::StringLiterals;

class TestChange : public QObject
{
    Q_OBJECT

    QJsonObject valid() const
    {
        Change c;
        c.id = newUuid();
        c.kind = u"lesson"_s;
        c.row = newUuid();
        c.classId = newUuid();
        c.hlc = u"000001700000000.000000.dev"_s;
        c.author = newUuid();
        c.device = newUuid();
        c.fields = {{u"title"_s, u"Les fractions"_s}, {u"position"_s, 3}};
        return c.toJson();
    }

private slots:
    void roundTrip()
    {
        QString error;
        const QJsonObject original = valid();
        const auto c = Change::fromJson(original, &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(c->toJson(), original);
        QCOMPARE(c->fields.value(u"title"_s).toString(), u"Les fractions"_s);
    }

    void rejectsBadShapes_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("named");
        QTest::newRow("id not uuid") << u"id"_s << QJsonValue(u"../../etc/passwd"_s) << u"id"_s;
        QTest::newRow("kind unknown") << u"kind"_s << QJsonValue(u"grades; DROP TABLE x"_s) << u"kind"_s;
        QTest::newRow("hlc garbage") << u"hlc"_s << QJsonValue(u"yesterday"_s) << u"hlc"_s;
        QTest::newRow("author number") << u"author"_s << QJsonValue(42) << u"author"_s;
        QTest::newRow("fields array") << u"fields"_s << QJsonValue(QJsonArray{}) << u"fields"_s;
        QTest::newRow("fields empty") << u"fields"_s << QJsonValue(QJsonObject{}) << u"fields"_s;
        QTest::newRow("unknown field") << u"fields"_s << QJsonValue(QJsonObject{{u"password"_s, u"x"_s}}) << u"fields.password"_s;
        QTest::newRow("wrong type") << u"fields"_s << QJsonValue(QJsonObject{{u"title"_s, 12}}) << u"fields.title"_s;
        QTest::newRow("negative position") << u"fields"_s << QJsonValue(QJsonObject{{u"position"_s, -1}}) << u"fields.position"_s;
        QTest::newRow("huge number") << u"fields"_s << QJsonValue(QJsonObject{{u"position"_s, 1e300}}) << u"fields.position"_s;
        QTest::newRow("title too long") << u"fields"_s << QJsonValue(QJsonObject{{u"title"_s, QString(201, u'x')}}) << u"fields.title"_s;
    }
    void rejectsBadShapes()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, named);
        QJsonObject o = valid();
        o.insert(key, value);
        QString error;
        QVERIFY(!Change::fromJson(o, &error));
        QVERIFY2(error.contains(named), qPrintable(error));
    }

    void submissionsCannotBeDeleted()
    {
        QJsonObject o = valid();
        o.insert(u"kind"_s, u"submission"_s);
        o.insert(u"fields"_s, QJsonObject{{u"deleted"_s, true}});
        QString error;
        QVERIFY(!Change::fromJson(o, &error));
        QVERIFY2(error.contains(u"deleted"_s), qPrintable(error));
    }

    // One check of a blob's name for the devices, packs and the hub (it had four copies): what it refuses is what
    // a path could be built from (a traversal, a wrong length, upper case that names another file on some disks).
    void sha256NamesAreLowerHex64_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("accepted");
        const QString good = QString(64, u'a').replace(0, 10, u"0123456789"_s);
        QTest::newRow("64 lowercase hex") << good << true;
        QTest::newRow("upper case") << good.toUpper() << false;
        QTest::newRow("63 digits") << good.left(63) << false;
        QTest::newRow("65 digits") << good + u'0' << false;
        QTest::newRow("not hex") << good.left(63) + u'g' << false;
        QTest::newRow("traversal") << u"../"_s + good.left(61) << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("wide digit") << good.left(63) + QChar(0x0661) << false; // ARABIC-INDIC DIGIT ONE
    }

    void sha256NamesAreLowerHex64()
    {
        QFETCH(QString, name);
        QFETCH(bool, accepted);
        QCOMPARE(isSha256(name), accepted);
        const QByteArray bytes = name.toUtf8();
        QCOMPARE(isSha256(std::string_view(bytes.constData(), size_t(bytes.size()))), accepted); // the hub's routes
    }

    void derivedIdsAgreeAcrossDevices()
    {
        QCOMPARE(derivedUuid(u"a", u"b"), derivedUuid(u"a", u"b"));
        QVERIFY(derivedUuid(u"a", u"b") != derivedUuid(u"b", u"a"));
        QVERIFY(isUuid(derivedUuid(u"a", u"b")));
    }

    void canonicalIgnoresSignature()
    {
        auto c = *Change::fromJson(valid(), nullptr);
        const QByteArray before = c.canonical();
        c.signature = u"c2lnbmF0dXJl"_s;
        QCOMPARE(c.canonical(), before);
        QVERIFY(c.toJson().contains(u"sig"_s));
    }
};

QTEST_GUILESS_MAIN(TestChange)
#include "tst_change.moc"
