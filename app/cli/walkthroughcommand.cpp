// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "walkthroughcommand.h"

#include "assignmentcommand.h"
#include "context.h"
#include "lessoncommand.h"
#include "records.h"
#include "submitcommand.h"

#include "content/demoloader.h"

#include <QJsonArray>

namespace Continuite::Cli {

using namespace Qt::StringLiterals;

QList<Subcommand> WalkthroughCommand::subcommands() const
{
    Subcommand walk;
    walk.summary = tr("Show the demo course without a display: as the teacher, then as a student who takes the quiz and reads the feedback.");
    walk.needs = Subcommand::Needs::Store;
    walk.run = [](Context &c, const Invocation &) {
        Store &store = c.store();
        auto demo = DemoLoader::load(store);
        if (!demo)
            return c.fail(demo.error());
        QString text = demo->alreadyLoaded ? tr("The demo course \"%1\" is in this store.").arg(demo->className)
                                           : tr("Loaded the demo course \"%1\".").arg(demo->className);
        text += u'\n';
        auto heading = [&text](const QString &title) { text += u"\n━━ "_s + title + u" ━━\n"_s; };
        auto actAs = [&store](const DemoLoader::Account &who) -> Status {
            auto p = store.unlock(who.login, who.secret);
            if (!p)
                return Status::failure(p.error());
            store.setCurrent(*p);
            return success();
        };

        // ---- The teacher prepares the sequence.
        if (Status s = actAs(demo->teacher); !s)
            return c.fail(s.error());
        heading(tr("As the teacher, %1: the lessons").arg(demo->teacher.displayName));
        const QList<Lesson> lessons = store.lessons(demo->classId);
        for (const Lesson &l : lessons)
            text += u"  "_s + QString::number(l.position) + u". "_s + l.title + u"  ("_s + l.plannedDate.toString(Qt::ISODate) + u")\n"_s;
        if (lessons.isEmpty())
            return c.fail(tr("The demo class has no lessons: load the demo into a new data folder."));
        heading(tr("The first lesson, as the students will read it"));
        text += LessonCommand::text(lessons.first());
        heading(tr("The assignments"));
        const QList<Assignment> assignments = store.assignments(demo->classId);
        std::optional<Assignment> quiz;
        for (const Assignment &a : assignments) {
            text += u"  "_s + a.title + u"  ("_s + assignmentTypeName(a.type) + u", "_s + tr("due %1").arg(humanDate(a.due)) + u")\n"_s;
            if (a.type == AssignmentType::Quiz && !quiz)
                quiz = a;
        }
        if (!quiz || demo->students.isEmpty())
            return c.fail(tr("The demo course has no quiz or no student: load the demo into a new data folder."));

        // ---- A student reads and takes the quiz (its answers come after the due date).
        const DemoLoader::Account student = demo->students.first();
        if (Status s = actAs(student); !s)
            return c.fail(s.error());
        heading(tr("As the student %1: the lessons").arg(student.displayName));
        for (const Lesson &l : store.lessons())
            text += u"  "_s + QString::number(l.position) + u". "_s + l.title + u'\n';
        if (auto opened = store.recordProgress(lessons.first().meta.id, true, 15 * 60); !opened)
            return c.fail(opened.error());
        text += tr("  (%1 reads the first lesson and marks it completed.)").arg(student.displayName) + u'\n';
        heading(tr("The quiz"));
        text += AssignmentCommand::text(*quiz, false);
        // Right on q1–q4; q5 misses a second right choice; q6 forgets the accent.
        const QJsonObject answers{{u"q1"_s, QJsonArray{0}}, {u"q2"_s, u"3/4"_s}, {u"q3"_s, QJsonArray{1}},
                                  {u"q4"_s, u"2/5"_s}, {u"q5"_s, QJsonArray{0}}, {u"q6"_s, u"sept dixiemes"_s}};
        auto submitted = store.submit({quiz->meta.id, {}, answers, {}});
        if (!submitted)
            return c.fail(submitted.error());
        text += u'\n' + tr("%1 hands in the quiz:").arg(student.displayName) + u'\n' + SubmitCommand::text(*submitted);

        // ---- The teacher reads it and gives feedback.
        if (Status s = actAs(demo->teacher); !s)
            return c.fail(s.error());
        heading(tr("As the teacher: feedback"));
        const QString comment = u"Très bien pour la lecture et l'écriture des fractions. Question 5 : il y avait deux phrases justes. "
                                "Question 6 : attention à l'accent de « dixièmes »."_s;
        // The score is the one her teacher's device computes from its answer key, not one her device sent.
        const auto scored = store.submission(submitted->meta.id);
        auto feedback = store.giveFeedback(submitted->meta.id, comment, scored ? scored->autoScore : std::nullopt);
        if (!feedback)
            return c.fail(feedback.error());
        text += tr("%1 comments version %2: %3 (score %4)")
                    .arg(demo->teacher.displayName)
                    .arg(submitted->version)
                    .arg(comment, humanScore(feedback->score, submitted->maxScore))
            + u'\n';

        // ---- The student sees the feedback.
        if (Status s = actAs(student); !s)
            return c.fail(s.error());
        heading(tr("As the student again: my work and its feedback"));
        const QList<Submission> mine = store.submissions(quiz->meta.id);
        QJsonArray received;
        for (const Submission &s : mine) {
            text += SubmitCommand::text(s);
            for (const Feedback &f : store.feedback(s.meta.id)) {
                text += u"  "_s + tr("Feedback: %1 (score %2)").arg(f.comment, humanScore(f.score, s.maxScore)) + u'\n';
                received.append(toJson(f));
            }
        }
        const StoreStatus status = store.status();
        text += u'\n' + tr("%1 changes are waiting on this device for the next sync.").arg(status.pendingChanges) + u'\n';

        return c.done({{u"class_id"_s, demo->classId},
                       {u"already_loaded"_s, demo->alreadyLoaded},
                       {u"lessons"_s, int(lessons.size())},
                       {u"assignments"_s, int(assignments.size())},
                       {u"student"_s, student.login},
                       {u"submission"_s, toJson(scored ? *scored : *submitted)}, // as her teacher sees it, scored from the key
                       {u"versions"_s, int(mine.size())},
                       {u"feedback"_s, received},
                       {u"pending_changes"_s, status.pendingChanges}},
                      text);
    };
    return {walk};
}

} // namespace Continuite::Cli
