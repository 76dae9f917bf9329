// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// Quiz answers and scores (issue 11, point 4; SECURITY.md, "Quiz answers and scores"), through the real hub
// over HTTP: a student's device never receives a quiz's right answers before the teacher allows it, a
// student cannot set her own automatic score, and a teacher who does not teach the class cannot read the key.
// Each rule is played by the person breaking it, beside the honest action that succeeds.
#include "hubtestkit.h"

#include "content/answerkey.h"

using namespace HubTest;

namespace {

/// The quiz as a teacher's file has it: two questions worth 2 and 3 points, with their answers.
const QJsonObject QuizWithKey{{u"questions"_s, QJsonArray{
    QJsonObject{{u"id"_s, u"q1"_s}, {u"type"_s, u"choice"_s}, {u"prompt"_s, u"Quelle fraction est la plus grande ?"_s},
                {u"choices"_s, QJsonArray{u"1/2"_s, u"1/3"_s, u"1/4"_s}}, {u"correct"_s, QJsonArray{0}}, {u"points"_s, 2}},
    QJsonObject{{u"id"_s, u"q2"_s}, {u"type"_s, u"short"_s}, {u"prompt"_s, u"Écris trois quarts en chiffres."_s},
                {u"accepted"_s, QJsonArray{u"3/4"_s}}, {u"points"_s, 3}}}}};
const QJsonObject RightAnswers{{u"q1"_s, QJsonArray{0}}, {u"q2"_s, u"3/4"_s}};
const QJsonObject WrongAnswers{{u"q1"_s, QJsonArray{2}}, {u"q2"_s, u"4/3"_s}};

QString isoIn(qint64 seconds)
{
    return QDateTime::currentDateTimeUtc().addSecs(seconds).toString(Qt::ISODateWithMs);
}

/// True when any change in @p changes carries a right answer: an answer key row, or a quiz with its key inside.
bool carriesAnswers(const QJsonArray &changes)
{
    for (const QJsonValue &v : changes) {
        const QJsonObject c = v.toObject();
        if (c.value(u"kind"_s).toString() == u"answer_key"_s && !c.value(u"fields"_s).toObject().value(u"answers"_s).toObject().isEmpty())
            return true;
        const QByteArray quiz = QJsonDocument(c.value(u"fields"_s).toObject().value(u"quiz"_s).toObject()).toJson();
        if (quiz.contains("\"correct\"") || quiz.contains("\"accepted\""))
            return true;
    }
    return false;
}

/// The hub's score in a teacher's pull of @p submission: {"auto_score", "max_score"}, or empty.
QJsonObject gradedIn(const QJsonArray &changes, const QString &submission)
{
    for (const QJsonValue &v : changes)
        if (v.toObject().value(u"row"_s).toString() == submission)
            return v.toObject().value(u"graded"_s).toObject();
    return {};
}

} // namespace

