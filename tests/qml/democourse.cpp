// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "democourse.h"

#include "content/secrets.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace Continuite;

namespace {

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

/// Splits a demo lesson file: a summary paragraph, then "## Avant la classe", "## En classe", "## Après la classe".
void splitSections(const QString &markdown, Store::LessonInput *in)
{
    QString *target = &in->summary;
    const auto lines = markdown.split(u'\n');
    for (const QString &line : lines) {
        if (line.startsWith(u"## ")) {
            const QString heading = line.mid(3).trimmed();
            target = heading.startsWith(u"Avant") ? &in->beforeClass : heading.startsWith(u"En classe") ? &in->inClass : &in->afterClass;
            continue;
        }
        *target += line + u'\n';
    }
    for (QString *s : {&in->summary, &in->beforeClass, &in->inClass, &in->afterClass})
        *s = s->trimmed();
}

} // namespace

DemoCourse DemoCourse::fill(Store &store, const QString &demoDir)
{
    DemoCourse demo;
    const QDir dir(demoDir);
    const QJsonObject course = QJsonDocument::fromJson(readText(dir.filePath(u"course.json"_s)).toUtf8()).object();
    if (course.isEmpty()) {
        demo.error = u"cannot read course.json in "_s + demoDir;
        return demo;
    }
    const QJsonObject teacher = course.value(u"teacher"_s).toObject();
    auto t = store.addProfile(teacher.value(u"login"_s).toString(), teacher.value(u"display_name"_s).toString(), Role::Teacher,
                              teacher.value(u"password"_s).toString());
    if (!t) {
        demo.error = t.error();
        return demo;
    }
    store.setCurrent(*t);
    auto c = store.createClass(course.value(u"class"_s).toObject().value(u"name"_s).toString());
    if (!c) {
        demo.error = c.error();
        return demo;
    }
    demo.classId = c->meta.id;

    for (const QJsonValue &v : course.value(u"students"_s).toArray()) {
        const QJsonObject s = v.toObject();
        const QString personId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString login = s.value(u"login"_s).toString();
        const QString name = s.value(u"display_name"_s).toString();
        // With the PIN hash, as a teacher's device has it (content/demoloader.cpp): a pack for one student carries it.
        if (auto m = store.addMember(demo.classId, personId, Role::Student, name, login, Secrets::hash(s.value(u"pin"_s).toString())); !m) {
            demo.error = m.error();
            return demo;
        }
        if (auto p = store.addProfile(login, name, Role::Student, s.value(u"pin"_s).toString(), personId); !p) {
            demo.error = p.error();
            return demo;
        }
    }

    const QDate today = QDate::currentDate();
    for (const QJsonValue &v : course.value(u"lessons"_s).toArray()) {
        const QJsonObject l = v.toObject();
        Store::LessonInput in;
        in.classId = demo.classId;
        in.title = l.value(u"title"_s).toString();
        splitSections(readText(dir.filePath(l.value(u"file"_s).toString())), &in);
        in.markdownBaseDir = dir.absolutePath(); // image paths are relative to content/demo/
        for (const QJsonValue &a : l.value(u"attachments"_s).toArray())
            in.attachmentPaths << dir.filePath(a.toString());
        in.plannedDate = today.addDays(l.value(u"planned_in_days"_s).toInt());
        auto lesson = store.createLesson(in);
        if (!lesson) {
            demo.error = lesson.error();
            return demo;
        }
        if (auto p = store.publishLesson(lesson->meta.id); !p) {
            demo.error = p.error();
            return demo;
        }
        demo.lessonIds << lesson->meta.id;
    }

    Store::LessonInput draft;
    draft.classId = demo.classId;
    draft.title = u"Brouillon : additionner des fractions"_s;
    draft.beforeClass = u"À venir."_s;
    auto d = store.createLesson(draft);
    if (!d) {
        demo.error = d.error();
        return demo;
    }
    demo.draftLessonId = d->meta.id;

    const QJsonArray lessons = course.value(u"lessons"_s).toArray();
    for (const QJsonValue &v : course.value(u"assignments"_s).toArray()) {
        const QJsonObject a = v.toObject();
        Store::AssignmentInput in;
        in.classId = demo.classId;
        in.title = a.value(u"title"_s).toString();
        in.instructions = readText(dir.filePath(a.value(u"instructions_file"_s).toString()));
        in.due = QDateTime(today.addDays(a.value(u"due_in_days"_s).toInt()), QTime(18, 0)).toUTC();
        in.lessonId = demo.lessonIds.value(a.value(u"lesson"_s).toInt());
        if (a.value(u"type"_s).toString() == u"quiz") {
            in.type = AssignmentType::Quiz;
            QString why;
            const auto quiz = Quiz::fromJson(QJsonDocument::fromJson(readText(dir.filePath(a.value(u"quiz_file"_s).toString())).toUtf8()).object(), &why);
            if (!quiz) {
                demo.error = why;
                return demo;
            }
            in.quiz = *quiz;
        }
        auto created = store.createAssignment(in);
        if (!created) {
            demo.error = created.error();
            return demo;
        }
        if (auto p = store.publishAssignment(created->meta.id); !p) {
            demo.error = p.error();
            return demo;
        }
    }
    return demo;
}
