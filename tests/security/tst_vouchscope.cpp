// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// Issue 11, point 2: a vouched key is a teacher's word, good in that teacher's classes only. Before, a teacher who
// taught Léa in one class vouched for a key he made up and then wrote "her" work in every class she is in.
#include "hubtestkit.h"

using namespace HubTest;

class TestVouchScope : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestHub> hub;
    KeyedDevice martinPc, duboisPc, bernardPc;
    std::unique_ptr<Client> martin; ///< teaches Léa in class A (and co-teaches B, to enrol her there)
    std::unique_ptr<Client> dubois; ///< teaches Léa in class B only: the second teacher, who does not teach her in A
    std::unique_ptr<Client> bernard; ///< teaches class C, where Léa is not
    QString classA, classB, classC, assignmentA, assignmentB, leaId;

    QJsonObject work(const KeyedDevice &device, const QString &classId, const QString &assignment, const QString &text)
    {
        return device.signedChange(u"submission"_s, newUuid(), classId, leaId,
                                   {{u"assignment_id"_s, assignment}, {u"student"_s, leaId}, {u"text"_s, text}});
    }

private Q_SLOTS:
    void init()
    {
        hub = std::make_unique<TestHub>();
        martin = hub->keyedTeacher(u"mme.martin"_s, martinPc);
        dubois = hub->keyedTeacher(u"m.dubois"_s, duboisPc);
        bernard = hub->keyedTeacher(u"m.bernard"_s, bernardPc);
        classA = hub->createClass(*martin, u"6e A"_s);
        classB = hub->createClass(*dubois, u"Latin"_s);
        classC = hub->createClass(*bernard, u"6e C"_s);
        // Léa, in class A, is enrolled in B by her teacher, whom Dubois made a co-teacher of B.
        auto lea = hub->student(*martin, classA, u"lea.m"_s);
        leaId = lea->id();
        QCOMPARE(verdictOf(dubois->sync({change(u"member"_s, newUuid(), classB, *dubois,
                                                {{u"person"_s, martin->id()}, {u"role"_s, u"teacher"_s}})})),
                 u"applied"_s);
        QCOMPARE(verdictOf(martin->sync({change(u"member"_s, newUuid(), classB, *martin,
                                                {{u"person"_s, leaId}, {u"role"_s, u"student"_s}})})),
                 u"applied"_s);
        assignmentA = newUuid();
        assignmentB = newUuid();
        QCOMPARE(verdictOf(martin->sync({change(u"assignment"_s, assignmentA, classA, *martin,
                                                {{u"title"_s, u"Devoir A"_s}, {u"status"_s, u"published"_s}})})),
                 u"applied"_s);
        QCOMPARE(verdictOf(dubois->sync({change(u"assignment"_s, assignmentB, classB, *dubois,
                                                {{u"title"_s, u"Devoir B"_s}, {u"status"_s, u"published"_s}})})),
                 u"applied"_s);
    }

    void aVouchSignsOnlyInTheVouchersClasses()
    {
        // Dubois teaches Léa in B only. He vouches for a key of his own making as "Léa's laptop"...
        const KeyedDevice madeUp;
        const QJsonArray keys{vouch(duboisPc, madeUp.deviceId, leaId, madeUp.keys.publicKey)};
        // ...and writes "her" work in class A, which he does not teach: refused.
        QJsonObject r = relay(*dubois, keys, {work(madeUp, classA, assignmentA, u"forgé dans A"_s)});
        QCOMPARE(dubois->lastStatus, 200L);
        QCOMPARE(verdictOf(r), u"rejected"_s);
        QVERIFY2(reasonOf(r).startsWith(u"forbidden"_s) && reasonOf(r).contains(u"teacher of this class must vouch"_s),
                 qPrintable(reasonOf(r)));
        // Relayed by her own teacher of A, without a vouch of hers, it is still refused: the key is Dubois's word.
        r = relay(*martin, {}, {work(madeUp, classA, assignmentA, u"relayé par Martin"_s)});
        QCOMPARE(verdictOf(r), u"rejected"_s);

        // Positive control: in Dubois's own class the key he vouched for signs (what a relay of a USB pack needs).
        r = relay(*dubois, keys, {work(madeUp, classB, assignmentB, u"rendu dans B"_s)});
        QCOMPARE(verdictOf(r), u"applied"_s);
        // And carried by someone else (Bernard, who teaches neither class) it is judged the same: the relay adds
        // nothing, the vouch decides.
        r = relay(*bernard, {}, {work(madeUp, classB, assignmentB, u"B, relayé par Bernard"_s)});
        QCOMPARE(verdictOf(r), u"applied"_s);
    }

    void eachVoucherAddsHerClasses()
    {
        const KeyedDevice laptop;
        QCOMPARE(verdictOf(relay(*dubois, {vouch(duboisPc, laptop.deviceId, leaId, laptop.keys.publicKey)},
                                 {work(laptop, classB, assignmentB, u"B"_s)})),
                 u"applied"_s);
        const QJsonObject inA = work(laptop, classA, assignmentA, u"A"_s);
        QCOMPARE(verdictOf(relay(*dubois, {}, {inA})), u"rejected"_s);
        // Her teacher in A vouches for the same key: now it signs in A too, and the same change is judged again.
        QCOMPARE(verdictOf(relay(*martin, {vouch(martinPc, laptop.deviceId, leaId, laptop.keys.publicKey)}, {inA})),
                 u"applied"_s);
    }

    void aTeacherWhoDoesNotTeachHerCannotVouch()
    {
        // Bernard teaches neither of her classes: his vouch is refused, in his class or hers.
        const KeyedDevice madeUp;
        const QJsonArray keys{vouch(bernardPc, madeUp.deviceId, leaId, madeUp.keys.publicKey)};
        for (const auto &[cls, assignment] : {std::pair{classA, assignmentA}, std::pair{classC, QString()}}) {
            const QJsonObject r = relay(*bernard, keys, {work(madeUp, cls, assignment, u"forgé"_s)});
            QCOMPARE(verdictOf(r), u"rejected"_s);
            QVERIFY2(reasonOf(r).startsWith(u"forbidden"_s), qPrintable(reasonOf(r)));
        }
    }

    void aKeyTheDeviceRegisteredSignsWhereverSheWrites()
    {
        // Control: a key the device registered itself at sign-in is not a vouch; her work in both classes is hers.
        const KeyedDevice phone;
        auto lea = keyedLogin(hub->url(), u"lea.m"_s, u"4821"_s, phone);
        QVERIFY(!lea->token.isEmpty());
        QCOMPARE(verdictOf(relay(*dubois, {}, {work(phone, classA, assignmentA, u"A"_s)})), u"applied"_s);
        QCOMPARE(verdictOf(relay(*dubois, {}, {work(phone, classB, assignmentB, u"B"_s)})), u"applied"_s);
    }
};

QTEST_GUILESS_MAIN(TestVouchScope)
#include "tst_vouchscope.moc"
