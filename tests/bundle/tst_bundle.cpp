// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "classroom.h"
#include "tests/storeinternals.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Continuite;
using namespace Qt::StringLiterals;

using namespace BundleTest;

namespace {
int count(Device &d, const QString &sql, const QVariantList &values = {})
{
    return StoreInternals::database(*d).scalar(sql, values).toInt();
}

/// Edits a pack as a careful forger would: the change of a SQL statement, then a correct seal.
void forge(const QString &path, const QString &sql)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"forger"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY2(q.exec(sql), qPrintable(q.lastQuery()));
        QVERIFY(q.numRowsAffected() > 0);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"forger"_s);
    QVERIFY(BundleFile::seal(path));
}
} // namespace

class TestBundle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void endToEndWithoutNetwork()
    {
        Classroom room;
        const QString classPack = room.exportClassPack();

        // A fresh family laptop: Léa types the login code from her card; the class pack brings the rest.
        auto lea = room.studentDevice(room.lea, classPack);
        QVERIFY(lea->store->current());
        auto in = BundleImporter(*lea->store).import(classPack);
        QVERIFY2(in, qPrintable(in.error()));
        QCOMPARE(in->forProfile, room.lea.member.login);
        QCOMPARE(in->newDeviceKeys.size(), 1); // the teacher's device, trusted on first use
        QCOMPARE(in->mediaAdded, 1);
        QCOMPARE(in->duplicates, 0);

        QList<Lesson> lessons = (*lea)->lessons();
        QCOMPARE(lessons.size(), 1);
        QCOMPARE(lessons.first().title, u"Partager l'unité"_s);
        QCOMPARE(lessons.first().beforeClass, u"Regarde la pizza."_s);
        QVERIFY((*lea)->media().verify(lessons.first().attachments.first().sha256));
        QCOMPARE((*lea)->assignments().size(), 1);
        QCOMPARE((*lea)->classes().first().name, u"CM1 Les Étoiles"_s);
        // Only what a student may see: no draft, no PIN hash; the roster she sees: her teacher and herself.
        QCOMPARE(count(*lea, u"SELECT count(*) FROM lessons WHERE title = 'Brouillon secret'"_s), 0);
        QCOMPARE(count(*lea, u"SELECT count(*) FROM assignments WHERE status <> 'published'"_s), 0);
        QCOMPARE(count(*lea, u"SELECT count(*) FROM members WHERE pin_hash IS NOT NULL"_s), 0);
        QCOMPARE((*lea)->members(room.schoolClass.meta.id).size(), 2);
        QCOMPARE((*lea)->status().pendingChanges, 0); // a pack is received, never sent back

        // She works from it with no network: answers the quiz and reads the lesson.
        auto submitted = (*lea)->submit({room.quiz.meta.id, {}, QJsonObject{{u"q1"_s, QJsonArray{0}}, {u"q2"_s, u"3/4"_s}}, {}});
        QVERIFY2(submitted, qPrintable(submitted.error()));
        // The quiz shows its answers after handing in: her device gets them from her teacher (the next pack or
        // sync), so it shows no score yet; her teacher's device scores it from its own key.
        QVERIFY(!submitted->autoScore);
        QVERIFY((*lea)->recordProgress(room.lesson.meta.id, true, 600));

        // Her return pack goes back on the stick.
        auto back = BundleExporter(*lea->store).exportReturnPack(room.path(u"retour-lea.continuite"_s));
        QVERIFY2(back, qPrintable(back.error()));
        QCOMPARE(back->manifest.changeCount, 2);

        auto &teacher = room.teacher;
        auto got = BundleImporter(*teacher.store).import(back->path);
        QVERIFY2(got, qPrintable(got.error()));
        QCOMPARE(got->applied, 2);
        QCOMPARE(got->relayQueued, 2);
        QCOMPARE(got->forProfile, u"mme.durand"_s);
        const QList<Submission> work = teacher->submissions(room.quiz.meta.id);
        QCOMPARE(work.size(), 1);
        QCOMPARE(work.first().studentId, room.lea.member.personId);
        QCOMPARE(work.first().autoScore, std::optional<double>(3));
        QCOMPARE(work.first().maxScore, std::optional<double>(3));
        QVERIFY(teacher->progress(room.lesson.meta.id, room.lea.member.personId)->completed);

        // Queued for the hub in the teacher's outbox, with Léa's author, device and signature intact.
        int relayed = 0;
        for (const OutboxEntry &e : teacher->changes().outbox(room.teacherProfile.id)) {
            if (e.change.author != room.lea.member.personId)
                continue;
            ++relayed;
            QCOMPARE(e.change.device, (*lea)->deviceId());
            QVERIFY(Signing::verify(e.change, (*lea)->changes().devicePublicKey()));
        }
        QCOMPARE(relayed, 2);

        // Léa also syncs from school later: the hub hands the teacher her same changes, stored once.
        QList<Change> viaHub;
        for (const OutboxEntry &e : (*lea)->changes().outbox(room.lea.member.personId))
            viaHub << e.change;
        QCOMPARE(viaHub.size(), 2);
        QVERIFY(StoreInternals::database(*teacher).write([&]() -> Status {
            auto v = teacher->changes().applyAll(viaHub);
            if (!v)
                return Status::failure(v.error());
            return v->count(ApplyVerdict::Duplicate) == 2 ? success() : Status::failure(u"applied twice"_s);
        }));
        QCOMPARE(teacher->submissions(room.quiz.meta.id).size(), 1);

        // The same stick twice, on either side: everything is stored once.
        const QString teacherBefore = teacher.fingerprint();
        auto again = BundleImporter(*teacher.store).import(back->path);
        QVERIFY2(again, qPrintable(again.error()));
        QVERIFY(again->nothingNew());
        QCOMPARE(again->duplicates, 2);
        QCOMPARE(teacher->submissions(room.quiz.meta.id).size(), 1);
        QCOMPARE(teacher.fingerprint(), teacherBefore);
        const QString leaBefore = lea->fingerprint();
        auto classAgain = BundleImporter(*lea->store).import(classPack);
        QVERIFY2(classAgain, qPrintable(classAgain.error()));
        QVERIFY(classAgain->nothingNew());
        QCOMPARE(lea->fingerprint(), leaBefore);

        // The teacher answers: a pack for Léa alone carries her feedback, and no one else's.
        QVERIFY(teacher->giveFeedback(work.first().meta.id, u"Très bien, Léa !"_s, 3));
        auto forLea = BundleExporter(*teacher.store).exportStudentPack(room.lea.member.login, room.path(u"lea.continuite"_s));
        QVERIFY2(forLea, qPrintable(forLea.error()));
        QCOMPARE(count(*lea, u"SELECT count(*) FROM feedback"_s), 0);
        auto feedbackIn = BundleImporter(*lea->store).import(forLea->path);
        QVERIFY2(feedbackIn, qPrintable(feedbackIn.error()));
        const QList<Feedback> fb = (*lea)->feedback(submitted->meta.id);
        QCOMPARE(fb.size(), 1);
        QCOMPARE(fb.first().comment, u"Très bien, Léa !"_s);
        QCOMPARE(fb.first().score, std::optional<double>(3));

        // Noé's laptop is not Léa's: her pack is refused there.
        auto noe = room.studentDevice(room.noe, classPack);
        const QString noeBefore = noe->fingerprint();
        auto wrongStudent = BundleImporter(*noe->store).import(forLea->path);
        QVERIFY(!wrongStudent);
        QVERIFY2(wrongStudent.error().contains(u"one student"_s), qPrintable(wrongStudent.error()));
        QCOMPARE(noe->fingerprint(), noeBefore);
    }

    void refusedWhole_data()
    {
        QTest::addColumn<QString>("attack");
        QTest::addColumn<QString>("reason");
        QTest::newRow("byte changed in the SQLite header") << u"byte:30"_s << u"changed or cut short|damaged"_s;
        QTest::newRow("byte changed in the middle") << u"byte:middle"_s << u"changed or cut short|damaged"_s;
        QTest::newRow("byte changed in the last page") << u"byte:last"_s << u"changed or cut short|damaged"_s;
        QTest::newRow("byte changed in the seal itself") << u"byte:seal"_s << u"changed or cut short|damaged"_s;
        QTest::newRow("truncated by one page") << u"truncate:4096"_s << u"changed or cut short|damaged"_s;
        QTest::newRow("truncated to half") << u"truncate:half"_s << u"changed or cut short|damaged"_s;
        QTest::newRow("empty file") << u"truncate:all"_s << u"not a Continuité bundle"_s;
        QTest::newRow("forged lesson text, resealed") << u"forge:lesson"_s << u"valid signature"_s;
        QTest::newRow("draft smuggled in, resealed") << u"forge:draft"_s << u"valid signature"_s;
        QTest::newRow("change dropped, resealed") << u"forge:drop"_s << u"does not hold what its manifest says"_s;
        QTest::newRow("device key swapped, resealed") << u"forge:key"_s << u"disagree"_s;
        QTest::newRow("pack for another class") << u"otherClass"_s << u"no one on this device is in it"_s;
    }

    void refusedWhole()
    {
        QFETCH(QString, attack);
        QFETCH(QString, reason);
        Classroom room;
        const QString good = room.exportClassPack();
        const QString bad = room.path(u"bad.continuite"_s);
        QVERIFY(QFile::copy(good, bad));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        const QString kind = attack.section(u':', 0, 0);
        const QString arg = attack.section(u':', 1);
        if (kind == u"byte") {
            qsizetype offset = arg == u"middle" ? bytes.size() / 2 : arg == u"last" ? bytes.size() - 1 : arg.toLongLong();
            if (arg == u"seal") {
                static const QRegularExpression hex(u"[0-9a-f]{64}"_s);
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
                db.setDatabaseName(good);
                QVERIFY(db.open());
                QSqlQuery q(u"SELECT value FROM manifest WHERE key = 'sha256'"_s, db);
                QVERIFY(q.next());
                offset = bytes.indexOf(q.value(0).toString().toLatin1()) + 10;
                q.finish();
                db.close();
                db = {};
                QSqlDatabase::removeDatabase(u"peek"_s);
            }
            bytes[offset] = char(bytes.at(offset) ^ 0x01);
            QVERIFY(file.seek(0));
            QCOMPARE(file.write(bytes), bytes.size());
        } else if (kind == u"truncate") {
            QVERIFY(file.resize(arg == u"all" ? 0 : arg == u"half" ? bytes.size() / 2 : bytes.size() - arg.toInt()));
        }
        file.close();
        if (attack == u"forge:lesson")
            forge(bad, u"UPDATE changes SET body = replace(body, 'On partage.', 'Pas de cours demain.') WHERE body LIKE '%\"lesson\"%'"_s);
        else if (attack == u"forge:draft")
            forge(bad, u"UPDATE changes SET body = replace(body, '\"published\"', '\"draft\"') WHERE body LIKE '%\"lesson\"%'"_s);
        else if (attack == u"forge:drop")
            forge(bad, u"DELETE FROM changes WHERE body LIKE '%\"assignment\"%'"_s);
        else if (attack == u"forge:key")
            forge(bad, u"UPDATE device_keys SET public_key = '%1'"_s.arg(QString::fromLatin1(Signing::newKeyPair().publicKey.toBase64())));

        Device *target = nullptr;
        std::unique_ptr<Device> lea;
        if (attack == u"otherClass") {
            // Léa is in CM1; the same teacher's CM2 pack is not for her laptop.
            lea = room.studentDevice(room.lea, good);
            QVERIFY(BundleImporter(*lea->store).import(good));
            auto other = room.teacher->createClass(u"CM2 Les Comètes"_s);
            QVERIFY(room.teacher->addStudent(other->meta.id, u"Zoé"_s));
            QVERIFY(BundleExporter(*room.teacher.store).exportClassPack(other->meta.id, bad));
        } else {
            lea = room.studentDevice(room.lea, good);
        }
        target = lea.get();
        const QString before = target->fingerprint();
        auto refused = BundleImporter(*target->store).import(bad);
        QVERIFY2(!refused, "the bad pack was imported");
        QVERIFY2(refused.error().contains(QRegularExpression(reason)), qPrintable(refused.error()));
        QCOMPARE(target->fingerprint(), before);
        QCOMPARE((*target)->media().contains(room.lesson.attachments.first().sha256), attack == u"otherClass");

        // The genuine pack still goes in: the refusal was about the damage, not the device.
        auto genuine = BundleImporter(*target->store).import(good);
        QVERIFY2(genuine, qPrintable(genuine.error()));
        QCOMPARE((*target)->lessons().size(), 1);
    }

    void returnPackRefused_data()
    {
        QTest::addColumn<QString>("attack");
        QTest::addColumn<QString>("reason");
        QTest::newRow("student writes a lesson") << u"lesson"_s << u"only a teacher may write"_s;
        QTest::newRow("student writes feedback") << u"feedback"_s << u"only a teacher may write"_s;
        QTest::newRow("student hands in for another") << u"otherStudent"_s << u"not Léa Müller's own work"_s;
        QTest::newRow("student claims a teacher's pack") << u"claimTeacher"_s << u"not a teacher of the class"_s;
        QTest::newRow("a second device, unconfirmed") << u"newDevice"_s << u"never seen"_s;
        QTest::newRow("submission answers, resealed") << u"forgeScore"_s << u"valid signature"_s;
    }

    void returnPackRefused()
    {
        QFETCH(QString, attack);
        QFETCH(QString, reason);
        Classroom room;
        const QString classPack = room.exportClassPack();
        auto lea = room.studentDevice(room.lea, classPack);
        QVERIFY(BundleImporter(*lea->store).import(classPack));
        QVERIFY((*lea)->submit({room.quiz.meta.id, {}, QJsonObject{{u"q1"_s, QJsonArray{1}}}, {}}));
        const QString me = (*lea)->current()->id;
        const QString classId = room.schoolClass.meta.id;
        const QString pack = room.path(u"retour.continuite"_s);

        // The student's device writes what the app would never let her write, straight into its change log.
        auto recordRaw = [&](Device &d, const QString &kind, const QString &row, const QJsonObject &fields) {
            QVERIFY(StoreInternals::database(*d).write([&]() -> Status {
                auto c = d->changes().record(kind, row, classId, me, fields);
                return c ? success() : Status::failure(c.error());
            }));
        };
        std::unique_ptr<Device> second;
        Device *maker = lea.get();
        if (attack == u"lesson")
            recordRaw(*lea, u"lesson"_s, room.lesson.meta.id, {{u"title"_s, u"Pas de devoirs"_s}});
        else if (attack == u"feedback")
            recordRaw(*lea, u"feedback"_s, newUuid(), {{u"student"_s, me}, {u"comment"_s, u"20/20"_s}, {u"score"_s, 20}});
        else if (attack == u"otherStudent")
            recordRaw(*lea, u"submission"_s, newUuid(), {{u"assignment_id"_s, room.quiz.meta.id}, {u"student"_s, room.noe.member.personId},
                                                         {u"text"_s, u"copie"_s}});
        if (attack == u"newDevice") {
            // Her first pack pins her laptop; a pack from another device then needs the teacher's word.
            auto first = BundleExporter(*lea->store).exportReturnPack(pack);
            QVERIFY(BundleImporter(*room.teacher.store).import(first->path));
            second = room.studentDevice(room.lea, classPack);
            QVERIFY(BundleImporter(*second->store).import(classPack));
            QVERIFY((*second)->recordProgress(room.lesson.meta.id, false, 60));
            maker = second.get();
        }
        if (attack == u"claimTeacher") {
            // Her device re-signs the class as if she taught it, and calls it a class pack.
            BundleContents contents;
            contents.manifest.kind = BundleKind::ClassPack;
            contents.manifest.makerId = me;
            contents.manifest.makerName = u"Léa Müller"_s;
            contents.manifest.makerRole = u"teacher"_s;
            contents.manifest.deviceId = (*lea)->deviceId();
            contents.manifest.devicePublicKey = (*lea)->changes().devicePublicKey();
            contents.manifest.classId = classId;
            contents.manifest.madeAt = QDateTime::currentDateTimeUtc();
            Change c;
            c.id = newUuid();
            c.kind = u"lesson"_s;
            c.row = room.lesson.meta.id;
            c.classId = classId;
            c.hlc = room.lesson.meta.hlc;
            c.author = me;
            c.fields = {{u"title"_s, u"Vacances !"_s}};
            contents.changes << (*lea)->changes().signedByThisDevice(c);
            contents.deviceKeys.insert(contents.manifest.deviceId, {contents.manifest.deviceId, contents.manifest.devicePublicKey, me});
            QVERIFY(BundleFile::write(pack, contents));
        } else {
            auto made = BundleExporter(*maker->store).exportReturnPack(pack);
            QVERIFY2(made, qPrintable(made.error()));
        }
        if (attack == u"forgeScore")
            forge(pack, u"UPDATE changes SET body = replace(body, '\"q1\":[1]', '\"q1\":[0]')"_s); // the right answer, afterwards

        Device &teacher = room.teacher;
        const QString before = teacher.fingerprint();
        auto refused = BundleImporter(*teacher.store).import(pack);
        QVERIFY2(!refused, "the bad pack was imported");
        QVERIFY2(refused.error().contains(reason), qPrintable(refused.error()));
        QCOMPARE(teacher.fingerprint(), before);
        QCOMPARE(teacher->lessons().first().title, u"Partager l'unité"_s);

        if (attack == u"newDevice") {
            BundleImporter::Options confirmed;
            confirmed.trustNewDevice = true;
            auto accepted = BundleImporter(*teacher.store).import(pack, confirmed);
            QVERIFY2(accepted, qPrintable(accepted.error()));
            QCOMPARE(accepted->newDeviceKeys.size(), 1);
            QCOMPARE(accepted->relayQueued, 1);
        }
    }

    void firstPackStartsADevice()
    {
        // A laptop that never met the hub: Léa's own pack and the PIN of her card make her profile.
        Classroom room;
        const QString classPack = room.exportClassPack();
        auto forLea = BundleExporter(*room.teacher.store).exportStudentPack(room.lea.member.login, room.path(u"lea.continuite"_s));
        QVERIFY2(forLea, qPrintable(forLea.error()));
        {
            // Her pack carries her PIN hash, and no one else's; the class pack carries none.
            auto inLea = BundleImporter(*room.teacher.store).inspect(forLea->path);
            auto inClass = BundleImporter(*room.teacher.store).inspect(classPack);
            QVERIFY(inLea && inClass);
            QStringList withHash;
            for (const Change &c : inLea->changes)
                if (c.fields.contains(u"pin_hash"_s))
                    withHash << c.fields.value(u"login"_s).toString();
            QCOMPARE(withHash, QStringList{room.lea.member.login});
            for (const Change &c : inClass->changes)
                QVERIFY(!c.fields.contains(u"pin_hash"_s));
        }

        Device laptop;
        const QString before = laptop.fingerprint();
        const auto refused = [&](const QString &pack, const QString &login, const QString &pin, const QString &says) {
            const QString fingerprint = laptop.fingerprint();
            const qsizetype profiles = laptop->profiles().size();
            auto r = BundleImporter(*laptop.store).importAsNewStudent(pack, login, pin);
            QVERIFY(!r);
            QVERIFY2(r.error().contains(says), qPrintable(r.error()));
            QCOMPARE(laptop->profiles().size(), profiles);
            QCOMPARE(laptop.fingerprint(), fingerprint);
        };
        refused(classPack, room.lea.member.login, room.lea.pin, u"whole class"_s);
        refused(forLea->path, room.lea.member.login, u"0000"_s == room.lea.pin ? u"1111"_s : u"0000"_s, u"not the PIN"_s);
        refused(forLea->path, room.noe.member.login, room.noe.pin, u"no student with the login code"_s);
        QVERIFY(laptop->profiles().isEmpty());
        QCOMPARE(laptop.fingerprint(), before);
        // The device pinned another key for the teacher's device: refused inside the transaction, no profile left.
        QVERIFY(laptop->sync().pinKey(room.teacher->deviceId(), room.teacherProfile.id, QByteArray(32, 'A')));
        const QString pinned = laptop.fingerprint();
        auto forged = BundleImporter(*laptop.store).importAsNewStudent(forLea->path, room.lea.member.login, room.lea.pin);
        QVERIFY(!forged);
        QVERIFY(laptop->profiles().isEmpty());
        QCOMPARE(laptop.fingerprint(), pinned);
        QVERIFY(StoreInternals::database(*laptop).exec(u"DELETE FROM pinned_keys"_s));

        auto first = BundleImporter(*laptop.store).importAsNewStudent(forLea->path, room.lea.member.login.toLower(), room.lea.pin);
        QVERIFY2(first, qPrintable(first.error()));
        QCOMPARE(first->profile.login, room.lea.member.login);
        QCOMPARE(first->profile.id, room.lea.member.personId);
        QCOMPARE(first->summary.forProfile, room.lea.member.login);
        QCOMPARE(laptop->activeProfile()->login, room.lea.member.login);
        QVERIFY(laptop->unlock(room.lea.member.login, room.lea.pin));
        laptop->setCurrent(first->profile);
        QCOMPARE(laptop->lessons().size(), 1);
        QCOMPARE(laptop->assignments().size(), 1);
        // Like the hub, her device does not keep the PIN hash it checked.
        QCOMPARE(count(laptop, u"SELECT count(*) FROM members WHERE pin_hash IS NOT NULL"_s), 0);
        refused(forLea->path, room.lea.member.login, room.lea.pin, u"already has a profile"_s);
        // Later class packs come in as usual.
        QVERIFY(BundleImporter(*laptop.store).import(classPack));
    }

    void packThenSyncStoresOnce()
    {
        // The same rows arriving again by another road (sync, a newer pack) merge into the same rows.
        Classroom room;
        const QString first = room.exportClassPack(u"1.continuite"_s);
        auto lea = room.studentDevice(room.lea, first);
        QVERIFY(BundleImporter(*lea->store).import(first));
        const int lessonsBefore = count(*lea, u"SELECT count(*) FROM lessons"_s);
        // The teacher publishes the draft; the next pack carries both lessons, the old one unchanged.
        QVERIFY(room.teacher->publishLesson(room.draft.meta.id));
        const QString second = room.exportClassPack(u"2.continuite"_s);
        auto in = BundleImporter(*lea->store).import(second);
        QVERIFY2(in, qPrintable(in.error()));
        QCOMPARE(in->applied, 1);
        QCOMPARE(in->mediaKnown, 1);
        QCOMPARE(count(*lea, u"SELECT count(*) FROM lessons"_s), lessonsBefore + 1);
        QCOMPARE((*lea)->lessons().size(), 2);
        // A sync page carrying the teacher's own original changes for these rows: stored once.
        QList<Change> synced;
        for (const OutboxEntry &e : room.teacher->changes().outbox(room.teacherProfile.id))
            if (e.change.kind == u"lesson" && e.change.row == room.lesson.meta.id)
                synced << e.change;
        QVERIFY(!synced.isEmpty());
        QVERIFY(StoreInternals::database(*lea->store).write([&]() -> Status {
            auto v = (*lea)->changes().applyAll(synced);
            return v ? success() : Status::failure(v.error());
        }));
        QCOMPARE(count(*lea, u"SELECT count(*) FROM lessons"_s), lessonsBefore + 1);
        QCOMPARE((*lea)->lesson(room.lesson.meta.id)->title, u"Partager l'unité"_s);
    }
};

QTEST_GUILESS_MAIN(TestBundle)
#include "tst_bundle.moc"
