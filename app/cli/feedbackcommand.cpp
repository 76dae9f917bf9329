// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "feedbackcommand.h"

#include "context.h"
#include "records.h"

#include <QJsonArray>
#include <QLocale>

namespace Continuite::Cli {

using namespace Qt::StringLiterals;

QList<Subcommand> FeedbackCommand::subcommands() const
{
    Subcommand give;
    give.name = u"give"_s;
    give.synopsis = u"--submission S [--version V] --comment T [--score N]"_s;
    give.summary = tr("Comment (and score) one version of a student's work.");
    give.options = {{u"submission"_s, tr("The submission (one version's id)."), u"S"_s},
                    {u"version"_s, tr("Another version of the same student's work, by number (1 is the first)."), u"V"_s},
                    {u"comment"_s, tr("The comment."), u"T"_s},
                    {u"score"_s, tr("The score, e.g. 8.5."), u"N"_s}};
    give.required = {u"submission"_s, u"comment"_s};
    give.run = [](Context &c, const Invocation &in) {
        QString submissionId = in.options.value(u"submission"_s);
        const auto submission = c.store().submission(submissionId);
        if (!submission)
            return c.fail(tr("There is no submission %1 here: see \"submission list --assignment A\".").arg(submissionId.left(80)));
        if (in.options.isSet(u"version"_s)) {
            bool ok = false;
            const int version = in.options.value(u"version"_s).toInt(&ok);
            const auto versions = c.store().submissions(submission->assignmentId, submission->studentId);
            if (!ok || version < 1 || version > versions.size())
                return c.fail(tr("There is no version %1 of this work (versions 1 to %2).").arg(in.options.value(u"version"_s).left(20)).arg(versions.size()));
            submissionId = versions.at(version - 1).meta.id;
        }
        std::optional<double> score;
        if (in.options.isSet(u"score"_s)) {
            bool ok = false;
            score = QLocale::c().toDouble(in.options.value(u"score"_s), &ok);
            if (!ok)
                score = QLocale().toDouble(in.options.value(u"score"_s), &ok);
            if (!ok)
                return c.fail(tr("\"%1\" is not a score: write a number such as 8.5.").arg(in.options.value(u"score"_s).left(40)));
        }
        auto given = c.store().giveFeedback(submissionId, in.options.value(u"comment"_s), score);
        if (!given)
            return c.fail(given.error());
        return c.done(toJson(*given), tr("Feedback saved (score %1).").arg(humanScore(given->score)));
    };

    Subcommand list;
    list.name = u"list"_s;
    list.synopsis = u"--submission S"_s;
    list.summary = tr("The feedback on one version of a student's work.");
    list.options = {{u"submission"_s, tr("The submission."), u"S"_s}};
    list.required = {u"submission"_s};
    list.run = [](Context &c, const Invocation &in) {
        const QString id = in.options.value(u"submission"_s);
        if (!c.store().submission(id))
            return c.fail(tr("There is no submission %1 here: see \"submission list --assignment A\".").arg(id.left(80)));
        QJsonArray array;
        QString text;
        for (const Feedback &f : c.store().feedback(id)) {
            array.append(toJson(f));
            text += f.comment + u"  ("_s + tr("score %1").arg(humanScore(f.score)) + u")\n"_s;
        }
        if (array.isEmpty())
            text = tr("No feedback yet.");
        return c.done({{u"submission_id"_s, id}, {u"feedback"_s, array}}, text);
    };
    return {give, list};
}

} // namespace Continuite::Cli
