// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "assignmentcommand.h"

#include "context.h"
#include "records.h"

#include "content/textfile.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace Continuite::Cli {

using namespace Qt::StringLiterals;

QString AssignmentCommand::text(const Assignment &a, bool withKey)
{
    QString text = a.title + u'\n';
    text += tr("Type: %1 · due %2 · %3 · id %4")
                .arg(assignmentTypeName(a.type), humanDate(a.due),
                     a.status == PublicationStatus::Published ? tr("published") : tr("draft"), a.meta.id)
        + u'\n';
    if (!a.instructions.isEmpty())
        text += u'\n' + indented(a.instructions, 2) + u'\n';
    if (a.type == AssignmentType::Quiz) {
        text += u'\n' + tr("Quiz (%1 points):").arg(a.quiz.maxScore()) + u'\n';
        for (const QuizQuestion &q : a.quiz.questions) {
            text += u"  ["_s + q.id + u"] "_s + q.prompt + u"  ("_s + tr("%1 pt").arg(q.points) + u")\n"_s;
            for (int i = 0; i < q.choices.size(); ++i)
                text += u"      "_s + QString::number(i) + u") "_s + q.choices.at(i)
                    + (withKey && q.correct.contains(i) ? u"  ✓"_s : QString()) + u'\n';
            if (withKey && q.type == QuizQuestion::Type::Short)
                text += u"      "_s + tr("accepted: %1").arg(q.accepted.join(u" | "_s)) + u'\n';
        }
    }
    return text;
}

namespace {

/// ISO 8601 date-time, or a bare date meaning the end of that day (local time).
QDateTime parseDue(const QString &text)
{
    if (text.size() == 10) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        return date.isValid() ? QDateTime(date, QTime(23, 59)).toUTC() : QDateTime();
    }
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t.toUTC();
}

} // namespace

