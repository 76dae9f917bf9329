// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// A teacher's continuity board needs to know when each student last reached the hub: /v1/sync's
// "last_seen_after" / "last_seen" (PROTOCOL.md). Only a teacher of the class may learn it, and only what changed.
#include "hubtestkit.h"

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
        QTest::newRow("not a time") << QJsonValue(u"yesterday"_s);
        QTest::newRow("too long") << QJsonValue(QString(100, u'2'));
    }

    void badMarkIsRefused()
    {
        QFETCH(QJsonValue, after);
        const HttpReply r = teacher->post(u"/v1/sync"_s, {{u"last_seen_after"_s, after}});
        QCOMPARE(r.status, 400L);
        QCOMPARE(r.json().value(u"field"_s).toString(), u"last_seen_after"_s);
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
