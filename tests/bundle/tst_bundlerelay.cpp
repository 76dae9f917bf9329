// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// Roads without internet, to the end: a student device that never met the hub works from a class pack,
// its return pack reaches the teacher's laptop, and the teacher's next sync relays the work to the real hub
// (loopback HTTP, real libcurl), which believes it on the student device's key vouched for by the teacher.
#include "content/store.h"
#include "sync/bundle/bundleexporter.h"
#include "sync/bundle/bundleimporter.h"
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

namespace {

struct Device
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    Device() { store = Store::open(dir.path()).value(); }
    Store *operator->() { return store.get(); }
};

SyncEngine::Options fast()
{
    SyncEngine::Options o;
    o.transport.connectTimeoutMs = 3000;
    o.transport.maxAttempts = 2;
    o.transport.backoffBaseMs = 50;
    return o;
}

/// Every entry of the hub's log for @p row, as the hub stored it.
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

} // namespace

class TestBundleRelay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void returnPackReachesTheHub()
    {
        QTemporaryDir hubDir, files;
        Hub::HubServer hub(hubDir.path());
        QVERIFY(hub.start(u"127.0.0.1"_s, 0));
        hub.engine().addTeacher(u"mme.durand"_s, u"Claire Durand"_s, "mot-de-passe", true);

        // The teacher's laptop is on the hub: her class, Léa's card, a published assignment.
        Device teacher;
        SyncEngine teacherSync(*teacher.store, fast());
        auto profile = teacherSync.login(hub.url(), u"mme.durand"_s, u"mot-de-passe"_s);
        QVERIFY2(profile, qPrintable(profile.error()));
        teacher->setCurrent(*profile);
        const SchoolClass cls = teacher->createClass(u"CM1 Les Étoiles"_s).value();
        const NewStudent lea = teacher->addStudent(cls.meta.id, u"Léa Müller"_s).value();
        Store::AssignmentInput a;
        a.classId = cls.meta.id;
        a.title = u"Raconte ta semaine"_s;
        a.instructions = u"Quelques lignes."_s;
        const Assignment assignment = teacher->publishAssignment(teacher->createAssignment(a).value().meta.id).value();
        auto first = teacherSync.sync(*profile);
        QVERIFY(first && first->errors.isEmpty() && first->changesRejected == 0);

        // Léa's family laptop has no network: a class pack, then her answer, then a return pack.
        const QString classPack = files.filePath(u"classe.continuite"_s);
        QVERIFY(BundleExporter(*teacher.store).exportClassPack(cls.meta.id, classPack));
        Device laptop;
        auto contents = BundleImporter(*laptop.store).inspect(classPack);
        QVERIFY(contents);
        for (const Change &c : contents->changes)
            if (c.kind == u"member" && c.fields.value(u"login"_s).toString() == lea.member.login)
                laptop->setCurrent(laptop->addProfile(lea.member.login, u"Léa Müller"_s, Role::Student, {},
                                                      c.fields.value(u"person"_s).toString()).value());
        QVERIFY(BundleImporter(*laptop.store).import(classPack));
        auto submitted = laptop->submit({assignment.meta.id, u"J'ai lu trois livres."_s, {}, {}});
        QVERIFY2(submitted, qPrintable(submitted.error()));
        const QString returnPack = files.filePath(u"retour.continuite"_s);
        QVERIFY(BundleExporter(*laptop.store).exportReturnPack(returnPack));

        // Back at school: the teacher imports it and syncs. The hub knows nothing of Léa's laptop but
        // believes its key on the teacher's vouch, and checks her signature with it.
        auto in = BundleImporter(*teacher.store).import(returnPack);
        QVERIFY2(in, qPrintable(in.error()));
        QCOMPARE(in->relayQueued, 1);
        QCOMPARE(teacher.store->sync().pinnedKey(laptop->deviceId(), lea.member.personId).publicKey, laptop->changes().devicePublicKey());
        auto relayed = teacherSync.sync(*profile);
        QVERIFY(relayed);
        QVERIFY2(relayed->errors.isEmpty(), qPrintable(relayed->errors.join(u'\n')));
        QCOMPARE(relayed->changesRejected, 0);
        QCOMPARE(relayed->changesSent, 1);
        QCOMPARE(teacher->changes().count(u"pending"_s, profile->id), 0);

        const QList<Hub::LogEntry> log = hubLogOf(hub, cls.meta.id, submitted->meta.id);
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.first().author, lea.member.personId);
        QCOMPARE(log.first().device, laptop->deviceId());
        const auto stored = Change::fromJson(QJsonDocument::fromJson(log.first().body).object(), nullptr);
        QVERIFY(stored);
        QVERIFY(Signing::verify(*stored, laptop->changes().devicePublicKey()));
        QCOMPARE(stored->fields.value(u"text"_s).toString(), u"J'ai lu trois livres."_s);

        // The same stick again, and another sync: still once on the hub.
        auto again = BundleImporter(*teacher.store).import(returnPack);
        QVERIFY(again && again->nothingNew());
        QVERIFY(teacherSync.sync(*profile));
        QCOMPARE(hubLogOf(hub, cls.meta.id, submitted->meta.id).size(), 1);

        // A relay that alters a student's work on its way (here, in the teacher's own outbox) is caught
        // by the hub: refused with the reason, kept in the outbox, never stored. The hub does not remember
        // this refusal (the genuine change, under the same id, may still come by another way), so the change
        // stays pending with its reason rather than being dropped as final.
        auto second = laptop->submit({assignment.meta.id, u"Deuxième version."_s, {}, {}});
        QVERIFY(second);
        QVERIFY(BundleExporter(*laptop.store).exportReturnPack(returnPack));
        QVERIFY(BundleImporter(*teacher.store).import(returnPack));
        Database &db = StoreInternals::database(*teacher.store);
        QVERIFY(db.write([&]() -> Status {
            return db.exec(u"UPDATE outbox SET body = replace(body, 'Deuxième version.', 'Version falsifiée.') WHERE change_id IN "
                           "(SELECT change_id FROM outbox WHERE body LIKE ?)"_s, {QString(u"%"_s + second->meta.id + u"%"_s)})
                ? success() : Status::failure(u"update failed"_s);
        }));
        auto forged = teacherSync.sync(*profile);
        QVERIFY(forged);
        QCOMPARE(forged->changesRejected, 0);
        QCOMPARE(forged->changesDeferred, 1);
        const QList<OutboxEntry> refused = teacher->changes().outbox(profile->id, u"pending"_s);
        QCOMPARE(refused.size(), 1);
        QVERIFY2(refused.first().reason.startsWith(u"forbidden"_s) && refused.first().reason.contains(u"altered or forged"_s),
                 qPrintable(refused.first().reason));
        QVERIFY(hubLogOf(hub, cls.meta.id, second->meta.id).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBundleRelay)
#include "tst_bundlerelay.moc"
