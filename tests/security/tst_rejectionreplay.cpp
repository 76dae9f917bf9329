// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// Issue 11, point 11 (the hub's side): a rejection whose cause can go away (an unknown device, a missing membership, a
// missing vouch) is not remembered: the same change sent again once the cause is gone is judged again. Before, the
// first answer was kept forever, and only the student's device could re-sign her work under a new id.
// Also: a change id is not a claim anyone may stake. A person who saw an id (in a pack they carried) could send a
// change of their own under it first, and the hub then answered "applied" for the real one without storing it.
#include "hubtestkit.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace HubTest;

class TestRejectionReplay : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestHub> hub;
    KeyedDevice martinPc, duboisPc;
    std::unique_ptr<Client> martin; ///< Léa's teacher (class A)
    std::unique_ptr<Client> dubois; ///< the second teacher, who does not teach her (class B)
    std::unique_ptr<Client> lea;
    std::unique_ptr<Client> tom;    ///< a student of class B, who carries packs
    QString classA, classB, assignmentA, leaRow;

    QJsonObject work(const KeyedDevice &device, const QString &text)
    {
        return device.signedChange(u"submission"_s, newUuid(), classA, lea->id(),
                                   {{u"assignment_id"_s, assignmentA}, {u"student"_s, lea->id()}, {u"text"_s, text}});
    }

    bool teacherReads(const QString &changeId, const QString &text)
    {
        Client reader(hub->url());
        if (!reader.login(u"mme.martin"_s, u"password-mme.martin"_s))
            return false;
        for (const QJsonValue &v : reader.pullAll())
            if (v.toObject().value(u"id"_s).toString() == changeId)
                return v.toObject().value(u"fields"_s).toObject().value(u"text"_s).toString() == text;
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
        tom = hub->student(*dubois, classB, u"tom.d"_s);
        assignmentA = newUuid();
        QCOMPARE(verdictOf(martin->sync({change(u"assignment"_s, assignmentA, classA, *martin,
                                                {{u"title"_s, u"Devoir"_s}, {u"status"_s, u"published"_s}})})),
                 u"applied"_s);
    }

    void unknownDeviceThenVouched()
    {
        const KeyedDevice usbLaptop;
        const QJsonObject w = work(usbLaptop, u"rendu sur clé"_s);
        // Relayed before anyone vouched for the laptop (by the second teacher, then by hers): refused for now.
        QCOMPARE(verdictOf(relay(*dubois, {}, {w})), u"rejected"_s);
        QCOMPARE(verdictOf(relay(*martin, {}, {w})), u"rejected"_s);
        // Her teacher vouches: the very same change is judged again, and stored.
        const QJsonObject r = relay(*martin, {vouch(martinPc, usbLaptop.deviceId, lea->id(), usbLaptop.keys.publicKey)}, {w});
        QCOMPARE(verdictOf(r), u"applied"_s);
        QVERIFY(teacherReads(w.value(u"id"_s).toString(), u"rendu sur clé"_s));
    }

    void unknownDeviceThenSignedIn()
    {
        const KeyedDevice laptop;
        const QJsonObject w = work(laptop, u"hors ligne"_s);
        QCOMPARE(verdictOf(relay(*martin, {}, {w})), u"rejected"_s);
        QVERIFY(!keyedLogin(hub->url(), u"lea.m"_s, u"4821"_s, laptop)->token.isEmpty());
        QCOMPARE(verdictOf(relay(*martin, {}, {w})), u"applied"_s);
    }

    void missingMembershipThenEnrolled()
    {
        // Léa writes in a class her teacher has not enrolled her in yet (the teacher's device has not synced).
        const QString classC = hub->createClass(*martin, u"Soutien"_s);
        const QString assignmentC = newUuid();
        martin->sync({change(u"assignment"_s, assignmentC, classC, *martin, {{u"title"_s, u"C"_s}, {u"status"_s, u"published"_s}})});
        const QJsonObject w = change(u"submission"_s, newUuid(), classC, *lea,
                                     {{u"assignment_id"_s, assignmentC}, {u"student"_s, lea->id()}, {u"text"_s, u"en avance"_s}});
        QCOMPARE(verdictOf(lea->sync({w})), u"rejected"_s);
        // The second teacher, who does not teach her, cannot make it go through.
        QCOMPARE(verdictOf(dubois->sync({change(u"member"_s, newUuid(), classC, *dubois,
                                                {{u"person"_s, lea->id()}, {u"role"_s, u"student"_s}})})),
                 u"rejected"_s);
        QCOMPARE(verdictOf(lea->sync({w})), u"rejected"_s);
        // Her teacher enrols her: the same change is judged again.
        QCOMPARE(verdictOf(martin->sync({change(u"member"_s, newUuid(), classC, *martin,
                                                {{u"person"_s, lea->id()}, {u"role"_s, u"student"_s}})})),
                 u"applied"_s);
        QCOMPARE(verdictOf(lea->sync({w})), u"applied"_s);
    }

    void teacherNotYetOfTheClassThenAdded()
    {
        const QJsonObject lesson = change(u"lesson"_s, newUuid(), classA, *dubois, {{u"title"_s, u"Co-enseignement"_s}});
        QCOMPARE(verdictOf(dubois->sync({lesson})), u"rejected"_s);
        QCOMPARE(verdictOf(martin->sync({change(u"member"_s, newUuid(), classA, *martin,
                                                {{u"person"_s, dubois->id()}, {u"role"_s, u"teacher"_s}})})),
                 u"applied"_s);
        QCOMPARE(verdictOf(dubois->sync({lesson})), u"applied"_s);
    }

    void finalVerdictsAreKept()
    {
        // Control: a rejection that nothing can change is kept, and a replay gets the same answer without judging.
        const QJsonObject lesson = change(u"lesson"_s, newUuid(), classA, *lea, {{u"title"_s, u"élève"_s}});
        const QJsonObject first = lea->sync({lesson});
        QCOMPARE(verdictOf(first), u"rejected"_s);
        QCOMPARE(lea->sync({lesson}).value(u"verdicts"_s), first.value(u"verdicts"_s));
        // An applied change replayed is "applied" with the same seq and reception time.
        const QJsonObject w = change(u"submission"_s, newUuid(), classA, *lea,
                                     {{u"assignment_id"_s, assignmentA}, {u"student"_s, lea->id()}, {u"text"_s, u"x"_s}});
        const QJsonObject applied = lea->sync({w});
        QCOMPARE(verdictOf(applied), u"applied"_s);
        QCOMPARE(lea->sync({w}).value(u"verdicts"_s), applied.value(u"verdicts"_s));
    }

    void aCarrierCannotPreemptAChangeId()
    {
        // Tom carries Léa's return pack; he reads her change ids and sends changes of his own under them first.
        const KeyedDevice usbLaptop;
        const QJsonObject real = work(usbLaptop, u"le vrai devoir"_s);
        const QString lessonB = newUuid();
        dubois->sync({change(u"lesson"_s, lessonB, classB, *dubois, {{u"title"_s, u"B"_s}, {u"status"_s, u"published"_s}})});
        QJsonObject own = change(u"progress"_s, derivedUuid(tom->id(), lessonB), classB, *tom,
                                 {{u"lesson_id"_s, lessonB}, {u"student"_s, tom->id()}, {u"seconds_spent"_s, 5}});
        own.insert(u"id"_s, real.value(u"id"_s));
        QCOMPARE(verdictOf(tom->sync({own})), u"applied"_s);
        // Her teacher relays the real one: the hub must not answer "applied" for a change it did not store.
        QJsonObject r = relay(*martin, {vouch(martinPc, usbLaptop.deviceId, lea->id(), usbLaptop.keys.publicKey)}, {real});
        QCOMPARE(verdictOf(r), u"rejected"_s);
        QVERIFY2(reasonOf(r).contains(u"already used by a different change"_s), qPrintable(reasonOf(r)));

        // A forged copy that the hub refuses must not stand in the way of the real one either.
        const QJsonObject second = work(usbLaptop, u"deuxième devoir"_s);
        QJsonObject forged = second;
        QJsonObject fields = forged.value(u"fields"_s).toObject();
        fields.insert(u"text"_s, u"sabotage"_s);
        forged.insert(u"fields"_s, fields);
        QCOMPARE(verdictOf(relay(*tom, {}, {forged})), u"rejected"_s);
        QCOMPARE(verdictOf(relay(*dubois, {}, {forged})), u"rejected"_s);
        r = relay(*martin, {}, {second});
        QCOMPARE(verdictOf(r), u"applied"_s);
        QVERIFY(teacherReads(second.value(u"id"_s).toString(), u"deuxième devoir"_s));
    }

    void aHubUpgradedFromSchema2JudgesItsOldRejectionsAgain()
    {
        // A hub of before kept every rejection, and one voucher per key. Made here by taking today's file back to
        // schema 2, with what such a hub held: a rejection kept for a change from a laptop nobody had vouched for.
        if (hub->database().isPostgres())
            QSKIP("an upgrade of SQLite's schema 2: SQLite only");
        const KeyedDevice usbLaptop;
        const QJsonObject w = work(usbLaptop, u"rendu avant la mise à jour"_s);
        const QJsonObject vouched = work(usbLaptop, u"déjà accepté"_s);
        QCOMPARE(verdictOf(relay(*martin, {vouch(martinPc, usbLaptop.deviceId, lea->id(), usbLaptop.keys.publicKey)}, {vouched})),
                 u"applied"_s);
        hub->stop();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"downgrade"_s);
            db.setDatabaseName(hub->dataDir() + u"/hub.sqlite"_s);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const QString &sql : {u"DROP TABLE blob_holders"_s, u"DROP TABLE ungranted_blob_refs"_s, // schema 4
                                       u"DROP TABLE record_usage"_s, // schema 5
                                       u"DROP TABLE account_creators"_s, // schema 6 (its vouchers_by goes with vouchers)
                                       u"DROP TABLE answer_releases"_s, // schema 7
                                       u"DROP TABLE shared_usage"_s, // schema 8
                                       u"DROP TABLE vouchers"_s, u"ALTER TABLE vouched_keys DROP COLUMN revoked"_s,
                                       u"ALTER TABLE verdicts DROP COLUMN digest"_s, u"PRAGMA user_version = 2"_s})
                QVERIFY2(q.exec(sql), qPrintable(sql));
            q.prepare(u"INSERT INTO verdicts(change_id, status, reason, seq) VALUES(?, 'rejected', ?, 0)"_s);
            q.addBindValue(w.value(u"id"_s).toString());
            q.addBindValue(u"forbidden: the change is by another person whose device is unknown here"_s);
            QVERIFY(q.exec());
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"downgrade"_s);
        hub->start();
        // The hub listens on a new port: the teachers' devices sign in again there.
        martin = keyedLogin(hub->url(), u"mme.martin"_s, u"password-mme.martin"_s, martinPc);
        dubois = keyedLogin(hub->url(), u"m.dubois"_s, u"password-m.dubois"_s, duboisPc);

        // The key's voucher came across: it still signs in her class, and the kept rejection is judged again.
        QCOMPARE(verdictOf(relay(*martin, {}, {w})), u"applied"_s);
        QCOMPARE(verdictOf(relay(*martin, {}, {vouched})), u"applied"_s);
        // The second teacher's class is still out of the key's reach.
        QCOMPARE(verdictOf(relay(*dubois, {}, {usbLaptop.signedChange(u"submission"_s, newUuid(), classB, lea->id(),
                                                                      {{u"student"_s, lea->id()}})})),
                 u"rejected"_s);
    }
};

QTEST_GUILESS_MAIN(TestRejectionReplay)
#include "tst_rejectionreplay.moc"
