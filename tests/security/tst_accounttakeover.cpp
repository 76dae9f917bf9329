// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// Issue 11, point 1: a teacher who does not teach a student cannot take her account over. Her person id is in every
// class pack; before, a `member` change naming it enrolled her in the attacker's class, and from there her PIN, her
// name, her devices and vouches for new ones were the attacker's. Only a teacher who already teaches her may enrol her
// elsewhere or change her account (SECURITY.md, "Who may act as whom").
#include "hubtestkit.h"

using namespace HubTest;

class TestAccountTakeover : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestHub> hub;
    KeyedDevice martinPc, duboisPc;
    std::unique_ptr<Client> martin; ///< Léa's teacher (class A)
    std::unique_ptr<Client> dubois; ///< the second teacher, who does not teach her (class B)
    std::unique_ptr<Client> lea;
    QString classA, classB, leaRow;

    QJsonObject memberOfLea(Client &teacher, const QString &row, const QString &classId, QJsonObject fields)
    {
        fields.insert(u"person"_s, lea->id());
        fields.insert(u"role"_s, u"student"_s);
        return teacher.sync({change(u"member"_s, row, classId, teacher, fields)});
    }

    static QString pinHash(const char *pin)
    {
        return QString::fromLatin1(Crypto::hashSecret(pin, Crypto::Cost::Minimal));
    }

    /// True when @p reader's next pulls carry a change of @p classId.
    static bool reads(Client &reader, const QString &classId)
    {
        for (const QJsonValue &v : reader.pullAll())
            if (v.toObject().value(u"class"_s).toString() == classId)
                return true;
        return false;
    }

