// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// Who may write what, and who may read what: the authorization matrix and the scope of pulls.
#include "hubtestkit.h"

#include "content/answerkey.h"

#include <sodium.h>

using namespace HubTest;

class TestHubAuthorization : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestHub> hub;
    std::unique_ptr<Client> t1, t2, s1, s2, s3;
    // Devices for the relay columns: t1's own (it vouches), one of t1's and one of s1's signed out, s1's phone
    // (signed in with its key), a laptop of s1's known by t1's vouch only, and one t1 tried to vouch for herself.
    KeyedDevice t1Pc, t1Old, s1Old, s1Phone, s1Usb, t1Usb;
    QString classA, classB;
    QString lessonA, assignmentA, submissionS1, lessonB, assignmentB, submissionS3;

    Client *writer(const QString &name)
    {
        return name == u"teacher"_s ? t1.get() : s1.get();
    }

    QJsonObject changeFor(const QString &kind, Client &w, bool ownClass)
    {
        const QString cls = ownClass ? classA : classB;
        const bool isStudent = &w == s1.get();
        const QString student = ownClass ? (isStudent ? s1->id() : s1->id()) : s3->id();
        const QString studentSelf = isStudent ? w.id() : student;
        static int n = 0;
        ++n;
        if (kind == u"class"_s)
            return change(kind, cls, cls, w, {{u"name"_s, u"renamed %1"_s.arg(n)}});
        if (kind == u"member"_s)
            return change(kind, newUuid(), cls, w,
                          {{u"person"_s, newUuid()}, {u"role"_s, u"student"_s}, {u"display_name"_s, u"Nouvel élève"_s},
                           {u"login"_s, u"new%1"_s.arg(n)},
                           {u"pin_hash"_s, QString::fromLatin1(Crypto::hashSecret("1234", Crypto::Cost::Minimal))}});
        if (kind == u"lesson"_s)
            return change(kind, newUuid(), cls, w, {{u"title"_s, u"Les fractions"_s}, {u"status"_s, u"draft"_s}});
        if (kind == u"assignment"_s)
            return change(kind, newUuid(), cls, w, {{u"title"_s, u"Exercice"_s}, {u"instructions"_s, u"Faites…"_s}});
        if (kind == u"answer_key"_s) {
            const QString assignment = ownClass ? assignmentA : assignmentB;
            return change(kind, AnswerKey::rowId(assignment, cls), cls, w,
                          {{u"assignment_id"_s, assignment}, {u"answers"_s, QJsonObject{{u"q1"_s, QJsonArray{0}}}}});
        }
        if (kind == u"submission"_s)
            return change(kind, newUuid(), cls, w,
                          {{u"assignment_id"_s, ownClass ? assignmentA : assignmentB}, {u"student"_s, studentSelf},
                           {u"text"_s, u"Ma réponse"_s}});
        if (kind == u"feedback"_s)
            return change(kind, newUuid(), cls, w,
                          {{u"submission_id"_s, ownClass ? submissionS1 : submissionS3}, {u"student"_s, student},
                           {u"comment"_s, u"Bien"_s}, {u"score"_s, 15}});
        // progress
        const QString lesson = ownClass ? lessonA : lessonB;
        return change(kind, derivedUuid(studentSelf, lesson), cls, w,
                      {{u"lesson_id"_s, lesson}, {u"student"_s, studentSelf}, {u"seconds_spent"_s, 60}});
    }

