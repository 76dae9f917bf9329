// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// Convergence as a property: the same random changes (teachers' edits and deletes, a student's progress and
// versions), applied in independent random orders to the hub's engine (real SqliteHubStorage, no HTTP) and to two
// clients' stores (real SQLite files), leave the same fields — and, for per-field kinds, the same per-field clocks.
// Seeded: CONTINUITE_SEED=N replays a failure (the seed is printed). Bounded by counts, not by time.
#include "mergereplicas.h"
#include "tests/storeinternals.h"

#include <QRandomGenerator>

#include <algorithm>

using namespace MergeKit;

namespace {
constexpr int Rounds = 6;
constexpr int ChangesPerRound = 48;

struct Target
{
    QString kind;
    QString row;
    QString lesson; ///< progress only: the lesson its id derives from
};
} // namespace

class TestMergeOrder : public QObject
{
    Q_OBJECT
private slots:
    void sameChangesAnyOrderSameRows()
    {
        const quint32 seed = qEnvironmentVariableIsSet("CONTINUITE_SEED") ? quint32(qEnvironmentVariableIntValue("CONTINUITE_SEED"))
                                                                            : 20261205u;
        qInfo("seed %u (CONTINUITE_SEED=%u replays it)", seed, seed);
        QRandomGenerator rng(seed);
        auto pick = [&](const QList<QJsonValue> &from) { return from.at(int(rng.bounded(quint32(from.size())))); };
        const QList<QJsonValue> texts{u"a"_s, u"b"_s, u"c"_s, u""_s};
        const QList<QJsonValue> times{u"2026-03-02T09:00:00.000Z"_s, u"2026-03-02T10:00:00.000Z"_s,
                                      u"2026-03-01T23:59:59.999Z"_s, u""_s, QJsonValue(QJsonValue::Null)};

        int compared = 0;
        for (int round = 0; round < Rounds; ++round) {
            Replicas r;
            QTemporaryDir otherDir;
            auto other = Store::open(otherDir.path());
            QVERIFY2(other, qPrintable(other ? QString() : other.error()));
            std::unique_ptr<Store> second = std::move(other).value();

            QList<Target> targets;
            for (int i = 0; i < 3; ++i)
                targets << Target{u"lesson"_s, newUuid(), {}};
            targets << Target{u"feedback"_s, newUuid(), {}};
            for (int i = 0; i < 2; ++i) {
                const QString lesson = newUuid();
                targets << Target{u"progress"_s, derivedUuid(r.studentId, lesson), lesson};
            }

            QList<Change> changes;
            for (int i = 0; i < ChangesPerRound; ++i) {
                // HLCs are unique (the counter is the change's number); millis collide often, so ties on the wall
                // clock break on the counter and the device, as they do in the field.
                const qint64 millis = qint64(rng.bounded(20u));
                const quint32 counter = quint32(i);
                if (rng.bounded(8u) == 0) { // a new submission version: its own row, written once
                    changes << r.change(r.student, u"submission"_s, newUuid(), millis, counter,
                                        {{u"assignment_id"_s, r.assignmentId}, {u"student"_s, r.studentId},
                                         {u"text"_s, pick(texts)}});
                    continue;
                }
                const Target &t = targets.at(int(rng.bounded(quint32(targets.size()))));
                QJsonObject fields;
                const Session *who = rng.bounded(2u) ? &r.teacherA : &r.teacherB;
                if (t.kind == u"lesson"_s) {
                    if (rng.bounded(2u))
                        fields.insert(u"title"_s, pick(texts));
                    if (rng.bounded(2u))
                        fields.insert(u"summary"_s, pick(texts));
                    if (rng.bounded(4u) == 0)
                        fields.insert(u"deleted"_s, bool(rng.bounded(2u)));
                    if (rng.bounded(4u) == 0)
                        fields.insert(u"position"_s, int(rng.bounded(5u)));
                    if (fields.isEmpty())
                        fields.insert(u"title"_s, pick(texts));
                } else if (t.kind == u"feedback"_s) {
                    fields.insert(u"student"_s, r.studentId);
                    if (rng.bounded(2u))
                        fields.insert(u"comment"_s, pick(texts));
                    fields.insert(u"score"_s, rng.bounded(3u) == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(int(rng.bounded(20u))));
                } else {
                    who = &r.student;
                    fields.insert(u"lesson_id"_s, t.lesson);
                    fields.insert(u"student"_s, r.studentId);
                    if (rng.bounded(2u))
                        fields.insert(u"completed"_s, bool(rng.bounded(2u)));
                    if (rng.bounded(2u))
                        fields.insert(u"seconds_spent"_s, int(rng.bounded(100u)));
                    if (rng.bounded(2u))
                        fields.insert(u"opened_at"_s, pick(times));
                    if (rng.bounded(2u))
                        fields.insert(u"completed_at"_s, pick(times));
                }
                changes << r.change(*who, t.kind, t.row, millis, counter, fields);
            }
            for (const Change &c : changes)
                if (c.kind == u"submission"_s)
                    targets << Target{c.kind, c.row, {}};

            // Three independent orders; a few changes arrive twice (a replay), as after a lost answer.
            auto shuffled = [&] {
                QList<Change> order = changes;
                for (qsizetype i = order.size() - 1; i > 0; --i)
                    std::swap(order[i], order[qsizetype(rng.bounded(quint32(i + 1)))]);
                for (int k = 0; k < 3; ++k)
                    order.insert(qsizetype(rng.bounded(quint32(order.size()))), order.at(qsizetype(rng.bounded(quint32(order.size())))));
                return order;
            };
            for (const Change &c : shuffled()) {
                const QString verdict = r.toHub(c);
                QVERIFY2(verdict == u"applied"_s || verdict == u"duplicate"_s, qPrintable(verdict));
            }
            for (const Change &c : shuffled())
                QVERIFY(r.toClient(c));
            const QList<Change> secondOrder = shuffled();
            QVERIFY(Continuite::StoreInternals::database(*second).write([&]() -> Status {
                auto v = second->changes().applyAll(secondOrder);
                return v ? success() : Status::failure(v.error());
            }));

            for (const Target &t : std::as_const(targets)) {
                const KindSpec &spec = *kindSpec(t.kind);
                QJsonObject hubClocks;
                QJsonObject clientClocks;
                const QJsonObject hub = r.hubRow(t.kind, t.row, &hubClocks);
                const QJsonObject client = r.clientRow(t.kind, t.row, &clientClocks);
                const QJsonObject secondClient = second->changes().rowFields(t.kind, t.row);
                // A row no change touched is absent everywhere; one that was touched, nowhere.
                QVERIFY2(hub.isEmpty() == client.isEmpty() && hub.isEmpty() == secondClient.isEmpty(), qPrintable(t.kind + u' ' + t.row));
                if (hub.isEmpty())
                    continue;
                for (const FieldSpec &f : spec.fields) {
                    const QString where = u"seed %1 round %2: %3 %4 field %5"_s.arg(seed).arg(round).arg(t.kind, t.row, f.name);
                    const QString atHub = shown(where, normalized(f.name, hub.value(f.name)));
                    QCOMPARE(shown(where, normalized(f.name, client.value(f.name))), atHub);
                    QCOMPARE(shown(where, normalized(f.name, secondClient.value(f.name))), atHub);
                    if (spec.policy == MergePolicy::FieldLastWriterWins)
                        QCOMPARE(clientClocks.value(f.name).toString(), hubClocks.value(f.name).toString());
                    ++compared;
                }
            }
        }
        qInfo("%d fields compared", compared);
    }
};

QTEST_GUILESS_MAIN(TestMergeOrder)
#include "tst_mergeorder.moc"