class TestHubQuiz : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestHub> hub;
    std::unique_ptr<Client> teacher, teacherLaptop, otherTeacher, lea, tom;
    QString classId, otherClassId;

    /// A published quiz of the class, as the app writes it (questions apart from the key), or as a device from before
    /// the key had its own row wrote it (@p keyInside: the key inside the quiz).
    QString publishQuiz(const QString &mode, const QString &due = {}, bool keyInside = false)
    {
        const QString id = newUuid();
        QJsonObject fields{{u"title"_s, u"Quiz des fractions"_s}, {u"type"_s, u"quiz"_s}, {u"status"_s, u"published"_s},
                           {u"quiz"_s, keyInside ? QuizWithKey : AnswerKey::questionsOnly(QuizWithKey)}};
        if (!mode.isEmpty())
            fields.insert(u"answers_shown"_s, mode);
        if (!due.isEmpty())
            fields.insert(u"due"_s, due);
        QList<QJsonObject> changes{change(u"assignment"_s, id, classId, *teacher, fields)};
        if (!keyInside)
            changes << change(u"answer_key"_s, AnswerKey::rowId(id, classId), classId, *teacher,
                              {{u"assignment_id"_s, id}, {u"answers"_s, AnswerKey::keyOf(QuizWithKey)}});
        const QJsonObject r = teacher->sync(changes);
        for (int i = 0; i < changes.size(); ++i)
            if (verdictOf(r, i) != u"applied"_s)
                qWarning() << "the quiz was refused:" << reasonOf(r, i);
        return id;
    }

    QJsonObject handIn(Client &student, const QString &assignment, const QJsonObject &answers, const QJsonObject &extra = {},
                       QString *row = nullptr)
    {
        QJsonObject fields{{u"assignment_id"_s, assignment}, {u"student"_s, student.id()}, {u"answers"_s, answers},
                           {u"device_time"_s, isoIn(0)}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            fields.insert(it.key(), it.value());
        const QString id = newUuid();
        if (row)
            *row = id;
        return student.sync({change(u"submission"_s, id, classId, student, fields)});
    }

    void setDue(const QString &assignment, const QString &due)
    {
        QCOMPARE(verdictOf(teacher->sync({change(u"assignment"_s, assignment, classId, *teacher, {{u"due"_s, due}})})), u"applied"_s);
    }

private Q_SLOTS:
    void init()
    {
        hub = std::make_unique<TestHub>();
        teacher = hub->teacher(u"mme.martin"_s);
        classId = hub->createClass(*teacher);
        lea = hub->student(*teacher, classId, u"lea01"_s);
        tom = hub->student(*teacher, classId, u"tom01"_s);
        // The same teacher's other device (her laptop), and a teacher of another class of the same school.
        teacherLaptop = std::make_unique<Client>(hub->url());
        QVERIFY(teacherLaptop->login(u"mme.martin"_s, u"password-mme.martin"_s));
        otherTeacher = hub->teacher(u"m.petit"_s);
        otherClassId = hub->createClass(*otherTeacher, u"5e A"_s);
        // Everyone starts up to date: what follows is what each one's next sync brings.
        for (Client *c : {lea.get(), tom.get(), teacherLaptop.get(), otherTeacher.get()})
            c->pullAll();
    }
    void cleanup()
    {
        lea.reset();
        tom.reset();
        teacher.reset();
        teacherLaptop.reset();
        otherTeacher.reset();
        hub.reset();
    }

    void answersWithheldUntilTheTeacherAllows_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<bool>("keyInside");
        QTest::newRow("after-submit") << u"after-submit"_s << false;
        QTest::newRow("after-due") << u"after-due"_s << false;
        QTest::newRow("never") << u"never"_s << false;
        // A teacher's device from before the key had its own row: the key inside the quiz.
        QTest::newRow("key inside the quiz") << QString() << true;
    }
    void answersWithheldUntilTheTeacherAllows()
    {
        QFETCH(QString, mode);
        QFETCH(bool, keyInside);
        const QString quiz = publishQuiz(mode, isoIn(3600), keyInside);

        // The students get the questions, not the answers.
        const QJsonArray leaGot = lea->pullAll();
        QVERIFY(std::any_of(leaGot.begin(), leaGot.end(), [&](const QJsonValue &c) { return c.toObject().value(u"row"_s) == quiz; }));
        QVERIFY2(!carriesAnswers(leaGot), QJsonDocument(leaGot).toJson().constData());
        // Positive control: the teacher's other device gets the key.
        QVERIFY(carriesAnswers(teacherLaptop->pullAll()));

        // Léa hands in (wrong answers): with "after-submit" the key is hers now, and only hers.
        const QJsonObject handedIn = handIn(*lea, quiz, WrongAnswers);
        QCOMPARE(verdictOf(handedIn), u"applied"_s);
        QJsonArray leaNext = handedIn.value(u"changes"_s).toArray(); // the same round trip brings what is released
        for (const QJsonValue &c : lea->pullAll())
            leaNext.append(c);
        QCOMPARE(carriesAnswers(leaNext), mode == u"after-submit"_s);
        QVERIFY(!carriesAnswers(tom->pullAll()));

        // The due date passes (the teacher moves it): with "after-due" everyone gets it; "never" stays never.
        setDue(quiz, isoIn(-60));
        const bool afterDue = mode == u"after-due"_s; // a key inside a quiz is never served to students
        QCOMPARE(carriesAnswers(tom->pullAll()), afterDue);
        // A device that starts over (a reinstalled one) gets exactly what the rule allows, too.
        Client fresh(hub->url());
        QVERIFY(fresh.login(u"tom01"_s, u"4821"_s));
        QCOMPARE(carriesAnswers(fresh.pullAll()), afterDue);
    }

    void practiceQuizShipsItsAnswers()
    {
        const QString quiz = publishQuiz(u"practice"_s);
        const QJsonArray got = lea->pullAll();
        QVERIFY(carriesAnswers(got));
        for (const QJsonValue &v : got)
            if (v.toObject().value(u"kind"_s) == u"answer_key"_s)
                QCOMPARE(v.toObject().value(u"fields"_s).toObject().value(u"assignment_id"_s).toString(), quiz);
    }

    void answersReleasedWhenTheDueDatePasses()
    {
        // Nobody acts at the due date: the hub releases the key by itself, and keeps the promise across a restart.
        const QDateTime due = QDateTime::currentDateTimeUtc().addSecs(4);
        publishQuiz(u"after-due"_s, due.toString(Qt::ISODateWithMs));
        // Before the due date nothing comes (checked only for a pull answered before it: the machine may be slow).
        bool released = false;
        auto beforeDue = [&] {
            released = carriesAnswers(lea->pullAll());
            if (QDateTime::currentDateTimeUtc() < due)
                QVERIFY(!released);
        };
        beforeDue();
        hub->restart();
        lea = std::make_unique<Client>(hub->url());
        QVERIFY(lea->login(u"lea01"_s, u"4821"_s));
        beforeDue();
        for (int i = 0; i < 200 && !released; ++i) { // bounded: at most 20 s for a due date 4 s away
            QTest::qWait(100);
            released = carriesAnswers(lea->pullAll());
        }
        QVERIFY(released);
    }

    void hubScoresTheAnswersNotTheStudentsNumber_data()
    {
        QTest::addColumn<QJsonObject>("answers");
        QTest::addColumn<double>("expected");
        QTest::newRow("wrong answers, auto_score 100 sent") << WrongAnswers << 0.0;
        QTest::newRow("right answers (positive control)") << RightAnswers << 5.0;
    }
    void hubScoresTheAnswersNotTheStudentsNumber()
    {
        QFETCH(QJsonObject, answers);
        QFETCH(double, expected);
        const QString quiz = publishQuiz(u"never"_s);
        QString row;
        const QJsonObject r = handIn(*lea, quiz, answers, {{u"auto_score"_s, 100}, {u"max_score"_s, 5}}, &row);
        QCOMPARE(verdictOf(r), u"applied"_s); // her work is kept; only her number is not

        const QJsonObject graded = gradedIn(teacherLaptop->pullAll(), row);
        QCOMPARE(graded.value(u"auto_score"_s).toDouble(-1), expected);
        QCOMPARE(graded.value(u"max_score"_s).toDouble(), 5.0);
        RowState stored;
        hub->server().engine().storage().read([&](HubTransaction &tx) { stored = tx.row(u"submission"_s, row).value_or(RowState{}); });
        QCOMPARE(stored.fields.value(u"auto_score"_s).toDouble(-1), expected);

        // Her own other device does not learn the score either ("never": the score would tell the key).
        Client phone(hub->url());
        QVERIFY(phone.login(u"lea01"_s, u"4821"_s));
        const QJsonArray mine = phone.pullAll();
        QVERIFY(gradedIn(mine, row).isEmpty());
        QVERIFY(!carriesAnswers(mine));
    }

    void legacyQuizIsScoredFromItsKeyInside()
    {
        const QString quiz = publishQuiz({}, isoIn(3600), true);
        QString row;
        QCOMPARE(verdictOf(handIn(*lea, quiz, RightAnswers, {{u"auto_score"_s, 0}}, &row)), u"applied"_s);
        QCOMPARE(gradedIn(teacherLaptop->pullAll(), row).value(u"auto_score"_s).toDouble(-1), 5.0);
    }

    /// Issue 11 review, F6 (medium-low): the hub's "handed in" marker was keyed by (quiz, student), whatever the class of
    /// the hand-in. Léa, in two classes, learnt a quiz's id before the hub held it (a USB pack, a classmate's screen) and
    /// handed in "." to it in her other class: once the quiz was published in the first class with "after-submit", her
    /// next sync brought its answer key, without a hand-in there. Now the marker is the class's. The positive control:
    /// once she hands in in the quiz's own class, the key is hers.
    void aHandInElsewhereOpensNoKey()
    {
        // Her other class, of the same teacher.
        const QString classB = hub->createClass(*teacher, u"6e Latin"_s);
        QCOMPARE(verdictOf(teacher->sync({change(u"member"_s, newUuid(), classB, *teacher,
                                                 {{u"person"_s, lea->id()}, {u"role"_s, u"student"_s}})})),
                 u"applied"_s);
        lea->pullAll();
        // The quiz's id, known before it is published; her "." in class B.
        const QString quiz = newUuid();
        const QJsonObject dot = lea->sync({change(u"submission"_s, newUuid(), classB, *lea,
                                                  {{u"assignment_id"_s, quiz}, {u"student"_s, lea->id()},
                                                   {u"answers"_s, QJsonObject{{u"q1"_s, QJsonArray{0}}}}, {u"device_time"_s, isoIn(0)}})});
        QCOMPARE(verdictOf(dot), u"applied"_s);
        // Published in class A with "after-submit".
        QJsonObject fields{{u"title"_s, u"Quiz des fractions"_s}, {u"type"_s, u"quiz"_s}, {u"status"_s, u"published"_s},
                           {u"quiz"_s, AnswerKey::questionsOnly(QuizWithKey)}, {u"answers_shown"_s, u"after-submit"_s}};
        const QJsonObject published = teacher->sync({change(u"assignment"_s, quiz, classId, *teacher, fields),
                                                     change(u"answer_key"_s, AnswerKey::rowId(quiz, classId), classId, *teacher,
                                                            {{u"assignment_id"_s, quiz}, {u"answers"_s, AnswerKey::keyOf(QuizWithKey)}})});
        QCOMPARE(verdictOf(published, 0), u"applied"_s);
        QCOMPARE(verdictOf(published, 1), u"applied"_s);
        // Before the fix: the key came with her next sync.
        const QJsonArray got = lea->pullAll();
        QVERIFY(std::any_of(got.begin(), got.end(), [&](const QJsonValue &c) { return c.toObject().value(u"row"_s) == quiz; }));
        QVERIFY2(!carriesAnswers(got), QJsonDocument(got).toJson().constData());
        Client fresh(hub->url()); // nor on a device that starts over
        QVERIFY(fresh.login(u"lea01"_s, u"4821"_s));
        QVERIFY(!carriesAnswers(fresh.pullAll()));

        // The positive control: her hand-in in class A opens it.
        const QJsonObject handedIn = handIn(*lea, quiz, WrongAnswers);
        QCOMPARE(verdictOf(handedIn), u"applied"_s);
        QJsonArray next = handedIn.value(u"changes"_s).toArray();
        for (const QJsonValue &c : lea->pullAll())
            next.append(c);
        QVERIFY(carriesAnswers(next));
        QVERIFY(!carriesAnswers(tom->pullAll()));
    }

    void anotherClassesTeacherCannotReadTheKey()
    {
        const QString quiz = publishQuiz(u"never"_s);
        const QString keyRow = AnswerKey::rowId(quiz, classId);
        // Positive control: a teacher of the class reads it.
        QVERIFY(carriesAnswers(teacherLaptop->pullAll()));
        // M. Petit teaches another class: his sync brings nothing of hers.
        QVERIFY(!carriesAnswers(otherTeacher->pullAll()));
        // He cannot write himself into her key's row (to be served it), nor squat the key of her quiz in his class.
        const QJsonObject intoHers = otherTeacher->sync({change(u"answer_key"_s, keyRow, classId, *otherTeacher,
                                                                {{u"assignment_id"_s, quiz}, {u"answers"_s, QJsonObject{}}})});
        QCOMPARE(verdictOf(intoHers), u"rejected"_s);
        QVERIFY(reasonOf(intoHers).startsWith(u"forbidden"_s));
        const QJsonObject squat = otherTeacher->sync({change(u"answer_key"_s, keyRow, otherClassId, *otherTeacher,
                                                             {{u"assignment_id"_s, quiz}, {u"answers"_s, QJsonObject{}}})});
        QCOMPARE(verdictOf(squat), u"rejected"_s);
        QVERIFY(!carriesAnswers(otherTeacher->pullAll()));
        // Positive control: in his own class, his own quiz's key is his to write.
        const QString his = newUuid();
        const QJsonObject own = otherTeacher->sync({change(u"answer_key"_s, AnswerKey::rowId(his, otherClassId), otherClassId,
                                                           *otherTeacher, {{u"assignment_id"_s, his}, {u"answers"_s, QJsonObject{}}})});
        QCOMPARE(verdictOf(own), u"applied"_s);
    }
};

QTEST_GUILESS_MAIN(TestHubQuiz)
#include "tst_hubquiz.moc"
