// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// continuite-cli as people use it: the real binary, real SQLite files in temporary data folders.
// Each test asserts on what a teacher, a student or a script would check: the JSON, the exit status,
// the one-line message, and that a refused command leaves the store exactly as it was.

#include "tests/media/testclip.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {

struct Outcome
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json;
    bool jsonOk = false; ///< stdout was exactly one JSON object

    QString describe() const
    {
        return u"exit %1\nstdout: %2\nstderr: %3"_s.arg(exitCode).arg(QString::fromUtf8(out.left(2000)), QString::fromUtf8(err.left(2000)));
    }
    QString error() const { return json.value(u"error"_s).toString(); }
};

struct RunOptions
{
    QByteArray input;      ///< written to stdin (a PIN, a password)
    QStringList env;       ///< NAME=value
    qint64 fileSizeLimit = 0; ///< RLIMIT_FSIZE in the child: a disk that fills up
    bool json = true;
    /// A folder on which a tmpfs of smallDiskSize is mounted for the child only (unshare -rm: no root needed).
    QString smallDisk = {};
    QString smallDiskSize = u"64k"_s;
};

/// What "the store was left exactly as it was" means: the same database bytes, the same media files.
struct Snapshot
{
    QByteArray database;
    QStringList media;
    bool operator==(const Snapshot &) const = default;
};

QByteArray sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return hash.result().toHex();
}

Snapshot snapshot(const QString &dataDir)
{
    Snapshot s;
    s.database = sha256Of(dataDir + u"/continuite.sqlite"_s);
    QDirIterator it(dataDir + u"/media"_s, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        s.media << it.next().mid(dataDir.size());
    s.media.sort();
    return s;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(path));
    QCOMPARE(f.write(bytes), bytes.size());
}

const QByteArray TeacherPassword = "craie-et-tableau";

const char *const LessonMarkdown = R"(# Les fractions

Une séance pour découvrir les fractions.

## Avant la classe

Regarde ce dessin : ![un gâteau](img/gateau.png)

## En classe

On partage des bandes de papier.

## Après la classe

Exercices 1 à 3.
)";

const char *const QuizJson = R"({"questions": [
  {"id": "q1", "type": "choice", "prompt": "Combien font 1/2 + 1/2 ?", "choices": ["1", "2"], "correct": [0], "points": 2},
  {"id": "q2", "type": "short", "prompt": "Écris « un demi » en chiffres.", "accepted": ["1/2"], "points": 3}
]})";

RunOptions stdinOf(const QByteArray &input)
{
    return RunOptions{input, {}, 0, true};
}

} // namespace

#define RUN_OK(var, ...)                                                                                                  \
    const Outcome var = run(__VA_ARGS__);                                                                                 \
    QVERIFY2(var.exitCode == 0 && var.jsonOk && var.json.value(u"ok"_s).toBool(), qPrintable(var.describe()))

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_files; ///< the teacher's and students' files

    /// A store with a teacher (active), a class, a published lesson and quiz, and one student profile.
    struct Classroom
    {
        QString dir;
        QString classId;
        QString lessonId;
        QString assignmentId;
        QString studentLogin;
        QString studentPin;
        QString studentId;
    };

    QString newDataDir()
    {
        static int n = 0;
        return m_tmp.path() + u"/data-"_s + QString::number(++n);
    }

    Outcome run(const QString &dataDir, const QStringList &arguments, const RunOptions &options = {})
    {
        QProcess p;
        p.setProgram(QStringLiteral(CONTINUITE_CLI));
        QStringList args{u"--data"_s, dataDir};
        args += arguments;
        if (options.json)
            args << u"--json"_s;
        if (!options.smallDisk.isEmpty()) {
            args.prepend(QStringLiteral(CONTINUITE_CLI));
            args = QStringList{u"-rm"_s, u"sh"_s, u"-c"_s, u"mount -t tmpfs -o size=\"$0\" tmpfs \"$1\" && shift && exec \"$@\""_s,
                               options.smallDiskSize, options.smallDisk} + args;
            p.setProgram(u"unshare"_s);
        }
        p.setArguments(args);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"CONTINUITE_SECRET"_s);
        env.remove(u"CONTINUITE_MAX_ATTACHMENT_MB"_s);
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        for (const QString &e : options.env)
            env.insert(e.section(u'=', 0, 0), e.section(u'=', 1));
        p.setProcessEnvironment(env);
        if (options.fileSizeLimit > 0) {
            const rlim_t limit = rlim_t(options.fileSizeLimit);
            p.setChildProcessModifier([limit] {
                // A full disk: writes past the limit fail with EFBIG instead of killing the process.
                std::signal(SIGXFSZ, SIG_IGN);
                const rlimit r{limit, limit};
                setrlimit(RLIMIT_FSIZE, &r);
            });
        }
        Outcome o;
        p.start();
        if (!p.waitForStarted())
            return o;
        p.write(options.input);
        p.closeWriteChannel();
        if (!p.waitForFinished(240000)) {
            p.kill();
            p.waitForFinished();
            o.err = "did not finish";
            return o;
        }
        o.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        o.out = p.readAllStandardOutput();
        o.err = p.readAllStandardError();
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(o.out, &error);
        o.jsonOk = error.error == QJsonParseError::NoError && doc.isObject();
        o.json = doc.object();
        return o;
    }

    RunOptions as(const QString &secret) const { return RunOptions{{}, {u"CONTINUITE_SECRET="_s + secret}, 0, true}; }

    void makeClassroom(Classroom &c)
    {
        c.dir = newDataDir();
        RUN_OK(teacher, c.dir, {u"profile"_s, u"add"_s, u"--login"_s, u"prof"_s, u"--name"_s, u"M. Prof"_s, u"--role"_s, u"teacher"_s, u"--secret-stdin"_s},
               stdinOf(TeacherPassword + '\n'));
        RUN_OK(switched, c.dir, {u"profile"_s, u"switch"_s, u"prof"_s}, stdinOf(TeacherPassword + '\n'));
        RUN_OK(klass, c.dir, {u"class"_s, u"create"_s, u"--name"_s, u"5e A"_s});
        c.classId = klass.json.value(u"id"_s).toString();
        RUN_OK(lesson, c.dir, {u"lesson"_s, u"create"_s, u"--class"_s, c.classId, u"--title"_s, u"Fractions"_s, u"--body-file"_s, m_files + u"/lesson.md"_s});
        c.lessonId = lesson.json.value(u"id"_s).toString();
        RUN_OK(published, c.dir, {u"lesson"_s, u"publish"_s, c.lessonId});
        RUN_OK(quiz, c.dir, {u"assignment"_s, u"create"_s, u"--class"_s, c.classId, u"--title"_s, u"Quiz"_s, u"--instructions-file"_s,
                             m_files + u"/instructions.md"_s, u"--quiz"_s, m_files + u"/quiz.json"_s, u"--lesson"_s, c.lessonId});
        c.assignmentId = quiz.json.value(u"id"_s).toString();
        RUN_OK(quizPublished, c.dir, {u"assignment"_s, u"publish"_s, c.assignmentId});
        RUN_OK(student, c.dir, {u"student"_s, u"add"_s, u"--class"_s, c.classId, u"--name"_s, u"Zoé"_s});
        c.studentLogin = student.json.value(u"login"_s).toString();
        c.studentPin = student.json.value(u"pin"_s).toString();
        c.studentId = student.json.value(u"id"_s).toString();
        RUN_OK(profile, c.dir, {u"profile"_s, u"add"_s, u"--login"_s, c.studentLogin, u"--name"_s, u"Zoé"_s, u"--role"_s, u"student"_s,
                                u"--person"_s, c.studentId, u"--secret-stdin"_s},
               stdinOf(c.studentPin.toUtf8() + '\n'));
    }

    /// What a person would count: lessons, assignments and pending changes the teacher sees.
    QList<int> counts(const QString &dir)
    {
        const Outcome lessons = run(dir, {u"lesson"_s, u"list"_s});
        const Outcome assignments = run(dir, {u"assignment"_s, u"list"_s});
        const Outcome status = run(dir, {u"status"_s});
        return {int(lessons.json.value(u"lessons"_s).toArray().size()), int(assignments.json.value(u"assignments"_s).toArray().size()),
                status.json.value(u"pending_changes"_s).toInt(-1)};
    }

private Q_SLOTS:
    void initTestCase();
    void fullFlow();
    void profileSeparation();
    void badInput_data();
    void badInput();
    void brokenStore_data();
    void brokenStore();
    void diskFull_data();
    void diskFull();
    void demoLoadsOnceAndMatchesTheManifest();
    void walkthrough();
    void badUsage_data();
    void badUsage();
    void help();
    void attachMakesPicturesLight();
    void aFullDiskDuringTheLightCopySaysSo();
    void aLinkedPictureIsLightHoweverItsLinkIsSpelled();
    void aTextBringsOnlyPicturesFromItsOwnFolder();
    void aVideoAttachedTwiceIsOneAttachment();
};

