// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// Issue 11, point 3: a signed-out (revoked) device signs nothing from then on. Before, its token stopped working but
// its key still signed relayed work: a stolen phone kept writing as the student through anyone who relayed for it.
// What it signed before and the hub already has stays.
#include "hubtestkit.h"

using namespace HubTest;

class TestRevokedKey : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestHub> hub;
    KeyedDevice martinPc, duboisPc, leaPhone;
    std::unique_ptr<Client> martin; ///< Léa's teacher
    std::unique_ptr<Client> dubois; ///< the second teacher, who does not teach her
    std::unique_ptr<Client> phone;  ///< Léa's phone, signed in with its key
    std::unique_ptr<Client> sibling; ///< another student, who might carry a pack
    QString classA, classB, assignmentA, leaId;

    QJsonObject work(const KeyedDevice &device, const QString &text)
    {
        return device.signedChange(u"submission"_s, newUuid(), classA, leaId,
                                   {{u"assignment_id"_s, assignmentA}, {u"student"_s, leaId}, {u"text"_s, text}});
    }

    bool teacherReads(const QString &changeId)
    {
        Client reader(hub->url());
        if (!reader.login(u"mme.martin"_s, u"password-mme.martin"_s))
            return false;
        for (const QJsonValue &v : reader.pullAll())
            if (v.toObject().value(u"id"_s).toString() == changeId)
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
        leaId = hub->student(*martin, classA, u"lea.m"_s)->id();
        sibling = hub->student(*dubois, classB, u"tom.d"_s);
        leaPhone = KeyedDevice{};
        phone = keyedLogin(hub->url(), u"lea.m"_s, u"4821"_s, leaPhone);
        QVERIFY(!phone->token.isEmpty());
        assignmentA = newUuid();
        QCOMPARE(verdictOf(martin->sync({change(u"assignment"_s, assignmentA, classA, *martin,
                                                {{u"title"_s, u"Devoir"_s}, {u"status"_s, u"published"_s}})})),
                 u"applied"_s);
    }

    void aRevokedPhoneSignsNothing()
    {
        // Before: her phone's work, relayed by her teacher, is hers.
        const QJsonObject before = work(leaPhone, u"avant le vol"_s);
        QCOMPARE(verdictOf(relay(*martin, {}, {before})), u"applied"_s);

        // The phone is stolen; the second teacher, who does not teach her, cannot sign it out...
        const QString path = u"/v1/devices/%1?person=%2"_s.arg(leaPhone.deviceId, leaId);
        QCOMPARE(dubois->request("DELETE", path).status, 403L);
        // ...her teacher does.
        QCOMPARE(martin->request("DELETE", path).status, 204L);
        QCOMPARE(phone->request("POST", u"/v1/sync"_s, "{}").status, 401L);

        // The thief's work, signed by the phone's key, carried by anyone: refused.
        for (Client *carrier : {martin.get(), dubois.get(), sibling.get()}) {
            const QJsonObject r = relay(*carrier, {}, {work(leaPhone, u"écrit par le voleur"_s)});
            QCOMPARE(carrier->lastStatus, 200L);
            QCOMPARE(verdictOf(r), u"rejected"_s);
            QVERIFY2(reasonOf(r).startsWith(u"forbidden"_s) && reasonOf(r).contains(u"signed out"_s), qPrintable(reasonOf(r)));
        }
        // Nor can a vouch bring the key back.
        const QJsonObject r = relay(*martin, {vouch(martinPc, leaPhone.deviceId, leaId, leaPhone.keys.publicKey)},
                                    {work(leaPhone, u"revouché"_s)});
        QCOMPARE(verdictOf(r), u"rejected"_s);

        // Positive controls: what the phone signed before stays (and its replay answers as the first time); Léa's
        // other device writes as usual.
        QVERIFY(teacherReads(before.value(u"id"_s).toString()));
        QCOMPARE(verdictOf(relay(*martin, {}, {before})), u"applied"_s);
        const KeyedDevice laptop;
        auto lea = keyedLogin(hub->url(), u"lea.m"_s, u"4821"_s, laptop);
        QCOMPARE(verdictOf(lea->sync({change(u"submission"_s, newUuid(), classA, *lea,
                                             {{u"assignment_id"_s, assignmentA}, {u"student"_s, leaId}, {u"text"_s, u"portable"_s}})})),
                 u"applied"_s);
        QCOMPARE(verdictOf(relay(*dubois, {}, {work(laptop, u"portable, relayé"_s)})), u"applied"_s);
    }

    void aVouchedDeviceCanBeSignedOut()
    {
        // A laptop that only ever saw USB packs: known to the hub by her teacher's vouch alone.
        const KeyedDevice usbLaptop;
        const QJsonObject first = work(usbLaptop, u"par clé USB"_s);
        QCOMPARE(verdictOf(relay(*martin, {vouch(martinPc, usbLaptop.deviceId, leaId, usbLaptop.keys.publicKey)}, {first})),
                 u"applied"_s);

        // Her teacher finds it in her list of devices; the second teacher, who does not teach her, does not.
        auto listed = [&](Client &c) {
            for (const QJsonValue &d : c.request("GET", u"/v1/devices"_s).json().value(u"devices"_s).toArray())
                if (d[u"id"_s].toString() == usbLaptop.deviceId && d[u"person"_s].toString() == leaId)
                    return d.toObject();
            return QJsonObject();
        };
        QCOMPARE(listed(*martin).value(u"vouched"_s).toBool(), true);
        QCOMPARE(listed(*martin).value(u"revoked"_s).toBool(), false);
        QVERIFY(listed(*dubois).isEmpty());
        const QString path = u"/v1/devices/%1?person=%2"_s.arg(usbLaptop.deviceId, leaId);
        QCOMPARE(dubois->request("DELETE", path).status, 403L);
        QCOMPARE(martin->request("DELETE", path).status, 204L);
        QCOMPARE(listed(*martin).value(u"revoked"_s).toBool(), true);
        QCOMPARE(martin->request("DELETE", u"/v1/devices/%1?person=%2"_s.arg(newUuid(), leaId)).status, 404L);

        QJsonObject r = relay(*martin, {}, {work(usbLaptop, u"après"_s)});
        QCOMPARE(verdictOf(r), u"rejected"_s);
        QVERIFY2(reasonOf(r).contains(u"signed out"_s), qPrintable(reasonOf(r)));
        r = relay(*martin, {vouch(martinPc, usbLaptop.deviceId, leaId, usbLaptop.keys.publicKey)}, {work(usbLaptop, u"revouché"_s)});
        QCOMPARE(verdictOf(r), u"rejected"_s);
        QVERIFY(teacherReads(first.value(u"id"_s).toString()));
    }

    void aSignedOutVouchedTabletDoesNotComeBackBySigningIn()
    {
        // Léa's USB tablet, known here by her teacher's vouch, is signed out. Her teacher knows her PIN (he made her
        // card): before, he signed in as Léa with the tablet's device id and key, and the key signed again (a sign-in's
        // key is looked up before a vouched one). Now such a sign-in is refused, with the device id or with the key.
        const KeyedDevice tablet;
        QCOMPARE(verdictOf(relay(*martin, {vouch(martinPc, tablet.deviceId, leaId, tablet.keys.publicKey)},
                                 {work(tablet, u"par clé USB"_s)})),
                 u"applied"_s);
        QCOMPARE(martin->request("DELETE", u"/v1/devices/%1?person=%2"_s.arg(tablet.deviceId, leaId)).status, 204L);
        // Signs in as Léa under @p deviceId with @p device's key, which it holds (its proof signs that id).
        auto signIn = [&](const KeyedDevice &device, const QString &deviceId) {
            Client c(hub->url());
            return c.post(u"/v1/login"_s, {{u"login"_s, u"lea.m"_s}, {u"password"_s, u"4821"_s}, {u"device_id"_s, deviceId},
                                           {u"device_key"_s, device.publicKey()}, {u"device_proof"_s, device.proof(deviceId)}});
        };
        HttpReply r = signIn(tablet, tablet.deviceId);
        QCOMPARE(r.status, 409L);
        QCOMPARE(r.json().value(u"error"_s).toString(), u"device_signed_out"_s);
        QVERIFY2(r.json().value(u"message"_s).toString().contains(u"reset"_s), r.body.constData());
        const KeyedDevice otherKey;
        // Its id with another key is another device (F7: only a signed-out row holding *that* key blocks a sign-in, so
        // that a co-teacher signing out his own key under her tablet's id does not shut the tablet out); the signed-out
        // key still signs nothing under it.
        QCOMPARE(signIn(otherKey, tablet.deviceId).status, 200L);
        QCOMPARE(signIn(tablet, newUuid()).status, 409L);         // its key, another id
        QCOMPARE(verdictOf(relay(*martin, {}, {work(tablet, u"revenue"_s)})), u"rejected"_s);
        // Positive controls: a tablet vouched for and not signed out may sign in here itself (it reached the school's
        // network), and its key goes on signing; Léa signs in on a new device.
        const KeyedDevice second;
        QCOMPARE(verdictOf(relay(*martin, {vouch(martinPc, second.deviceId, leaId, second.keys.publicKey)},
                                 {work(second, u"deuxième tablette"_s)})),
                 u"applied"_s);
        QCOMPARE(signIn(second, second.deviceId).status, 200L);
        QCOMPARE(verdictOf(relay(*martin, {}, {work(second, u"en ligne"_s)})), u"applied"_s);
        const KeyedDevice fresh;
        QCOMPARE(signIn(fresh, fresh.deviceId).status, 200L);
    }

    void aCoTeacherCannotShutHerRealTabletOutUnderAMadeUpId()
    {
        // Session-10 review: a co-teacher vouched Léa's real tablet's key under a device id he made up, then signed that
        // id out: the key was signed out with it, and Léa's sign-in on her real tablet answered 409 device_signed_out.
        // Now a key is one device of hers: a vouch of it under another id is refused, and so is a sign-in.
        QCOMPARE(verdictOf(martin->sync({change(u"member"_s, newUuid(), classA, *martin,
                                                {{u"person"_s, dubois->id()}, {u"role"_s, u"teacher"_s}})})),
                 u"applied"_s);
        const KeyedDevice tablet;
        QCOMPARE(verdictOf(relay(*martin, {vouch(martinPc, tablet.deviceId, leaId, tablet.keys.publicKey)},
                                 {work(tablet, u"par clé USB"_s)})),
                 u"applied"_s);
        for (const KeyedDevice *real : std::initializer_list<const KeyedDevice *>{&tablet, &leaPhone}) { // a vouched tablet, a phone that signed in
            KeyedDevice madeUp = *real;
            madeUp.deviceId = newUuid();
            const QJsonObject r = relay(*dubois, {vouch(duboisPc, madeUp.deviceId, leaId, real->keys.publicKey)},
                                        {work(madeUp, u"sous un faux nom"_s)});
            QCOMPARE(verdictOf(r), u"rejected"_s);
            QVERIFY2(reasonOf(r).contains(u"belongs to another device of this student"_s), qPrintable(reasonOf(r)));
            QCOMPARE(dubois->request("DELETE", u"/v1/devices/%1?person=%2"_s.arg(madeUp.deviceId, leaId)).status, 404L);
        }
        // Signs in as Léa under @p deviceId with @p device's key, which it holds (its proof signs that id).
        auto signIn = [&](const KeyedDevice &device, const QString &deviceId) {
            Client c(hub->url());
            return c.post(u"/v1/login"_s, {{u"login"_s, u"lea.m"_s}, {u"password"_s, u"4821"_s}, {u"device_id"_s, deviceId},
                                           {u"device_key"_s, device.publicKey()}, {u"device_proof"_s, device.proof(deviceId)}});
        };
        HttpReply r = signIn(tablet, tablet.deviceId);
        QVERIFY2(r.status == 200L, r.body.constData());
        // Her tablet's key under another id (the tablet's or her phone's): refused, neither can then shut the other out.
        for (const KeyedDevice *holder : std::initializer_list<const KeyedDevice *>{&tablet, &leaPhone}) {
            r = signIn(*holder, newUuid());
            QCOMPARE(r.status, 409L);
            QCOMPARE(r.json().value(u"error"_s).toString(), u"device_key_in_use"_s);
        }
        // Positive controls: her tablet's work relayed by the co-teacher is applied; he vouches for a new tablet of hers;
        // her phone signs in again as itself.
        QCOMPARE(verdictOf(relay(*dubois, {}, {work(tablet, u"relayé par le co-enseignant"_s)})), u"applied"_s);
        const KeyedDevice second;
        QCOMPARE(verdictOf(relay(*dubois, {vouch(duboisPc, second.deviceId, leaId, second.keys.publicKey)},
                                 {work(second, u"deuxième tablette"_s)})),
                 u"applied"_s);
        QCOMPARE(signIn(leaPhone, leaPhone.deviceId).status, 200L);
    }

    void aKeyIsClaimedOnlyByTheDeviceThatHoldsIt()
    {
        // Session-10 review, left open then: a co-teacher who has seen Léa's tablet's public key (in a pack of hers he
        // carried) vouched it under a device id he made up *before* the tablet was known here; the key was then that
        // id's, and her real tablet's sign-in answered 409 device_key_in_use (signing the made-up id out would sign the
        // key out for good). Her creator, who knows her PIN, could do the same by signing in with the key. Now a key is
        // claimed only with a proof that only its holder can make: a change it signed for that very device id (a vouch),
        // or its signature of the device id (a sign-in).
        QCOMPARE(verdictOf(martin->sync({change(u"member"_s, newUuid(), classA, *martin,
                                                {{u"person"_s, dubois->id()}, {u"role"_s, u"teacher"_s}})})),
                 u"applied"_s);
        const KeyedDevice tablet;                       // hers, never seen here
        const QJsonObject realWork = work(tablet, u"sur la tablette"_s); // in the pack he carried
        KeyedDevice forger;                             // his own key, under the id he made up
        const QString madeUp = forger.deviceId;
        // A vouch of her key under the made-up id: with a change naming that id (signed by another key), or with her
        // real change (which names the real id).
        for (const QJsonObject &proof : {work(forger, u"sous un faux nom"_s), realWork}) {
            const QJsonObject r = relay(*dubois, {vouch(duboisPc, madeUp, leaId, tablet.keys.publicKey)}, {proof});
            QCOMPARE(verdictOf(r), u"rejected"_s);
        }
        QCOMPARE(dubois->request("DELETE", u"/v1/devices/%1?person=%2"_s.arg(madeUp, leaId)).status, 404L);
        // A sign-in with her key under another id: no proof, a proof of another id, a proof by another key.
        auto claim = [&](const QString &deviceId, const QString &proof) {
            Client c(hub->url());
            QJsonObject body{{u"login"_s, u"lea.m"_s}, {u"password"_s, u"4821"_s}, {u"device_id"_s, deviceId},
                             {u"device_key"_s, tablet.publicKey()}};
            if (!proof.isNull())
                body.insert(u"device_proof"_s, proof);
            return c.post(u"/v1/login"_s, body);
        };
        const QString other = newUuid();
        for (const QString &proof : {QString(), tablet.proof(newUuid()), forger.proof(other), QString(88, u'A')}) {
            const HttpReply r = claim(other, proof);
            QCOMPARE(r.status, 400L);
            QCOMPARE(r.json().value(u"field"_s).toString(), u"device_proof"_s);
        }
        // Her real tablet signs in as itself, and her work goes on, relayed by either teacher (before: 409).
        const HttpReply r = claim(tablet.deviceId, tablet.proof());
        QVERIFY2(r.status == 200L, r.body.constData());
        QCOMPARE(verdictOf(relay(*dubois, {}, {realWork})), u"applied"_s);
        // Positive control: her key with its proof under its own id is vouched for by her teacher (a relay of a pack of
        // a tablet that never signed in).
        const KeyedDevice usbTablet;
        QCOMPARE(verdictOf(relay(*martin, {vouch(martinPc, usbTablet.deviceId, leaId, usbTablet.keys.publicKey)},
                                 {work(usbTablet, u"par clé USB"_s)})),
                 u"applied"_s);
    }

    void aNewPinEndsTheSessionsOfTheOldOne()
    {
        // A review (session 11): Dubois, who co-teaches Léa, set her PIN and signed in as her; Martin then gave her a
        // new PIN, and Dubois's session as Léa went on working (it read her private feedback in every class of hers).
        // Now a new PIN or login code ends every session of hers; her devices sign in again with it, their keys kept.
        QCOMPARE(verdictOf(martin->sync({change(u"member"_s, newUuid(), classA, *martin,
                                                {{u"person"_s, dubois->id()}, {u"role"_s, u"teacher"_s}})})),
                 u"applied"_s);
        auto setPin = [&](Client &teacher, const QByteArray &pin) {
            return verdictOf(teacher.sync({change(u"member"_s, newUuid(), classA, teacher,
                                                  {{u"person"_s, leaId}, {u"role"_s, u"student"_s},
                                                   {u"pin_hash"_s, QString::fromLatin1(Crypto::hashSecret(pin, Crypto::Cost::Minimal))}})}));
        };
        QCOMPARE(setPin(*dubois, "1111"), u"applied"_s);
        Client asLea(hub->url());
        QVERIFY(asLea.login(u"lea.m"_s, u"1111"_s));
        QCOMPARE(asLea.post(u"/v1/sync"_s, QJsonObject{}).status, 200L);
        // Her teacher gives her a new PIN: the borrowed session ends, and so does her phone's (signed in with the old).
        QCOMPARE(setPin(*martin, "2468"), u"applied"_s);
        QCOMPARE(asLea.post(u"/v1/sync"_s, QJsonObject{}).status, 401L);
        QCOMPARE(phone->post(u"/v1/sync"_s, QJsonObject{}).status, 401L);
        // Her phone signs in again with the new PIN, as the same device, and its key still signs her relayed work.
        auto again = keyedLogin(hub->url(), u"lea.m"_s, u"2468"_s, leaPhone);
        QVERIFY(!again->token.isEmpty());
        QCOMPARE(again->post(u"/v1/sync"_s, QJsonObject{}).status, 200L);
        QCOMPARE(verdictOf(relay(*martin, {}, {work(leaPhone, u"après le nouveau code"_s)})), u"applied"_s);
        // Positive control: a member row sent again with the same PIN hash (a teacher's device resending her row)
        // ends nothing; the old PIN signs in no more.
        const QString sameHash = QString::fromLatin1(Crypto::hashSecret("1357", Crypto::Cost::Minimal));
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(verdictOf(martin->sync({change(u"member"_s, newUuid(), classA, *martin,
                                                    {{u"person"_s, leaId}, {u"role"_s, u"student"_s}, {u"pin_hash"_s, sameHash}})})),
                     u"applied"_s);
            if (i == 0)
                again = keyedLogin(hub->url(), u"lea.m"_s, u"1357"_s, leaPhone);
        }
        QCOMPARE(again->post(u"/v1/sync"_s, QJsonObject{}).status, 200L);
        Client old(hub->url());
        QVERIFY(!old.login(u"lea.m"_s, u"1111"_s));
    }

    void onlyHerCreatorOrATeacherOfEveryClassOfHersSetsHerPin()
    {
        // A review (session 11, F2's rest): any teacher of a pupil could give her a new PIN and sign in as her, in all her
        // classes. Dubois teaches Léa in 6e B only (Martin, who created her account, enrolled her there); he set her PIN,
        // signed in as her and read her work and feedback in 6e A. Now her creator may, or a teacher of every class of
        // hers.
        QCOMPARE(verdictOf(dubois->sync({change(u"member"_s, newUuid(), classB, *dubois,
                                                {{u"person"_s, martin->id()}, {u"role"_s, u"teacher"_s}})})),
                 u"applied"_s);
        QCOMPARE(verdictOf(martin->sync({change(u"member"_s, newUuid(), classB, *martin,
                                                {{u"person"_s, leaId}, {u"role"_s, u"student"_s}})})),
                 u"applied"_s);
        auto setPin = [&](Client &teacher, const QString &classId, const QByteArray &pin, QString *reason = nullptr) {
            const QJsonObject r = teacher.sync({change(u"member"_s, newUuid(), classId, teacher,
                                                       {{u"person"_s, leaId}, {u"role"_s, u"student"_s},
                                                        {u"pin_hash"_s, QString::fromLatin1(Crypto::hashSecret(pin, Crypto::Cost::Minimal))}})});
            if (reason)
                *reason = reasonOf(r);
            return verdictOf(r);
        };
        QString why;
        QVERIFY(setPin(*dubois, classB, "1111", &why) != u"applied"_s);
        QVERIFY2(why.startsWith(u"forbidden"_s) && why.contains(u"every class"_s), qPrintable(why));
        Client asLea(hub->url());
        QVERIFY(!asLea.login(u"lea.m"_s, u"1111"_s)); // before the fix: signed in as her
        // Nor her login code.
        const QJsonObject login = dubois->sync({change(u"member"_s, newUuid(), classB, *dubois,
                                                       {{u"person"_s, leaId}, {u"role"_s, u"student"_s}, {u"login"_s, u"lea.dubois"_s}})});
        QVERIFY(verdictOf(login) != u"applied"_s);
        QVERIFY(reasonOf(login).startsWith(u"forbidden"_s));
        QVERIFY(phone->post(u"/v1/sync"_s, QJsonObject{}).status == 200L); // her sessions go on

        // Positive controls: he may still rename her in his class; her creator sets her PIN; and once he teaches her in
        // every class of hers (Martin makes him a co-teacher of 6e A), so may he.
        QCOMPARE(verdictOf(dubois->sync({change(u"member"_s, newUuid(), classB, *dubois,
                                                {{u"person"_s, leaId}, {u"role"_s, u"student"_s}, {u"display_name"_s, u"Léa M."_s}})})),
                 u"applied"_s);
        QCOMPARE(setPin(*martin, classB, "2468"), u"applied"_s);
        QVERIFY(asLea.login(u"lea.m"_s, u"2468"_s));
        QCOMPARE(verdictOf(martin->sync({change(u"member"_s, newUuid(), classA, *martin,
                                                {{u"person"_s, dubois->id()}, {u"role"_s, u"teacher"_s}})})),
                 u"applied"_s);
        QCOMPARE(setPin(*dubois, classB, "1357"), u"applied"_s);
        Client again(hub->url());
        QVERIFY(again.login(u"lea.m"_s, u"1357"_s));
    }

    void herCardIsNotTakenByCreatingHerFirst()
    {
        // A review (session 12): F2 could be turned round by taking the creator record first. Dubois learns a new pupil's
        // id (from an offline device, a pack) before Martin's roster row reaches the hub, creates him in his class 6e B
        // (he is recorded as his creator), makes Martin a teacher of 6e B so that Martin's row applies, removes him
        // again, and as the creator gives the pupil a new PIN, then signs in as him in 6e A too. Now the teacher who gave
        // him his current card holds it: Martin's row, which changed Dubois's card (or, carrying the same one, showed
        // that someone else holds it), takes it from him.
        auto hashOf = [](const QByteArray &pin) { return QString::fromLatin1(Crypto::hashSecret(pin, Crypto::Cost::Minimal)); };
        auto member = [&](Client &teacher, const QString &classId, const QString &person, QJsonObject fields,
                          const QString &row = newUuid()) {
            fields.insert(u"person"_s, person);
            fields.insert(u"role"_s, u"student"_s);
            return teacher.sync({change(u"member"_s, row, classId, teacher, fields)});
        };
        // Martin teaches 6e B for a while, by Dubois's word; the member row is kept to remove him again.
        auto teachB = [&](bool on, const QString &row) {
            const QJsonObject f = on ? QJsonObject{{u"person"_s, martin->id()}, {u"role"_s, u"teacher"_s}}
                                     : QJsonObject{{u"deleted"_s, true}};
            return verdictOf(dubois->sync({change(u"member"_s, row, classB, *dubois, f)}));
        };

        for (const bool sameCard : {false, true}) {
            const QString login = sameCard ? u"zoe.m"_s : u"noe.m"_s;
            const QString pupil = newUuid(); // made on Martin's laptop
            const QString card = hashOf("4242");
            const QJsonObject roster{{u"login"_s, login}, {u"pin_hash"_s, card}, {u"display_name"_s, u"Noé"_s}};
            // Dubois creates him first, with a card of his own, or with the real one copied from a pack.
            const QJsonObject first = sameCard ? roster : QJsonObject{{u"login"_s, u"noe.d"_s}, {u"pin_hash"_s, hashOf("1111")}};
            QCOMPARE(verdictOf(member(*dubois, classB, pupil, first)), u"applied"_s);
            QVERIFY(verdictOf(member(*martin, classA, pupil, roster)) != u"applied"_s); // Martin does not teach him
            const QString martinInB = newUuid();
            QCOMPARE(teachB(true, martinInB), u"applied"_s);
            QCOMPARE(verdictOf(member(*martin, classA, pupil, roster)), u"applied"_s);
            QVERIFY(hub->signsIn(login, u"4242"_s));
            QCOMPARE(teachB(false, martinInB), u"applied"_s);

            // The attacker: the recorded creator gives him a new PIN (before: applied, and it signed in).
            const QJsonObject r = member(*dubois, classB, pupil, {{u"pin_hash"_s, hashOf("6666")}});
            QVERIFY2(verdictOf(r) != u"applied"_s, qPrintable(login));
            QVERIFY2(reasonOf(r).startsWith(u"forbidden"_s), qPrintable(reasonOf(r)));
            QVERIFY(!hub->signsIn(login, u"6666"_s));
            QVERIFY(hub->signsIn(login, u"4242"_s));

            // Positive control: nobody holds his card now (Martin's row changed the creator's card, or carried it again);
            // a teacher of every class of his still gives him a new PIN (Martin, a teacher of 6e B again). While Martin
            // teaches him in 6e A only, he may not: his change of the card took the creator's right away, and gave him no
            // lasting right of his own (a review of session 14, finding 2).
            QVERIFY(verdictOf(member(*martin, classA, pupil, {{u"pin_hash"_s, hashOf("8080")}})) != u"applied"_s);
            const QString again = newUuid();
            QCOMPARE(teachB(true, again), u"applied"_s);
            QCOMPARE(verdictOf(member(*martin, classA, pupil, {{u"pin_hash"_s, hashOf("8080")}})), u"applied"_s);
            QVERIFY(hub->signsIn(login, u"8080"_s));
            QCOMPARE(teachB(false, again), u"applied"_s);
        }
        // And the creator who gave the card keeps it (F2's positive control, unchanged): Martin sets Léa's PIN.
        QCOMPARE(verdictOf(member(*martin, classA, leaId, {{u"pin_hash"_s, hashOf("2468")}})), u"applied"_s);
        QVERIFY(hub->signsIn(u"lea.m"_s, u"2468"_s));
    }

    void whoChangedHerCardHoldsItOnlyWhileSheTeachesHerEverywhere()
    {
        // A review of 22c84c7 (session 14, finding 2): a teacher who changed a pupil's PIN while she taught her in every
        // class kept that right (the credentials_by record) after the pupil joined a class she does not teach, so she
        // set her PIN again, signed in as her and read that class. Now that record only takes her creator's right
        // away: afterwards the every-class rule alone decides.
        auto hashOf = [](const QByteArray &pin) { return QString::fromLatin1(Crypto::hashSecret(pin, Crypto::Cost::Minimal)); };
        auto setPin = [&](Client &teacher, const QString &classId, const QByteArray &pin, QString *reason = nullptr) {
            const QJsonObject r = teacher.sync({change(u"member"_s, newUuid(), classId, teacher,
                                                       {{u"person"_s, leaId}, {u"role"_s, u"student"_s}, {u"pin_hash"_s, hashOf(pin)}})});
            if (reason)
                *reason = reasonOf(r);
            return verdictOf(r);
        };
        // Dubois (Rossi in the review) co-teaches 6e A, Léa's only class, and gives her a new PIN there.
        QCOMPARE(verdictOf(martin->sync({change(u"member"_s, newUuid(), classA, *martin,
                                                {{u"person"_s, dubois->id()}, {u"role"_s, u"teacher"_s}})})),
                 u"applied"_s);
        QCOMPARE(setPin(*dubois, classA, "1111"), u"applied"_s);
        // Positive control: while he teaches her everywhere, he still may.
        QCOMPARE(setPin(*dubois, classA, "2222"), u"applied"_s);
        QVERIFY(hub->signsIn(u"lea.m"_s, u"2222"_s));

        // Martin enrols her in Latin, which he alone teaches.
        const QString latin = hub->createClass(*martin, u"Latin"_s);
        QCOMPARE(verdictOf(martin->sync({change(u"member"_s, newUuid(), latin, *martin,
                                                {{u"person"_s, leaId}, {u"role"_s, u"student"_s}})})),
                 u"applied"_s);
        // The attacker: Dubois sets her PIN again (before the fix: applied, and he signed in as her, reading Latin).
        QString why;
        QVERIFY(setPin(*dubois, classA, "6666", &why) != u"applied"_s);
        QVERIFY2(why.startsWith(u"forbidden"_s), qPrintable(why));
        QVERIFY(!hub->signsIn(u"lea.m"_s, u"6666"_s));
        QVERIFY(hub->signsIn(u"lea.m"_s, u"2222"_s));
        // Positive control: Martin, who teaches her in both classes, sets it.
        QCOMPARE(setPin(*martin, latin, "8080"), u"applied"_s);
        QVERIFY(hub->signsIn(u"lea.m"_s, u"8080"_s));
    }

    void aCardSentBackUnchangedDoesNotTakeItFromHerCreator()
    {
        // A review of 22c84c7 (session 14, finding 3): a teacher of only one class of a pupil's sent her login code back
        // unchanged on a member row; the hub then recorded that nobody held her card, and her creator, who does not
        // teach that class, could no longer give her a new PIN (a leaked PIN stayed valid). Now only a new member row
        // carrying both her login code and her PIN hash unchanged (her card copied from a pack) puts it in doubt.
        auto hashOf = [](const QByteArray &pin) { return QString::fromLatin1(Crypto::hashSecret(pin, Crypto::Cost::Minimal)); };
        const QString martinInB = newUuid();
        QCOMPARE(verdictOf(dubois->sync({change(u"member"_s, martinInB, classB, *dubois,
                                                {{u"person"_s, martin->id()}, {u"role"_s, u"teacher"_s}})})),
                 u"applied"_s);
        const QString leaInB = newUuid();
        QCOMPARE(verdictOf(martin->sync({change(u"member"_s, leaInB, classB, *martin,
                                                {{u"person"_s, leaId}, {u"role"_s, u"student"_s}})})),
                 u"applied"_s);
        QCOMPARE(verdictOf(dubois->sync({change(u"member"_s, martinInB, classB, *dubois, {{u"deleted"_s, true}})})),
                 u"applied"_s);
        // Dubois teaches her in 6e B only; he sends her login code back unchanged, on her row and on a new one.
        QCOMPARE(verdictOf(dubois->sync({change(u"member"_s, leaInB, classB, *dubois, {{u"login"_s, u"lea.m"_s}})})),
                 u"applied"_s);
        QCOMPARE(verdictOf(dubois->sync({change(u"member"_s, newUuid(), classB, *dubois,
                                                {{u"person"_s, leaId}, {u"role"_s, u"student"_s}, {u"login"_s, u"lea.m"_s}})})),
                 u"applied"_s);
        // Control: he still may not set her PIN.
        QVERIFY(verdictOf(dubois->sync({change(u"member"_s, newUuid(), classB, *dubois,
                                               {{u"person"_s, leaId}, {u"role"_s, u"student"_s}, {u"pin_hash"_s, hashOf("6666")}})}))
                != u"applied"_s);
        QVERIFY(!hub->signsIn(u"lea.m"_s, u"6666"_s));
        // Her creator, who teaches her in 6e A only now, gives her a new PIN (before the fix: refused, the old one kept).
        QCOMPARE(verdictOf(martin->sync({change(u"member"_s, newUuid(), classA, *martin,
                                                {{u"person"_s, leaId}, {u"role"_s, u"student"_s}, {u"pin_hash"_s, hashOf("2468")}})})),
                 u"applied"_s);
        QVERIFY(hub->signsIn(u"lea.m"_s, u"2468"_s));
        QVERIFY(!hub->signsIn(u"lea.m"_s, u"4821"_s));
    }

    void anEndedTokenStillShowsItsDevice()
    {
        // A review of session 14 (finding 5), on both storages: a token ended by a new PIN (or the classroom hub's next
        // lesson) signs nothing in, but still shows its device at sign-in (the device cookie): a stranger's failures on
        // her login code do not keep out the tablet she used. Before, the ended token was forgotten (429).
        Client tablet(hub->url());
        QVERIFY(tablet.login(u"lea.m"_s, u"4821"_s));
        const QString cookie = tablet.token;
        QCOMPARE(verdictOf(martin->sync({change(u"member"_s, newUuid(), classA, *martin,
                                                {{u"person"_s, leaId}, {u"role"_s, u"student"_s},
                                                 {u"pin_hash"_s, QString::fromLatin1(Crypto::hashSecret("2468", Crypto::Cost::Minimal))}})})),
                 u"applied"_s);
        QCOMPARE(tablet.post(u"/v1/sync"_s, QJsonObject{}).status, 401L); // ended
        Client stranger(hub->url());
        for (int i = 0; i < 6; ++i)
            stranger.login(u"lea.m"_s, u"0000"_s);
        auto signIn = [&](Client &c, const QString &token) {
            QJsonObject body{{u"login"_s, u"lea.m"_s}, {u"password"_s, u"2468"_s}, {u"device_id"_s, c.deviceId}};
            if (!token.isEmpty())
                body.insert(u"token"_s, token);
            return c.post(u"/v1/login"_s, body).status;
        };
        // Control: a device that shows no token is held back by the stranger's failures.
        Client other(hub->url());
        QCOMPARE(signIn(other, {}), 429L);
        QCOMPARE(signIn(tablet, cookie), 200L);
    }

    void aSignedOutKeyIsNotVouchedAgainUnderANewId()
    {
        // Session-10 review: a signed-out vouched key came back under a new device id, vouched again by any teacher of
        // hers (the teacher app does it by itself from a pack). Now a key signed out for her is never vouched again.
        QCOMPARE(verdictOf(martin->sync({change(u"member"_s, newUuid(), classA, *martin,
                                                {{u"person"_s, dubois->id()}, {u"role"_s, u"teacher"_s}})})),
                 u"applied"_s);
        const KeyedDevice stolen;
        QCOMPARE(verdictOf(relay(*martin, {vouch(martinPc, stolen.deviceId, leaId, stolen.keys.publicKey)},
                                 {work(stolen, u"avant le vol"_s)})),
                 u"applied"_s);
        QCOMPARE(martin->request("DELETE", u"/v1/devices/%1?person=%2"_s.arg(stolen.deviceId, leaId)).status, 204L);
        QCOMPARE(martin->request("DELETE", u"/v1/devices/%1?person=%2"_s.arg(leaPhone.deviceId, leaId)).status, 204L);
        for (const KeyedDevice *signedOut : std::initializer_list<const KeyedDevice *>{&stolen, &leaPhone}) // a vouched tablet, a phone that signed in
            for (const auto &[teacher, pc] : {std::pair{martin.get(), &martinPc}, std::pair{dubois.get(), &duboisPc}}) {
                KeyedDevice renamed = *signedOut;
                renamed.deviceId = newUuid();
                const QJsonObject r = relay(*teacher, {vouch(*pc, renamed.deviceId, leaId, signedOut->keys.publicKey)},
                                            {work(renamed, u"écrit par le voleur"_s)});
                QCOMPARE(verdictOf(r), u"rejected"_s);
                QVERIFY2(reasonOf(r).contains(u"this key was signed out"_s), qPrintable(reasonOf(r)));
            }
        // Nor under a new id by signing in (her teacher knows her PIN): her signed-out phone's key, her tablet's.
        for (const KeyedDevice *signedOut : std::initializer_list<const KeyedDevice *>{&stolen, &leaPhone}) {
            Client c(hub->url());
            const QString id = newUuid();
            const HttpReply r = c.post(u"/v1/login"_s, {{u"login"_s, u"lea.m"_s}, {u"password"_s, u"4821"_s},
                                                        {u"device_id"_s, id}, {u"device_key"_s, signedOut->publicKey()},
                                                        {u"device_proof"_s, signedOut->proof(id)}});
            QCOMPARE(r.status, 409L);
            QCOMPARE(r.json().value(u"error"_s).toString(), u"device_signed_out"_s);
        }
        // Positive control: an unrelated new tablet of hers is vouched for and its work relayed, by either teacher.
        const KeyedDevice fresh;
        QCOMPARE(verdictOf(relay(*dubois, {vouch(duboisPc, fresh.deviceId, leaId, fresh.keys.publicKey)},
                                 {work(fresh, u"nouvelle tablette"_s)})),
                 u"applied"_s);
        QCOMPARE(verdictOf(relay(*martin, {vouch(martinPc, fresh.deviceId, leaId, fresh.keys.publicKey)},
                                 {work(fresh, u"nouvelle tablette, relayée"_s)})),
                 u"applied"_s);
    }

    void theAdminSignsOutAVouchedDevice()
    {
        const KeyedDevice usbLaptop;
        QCOMPARE(verdictOf(relay(*martin, {vouch(martinPc, usbLaptop.deviceId, leaId, usbLaptop.keys.publicKey)},
                                 {work(usbLaptop, u"par clé USB"_s)})),
                 u"applied"_s);
        QVERIFY(hub->server().engine().adminRevoke(usbLaptop.deviceId, u"lea.m"_s));
        QCOMPARE(verdictOf(relay(*martin, {}, {work(usbLaptop, u"après"_s)})), u"rejected"_s);
    }
};

QTEST_GUILESS_MAIN(TestRevokedKey)
#include "tst_revokedkey.moc"
