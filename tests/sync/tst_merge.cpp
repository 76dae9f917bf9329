// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// The merge rules, once (sync/merge.h): every case is played through the pure functions, the client's store (a
// real SQLite file) and the hub's engine (real storage, no HTTP), in the order given and, where the rule says the
// order does not matter, reversed. All three must hold the expected fields, and the same per-field clocks.
#include "mergereplicas.h"
#include "sync/merge.h"

using namespace MergeKit;

namespace {

struct Step
{
    char who;        ///< 'A', 'B': the teacher's two devices; 'S': the student's
    qint64 millis;   ///< HLC: Epoch + millis, counter 0, the device's id
    QJsonObject fields;
};

/// The rows as the pure functions leave them, starting from nothing.
struct PureRow
{
    bool exists = false;
    QJsonObject fields;
    QJsonObject clocks;

    void apply(const KindSpec &spec, const Change &c)
    {
        if (spec.policy == MergePolicy::AppendOnly) {
            if (Merge::appendOnlyTakes(exists)) {
                fields = c.fields;
                for (auto it = c.fields.begin(); it != c.fields.end(); ++it)
                    clocks.insert(it.key(), c.hlc);
            }
        } else {
            for (auto it = c.fields.begin(); it != c.fields.end(); ++it) {
                if (spec.policy == MergePolicy::Monotone) {
                    fields.insert(it.key(), Merge::monotone(it.key(), fields.value(it.key()), it.value()));
                    continue;
                }
                const Merge::FieldOutcome o = Merge::lastWriterWins(fields.value(it.key()), clocks.value(it.key()).toString(),
                                                                    it.value(), c.hlc);
                if (o.take) {
                    fields.insert(it.key(), it.value());
                    clocks.insert(it.key(), c.hlc);
                }
            }
        }
        exists = true;
    }
};

const QString Late = u"2026-03-02T10:00:00.000Z"_s;
const QString Early = u"2026-03-02T09:00:00.000Z"_s;
} // namespace

Q_DECLARE_METATYPE(QList<Step>)

class TestMerge : public QObject
{
    Q_OBJECT
private slots:
    void rules_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QList<Step>>("steps");
        QTest::addColumn<bool>("orderFree"); ///< the rule gives the same row in the reversed order too
        QTest::addColumn<QJsonObject>("expected");

