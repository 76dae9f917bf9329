// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// A teacher's continuity board needs to know when each student last reached the hub: /v1/sync's
// "last_seen_after" / "last_seen" (PROTOCOL.md). Only a teacher of the class may learn it, and only what changed.
#include "hubtestkit.h"

#include "sync/hub/hubwire.h"
#include "sync/inflate.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QUuid>

using namespace HubTest;

class TestHubLastSeen : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestHub> hub;
    std::unique_ptr<Client> teacher, otherTeacher, lea, hugo, stranger;
    QString classId, otherClass;

    /// One sync asking for the students' last contact since @p after; the raw reply too, for what it must not hold.
    static QJsonObject syncAsking(Client &c, const QString &after, QByteArray *raw = nullptr)
    {
        const HttpReply r = c.post(u"/v1/sync"_s, {{u"cursor"_s, c.cursor}, {u"last_seen_after"_s, after}});
        c.lastStatus = r.status;
        if (raw)
            *raw = r.body;
        if (r.status == 200)
            c.cursor = r.json().value(u"cursor"_s).toString();
        return r.json();
    }

    /// Sets a device's last_seen as the hub would have stamped it at @p when.
    void seen(const Client &device, const QString &when)
    {
        hub->server().engine().storage().write([&](HubTransaction &tx) { tx.touchDevice(device.deviceId, device.id(), when); });
    }