void TestCli::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QVERIFY2(QFileInfo::exists(QStringLiteral(CONTINUITE_CLI)), CONTINUITE_CLI);
    m_files = m_tmp.path() + u"/files"_s;
    writeFile(m_files + u"/lesson.md"_s, LessonMarkdown);
    // A real drawing (the demo course's): the CLI attaches its light copy (issue 15).
    QFile drawing(u":/demo/media/pizza.png"_s);
    QVERIFY(drawing.open(QIODevice::ReadOnly));
    writeFile(m_files + u"/img/gateau.png"_s, drawing.readAll());
    writeFile(m_files + u"/fiche.pdf"_s, "%PDF-1.4\n" + QByteArray(2000, 'p') + "\n%%EOF\n");
    writeFile(m_files + u"/instructions.md"_s, "Réponds aux **deux** questions.\n");
    writeFile(m_files + u"/quiz.json"_s, QuizJson);
    writeFile(m_files + u"/answers-half.json"_s, R"({"q1": [1], "q2": "1/2"})");
    writeFile(m_files + u"/answers-right.json"_s, R"({"q1": [0], "q2": " 1/2 "})");
    writeFile(m_files + u"/answers-unknown.json"_s, R"({"q9": [0]})");
    writeFile(m_files + u"/quiz-broken.json"_s, R"({"questions": [ {"id": "q1", )");
    writeFile(m_files + u"/quiz-empty.json"_s, R"({"questions": []})");
    writeFile(m_files + u"/quiz-array.json"_s, R"([1, 2, 3])");
    writeFile(m_files + u"/quiz-bad-index.json"_s,
              R"({"questions": [{"id": "q1", "type": "choice", "prompt": "?", "choices": ["a", "b"], "correct": [5]}]})");
    writeFile(m_files + u"/latin1.md"_s, "## Avant la classe\n\nL'\xe9t\xe9 est chaud.\n");
    writeFile(m_files + u"/too-long.md"_s, QByteArray(600 * 1024, 'a'));
    writeFile(m_files + u"/broken-image.md"_s, "## Avant la classe\n\n![absent](img/absent.png)\n");
    writeFile(m_files + u"/big-body.md"_s, "## Avant la classe\n\n" + QByteArray(400 * 1024, 'b') + "\n");
    writeFile(m_files + u"/two-mb.bin"_s, QByteArray(2 * 1024 * 1024, 'x'));
    writeFile(m_files + u"/three-hundred-kb.bin"_s, QByteArray(300 * 1024, 'y'));
    // A several-GB file that costs no disk: sparse. It must be refused from its size, without reading it.
    QFile huge(m_files + u"/huge.iso"_s);
    QVERIFY(huge.open(QIODevice::WriteOnly));
    QVERIFY(huge.resize(3LL * 1024 * 1024 * 1024));
}

