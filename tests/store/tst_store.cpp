// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "content/scorescale.h"
#include "content/secrets.h"
#include "content/store.h"
#include "content/textfile.h"
#include "tests/sqlitecount.h"
#include "tests/storeinternals.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QSqlQuery>

#include <functional>

#include <QDir>
#include <QScopeGuard>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <fcntl.h>
#include <ctime>

using namespace Continuite;
using namespace Qt::StringLiterals;

namespace {
struct Classroom
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    Profile teacher;
    SchoolClass cls;
    NewStudent lea;
    NewStudent hugo;
    Assignment quiz;
    Lesson lesson;

    explicit Classroom(int schemaVersion = Database::CurrentVersion)
    {
        Store::Options options;
        options.targetSchemaVersion = schemaVersion;
        store = std::move(Store::open(dir.path(), options)).value();
        teacher = *store->addProfile(u"mme.martin"_s, u"Mme Martin"_s, Role::Teacher, u"demo-prof"_s);
        store->setCurrent(teacher);
        cls = *store->createClass(u"6e B — Mathématiques"_s);
        lea = *store->addStudent(cls.meta.id, u"Léa Dubois"_s);
        hugo = *store->addStudent(cls.meta.id, u"Hugo Bernard"_s);
        lesson = *store->createLesson({cls.meta.id, u"Partager l'unité"_s, u"Résumé"_s, u"Avant"_s, u"En"_s, u"Après"_s, {}, {}, {}, {}});
        lesson = *store->publishLesson(lesson.meta.id);
        QString error;
        const auto q = Quiz::fromJson(QJsonDocument::fromJson(R"({"questions": [
            {"id": "q1", "type": "choice", "prompt": "1/2 = ?", "choices": ["2/4", "1/3"], "correct": [0], "points": 1},
            {"id": "q2", "type": "short", "prompt": "3 quarts ?", "accepted": ["3/4", "0,75"], "points": 2}]})").object(), &error);
        Store::AssignmentInput in;
        in.classId = cls.meta.id;
        in.title = u"Quiz"_s;
        in.instructions = u"Réponds."_s;
        in.type = AssignmentType::Quiz;
        in.quiz = *q;
        in.due = QDateTime::currentDateTimeUtc().addDays(3);
        quiz = *store->createAssignment(in);
        quiz = *store->publishAssignment(quiz.meta.id);
        (void)store->addProfile(lea.member.login, u"Léa Dubois"_s, Role::Student, lea.pin, lea.member.personId);
        (void)store->addProfile(hugo.member.login, u"Hugo Bernard"_s, Role::Student, hugo.pin, hugo.member.personId);
    }
    void actAs(const QString &login) { store->setCurrent(*store->profile(login)); }
};

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("fixture");
    f.write(bytes);
    return path;
}
} // namespace

class TestStore : public QObject
{
    Q_OBJECT
private slots:
    /// The teacher's own store is hers alone, as the classroom's folder inside it is (review of trust16, finding 5): under
    /// umask 022 mkpath made the app's folder 0755 and SQLite the store 0644, so another local account read her pupils'
    /// names and work. Played as another account would find it: an older version's 0755 folder, a new store under umask
    /// 022. Seen failing before: 755. Control: the store works (her class read back after reopening).
    void theTeachersStoreIsHersAlone()
    {
        QTemporaryDir parent;
        const QString dir = parent.filePath(u"continuite"_s);
        const mode_t before = ::umask(022);
        auto restore = qScopeGuard([&] { ::umask(before); });
        QVERIFY(QDir().mkpath(dir)); // as an older version left it
        QVERIFY(::chmod(QFile::encodeName(dir).constData(), 0755) == 0);
        auto mode = [](const QString &path) {
            struct stat st{};
            return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
        };
        QString classId;
        {
            auto store = std::move(Store::open(dir)).value();
            const Profile teacher = *store->addProfile(u"mme.martin"_s, u"Mme Martin"_s, Role::Teacher, u"demo-prof"_s);
            store->setCurrent(teacher);
            classId = store->createClass(u"6e B"_s)->meta.id;
            QCOMPARE(QString::number(mode(dir), 8), u"700"_s);
            QCOMPARE(QString::number(mode(dir + u"/continuite.sqlite"_s), 8), u"600"_s);
            if (QFile::exists(dir + u"/continuite.sqlite-wal"_s))
                QCOMPARE(QString::number(mode(dir + u"/continuite.sqlite-wal"_s), 8), u"600"_s);
        }
        auto again = std::move(Store::open(dir)).value();
        again->setCurrent(*again->profile(u"mme.martin"_s));
        QVERIFY(again->isTeacherOf(classId));
    }

    void studentCardsHaveLoginAndPin()
    {
        Classroom c;
        QCOMPARE(c.lea.member.login.size(), 6);
        QCOMPARE(c.lea.pin.size(), 4);
        QVERIFY(c.lea.member.login != c.hugo.member.login);
        QVERIFY(c.store->unlock(c.lea.member.login, c.lea.pin));
        QVERIFY(!c.store->unlock(c.lea.member.login, u"0000"_s == c.lea.pin ? u"1111"_s : u"0000"_s));
        // The PIN is stored only as an argon2id hash.
        const QString stored = StoreInternals::database(*c.store).scalar(u"SELECT pin_hash FROM members WHERE id = ?"_s, {c.lea.member.meta.id}).toString();
        QVERIFY(stored.startsWith(u"$argon2id$"_s));
        QVERIFY(!stored.contains(c.lea.pin));
    }

    void guessingAPinIsSlowedDown()
    {
        QTemporaryDir dir;
        qint64 wall = 1'800'000'000'000;
        Store::Options o;
        o.wallClock = [&wall] { return wall; };
        auto store = Store::open(dir.path(), o);
        QVERIFY(store);
        Store &s = *store.value();
        QVERIFY(s.addProfile(u"lea"_s, u"Léa"_s, Role::Student, u"1234"_s));
        for (int i = 0; i < Store::FreeUnlockAttempts; ++i) {
            auto r = s.unlock(u"lea"_s, u"000%1"_s.arg(i));
            QVERIFY(!r);
            QVERIFY2(r.error().contains(u"Wrong PIN"_s), qPrintable(r.error()));
        }
        // Locked now: even the right PIN waits, and the wait survives closing the store.
        auto locked = s.unlock(u"lea"_s, u"1234"_s);
        QVERIFY(!locked);
        QVERIFY2(locked.error().contains(u"wait 30 seconds"_s), qPrintable(locked.error()));
        store = Store::open(dir.path(), o);
        QVERIFY(!store.value()->unlock(u"lea"_s, u"1234"_s));
        wall += 31'000;
        QVERIFY(!store.value()->unlock(u"lea"_s, u"9999"_s)); // a sixth wrong try: a minute this time
        wall += 31'000;
        const QString waitMore = store.value()->unlock(u"lea"_s, u"1234"_s).error();
        QVERIFY2(waitMore.contains(u"wait 29 seconds"_s), qPrintable(waitMore));
        wall += 30'000;
        QVERIFY(store.value()->unlock(u"lea"_s, u"1234"_s));
        // The right PIN resets the count.
        QVERIFY(!store.value()->unlock(u"lea"_s, u"0000"_s));
        QVERIFY(store.value()->unlock(u"lea"_s, u"1234"_s));
    }

