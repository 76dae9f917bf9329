// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// Vouched device keys: a student device that never signed in to the hub (its work came by USB or from a
// classroom session) is believed on the word of a teacher of that student, signed by the teacher's device.
#include "hubtestkit.h"


using namespace HubTest;


class TestHubVouch : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestHub> hub;
    KeyedDevice teacherPc, otherTeacherPc;
    std::unique_ptr<Client> t1, t2, s2;
    QString classA, classB, assignmentA, leaId, tomId;

    QJsonObject submission(const KeyedDevice &device, const QString &student, const QString &text)
    {
        return device.signedChange(u"submission"_s, newUuid(), classA, student,
                                   {{u"assignment_id"_s, assignmentA}, {u"student"_s, student}, {u"text"_s, text}});
    }

private Q_SLOTS:
    void initTestCase()
    {
        hub = std::make_unique<TestHub>();
        t1 = hub->keyedTeacher(u"t1"_s, teacherPc);
        t2 = hub->keyedTeacher(u"t2"_s, otherTeacherPc);
        classA = hub->createClass(*t1, u"CM1 A"_s);
        classB = hub->createClass(*t2, u"CM1 B"_s);
        // Léa and Tom never sign in to this hub: they got their lessons by USB.
        leaId = newUuid();
        tomId = newUuid();
        for (const auto &[person, login, cls, teacher] : {std::tuple{leaId, u"lea"_s, classA, t1.get()},
                                                          std::tuple{tomId, u"tom"_s, classB, t2.get()}}) {
            const QJsonObject r = teacher->sync({change(u"member"_s, newUuid(), cls, *teacher,
                                                        {{u"person"_s, person}, {u"role"_s, u"student"_s}, {u"login"_s, login},
                                                         {u"display_name"_s, login}})});
            QCOMPARE(verdictOf(r), u"applied"_s);
        }
        s2 = hub->student(*t1, classA, u"s2code"_s);
        assignmentA = newUuid();
        const QJsonObject r = t1->sync({change(u"assignment"_s, assignmentA, classA, *t1,
                                               {{u"title"_s, u"Quiz"_s}, {u"status"_s, u"published"_s}})});
        QCOMPARE(verdictOf(r), u"applied"_s);
    }

    void unknownDeviceIsRefusedWithAReason()
    {
        const KeyedDevice leaLaptop;
        const QJsonObject r = relay(*t1, {}, {submission(leaLaptop, leaId, u"sans clé"_s)});
        QCOMPARE(verdictOf(r), u"rejected"_s);
        QVERIFY2(reasonOf(r).contains(u"no teacher vouched"_s), qPrintable(reasonOf(r)));
    }

    void teacherVouchesForHerStudentsDevice()
    {
        const KeyedDevice leaLaptop;
        const QJsonObject work = submission(leaLaptop, leaId, u"rendu sur clé"_s);
        const QJsonArray keys{vouch(teacherPc, leaLaptop.deviceId, leaId, leaLaptop.keys.publicKey)};
        QJsonObject r = relay(*t1, keys, {work});
        QCOMPARE(t1->lastStatus, 200L);
        QCOMPARE(verdictOf(r), u"applied"_s);
        // Replayed with the same vouch, or relayed again without it: the same answer, stored once.
        r = relay(*t1, keys, {work});
        QCOMPARE(verdictOf(r), u"applied"_s);
        const QJsonObject later = submission(leaLaptop, leaId, u"deuxième rendu"_s);
        r = relay(*t1, {}, {later});
        QCOMPARE(verdictOf(r), u"applied"_s);
        int seen = 0;
        Client reader(hub->url());
        QVERIFY(reader.login(u"t1"_s, u"password-t1"_s));
        for (const QJsonValue &v : reader.pullAll())
            seen += v.toObject().value(u"id"_s).toString() == work.value(u"id"_s).toString();
        QCOMPARE(seen, 1);

        // The vouched key checks every relayed change: one altered after signing is refused.
        QJsonObject altered = submission(leaLaptop, leaId, u"original"_s);
        QJsonObject fields = altered.value(u"fields"_s).toObject();
        fields.insert(u"text"_s, u"falsifié"_s);
        altered.insert(u"fields"_s, fields);
        r = relay(*t1, {}, {altered});
        QCOMPARE(verdictOf(r), u"rejected"_s);
        QVERIFY2(reasonOf(r).startsWith(u"forbidden"_s) && reasonOf(r).contains(u"altered or forged"_s), qPrintable(reasonOf(r)));
    }

    void refusedVouches_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("reason");
        QTest::newRow("student of another class") << u"other-class"_s << u"students of their classes"_s;
        QTest::newRow("signed by another key") << u"wrong-signer"_s << u"not signed by the key"_s;
        QTest::newRow("another teacher's device") << u"other-teacher"_s << u"students of their classes"_s;
        QTest::newRow("a student vouching") << u"student"_s << u"only a teacher"_s;
        QTest::newRow("device signed in with another key") << u"registered"_s << u"signed in here with another key"_s;
    }

    void refusedVouches()
    {
        QFETCH(QString, who);
        QFETCH(QString, reason);
        KeyedDevice studentDevice;
        QString student = leaId;
        Client *relayer = t1.get();
        QJsonObject key = vouch(teacherPc, studentDevice.deviceId, leaId, studentDevice.keys.publicKey);
        if (who == u"other-class"_s) {
            student = tomId;
            key = vouch(teacherPc, studentDevice.deviceId, tomId, studentDevice.keys.publicKey);
        } else if (who == u"wrong-signer"_s) {
            key = vouch(otherTeacherPc, studentDevice.deviceId, leaId, studentDevice.keys.publicKey);
        } else if (who == u"other-teacher"_s) {
            relayer = t2.get();
            key = vouch(otherTeacherPc, studentDevice.deviceId, leaId, studentDevice.keys.publicKey);
        } else if (who == u"student"_s) {
            relayer = s2.get();
        } else if (who == u"registered"_s) {
            // Léa's device signed in with its own key; a vouch for another key in its name is a forgery.
            Client device(hub->url());
            device.deviceId = studentDevice.deviceId;
            QVERIFY(device.post(u"/v1/login"_s, {{u"login"_s, u"s2code"_s}, {u"password"_s, u"4821"_s},
                                                 {u"device_id"_s, studentDevice.deviceId}, {u"device_key"_s, studentDevice.publicKey()},
                                                 {u"device_proof"_s, studentDevice.proof()}})
                        .status == 200);
            student = s2->id();
            studentDevice.keys = Signing::newKeyPair();
            key = vouch(teacherPc, studentDevice.deviceId, student, studentDevice.keys.publicKey);
        }
        const QJsonObject work = studentDevice.signedChange(u"submission"_s, newUuid(), classA, student,
                                                            {{u"assignment_id"_s, assignmentA}, {u"student"_s, student}, {u"text"_s, who}});
        const QJsonObject r = relay(*relayer, {key}, {work});
        QCOMPARE(relayer->lastStatus, 200L);
        QCOMPARE(verdictOf(r), u"rejected"_s);
        QVERIFY2(reasonOf(r).startsWith(u"forbidden"_s) && reasonOf(r).contains(reason), qPrintable(reasonOf(r)));
    }

    void malformedKeysAreA400()
    {
        const KeyedDevice d;
        QJsonObject shortKey = vouch(teacherPc, d.deviceId, leaId, d.keys.publicKey);
        shortKey.insert(u"key"_s, u"AAAA"_s);
        for (const QJsonValue &keys : {QJsonValue(u"x"_s), QJsonValue(QJsonArray{1}), QJsonValue(QJsonArray{shortKey}),
                                       QJsonValue(QJsonArray{QJsonObject{{u"device"_s, u"nope"_s}}})}) {
            const HttpReply r = t1->post(u"/v1/sync"_s, {{u"device_keys"_s, keys}});
            QCOMPARE(r.status, 400L);
            QCOMPARE(r.json().value(u"field"_s).toString(), u"device_keys"_s);
        }
    }

    void aDeviceIsVouchedForOncePerRequest()
    {
        // A review (session 11): each entry of "device_keys" was proved against every change naming its device, before
        // the sender's role was looked at; 1,000 copies of one entry with 5,000 changes made a pupil's one request cost
        // the hub 56 s of CPU, and eight of them held every worker. Now a pair is named once (400 otherwise), only a
        // teacher's entries are proved, and each on at most two of its changes.
        const KeyedDevice tablet;
        const QJsonObject entry = vouch(teacherPc, tablet.deviceId, leaId, tablet.keys.publicKey);
        QJsonArray copies;
        for (int i = 0; i < 20; ++i)
            copies.append(entry);
        QJsonArray changes;
        for (int i = 0; i < 50; ++i) {
            QJsonObject forged = submission(tablet, leaId, u"copie %1"_s.arg(i));
            forged.insert(u"sig"_s, QString::fromLatin1(QByteArray(64, 'x').toBase64()));
            changes.append(forged);
        }
        for (Client *sender : {t1.get(), s2.get()}) {
            const HttpReply r = sender->post(u"/v1/sync"_s, {{u"device_keys"_s, copies}, {u"changes"_s, changes}});
            QCOMPARE(r.status, 400L);
            QCOMPARE(r.json().value(u"field"_s).toString(), u"device_keys"_s);
        }
        // Positive control: the entry once, with its forged changes first and its real work after: the two tries are
        // the forged ones, so the vouch is not proved and nothing is kept; sent with the real work first, it is.
        QJsonArray forgedFirst = changes;
        forgedFirst.append(submission(tablet, leaId, u"vrai travail"_s));
        QJsonObject r = t1->post(u"/v1/sync"_s, {{u"device_keys"_s, QJsonArray{entry}}, {u"changes"_s, forgedFirst}}).json();
        QVERIFY2(reasonOf(r, 50).contains(u"not shown to be that device"_s), qPrintable(reasonOf(r, 50)));
        const QJsonObject real = submission(tablet, leaId, u"vrai travail, encore"_s);
        r = relay(*t1, QJsonArray{entry}, {real});
        QCOMPARE(verdictOf(r), u"applied"_s);
    }
};

QTEST_GUILESS_MAIN(TestHubVouch)
#include "tst_hubvouch.moc"
