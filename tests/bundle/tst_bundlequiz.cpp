// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// Quiz answers and scores on USB packs (issue 11, point 4; SECURITY.md, "Quiz answers and scores"): a class
// pack carries a quiz's right answers only when the teacher's choice lets every student have them, and the
// score the teacher sees for work from a return pack is computed on the teacher's device, whatever number the
// student's device wrote. Real stores, real packs, the real importer.
#include "classroom.h"

#include "sync/classroom/classroomhub.h"
#include "sync/client/syncengine.h"
#include "tests/storeinternals.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

using namespace BundleTest;

namespace {

/// True when the pack gives away a right answer: an answer key row, or a quiz with its key inside.
bool carriesAnswers(const BundleContents &contents)
{
    for (const Change &c : contents.changes) {
        if (c.kind == u"answer_key"_s && !c.fields.value(u"answers"_s).toObject().isEmpty())
            return true;
        if (c.kind == u"assignment"_s && AnswerKey::carriesKey(c.fields.value(u"quiz"_s).toObject()))
            return true;
    }
    return false;
}

} // namespace

class TestBundleQuiz : public QObject
{
    Q_OBJECT

    void choose(Classroom &room, const QString &mode, int dueInDays)
    {
        Assignment edited = room.quiz;
        edited.answersShown = *AnswerKey::fromName(mode);
        edited.due = dueInDays ? QDateTime::currentDateTimeUtc().addDays(dueInDays) : QDateTime();
        auto saved = room.teacher->updateAssignment(edited);
        QVERIFY2(saved, qPrintable(saved.error()));
        room.quiz = *saved;
    }