    void studentsSeeOnlyTheirOwnWork()
    {
        Classroom c;
        c.actAs(c.lea.member.login);
        auto v = c.store->submit({c.quiz.meta.id, {}, QJsonObject{{u"q1"_s, QJsonArray{0}}, {u"q2"_s, u" 0.75 "_s}}, {}});
        QVERIFY2(v, qPrintable(v.error()));
        QVERIFY(!v->autoScore); // the answers come after the due date: no score on her side before
        QCOMPARE(*v->maxScore, 3.0);
        c.actAs(c.hugo.member.login);
        QVERIFY(c.store->submissions(c.quiz.meta.id).isEmpty());
        QVERIFY(!c.store->submission(v->meta.id));
        auto h = c.store->submit({c.quiz.meta.id, {}, QJsonObject{{u"q1"_s, QJsonArray{1}}, {u"q2"_s, u"3/5"_s}}, {}});
        QVERIFY(h && !h->autoScore);
        QCOMPARE(c.store->submissions(c.quiz.meta.id).size(), 1);
        // Hugo sees his teacher and himself, not Léa.
        QStringList names;
        for (const Member &m : c.store->members(c.cls.meta.id))
            names << m.displayName;
        QCOMPARE(names, (QStringList{u"Mme Martin"_s, u"Hugo Bernard"_s}));
        c.actAs(u"mme.martin"_s);
        const auto both = c.store->submissions(c.quiz.meta.id);
        QCOMPARE(both.size(), 2);
        // The teacher's device scores every version from its key.
        for (const Submission &s : both)
            QCOMPARE(*s.autoScore, s.studentId == c.lea.member.personId ? 3.0 : 0.0);
    }