        // Last writer wins, per field.
        QTest::newRow("lww: the newer write wins") << u"lesson"_s
            << QList<Step>{{'A', 1, {{u"title"_s, u"Un"_s}}}, {'B', 2, {{u"title"_s, u"Deux"_s}}}} << true
            << QJsonObject{{u"title"_s, u"Deux"_s}};
        QTest::newRow("lww: each field on its own") << u"lesson"_s
            << QList<Step>{{'A', 1, {{u"title"_s, u"Un"_s}, {u"summary"_s, u"s1"_s}}}, {'B', 2, {{u"title"_s, u"Deux"_s}}}}
            << true << QJsonObject{{u"title"_s, u"Deux"_s}, {u"summary"_s, u"s1"_s}};
        QTest::newRow("lww: a later clear (null) wins") << u"feedback"_s
            << QList<Step>{{'A', 1, {{u"comment"_s, u"Bien"_s}, {u"score"_s, 12}}}, {'B', 2, {{u"score"_s, QJsonValue::Null}}}}
            << true << QJsonObject{{u"comment"_s, u"Bien"_s}, {u"score"_s, QJsonValue::Null}};
        // Ties: one device never stamps two changes alike; a second change under the same HLC changes nothing.
        QTest::newRow("tie: the value held stays") << u"lesson"_s
            << QList<Step>{{'A', 3, {{u"title"_s, u"X"_s}}}, {'A', 3, {{u"title"_s, u"Y"_s}}}} << false
            << QJsonObject{{u"title"_s, u"X"_s}};
        // A field with no clock of its own was never written here: an older change sets it (the row's HLC is a
        // version, not this field's clock).
        QTest::newRow("missing clock: an older change sets the field") << u"lesson"_s
            << QList<Step>{{'A', 5, {{u"title"_s, u"T"_s}}}, {'B', 1, {{u"summary"_s, u"S"_s}, {u"title"_s, u"old"_s}}}}
            << true << QJsonObject{{u"title"_s, u"T"_s}, {u"summary"_s, u"S"_s}};
        // Tombstones: "deleted" is a field like the others.
        QTest::newRow("tombstone: a delete beats an older undelete") << u"lesson"_s
            << QList<Step>{{'A', 1, {{u"title"_s, u"T"_s}}}, {'B', 3, {{u"deleted"_s, true}}}, {'A', 2, {{u"deleted"_s, false}}}}
            << true << QJsonObject{{u"title"_s, u"T"_s}, {u"deleted"_s, true}};
        QTest::newRow("tombstone: a later edit of another field does not bring it back") << u"lesson"_s
            << QList<Step>{{'A', 1, {{u"title"_s, u"T"_s}}}, {'B', 3, {{u"deleted"_s, true}}}, {'A', 4, {{u"title"_s, u"Z"_s}}}}
            << true << QJsonObject{{u"title"_s, u"Z"_s}, {u"deleted"_s, true}};
        QTest::newRow("tombstone: a later undelete does") << u"lesson"_s
            << QList<Step>{{'A', 1, {{u"title"_s, u"T"_s}}}, {'B', 3, {{u"deleted"_s, true}}}, {'A', 4, {{u"deleted"_s, false}}}}
            << true << QJsonObject{{u"title"_s, u"T"_s}, {u"deleted"_s, false}};
        // Monotone progress.
        QTest::newRow("monotone: completed stays completed") << u"progress"_s
            << QList<Step>{{'S', 1, {{u"completed"_s, true}}}, {'S', 2, {{u"completed"_s, false}}}} << true
            << QJsonObject{{u"completed"_s, true}};
        QTest::newRow("monotone: time spent only grows") << u"progress"_s
            << QList<Step>{{'S', 1, {{u"seconds_spent"_s, 30}}}, {'S', 2, {{u"seconds_spent"_s, 10}}}} << true
            << QJsonObject{{u"seconds_spent"_s, 30}};
        QTest::newRow("monotone: the earliest time") << u"progress"_s
            << QList<Step>{{'S', 1, {{u"opened_at"_s, Late}}}, {'S', 2, {{u"opened_at"_s, Early}}}} << true
            << QJsonObject{{u"opened_at"_s, Early}};
        QTest::newRow("monotone: an empty time erases nothing") << u"progress"_s
            << QList<Step>{{'S', 1, {{u"completed_at"_s, Late}}}, {'S', 2, {{u"completed_at"_s, u""_s}}}} << true
            << QJsonObject{{u"completed_at"_s, Late}};
        QTest::newRow("monotone: a null time erases nothing") << u"progress"_s
            << QList<Step>{{'S', 1, {{u"completed_at"_s, Late}}}, {'S', 2, {{u"completed_at"_s, QJsonValue::Null}}}} << true
            << QJsonObject{{u"completed_at"_s, Late}};
        // lesson_id is what the row is about (its id derives from it): a text that is not a time never changes,
        // even for one that sorts first. (Only in this order: the hub refuses a new row with another lesson_id.)
        QTest::newRow("monotone: the lesson never changes") << u"progress"_s
            << QList<Step>{{'S', 1, {{u"seconds_spent"_s, 5}}}, {'S', 2, {{u"lesson_id"_s, u"00000000-0000-4000-8000-000000000000"_s}}}}
            << false << QJsonObject{{u"seconds_spent"_s, 5}, {u"lesson_id"_s, u"LESSON"_s}};
        // Append-only versions: a row is written once.
        QTest::newRow("append-only: a second write to a version is a duplicate") << u"submission"_s
            << QList<Step>{{'S', 1, {{u"text"_s, u"v1"_s}}}, {'S', 2, {{u"text"_s, u"v2"_s}}}} << false
            << QJsonObject{{u"text"_s, u"v1"_s}};
    }

    void rules()
    {
        QFETCH(QString, kind);
        QFETCH(QList<Step>, steps);
        QFETCH(bool, orderFree);
        QFETCH(QJsonObject, expected);
        const KindSpec &spec = *kindSpec(kind);

        Replicas r;
        for (const bool reversed : {false, true}) {
            if (reversed && !orderFree)
                break;
            // A fresh row each time; what a kind needs on a new row is added to every step.
            QString row = newUuid();
            QJsonObject identity;
            const QString lesson = newUuid();
            if (kind == u"progress"_s) {
                row = derivedUuid(r.studentId, lesson);
                identity = {{u"lesson_id"_s, lesson}, {u"student"_s, r.studentId}};
            } else if (kind == u"submission"_s) {
                identity = {{u"assignment_id"_s, r.assignmentId}, {u"student"_s, r.studentId}};
            } else if (kind == u"feedback"_s) {
                identity = {{u"student"_s, r.studentId}};
            }
            QList<Change> changes;
            for (const Step &s : steps) {
                QJsonObject fields = identity;
                for (auto it = s.fields.begin(); it != s.fields.end(); ++it)
                    fields.insert(it.key(), it.value());
                const Session &who = s.who == 'A' ? r.teacherA : s.who == 'B' ? r.teacherB : r.student;
                changes << r.change(who, kind, row, s.millis, 0, fields);
            }
            if (reversed)
                std::reverse(changes.begin(), changes.end());

            PureRow pure;
            for (const Change &c : changes) {
                pure.apply(spec, c);
                const QString verdict = r.toHub(c);
                QVERIFY2(verdict == u"applied"_s || verdict == u"duplicate"_s, qPrintable(verdict));
                QVERIFY(r.toClient(c));
            }
            QJsonObject hubClocks;
            QJsonObject clientClocks;
            const QJsonObject hub = r.hubRow(kind, row, &hubClocks);
            const QJsonObject client = r.clientRow(kind, row, &clientClocks);
            for (auto it = expected.begin(); it != expected.end(); ++it) {
                const QString field = it.key();
                const QJsonValue want = it.value() == QJsonValue(u"LESSON"_s) ? QJsonValue(lesson) : it.value();
                const QString where = (reversed ? u"reversed, "_s : u"in order, "_s) + field;
                QCOMPARE(shown(where + u" (pure)"_s, normalized(field, pure.fields.value(field))), shown(where + u" (pure)"_s, normalized(field, want)));
                QCOMPARE(shown(where + u" (hub)"_s, normalized(field, hub.value(field))), shown(where + u" (hub)"_s, normalized(field, want)));
                QCOMPARE(shown(where + u" (client)"_s, normalized(field, client.value(field))), shown(where + u" (client)"_s, normalized(field, want)));
                if (spec.policy == MergePolicy::FieldLastWriterWins) {
                    QCOMPARE(hubClocks.value(field).toString(), pure.clocks.value(field).toString());
                    QCOMPARE(clientClocks.value(field).toString(), pure.clocks.value(field).toString());
                }
            }
        }
    }

    /// The losing value of a per-field merge is kept, never dropped; a value that did not lose is not "kept".
    void losersInHistory()
    {
        using Merge::lastWriterWins;
        const QString t1 = HlcTimestamp{Epoch, 0, u"a"_s}.toString();
        const QString t2 = HlcTimestamp{Epoch + 1, 0, u"b"_s}.toString();
        // Newer incoming: the held value goes to history, unless it had no clock (never written) or is the same.
        auto o = lastWriterWins(u"old"_s, t1, u"new"_s, t2);
        QVERIFY(o.take && o.heldToHistory && !o.incomingToHistory);
        o = lastWriterWins(QJsonValue(), QString(), u"new"_s, t1);
        QVERIFY(o.take && !o.heldToHistory);
        o = lastWriterWins(u"same"_s, t1, u"same"_s, t2);
        QVERIFY(o.take && !o.heldToHistory);
        // Older incoming: it is the loser, kept unless it equals what is held.
        o = lastWriterWins(u"new"_s, t2, u"old"_s, t1);
        QVERIFY(!o.take && o.incomingToHistory && !o.heldToHistory);
        o = lastWriterWins(u"same"_s, t2, u"same"_s, t1);
        QVERIFY(!o.take && !o.incomingToHistory);
        // The same HLC with another value (a forgery or a bug): the held value stays, the other is kept.
        o = lastWriterWins(u"x"_s, t1, u"y"_s, t1);
        QVERIFY(!o.take && o.incomingToHistory);
    }

    /// Monotone values merge the same in either order (commutative, idempotent), for every pair of a table.
    void monotoneIsOrderFree()
    {
        const QList<QJsonValue> times{QJsonValue(), QJsonValue(QJsonValue::Null), u""_s, Early, Late};
        for (const QJsonValue &a : times)
            for (const QJsonValue &b : times) {
                QCOMPARE(Merge::monotone(u"opened_at"_s, a, b), Merge::monotone(u"opened_at"_s, b, a));
                QCOMPARE(Merge::monotone(u"opened_at"_s, Merge::monotone(u"opened_at"_s, a, b), b),
                         Merge::monotone(u"opened_at"_s, a, b));
            }
        const QList<QJsonValue> numbers{QJsonValue(), 0, 7, 30};
        for (const QJsonValue &a : numbers)
            for (const QJsonValue &b : numbers)
                QCOMPARE(Merge::monotone(u"seconds_spent"_s, a, b), Merge::monotone(u"seconds_spent"_s, b, a));
        QCOMPARE(Merge::monotone(u"lesson_id"_s, u"b"_s, u"a"_s), QJsonValue(u"b"_s));
        QCOMPARE(Merge::monotone(u"lesson_id"_s, QJsonValue(), u"a"_s), QJsonValue(u"a"_s));
    }
};

QTEST_GUILESS_MAIN(TestMerge)
#include "tst_merge.moc"