void TestCli::fullFlow()
{
    const QString dir = newDataDir();
    // The teacher sets up the device.
    RUN_OK(teacher, dir, {u"profile"_s, u"add"_s, u"--login"_s, u"prof"_s, u"--name"_s, u"M. Prof"_s, u"--role"_s, u"teacher"_s, u"--secret-stdin"_s},
           stdinOf(TeacherPassword + '\n'));
    QCOMPARE(teacher.json.value(u"role"_s).toString(), u"teacher"_s);
    RUN_OK(switched, dir, {u"profile"_s, u"switch"_s, u"prof"_s}, stdinOf(TeacherPassword + '\n'));
    RUN_OK(klass, dir, {u"class"_s, u"create"_s, u"--name"_s, u"5e A — Maths"_s});
    const QString classId = klass.json.value(u"id"_s).toString();
    QVERIFY(!classId.isEmpty());
    RUN_OK(classes, dir, {u"class"_s, u"list"_s});
    QCOMPARE(classes.json.value(u"classes"_s).toArray().size(), 1);

    // Two students: a login code and a PIN each, and a profile on this shared device.
    QStringList logins, pins, ids;
    for (const QString &name : {u"Zoé Martin"_s, u"Yanis Petit"_s}) {
        RUN_OK(student, dir, {u"student"_s, u"add"_s, u"--class"_s, classId, u"--name"_s, name});
        for (const char *key : {"id", "login", "pin"})
            QVERIFY2(!student.json.value(QLatin1String(key)).toString().isEmpty(), key);
        logins << student.json.value(u"login"_s).toString();
        pins << student.json.value(u"pin"_s).toString();
        ids << student.json.value(u"id"_s).toString();
        RUN_OK(profile, dir, {u"profile"_s, u"add"_s, u"--login"_s, logins.last(), u"--name"_s, name, u"--role"_s, u"student"_s,
                              u"--person"_s, ids.last(), u"--secret-stdin"_s},
               stdinOf(pins.last().toUtf8() + '\n'));
        QCOMPARE(profile.json.value(u"id"_s).toString(), ids.last());
    }
    RUN_OK(roster, dir, {u"student"_s, u"list"_s, u"--class"_s, classId});
    QCOMPARE(roster.json.value(u"members"_s).toArray().size(), 3);

    // A lesson from Markdown, with an image it links and a worksheet attached.
    RUN_OK(lesson, dir, {u"lesson"_s, u"create"_s, u"--class"_s, classId, u"--title"_s, u"Découvrir les fractions"_s, u"--body-file"_s,
                         m_files + u"/lesson.md"_s, u"--attach"_s, m_files + u"/fiche.pdf"_s, u"--date"_s, u"2026-12-01"_s});
    const QString lessonId = lesson.json.value(u"id"_s).toString();
    QCOMPARE(lesson.json.value(u"status"_s).toString(), u"draft"_s);
    QCOMPARE(lesson.json.value(u"summary"_s).toString(), u"Une séance pour découvrir les fractions."_s);
    QVERIFY(lesson.json.value(u"in_class"_s).toString().contains(u"bandes de papier"_s));
    QCOMPARE(lesson.json.value(u"after_class"_s).toString(), u"Exercices 1 à 3."_s);
    QCOMPARE(lesson.json.value(u"planned_date"_s).toString(), u"2026-12-01"_s);

    // A student does not see a draft.
    const RunOptions zoe = as(pins.at(0));
    const RunOptions yanis = as(pins.at(1));
    RUN_OK(draftHidden, dir, {u"--user"_s, logins.at(0), u"lesson"_s, u"list"_s}, zoe);
    QCOMPARE(draftHidden.json.value(u"lessons"_s).toArray().size(), 0);
    QCOMPARE(run(dir, {u"--user"_s, logins.at(0), u"lesson"_s, u"show"_s, lessonId}, zoe).exitCode, 1);

    RUN_OK(published, dir, {u"lesson"_s, u"publish"_s, lessonId});
    QCOMPARE(published.json.value(u"status"_s).toString(), u"published"_s);
    RUN_OK(shown, dir, {u"--user"_s, logins.at(0), u"lesson"_s, u"show"_s, lessonId}, zoe);
    const QJsonArray attachments = shown.json.value(u"attachments"_s).toArray();
    QCOMPARE(attachments.size(), 2);
    QMap<QString, QJsonObject> byName;
    for (const QJsonValue &a : attachments)
        byName.insert(a.toObject().value(u"name"_s).toString(), a.toObject());
    QCOMPARE(byName.value(u"fiche.pdf"_s).value(u"sha256"_s).toString(), QString::fromLatin1(sha256Of(m_files + u"/fiche.pdf"_s)));
    QCOMPARE(byName.value(u"fiche.pdf"_s).value(u"mime"_s).toString(), u"application/pdf"_s);
    const QJsonObject image = byName.value(u"gateau.png"_s);
    // The image the Markdown links is its light copy: smaller than the file, and said so with both sizes.
    QJsonObject reported;
    for (const QJsonValue &m : lesson.json.value(u"media"_s).toArray())
        if (m.toObject().value(u"name"_s).toString() == u"gateau.png"_s)
            reported = m.toObject();
    QVERIFY2(reported.value(u"reduced"_s).toBool(), qPrintable(lesson.describe()));
    QCOMPARE(reported.value(u"original_size"_s).toInteger(), QFileInfo(m_files + u"/img/gateau.png"_s).size());
    QCOMPARE(image.value(u"size"_s).toInteger(), reported.value(u"stored_size"_s).toInteger());
    QVERIFY(image.value(u"size"_s).toInteger() < QFileInfo(m_files + u"/img/gateau.png"_s).size());
    QCOMPARE(image.value(u"mime"_s).toString(), u"image/png"_s);
    QVERIFY(shown.json.value(u"before_class"_s).toString().contains(u"media:"_s + image.value(u"sha256"_s).toString()));
    // The blob on disk is the file, byte for byte.
    const QString sha = image.value(u"sha256"_s).toString();
    QCOMPARE(sha256Of(dir + u"/media/blobs/"_s + sha.left(2) + u'/' + sha), sha.toLatin1());

    // Attaching the same worksheet again stores nothing new; a new file is appended.
    RUN_OK(reattached, dir, {u"lesson"_s, u"attach"_s, lessonId, m_files + u"/fiche.pdf"_s, m_files + u"/instructions.md"_s});
    QCOMPARE(reattached.json.value(u"attachments"_s).toArray().size(), 3);
    QCOMPARE(reattached.json.value(u"attachments"_s).toArray().last().toObject().value(u"name"_s).toString(), u"instructions.md"_s);

    // A quiz, due in a week, after the lesson; its answers are shown to each student once they hand in.
    RUN_OK(quiz, dir, {u"assignment"_s, u"create"_s, u"--class"_s, classId, u"--title"_s, u"Quiz fractions"_s, u"--instructions-file"_s,
                       m_files + u"/instructions.md"_s, u"--quiz"_s, m_files + u"/quiz.json"_s, u"--lesson"_s, lessonId, u"--due"_s,
                       u"2026-12-08T18:00:00+01:00"_s, u"--answers-shown"_s, u"after-submit"_s});
    QCOMPARE(quiz.json.value(u"answers_shown"_s).toString(), u"after-submit"_s);
    // A choice that does not exist, or "after the due date" with none, is refused in a sentence that says what to do.
    for (const QStringList &bad : {QStringList{u"--answers-shown"_s, u"tomorrow"_s, u"--due"_s, u"2026-12-08"_s},
                                   QStringList{u"--answers-shown"_s, u"after-due"_s}}) {
        const Outcome refused = run(dir, QStringList{u"assignment"_s, u"create"_s, u"--class"_s, classId, u"--title"_s, u"Quiz"_s,
                                                     u"--instructions-file"_s, m_files + u"/instructions.md"_s, u"--quiz"_s,
                                                     m_files + u"/quiz.json"_s} + bad);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.describe().contains(u"after-submit"_s), qPrintable(refused.describe()));
    }
    const QString quizId = quiz.json.value(u"id"_s).toString();
    QCOMPARE(quiz.json.value(u"type"_s).toString(), u"quiz"_s);
    QCOMPARE(quiz.json.value(u"due"_s).toString(), u"2026-12-08T17:00:00Z"_s);
    QCOMPARE(quiz.json.value(u"max_score"_s).toDouble(), 5.0);
    RUN_OK(quizPublished, dir, {u"assignment"_s, u"publish"_s, quizId});
    RUN_OK(studentView, dir, {u"--user"_s, logins.at(0), u"assignment"_s, u"show"_s, quizId}, zoe);
    const QJsonObject firstQuestion = studentView.json.value(u"quiz"_s).toObject().value(u"questions"_s).toArray().first().toObject();
    QVERIFY2(!firstQuestion.contains(u"correct"_s), "a student must not see the answers");

    // Zoé reads the lesson, then hands in the quiz twice: two versions, each scored.
    RUN_OK(opened, dir, {u"--user"_s, logins.at(0), u"progress"_s, u"open"_s, lessonId, u"--seconds"_s, u"300"_s}, zoe);
    RUN_OK(completed, dir, {u"--user"_s, logins.at(0), u"progress"_s, u"complete"_s, lessonId, u"--seconds"_s, u"120"_s}, zoe);
    QCOMPARE(completed.json.value(u"completed"_s).toBool(), true);
    QCOMPARE(completed.json.value(u"seconds_spent"_s).toInt(), 420);
    RUN_OK(first, dir, {u"--user"_s, logins.at(0), u"submit"_s, quizId, u"--answers"_s, m_files + u"/answers-half.json"_s}, zoe);
    QCOMPARE(first.json.value(u"version"_s).toInt(), 1);
    QCOMPARE(first.json.value(u"auto_score"_s).toDouble(), 3.0);
    QCOMPARE(first.json.value(u"max_score"_s).toDouble(), 5.0);
    RUN_OK(second, dir, {u"--user"_s, logins.at(0), u"submit"_s, quizId, u"--answers"_s, m_files + u"/answers-right.json"_s,
                         u"--attach"_s, m_files + u"/fiche.pdf"_s}, zoe);
    QCOMPARE(second.json.value(u"version"_s).toInt(), 2);
    QCOMPARE(second.json.value(u"auto_score"_s).toDouble(), 5.0);
    RUN_OK(yanisWork, dir, {u"--user"_s, logins.at(1), u"submit"_s, quizId, u"--text"_s, u"Je n'ai pas compris la question 2."_s}, yanis);

    RUN_OK(zoeList, dir, {u"--user"_s, logins.at(0), u"submission"_s, u"list"_s, u"--assignment"_s, quizId}, zoe);
    const QJsonArray zoeVersions = zoeList.json.value(u"submissions"_s).toArray();
    QCOMPARE(zoeVersions.size(), 2);
    QCOMPARE(zoeVersions.at(0).toObject().value(u"version"_s).toInt(), 1);
    QCOMPARE(zoeVersions.at(1).toObject().value(u"version"_s).toInt(), 2);
    for (const QJsonValue &v : zoeVersions)
        QCOMPARE(v.toObject().value(u"student"_s).toString(), ids.at(0));
    RUN_OK(teacherList, dir, {u"submission"_s, u"list"_s, u"--assignment"_s, quizId});
    QCOMPARE(teacherList.json.value(u"submissions"_s).toArray().size(), 3);

    // The teacher comments version 2, naming it from version 1's id.
    RUN_OK(feedback, dir, {u"feedback"_s, u"give"_s, u"--submission"_s, first.json.value(u"id"_s).toString(), u"--version"_s, u"2"_s,
                           u"--comment"_s, u"Bravo, tout est juste."_s, u"--score"_s, u"5"_s});
    QCOMPARE(feedback.json.value(u"submission_id"_s).toString(), second.json.value(u"id"_s).toString());
    QCOMPARE(feedback.json.value(u"score"_s).toDouble(), 5.0);
    RUN_OK(zoeSees, dir, {u"--user"_s, logins.at(0), u"submission"_s, u"list"_s, u"--assignment"_s, quizId}, zoe);
    const QJsonArray zoeFeedback = zoeSees.json.value(u"submissions"_s).toArray().at(1).toObject().value(u"feedback"_s).toArray();
    QCOMPARE(zoeFeedback.size(), 1);
    QCOMPARE(zoeFeedback.first().toObject().value(u"comment"_s).toString(), u"Bravo, tout est juste."_s);

    RUN_OK(progress, dir, {u"progress"_s, u"show"_s, u"--lesson"_s, lessonId});
    QCOMPARE(progress.json.value(u"progress"_s).toArray().size(), 1);

    // Everything waits in the outbox for the first sync.
    RUN_OK(status, dir, {u"status"_s});
    for (const char *key : {"pending_changes", "rejected_changes", "queued_media", "last_sync", "hub", "device_id", "profile"})
        QVERIFY2(status.json.contains(QLatin1String(key)), key);
    // class + teacher membership, 2 students, lesson create + publish + attach, quiz create (and its answer key) +
    // publish, feedback
    QCOMPARE(status.json.value(u"pending_changes"_s).toInt(), 11);
    QCOMPARE(status.json.value(u"rejected_changes"_s).toInt(), 0);
    QCOMPARE(status.json.value(u"queued_media"_s).toInt(), 0);
    QVERIFY(status.json.value(u"last_sync"_s).isNull());
    QVERIFY(status.json.value(u"hub"_s).isNull());
    QVERIFY(!status.json.value(u"device_id"_s).toString().isEmpty());
    QCOMPARE(status.json.value(u"profile"_s).toObject().value(u"login"_s).toString(), u"prof"_s);
    RUN_OK(zoeStatus, dir, {u"--user"_s, logins.at(0), u"status"_s}, zoe);
    QCOMPARE(zoeStatus.json.value(u"pending_changes"_s).toInt(), 4); // two progress writes, two versions

    // Human output is short text, not JSON.
    const Outcome human = run(dir, {u"lesson"_s, u"show"_s, lessonId}, RunOptions{{}, {}, 0, false});
    QCOMPARE(human.exitCode, 0);
    QVERIFY(human.out.contains(QByteArray(QByteArray("sha256:") + image.value(u"sha256"_s).toString().toLatin1())));
    QVERIFY(!human.jsonOk);
}