    void quizAnswersFollowTheTeachersChoice_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<int>("dueInDays");
        QTest::addColumn<bool>("beforeHandingIn");
        QTest::addColumn<bool>("afterHandingIn");
        QTest::newRow("after-submit") << u"after-submit"_s << 3 << false << true;
        QTest::newRow("after-due, not yet") << u"after-due"_s << 3 << false << false;
        QTest::newRow("after-due, passed") << u"after-due"_s << -1 << true << true;
        QTest::newRow("never") << u"never"_s << -1 << false << false;
        QTest::newRow("practice") << u"practice"_s << 3 << true << true;
    }
    void quizAnswersFollowTheTeachersChoice()
    {
        QFETCH(QString, mode);
        QFETCH(int, dueInDays);
        QFETCH(bool, beforeHandingIn);
        QFETCH(bool, afterHandingIn);
        Classroom c;
        Assignment edited = c.quiz;
        edited.answersShown = *AnswerKey::fromName(mode);
        edited.due = QDateTime::currentDateTimeUtc().addDays(dueInDays);
        QVERIFY(c.store->updateAssignment(edited));
        QVERIFY(c.store->assignment(c.quiz.meta.id)->quiz.hasKey()); // the teacher always has it
        QCOMPARE(c.store->assignment(c.quiz.meta.id)->answersShown, edited.answersShown);
        // The questions never carry the key: it is a row of its own.
        QVERIFY(!AnswerKey::carriesKey(c.store->changes().rowFields(u"assignment"_s, c.quiz.meta.id).value(u"quiz"_s).toObject()));
        c.actAs(c.lea.member.login);
        QCOMPARE(c.store->assignment(c.quiz.meta.id)->quiz.hasKey(), beforeHandingIn);
        auto v = c.store->submit({c.quiz.meta.id, {}, QJsonObject{{u"q1"_s, QJsonArray{0}}, {u"q2"_s, u"0,75"_s}}, {}});
        QVERIFY2(v, qPrintable(v.error()));
        QCOMPARE(c.store->assignment(c.quiz.meta.id)->quiz.hasKey(), afterHandingIn);
        QCOMPARE(v->autoScore.has_value(), afterHandingIn);
        if (afterHandingIn)
            QCOMPARE(*v->autoScore, 3.0);
        // What her device sends carries no score of its own.
        for (const OutboxEntry &e : c.store->changes().outbox(c.lea.member.personId))
            if (e.change.kind == u"submission"_s)
                QVERIFY(!e.change.fields.contains(u"auto_score"_s));
    }

    void afterDueNeedsADueDate()
    {
        Classroom c;
        Assignment edited = c.quiz;
        edited.due = {};
        const auto refused = c.store->updateAssignment(edited);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(u"due date"_s), qPrintable(refused.error()));
        edited.answersShown = AnswersShown::AfterSubmit;
        QVERIFY(c.store->updateAssignment(edited));
    }

    void rolesAreEnforced()
    {
        Classroom c;
        c.actAs(c.lea.member.login);
        auto l = c.store->createLesson({c.cls.meta.id, u"Piratage"_s, {}, {}, {}, {}, {}, {}, {}, {}});
        QVERIFY(!l);
        QVERIFY2(l.error().contains(u"teacher"_s), qPrintable(l.error()));
        QVERIFY(!c.store->createClass(u"Ma classe"_s));
        auto v = c.store->submit({c.quiz.meta.id, u"texte"_s, {}, {}});
        QVERIFY(v);
        QVERIFY(!c.store->giveFeedback(v->meta.id, u"Bravo moi"_s, 20));
        c.actAs(u"mme.martin"_s);
        QVERIFY(!c.store->submit({c.quiz.meta.id, u"prof"_s, {}, {}}));
        // A score above the quiz's points is refused (the app or the CLI alike); the honest one below goes through.
        const auto above = c.store->giveFeedback(v->meta.id, u"Trop"_s, Continuite::scoreScale(c.quiz) + 1);
        QVERIFY(!above);
        QVERIFY2(above.error().contains(u"the scale of"_s), qPrintable(above.error()));
        auto f = c.store->giveFeedback(v->meta.id, u"Revois la question 2."_s, 1.5);
        QVERIFY2(f, qPrintable(f.error()));
        c.actAs(c.lea.member.login);
        QCOMPARE(c.store->feedback(v->meta.id).size(), 1);
        c.actAs(c.hugo.member.login);
        QCOMPARE(c.store->feedback(v->meta.id).size(), 0);
    }

    void draftsAreHiddenFromStudents()
    {
        Classroom c;
        auto draft = c.store->createLesson({c.cls.meta.id, u"En préparation"_s, {}, {}, {}, {}, {}, {}, {}, {}});
        QVERIFY(draft);
        QCOMPARE(c.store->lessons().size(), 2);
        c.actAs(c.lea.member.login);
        QCOMPARE(c.store->lessons().size(), 1);
        QVERIFY(!c.store->lesson(draft->meta.id));
    }

    void resubmissionAddsAVersion()
    {
        Classroom c;
        c.actAs(c.lea.member.login);
        QVERIFY(c.store->saveDraft(c.quiz.meta.id, u"brouillon"_s, {}));
        QCOMPARE(c.store->draft(c.quiz.meta.id)->first, u"brouillon"_s);
        QVERIFY(c.store->submit({c.quiz.meta.id, {}, QJsonObject{{u"q1"_s, QJsonArray{1}}}, {}}));
        QVERIFY(!c.store->draft(c.quiz.meta.id)); // handed in: the draft is gone
        QVERIFY(c.store->submit({c.quiz.meta.id, {}, QJsonObject{{u"q1"_s, QJsonArray{0}}}, {}}));
        const auto versions = c.store->submissions(c.quiz.meta.id);
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions.at(0).version, 1);
        QCOMPARE(versions.at(1).version, 2);
        c.actAs(u"mme.martin"_s);
        const auto scored = c.store->submissions(c.quiz.meta.id);
        QCOMPARE(*scored.at(0).autoScore, 0.0);
        QCOMPARE(*scored.at(1).autoScore, 1.0);
    }

    // Review-media20, finding 7: media/light/ was never swept. A photo taken out of a draft (or a draft abandoned, a
    // crash between preparing and attaching) left its light copy for ever. Now, at open, a folder there that no draft
    // names and that is more than a day old is removed (failed before: still there). Controls: the copy the draft still
    // names stays and the draft still lists it; a copy made minutes ago (a preparation under way) stays.
    void lightCopiesNoDraftNamesAreSweptAtOpen()
    {
        Classroom c;
        c.actAs(c.lea.member.login);
        const QString light = c.dir.filePath(u"media/light"_s);
        auto copy = [&](const QString &folder, const QString &name, bool old) {
            QDir().mkpath(light + u'/' + folder);
            const QString path = light + u'/' + folder + u'/' + name;
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly) || f.write("a light copy") != 12)
                qFatal("fixture");
            f.close();
            if (old) { // made two days ago
                const timespec twoDaysAgo{::time(nullptr) - 2 * 24 * 3600, 0};
                const timespec times[2]{twoDaysAgo, twoDaysAgo};
                ::utimensat(AT_FDCWD, QFile::encodeName(light + u'/' + folder).constData(), times, 0);
            }
            return path;
        };
        const QString kept = copy(u"a1b2c3d4e5f60718-0a0b0c0d"_s, u"cahier.jpg"_s, true);
        const QString removed = copy(u"1122334455667788-99aabbcc"_s, u"page-2.jpg"_s, true);
        const QString fresh = copy(u"ffeeddccbbaa9988-77665544"_s, u"photo.jpg"_s, false);
        QVERIFY(c.store->saveDraft(c.quiz.meta.id, u"ma page"_s, {}, {kept, removed}));
        QVERIFY(c.store->saveDraft(c.quiz.meta.id, u"ma page"_s, {}, {kept})); // the pupil took page 2 out
        QVERIFY(QFileInfo(QFileInfo(removed).absolutePath()).lastModified() < QDateTime::currentDateTime().addDays(-1));

        c.store.reset();
        auto reopened = Store::open(c.dir.path());
        QVERIFY2(reopened, qPrintable(reopened.error()));
        c.store = std::move(reopened).value();
        QVERIFY2(!QFileInfo::exists(QFileInfo(removed).absolutePath()), "a light copy no draft names was left behind");
        QVERIFY(QFileInfo::exists(kept));
        QVERIFY(QFileInfo::exists(fresh));
        c.actAs(c.lea.member.login);
        QCOMPARE(c.store->draftAttachments(c.quiz.meta.id), QStringList{kept});
    }

    // media/light-index names, for each original video made light, the blob of its light version (64 bytes each): an
    // entry whose blob the store no longer holds can never serve again, and nothing removed it (review-media20,
    // finding 7). Swept at open; control: the entry whose blob is here stays.
    void lightIndexEntriesWithoutTheirBlobAreSweptAtOpen()
    {
        Classroom c;
        const QString index = c.dir.filePath(u"media/light-index"_s);
        QVERIFY(QDir().mkpath(index));
        const QString source = writeFile(c.dir, u"leger.webm"_s, "a light version");
        const auto stored = c.store->media().importFile(source);
        QVERIFY2(stored, qPrintable(stored.error()));
        const QString present = stored->sha256;
        const QString gone = QString(64, u'e');
        QVERIFY(!c.store->media().contains(gone));
        const auto entry = [&](const QString &original, const QString &blob) {
            QFile f(index + u'/' + original);
            if (!f.open(QIODevice::WriteOnly) || f.write(blob.toLatin1()) != 64)
                qFatal("fixture");
            return f.fileName();
        };
        const QString kept = entry(QString(64, u'a'), present);
        const QString dangling = entry(QString(64, u'b'), gone);

        c.store.reset();
        auto reopened = Store::open(c.dir.path());
        QVERIFY2(reopened, qPrintable(reopened.error()));
        c.store = std::move(reopened).value();
        QVERIFY2(!QFileInfo::exists(dangling), "an index entry naming a blob the store does not hold was left behind");
        QVERIFY(QFileInfo::exists(kept));
    }

    void draftKeepsThePickedFiles()
    {
        Classroom c;
        c.actAs(c.lea.member.login);
        const QString photo = writeFile(c.dir, u"cahier.jpg"_s, "not really a jpeg");
        QVERIFY(c.store->saveDraft(c.quiz.meta.id, u"à moitié"_s, QJsonObject{{u"q2"_s, u"3/"_s}}, {photo}));
        QCOMPARE(c.store->draftAttachments(c.quiz.meta.id), QStringList{photo});
        // The answers come back without the files riding along.
        QCOMPARE(c.store->draft(c.quiz.meta.id)->second, (QJsonObject{{u"q2"_s, u"3/"_s}}));
        QVERIFY(c.store->saveDraft(c.quiz.meta.id, u"à moitié"_s, {}));
        QVERIFY(c.store->draftAttachments(c.quiz.meta.id).isEmpty());
        // Another person on the device has no draft here.
        c.actAs(c.hugo.member.login);
        QVERIFY(c.store->draftAttachments(c.quiz.meta.id).isEmpty());
        // A quiz answered with no text at all is a draft too.
        QVERIFY(c.store->saveDraft(c.quiz.meta.id, QString(), QJsonObject{{u"q1"_s, QJsonArray{0}}}));
        QCOMPARE(c.store->draft(c.quiz.meta.id)->first, QString());
    }

    void deliveryFollowsTheOutbox()
    {
        Classroom c;
        c.actAs(c.lea.member.login);
        auto v1 = c.store->submit({c.quiz.meta.id, {}, QJsonObject{{u"q2"_s, u"3/4"_s}}, {}});
        auto v2 = c.store->submit({c.quiz.meta.id, {}, QJsonObject{{u"q2"_s, u"4/3"_s}}, {}});
        QVERIFY(v1 && v2);
        QCOMPARE(c.store->delivery(*v1).state, Store::Delivery::State::Waiting);
        QString v1Change, v2Change;
        for (const OutboxEntry &e : c.store->changes().outbox(c.lea.member.personId)) {
            if (e.change.row == v1->meta.id)
                v1Change = e.change.id;
            if (e.change.row == v2->meta.id)
                v2Change = e.change.id;
        }
        QVERIFY(!v1Change.isEmpty() && !v2Change.isEmpty());
        QVERIFY(c.store->changes().markSent({v1Change}));
        QVERIFY(c.store->changes().markRejected(v2Change, u"forbidden"_s));
        QCOMPARE(c.store->delivery(*v1).state, Store::Delivery::State::Sent);
        const Store::Delivery refused = c.store->delivery(*v2);
        QCOMPARE(refused.state, Store::Delivery::State::Rejected);
        QCOMPARE(refused.reason, u"forbidden"_s);
    }

    /// The steps of SQLite's virtual machine while @p work runs on @p store's connection.
    static qint64 sqliteSteps(Store &store, const std::function<void()> &work) { return SqliteCount::of(store, work).steps; }

    // A pupil's to-do asks, for each of her submissions, where it stands: its row's latest outbox entry. The outbox
    // keeps every change written on the device; read by parsing each body, the question cost 3 s of CPU at each sign-in
    // with the GOALS workload (bench/README, "Session 22"). Its cost must not grow with the outbox. Control: on a store
    // of schema 8, before the index, the same count grows with it, so the count does see a scan.
    void aDeliveryDoesNotReadTheWholeOutbox_data()
    {
        QTest::addColumn<int>("schema");
        QTest::addColumn<bool>("indexed");
        QTest::newRow("this schema") << int(Database::CurrentVersion) << true;
        QTest::newRow("schema 8, before the index") << 8 << false;
    }
    void aDeliveryDoesNotReadTheWholeOutbox()
    {
        QFETCH(int, schema);
        QFETCH(bool, indexed);
        Classroom c(schema);
        c.actAs(c.lea.member.login);
        const auto handedIn = c.store->submit({c.quiz.meta.id, {}, QJsonObject{{u"q2"_s, u"3/4"_s}}, {}});
        QVERIFY(handedIn);
        c.actAs(c.teacher.login);
        int lessons = 0;
        const auto stepsWith = [&](int total) {
            for (; lessons < total; ++lessons)
                if (!c.store->createLesson({c.cls.meta.id, u"Leçon %1"_s.arg(lessons), {}, QString(2000, u'x'), {}, {}, {}, {}, {}, {}}))
                    qFatal("a lesson");
            Store::Delivery d;
            const qint64 steps = sqliteSteps(*c.store, [&] { d = c.store->delivery(*handedIn); });
            if (d.state != Store::Delivery::State::Waiting)
                qFatal("the submission is not waiting");
            return steps;
        };
        const qint64 few = stepsWith(10);
        const qint64 many = stepsWith(300);
        qInfo("SQLite steps of one delivery(): %lld with 10 lessons written, %lld with 300", few, many);
        if (indexed)
            QVERIFY2(many < few * 2, qPrintable(u"%1 steps with 10 lessons, %2 with 300"_s.arg(few).arg(many)));
        else
            QVERIFY2(many > few * 10, qPrintable(u"%1 steps with 10 lessons, %2 with 300"_s.arg(few).arg(many)));
    }

    // Reading a version's feedback asks who may read it. That once meant grading again every version the pupil had
    // handed in; every list of work asks it for each of its rows, and the teacher's sign-in spent 6 G instructions
    // there with the GOALS workload (bench/README, "Session 23"). Its cost must not grow with the versions. Control:
    // the feedback is read, and Hugo still reads none of Léa's.
    void readingFeedbackDoesNotGradeEveryVersionAgain()
    {
        Classroom c;
        int versions = 0;
        const auto stepsWith = [&](int total) {
            c.actAs(c.lea.member.login);
            std::optional<Submission> latest;
            for (; versions < total; ++versions)
                latest = *c.store->submit({c.quiz.meta.id, {}, QJsonObject{{u"q2"_s, u"%1/4"_s.arg(versions)}}, {}});
            c.actAs(c.teacher.login);
            if (!c.store->giveFeedback(latest->meta.id, u"Vu."_s, {}))
                qFatal("feedback");
            c.actAs(c.hugo.member.login);
            if (!c.store->feedback(latest->meta.id).isEmpty())
                qFatal("Hugo read Léa's feedback");
            c.actAs(c.lea.member.login);
            QList<Feedback> read;
            const qint64 steps = sqliteSteps(*c.store, [&] { read = c.store->feedback(latest->meta.id); });
            if (read.size() != 1 || read.first().comment != u"Vu."_s)
                qFatal("Léa does not read her feedback");
            return steps;
        };
        const qint64 few = stepsWith(2);
        const qint64 many = stepsWith(40);
        qInfo("SQLite steps of one feedback(): %lld after 2 versions, %lld after 40", few, many);
        QVERIFY2(many < few * 2, qPrintable(u"%1 steps after 2 versions, %2 after 40"_s.arg(few).arg(many)));
    }

    // Which versions of an assignment have feedback, in one question for the whole assignment, under feedback()'s own
    // rule. Played by Hugo, who must not learn that Léa's work was marked, and by the teacher of another class.
    // Control: Mme Martin and Léa see it, and Hugo sees his own once it is marked.
    void reviewedTellsOnlyThoseWhoMayReadTheWork()
    {
        Classroom c;
        c.actAs(c.lea.member.login);
        const auto lea = c.store->submit({c.quiz.meta.id, u"Léa"_s, {}, {}});
        QVERIFY(lea);
        c.actAs(c.hugo.member.login);
        const auto hugo = c.store->submit({c.quiz.meta.id, u"Hugo"_s, {}, {}});
        QVERIFY(hugo);
        c.actAs(c.teacher.login);
        QVERIFY(c.store->reviewed(c.quiz.meta.id).isEmpty());
        QVERIFY(c.store->giveFeedback(lea->meta.id, u"Bien."_s, {}));
        QCOMPARE(c.store->reviewed(c.quiz.meta.id), QSet<QString>{lea->meta.id});
        const auto other = c.store->addProfile(u"m.durand"_s, u"M. Durand"_s, Role::Teacher, u"autre-prof"_s);
        QVERIFY(other);
        c.actAs(c.lea.member.login);
        QCOMPARE(c.store->reviewed(c.quiz.meta.id), QSet<QString>{lea->meta.id});
        c.actAs(c.hugo.member.login);
        QVERIFY(c.store->reviewed(c.quiz.meta.id).isEmpty());
        c.actAs(u"m.durand"_s);
        QVERIFY(c.store->createClass(u"5e A"_s));
        QVERIFY(c.store->reviewed(c.quiz.meta.id).isEmpty());
        c.actAs(c.teacher.login);
        QVERIFY(c.store->giveFeedback(hugo->meta.id, u"Relis."_s, {}));
        QCOMPARE(c.store->reviewed(c.quiz.meta.id), (QSet<QString>{lea->meta.id, hugo->meta.id}));
        c.actAs(c.hugo.member.login);
        QCOMPARE(c.store->reviewed(c.quiz.meta.id), QSet<QString>{hugo->meta.id});
    }

    void resubmissionKeepsEarlierFiles()
    {
        Classroom c;
        c.actAs(c.lea.member.login);
        const QString photo = writeFile(c.dir, u"droite.png"_s, "a photo of the number line");
        auto v1 = c.store->submit({c.quiz.meta.id, u"Voici."_s, {}, {photo}});
        QVERIFY2(v1, qPrintable(v1.error()));
        QCOMPARE(v1->attachments.size(), 1);
        const Store::SubmissionInput again{c.quiz.meta.id, u"Voici, corrigé."_s, {}, {}};
        auto v2 = c.store->submit(again, v1->attachments);
        QVERIFY2(v2, qPrintable(v2.error()));
        QCOMPARE(v2->version, 2);
        QCOMPARE(v2->attachments.size(), 1);
        QCOMPARE(v2->attachments.at(0).name, u"droite.png"_s);
        QCOMPARE(v2->attachments.at(0).sha256, v1->attachments.at(0).sha256);
        // A file that is not on this device cannot be kept.
        Attachment ghost = v1->attachments.at(0);
        ghost.sha256 = QString(64, u'0');
        ghost.name = u"perdu.png"_s;
        auto v3 = c.store->submit(again, {ghost});
        QVERIFY(!v3);
        QVERIFY(v3.error().contains(u"perdu.png"_s));
    }

    void attachmentsAndImagesGoToTheMediaStore()
    {
        Classroom c;
        QTemporaryDir src;
        QDir().mkpath(src.filePath(u"media"_s));
        const QByteArray png = QByteArray::fromHex("89504e470d0a1a0a") + QByteArray(100, 'i');
        writeFile(src, u"media/pizza.png"_s, png);
        const QString pdf = writeFile(src, u"fiche.pdf"_s, "%PDF-1.4\n%%EOF\n");
        Store::LessonInput in{c.cls.meta.id, u"Avec image"_s, {}, u"Regarde ![Une pizza](media/pizza.png)."_s, {}, {}, {pdf}, src.path(), {}, {}};
        auto l = c.store->createLesson(in);
        QVERIFY2(l, qPrintable(l.error()));
        QCOMPARE(l->attachments.size(), 2);
        QCOMPARE(l->attachments.at(0).mime, u"application/pdf"_s);
        QCOMPARE(l->attachments.at(1).name, u"pizza.png"_s);
        QVERIFY(l->beforeClass.contains(u"(media:"_s + l->attachments.at(1).sha256 + u')'));
        const QString rendered = c.store->media().renderableMarkdown(l->beforeClass);
        QVERIFY(rendered.contains(u"file://"_s));
        QCOMPARE(c.store->status().mediaBlobs, 2);
        // A missing image fails the whole lesson and writes nothing.
        const int before = c.store->status().pendingChanges;
        in.beforeClass = u"![absente](media/absente.png)"_s;
        auto bad = c.store->createLesson(in);
        QVERIFY(!bad);
        QVERIFY2(bad.error().contains(u"absente.png"_s), qPrintable(bad.error()));
        QCOMPARE(c.store->status().pendingChanges, before);
    }

    // The session-14 review of issue 15, finding 12: a text written elsewhere (a colleague's template, an export)
    // attached whatever its image links named — "../.ssh/id_ed25519", another pupil's photo by its absolute path —
    // and publishing sent it to the class. Each attack, in a lesson and in an assignment: refused with a sentence,
    // nothing written. The controls beside them: a picture in the text's folder or below, however it is spelled, and
    // a symlink that stays in the folder.
    void aTextBringsOnlyPicturesFromItsOwnFolder()
    {
        Classroom c;
        QTemporaryDir home;
        const QByteArray png = QByteArray::fromHex("89504e470d0a1a0a") + QByteArray(100, 'i');
        const QByteArray jpeg = QByteArray::fromHex("ffd8ffe000104a46494600") + QByteArray(200, 'j');
        QVERIFY(QDir().mkpath(home.filePath(u".ssh"_s)) && QDir().mkpath(home.filePath(u"eleves"_s))
                && QDir().mkpath(home.filePath(u"modele/img"_s)) && QDir().mkpath(home.filePath(u"copies"_s)));
        writeFile(home, u".ssh/id_ed25519"_s, "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n");
        const QString pupil = writeFile(home, u"eleves/cahier-lea.jpg"_s, jpeg + "Lea");
        writeFile(home, u"modele/img/schema.png"_s, png);
        writeFile(home, u"modele/notes.png"_s, "nom;note\nLéa;12\nHugo;9\n"); // a CSV of marks, named like a picture
        QVERIFY(QFile::link(pupil, home.filePath(u"modele/lien.jpg"_s)));
        QVERIFY(QFile::link(home.filePath(u"modele/img/schema.png"_s), home.filePath(u"modele/alias.png"_s)));
        const QString copy = writeFile(home, u"copies/schema-light.jpg"_s, jpeg + "light");
        const QString base = home.filePath(u"modele"_s);

        const QStringList attacks{u"../.ssh/id_ed25519"_s, pupil, u"img/../../eleves/cahier-lea.jpg"_s, u"lien.jpg"_s,
                                  u"notes.png"_s, copy /* a picture beside the folder */};
        const int pending = c.store->status().pendingChanges;
        const int blobs = c.store->status().mediaBlobs;
        for (const QString &target : attacks) {
            for (const bool lesson : {true, false}) {
                const QString text = u"Regarde ![le schéma](%1)."_s.arg(target);
                QString error;
                if (lesson) {
                    Store::LessonInput in{c.cls.meta.id, u"Modèle"_s, {}, text, {}, {}, {}, base, {}, {}};
                    auto l = c.store->createLesson(in);
                    QVERIFY2(!l, qPrintable(target));
                    error = l.error();
                } else {
                    Store::AssignmentInput in;
                    in.classId = c.cls.meta.id;
                    in.title = u"Modèle"_s;
                    in.instructions = text;
                    in.markdownBaseDir = base;
                    auto a = c.store->createAssignment(in);
                    QVERIFY2(!a, qPrintable(target));
                    error = a.error();
                }
                QVERIFY2(error.contains(target) && (error.contains(u"not in the text's folder"_s) || error.contains(u"not a picture"_s)),
                         qPrintable(target + u": "_s + error));
                QCOMPARE(c.store->status().pendingChanges, pending);
                QCOMPARE(c.store->status().mediaBlobs, blobs);
            }
        }

        // The controls: what the teacher's folder holds, however it is spelled, and a symlink inside it.
        for (const QString &target : {u"img/schema.png"_s, u"./img/schema.png"_s, u"alias.png"_s}) {
            Store::LessonInput in{c.cls.meta.id, u"Modèle"_s, {}, u"Regarde ![le schéma](%1)."_s.arg(target), {}, {}, {}, base, {}, {}};
            auto l = c.store->createLesson(in);
            QVERIFY2(l, qPrintable(target + u": "_s + l.error()));
            QCOMPARE(l->attachments.size(), 1);
            QVERIFY(l->beforeClass.contains(u"(media:"_s + l->attachments.first().sha256 + u')'));
        }
        Store::AssignmentInput in;
        in.classId = c.cls.meta.id;
        in.title = u"Modèle"_s;
        in.instructions = u"Regarde ![le schéma](img/schema.png), encore ![le schéma](img/schema.png)."_s;
        in.markdownBaseDir = base;
        auto assignment = c.store->createAssignment(in);
        QVERIFY2(assignment, qPrintable(assignment.error()));
        QCOMPARE(assignment->attachments.size(), 1);
        QCOMPARE(assignment->attachments.first().name, u"schema.png"_s);
    }

    // review-media18, finding 4: the sentence naming a refused link cut a long one at 200 characters with nothing to say
    // it was cut, so the person took the end they saw for the link. Now it ends with "…". The control: a short link is
    // named whole, with no "…".
    void aLongRefusedLinkIsShownCut()
    {
        Classroom c;
        QTemporaryDir folder;
        const QString longLink = u"img/"_s + QString(150, u'a') + u"/"_s + QString(150, u'b') + u".png"_s;
        for (const QString &target : QStringList{longLink, u"img/absente.png"_s, u"../.ssh/"_s + QString(250, u'k'), u"https://tracker.example/"_s + QString(240, u'p')}) {
            Store::LessonInput in{c.cls.meta.id, u"Modèle"_s, {}, u"Regarde ![le schéma](%1)."_s.arg(target), {}, {}, {}, folder.path(), {}, {}};
            auto l = c.store->createLesson(in);
            QVERIFY2(!l, qPrintable(target));
            if (target.size() > 200) {
                QVERIFY2(l.error().contains(target.left(199) + u'…'), qPrintable(l.error()));
                QVERIFY2(!l.error().contains(target.left(200)), qPrintable(l.error()));
            } else {
                QVERIFY2(l.error().contains(target + u' '), qPrintable(l.error()));
                QVERIFY2(!l.error().contains(u'…'), qPrintable(l.error()));
            }
        }
    }

    void badTitlesAreRefused_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QString() << u"needs a title"_s;
        QTest::newRow("blank") << u"   "_s << u"needs a title"_s;
        QTest::newRow("enormous") << QString(5000, u'é') << u"too long"_s;
    }
    void badTitlesAreRefused()
    {
        QFETCH(QString, title);
        QFETCH(QString, message);
        Classroom c;
        const int before = c.store->status().pendingChanges;
        auto l = c.store->createLesson({c.cls.meta.id, title, {}, {}, {}, {}, {}, {}, {}, {}});
        QVERIFY(!l);
        QVERIFY2(l.error().contains(message), qPrintable(l.error()));
        Store::AssignmentInput in;
        in.classId = c.cls.meta.id;
        in.title = title;
        QVERIFY(!c.store->createAssignment(in));
        QCOMPARE(c.store->status().pendingChanges, before);
    }

    void textFilesMustBeUtf8()
    {
        QTemporaryDir dir;
        const QString latin1 = writeFile(dir, u"cours.md"_s, QByteArray("Le\xe7on de fran\xe7""ais"));
        auto r = readUtf8File(latin1);
        QVERIFY(!r);
        QVERIFY2(r.error().contains(u"UTF-8"_s), qPrintable(r.error()));
        const QString good = writeFile(dir, u"ok.md"_s, "\xEF\xBB\xBFLe\xC3\xA7on\r\n");
        QCOMPARE(*readUtf8File(good), u"Leçon\n"_s);
        QVERIFY(readUtf8File(dir.filePath(u"absent.md"_s)).error().contains(u"does not exist"_s));
        const QString big = writeFile(dir, u"big.md"_s, QByteArray(600 * 1024, 'a'));
        QVERIFY(readUtf8File(big).error().contains(u"too large"_s));
    }

    void lessonMarkdownSplitsIntoThreeSections()
    {
        const auto s = splitLessonMarkdown(u"# Les fractions\nUn résumé.\n\n## Avant la classe\nRegarde.\n\n## En classe\nAtelier.\n\n"
                                           "## Après la classe\nExercices.\n"_s);
        QCOMPARE(s.title, u"Les fractions"_s);
        QCOMPARE(s.summary, u"Un résumé."_s);
        QCOMPARE(s.beforeClass, u"Regarde."_s);
        QCOMPARE(s.inClass, u"Atelier."_s);
        QCOMPARE(s.afterClass, u"Exercices."_s);
        const auto english = splitLessonMarkdown(u"## Before class\nA\n## In class\nB\n## After class\nC"_s);
        QCOMPARE(english.inClass, u"B"_s);
        QCOMPARE(splitLessonMarkdown(u"Juste du texte"_s).beforeClass, u"Juste du texte"_s);
    }

    void quizFilesAreValidated_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("no questions") << QByteArray(R"({"questions": []})") << u"no \"questions\""_s;
        QTest::newRow("bad type") << QByteArray(R"({"questions": [{"id": "a", "type": "essay", "prompt": "?"}]})") << u"Question 1"_s;
        QTest::newRow("correct out of range")
            << QByteArray(R"({"questions": [{"id": "a", "type": "choice", "prompt": "?", "choices": ["x", "y"], "correct": [2]}]})") << u"indexes"_s;
        QTest::newRow("duplicate id")
            << QByteArray(R"({"questions": [{"id": "a", "type": "short", "prompt": "?", "accepted": ["1"]}, {"id": "a", "type": "short", "prompt": "?", "accepted": ["1"]}]})")
            << u"Question 2"_s;
        QTest::newRow("negative points")
            << QByteArray(R"({"questions": [{"id": "a", "type": "short", "prompt": "?", "accepted": ["1"], "points": -3}]})") << u"points"_s;
    }
    void quizFilesAreValidated()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!Quiz::fromJson(QJsonDocument::fromJson(json).object(), &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void multipleAnswerQuestionsNeedAllRightChoices()
    {
        const auto q = Quiz::fromJson(QJsonDocument::fromJson(R"({"questions": [
            {"id": "m", "type": "choice", "prompt": "?", "choices": ["a", "b", "c"], "correct": [0, 2], "points": 2}]})").object(), nullptr);
        QVERIFY(q);
        QCOMPARE(q->grade({{u"m"_s, QJsonArray{2, 0}}}), 2.0);
        QCOMPARE(q->grade({{u"m"_s, QJsonArray{0}}}), 0.0);
        QCOMPARE(q->grade({{u"m"_s, QJsonArray{0, 1, 2}}}), 0.0);
        QCOMPARE(q->grade({}), 0.0);
    }

    void continuityBoardShowsWhoHasGoneSilent()
    {
        Classroom c;
        // Léa opened and finished the lesson and handed in the quiz; Hugo did nothing.
        c.actAs(c.lea.member.login);
        QVERIFY(c.store->recordProgress(c.lesson.meta.id, true, 300));
        QVERIFY(c.store->submit({c.quiz.meta.id, {}, QJsonObject{{u"q1"_s, QJsonArray{0}}}, {}}));
        c.actAs(u"mme.martin"_s);
        const QDateTime afterDue = QDateTime::currentDateTimeUtc().addDays(4);
        const auto board = c.store->classOverview(c.cls.meta.id, afterDue);
        QCOMPARE(board.size(), 2);
        const StudentOverview &hugo = board.at(0).member.displayName.startsWith(u"Hugo"_s) ? board.at(0) : board.at(1);
        const StudentOverview &lea = board.at(0).member.displayName.startsWith(u"Léa"_s) ? board.at(0) : board.at(1);
        QCOMPARE(lea.lessonsOpened, 1);
        QCOMPARE(lea.lessonsCompleted, 1);
        QCOMPARE(lea.submitted, 1);
        QCOMPARE(lea.missing, 0);
        QVERIFY(lea.lastSeen.isValid());
        QCOMPARE(hugo.lessonsOpened, 0);
        QCOMPARE(hugo.missing, 1);
        QVERIFY(!hugo.lastSeen.isValid()); // silent: never seen
        // Before the due date nothing is missing yet.
        for (const StudentOverview &o : c.store->classOverview(c.cls.meta.id))
            QCOMPARE(o.missing, 0);
        // A student sees no board.
        c.actAs(c.lea.member.login);
        QVERIFY(c.store->classOverview(c.cls.meta.id).isEmpty());
    }

    void todoListsWhatIsDueFirst()
    {
        Classroom c;
        Store::AssignmentInput later;
        later.classId = c.cls.meta.id;
        later.title = u"Rédaction"_s;
        later.due = QDateTime::currentDateTimeUtc().addDays(10);
        auto essay = c.store->createAssignment(later);
        QVERIFY(c.store->publishAssignment(essay->meta.id));
        c.actAs(c.hugo.member.login);
        auto items = c.store->todo();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).assignment.title, u"Quiz"_s); // due in 3 days, before the essay
        QVERIFY(items.at(0).isNew && items.at(1).isNew);
        QVERIFY(c.store->markEverythingSeen());
        QVERIFY(!c.store->todo().at(0).isNew);
        QVERIFY(c.store->submit({c.quiz.meta.id, {}, QJsonObject{{u"q2"_s, u"3/4"_s}}, {}}));
        items = c.store->todo();
        QCOMPARE(items.at(0).assignment.title, u"Rédaction"_s); // handed-in work moves down
        QCOMPARE(items.at(1).versions, 1);
        QVERIFY(!items.at(1).lastScore); // the quiz's answers, and so its score, come after the due date
        QVERIFY(c.store->todo(QDateTime::currentDateTimeUtc().addDays(11)).at(0).overdue);
        // A new assignment shows as new again.
        c.actAs(u"mme.martin"_s);
        Store::AssignmentInput extra = later;
        extra.title = u"Bonus"_s;
        auto bonus = c.store->createAssignment(extra);
        QVERIFY(c.store->publishAssignment(bonus->meta.id));
        c.actAs(c.hugo.member.login);
        int fresh = 0;
        for (const TodoItem &i : c.store->todo())
            fresh += i.isNew ? 1 : 0;
        QCOMPARE(fresh, 1);
    }

    void editingADraftAssignmentWritesOnlyWhatChanged()
    {
        Classroom c;
        Store::AssignmentInput in;
        in.classId = c.cls.meta.id;
        in.title = u"Exercices 1 à 4"_s;
        in.instructions = u"Page 12."_s;
        auto draft = c.store->createAssignment(in);
        QVERIFY2(draft, qPrintable(draft.error()));
        const int pendingBefore = c.store->status().pendingChanges;

        // The teacher adds a due date, a lesson and a quiz to her draft, then publishes it.
        Assignment edited = *draft;
        edited.instructions = u"Page 12, exercices 1 à 4."_s;
        edited.due = QDateTime(QDate(2026, 12, 4), QTime(17, 0), Qt::UTC);
        edited.lessonId = c.lesson.meta.id;
        edited.type = AssignmentType::Quiz;
        QuizQuestion q;
        q.id = u"q1"_s;
        q.prompt = u"Combien font 1/2 + 1/4 ?"_s;
        q.type = QuizQuestion::Type::Short;
        q.accepted = {u"3/4"_s};
        q.points = 2;
        edited.quiz.questions = {q};
        auto saved = c.store->updateAssignment(edited);
        QVERIFY2(saved, qPrintable(saved.error()));
        QCOMPARE(saved->instructions, u"Page 12, exercices 1 à 4."_s);
        QCOMPARE(saved->due, edited.due);
        QCOMPARE(saved->lessonId, c.lesson.meta.id);
        QCOMPARE(saved->type, AssignmentType::Quiz);
        QCOMPARE(saved->quiz.maxScore(), 2.0);
        QCOMPARE(saved->title, u"Exercices 1 à 4"_s);
        QCOMPARE(saved->status, PublicationStatus::Draft);
        // One change, the fields that moved, and one for the quiz's answer key (its own row).
        QCOMPARE(c.store->status().pendingChanges, pendingBefore + 2);

        // Saving again with nothing changed writes nothing.
        QVERIFY(c.store->updateAssignment(*saved));
        QCOMPARE(c.store->status().pendingChanges, pendingBefore + 2);

        // Removing the due date and going back to a free text clears both.
        Assignment plain = *saved;
        plain.due = {};
        plain.type = AssignmentType::Text;
        plain.quiz = {};
        auto back = c.store->updateAssignment(plain);
        QVERIFY2(back, qPrintable(back.error()));
        QVERIFY(!back->due.isValid());
        QCOMPARE(back->type, AssignmentType::Text);
        QVERIFY(back->quiz.isEmpty());

        // Students see it only once published.
        c.actAs(c.lea.member.login);
        QVERIFY(!c.store->assignment(draft->meta.id));
        c.actAs(u"mme.martin"_s);
        QVERIFY(c.store->publishAssignment(draft->meta.id));
        c.actAs(c.lea.member.login);
        QVERIFY(c.store->assignment(draft->meta.id));
    }

    void updatingAnAssignmentIsChecked()
    {
        Classroom c;
        Assignment noTitle = c.quiz;
        noTitle.title = u"  "_s;
        QVERIFY(!c.store->updateAssignment(noTitle));
        Assignment emptyQuiz = c.quiz;
        emptyQuiz.quiz = {};
        auto refused = c.store->updateAssignment(emptyQuiz);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(u"questions"_s), qPrintable(refused.error()));
        Assignment badQuestion = c.quiz;
        badQuestion.quiz.questions[0].correct = {5};
        QVERIFY(!c.store->updateAssignment(badQuestion));
        Assignment otherLesson = c.quiz;
        otherLesson.lessonId = u"00000000-0000-4000-8000-000000000000"_s;
        QVERIFY(!c.store->updateAssignment(otherLesson));
        // A student may not edit it.
        c.actAs(c.lea.member.login);
        Assignment mine = c.quiz;
        mine.title = u"Plus de devoirs"_s;
        auto forbidden = c.store->updateAssignment(mine);
        QVERIFY(!forbidden);
        QVERIFY2(forbidden.error().contains(u"teacher"_s), qPrintable(forbidden.error()));
        c.actAs(u"mme.martin"_s);
        QCOMPARE(c.store->assignment(c.quiz.meta.id)->title, u"Quiz"_s);
    }

    void aLostCardGetsANewPin()
    {
        Classroom c;
        auto fresh = c.store->resetStudentPin(c.lea.member.meta.id);
        QVERIFY2(fresh, qPrintable(fresh.error()));
        QCOMPARE(fresh->pin.size(), 4);
        QCOMPARE(fresh->member.login, c.lea.member.login);
        // The roster's hash is the new PIN's (what the hub turns into her account).
        const QString hash = StoreInternals::database(*c.store).scalar(u"SELECT pin_hash FROM members WHERE id = ?"_s, {c.lea.member.meta.id}).toString();
        QVERIFY(Secrets::verify(hash, fresh->pin));
        c.actAs(c.lea.member.login);
        QVERIFY(!c.store->resetStudentPin(c.hugo.member.meta.id));
    }

    void fullDiskLeavesTheStoreAsItWas()
    {
        Classroom c;
        const int lessonsBefore = c.store->lessons().size();
        const int pendingBefore = c.store->status().pendingChanges;
        // Let the WAL grow no further: the next big write hits a "full disk".
        const qint64 wal = QFileInfo(c.dir.filePath(u"continuite.sqlite-wal"_s)).size();
        const qint64 db = QFileInfo(c.dir.filePath(u"continuite.sqlite"_s)).size();
        ::signal(SIGXFSZ, SIG_IGN);
        rlimit old{};
        ::getrlimit(RLIMIT_FSIZE, &old);
        rlimit small = old;
        small.rlim_cur = rlim_t(std::max(wal, db) + 8192);
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &small), 0);
        auto l = c.store->createLesson({c.cls.meta.id, u"Grosse leçon"_s, {}, QString(400 * 1024, u'x'), {}, {}, {}, {}, {}, {}});
        ::setrlimit(RLIMIT_FSIZE, &old);
        QVERIFY(!l);
        QVERIFY2(l.error().contains(u"Nothing was changed"_s) || l.error().contains(u"nothing was changed"_s), qPrintable(l.error()));
        QCOMPARE(c.store->lessons().size(), lessonsBefore);
        QCOMPARE(c.store->status().pendingChanges, pendingBefore);
        // And the store still works once there is room again.
        QVERIFY(c.store->createLesson({c.cls.meta.id, u"Petite leçon"_s, {}, u"x"_s, {}, {}, {}, {}, {}, {}}));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
