// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "submitcommand.h"

#include "context.h"
#include "records.h"

#include "content/textfile.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Continuite::Cli {

using namespace Qt::StringLiterals;

QString SubmitCommand::text(const Submission &s)
{
    QString text = tr("Version %1 · handed in %2 · id %3").arg(s.version).arg(humanDate(s.deviceTime), s.meta.id) + u'\n';
    if (s.autoScore)
        text += u"  "_s + tr("Automatic score: %1").arg(humanScore(s.autoScore, s.maxScore)) + u'\n';
    if (!s.text.isEmpty())
        text += indented(s.text, 2) + u'\n';
    if (!s.answers.isEmpty())
        text += u"  "_s + tr("Answers: %1").arg(QString::fromUtf8(QJsonDocument(s.answers).toJson(QJsonDocument::Compact))) + u'\n';
    for (const Attachment &a : s.attachments)
        text += u"  "_s + a.name + u"  "_s + humanSize(a.size) + u"  sha256:"_s + a.sha256 + u'\n';
    return text;
}

QList<Subcommand> SubmitCommand::subcommands() const
{
    Subcommand submit;
    submit.synopsis = u"ASSIGNMENT [--text T | --text-file F] [--answers FILE] [--attach FILE]… [--original] [--pictures photo|document]"_s;
    submit.summary = tr("Hand in your work: a new version each time, never replacing the last; quizzes are scored at once.");
    submit.options = {{u"text"_s, tr("Your answer as text."), u"T"_s},
                      {u"text-file"_s, tr("Your answer from a text file (UTF-8)."), u"F"_s},
                      {u"answers"_s, tr("Quiz answers, a JSON file: {\"q1\": [0], \"q2\": \"3/4\"}."), u"FILE"_s},
                      {u"attach"_s, tr("A file to hand in (repeatable)."), u"FILE"_s}};
    // A photo handed in is a page of the exercise book most of the time: grey and contrasted by default.
    submit.options += Context::frugalOptions(u"document"_s);
    submit.repeatable = {u"attach"_s};
    submit.minArguments = submit.maxArguments = 1;
    submit.run = [](Context &c, const Invocation &in) {
        if (int bad = c.checkFrugalOptions(in.options))
            return bad;
        if (in.options.isSet(u"text"_s) && in.options.isSet(u"text-file"_s))
            return c.misuse(tr("Give --text or --text-file, not both."));
        Store::SubmissionInput input;
        input.assignmentId = in.arguments.first();
        input.text = in.options.value(u"text"_s);
        if (in.options.isSet(u"text-file"_s)) {
            auto text = readUtf8File(in.options.value(u"text-file"_s));
            if (!text)
                return c.fail(text.error());
            input.text = *text;
        }
        if (in.options.isSet(u"answers"_s)) {
            const QString file = in.options.value(u"answers"_s);
            auto text = readUtf8File(file);
            if (!text)
                return c.fail(text.error());
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(text->toUtf8(), &parseError);
            if (parseError.error != QJsonParseError::NoError || !doc.isObject())
                return c.fail(tr("%1 is not a JSON object of answers like {\"q1\": [0], \"q2\": \"3/4\"}: fix it.").arg(file));
            input.answers = doc.object();
        }
        auto copies = c.frugalCopies(in.options.values(u"attach"_s), in.options, u"document"_s);
        if (!copies)
            return c.fail(copies.error());
        input.attachmentPaths = Context::pathsOf(*copies);
        auto submitted = c.store().submit(input);
        if (!submitted)
            return c.fail(submitted.error());
        return c.done(toJson(*submitted), tr("Handed in (kept on this device until the next sync).") + u'\n' + SubmitCommand::text(*submitted));
    };
    return {submit};
}

QList<Subcommand> SubmissionCommand::subcommands() const
{
    Subcommand list;
    list.name = u"list"_s;
    list.synopsis = u"--assignment A [--student S]"_s;
    list.summary = tr("The versions handed in, with their feedback (a student sees only their own).");
    list.options = {{u"assignment"_s, tr("The assignment."), u"A"_s}, {u"student"_s, tr("Only this student (a person id)."), u"S"_s}};
    list.required = {u"assignment"_s};
    list.run = [](Context &c, const Invocation &in) {
        const QString id = in.options.value(u"assignment"_s);
        const auto a = c.store().assignment(id);
        if (!a)
            return c.fail(tr("There is no assignment %1 for you here: see \"assignment list\".").arg(id.left(80)));
        QJsonArray array;
        QString text;
        QString lastStudent;
        for (const Submission &s : c.store().submissions(id, in.options.value(u"student"_s))) {
            QJsonObject o = toJson(s);
            QJsonArray feedback;
            for (const Feedback &f : c.store().feedback(s.meta.id))
                feedback.append(toJson(f));
            o.insert(u"feedback"_s, feedback);
            array.append(o);
            if (s.studentId != lastStudent) {
                const auto p = c.store().profile(s.studentId);
                text += tr("Student %1:").arg(p ? p->displayName : s.studentId) + u'\n';
                lastStudent = s.studentId;
            }
            text += SubmitCommand::text(s);
            for (const Feedback &f : c.store().feedback(s.meta.id))
                text += u"  "_s + tr("Feedback: %1 (score %2)").arg(f.comment, humanScore(f.score)) + u'\n';
        }
        if (array.isEmpty())
            text = tr("Nothing handed in yet.");
        return c.done({{u"assignment_id"_s, id}, {u"submissions"_s, array}}, text);
    };
    return {list};
}

} // namespace Continuite::Cli
