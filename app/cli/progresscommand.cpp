// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "progresscommand.h"

#include "context.h"
#include "records.h"

#include <QJsonArray>

namespace Continuite::Cli {

using namespace Qt::StringLiterals;

namespace {

int record(Context &c, const Invocation &in, bool completed)
{
    qint64 seconds = 0;
    if (in.options.isSet(u"seconds"_s)) {
        bool ok = false;
        seconds = in.options.value(u"seconds"_s).toLongLong(&ok);
        if (!ok)
            return c.fail(QCoreApplication::translate("ProgressCommand", "\"%1\" is not a number of seconds.").arg(in.options.value(u"seconds"_s).left(40)));
    }
    auto p = c.store().recordProgress(in.arguments.first(), completed, seconds);
    if (!p)
        return c.fail(p.error());
    return c.done(toJson(*p), p->completed ? QCoreApplication::translate("ProgressCommand", "Lesson completed (%1 min spent).").arg(p->secondsSpent / 60)
                                           : QCoreApplication::translate("ProgressCommand", "Lesson opened (%1 min spent).").arg(p->secondsSpent / 60));
}

} // namespace

QList<Subcommand> ProgressCommand::subcommands() const
{
    const QCommandLineOption seconds(u"seconds"_s, tr("Time spent to add, in seconds."), u"N"_s);
    Subcommand open;
    open.name = u"open"_s;
    open.synopsis = u"LESSON [--seconds N]"_s;
    open.summary = tr("Mark a lesson as opened (a student), adding time spent.");
    open.options = {seconds};
    open.minArguments = open.maxArguments = 1;
    open.run = [](Context &c, const Invocation &in) { return record(c, in, false); };

    Subcommand complete = open;
    complete.name = u"complete"_s;
    complete.summary = tr("Mark a lesson as completed (a student).");
    complete.run = [](Context &c, const Invocation &in) { return record(c, in, true); };

    Subcommand show;
    show.name = u"show"_s;
    show.synopsis = u"[--lesson L]"_s;
    show.summary = tr("Progress on the lessons: a student's own, or a teacher's whole class.");
    show.options = {{u"lesson"_s, tr("Only this lesson."), u"L"_s}};
    show.run = [](Context &c, const Invocation &in) {
        const QString only = in.options.value(u"lesson"_s);
        if (!only.isEmpty() && !c.store().lesson(only))
            return c.fail(tr("There is no lesson %1 for you here: see \"lesson list\".").arg(only.left(80)));
        QJsonArray array;
        QString text;
        auto add = [&](const Progress &p, const QString &title, const QString &who) {
            array.append(toJson(p));
            text += title + (who.isEmpty() ? QString() : u" · "_s + who) + u": "_s
                + (p.completed ? tr("completed") : p.openedAt.isValid() ? tr("opened") : tr("not opened")) + u", "_s
                + tr("%1 min").arg(p.secondsSpent / 60) + u'\n';
        };
        for (const Lesson &l : c.store().lessons()) {
            if (!only.isEmpty() && l.meta.id != only)
                continue;
            if (c.store().isTeacherOf(l.meta.classId)) {
                for (const Progress &p : c.store().classProgress(l.meta.classId))
                    if (p.lessonId == l.meta.id) {
                        const auto who = c.store().profile(p.studentId);
                        add(p, l.title, who ? who->displayName : p.studentId);
                    }
            } else {
                Progress p;
                p.lessonId = l.meta.id;
                p.studentId = c.store().current()->id;
                add(c.store().progress(l.meta.id).value_or(p), l.title, {});
            }
        }
        if (array.isEmpty())
            text = tr("No progress recorded yet.");
        return c.done({{u"progress"_s, array}}, text);
    };
    return {open, complete, show};
}

} // namespace Continuite::Cli