private Q_SLOTS:
    void initTestCase()
    {
        hub = std::make_unique<TestHub>();
        t1 = hub->keyedTeacher(u"t1"_s, t1Pc);
        t2 = hub->teacher(u"t2"_s);
        classA = hub->createClass(*t1, u"6e A"_s);
        classB = hub->createClass(*t2, u"6e B"_s);
        s1 = hub->student(*t1, classA, u"s1code"_s);
        s2 = hub->student(*t1, classA, u"s2code"_s);
        s3 = hub->student(*t2, classB, u"s3code"_s);
        QVERIFY(!s1->token.isEmpty() && !s2->token.isEmpty() && !s3->token.isEmpty());

        lessonA = newUuid();
        assignmentA = newUuid();
        lessonB = newUuid();
        assignmentB = newUuid();
        QJsonObject r = t1->sync({change(u"lesson"_s, lessonA, classA, *t1, {{u"title"_s, u"A"_s}, {u"status"_s, u"published"_s}}),
                                  change(u"assignment"_s, assignmentA, classA, *t1, {{u"title"_s, u"A"_s}, {u"status"_s, u"published"_s}})});
        QCOMPARE(verdictOf(r, 1), u"applied"_s);
        r = t2->sync({change(u"lesson"_s, lessonB, classB, *t2, {{u"title"_s, u"B"_s}, {u"status"_s, u"published"_s}}),
                      change(u"assignment"_s, assignmentB, classB, *t2, {{u"title"_s, u"B"_s}, {u"status"_s, u"published"_s}})});
        QCOMPARE(verdictOf(r, 1), u"applied"_s);
        submissionS1 = newUuid();
        submissionS3 = newUuid();
        r = s1->sync({change(u"submission"_s, submissionS1, classA, *s1, {{u"assignment_id"_s, assignmentA}, {u"student"_s, s1->id()}, {u"text"_s, u"x"_s}})});
        QCOMPARE(verdictOf(r), u"applied"_s);
        r = s3->sync({change(u"submission"_s, submissionS3, classB, *s3, {{u"assignment_id"_s, assignmentB}, {u"student"_s, s3->id()}, {u"text"_s, u"y"_s}})});
        QCOMPARE(verdictOf(r), u"applied"_s);

        // The relay columns' devices.
        QVERIFY(!keyedLogin(hub->url(), u"t1"_s, u"password-t1"_s, t1Old)->token.isEmpty());
        QVERIFY(!keyedLogin(hub->url(), u"s1code"_s, u"4821"_s, s1Old)->token.isEmpty());
        QVERIFY(!keyedLogin(hub->url(), u"s1code"_s, u"4821"_s, s1Phone)->token.isEmpty());
        QCOMPARE(t1->request("DELETE", u"/v1/devices/"_s + t1Old.deviceId).status, 204L);
        QCOMPARE(t1->request("DELETE", u"/v1/devices/%1?person=%2"_s.arg(s1Old.deviceId, s1->id())).status, 204L);
    }

    /// Fields of a new change of @p kind in class A, written by its rightful writer (t1, or s1 for herself).
    QJsonObject fieldsInClassA(const QString &kind)
    {
        static int n = 0;
        ++n;
        if (kind == u"class"_s)
            return {{u"name"_s, u"6e A (%1)"_s.arg(n)}};
        if (kind == u"member"_s)
            return {{u"person"_s, newUuid()}, {u"role"_s, u"student"_s}, {u"display_name"_s, u"Relayé %1"_s.arg(n)},
                    {u"login"_s, u"relay%1"_s.arg(n)}};
        if (kind == u"lesson"_s)
            return {{u"title"_s, u"Leçon %1"_s.arg(n)}, {u"status"_s, u"draft"_s}};
        if (kind == u"assignment"_s)
            return {{u"title"_s, u"Devoir %1"_s.arg(n)}};
        if (kind == u"answer_key"_s)
            return {{u"assignment_id"_s, assignmentA}, {u"answers"_s, QJsonObject{{u"q1"_s, QJsonArray{n % 3}}}}};
        if (kind == u"submission"_s)
            return {{u"assignment_id"_s, assignmentA}, {u"student"_s, s1->id()}, {u"text"_s, u"rendu %1"_s.arg(n)}};
        if (kind == u"feedback"_s)
            return {{u"submission_id"_s, submissionS1}, {u"student"_s, s1->id()}, {u"comment"_s, u"Bien %1"_s.arg(n)}};
        return {{u"lesson_id"_s, lessonA}, {u"student"_s, s1->id()}, {u"seconds_spent"_s, n}};
    }

    QString rowInClassA(const QString &kind)
    {
        if (kind == u"class"_s)
            return classA;
        if (kind == u"progress"_s)
            return derivedUuid(s1->id(), lessonA);
        if (kind == u"answer_key"_s)
            return AnswerKey::rowId(assignmentA, classA);
        return newUuid();
    }

    void matrix_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("ownClass");
        QTest::addColumn<QString>("expected");
        for (const KindSpec &k : allKinds()) {
            for (const QString &role : {u"teacher"_s, u"student"_s}) {
                const bool roleWrites = (role == u"teacher"_s) == (k.writer == Writer::Teacher);
                for (const bool own : {true, false}) {
                    const QString expected = roleWrites && own ? u"applied"_s : u"rejected"_s;
                    QTest::addRow("%s writes %s in %s class", qPrintable(role), qPrintable(k.kind), own ? "own" : "other")
                        << role << k.kind << own << expected;
                }
            }
        }
    }

    void matrix()
    {
        QFETCH(QString, role);
        QFETCH(QString, kind);
        QFETCH(bool, ownClass);
        QFETCH(QString, expected);
        Client &w = *writer(role);
        const QJsonObject r = w.sync({changeFor(kind, w, ownClass)});
        QCOMPARE(w.lastStatus, 200L);
        QCOMPARE(verdictOf(r), expected);
        if (expected == u"rejected"_s)
            QVERIFY2(reasonOf(r).startsWith(u"forbidden"_s), qPrintable(reasonOf(r)));
    }

    // The columns that were missing: who else may carry or claim a change of each kind, in class A. The rightful
    // writer (t1 for teachers' kinds, s1 for herself) is the positive control on every kind.
    void relayMatrix_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("persona");
        QTest::addColumn<QString>("expected");
        for (const KindSpec &k : allKinds()) {
            const bool teachers = k.writer == Writer::Teacher;
            const QByteArray name = k.kind.toUtf8();
            const char *kind = name.constData();
            QTest::addRow("%s by its writer", kind) << k.kind << u"writer"_s << u"applied"_s;
            QTest::addRow("%s by a teacher of another class", kind) << k.kind << u"other-teacher"_s << u"rejected"_s;
            QTest::addRow("%s signed by a revoked device", kind) << k.kind << u"revoked"_s << u"rejected"_s;
            // A teacher vouches for her students' devices only: never for a teacher's.
            QTest::addRow("%s signed by a vouched device", kind) << k.kind << u"vouched"_s << (teachers ? u"rejected"_s : u"applied"_s);
            QTest::addRow("%s relayed by someone else", kind) << k.kind << u"relayed"_s << u"applied"_s;
        }
    }

    void relayMatrix()
    {
        QFETCH(QString, kind);
        QFETCH(QString, persona);
        QFETCH(QString, expected);
        const bool teachers = kindSpec(kind)->writer == Writer::Teacher;
        Client &writer = teachers ? *t1 : *s1;
        QJsonObject c = change(kind, rowInClassA(kind), classA, writer, fieldsInClassA(kind));
        auto claimedBy = [&](const KeyedDevice &device) {
            c.insert(u"device"_s, device.deviceId);
            c.insert(u"hlc"_s, nextHlc(device.deviceId));
            return device.sign(c);
        };
        QJsonObject r;
        if (persona == u"writer"_s) {
            r = writer.sync({c});
        } else if (persona == u"other-teacher"_s) {
            c.insert(u"author"_s, t2->id()); // t2 writes it as himself
            c.insert(u"device"_s, t2->deviceId);
            r = t2->sync({c});
        } else if (persona == u"revoked"_s) {
            // Someone who is not the writer carries what the writer's signed-out device signed.
            r = relay(teachers ? *s2 : *t1, {}, {claimedBy(teachers ? t1Old : s1Old)});
        } else if (persona == u"vouched"_s) {
            const KeyedDevice &d = teachers ? t1Usb : s1Usb;
            r = relay(teachers ? *s2 : *t1, {vouch(t1Pc, d.deviceId, writer.id(), d.keys.publicKey)}, {claimedBy(d)});
        } else {
            // Carried by someone with no part in class A: a student of another class, or its teacher.
            r = relay(teachers ? *s3 : *t2, {}, {claimedBy(teachers ? t1Pc : s1Phone)});
        }
        QCOMPARE(verdictOf(r), expected);
        if (expected == u"rejected"_s)
            QVERIFY2(reasonOf(r).startsWith(u"forbidden"_s), qPrintable(reasonOf(r)));
    }

    void rejectedChangeDoesNotFailTheBatch()
    {
        const QJsonObject r = s1->sync({change(u"lesson"_s, newUuid(), classA, *s1, {{u"title"_s, u"pirate"_s}}),
                                        change(u"progress"_s, derivedUuid(s1->id(), lessonA), classA, *s1,
                                               {{u"lesson_id"_s, lessonA}, {u"student"_s, s1->id()}, {u"completed"_s, true}})});
        QCOMPARE(verdictOf(r, 0), u"rejected"_s);
        QCOMPARE(verdictOf(r, 1), u"applied"_s);
    }

    void studentCannotWriteForAnotherStudent()
    {
        const QJsonObject r = s1->sync({change(u"submission"_s, newUuid(), classA, *s1,
                                               {{u"assignment_id"_s, assignmentA}, {u"student"_s, s2->id()}, {u"text"_s, u"x"_s}})});
        QCOMPARE(verdictOf(r), u"rejected"_s);
    }

    void cannotForgeAnotherAuthor()
    {
        QJsonObject c = change(u"lesson"_s, newUuid(), classA, *s1, {{u"title"_s, u"forged"_s}});
        c.insert(u"author"_s, t1->id()); // claims to be the teacher, without the teacher device's signature
        const QJsonObject r = s1->sync({c});
        QCOMPARE(verdictOf(r), u"rejected"_s);
        QVERIFY(reasonOf(r).startsWith(u"forbidden"_s));
    }

    void teacherRelaysASignedReturnPack()
    {
        // A student's device registers its ed25519 key when signing in; its work comes back on a USB stick and
        // the teacher's device pushes it: accepted on the student's signature, judged as the student's change.
        QVERIFY(sodium_init() >= 0);
        unsigned char pk[crypto_sign_PUBLICKEYBYTES], sk[crypto_sign_SECRETKEYBYTES];
        crypto_sign_keypair(pk, sk);
        Client device(hub->url());
        const HttpReply login = device.post(u"/v1/login"_s, {{u"login"_s, u"s2code"_s}, {u"password"_s, u"4821"_s},
                                                             {u"device_id"_s, device.deviceId},
                                                             {u"device_key"_s, QString::fromLatin1(QByteArray(reinterpret_cast<char *>(pk), sizeof pk).toBase64())},
                                                             {u"device_proof"_s, Signing::signMessage(Signing::deviceMessage(
                                                                 device.deviceId, QByteArray(reinterpret_cast<char *>(pk), sizeof pk)),
                                                                 QByteArray(reinterpret_cast<char *>(sk), sizeof sk))}});
        QCOMPARE(login.status, 200L);
        device.person = login.json().value(u"person"_s).toObject();
        auto signedChange = [&](const QJsonObject &fields) {
            QJsonObject c = change(u"submission"_s, newUuid(), classA, device, fields);
            const QByteArray message = Change::fromJson(c, nullptr)->canonical();
            unsigned char sig[crypto_sign_BYTES];
            crypto_sign_detached(sig, nullptr, reinterpret_cast<const unsigned char *>(message.constData()), quint64(message.size()), sk);
            c.insert(u"sig"_s, QString::fromLatin1(QByteArray(reinterpret_cast<char *>(sig), sizeof sig).toBase64()));
            return c;
        };
        const QJsonObject good = signedChange({{u"assignment_id"_s, assignmentA}, {u"student"_s, device.id()}, {u"text"_s, u"rendu sur clé"_s}});
        QJsonObject tampered = signedChange({{u"assignment_id"_s, assignmentA}, {u"student"_s, device.id()}, {u"text"_s, u"original"_s}});
        tampered.insert(u"fields"_s, QJsonObject{{u"assignment_id"_s, assignmentA}, {u"student"_s, device.id()}, {u"text"_s, u"falsifié"_s}});
        const QJsonObject r = t1->sync({good, tampered});
        QCOMPARE(verdictOf(r, 0), u"applied"_s);
        QCOMPARE(verdictOf(r, 1), u"rejected"_s);
        QVERIFY(reasonOf(r, 1).startsWith(u"forbidden"_s));
    }

    void rowCannotMoveToAnotherClass()
    {
        // t2 teaches class B and tries to rewrite class A's lesson by claiming class B.
        const QJsonObject r = t2->sync({change(u"lesson"_s, lessonA, classB, *t2, {{u"title"_s, u"hijack"_s}})});
        QCOMPARE(verdictOf(r), u"rejected"_s);
        QVERIFY(reasonOf(r).startsWith(u"wrong_class"_s));
    }

    void loginCodeTakenIsRejected()
    {
        const QJsonObject r = t1->sync({change(u"member"_s, newUuid(), classA, *t1,
                                               {{u"person"_s, newUuid()}, {u"role"_s, u"student"_s}, {u"login"_s, u"s3code"_s}})});
        QCOMPARE(verdictOf(r), u"rejected"_s);
        QVERIFY(reasonOf(r).startsWith(u"login_taken"_s));
    }

    void studentScope()
    {
        // Things s2 must never see: s1's submission, feedback and progress, a draft, anyone's PIN hash.
        const QString draft = newUuid();
        const QString feedback = newUuid();
        QJsonObject r = t1->sync({change(u"lesson"_s, draft, classA, *t1, {{u"title"_s, u"brouillon secret"_s}, {u"status"_s, u"draft"_s}}),
                                  change(u"feedback"_s, feedback, classA, *t1,
                                         {{u"submission_id"_s, submissionS1}, {u"student"_s, s1->id()}, {u"comment"_s, u"pour s1"_s}})});
        QCOMPARE(verdictOf(r, 1), u"applied"_s);

        Client fresh(hub->url());
        QVERIFY(fresh.login(u"s2code"_s, u"4821"_s));
        const QJsonArray seen = fresh.pullAll();
        QVERIFY(!seen.isEmpty());
        bool sawOwnMember = false, sawLessonA = false;
        for (const QJsonValue &v : seen) {
            const QJsonObject c = v.toObject();
            const QJsonObject f = c.value(u"fields"_s).toObject();
            QVERIFY2(c.value(u"class"_s).toString() == classA, "a change from another class");
            QVERIFY2(!f.contains(u"pin_hash"_s), "a PIN hash reached a student");
            QVERIFY2(c.value(u"row"_s).toString() != draft, "a draft reached a student");
            const QString kind = c.value(u"kind"_s).toString();
            if ((kind == u"submission"_s || kind == u"feedback"_s || kind == u"progress"_s)
                && f.value(u"student"_s).toString() != fresh.id())
                QFAIL("another student's work reached a student");
            if (kind == u"member"_s && f.value(u"person"_s).toString() == fresh.id())
                sawOwnMember = true;
            if (kind == u"member"_s && f.value(u"role"_s).toString() == u"student"_s && f.value(u"person"_s).toString() != fresh.id())
                QFAIL("another student's roster entry reached a student");
            if (c.value(u"row"_s).toString() == lessonA)
                sawLessonA = true;
        }
        QVERIFY(sawOwnMember);
        QVERIFY(sawLessonA);

        // s1 sees their own feedback; the teacher sees everything, PIN hashes included.
        Client s1b(hub->url());
        QVERIFY(s1b.login(u"s1code"_s, u"4821"_s));
        bool s1SawFeedback = false;
        for (const QJsonValue &v : s1b.pullAll())
            s1SawFeedback = s1SawFeedback || v.toObject().value(u"row"_s).toString() == feedback;
        QVERIFY(s1SawFeedback);
        Client t1b(hub->url());
        QVERIFY(t1b.login(u"t1"_s, u"password-t1"_s));
        bool teacherSawDraft = false, teacherSawPin = false;
        for (const QJsonValue &v : t1b.pullAll()) {
            teacherSawDraft = teacherSawDraft || v.toObject().value(u"row"_s).toString() == draft;
            teacherSawPin = teacherSawPin || v.toObject().value(u"fields"_s).toObject().contains(u"pin_hash"_s);
        }
        QVERIFY(teacherSawDraft);
        QVERIFY(teacherSawPin);
    }

    void publishingServesTheWholeRow()
    {
        const QString lesson = newUuid();
        t1->sync({change(u"lesson"_s, lesson, classA, *t1, {{u"title"_s, u"Proportionnalité"_s}, {u"status"_s, u"draft"_s}})});
        t1->sync({change(u"lesson"_s, lesson, classA, *t1, {{u"before_class"_s, u"# Avant la classe\nRegardez la vidéo."_s}})});
        Client s(hub->url());
        QVERIFY(s.login(u"s2code"_s, u"4821"_s));
        for (const QJsonValue &v : s.pullAll())
            QVERIFY(v.toObject().value(u"row"_s).toString() != lesson);

        // Publishing changes only "status": the student must still get the title and the body.
        t1->sync({change(u"lesson"_s, lesson, classA, *t1, {{u"status"_s, u"published"_s}})});
        QJsonArray got;
        for (const QJsonValue &v : s.pullAll())
            if (v.toObject().value(u"row"_s).toString() == lesson)
                got.append(v);
        QCOMPARE(got.size(), 1);
        const QJsonObject fields = got.at(0).toObject().value(u"fields"_s).toObject();
        QCOMPARE(fields.value(u"title"_s).toString(), u"Proportionnalité"_s);
        QCOMPARE(fields.value(u"before_class"_s).toString(), u"# Avant la classe\nRegardez la vidéo."_s);
        QCOMPARE(fields.value(u"status"_s).toString(), u"published"_s);

        // Withdrawn again: the student is told it is a draft, without its new content.
        t1->sync({change(u"lesson"_s, lesson, classA, *t1, {{u"status"_s, u"draft"_s}, {u"title"_s, u"v2 secrète"_s}})});
        got = {};
        for (const QJsonValue &v : s.pullAll())
            if (v.toObject().value(u"row"_s).toString() == lesson)
                got.append(v);
        QCOMPARE(got.size(), 1);
        QCOMPARE(got.at(0).toObject().value(u"fields"_s).toObject(), (QJsonObject{{u"status"_s, u"draft"_s}}));
    }

    void classJoinedLaterIsServedFromTheStart()
    {
        // s1 is up to date; then t1 opens a second class with a lesson, and adds s1 to it.
        s1->pullAll();
        const QString classC = hub->createClass(*t1, u"Soutien"_s);
        const QString lesson = newUuid();
        t1->sync({change(u"lesson"_s, lesson, classC, *t1, {{u"title"_s, u"Révisions"_s}, {u"status"_s, u"published"_s}})});
        s1->pullAll(); // nothing yet: not a member
        QJsonObject r = t1->sync({change(u"member"_s, newUuid(), classC, *t1,
                                         {{u"person"_s, s1->id()}, {u"role"_s, u"student"_s}, {u"display_name"_s, u"s1"_s}})});
        QCOMPARE(verdictOf(r), u"applied"_s);
        bool sawClass = false, sawLesson = false;
        for (const QJsonValue &v : s1->pullAll()) {
            sawClass = sawClass || v.toObject().value(u"row"_s).toString() == classC;
            sawLesson = sawLesson || v.toObject().value(u"row"_s).toString() == lesson;
        }
        QVERIFY(sawClass);
        QVERIFY(sawLesson);
    }

    void removedStudentNoLongerReadsNorWrites()
    {
        auto leaving = hub->student(*t1, classA, u"partant"_s);
        leaving->pullAll();
        // The roster row of that student, as the teacher's device knows it.
        QString memberRow;
        Client t(hub->url());
        QVERIFY(t.login(u"t1"_s, u"password-t1"_s));
        for (const QJsonValue &v : t.pullAll())
            if (v.toObject().value(u"fields"_s).toObject().value(u"person"_s).toString() == leaving->id())
                memberRow = v.toObject().value(u"row"_s).toString();
        QVERIFY(!memberRow.isEmpty());
        QCOMPARE(verdictOf(t1->sync({change(u"member"_s, memberRow, classA, *t1, {{u"deleted"_s, true}})})), u"applied"_s);

        const QString lesson = newUuid();
        t1->sync({change(u"lesson"_s, lesson, classA, *t1, {{u"title"_s, u"après le départ"_s}, {u"status"_s, u"published"_s}})});
        for (const QJsonValue &v : leaving->pullAll())
            QVERIFY(v.toObject().value(u"row"_s).toString() != lesson);
        const QJsonObject r = leaving->sync({change(u"submission"_s, newUuid(), classA, *leaving,
                                                    {{u"assignment_id"_s, assignmentA}, {u"student"_s, leaving->id()}})});
        QCOMPARE(verdictOf(r), u"rejected"_s);
    }

    void teacherRevokesAStudentsDevice()
    {
        Client s(hub->url());
        QVERIFY(s.login(u"s2code"_s, u"4821"_s));
        QCOMPARE(s.request("GET", u"/v1/devices"_s).status, 200L);
        // Another teacher may not; the student's own teacher may.
        QCOMPARE(t2->request("DELETE", u"/v1/devices/%1?person=%2"_s.arg(s.deviceId, s.id())).status, 403L);
        const QJsonArray listed = t1->request("GET", u"/v1/devices"_s).json().value(u"devices"_s).toArray();
        bool listedForTeacher = false;
        for (const QJsonValue &d : listed)
            listedForTeacher = listedForTeacher || d.toObject().value(u"id"_s).toString() == s.deviceId;
        QVERIFY(listedForTeacher);
        QCOMPARE(t1->request("DELETE", u"/v1/devices/%1?person=%2"_s.arg(s.deviceId, s.id())).status, 204L);
        const HttpReply after = s.request("POST", u"/v1/sync"_s, "{}");
        QCOMPARE(after.status, 401L);
        QCOMPARE(after.json().value(u"error"_s).toString(), u"revoked"_s);
    }
};

QTEST_GUILESS_MAIN(TestHubAuthorization)
#include "tst_hubauthorization.moc"