    /// Léa's device writes a version of the quiz as @p fields say — as a modified app could — and packs it.
    QString leaHandsIn(Classroom &room, Device &lea, const QJsonObject &answers, const QJsonObject &extra = {})
    {
        QJsonObject fields{{u"assignment_id"_s, room.quiz.meta.id}, {u"student"_s, room.lea.member.personId},
                           {u"answers"_s, answers}, {u"device_time"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            fields.insert(it.key(), it.value());
        const Status written = Continuite::StoreInternals::database(*lea).write([&]() -> Status {
            auto c = lea->changes().record(u"submission"_s, newUuid(), room.schoolClass.meta.id, room.lea.member.personId, fields);
            return c ? success() : Status::failure(c.error());
        });
        if (!written)
            qWarning() << written.error();
        auto back = BundleExporter(*lea.store).exportReturnPack(room.path(u"retour-%1.continuite"_s.arg(newUuid())));
        if (!back)
            qWarning() << back.error();
        return back ? back->path : QString();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void classPackCarriesAnswersOnlyWhenAllowed_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<int>("dueInDays");
        QTest::addColumn<bool>("carried");
        QTest::newRow("after-submit") << u"after-submit"_s << 0 << false;
        QTest::newRow("after-due, not yet") << u"after-due"_s << 3 << false;
        QTest::newRow("never") << u"never"_s << -3 << false;
        QTest::newRow("after-due, passed (positive control)") << u"after-due"_s << -1 << true;
        QTest::newRow("practice (positive control)") << u"practice"_s << 0 << true;
    }
    void classPackCarriesAnswersOnlyWhenAllowed()
    {
        QFETCH(QString, mode);
        QFETCH(int, dueInDays);
        QFETCH(bool, carried);
        Classroom room;
        choose(room, mode, dueInDays);
        const QString pack = room.exportClassPack();
        auto lea = room.studentDevice(room.lea, pack);
        auto contents = BundleImporter(*lea->store).inspect(pack);
        QVERIFY2(contents, qPrintable(contents.error()));
        QCOMPARE(carriesAnswers(*contents), carried);

        auto in = BundleImporter(*lea->store).import(pack);
        QVERIFY2(in, qPrintable(in.error()));
        const auto quiz = (*lea)->assignment(room.quiz.meta.id);
        QVERIFY(quiz);
        QCOMPARE(quiz->quiz.questions.size(), 2); // the questions always come
        QCOMPARE(quiz->quiz.hasKey(), carried);
        QCOMPARE(quiz->answersShown, *AnswerKey::fromName(mode));
    }

    void studentPackCarriesTheKeyOnceSheHandedIn()
    {
        Classroom room;
        choose(room, u"after-submit"_s, 0);
        auto lea = room.studentDevice(room.lea, room.exportClassPack());
        QVERIFY(BundleImporter(*lea->store).import(room.path(u"classe.continuite"_s)));
        QVERIFY(!(*lea)->assignment(room.quiz.meta.id)->quiz.hasKey());
        QVERIFY((*lea)->submit({room.quiz.meta.id, {}, QJsonObject{{u"q1"_s, QJsonArray{1}}}, {}}));
        auto back = BundleExporter(*lea->store).exportReturnPack(room.path(u"retour.continuite"_s));
        QVERIFY2(back, qPrintable(back.error()));
        QVERIFY(BundleImporter(*room.teacher.store).import(back->path));

        // Noé has not handed in: his pack keeps the answers; Léa's brings them.
        BundleExporter exporter(*room.teacher.store);
        auto noePack = exporter.exportStudentPack(room.noe.member.login, room.path(u"noe.continuite"_s));
        QVERIFY2(noePack, qPrintable(noePack.error()));
        QVERIFY(!carriesAnswers(*BundleImporter(*lea->store).inspect(noePack->path)));
        auto leaPack = exporter.exportStudentPack(room.lea.member.login, room.path(u"lea.continuite"_s));
        QVERIFY2(leaPack, qPrintable(leaPack.error()));
        QVERIFY(carriesAnswers(*BundleImporter(*lea->store).inspect(leaPack->path)));
        QVERIFY(BundleImporter(*lea->store).import(leaPack->path));
        const auto versions = (*lea)->submissions(room.quiz.meta.id);
        QCOMPARE(versions.size(), 1);
        QCOMPARE(versions.first().autoScore, std::optional<double>(0)); // now marked on her device, from the key
    }

    void returnPackScoreIsComputedByTheTeachersDevice_data()
    {
        QTest::addColumn<QJsonObject>("answers");
        QTest::addColumn<double>("claimed");
        QTest::addColumn<double>("expected");
        QTest::newRow("wrong answers, claims 100") << QJsonObject{{u"q1"_s, QJsonArray{1}}, {u"q2"_s, u"4/3"_s}} << 100.0 << 0.0;
        QTest::newRow("right answers (positive control)") << QJsonObject{{u"q1"_s, QJsonArray{0}}, {u"q2"_s, u"3/4"_s}} << 0.0 << 3.0;
    }
    void returnPackScoreIsComputedByTheTeachersDevice()
    {
        QFETCH(QJsonObject, answers);
        QFETCH(double, claimed);
        QFETCH(double, expected);
        Classroom room;
        auto lea = room.studentDevice(room.lea, room.exportClassPack());
        QVERIFY(BundleImporter(*lea->store).import(room.path(u"classe.continuite"_s)));
        const QString back = leaHandsIn(room, *lea, answers, {{u"auto_score"_s, claimed}, {u"max_score"_s, 3}});
        QVERIFY(!back.isEmpty());
        auto got = BundleImporter(*room.teacher.store).import(back);
        QVERIFY2(got, qPrintable(got.error()));
        QCOMPARE(got->applied, 1); // her work is kept, signed as she made it; only her number is not believed
        const QList<Submission> work = room.teacher->submissions(room.quiz.meta.id);
        QCOMPARE(work.size(), 1);
        QCOMPARE(work.first().autoScore, std::optional<double>(expected));
        QCOMPARE(work.first().maxScore, std::optional<double>(3));
    }

    void classroomHubKeepsTheKeyFromStudents()
    {
        // The teacher's laptop serves the class on the room's network (the hub engine, over real loopback HTTP).
        Classroom room;
        choose(room, u"after-due"_s, 3);
        ClassroomHub laptop(*room.teacher.store);
        QTemporaryDir hubDir;
        ClassroomHub::Options options;
        options.host = u"127.0.0.1"_s;
        options.port = 0;
        options.dataDir = hubDir.path();
        auto started = laptop.start(room.schoolClass.meta.id, options);
        QVERIFY2(started, qPrintable(started.error()));

        Device tablet;
        SyncEngine::Options fast;
        fast.transport.connectTimeoutMs = 3000;
        fast.transport.maxAttempts = 3;
        SyncEngine engine(*tablet.store, fast);
        auto lea = engine.login(laptop.url(u"127.0.0.1"_s), room.lea.member.login, room.lea.pin);
        QVERIFY2(lea, qPrintable(lea.error()));
        tablet->setCurrent(*lea);
        QVERIFY(engine.sync(*lea));
        QVERIFY(tablet->assignment(room.quiz.meta.id));
        QVERIFY(!tablet->assignment(room.quiz.meta.id)->quiz.hasKey());
        QVERIFY(Continuite::StoreInternals::database(*tablet).scalar(u"SELECT count(*) FROM answer_keys"_s).toInt() == 0);

        // She hands in wrong answers; the laptop collects them and scores them from its own key.
        QVERIFY(tablet->submit({room.quiz.meta.id, {}, QJsonObject{{u"q1"_s, QJsonArray{1}}, {u"q2"_s, u"3/4"_s}}, {}}));
        QVERIFY(engine.sync(*lea));
        QVERIFY(!tablet->assignment(room.quiz.meta.id)->quiz.hasKey()); // "after the due date": not yet
        auto collected = laptop.collect();
        QVERIFY2(collected, qPrintable(collected.error()));
        QCOMPARE(collected->submissions, 1);
        QCOMPARE(room.teacher->submissions(room.quiz.meta.id).first().autoScore, std::optional<double>(1));

        // Positive control: the teacher makes it a practice quiz and serves the class again: the key reaches her.
        choose(room, u"practice"_s, 3);
        QVERIFY(laptop.seed());
        QVERIFY(engine.sync(*lea));
        QVERIFY(tablet->assignment(room.quiz.meta.id)->quiz.hasKey());
        QCOMPARE(tablet->submissions(room.quiz.meta.id).first().autoScore, std::optional<double>(1));
        laptop.stop();
    }
};

QTEST_GUILESS_MAIN(TestBundleQuiz)
#include "tst_bundlequiz.moc"