void TestCli::profileSeparation()
{
    const QString dir = newDataDir();
    RUN_OK(demo, dir, {u"demo"_s, u"load"_s});
    RUN_OK(quizzes, dir, {u"--user"_s, u"lea"_s, u"assignment"_s, u"list"_s}, as(u"1234"_s));
    QString quizId;
    for (const QJsonValue &a : quizzes.json.value(u"assignments"_s).toArray())
        if (a.toObject().value(u"type"_s).toString() == u"quiz")
            quizId = a.toObject().value(u"id"_s).toString();
    QVERIFY(!quizId.isEmpty());
    RUN_OK(leaWork, dir, {u"--user"_s, u"lea"_s, u"submit"_s, quizId, u"--text"_s, u"Mon travail"_s}, as(u"1234"_s));

    // Hugo never sees Léa's work, nor can he comment it.
    RUN_OK(hugoList, dir, {u"--user"_s, u"hugo"_s, u"submission"_s, u"list"_s, u"--assignment"_s, quizId}, as(u"5678"_s));
    QCOMPARE(hugoList.json.value(u"submissions"_s).toArray().size(), 0);
    const Outcome hugoFeedback = run(dir, {u"--user"_s, u"hugo"_s, u"feedback"_s, u"give"_s, u"--submission"_s,
                                           leaWork.json.value(u"id"_s).toString(), u"--comment"_s, u"nul"_s}, as(u"5678"_s));
    QCOMPARE(hugoFeedback.exitCode, 1);

    // Switching asks for the PIN: none, or a wrong one, is refused and changes nothing but the count of
    // wrong tries (kept in the store so that guessing a 4-digit PIN is slowed down).
    RUN_OK(statusBefore, dir, {u"status"_s});
    const Outcome noPin = run(dir, {u"profile"_s, u"switch"_s, u"hugo"_s});
    QCOMPARE(noPin.exitCode, 1);
    QVERIFY2(noPin.error().contains(u"PIN"_s), qPrintable(noPin.describe()));
    const Outcome wrongPin = run(dir, {u"profile"_s, u"switch"_s, u"hugo"_s}, stdinOf("0000\n"));
    QCOMPARE(wrongPin.exitCode, 1);
    QVERIFY2(wrongPin.error().contains(u"Wrong PIN"_s), qPrintable(wrongPin.describe()));
    const Outcome wrongUser = run(dir, {u"--user"_s, u"hugo"_s, u"lesson"_s, u"list"_s}, as(u"1234"_s));
    QCOMPARE(wrongUser.exitCode, 1);
    RUN_OK(statusAfter, dir, {u"status"_s});
    QCOMPARE(statusAfter.json.value(u"pending_changes"_s), statusBefore.json.value(u"pending_changes"_s));
    RUN_OK(nobody, dir, {u"profile"_s, u"list"_s});
    QVERIFY(nobody.json.value(u"active"_s).isNull());

    RUN_OK(hugo, dir, {u"profile"_s, u"switch"_s, u"hugo"_s}, stdinOf("5678\n"));
    RUN_OK(active, dir, {u"profile"_s, u"list"_s});
    QCOMPARE(active.json.value(u"active"_s).toString(), u"hugo"_s);
    // The active profile acts without its PIN; another one still needs theirs.
    RUN_OK(hugoLessons, dir, {u"lesson"_s, u"list"_s});
    QCOMPARE(hugoLessons.json.value(u"lessons"_s).toArray().size(), 3);
    QCOMPARE(run(dir, {u"--user"_s, u"lea"_s, u"submission"_s, u"list"_s, u"--assignment"_s, quizId}).exitCode, 1);
    RUN_OK(leaList, dir, {u"--user"_s, u"lea"_s, u"submission"_s, u"list"_s, u"--assignment"_s, quizId}, stdinOf("1234\n"));
    QCOMPARE(leaList.json.value(u"submissions"_s).toArray().size(), 1);
}

void TestCli::badInput_data()
{
    QTest::addColumn<bool>("asStudent");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("env");
    QTest::addColumn<QString>("expected"); // a regular expression the message must match

    const QString lesson = u"lesson"_s, create = u"create"_s, klass = u"--class"_s, title = u"--title"_s, body = u"--body-file"_s;
    const QStringList newLesson{lesson, create, klass, u"%CLASS%"_s, title, u"Titre"_s, body, u"%FILES%/lesson.md"_s};
    const QStringList newAssignment{u"assignment"_s, create, klass, u"%CLASS%"_s, title, u"Devoir"_s, u"--instructions-file"_s,
                                    u"%FILES%/instructions.md"_s};
    auto with = [](QStringList base, const QStringList &more) { return base + more; };
    auto replaced = [](QStringList base, const QString &from, const QString &to) {
        base.replace(base.indexOf(from), to);
        return base;
    };
    const QStringList none;
    const QStringList oneMb{u"CONTINUITE_MAX_ATTACHMENT_MB=1"_s};

    QTest::newRow("empty lesson title") << false << replaced(newLesson, u"Titre"_s, QString()) << none << u"needs a title"_s;
    QTest::newRow("blank lesson title") << false << replaced(newLesson, u"Titre"_s, u"   "_s) << none << u"needs a title"_s;
    QTest::newRow("enormous lesson title") << false << replaced(newLesson, u"Titre"_s, QString(60000, u'é')) << none << u"too long"_s;
    QTest::newRow("enormous assignment title") << false << replaced(newAssignment, u"Devoir"_s, QString(201, u'x')) << none << u"too long"_s;
    QTest::newRow("empty class name") << false << QStringList{u"class"_s, create, u"--name"_s, QString()} << none << u"name of 1 to"_s;
    QTest::newRow("enormous class name") << false << QStringList{u"class"_s, create, u"--name"_s, QString(5000, u'x')} << none << u"name of 1 to"_s;
    QTest::newRow("enormous student name") << false << QStringList{u"student"_s, u"add"_s, klass, u"%CLASS%"_s, u"--name"_s, QString(1000, u'x')}
                                           << none << u"name of 1 to"_s;
    QTest::newRow("missing Markdown file") << false << replaced(newLesson, u"%FILES%/lesson.md"_s, u"%FILES%/absent.md"_s) << none << u"does not exist"_s;
    QTest::newRow("Markdown path is a folder") << false << replaced(newLesson, u"%FILES%/lesson.md"_s, u"%FILES%"_s) << none << u"is not a file"_s;
    QTest::newRow("non-UTF-8 Markdown") << false << replaced(newLesson, u"%FILES%/lesson.md"_s, u"%FILES%/latin1.md"_s) << none << u"not UTF-8"_s;
    QTest::newRow("Markdown too large") << false << replaced(newLesson, u"%FILES%/lesson.md"_s, u"%FILES%/too-long.md"_s) << none << u"too large"_s;
    QTest::newRow("linked image missing") << false << replaced(newLesson, u"%FILES%/lesson.md"_s, u"%FILES%/broken-image.md"_s) << none
                                          << u"absent.png does not exist"_s;
    QTest::newRow("missing attachment") << false << with(newLesson, {u"--attach"_s, u"%FILES%/absent.pdf"_s}) << none << u"does not exist"_s;
    QTest::newRow("a good attachment, then a missing one")
        << false << with(newLesson, {u"--attach"_s, u"%FILES%/fiche.pdf"_s, u"--attach"_s, u"%FILES%/absent.pdf"_s}) << none << u"absent.pdf does not exist"_s;
    QTest::newRow("attachment over the limit") << false << with(newLesson, {u"--attach"_s, u"%FILES%/two-mb.bin"_s}) << oneMb << u"too large"_s;
    QTest::newRow("several-GB attachment") << false << with(newLesson, {u"--attach"_s, u"%FILES%/huge.iso"_s}) << none << u"too large"_s;
    QTest::newRow("several-GB attachment to a lesson") << false << QStringList{lesson, u"attach"_s, u"%LESSON%"_s, u"%FILES%/huge.iso"_s} << none
                                                       << u"too large"_s;
    QTest::newRow("bad planned date") << false << with(newLesson, {u"--date"_s, u"2026-13-45"_s}) << none << u"not a date"_s;
    QTest::newRow("unknown class") << false << replaced(newLesson, u"%CLASS%"_s, u"no-such-class"_s) << none << u"no class"_s;
    QTest::newRow("publish an unknown lesson") << false << QStringList{lesson, u"publish"_s, u"0f0f0f0f-0000-4000-8000-000000000000"_s} << none
                                               << u"no lesson"_s;
    QTest::newRow("malformed quiz JSON") << false << with(newAssignment, {u"--quiz"_s, u"%FILES%/quiz-broken.json"_s}) << none << u"not valid JSON"_s;
    QTest::newRow("quiz without questions") << false << with(newAssignment, {u"--quiz"_s, u"%FILES%/quiz-empty.json"_s}) << none << u"no \"questions\""_s;
    QTest::newRow("quiz that is not an object") << false << with(newAssignment, {u"--quiz"_s, u"%FILES%/quiz-array.json"_s}) << none << u"not a quiz"_s;
    QTest::newRow("quiz with a wrong answer index") << false << with(newAssignment, {u"--quiz"_s, u"%FILES%/quiz-bad-index.json"_s}) << none
                                                    << u"Question 1.*correct"_s;
    QTest::newRow("missing quiz file") << false << with(newAssignment, {u"--quiz"_s, u"%FILES%/absent.json"_s}) << none << u"does not exist"_s;
    QTest::newRow("bad due date") << false << with(newAssignment, {u"--due"_s, u"mardi prochain"_s}) << none << u"not a date"_s;
    QTest::newRow("a student creates a lesson") << true << newLesson << none << u"Only a teacher"_s;
    QTest::newRow("malformed answers") << true << QStringList{u"submit"_s, u"%ASSIGNMENT%"_s, u"--answers"_s, u"%FILES%/quiz-broken.json"_s} << none
                                       << u"not a JSON object"_s;
    QTest::newRow("answer to an unknown question") << true << QStringList{u"submit"_s, u"%ASSIGNMENT%"_s, u"--answers"_s, u"%FILES%/answers-unknown.json"_s}
                                                   << none << u"no question"_s;
    QTest::newRow("empty submission") << true << QStringList{u"submit"_s, u"%ASSIGNMENT%"_s, u"--text"_s, u" "_s} << none << u"Nothing to hand in"_s;
    QTest::newRow("submission attachment over the limit")
        << true << QStringList{u"submit"_s, u"%ASSIGNMENT%"_s, u"--text"_s, u"voilà"_s, u"--attach"_s, u"%FILES%/two-mb.bin"_s} << oneMb << u"too large"_s;
    QTest::newRow("a student gives feedback") << true << QStringList{u"feedback"_s, u"give"_s, u"--submission"_s, u"%ASSIGNMENT%"_s, u"--comment"_s, u"x"_s}
                                              << none << u"no submission"_s;
}

