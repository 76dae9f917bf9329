// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "content/store.h"
#include "tests/storeinternals.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Continuite;
using namespace Qt::StringLiterals;

namespace {
/// One device: a store in its own folder with a wall clock the test controls.
struct Device
{
    QTemporaryDir dir;
    qint64 wall = 1'700'000'000'000;
    std::unique_ptr<Store> store;

    Device()
    {
        Store::Options o;
        o.wallClock = [this] { return wall; };
        auto s = Store::open(dir.path(), o);
        if (!s)
            qFatal("%s", qPrintable(s.error()));
        store = std::move(s).value();
    }
    Store *operator->() { return store.get(); }
    ChangeLog &log() { return store->changes(); }

    /// Applies changes as sync would: one transaction for the page.
    QList<ApplyVerdict> receive(const QList<Change> &changes)
    {
        QList<ApplyVerdict> verdicts;
        const Status s = StoreInternals::database(*store).write([&]() -> Status {
            for (const Change &c : changes) {
                auto v = log().apply(c);
                if (!v)
                    return Status::failure(v.error());
                verdicts << *v;
            }
            return success();
        });
        if (!s)
            qWarning() << s.error();
        return verdicts;
    }
    QList<Change> pending()
    {
        QList<Change> list;
        for (const OutboxEntry &e : log().outbox({}))
            list << e.change;
        return list;
    }
};

int outboxRows(Store &s)
{
    return StoreInternals::database(s).scalar(u"SELECT count(*) FROM outbox"_s).toInt();
}
} // namespace

class TestChangeLog : public QObject
{
    Q_OBJECT
private slots:
    void oneOutboxEntryPerWrite()
    {
        Device d;
        auto t = d->addProfile(u"prof"_s, u"Prof"_s, Role::Teacher, u"secret1"_s);
        QVERIFY(t);
        QCOMPARE(outboxRows(*d.store), 0); // a profile is local: it is not synced as a change
        d->setCurrent(*t);
        auto c = d->createClass(u"6e B"_s);
        QCOMPARE(outboxRows(*d.store), 2); // the class and the teacher's membership
        auto l = d->createLesson({c->meta.id, u"Titre"_s, {}, u"a"_s, u"b"_s, u"c"_s, {}, {}, {}, {}});
        QCOMPARE(outboxRows(*d.store), 3);
        Lesson edited = *l;
        edited.title = u"Nouveau titre"_s;
        edited.inClass = u"b2"_s;
        QVERIFY(d->updateLesson(edited));
        QCOMPARE(outboxRows(*d.store), 4);
        const Change last = d.pending().last();
        // Only the fields that changed travel.
        QCOMPARE(last.fields.keys(), (QStringList{u"in_class"_s, u"title"_s}));
        QVERIFY(d->updateLesson(edited)); // nothing changed: nothing queued
        QCOMPARE(outboxRows(*d.store), 4);
        QVERIFY(!d->createLesson({c->meta.id, QString(), {}, {}, {}, {}, {}, {}, {}, {}}));
        QCOMPARE(outboxRows(*d.store), 4); // a refused write queues nothing
    }

    void outboxHlcsIncreaseWhenTheClockJumpsBack()
    {
        Device d;
        auto t = d->addProfile(u"prof"_s, u"Prof"_s, Role::Teacher, u"secret1"_s);
        d->setCurrent(*t);
        auto c = d->createClass(u"6e B"_s);
        for (int i = 0; i < 5; ++i) {
            d.wall -= 3'600'000; // an hour back each time
            QVERIFY(d->createLesson({c->meta.id, u"L%1"_s.arg(i), {}, {}, {}, {}, {}, {}, {}, {}}));
        }
        const QList<Change> changes = d.pending();
        for (int i = 1; i < changes.size(); ++i)
            QVERIFY(changes.at(i - 1).hlc < changes.at(i).hlc);
    }

    void perFieldLastWriterWinsKeepsLoserInHistory()
    {
        Device a, b;
        auto t = a->addProfile(u"prof"_s, u"Prof"_s, Role::Teacher, u"secret1"_s);
        a->setCurrent(*t);
        QVERIFY(b->addProfile(u"prof"_s, u"Prof"_s, Role::Teacher, u"secret1"_s, t->id));
        b->setCurrent(*b->profile(u"prof"_s));
        auto c = a->createClass(u"6e B"_s);
        auto l = a->createLesson({c->meta.id, u"Fractions"_s, {}, u"avant"_s, u"en"_s, u"après"_s, {}, {}, {}, {}});
        b.receive(a.pending());
        QCOMPARE(b->lesson(l->meta.id)->title, u"Fractions"_s);
        const int sentFromA = a.pending().size();

        // Offline, both edit: A the title (earlier), B the title (later) and the summary.
        Lesson ea = *a->lesson(l->meta.id);
        ea.title = u"Titre de A"_s;
        ea.afterClass = u"exercices de A"_s;
        QVERIFY(a->updateLesson(ea));
        b.wall = a.wall + 1000;
        Lesson eb = *b->lesson(l->meta.id);
        eb.title = u"Titre de B"_s;
        eb.summary = u"Résumé de B"_s;
        QVERIFY(b->updateLesson(eb));

        const QList<Change> fromA = a.pending().mid(sentFromA);
        const QList<Change> fromB = b.pending();
        a.receive(fromB);
        b.receive(fromA);
        for (Device *d : {&a, &b}) {
            const Lesson merged = *(*d)->lesson(l->meta.id);
            QCOMPARE(merged.title, u"Titre de B"_s);          // later HLC wins the field
            QCOMPARE(merged.summary, u"Résumé de B"_s);       // untouched by A
            QCOMPARE(merged.afterClass, u"exercices de A"_s); // untouched by B: A's edit survives
            bool kept = false;
            for (const auto &lost : d->log().history(u"lesson"_s, l->meta.id))
                kept = kept || (lost.field == u"title"_s && lost.value.toString() == u"Titre de A"_s);
            QVERIFY2(kept, "the losing title must be kept in history");
        }
    }

