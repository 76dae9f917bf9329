// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// Whose device a pack's key is (issue 11, the session-11 review's F3 and F4): keys are pinned per (device, person),
// so two sisters on one family laptop are both believed and relayed to the real hub, while another key under a known
// device id is refused; and every profile on the importing device is a known person, so a pack "by the teacher" from
// a device he never used is not believed on first use on his own device. Real stores, real packs, real hub on loopback.
#include "classroom.h"

#include "sync/bundle/relaykeys.h"
#include "sync/client/syncengine.h"
#include "sync/hub/hubengine.h"
#include "sync/hub/hubserver.h"
#include "tests/storeinternals.h"

#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Continuite;
using namespace Qt::StringLiterals;
using namespace BundleTest;

namespace {

SyncEngine::Options fast()
{
    SyncEngine::Options o;
    o.transport.connectTimeoutMs = 3000;
    o.transport.maxAttempts = 2;
    o.transport.backoffBaseMs = 50;
    return o;
}

/// The row's entries in the hub's log, as the hub stored them.
QList<Hub::LogEntry> hubLogOf(Hub::HubServer &hub, const QString &classId, const QString &row)
{
    QList<Hub::LogEntry> found;
    hub.engine().storage().read([&](Hub::HubTransaction &tx) {
        found.clear();
        for (const Hub::LogEntry &e : tx.changesAfter(0, -1, {classId}, {}, 100000))
            if (e.row == row)
                found << e;
    });
    return found;
}

/// A profile for @p login on @p device, as the family laptop's app makes it from the class pack's roster.
Profile addStudentProfile(Device &device, const NewStudent &student)
{
    return device->addProfile(student.member.login, student.member.displayName, Role::Student, {}, student.member.personId).value();
}

/// A forger's store that calls itself @p deviceId: its own (other) key, someone else's device id.
void takeDeviceId(Device &forger, const QString &deviceId)
{
    QVERIFY(StoreInternals::database(*forger).setMeta(u"device_id"_s, deviceId));
    forger.store.reset();
    forger.store = Store::open(forger.dir.path()).value();
    QCOMPARE(forger->deviceId(), deviceId);
}

} // namespace