void TestCli::badInput()
{
    QFETCH(bool, asStudent);
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, env);
    QFETCH(QString, expected);

    Classroom c;
    makeClassroom(c);
    if (QTest::currentTestFailed())
        return;
    for (QString &a : arguments)
        a.replace(u"%CLASS%"_s, c.classId)
            .replace(u"%LESSON%"_s, c.lessonId)
            .replace(u"%ASSIGNMENT%"_s, c.assignmentId)
            .replace(u"%FILES%"_s, m_files);
    RunOptions options{{}, env, 0, true};
    if (asStudent) {
        arguments = QStringList{u"--user"_s, c.studentLogin} + arguments;
        options.env << u"CONTINUITE_SECRET="_s + c.studentPin;
    }
    const QList<int> countsBefore = counts(c.dir);
    const Snapshot before = snapshot(c.dir);

    const Outcome o = run(c.dir, arguments, options);
    QVERIFY2(o.exitCode == 1, qPrintable(o.describe()));
    QVERIFY2(o.jsonOk && !o.json.value(u"ok"_s).toBool(), qPrintable(o.describe()));
    QVERIFY2(o.error().contains(QRegularExpression(expected, QRegularExpression::CaseInsensitiveOption)), qPrintable(o.describe()));
    // One line on stderr, that a person can act on.
    QCOMPARE(o.err.count('\n'), 1);
    QVERIFY(o.err.startsWith("continuite-cli: "));
    QVERIFY(o.err.size() < 600);

    QCOMPARE(snapshot(c.dir), before);
    QCOMPARE(counts(c.dir), countsBefore);
}

void TestCli::brokenStore_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("expected");
    QTest::newRow("random bytes") << u"random"_s << u"not a Continuité store"_s;
    QTest::newRow("damaged SQLite file") << u"damaged"_s << u"damaged|not a Continuité store"_s;
    QTest::newRow("foreign SQLite file") << u"foreign"_s << u"another program"_s;
    QTest::newRow("store from a newer version") << u"newer"_s << u"newer version.*update Continuité"_s;
    QTest::newRow("store path is a folder") << u"folder"_s << u"is not a file"_s;
}

void TestCli::brokenStore()
{
    QFETCH(QString, damage);
    QFETCH(QString, expected);
    const QString dir = newDataDir();
    const QString file = dir + u"/continuite.sqlite"_s;
    QVERIFY(QDir().mkpath(dir));
    if (damage == u"random") {
        QByteArray bytes(64 * 1024, '\0');
        for (qsizetype i = 0; i < bytes.size(); ++i)
            bytes[i] = char((i * 7919 + 13) % 251);
        writeFile(file, bytes);
    } else if (damage == u"damaged" || damage == u"newer") {
        RUN_OK(created, dir, {u"profile"_s, u"add"_s, u"--login"_s, u"eleve"_s, u"--name"_s, u"Élève"_s, u"--role"_s, u"student"_s});
        if (damage == u"damaged") {
            // The header survives; the pages after it are garbage (a bad sector, a half-copied file).
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek(100));
            f.write(QByteArray(int(f.size() - 100), '\xA5'));
        } else {
            const QString name = u"newer"_s;
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
                db.setDatabaseName(file);
                QVERIFY(db.open());
                QSqlQuery q(db);
                QVERIFY(q.exec(u"PRAGMA user_version = 99"_s));
                QVERIFY(q.exec(u"CREATE TABLE added_later (x)"_s));
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
    } else if (damage == u"foreign") {
        const QString name = u"foreign"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"CREATE TABLE recettes (nom TEXT, minutes INTEGER)"_s));
            QVERIFY(q.exec(u"INSERT INTO recettes VALUES ('crêpes', 20)"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    } else if (damage == u"folder") {
        QVERIFY(QDir().mkpath(file));
    }
    const QByteArray before = sha256Of(file);
    for (const QStringList &command : {QStringList{u"status"_s}, QStringList{u"profile"_s, u"list"_s},
                                       QStringList{u"profile"_s, u"add"_s, u"--login"_s, u"x"_s, u"--name"_s, u"X"_s, u"--role"_s, u"student"_s},
                                       QStringList{u"demo"_s, u"load"_s}}) {
        const Outcome o = run(dir, command);
        QVERIFY2(o.exitCode == 1, qPrintable(o.describe()));
        QVERIFY2(o.error().contains(QRegularExpression(expected)), qPrintable(o.describe()));
        QCOMPARE(o.err.count('\n'), 1);
        QCOMPARE(sha256Of(file), before);
    }
}

void TestCli::diskFull_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("a lesson too big for the disk")
        << QStringList{u"lesson"_s, u"create"_s, u"--class"_s, u"%CLASS%"_s, u"--title"_s, u"Long"_s, u"--body-file"_s, u"%FILES%/big-body.md"_s}
        << u"disk"_s;
    QTest::newRow("an attachment too big for the disk")
        << QStringList{u"lesson"_s, u"attach"_s, u"%LESSON%"_s, u"%FILES%/three-hundred-kb.bin"_s} << u"disk full"_s;
}

void TestCli::diskFull()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    Classroom c;
    makeClassroom(c);
    if (QTest::currentTestFailed())
        return;
    for (QString &a : arguments)
        a.replace(u"%CLASS%"_s, c.classId).replace(u"%LESSON%"_s, c.lessonId).replace(u"%FILES%"_s, m_files);
    const QList<int> countsBefore = counts(c.dir);
    const Snapshot before = snapshot(c.dir);

    // Room for 64 KB more in any file: the store's journal or the media copy hits the wall.
    const Outcome o = run(c.dir, arguments, RunOptions{{}, {}, 64 * 1024, true});
    QVERIFY2(o.exitCode == 1, qPrintable(o.describe()));
    QVERIFY2(o.error().contains(expected, Qt::CaseInsensitive), qPrintable(o.describe()));
    QVERIFY2(o.error().contains(u"nothing was changed"_s, Qt::CaseInsensitive), qPrintable(o.describe()));

    QCOMPARE(snapshot(c.dir), before);
    QCOMPARE(counts(c.dir), countsBefore);
    // And once there is room again, the same command works.
    RUN_OK(retried, c.dir, arguments);
}

void TestCli::demoLoadsOnceAndMatchesTheManifest()
{
    const QString dir = newDataDir();
    RUN_OK(first, dir, {u"demo"_s, u"load"_s});
    QCOMPARE(first.json.value(u"already_loaded"_s).toBool(), false);
    QCOMPARE(first.json.value(u"lessons"_s).toArray().size(), 3);
    QCOMPARE(first.json.value(u"assignments"_s).toArray().size(), 2);
    const Snapshot loaded = snapshot(dir);

    RUN_OK(second, dir, {u"demo"_s, u"load"_s});
    QCOMPARE(second.json.value(u"already_loaded"_s).toBool(), true);
    QCOMPARE(second.json.value(u"class_id"_s), first.json.value(u"class_id"_s));
    QCOMPARE(second.json.value(u"lessons"_s), first.json.value(u"lessons"_s));
    QCOMPARE(snapshot(dir), loaded);

    // The teacher and the three students are profiles; the students are class members with the same ids.
    RUN_OK(profiles, dir, {u"profile"_s, u"list"_s});
    QCOMPARE(profiles.json.value(u"profiles"_s).toArray().size(), 4);
    const QString classId = first.json.value(u"class_id"_s).toString();
    RUN_OK(members, dir, {u"--user"_s, u"mme.martin"_s, u"student"_s, u"list"_s, u"--class"_s, classId}, as(u"demo-prof"_s));
    QSet<QString> memberIds;
    for (const QJsonValue &m : members.json.value(u"members"_s).toArray())
        memberIds.insert(m.toObject().value(u"id"_s).toString());
    QCOMPARE(memberIds.size(), 4);
    for (const QJsonValue &p : profiles.json.value(u"profiles"_s).toArray())
        QVERIFY(memberIds.contains(p.toObject().value(u"id"_s).toString()));

    // A student sees the published lessons, sections split and images attached; the PDF is stored once.
    RUN_OK(lessons, dir, {u"--user"_s, u"ines"_s, u"lesson"_s, u"list"_s}, as(u"2468"_s));
    const QJsonArray list = lessons.json.value(u"lessons"_s).toArray();
    QCOMPARE(list.size(), 3);
    QSet<QString> blobs;
    for (const QJsonValue &l : list) {
        QCOMPARE(l.toObject().value(u"status"_s).toString(), u"published"_s);
        RUN_OK(shown, dir, {u"--user"_s, u"ines"_s, u"lesson"_s, u"show"_s, l.toObject().value(u"id"_s).toString()}, as(u"2468"_s));
        for (const char *section : {"before_class", "in_class", "after_class"})
            QVERIFY2(!shown.json.value(QLatin1String(section)).toString().isEmpty(), section);
        QVERIFY(shown.json.value(u"before_class"_s).toString().contains(u"](media:"_s));
        const QJsonArray attachments = shown.json.value(u"attachments"_s).toArray();
        QCOMPARE(attachments.size(), 2);
        for (const QJsonValue &a : attachments)
            blobs.insert(a.toObject().value(u"sha256"_s).toString());
    }
    QCOMPARE(blobs.size(), 4); // three images, one PDF
    QCOMPARE(loaded.media.size(), 4);
    RUN_OK(assignments, dir, {u"--user"_s, u"ines"_s, u"assignment"_s, u"list"_s}, as(u"2468"_s));
    QCOMPARE(assignments.json.value(u"assignments"_s).toArray().size(), 2);
    for (const QJsonValue &a : assignments.json.value(u"assignments"_s).toArray()) {
        const QDateTime due = QDateTime::fromString(a.toObject().value(u"due"_s).toString(), Qt::ISODate);
        QVERIFY(due > QDateTime::currentDateTimeUtc());
        QVERIFY(due < QDateTime::currentDateTimeUtc().addDays(8));
    }
}

