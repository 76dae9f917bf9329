// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "lessoncommand.h"

#include "context.h"
#include "records.h"

#include "content/textfile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

namespace Continuite::Cli {

using namespace Qt::StringLiterals;

namespace {

QString attachmentLines(const QList<Attachment> &attachments)
{
    QString text;
    for (const Attachment &a : attachments)
        text += u"    "_s + a.name + u"  "_s + humanSize(a.size) + u"  "_s + a.mime + u"  sha256:"_s + a.sha256 + u'\n';
    return text;
}

} // namespace

QString LessonCommand::text(const Lesson &l)
{
    QString text = l.title + u'\n';
    text += tr("Status: %1 · planned %2 · id %3")
                .arg(l.status == PublicationStatus::Published ? tr("published")
                                                               : tr("draft"),
                     l.plannedDate.isValid() ? l.plannedDate.toString(Qt::ISODate) : u"—"_s, l.meta.id)
        + u'\n';
    if (!l.summary.isEmpty())
        text += u'\n' + indented(l.summary, 2) + u'\n';
    const std::pair<QString, QString> sections[] = {
        {tr("Before class"), l.beforeClass},
        {tr("In class"), l.inClass},
        {tr("After class"), l.afterClass},
    };
    for (const auto &[heading, body] : sections)
        if (!body.isEmpty())
            text += u"\n== "_s + heading + u" ==\n"_s + indented(body, 2) + u'\n';
    text += u'\n' + tr("Attachments (%1):").arg(l.attachments.size()) + u'\n'
        + attachmentLines(l.attachments);
    return text;
}

QList<Subcommand> LessonCommand::subcommands() const
{
    Subcommand create;
    create.name = u"create"_s;
    create.synopsis = u"--class C --title T --body-file F [--attach FILE]… [--date YYYY-MM-DD] [--original] [--pictures photo|document]"_s;
    create.summary = tr("Create a draft lesson from Markdown: \"## Avant la classe / En classe / Après la classe\" sections; linked images are attached.");
    create.options = {{u"class"_s, tr("The class (id or name)."), u"C"_s},
                      {u"title"_s, tr("The title (default: the file's \"# Title\")."), u"T"_s},
                      {u"body-file"_s, tr("The lesson's Markdown file (UTF-8)."), u"F"_s},
                      {u"attach"_s, tr("A file to attach (repeatable)."), u"FILE"_s},
                      {u"date"_s, tr("The planned date."), u"YYYY-MM-DD"_s}};
    create.options += Context::frugalOptions(u"photo"_s);
    create.required = {u"class"_s, u"body-file"_s};
    create.repeatable = {u"attach"_s};
    create.run = [](Context &c, const Invocation &in) {
        if (int bad = c.checkFrugalOptions(in.options))
            return bad;
        const QString bodyFile = in.options.value(u"body-file"_s);
        auto body = readUtf8File(bodyFile);
        if (!body)
            return c.fail(body.error());
        const LessonSections sections = splitLessonMarkdown(*body);
        Store::LessonInput input;
        input.classId = c.classId(in.options.value(u"class"_s));
        input.title = in.options.isSet(u"title"_s) ? in.options.value(u"title"_s) : sections.title;
        input.summary = sections.summary;
        input.beforeClass = sections.beforeClass;
        input.inClass = sections.inClass;
        input.afterClass = sections.afterClass;
        input.markdownBaseDir = QFileInfo(bodyFile).absolutePath();
        input.attachmentPaths = in.options.values(u"attach"_s);
        if (in.options.isSet(u"date"_s)) {
            input.plannedDate = QDate::fromString(in.options.value(u"date"_s), Qt::ISODate);
            if (!input.plannedDate.isValid())
                return c.fail(tr("\"%1\" is not a date: write it as YYYY-MM-DD.").arg(in.options.value(u"date"_s).left(40)));
        }
        // Check every file and make the light copies before the store copies any: a bad one must leave
        // nothing behind. Images linked in the text are made light too, and the text points at their copies.
        const auto linked = c.linkedImages(*body, input.markdownBaseDir);
        if (!linked)
            return c.fail(linked.error());
        auto copies = c.frugalCopies(input.attachmentPaths + *linked, in.options, u"photo"_s);
        if (!copies)
            return c.fail(copies.error());
        const qsizetype attached = input.attachmentPaths.size();
        input.attachmentPaths = Context::pathsOf(copies->mid(0, attached));
        for (QString *section : {&input.summary, &input.beforeClass, &input.inClass, &input.afterClass})
            *section = Context::relinked(*section, input.markdownBaseDir, copies->mid(attached), &input.attachmentPaths);
        auto lesson = c.store().createLesson(input);
        if (!lesson)
            return c.fail(lesson.error());
        return c.done(toJson(*lesson, true), tr("Created the draft lesson \"%1\" (id %2) with %3 attachments; publish it with \"lesson publish %2\".")
                                                 .arg(lesson->title, lesson->meta.id)
                                                 .arg(lesson->attachments.size()));
    };

    Subcommand attach;
    attach.name = u"attach"_s;
    attach.synopsis = u"ID FILE… [--original] [--pictures photo|document]"_s;
    attach.summary = tr("Attach files to a lesson (stored once, by content; pictures as light copies).");
    attach.options = Context::frugalOptions(u"photo"_s);
    attach.minArguments = 2;
    attach.maxArguments = -1;
    attach.run = [](Context &c, const Invocation &in) {
        if (int bad = c.checkFrugalOptions(in.options))
            return bad;
        auto copies = c.frugalCopies(in.arguments.mid(1), in.options, u"photo"_s);
        if (!copies)
            return c.fail(copies.error());
        auto lesson = c.store().attachToLesson(in.arguments.first(), Context::pathsOf(*copies));
        if (!lesson)
            return c.fail(lesson.error());
        return c.done(toJson(*lesson, false), tr("\"%1\" now has %2 attachments.").arg(lesson->title).arg(lesson->attachments.size()));
    };

    Subcommand publish;
    publish.name = u"publish"_s;
    publish.synopsis = u"ID"_s;
    publish.summary = tr("Publish a lesson: its class's students see it at their next sync.");
    publish.minArguments = publish.maxArguments = 1;
    publish.run = [](Context &c, const Invocation &in) {
        auto lesson = c.store().publishLesson(in.arguments.first());
        if (!lesson)
            return c.fail(lesson.error());
        return c.done(toJson(*lesson, false), tr("Published \"%1\".").arg(lesson->title));
    };

    Subcommand show;
    show.name = u"show"_s;
    show.synopsis = u"ID"_s;
    show.summary = tr("A lesson's sections and attachments (with SHA-256, size and type).");
    show.minArguments = show.maxArguments = 1;
    show.run = [](Context &c, const Invocation &in) {
        const auto lesson = c.store().lesson(in.arguments.first());
        if (!lesson)
            return c.fail(tr("There is no lesson %1 for you here: see \"lesson list\".").arg(in.arguments.first().left(80)));
        // On a terminal, images point at their files on this device (the JSON keeps the "media:" links).
        Lesson readable = *lesson;
        for (QString *section : {&readable.summary, &readable.beforeClass, &readable.inClass, &readable.afterClass})
            *section = c.store().media().renderableMarkdown(*section);
        return c.done(toJson(*lesson, true), LessonCommand::text(readable));
    };

    Subcommand list;
    list.name = u"list"_s;
    list.synopsis = u"[--class C]"_s;
    list.summary = tr("Lessons in sequence order (students see published ones).");
    list.options = {{u"class"_s, tr("Only this class (id or name)."), u"C"_s}};
    list.run = [](Context &c, const Invocation &in) {
        const QString classId = in.options.isSet(u"class"_s) ? c.classId(in.options.value(u"class"_s)) : QString();
        QJsonArray array;
        QString text;
        for (const Lesson &l : c.store().lessons(classId)) {
            array.append(toJson(l, false));
            text += QString::number(l.position) + u". "_s + l.title
                + (l.status == PublicationStatus::Draft ? u"  ["_s + tr("draft") + u']' : QString())
                + (l.plannedDate.isValid() ? u"  "_s + l.plannedDate.toString(Qt::ISODate) : QString()) + u"  "_s + l.meta.id + u'\n';
        }
        if (array.isEmpty())
            text = tr("No lesson yet.");
        return c.done({{u"lessons"_s, array}}, text);
    };
    return {create, attach, publish, show, list};
}

} // namespace Continuite::Cli