class TestPackTrust : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // F4: Léa and Inès share the family laptop (one installation: one device id, one key). Before: Inès's genuine
    // return pack was refused as "forged" (keys pinned by device id only), even with --trust-new-device.
    void twoSistersOnOneLaptopAreBothBelieved()
    {
        QTemporaryDir hubDir, files;
        Hub::HubServer hub(hubDir.path());
        QVERIFY(hub.start(u"127.0.0.1"_s, 0));
        hub.engine().addTeacher(u"mme.durand"_s, u"Claire Durand"_s, "mot-de-passe", true);
        Device teacher;
        SyncEngine teacherSync(*teacher.store, fast());
        auto me = teacherSync.login(hub.url(), u"mme.durand"_s, u"mot-de-passe"_s);
        QVERIFY2(me, qPrintable(me.error()));
        teacher->setCurrent(*me);
        const SchoolClass cls = teacher->createClass(u"CM1 Les Étoiles"_s).value();
        const NewStudent lea = teacher->addStudent(cls.meta.id, u"Léa Müller"_s).value();
        const NewStudent ines = teacher->addStudent(cls.meta.id, u"Inès Müller"_s).value();
        const NewStudent noe = teacher->addStudent(cls.meta.id, u"Noé Çelik"_s).value();
        Store::AssignmentInput a;
        a.classId = cls.meta.id;
        a.title = u"Raconte ta semaine"_s;
        a.instructions = u"Quelques lignes."_s;
        const Assignment assignment = teacher->publishAssignment(teacher->createAssignment(a).value().meta.id).value();
        QVERIFY(teacherSync.sync(*me)->errors.isEmpty());
        const QString classPack = files.filePath(u"classe.continuite"_s);
        QVERIFY(BundleExporter(*teacher.store).exportClassPack(cls.meta.id, classPack));

        // One family laptop, two sisters, each her own profile; each hands in her work on a USB pack.
        Device laptop;
        const Profile leaHere = addStudentProfile(laptop, lea);
        const Profile inesHere = addStudentProfile(laptop, ines);
        laptop->setCurrent(leaHere);
        QVERIFY(BundleImporter(*laptop.store).import(classPack));
        QMap<QString, QString> packs, works;
        for (const Profile &sister : {leaHere, inesHere}) {
            laptop->setCurrent(sister);
            auto work = laptop->submit({assignment.meta.id, u"Le travail de "_s + sister.displayName, {}, {}});
            QVERIFY2(work, qPrintable(work.error()));
            works[sister.login] = work->meta.id;
            packs[sister.login] = files.filePath(sister.login + u".continuite"_s);
            QVERIFY(BundleExporter(*laptop.store).exportReturnPack(packs[sister.login]));
        }

        // The attacker beside them: Noé makes a key of his own under the laptop's id and hands in "as" the laptop —
        // for himself, and for Inès. A device never changes key: refused, confirmed or not, before and after the fix.
        Device forger;
        addStudentProfile(forger, noe);
        addStudentProfile(forger, ines);
        takeDeviceId(forger, laptop->deviceId());
        QVERIFY(BundleImporter(*forger.store).import(classPack));
        QMap<QString, QString> forged;
        for (const NewStudent *who : {&noe, &ines}) {
            forger->setCurrent(*forger->profile(who->member.login));
            QVERIFY(forger->submit({assignment.meta.id, u"Copie de "_s + who->member.displayName, {}, {}}));
            forged[who->member.login] = files.filePath(u"forged-"_s + who->member.login + u".continuite"_s);
            QVERIFY(BundleExporter(*forger.store).exportReturnPack(forged[who->member.login]));
        }

        // Léa's pack comes first: her laptop's key is pinned for her.
        auto first = BundleImporter(*teacher.store).import(packs[lea.member.login]);
        QVERIFY2(first, qPrintable(first.error()));
        QCOMPARE(first->newDeviceKeys.size(), 1);
        const QString before = teacher.fingerprint();
        BundleImporter::Options confirmed;
        confirmed.trustNewDevice = true;
        for (const QString &pack : forged) {
            for (const BundleImporter::Options &options : {BundleImporter::Options{}, confirmed}) {
                auto refused = BundleImporter(*teacher.store).import(pack, options);
                QVERIFY2(!refused, "a pack signed by another key under the laptop's id was believed");
                QVERIFY2(refused.error().contains(u"another key"_s), qPrintable(refused.error()));
            }
        }
        QCOMPARE(teacher.fingerprint(), before);

        // Inès's genuine pack: the same device and key, another person. Believed without a confirmation (her first
        // device here), and pinned for her.
        auto second = BundleImporter(*teacher.store).import(packs[ines.member.login]);
        QVERIFY2(second, qPrintable(second.error()));
        QCOMPARE(second->relayQueued, 1);
        QCOMPARE(second->newDeviceKeys.size(), 1);
        QVERIFY2(second->newDeviceKeys.first().contains(u"Inès"_s), qPrintable(second->newDeviceKeys.first()));
        // Noé's forgery still refused once the laptop is pinned for both sisters.
        QVERIFY(!BundleImporter(*teacher.store).import(forged[noe.member.login], confirmed));

        // The teacher's sync vouches the laptop's key for each sister: the hub applies both, each under its author.
        QList<Change> relay;
        for (const OutboxEntry &e : teacher->changes().outbox(me->id, u"pending"_s))
            relay << e.change;
        QCOMPARE(RelayKeys::vouchesFor(*teacher.store, me->id, relay).size(), 2);
        auto relayed = teacherSync.sync(*me);
        QVERIFY(relayed);
        QVERIFY2(relayed->errors.isEmpty(), qPrintable(relayed->errors.join(u'\n')));
        QCOMPARE(relayed->changesRejected, 0);
        QCOMPARE(relayed->changesSent, 2);
        for (const NewStudent *sister : {&lea, &ines}) {
            const QList<Hub::LogEntry> log = hubLogOf(hub, cls.meta.id, works[sister->member.login]);
            QCOMPARE(log.size(), 1);
            QCOMPARE(log.first().author, sister->member.personId);
            QCOMPARE(log.first().device, laptop->deviceId());
        }
    }

    // F3: Léa forges a class pack "by her teacher" under a device id she made. On his own device the teacher was an
    // unknown person (a device never pins its own profiles), so the made-up device was trusted on first use, and his
    // next class pack re-signed the forged rows with his real key.
    void aPackByAProfileOfThisDeviceFromAnotherDevice()
    {
        Classroom room;
        const QString classPack = room.exportClassPack();
        auto lea = room.studentDevice(room.lea, classPack);
        QVERIFY(BundleImporter(*lea->store).import(classPack));

        // Her pack: the quiz's instructions changed, "by Claire Durand", signed on Léa's laptop with its own key.
        auto contents = BundleImporter(*lea->store).inspect(classPack);
        QVERIFY(contents);
        BundleContents forgery;
        forgery.manifest = contents->manifest;
        forgery.manifest.deviceId = (*lea)->deviceId();
        forgery.manifest.devicePublicKey = (*lea)->changes().devicePublicKey();
        for (Change c : contents->changes) {
            if (c.kind == u"assignment") {
                c.fields.insert(u"instructions"_s, u"Les corrigés : http://triche.example/ — envoyez votre PIN"_s);
                // Dated an hour later than his edit: it would win the field.
                c.hlc = u"%1"_s.arg(c.hlc.left(15).toLongLong() + 3600 * 1000, 15, 10, QChar(u'0')) + c.hlc.mid(15);
            }
            c.id = newUuid();
            forgery.changes << (*lea)->changes().signedByThisDevice(c);
        }
        forgery.deviceKeys.insert(forgery.manifest.deviceId,
                                  {forgery.manifest.deviceId, forgery.manifest.devicePublicKey, room.teacherProfile.id});
        const QString forged = room.path(u"forged-class.continuite"_s);
        QVERIFY(BundleFile::write(forged, forgery));

        // On the teacher's own device: refused, nothing changed, and the next class pack carries no forged row.
        Device &teacher = room.teacher;
        const QString before = teacher.fingerprint();
        auto refused = BundleImporter(*teacher.store).import(forged);
        QVERIFY2(!refused, "a pack claiming to be the teacher's own, from a device he never used, was believed on his device");
        QVERIFY2(refused.error().contains(u"has a profile on this device"_s), qPrintable(refused.error()));
        QCOMPARE(teacher.fingerprint(), before);
        const QString next = room.exportClassPack(u"next.continuite"_s);
        auto nextContents = BundleImporter(*teacher.store).inspect(next);
        QVERIFY(nextContents);
        for (const Change &c : nextContents->changes)
            QVERIFY(!c.fields.value(u"instructions"_s).toString().contains(u"triche"_s));
        // Nor on a device where the teacher has a profile beside his student (a shared family computer).
        Device shared;
        addStudentProfile(shared, room.noe);
        shared->addProfile(u"mme.durand"_s, u"Claire Durand"_s, Role::Teacher, u"secret-123"_s, room.teacherProfile.id).value();
        QVERIFY(!BundleImporter(*shared.store).import(forged));

        // Positive controls. His own genuine pack, made on his second computer, on his first one: believed once he
        // confirms it is his (then pinned: the next one needs nothing).
        Device second;
        const Profile again = second->addProfile(u"mme.durand"_s, u"Claire Durand"_s, Role::Teacher, u"secret-123"_s,
                                                 room.teacherProfile.id).value();
        second->setCurrent(again);
        BundleImporter::Options confirmed;
        confirmed.trustNewDevice = true;
        QVERIFY(!BundleImporter(*second.store).import(classPack));
        auto mine = BundleImporter(*second.store).import(classPack, confirmed);
        QVERIFY2(mine, qPrintable(mine.error()));
        QCOMPARE(mine->newDeviceKeys.size(), 1);
        QVERIFY(second->publishLesson(second->createLesson({room.schoolClass.meta.id, u"Les décimaux"_s, {}, {}, {}, {},
                                                                   {}, {}, {}, {}}).value().meta.id));
        auto fromSecond = BundleExporter(*second.store).exportClassPack(room.schoolClass.meta.id, room.path(u"second.continuite"_s));
        QVERIFY2(fromSecond, qPrintable(fromSecond.error()));
        QVERIFY(!BundleImporter(*teacher.store).import(fromSecond->path));
        auto took = BundleImporter(*teacher.store).import(fromSecond->path, confirmed);
        QVERIFY2(took, qPrintable(took.error()));
        bool decimals = false;
        for (const Lesson &l : teacher->lessons())
            decimals = decimals || l.title == u"Les décimaux"_s;
        QVERIFY(decimals);
        // The forgery is still refused with his confirmation given for the real second computer: another device.
        QVERIFY(!BundleImporter(*teacher.store).import(forged));
        // And a student's family laptop still believes his class pack on first use (it has no profile of his).
        auto noe = room.studentDevice(room.noe, classPack);
        QVERIFY(BundleImporter(*noe->store).import(classPack));
    }
};

QTEST_GUILESS_MAIN(TestPackTrust)
#include "tst_packtrust.moc"