private Q_SLOTS:
    void initTestCase()
    {
        hub = std::make_unique<TestHub>();
        teacher = hub->teacher(u"mme.martin"_s);
        otherTeacher = hub->teacher(u"m.durand"_s);
        classId = hub->createClass(*teacher, u"6e B"_s);
        otherClass = hub->createClass(*otherTeacher, u"5e A"_s);
        lea = hub->student(*teacher, classId, u"lea"_s);
        hugo = hub->student(*teacher, classId, u"hugo"_s);
        stranger = hub->student(*otherTeacher, otherClass, u"zoe"_s);
        QVERIFY(!lea->token.isEmpty() && !hugo->token.isEmpty() && !stranger->token.isEmpty());
    }

    void teacherLearnsWhenEachStudentLastSynced()
    {
        seen(*lea, u"2026-11-20T08:15:00.000Z"_s);
        seen(*hugo, u"2026-11-02T17:40:00.000Z"_s);
        const QJsonObject r = syncAsking(*teacher, u""_s);
        QCOMPARE(teacher->lastStatus, 200L);
        const QJsonObject lastSeen = r.value(u"last_seen"_s).toObject();
        QCOMPARE(lastSeen.value(lea->id()).toString(), u"2026-11-20T08:15:00.000Z"_s);
        QCOMPARE(lastSeen.value(hugo->id()).toString(), u"2026-11-02T17:40:00.000Z"_s);
        // Only the students of her classes: not herself, not another teacher's student.
        QCOMPARE(lastSeen.size(), 2);
        QVERIFY(!lastSeen.contains(stranger->id()));
        QVERIFY(!r.value(u"last_seen_until"_s).toString().isEmpty());

        // The other teacher learns about his own student only.
        const QJsonObject other = syncAsking(*otherTeacher, u""_s).value(u"last_seen"_s).toObject();
        QCOMPARE(other.keys(), QStringList{stranger->id()});
    }

    void aStudentNeverLearnsAnothersActivity()
    {
        seen(*hugo, u"2026-11-21T09:00:00.000Z"_s);
        QByteArray raw;
        const QJsonObject r = syncAsking(*lea, u""_s, &raw);
        QCOMPARE(lea->lastStatus, 200L);
        QVERIFY2(!r.contains(u"last_seen"_s), raw.constData());
        QVERIFY(!r.contains(u"last_seen_until"_s));
        QVERIFY2(!raw.contains("2026-11-21T09:00"), raw.constData());
        // Not even with a cursor from the start and a budget that would hold everything.
        lea->cursor.clear();
        const HttpReply again = lea->post(u"/v1/sync"_s, {{u"last_seen_after"_s, u""_s}, {u"budget"_s, 8 * 1024 * 1024}});
        QCOMPARE(again.status, 200L);
        QVERIFY2(!again.body.contains("last_seen"), again.body.constData());
    }

    void onlyWhatChangedIsSentAgain()
    {
        seen(*lea, u"2026-11-22T08:00:00.000Z"_s);
        seen(*hugo, u"2026-11-22T08:05:00.000Z"_s);
        const QJsonObject first = syncAsking(*teacher, u""_s);
        const QString until = first.value(u"last_seen_until"_s).toString();
        QCOMPARE(first.value(u"last_seen"_s).toObject().size(), 2);

        // Nothing new: the answer carries nothing about last contact, not even the mark.
        QByteArray raw;
        const QJsonObject quiet = syncAsking(*teacher, until, &raw);
        QCOMPARE(teacher->lastStatus, 200L);
        QVERIFY2(!raw.contains("last_seen"), raw.constData());
        QVERIFY(!quiet.isEmpty());

        // Léa syncs now: her contact, and hers only, comes down at the teacher's next sync.
        const QString before = HubEngine::nowIso();
        QVERIFY(lea->login(u"lea"_s, u"4821"_s)); // a new token: the device is stamped at once
        lea->sync();
        QCOMPARE(lea->lastStatus, 200L);
        const QJsonObject next = syncAsking(*teacher, until);
        const QJsonObject changed = next.value(u"last_seen"_s).toObject();
        QCOMPARE(changed.keys(), QStringList{lea->id()});
        QVERIFY2(changed.value(lea->id()).toString() >= before, qPrintable(changed.value(lea->id()).toString()));
    }

    void aRevokedDeviceNoLongerCounts()
    {
        // Hugo's old laptop was stolen and revoked by his teacher: its last contact is not his.
        Client laptop(hub->url());
        QVERIFY(laptop.login(u"hugo"_s, u"4821"_s));
        seen(*hugo, u"2026-11-23T10:00:00.000Z"_s);
        seen(laptop, u"2026-11-25T10:00:00.000Z"_s);
        QCOMPARE(syncAsking(*teacher, u""_s).value(u"last_seen"_s).toObject().value(hugo->id()).toString(),
                 u"2026-11-25T10:00:00.000Z"_s);
        QCOMPARE(teacher->request("DELETE", u"/v1/devices/%1?person=%2"_s.arg(laptop.deviceId, hugo->id())).status, 204L);
        QCOMPARE(syncAsking(*teacher, u""_s).value(u"last_seen"_s).toObject().value(hugo->id()).toString(),
                 u"2026-11-23T10:00:00.000Z"_s);
    }

    void notAskedNotSent()
    {
        // A device that does not ask (an older client, the classroom's in-process pull) gets the answer it knew.
        teacher->cursor.clear();
        const HttpReply r = teacher->post(u"/v1/sync"_s, {{u"cursor"_s, u""_s}});
        QCOMPARE(r.status, 200L);
        QVERIFY2(!r.body.contains("last_seen"), r.body.left(300).constData());
    }

    void badMarkIsRefused_data()
    {
        QTest::addColumn<QJsonValue>("after");
        QTest::newRow("number") << QJsonValue(12);
        QTest::newRow("not a time") << QJsonValue(u"tomorrow at 8"_s); // ("yesterday" is a short mark: base 36, of the year 5000)
        QTest::newRow("too long") << QJsonValue(QString(100, u'2'));
    }

    void badMarkIsRefused()
    {
        QFETCH(QJsonValue, after);
        const HttpReply r = teacher->post(u"/v1/sync"_s, {{u"last_seen_after"_s, after}});
        QCOMPARE(r.status, 400L);
        QCOMPARE(r.json().value(u"field"_s).toString(), u"last_seen_after"_s);
    }

    // ---- Protocol 4: short answers (PROTOCOL.md, "Short answers") ----------------------------------------------------

    /// An empty sync's answer with "v": 4 is the cursor alone; without it, byte for byte the long answer it always was.
    void anEmptySyncsShortAnswerIsTheCursorAlone()
    {
        hugo->pullAll();
        const HttpReply longOne = hugo->post(u"/v1/sync"_s, {{u"cursor"_s, hugo->cursor}});
        QCOMPARE(longOne.status, 200L);
        // The control: a device of protocol 3 gets what it always got, and no word of protocol 4 in an empty answer.
        QCOMPARE(longOne.body, "{\"verdicts\":[],\"changes\":[],\"cursor\":\"" + hugo->cursor.toLatin1() + "\",\"more\":false}");
        const HttpReply shortOne = hugo->post(u"/v1/sync"_s, {{u"cursor"_s, hugo->cursor}, {u"v"_s, 4}});
        QCOMPARE(shortOne.status, 200L);
        QCOMPARE(shortOne.body, "{\"cursor\":\"" + hugo->cursor.toLatin1() + '"' + '}');
        qInfo("an empty sync on the wire: %lld bytes long, %lld short (request and answer, headers included)",
              longOne.wireBytes, shortOne.wireBytes);
        QCOMPARE(shortOne.body.size(), longOne.body.size() - 40);
        QVERIFY(longOne.wireBytes > shortOne.wireBytes);
    }

    /// A long answer that brings something says the hub speaks 4 (that is how a device learns it); a short one brings
    /// what it brings in the same fields, with "more" only when true.
    void anAnswerThatBringsSomethingSaysTheProtocol()
    {
        teacher->sync({change(u"lesson"_s, newUuid(), classId, *teacher, {{u"title"_s, u"Les fractions"_s},
                                                                           {u"status"_s, u"published"_s}})});
        QCOMPARE(teacher->lastStatus, 200L);
        Client &device = *lea;
        const QString before = device.cursor;
        const HttpReply longOne = device.post(u"/v1/sync"_s, {{u"cursor"_s, before}});
        QCOMPARE(longOne.status, 200L);
        QVERIFY2(longOne.body.contains("Les fractions"), longOne.body.left(300).constData());
        QCOMPARE(longOne.json().value(u"protocol"_s).toInt(), 4);

        const HttpReply shortOne = device.post(u"/v1/sync"_s, {{u"cursor"_s, before}, {u"v"_s, 4}});
        QCOMPARE(shortOne.status, 200L);
        const QJsonObject o = shortOne.json();
        QVERIFY(o.value(u"changes"_s).toArray().size() >= 1);
        QVERIFY2(!o.contains(u"verdicts"_s) && !o.contains(u"more"_s) && !o.contains(u"protocol"_s), shortOne.body.left(300).constData());
        QCOMPARE(o.value(u"cursor"_s), longOne.json().value(u"cursor"_s));
        // A page with more to come says so, short or long.
        const HttpReply paged = device.post(u"/v1/sync"_s, {{u"cursor"_s, u""_s}, {u"v"_s, 4}, {u"budget"_s, 1024}});
        QCOMPARE(paged.status, 200L);
        QCOMPARE(paged.json().value(u"more"_s), QJsonValue(true));
        device.cursor = longOne.json().value(u"cursor"_s).toString();
    }

    /// The board's mark in a short answer is 8 characters, not 24; either form is taken back under either name, and a
    /// student asking in the short form still learns nothing of anyone.
    void theBoardsMarkIsShortAndStillOnlyWhatChanged()
    {
        seen(*lea, u"2026-11-26T08:00:00.000Z"_s);
        seen(*hugo, u"2026-11-26T08:05:00.000Z"_s);
        const HttpReply first = teacher->post(u"/v1/sync"_s, {{u"cursor"_s, teacher->cursor}, {u"v"_s, 4}, {u"seen"_s, u""_s}});
        QCOMPARE(first.status, 200L);
        QCOMPARE(first.json().value(u"last_seen"_s).toObject().value(lea->id()).toString(), u"2026-11-26T08:00:00.000Z"_s);
        const QString mark = first.json().value(u"last_seen_until"_s).toString();
        QVERIFY2(QRegularExpression(u"^[0-9a-z]{8}$"_s).match(mark).hasMatch(), qPrintable(mark));
        // It is the hub's clock less its 10 s of slack.
        const qint64 ms = mark.toLongLong(nullptr, 36);
        QVERIFY2(qAbs(QDateTime::currentMSecsSinceEpoch() - 10'000 - ms) < 60'000, qPrintable(mark));
        teacher->cursor = first.json().value(u"cursor"_s).toString();

        // Nothing new since the mark: the cursor alone.
        const HttpReply quiet = teacher->post(u"/v1/sync"_s, {{u"cursor"_s, teacher->cursor}, {u"v"_s, 4}, {u"seen"_s, mark}});
        QCOMPARE(quiet.status, 200L);
        QCOMPARE(quiet.body, "{\"cursor\":\"" + teacher->cursor.toLatin1() + "\"}");
        // The control: from an ISO mark before Léa's contact (a device that kept the long form's mark), she comes back.
        const HttpReply fromIso = teacher->post(u"/v1/sync"_s, {{u"cursor"_s, teacher->cursor}, {u"v"_s, 4},
                                                                {u"seen"_s, u"2026-11-26T08:01:00.000Z"_s}});
        QCOMPARE(fromIso.json().value(u"last_seen"_s).toObject().keys(), QStringList{hugo->id()});
        // A long mark, nothing new since: the answer brings the mark back short, once, without contacts.
        const HttpReply converting = teacher->post(u"/v1/sync"_s, {{u"cursor"_s, teacher->cursor}, {u"v"_s, 4},
                                                                   {u"seen"_s, HubEngine::nowIso()}});
        QCOMPARE(converting.status, 200L);
        QVERIFY2(!converting.json().contains(u"last_seen"_s), converting.body.constData());
        QVERIFY2(QRegularExpression(u"^[0-9a-z]{8}$"_s).match(converting.json().value(u"last_seen_until"_s).toString()).hasMatch(),
                 converting.body.constData());
        // A device sent back to the long form sends the short mark as last_seen_after: the same answer, the long mark.
        const HttpReply longForm = teacher->post(u"/v1/sync"_s, {{u"cursor"_s, teacher->cursor}, {u"last_seen_after"_s, mark}});
        QCOMPARE(longForm.status, 200L);
        QVERIFY2(!longForm.body.contains("last_seen"), longForm.body.constData());

        // A student's short request is no door to the board.
        QByteArray raw;
        const HttpReply student = lea->post(u"/v1/sync"_s, {{u"cursor"_s, u""_s}, {u"v"_s, 4}, {u"seen"_s, u""_s}});
        QCOMPARE(student.status, 200L);
        QVERIFY2(!student.body.contains("last_seen") && !student.body.contains("2026-11-26T08:05"), student.body.left(400).constData());
    }

    void aBadVersionOrShortMarkIsRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("v as text") << u"v"_s << QJsonValue(u"4"_s);
        QTest::newRow("v zero") << u"v"_s << QJsonValue(0);
        QTest::newRow("v fractional") << u"v"_s << QJsonValue(4.5);
        QTest::newRow("v huge") << u"v"_s << QJsonValue(1e12);
        QTest::newRow("seen past year 9999") << u"seen"_s << QJsonValue(u"zzzzzzzzzzzz"_s);
        QTest::newRow("seen too long") << u"seen"_s << QJsonValue(u"1234567890123"_s);
        QTest::newRow("seen upper case") << u"seen"_s << QJsonValue(u"MJ3K9X2A"_s);
        QTest::newRow("seen a number") << u"seen"_s << QJsonValue(12);
        QTest::newRow("seen not a time") << u"seen"_s << QJsonValue(u"yesterday!"_s);
    }

    void aBadVersionOrShortMarkIsRefused()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QJsonObject body{{u"cursor"_s, teacher->cursor}, {u"v"_s, 4}, {u"seen"_s, u"mxa4gzk0"_s}}; // 2026-12-05T08:00Z
        // The control: the same request with a good value is answered.
        QCOMPARE(teacher->post(u"/v1/sync"_s, body).status, 200L);
        body.insert(field, value);
        const HttpReply r = teacher->post(u"/v1/sync"_s, body);
        QCOMPARE(r.status, 400L);
        QCOMPARE(r.json().value(u"field"_s).toString(), field);
    }

    /// Any short mark up to the year 9999 is taken, as the long form is: a hub whose clock was wrong (a classroom machine
    /// back in 1970, a database days ahead) made its marks from it, and refusing them stopped its teachers' devices for
    /// good (review-p4, F2: a 2019 mark, then a 400 at every sync).
    void aMarkFromAWrongClockIsStillTaken_data()
    {
        QTest::addColumn<QString>("mark");
        QTest::newRow("1970") << u"0"_s;
        QTest::newRow("2019") << QString::number(1'546'300'800'000LL, 36);
        QTest::newRow("2050") << QString::number(2'524'608'000'000LL, 36);
        QTest::newRow("the year 5000 (a word)") << u"yesterday"_s;
    }

    void aMarkFromAWrongClockIsStillTaken()
    {
        QFETCH(QString, mark);
        const HttpReply r = teacher->post(u"/v1/sync"_s, {{u"cursor"_s, teacher->cursor}, {u"v"_s, 4}, {u"seen"_s, mark}});
        QCOMPARE(r.status, 200L);
        // The control: past the year 9999 it is still refused.
        QCOMPARE(teacher->post(u"/v1/sync"_s, {{u"cursor"_s, teacher->cursor}, {u"v"_s, 4}, {u"seen"_s, u"zzzzzzzzzzzz"_s}}).status, 400L);
    }

    /// serve --protocol 3: the hub answers as one of protocol 3 did, whatever the device says (a way back, if a new
    /// device misread short answers).
    void aHubHeldToProtocol3AnswersLong()
    {
        HubLimits limits;
        limits.protocol = 3;
        TestHub old(limits);
        auto t = old.teacher(u"mme.ancienne"_s);
        const QString cls = old.createClass(*t, u"3e D"_s);
        const HttpReply r = t->post(u"/v1/sync"_s, {{u"cursor"_s, u""_s}, {u"v"_s, 4}, {u"seen"_s, u""_s}});
        QCOMPARE(r.status, 200L);
        const QJsonObject o = r.json();
        QVERIFY2(o.value(u"verdicts"_s).isArray() && o.value(u"more"_s) == QJsonValue(false) && !o.contains(u"protocol"_s),
                 r.body.left(300).constData());
        // "seen" is no field of protocol 3: no board for it (a device learns from this answer that the hub is older).
        QVERIFY(!o.contains(u"last_seen_until"_s));
        // Nor is a bad "v" refused: it is no field of protocol 3.
        QCOMPARE(t->post(u"/v1/sync"_s, {{u"cursor"_s, u""_s}, {u"v"_s, u"x"_s}}).status, 200L);
        QCOMPARE(t->request("GET", u"/v1/version"_s).json().value(u"protocol"_s).toInt(), 3);
        // Nor a short mark as last_seen_after: a hub of protocol 3 refuses it (an ISO one is read).
        const HttpReply shortMark = t->post(u"/v1/sync"_s, {{u"cursor"_s, u""_s}, {u"last_seen_after"_s, u"mxa4gzk0"_s}});
        QCOMPARE(shortMark.status, 400L);
        QCOMPARE(shortMark.json().value(u"field"_s).toString(), u"last_seen_after"_s);
        QCOMPARE(t->post(u"/v1/sync"_s, {{u"cursor"_s, u""_s}, {u"last_seen_after"_s, u"2026-12-05T08:00:00.000Z"_s}}).status, 200L);
        Q_UNUSED(cls);
    }

    /// review-p4 F3: protocol 4's short form leaves out empty verdicts and changes, so a large answer that holds only the
    /// board (a teacher of 1,100 pupils with devices: co-taught or school-wide classes) is no page; it went to reply()'s
    /// own level, 19 for 64 KiB or more, outside her packing allowance and the hub's answer budget. Asked again and again
    /// it cost level 19's CPU each time. Now it is packed at level 3. Controls: levels 3 and 19 give different bytes for
    /// this answer (so the comparison tells them apart), and the same board asked in protocol 3's form is a page (tagged,
    /// charged to her allowance).
    void aLargeBoardWithoutChangesIsNotPackedAtLevel19()
    {
        TestHub big;
        auto t = big.teacher(u"mme.ecole"_s);
        const QString cls = big.createClass(*t, u"Collège entier"_s);
        t->pullAll();
        // 1,100 pupils with a device each, written as the hub would have (no 1,100 sign-ins: the rule is about the answer).
        big.server().engine().storage().write([&](HubTransaction &tx) {
            for (int i = 0; i < 1100; ++i) {
                const QString person = QUuid::createUuid().toString(QUuid::WithoutBraces);
                tx.putMembership({cls, person, u"student"_s, 0, 0});
                DeviceRecord d;
                d.deviceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
                d.person = person;
                d.name = u"ordinateur familial"_s;
                d.tokenHash = QCryptographicHash::hash(d.deviceId.toUtf8(), QCryptographicHash::Sha256);
                d.created = u"2026-11-02T08:00:00.000Z"_s;
                d.lastSeen = u"2026-11-20T08:%1:%2.000Z"_s.arg(i / 60 % 60, 2, 10, QChar(u'0')).arg(i % 60, 2, 10, QChar(u'0'));
                tx.putDevice(d);
            }
        });
        const QList<QByteArray> zstd{"Accept-Encoding: zstd"};
        const HttpReply shortForm =
            t->post(u"/v1/sync"_s, {{u"cursor"_s, t->cursor}, {u"v"_s, 4}, {u"seen"_s, u""_s}}, zstd);
        QCOMPARE(shortForm.status, 200L);
        QCOMPARE(shortForm.header("content-encoding"), QByteArray("zstd"));
        const QByteArray json = Continuite::Inflate::zstd(shortForm.body, 8 * 1024 * 1024).data;
        const QJsonObject answer = QJsonDocument::fromJson(json).object();
        QCOMPARE(answer.value(u"last_seen"_s).toObject().size(), 1100);
        QVERIFY2(!answer.contains(u"changes"_s) && !answer.contains(u"verdicts"_s), json.left(200).constData());
        QVERIFY2(json.size() >= 64 * 1024, qPrintable(QString::number(json.size()))); // a large answer
        const QByteArray level3 = Continuite::Hub::Wire::deflateZstd(json, 3), level19 = Continuite::Hub::Wire::deflateZstd(json, 19);
        QVERIFY(level3 != level19); // the control: the packing says its level
        QVERIFY2(shortForm.body == level3, qPrintable(u"%1 B sent; level 3 %2 B, level 19 %3 B"_s.arg(shortForm.body.size())
                                                          .arg(level3.size()).arg(level19.size())));
        QVERIFY(shortForm.header("etag").isEmpty()); // no page: nothing to resume
        // The same board in protocol 3's form: "changes":[] is there, the answer is a page, its packing charged and tagged.
        const HttpReply longForm = t->post(u"/v1/sync"_s, {{u"cursor"_s, t->cursor}, {u"last_seen_after"_s, u""_s}}, zstd);
        QCOMPARE(longForm.status, 200L);
        QVERIFY(!longForm.header("etag").isEmpty());
    }

    void aClassOfThirtyCostsLittle()
    {
        // What the board costs on the wire for a class of 30 (PROTOCOL.md quotes these figures).
        TestHub big;
        auto t = big.teacher(u"mme.grand"_s);
        const QString cls = big.createClass(*t, u"4e C"_s);
        std::vector<std::unique_ptr<Client>> students;
        for (int i = 0; i < 30; ++i)
            students.push_back(big.student(*t, cls, u"eleve%1"_s.arg(i, 2, 10, QChar(u'0'))));
        t->pullAll();
        const QList<QByteArray> zstd{"Accept-Encoding: zstd"};
        auto syncBytes = [&](const QJsonObject &body, QByteArray *json = nullptr) {
            const HttpReply plain = t->post(u"/v1/sync"_s, body);
            if (json)
                *json = plain.body;
            const HttpReply packed = t->post(u"/v1/sync"_s, body, zstd);
            return std::pair<qint64, qint64>{qint64(plain.body.size()), packed.wireBytes};
        };
        const QJsonObject empty{{u"cursor"_s, t->cursor}};
        QByteArray json;
        const auto without = syncBytes(empty);
        QJsonObject asking = empty;
        asking.insert(u"last_seen_after"_s, u""_s);
        const auto all = syncBytes(asking, &json);
        const QJsonObject answer = QJsonDocument::fromJson(json).object();
        QCOMPARE(answer.value(u"last_seen"_s).toObject().size(), 30);
        asking.insert(u"last_seen_after"_s, answer.value(u"last_seen_until"_s));
        // Everyone signed in less than 10 s ago, within the slack: to see the steady state, stamp them older.
        big.server().engine().storage().write([&](HubTransaction &tx) {
            for (const auto &s : students)
                tx.touchDevice(s->deviceId, s->id(), u"2026-11-20T08:00:00.000Z"_s);
        });
        const auto steady = syncBytes(asking);
        qInfo("class of 30, whole map: +%lld bytes of JSON (%lld -> %lld), +%lld bytes on the wire with zstd (%lld -> %lld)",
              all.first - without.first, without.first, all.first, all.second - without.second, without.second, all.second);
        qInfo("class of 30, nothing new: +%lld bytes of JSON, +%lld on the wire", steady.first - without.first,
              steady.second - without.second);
        // 30 × ("<36-char id>":"<24-char time>",) plus the mark: about 2 KB of JSON, far less once compressed.
        QVERIFY(all.first - without.first < 2200);
        QVERIFY(all.second - without.second < 1400);
        // The request grows by "last_seen_after" (≈50 bytes); the answer by nothing.
        QCOMPARE(steady.first, without.first);
    }
};

QTEST_GUILESS_MAIN(TestHubLastSeen)
#include "tst_hublastseen.moc"