void TestCli::walkthrough()
{
    const QString dir = newDataDir();
    RUN_OK(first, dir, {u"walkthrough"_s});
    QCOMPARE(first.json.value(u"lessons"_s).toInt(), 3);
    QCOMPARE(first.json.value(u"assignments"_s).toInt(), 2);
    const QJsonObject submission = first.json.value(u"submission"_s).toObject();
    QCOMPARE(submission.value(u"auto_score"_s).toDouble(), 6.0);
    QCOMPARE(submission.value(u"max_score"_s).toDouble(), 10.0);
    QCOMPARE(first.json.value(u"feedback"_s).toArray().size(), 1);

    // Again, as README command 1 does each time, in words: the demo is not loaded twice, the work piles up as versions.
    const Outcome again = run(dir, {u"walkthrough"_s}, RunOptions{{}, {}, 0, false});
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
    const QString text = QString::fromUtf8(again.out);
    QVERIFY(text.contains(u"Partager l'unité"_s));
    QVERIFY(text.contains(u"== Before class =="_s));
    QVERIFY(text.contains(u"fiche-fractions.pdf"_s));
    QVERIFY(text.contains(u"sha256:"_s));
    QVERIFY(text.contains(u"(score 6/10)"_s)); // her teacher's device scores it: the answers are hers after the due date
    QVERIFY(text.contains(u"Version 2"_s));
    RUN_OK(profiles, dir, {u"profile"_s, u"list"_s});
    QCOMPARE(profiles.json.value(u"profiles"_s).toArray().size(), 4);
}

void TestCli::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no command") << QStringList{};
    QTest::newRow("unknown command") << QStringList{u"teleport"_s};
    QTest::newRow("unknown subcommand") << QStringList{u"lesson"_s, u"burn"_s};
    QTest::newRow("group without subcommand") << QStringList{u"lesson"_s};
    QTest::newRow("unknown option") << QStringList{u"class"_s, u"list"_s, u"--colour"_s};
    QTest::newRow("missing required option") << QStringList{u"class"_s, u"create"_s};
    QTest::newRow("option without its value") << QStringList{u"class"_s, u"create"_s, u"--name"_s};
    QTest::newRow("missing argument") << QStringList{u"lesson"_s, u"show"_s};
    QTest::newRow("too many arguments") << QStringList{u"lesson"_s, u"show"_s, u"a"_s, u"b"_s};
    QTest::newRow("repeated single option") << QStringList{u"class"_s, u"create"_s, u"--name"_s, u"a"_s, u"--name"_s, u"b"_s};
    QTest::newRow("text and text file") << QStringList{u"submit"_s, u"x"_s, u"--text"_s, u"a"_s, u"--text-file"_s, u"b"_s};
}

void TestCli::badUsage()
{
    QFETCH(QStringList, arguments);
    const QString dir = newDataDir();
    RUN_OK(teacher, dir, {u"profile"_s, u"add"_s, u"--login"_s, u"prof"_s, u"--name"_s, u"Prof"_s, u"--role"_s, u"teacher"_s, u"--secret-stdin"_s},
           stdinOf(TeacherPassword + '\n'));
    RUN_OK(switched, dir, {u"profile"_s, u"switch"_s, u"prof"_s}, stdinOf(TeacherPassword + '\n'));
    const Snapshot before = snapshot(dir);
    const Outcome o = run(dir, arguments);
    QVERIFY2(o.exitCode == 2, qPrintable(o.describe()));
    QVERIFY2(o.jsonOk && o.json.value(u"ok"_s) == false, qPrintable(o.describe()));
    QVERIFY(!o.error().isEmpty());
    QVERIFY(o.err.startsWith("continuite-cli: "));
    QCOMPARE(snapshot(dir), before);
    const Outcome human = run(dir, arguments, RunOptions{{}, {}, 0, false});
    QCOMPARE(human.exitCode, 2);
    QVERIFY(human.out.isEmpty());
}

void TestCli::help()
{
    const QString dir = newDataDir();
    const Outcome all = run(dir, {u"--help"_s}, RunOptions{{}, {}, 0, false});
    QCOMPARE(all.exitCode, 0);
    for (const char *command : {"demo load", "profile switch", "lesson create", "assignment create", "submit", "feedback give", "status", "walkthrough"})
        QVERIFY2(all.out.contains(command), command);
    const Outcome one = run(dir, {u"lesson"_s, u"create"_s, u"--help"_s}, RunOptions{{}, {}, 0, false});
    QCOMPARE(one.exitCode, 0);
    QVERIFY(one.out.contains("--body-file"));
    QVERIFY2(!QFileInfo::exists(dir), "asking for help creates no store");
    // --version alone says which program this is (an installed package is checked with it) and creates no store;
    // after a command it stays that command's option: feedback give's --version V is not swallowed.
    const Outcome version = run(dir, {u"--version"_s}, RunOptions{{}, {}, 0, false});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out.trimmed(), QByteArray("continuite-cli " CONTINUITE_VERSION));
    QVERIFY2(!QFileInfo::exists(dir), "asking for the version creates no store");
    const Outcome give = run(dir, {u"feedback"_s, u"give"_s, u"--version"_s, u"2"_s, u"--help"_s}, RunOptions{{}, {}, 0, false});
    QCOMPARE(give.exitCode, 0);
    QVERIFY2(give.out.contains("--submission"), give.out.constData());
}

