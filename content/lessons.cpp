// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "content/lessons.h"

#include "content/rows.h"
#include "content/storecontext.h"

namespace Continuite {

using namespace Qt::StringLiterals;
using Rows::lessonFromRow;
using Rows::statusName;

Result<Lesson> Lessons::createLesson(const LessonInput &in)
{
    using R = Result<Lesson>;
    if (Status s = m.requireTeacherOf(in.classId); !s)
        return R::failure(s.error());
    if (Status s = m.validateTitle(in.title, tr("lesson")); !s)
        return R::failure(s.error());
    auto attachments = m.importAttachments(in.attachmentPaths);
    if (!attachments)
        return R::failure(attachments.error());
    QString sections[3] = {in.beforeClass, in.inClass, in.afterClass};
    if (!in.markdownBaseDir.isEmpty())
        for (QString &section : sections) {
            auto linked = m.linkLocalImages(section, in.markdownBaseDir, &attachments.value());
            if (!linked)
                return R::failure(linked.error());
            section = *linked;
        }
    const QString id = newUuid();
    const int position = in.position.value_or(
        m.db.scalar(u"SELECT coalesce(max(position), 0) + 1 FROM lessons WHERE class_id = ?"_s, {in.classId}).toInt());
    QJsonObject fields{{u"title"_s, in.title.trimmed()},
                       {u"summary"_s, in.summary},
                       {u"before_class"_s, sections[0]},
                       {u"in_class"_s, sections[1]},
                       {u"after_class"_s, sections[2]},
                       {u"attachments"_s, Attachment::listToJson(*attachments)},
                       {u"status"_s, statusName(PublicationStatus::Draft)},
                       {u"position"_s, position}};
    if (in.plannedDate.isValid())
        fields.insert(u"planned_date"_s, in.plannedDate.toString(Qt::ISODate));
    Status s = m.db.write([&]() { return m.write(u"lesson"_s, id, in.classId, fields); });
    if (!s)
        return R::failure(s.error());
    return *lesson(id);
}

Result<Lesson> Lessons::updateLesson(const Lesson &edited)
{
    using R = Result<Lesson>;
    const auto stored = lesson(edited.meta.id);
    if (!stored)
        return R::failure(tr("There is no lesson %1 here.").arg(edited.meta.id.left(80)));
    if (Status s = m.requireTeacherOf(stored->meta.classId); !s)
        return R::failure(s.error());
    if (Status s = m.validateTitle(edited.title, tr("lesson")); !s)
        return R::failure(s.error());
    Rows::FieldDiff diff;
    diff(u"title"_s, stored->title, edited.title.trimmed());
    diff(u"summary"_s, stored->summary, edited.summary);
    diff(u"before_class"_s, stored->beforeClass, edited.beforeClass);
    diff(u"in_class"_s, stored->inClass, edited.inClass);
    diff(u"after_class"_s, stored->afterClass, edited.afterClass);
    diff(u"attachments"_s, Attachment::listToJson(stored->attachments), Attachment::listToJson(edited.attachments));
    diff(u"planned_date"_s, stored->plannedDate.toString(Qt::ISODate), edited.plannedDate.toString(Qt::ISODate));
    diff(u"position"_s, stored->position, edited.position);
    diff(u"status"_s, statusName(stored->status), statusName(edited.status));
    if (diff.fields.isEmpty())
        return *stored;
    Status s = m.db.write([&]() { return m.write(u"lesson"_s, stored->meta.id, stored->meta.classId, diff.fields); });
    if (!s)
        return R::failure(s.error());
    return *lesson(stored->meta.id);
}

Result<Lesson> Lessons::attachToLesson(const QString &lessonId, const QStringList &paths)
{
    auto l = lesson(lessonId);
    if (!l)
        return Result<Lesson>::failure(tr("There is no lesson %1 here.").arg(lessonId.left(80)));
    if (Status s = m.requireTeacherOf(l->meta.classId); !s)
        return Result<Lesson>::failure(s.error());
    auto added = m.importAttachments(paths);
    if (!added)
        return Result<Lesson>::failure(added.error());
    for (const Attachment &a : *added) {
        bool known = false;
        for (const Attachment &existing : std::as_const(l->attachments))
            known = known || existing.sha256 == a.sha256;
        if (!known)
            l->attachments.append(a);
    }
    return updateLesson(*l);
}

Result<Lesson> Lessons::publishLesson(const QString &lessonId)
{
    auto l = lesson(lessonId);
    if (!l)
        return Result<Lesson>::failure(tr("There is no lesson %1 here.").arg(lessonId.left(80)));
    l->status = PublicationStatus::Published;
    return updateLesson(*l);
}

Status Lessons::deleteLesson(const QString &lessonId)
{
    const auto l = lesson(lessonId);
    if (!l)
        return Status::failure(tr("There is no lesson %1 here.").arg(lessonId.left(80)));
    if (Status s = m.requireTeacherOf(l->meta.classId); !s)
        return s;
    return m.db.write([&]() { return m.write(u"lesson"_s, lessonId, l->meta.classId, {{u"deleted"_s, true}}); });
}

std::optional<Lesson> Lessons::lesson(const QString &id)
{
    const auto rows = m.selectRows(u"lesson"_s, u"id = ? AND deleted = 0"_s, {id});
    if (rows.isEmpty())
        return std::nullopt;
    Lesson l = lessonFromRow(rows.first());
    if (!m.isMemberOf(l.meta.classId) || (l.status == PublicationStatus::Draft && !m.isTeacherOf(l.meta.classId)))
        return std::nullopt;
    return l;
}

QList<Lesson> Lessons::lessons(const QString &classId)
{
    QList<Lesson> list;
    for (const QJsonObject &r : m.visibleDraftableRows(u"lesson"_s, classId, u"position, title"_s))
        list.append(lessonFromRow(r));
    return list;
}

} // namespace Continuite