QList<Subcommand> AssignmentCommand::subcommands() const
{
    Subcommand create;
    create.name = u"create"_s;
    create.synopsis = u"--class C --title T --instructions-file F [--due ISO8601] [--lesson L] [--quiz FILE [--answers-shown after-submit|after-due|never|practice]] [--type text|file] [--attach FILE]… [--original] [--pictures photo|document]"_s;
    create.summary = tr("Create a draft assignment: free text, a file to hand in, or a quiz from a JSON file.");
    create.options = {{u"class"_s, tr("The class (id or name)."), u"C"_s},
                      {u"title"_s, tr("The title."), u"T"_s},
                      {u"instructions-file"_s, tr("The instructions, a Markdown file (UTF-8)."), u"F"_s},
                      {u"due"_s, tr("The due date, e.g. 2026-12-04T18:00:00+01:00 or 2026-12-04."), u"ISO8601"_s},
                      {u"lesson"_s, tr("The lesson it follows."), u"L"_s},
                      {u"quiz"_s, tr("A quiz file (JSON: questions with choices or accepted answers, and points)."), u"FILE"_s},
                      {u"answers-shown"_s, tr("When students get the quiz's right answers: after-submit (once they hand in), "
                                             "after-due (once the due date has passed; the default with --due), never, or practice "
                                             "(at once: their device marks each answer)."), u"WHEN"_s},
                      {u"type"_s, tr("text (default) or file."), u"TYPE"_s},
                      {u"attach"_s, tr("A file to attach (repeatable)."), u"FILE"_s}};
    create.options += Context::frugalOptions(u"photo"_s);
    create.required = {u"class"_s, u"title"_s, u"instructions-file"_s};
    create.repeatable = {u"attach"_s};
    create.run = [](Context &c, const Invocation &in) {
        if (int bad = c.checkFrugalOptions(in.options))
            return bad;
        Store::AssignmentInput input;
        input.classId = c.classId(in.options.value(u"class"_s));
        input.title = in.options.value(u"title"_s);
        input.lessonId = in.options.value(u"lesson"_s);
        input.attachmentPaths = in.options.values(u"attach"_s);
        const QString instructionsFile = in.options.value(u"instructions-file"_s);
        auto instructions = readUtf8File(instructionsFile);
        if (!instructions)
            return c.fail(instructions.error());
        input.instructions = instructions->trimmed();
        input.markdownBaseDir = QFileInfo(instructionsFile).absolutePath();

        if (in.options.isSet(u"type"_s)) {
            const auto type = assignmentTypeFromName(in.options.value(u"type"_s));
            if (!type)
                return c.fail(tr("The type must be \"text\", \"file\" or \"quiz\", not \"%1\".").arg(in.options.value(u"type"_s).left(40)));
            input.type = *type;
        }
        if (in.options.isSet(u"quiz"_s)) {
            if (in.options.isSet(u"type"_s) && input.type != AssignmentType::Quiz)
                return c.fail(tr("--quiz makes a quiz: leave out --type %1.").arg(in.options.value(u"type"_s)));
            const QString quizFile = in.options.value(u"quiz"_s);
            auto quizText = readUtf8File(quizFile);
            if (!quizText)
                return c.fail(quizText.error());
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(quizText->toUtf8(), &parseError);
            if (parseError.error != QJsonParseError::NoError)
                return c.fail(tr("%1 is not valid JSON (%2 at character %3): fix the quiz file.")
                                  .arg(quizFile, parseError.errorString())
                                  .arg(parseError.offset));
            if (!doc.isObject())
                return c.fail(tr("%1 is not a quiz: it must be a JSON object with a \"questions\" list.").arg(quizFile));
            QString error;
            const auto quiz = Quiz::fromJson(doc.object(), &error);
            if (!quiz)
                return c.fail(tr("%1: %2").arg(quizFile, error));
            input.type = AssignmentType::Quiz;
            input.quiz = *quiz;
        }
        if (in.options.isSet(u"answers-shown"_s)) {
            if (!in.options.isSet(u"quiz"_s))
                return c.fail(tr("--answers-shown is for a quiz: give its questions with --quiz FILE."));
            const auto shown = AnswerKey::fromName(in.options.value(u"answers-shown"_s));
            if (!shown)
                return c.fail(tr("--answers-shown must be after-submit, after-due, never or practice, not \"%1\".")
                                  .arg(in.options.value(u"answers-shown"_s).left(40)));
            input.answersShown = *shown;
        }
        if (in.options.isSet(u"due"_s)) {
            input.due = parseDue(in.options.value(u"due"_s));
            if (!input.due.isValid())
                return c.fail(tr("\"%1\" is not a date: write it as 2026-12-04T18:00:00+01:00 or 2026-12-04.").arg(in.options.value(u"due"_s).left(40)));
        }
        // Pictures the instructions link are made light too, as a lesson's (attached with the files, linked by content).
        const auto linked = c.linkedImages(input.instructions, input.markdownBaseDir);
        if (!linked)
            return c.fail(linked.error());
        auto copies = c.frugalCopies(input.attachmentPaths + *linked, in.options, u"photo"_s);
        if (!copies)
            return c.fail(copies.error());
        const qsizetype attached = input.attachmentPaths.size();
        input.attachmentPaths = Context::pathsOf(copies->mid(0, attached));
        input.instructions = Context::relinked(input.instructions, input.markdownBaseDir, copies->mid(attached), &input.attachmentPaths);
        auto created = c.store().createAssignment(input);
        if (!created)
            return c.fail(created.error());
        return c.done(toJson(*created, true), tr("Created the draft assignment \"%1\" (id %2); publish it with \"assignment publish %2\".")
                                                  .arg(created->title, created->meta.id));
    };

    Subcommand publish;
    publish.name = u"publish"_s;
    publish.synopsis = u"ID"_s;
    publish.summary = tr("Publish an assignment to its class.");
    publish.minArguments = publish.maxArguments = 1;
    publish.run = [](Context &c, const Invocation &in) {
        auto published = c.store().publishAssignment(in.arguments.first());
        if (!published)
            return c.fail(published.error());
        return c.done(toJson(*published, true), tr("Published \"%1\".").arg(published->title));
    };

    Subcommand show;
    show.name = u"show"_s;
    show.synopsis = u"ID"_s;
    show.summary = tr("An assignment's instructions and questions (a teacher also sees the answers).");
    show.minArguments = show.maxArguments = 1;
    show.run = [](Context &c, const Invocation &in) {
        const auto a = c.store().assignment(in.arguments.first());
        if (!a)
            return c.fail(tr("There is no assignment %1 for you here: see \"assignment list\".").arg(in.arguments.first().left(80)));
        // A student sees the answers once the teacher's choice has released them to this device.
        const bool withKey = c.store().isTeacherOf(a->meta.classId) || a->quiz.hasKey();
        return c.done(toJson(*a, withKey), AssignmentCommand::text(*a, withKey));
    };

    Subcommand list;
    list.name = u"list"_s;
    list.synopsis = u"[--class C]"_s;
    list.summary = tr("Assignments by due date (students see published ones).");
    list.options = {{u"class"_s, tr("Only this class (id or name)."), u"C"_s}};
    list.run = [](Context &c, const Invocation &in) {
        const QString classId = in.options.isSet(u"class"_s) ? c.classId(in.options.value(u"class"_s)) : QString();
        QJsonArray array;
        QString text;
        for (const Assignment &a : c.store().assignments(classId)) {
            array.append(toJson(a, c.store().isTeacherOf(a.meta.classId)));
            text += a.title + u"  ("_s + assignmentTypeName(a.type) + u")  "_s + tr("due %1").arg(humanDate(a.due))
                + (a.status == PublicationStatus::Draft ? u"  ["_s + tr("draft") + u']' : QString()) + u"  "_s + a.meta.id + u'\n';
        }
        if (array.isEmpty())
            text = tr("No assignment yet.");
        return c.done({{u"assignments"_s, array}}, text);
    };
    return {create, publish, show, list};
}

} // namespace Continuite::Cli