    void replayIsHarmless()
    {
        Device a, b;
        auto t = a->addProfile(u"prof"_s, u"Prof"_s, Role::Teacher, u"secret1"_s);
        a->setCurrent(*t);
        auto c = a->createClass(u"6e B"_s);
        QVERIFY(a->createLesson({c->meta.id, u"Fractions"_s, {}, {}, {}, {}, {}, {}, {}, {}}));
        const QList<Change> changes = a.pending();
        QCOMPARE(b.receive(changes), QList<ApplyVerdict>(changes.size(), ApplyVerdict::Applied));
        QCOMPARE(b.receive(changes), QList<ApplyVerdict>(changes.size(), ApplyVerdict::Duplicate));
        QCOMPARE(StoreInternals::database(*b.store).scalar(u"SELECT count(*) FROM lessons"_s).toInt(), 1);
        QCOMPARE(StoreInternals::database(*b.store).scalar(u"SELECT count(*) FROM history"_s).toInt(), 0);
    }

    void submissionsAreAppendOnly()
    {
        Device teacher, student;
        auto t = teacher->addProfile(u"prof"_s, u"Prof"_s, Role::Teacher, u"secret1"_s);
        teacher->setCurrent(*t);
        auto c = teacher->createClass(u"6e B"_s);
        auto kid = teacher->addStudent(c->meta.id, u"Léa"_s);
        QVERIFY(kid);
        Store::AssignmentInput in;
        in.classId = c->meta.id;
        in.title = u"Rédaction"_s;
        in.instructions = u"Écris"_s;
        auto a = teacher->createAssignment(in);
        QVERIFY(teacher->publishAssignment(a->meta.id));
        student.receive(teacher.pending());
        QVERIFY(student->addProfile(kid->member.login, u"Léa"_s, Role::Student, kid->pin, kid->member.personId));
        student->setCurrent(*student->profile(kid->member.login));

        auto v1 = student->submit({a->meta.id, u"premier jet"_s, {}, {}});
        QVERIFY2(v1, qPrintable(v1.error()));
        student.wall += 60'000;
        auto v2 = student->submit({a->meta.id, u"version finale"_s, {}, {}});
        QVERIFY(v2);
        QCOMPARE(v2->version, 2);
        const QList<Change> work = student.pending();
        QCOMPARE(teacher.receive(work), QList<ApplyVerdict>(2, ApplyVerdict::Applied));
        // The same version arriving under another change id (a relay that re-wrapped it) is still one version.
        Change again = work.first();
        again.id = newUuid();
        again.fields.insert(u"text"_s, u"forged replacement"_s);
        QCOMPARE(teacher.receive({again}), QList<ApplyVerdict>{ApplyVerdict::Duplicate});
        // The hub's reception time, once sync has recorded it, is what the teacher sees.
        QVERIFY(StoreInternals::database(*teacher.store).exec(u"UPDATE submissions SET received_at = '2026-11-30T08:30:00Z' WHERE id = ?"_s, {v1->meta.id}));
        const auto versions = teacher->submissions(a->meta.id);
        QCOMPARE(versions.at(0).receivedTime, QDateTime(QDate(2026, 11, 30), QTime(8, 30), Qt::UTC));
        QVERIFY(!versions.at(1).receivedTime.isValid());
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions.at(0).text, u"premier jet"_s);
        QCOMPARE(versions.at(1).text, u"version finale"_s);
    }

    void progressMergesMonotonically()
    {
        Device teacher, laptop, phone;
        auto t = teacher->addProfile(u"prof"_s, u"Prof"_s, Role::Teacher, u"secret1"_s);
        teacher->setCurrent(*t);
        auto c = teacher->createClass(u"6e B"_s);
        auto kid = teacher->addStudent(c->meta.id, u"Hugo"_s);
        auto l = teacher->createLesson({c->meta.id, u"Leçon"_s, {}, u"x"_s, {}, {}, {}, {}, {}, {}});
        QVERIFY(teacher->publishLesson(l->meta.id));
        for (Device *d : {&laptop, &phone}) {
            d->receive(teacher.pending());
            QVERIFY((*d)->addProfile(kid->member.login, u"Hugo"_s, Role::Student, kid->pin, kid->member.personId));
            (*d)->setCurrent(*(*d)->profile(kid->member.login));
        }
        QVERIFY(laptop->recordProgress(l->meta.id, true, 600));
        phone.wall += 5000;
        QVERIFY(phone->recordProgress(l->meta.id, false, 120));
        laptop.receive(phone.pending());
        phone.receive(laptop.pending());
        for (Device *d : {&laptop, &phone}) {
            const auto p = (*d)->progress(l->meta.id);
            QVERIFY(p);
            QVERIFY(p->completed);                 // completed on one device stays completed
            QCOMPARE(p->secondsSpent, qint64(600)); // time never goes down
            QVERIFY(p->openedAt.isValid());
        }
    }

    void deletesAreTombstones()
    {
        Device a, b;
        auto t = a->addProfile(u"prof"_s, u"Prof"_s, Role::Teacher, u"secret1"_s);
        a->setCurrent(*t);
        QVERIFY(b->addProfile(u"prof"_s, u"Prof"_s, Role::Teacher, u"secret1"_s, t->id));
        b->setCurrent(*b->profile(u"prof"_s));
        auto c = a->createClass(u"6e B"_s);
        auto l = a->createLesson({c->meta.id, u"Fractions"_s, {}, {}, {}, {}, {}, {}, {}, {}});
        QVERIFY(a->deleteLesson(l->meta.id));
        QVERIFY(a->lessons().isEmpty());
        // The row stays, marked deleted, so the deletion can travel and win over older edits.
        QCOMPARE(StoreInternals::database(*a.store).scalar(u"SELECT deleted FROM lessons WHERE id = ?"_s, {l->meta.id}).toInt(), 1);
        b.receive(a.pending());
        QVERIFY(b->lessons().isEmpty());
        QCOMPARE(StoreInternals::database(*b.store).scalar(u"SELECT count(*) FROM lessons"_s).toInt(), 1);
        const Change tombstone = a.pending().last();
        QVERIFY(tombstone.isDelete());
    }

    void remoteClockFarAheadDoesNotDragTheDevice()
    {
        Device a, b;
        auto t = a->addProfile(u"prof"_s, u"Prof"_s, Role::Teacher, u"secret1"_s);
        a->setCurrent(*t);
        a.wall += 5LL * 365 * 86'400'000; // A's clock is five years ahead
        auto c = a->createClass(u"6e B"_s);
        b.receive(a.pending());
        QVERIFY(b->addProfile(u"prof2"_s, u"Prof"_s, Role::Teacher, u"secret1"_s));
        b->setCurrent(*b->profile(u"prof2"_s));
        QVERIFY(b->createClass(u"autre"_s));
        const auto stamp = HlcTimestamp::parse(b.pending().last().hlc);
        QVERIFY(stamp->millis <= b.wall + 24LL * 3600 * 1000 + 10);
    }

    void everyChangeIsSignedByItsDevice()
    {
        Device a, b;
        auto t = a->addProfile(u"prof"_s, u"Prof"_s, Role::Teacher, u"secret1"_s);
        a->setCurrent(*t);
        QVERIFY(a->createClass(u"6e B"_s));
        const QByteArray key = a.log().devicePublicKey();
        QCOMPARE(key.size(), 32);
        QVERIFY(key != b.log().devicePublicKey());
        for (const Change &c : a.pending()) {
            QVERIFY(Signing::verify(c, key));
            QVERIFY(!Signing::verify(c, b.log().devicePublicKey()));
            Change forged = c;
            forged.fields.insert(u"name"_s, u"Classe piratée"_s);
            QVERIFY(!Signing::verify(forged, key));
        }
        // The key survives a restart: the device keeps its identity.
        const QString dir = a.dir.path();
        a.store.reset();
        auto reopened = Store::open(dir);
        QCOMPARE(reopened.value()->changes().devicePublicKey(), key);
    }

    void markSentAndRejectedKeepTheChange()
    {
        Device d;
        auto t = d->addProfile(u"prof"_s, u"Prof"_s, Role::Teacher, u"secret1"_s);
        d->setCurrent(*t);
        QVERIFY(d->createClass(u"6e B"_s));
        const QList<Change> changes = d.pending();
        QCOMPARE(changes.size(), 2);
        QVERIFY(d.log().markSent({changes.at(0).id}));
        QVERIFY(d.log().markRejected(changes.at(1).id, u"forbidden"_s));
        QCOMPARE(d.log().count(u"pending"_s), 0);
        const auto rejected = d.log().outbox(t->id, u"rejected"_s);
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.first().reason, u"forbidden"_s);
        QCOMPARE(rejected.first().change.id, changes.at(1).id);
    }
};

QTEST_GUILESS_MAIN(TestChangeLog)
#include "tst_changelog.moc"