// Issue 15: pictures are attached as light copies by default, by every command that attaches; --original keeps
// them as they are; --json gives both sizes; a damaged picture is refused and nothing is stored.
void TestCli::attachMakesPicturesLight()
{
    Classroom c;
    makeClassroom(c);
    // A 12 MP phone photo (noise, so it weighs what a phone's does) and a PDF named like a photo.
    QImage photo(4000, 3000, QImage::Format_RGB32);
    quint32 x = 7;
    for (int y = 0; y < photo.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(photo.scanLine(y));
        for (int i = 0; i < photo.width(); ++i) {
            x = x * 1664525u + 1013904223u;
            // Paper in a lamp's light, a line of ink every 60 rows, and a sensor's grain.
            const int v = 150 + i / 100 + y / 100 + int((x >> 24) % 12) - (y % 60 < 6 && i % 700 < 500 ? 120 : 0);
            line[i] = qRgb(v, v - 5, v - 20);
        }
    }
    const QString photoPath = m_files + u"/IMG_0042.jpg"_s;
    QVERIFY(photo.save(photoPath, "jpeg", 92));
    const qint64 photoSize = QFileInfo(photoPath).size();
    QVERIFY(photoSize > 2'000'000);
    QFile pdf(m_files + u"/fiche.pdf"_s);
    QVERIFY(pdf.copy(m_files + u"/scan.jpg"_s));

    auto mediaOf = [](const Outcome &o) { return o.json.value(u"media"_s).toArray().first().toObject(); };
    // The light copies are made in a temporary folder of their own, removed when the command ends.
    const QString tmp = m_tmp.path() + u"/tmp-light"_s;
    QVERIFY(QDir().mkpath(tmp));
    RunOptions teacher;
    teacher.env = {u"TMPDIR="_s + tmp};
    RUN_OK(light, c.dir, {u"lesson"_s, u"attach"_s, c.lessonId, photoPath}, teacher);
    QCOMPARE(mediaOf(light).value(u"original_size"_s).toInteger(), photoSize);
    QVERIFY2(mediaOf(light).value(u"stored_size"_s).toInteger() <= 250'000, qPrintable(light.describe()));
    QVERIFY(mediaOf(light).value(u"reduced"_s).toBool());
    QCOMPARE(light.json.value(u"attachments"_s).toArray().last().toObject().value(u"size"_s).toInteger(),
             mediaOf(light).value(u"stored_size"_s).toInteger());
    QVERIFY(QFileInfo(photoPath).size() == photoSize); // the teacher's file is untouched

    // Positive control of the default: --original stores the file as it is, byte for byte.
    RUN_OK(original, c.dir, {u"lesson"_s, u"attach"_s, c.lessonId, photoPath, u"--original"_s}, teacher);
    QVERIFY(!mediaOf(original).value(u"reduced"_s).toBool());
    QCOMPARE(original.json.value(u"attachments"_s).toArray().last().toObject().value(u"sha256"_s).toString(),
             QString::fromLatin1(sha256Of(photoPath)));

    RUN_OK(assignment, c.dir, {u"assignment"_s, u"create"_s, u"--class"_s, c.classId, u"--title"_s, u"Sur le cahier"_s, u"--type"_s, u"file"_s,
                               u"--instructions-file"_s, m_files + u"/instructions.md"_s, u"--attach"_s, photoPath}, teacher);
    QVERIFY(mediaOf(assignment).value(u"stored_size"_s).toInteger() <= 250'000);
    const QString assignmentId = assignment.json.value(u"id"_s).toString();
    RUN_OK(publish, c.dir, {u"assignment"_s, u"publish"_s, assignmentId});

    // A student hands in a photo of the exercise book: a grey page, lighter still.
    const QStringList asZoe{u"--user"_s, c.studentLogin};
    RunOptions pin = stdinOf(c.studentPin.toUtf8() + '\n');
    pin.env = teacher.env;
    RUN_OK(handedIn, c.dir, asZoe + QStringList{u"submit"_s, assignmentId, u"--attach"_s, photoPath}, pin);
    const qint64 page = mediaOf(handedIn).value(u"stored_size"_s).toInteger();
    QVERIFY(page <= 250'000);
    const QString sha = handedIn.json.value(u"attachments"_s).toArray().first().toObject().value(u"sha256"_s).toString();
    QVERIFY(QImage(c.dir + u"/media/blobs/"_s + sha.left(2) + u'/' + sha).isGrayscale());
    RUN_OK(inColour, c.dir, asZoe + QStringList{u"submit"_s, assignmentId, u"--attach"_s, photoPath, u"--pictures"_s, u"photo"_s}, pin);
    const QString colourSha = inColour.json.value(u"attachments"_s).toArray().first().toObject().value(u"sha256"_s).toString();
    QVERIFY(!QImage(c.dir + u"/media/blobs/"_s + colourSha.left(2) + u'/' + colourSha).isGrayscale()); // control: colours kept

    // A PDF named .jpg, and a photo cut short: a sentence, exit 1, nothing stored or written.
    QFile cut(m_files + u"/coupee.jpg"_s);
    QVERIFY(cut.open(QIODevice::WriteOnly));
    QFile whole(photoPath);
    QVERIFY(whole.open(QIODevice::ReadOnly));
    cut.write(whole.read(photoSize / 2));
    cut.close();
    auto handedInCount = [&] {
        return run(c.dir, asZoe + QStringList{u"submission"_s, u"list"_s, u"--assignment"_s, assignmentId}, pin).json.value(u"submissions"_s).toArray().size();
    };
    const qsizetype before = handedInCount();
    QCOMPARE(before, 2);
    for (const QString &bad : {u"scan.jpg"_s, u"coupee.jpg"_s}) {
        const Outcome refused = run(c.dir, asZoe + QStringList{u"submit"_s, assignmentId, u"--attach"_s, m_files + u'/' + bad}, pin);
        QVERIFY(refused.jsonOk);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.json.value(u"error"_s).toString().contains(bad), qPrintable(refused.describe()));
    }
    QCOMPARE(handedInCount(), before);
    // A mode that does not exist is bad usage.
    QCOMPARE(run(c.dir, {u"lesson"_s, u"attach"_s, c.lessonId, photoPath, u"--pictures"_s, u"sepia"_s}, teacher).exitCode, 2);
    QCOMPARE(QDir(tmp).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList()); // the copies' folders are gone
}

// Review-media20, finding 6: a full disk while the light copy is written (the CLI writes it under TMPDIR) said
// "Cannot write the light copy of bruit.jpg (disk full?): Unknown error". Now a sentence says the disk is full and how
// much is free, and nothing is attached or left half-written: on a real 64 KB tmpfs (mounted for the CLI alone, in
// its own user and mount namespaces), and on a roomy disk whose writes fail past 64 KB (RLIMIT_FSIZE: the sentence
// after a failed write). Control: the same command with a roomy TMPDIR attaches the light copy.
void TestCli::aFullDiskDuringTheLightCopySaysSo()
{
    const QString small = m_tmp.path() + u"/small-disk"_s;
    QVERIFY(QDir().mkpath(small));
    {
        QProcess probe;
        probe.start(u"unshare"_s, {u"-rm"_s, u"sh"_s, u"-c"_s, u"mount -t tmpfs -o size=64k tmpfs \"$0\""_s, small});
        if (!probe.waitForFinished(10000) || probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0)
            QSKIP("no user namespaces here (unshare -rm): a small disk cannot be mounted without root");
    }
    Classroom c;
    makeClassroom(c);
    QImage photo(3000, 2000, QImage::Format_RGB32); // noise: its light copy weighs well over 64 KB
    quint32 x = 5;
    for (int y = 0; y < photo.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(photo.scanLine(y));
        for (int i = 0; i < photo.width(); ++i) {
            x = x * 1664525u + 1013904223u;
            line[i] = qRgb(int(x >> 24), int((x >> 16) & 0xff), int((x >> 8) & 0xff));
        }
    }
    const QString photoPath = m_files + u"/bruit.png"_s;
    QVERIFY(photo.save(photoPath, "png"));
    const QList<int> countsBefore = counts(c.dir);
    const Snapshot before = snapshot(c.dir);
    const QStringList attach{u"lesson"_s, u"attach"_s, c.lessonId, photoPath};

    RunOptions onSmallDisk;
    onSmallDisk.smallDisk = small;
    onSmallDisk.env = {u"TMPDIR="_s + small};
    const Outcome full = run(c.dir, attach, onSmallDisk);
    qInfo().noquote() << "said:" << full.error();
    QVERIFY2(full.exitCode == 1, qPrintable(full.describe()));
    QVERIFY2(!full.error().contains(u"Unknown error"_s), qPrintable(full.describe()));
    QVERIFY2(full.error().contains(u"no more room on the disk"_s) && full.error().contains(u"free"_s)
                 && full.error().contains(u"Nothing was attached"_s),
             qPrintable(full.describe()));
    QCOMPARE(snapshot(c.dir), before);
    QCOMPARE(counts(c.dir), countsBefore);

    const QString roomy = m_tmp.path() + u"/roomy-tmp"_s;
    QVERIFY(QDir().mkpath(roomy));
    RunOptions refused;
    refused.env = {u"TMPDIR="_s + roomy};
    refused.fileSizeLimit = 64 * 1024;
    const Outcome cut = run(c.dir, attach, refused);
    qInfo().noquote() << "said:" << cut.error();
    QVERIFY2(cut.exitCode == 1, qPrintable(cut.describe()));
    QVERIFY2(!cut.error().contains(u"Unknown error"_s), qPrintable(cut.describe()));
    QVERIFY2(cut.error().contains(u"the disk is full"_s) && cut.error().contains(u"Nothing was attached"_s), qPrintable(cut.describe()));
    QCOMPARE(snapshot(c.dir), before);
    QCOMPARE(QDir(roomy).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList()); // nothing half-written

    // Control: with room, the same command attaches the light copy, heavier than either limit above.
    RunOptions withRoom;
    withRoom.env = {u"TMPDIR="_s + roomy};
    RUN_OK(attached, c.dir, attach, withRoom);
    const QJsonObject media = attached.json.value(u"media"_s).toArray().first().toObject();
    QVERIFY(media.value(u"reduced"_s).toBool());
    QVERIFY2(media.value(u"stored_size"_s).toInteger() > 64 * 1024, qPrintable(attached.describe()));
}

// A review of issue 15: a picture a lesson's Markdown links as "./photo.jpg" or "img/../photo.jpg" was stored as the
// original (5 MB, its GPS in it) while --json said it was made light, and an assignment's instructions never made
// their linked pictures light at all. Each spelling, in a lesson and in an assignment: the file stored is the light
// copy the JSON reports. The control: the plain spelling, which worked before.
void TestCli::aLinkedPictureIsLightHoweverItsLinkIsSpelled()
{
    Classroom c;
    makeClassroom(c);
    QImage photo(2400, 1800, QImage::Format_RGB32);
    quint32 x = 11;
    for (int y = 0; y < photo.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(photo.scanLine(y));
        for (int i = 0; i < photo.width(); ++i) {
            x = x * 1664525u + 1013904223u;
            const int v = 150 + int((x >> 24) % 40);
            line[i] = qRgb(v, v - 5, v - 20);
        }
    }
    const QString folder = m_files + u"/linked"_s;
    QVERIFY(QDir().mkpath(folder + u"/img"_s));
    QVERIFY(photo.save(folder + u"/cahier.jpg"_s, "jpeg", 92));
    const qint64 original = QFileInfo(folder + u"/cahier.jpg"_s).size();
    QVERIFY(original > 500'000);
    for (const QString &spelling : {u"cahier.jpg"_s, u"./cahier.jpg"_s, u"img/../cahier.jpg"_s}) {
        for (const bool lesson : {true, false}) {
            const QString what = (lesson ? u"lesson, "_s : u"assignment, "_s) + spelling;
            QFile body(folder + u"/text.md"_s);
            QVERIFY(body.open(QIODevice::WriteOnly | QIODevice::Truncate));
            body.write((u"# Le cahier\n\n## Avant la classe\nVoici ma page : ![page](%1)\n"_s.arg(spelling)).toUtf8());
            body.close();
            const QStringList args = lesson
                ? QStringList{u"lesson"_s, u"create"_s, u"--class"_s, c.classId, u"--body-file"_s, body.fileName()}
                : QStringList{u"assignment"_s, u"create"_s, u"--class"_s, c.classId, u"--title"_s, u"Le cahier"_s,
                              u"--instructions-file"_s, body.fileName()};
            RUN_OK(made, c.dir, args);
            const QJsonArray media = made.json.value(u"media"_s).toArray();
            QVERIFY2(media.size() == 1 && media.first()[u"reduced"_s].toBool(), qPrintable(what + u": "_s + made.describe()));
            const qint64 stored = media.first()[u"stored_size"_s].toInteger();
            QVERIFY2(stored > 0 && stored < original / 2, qPrintable(what));
            const QJsonArray attachments = made.json.value(u"attachments"_s).toArray();
            QVERIFY2(attachments.size() == 1, qPrintable(what + u": "_s + made.describe()));
            QVERIFY2(attachments.first()[u"size"_s].toInteger() == stored,
                     qPrintable(u"%1: %2 B stored, %3 B said"_s.arg(what).arg(attachments.first()[u"size"_s].toInteger()).arg(stored)));
        }
    }
}

// The session-14 review of issue 15, finding 12: a body file from elsewhere (a colleague's template) with
// "![schéma](../.ssh/id_ed25519)" or another pupil's photo by its absolute path: "lesson create" attached them, and
// "lesson publish" would send them to the class. Each attack, with and without --original, in a lesson and in an
// assignment: exit 1, a sentence naming the link, the store exactly as it was. The control: the template's own
// picture, and a symlink that stays in its folder, are attached (made light).
void TestCli::aTextBringsOnlyPicturesFromItsOwnFolder()
{
    Classroom c;
    makeClassroom(c);
    const QString home = m_files + u"/home"_s;
    QVERIFY(QDir().mkpath(home + u"/.ssh"_s) && QDir().mkpath(home + u"/eleves"_s) && QDir().mkpath(home + u"/Téléchargements/modele/img"_s));
    writeFile(home + u"/.ssh/id_ed25519"_s, "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmU=\n");
    QImage page(1200, 900, QImage::Format_RGB32);
    page.fill(qRgb(200, 190, 170));
    const QString pupil = home + u"/eleves/cahier-lea.jpg"_s;
    QVERIFY(page.save(pupil, "jpeg", 90));
    const QString folder = home + u"/Téléchargements/modele"_s;
    QFile drawing(u":/demo/media/pizza.png"_s);
    QVERIFY(drawing.open(QIODevice::ReadOnly));
    writeFile(folder + u"/img/schema.png"_s, drawing.readAll());
    writeFile(folder + u"/notes.png"_s, "nom;note\nLéa;12\nHugo;9\n");
    QVERIFY(QFile::link(pupil, folder + u"/lien.jpg"_s));
    QVERIFY(QFile::link(folder + u"/img/schema.png"_s, folder + u"/alias.png"_s));
    auto bodyLinking = [&](const QString &target) {
        const QString path = folder + u"/modele.md"_s;
        QFile body(path);
        if (!body.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return QString();
        body.write((u"# Le schéma\n\n## Avant la classe\nRegarde ![le schéma](%1).\n"_s.arg(target)).toUtf8());
        return path;
    };

    const Snapshot before = snapshot(c.dir);
    for (const QString &target : {u"../../.ssh/id_ed25519"_s, pupil, u"img/../../../eleves/cahier-lea.jpg"_s, u"lien.jpg"_s, u"notes.png"_s}) {
        for (const bool lesson : {true, false}) {
            for (const bool original : {false, true}) {
                const QString body = bodyLinking(target);
                QStringList args = lesson ? QStringList{u"lesson"_s, u"create"_s, u"--class"_s, c.classId, u"--body-file"_s, body}
                                          : QStringList{u"assignment"_s, u"create"_s, u"--class"_s, c.classId, u"--title"_s, u"Le schéma"_s,
                                                        u"--instructions-file"_s, body};
                if (original)
                    args << u"--original"_s;
                const Outcome refused = run(c.dir, args);
                const QString what = u"%1 (%2%3)"_s.arg(target, lesson ? u"lesson"_s : u"assignment"_s, original ? u", --original"_s : QString());
                QVERIFY2(refused.jsonOk && refused.exitCode == 1, qPrintable(what + u": "_s + refused.describe()));
                QVERIFY2(refused.error().contains(target), qPrintable(what + u": "_s + refused.error()));
                QVERIFY2(snapshot(c.dir) == before, qPrintable(what + u": the store changed"_s));
            }
        }
    }
    // Nothing of the key or of Léa's photo is anywhere in the store.
    const QByteArray key = sha256Of(home + u"/.ssh/id_ed25519"_s), lea = sha256Of(pupil);
    QDirIterator blobs(c.dir + u"/media"_s, QDir::Files, QDirIterator::Subdirectories);
    while (blobs.hasNext()) {
        const QString blob = blobs.next();
        QVERIFY2(!blob.endsWith(QString::fromLatin1(key)) && !blob.endsWith(QString::fromLatin1(lea)), qPrintable(blob));
    }

    // The controls: the template's own picture, spelled two ways, and a symlink that stays in its folder.
    for (const QString &target : {u"img/schema.png"_s, u"./img/schema.png"_s, u"alias.png"_s}) {
        RUN_OK(made, c.dir, {u"lesson"_s, u"create"_s, u"--class"_s, c.classId, u"--body-file"_s, bodyLinking(target)});
        QCOMPARE(made.json.value(u"attachments"_s).toArray().size(), 1);
        QCOMPARE(made.json.value(u"media"_s).toArray().size(), 1);
    }
    RUN_OK(assignment, c.dir, {u"assignment"_s, u"create"_s, u"--class"_s, c.classId, u"--title"_s, u"Le schéma"_s,
                               u"--instructions-file"_s, bodyLinking(u"img/schema.png"_s), u"--original"_s});
    QCOMPARE(assignment.json.value(u"attachments"_s).toArray().size(), 1);
}

// The session-14 review, finding 9: "lesson attach L lecon.webm" twice gave two attachments (two encodings of one video
// differ by a few bytes), and pupils downloaded it twice. Now the second is the light version the store already holds:
// one attachment, the same file. The control: another video is a second attachment.
void TestCli::aVideoAttachedTwiceIsOneAttachment()
{
    Classroom c;
    makeClassroom(c);
    const QString video = m_files + u"/lecon-video.webm"_s, other = m_files + u"/autre-video.webm"_s;
    QVERIFY(TestClip::make(video, 640, 360, 4, true, "snow"));
    QVERIFY(TestClip::make(other, 640, 360, 3, true, "ball"));
    auto attachmentsAfter = [&](const QString &file) {
        const Outcome o = run(c.dir, {u"lesson"_s, u"attach"_s, c.lessonId, file});
        return o.exitCode == 0 ? o.json.value(u"attachments"_s).toArray() : QJsonArray{QJsonValue(QString::fromUtf8(o.err + o.out))};
    };
    const QJsonArray once = attachmentsAfter(video);
    const qsizetype before = once.size();
    QVERIFY2(once.last()[u"name"_s].toString() == u"lecon-video.webm"_s, QJsonDocument(once).toJson().constData());
    const QJsonArray twice = attachmentsAfter(video);
    QVERIFY2(twice.size() == before, QJsonDocument(twice).toJson().constData());
    QCOMPARE(twice.last()[u"sha256"_s].toString(), once.last()[u"sha256"_s].toString());
    const QJsonArray another = attachmentsAfter(other);
    QCOMPARE(another.size(), before + 1); // control: a different video is a new attachment
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