private Q_SLOTS:
    void init()
    {
        hub = std::make_unique<TestHub>();
        martin = hub->keyedTeacher(u"mme.martin"_s, martinPc);
        dubois = hub->keyedTeacher(u"m.dubois"_s, duboisPc);
        classA = hub->createClass(*martin, u"6e A"_s);
        classB = hub->createClass(*dubois, u"6e B"_s);
        lea = hub->student(*martin, classA, u"lea.m"_s, u"4821"_s, &leaRow);
        QVERIFY(!lea->token.isEmpty());
        lea->pullAll();
        // Class B has a lesson: whoever is enrolled there receives it.
        QCOMPARE(verdictOf(dubois->sync({change(u"lesson"_s, newUuid(), classB, *dubois,
                                                {{u"title"_s, u"Cours B"_s}, {u"status"_s, u"published"_s}})})),
                 u"applied"_s);
    }

    void anotherTeacherCannotEnrolHer()
    {
        // The attack: only "person" and "role", in a class the attacker teaches.
        const QJsonObject r = memberOfLea(*dubois, newUuid(), classB, {{u"display_name"_s, u"Léa"_s}});
        QCOMPARE(verdictOf(r), u"rejected"_s);
        QVERIFY2(reasonOf(r).startsWith(u"forbidden"_s) && reasonOf(r).contains(u"already teaches"_s), qPrintable(reasonOf(r)));
        QVERIFY2(!reads(*lea, classB), "the student was enrolled by a teacher who does not teach her");

        // Positive control: her own teacher enrols her in a second class of hers; Léa receives it.
        const QString classC = hub->createClass(*martin, u"Soutien"_s);
        QCOMPARE(verdictOf(memberOfLea(*martin, newUuid(), classC, {{u"display_name"_s, u"Léa"_s}})), u"applied"_s);
        QVERIFY(reads(*lea, classC));
    }

    void anotherTeacherCannotSetHerPin()
    {
        // The attack in two steps, as it worked: enrol her with "person" and "role" only, then set her PIN.
        const QString row = newUuid();
        memberOfLea(*dubois, row, classB, {});
        QCOMPARE(verdictOf(memberOfLea(*dubois, row, classB, {{u"pin_hash"_s, pinHash("0000")}})), u"rejected"_s);
        QCOMPARE(verdictOf(memberOfLea(*dubois, newUuid(), classB, {{u"pin_hash"_s, pinHash("0000")}})), u"rejected"_s);
        QVERIFY2(!hub->signsIn(u"lea.m"_s, u"0000"_s), "a teacher who does not teach her signed in as her");
        QVERIFY(hub->signsIn(u"lea.m"_s, u"4821"_s));
        // Nor her login code, on a row of her own class he does not teach.
        QCOMPARE(verdictOf(memberOfLea(*dubois, leaRow, classA, {{u"login"_s, u"volee"_s}})), u"rejected"_s);
        QVERIFY(!hub->signsIn(u"volee"_s, u"4821"_s));

        // Positive control: her teacher gives her a new PIN on her row.
        QCOMPARE(verdictOf(memberOfLea(*martin, leaRow, classA, {{u"pin_hash"_s, pinHash("1357")}})), u"applied"_s);
        QVERIFY(hub->signsIn(u"lea.m"_s, u"1357"_s));
        QVERIFY(!hub->signsIn(u"lea.m"_s, u"4821"_s));
    }

    void anotherTeacherCannotRenameHer()
    {
        QCOMPARE(verdictOf(memberOfLea(*dubois, newUuid(), classB, {{u"display_name"_s, u"Nom volé"_s}})), u"rejected"_s);
        Client fresh(hub->url());
        QVERIFY(fresh.login(u"lea.m"_s, u"4821"_s));
        QCOMPARE(fresh.person.value(u"display_name"_s).toString(), u"Élève lea.m"_s);

        QCOMPARE(verdictOf(memberOfLea(*martin, leaRow, classA, {{u"display_name"_s, u"Léa Martin"_s}})), u"applied"_s);
        QVERIFY(fresh.login(u"lea.m"_s, u"4821"_s));
        QCOMPARE(fresh.person.value(u"display_name"_s).toString(), u"Léa Martin"_s);
    }

    void anotherTeacherCannotRemoveHer()
    {
        QCOMPARE(verdictOf(dubois->sync({change(u"member"_s, leaRow, classA, *dubois, {{u"deleted"_s, true}})})), u"rejected"_s);
        const QString lesson = newUuid();
        martin->sync({change(u"lesson"_s, lesson, classA, *martin, {{u"title"_s, u"Après"_s}, {u"status"_s, u"published"_s}})});
        QVERIFY(reads(*lea, classA));
    }

    void anotherTeacherCannotTouchHerDevices()
    {
        // Whatever his enrolment attempt did, he is not her teacher: no device of hers to list, sign out or vouch for.
        memberOfLea(*dubois, newUuid(), classB, {});
        const QString path = u"/v1/devices/%1?person=%2"_s.arg(lea->deviceId, lea->id());
        QCOMPARE(dubois->request("DELETE", path).status, 403L);
        for (const QJsonValue &d : dubois->request("GET", u"/v1/devices"_s).json().value(u"devices"_s).toArray())
            QVERIFY2(d.toObject().value(u"person"_s).toString() != lea->id(), "her devices are listed to a stranger");
        const KeyedDevice forged;
        const QJsonObject assignmentB = dubois->sync({change(u"assignment"_s, newUuid(), classB, *dubois,
                                                             {{u"title"_s, u"Devoir B"_s}, {u"status"_s, u"published"_s}})});
        QCOMPARE(verdictOf(assignmentB), u"applied"_s);
        const QJsonObject r = relay(*dubois, {vouch(duboisPc, forged.deviceId, lea->id(), forged.keys.publicKey)},
                                    {forged.signedChange(u"submission"_s, newUuid(), classB, lea->id(),
                                                         {{u"student"_s, lea->id()}, {u"text"_s, u"faux"_s}})});
        QCOMPARE(verdictOf(r), u"rejected"_s);
        QVERIFY2(reasonOf(r).contains(u"vouched"_s), qPrintable(reasonOf(r)));

        // Positive control: her teacher signs her device out; it gets 401 revoked.
        QCOMPARE(lea->request("POST", u"/v1/sync"_s, "{}").status, 200L);
        QCOMPARE(martin->request("DELETE", path).status, 204L);
        QCOMPARE(lea->request("POST", u"/v1/sync"_s, "{}").status, 401L);
    }

    void aTeacherOfHersLetsAColleagueIn()
    {
        // The way in for a colleague: her teacher makes him a co-teacher of her class; then he teaches her.
        QCOMPARE(verdictOf(martin->sync({change(u"member"_s, newUuid(), classA, *martin,
                                                {{u"person"_s, dubois->id()}, {u"role"_s, u"teacher"_s}})})),
                 u"applied"_s);
        QCOMPARE(verdictOf(memberOfLea(*dubois, newUuid(), classB, {{u"display_name"_s, u"Léa"_s}})), u"applied"_s);
        QVERIFY(reads(*lea, classB));
    }

    void anyTeacherStillMakesNewCards()
    {
        // Control: the rule is about existing accounts; a new student card is every teacher's to make.
        auto tom = hub->student(*dubois, classB, u"tom.d"_s);
        QVERIFY(!tom->token.isEmpty());
        QVERIFY(reads(*tom, classB));
    }
};

QTEST_GUILESS_MAIN(TestAccountTakeover)
#include "tst_accounttakeover.moc"
