// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "content/progresslog.h"

#include "content/lessons.h"
#include "content/rows.h"
#include "content/storecontext.h"

namespace Continuite {

using namespace Qt::StringLiterals;
using Rows::iso;
using Rows::progressFromRow;

Result<Progress> ProgressLog::recordProgress(const QString &lessonId, bool completed, qint64 secondsSpent)
{
    using R = Result<Progress>;
    if (Status s = m.requireCurrent(); !s)
        return R::failure(s.error());
    if (m.current->role != Role::Student)
        return R::failure(tr("Progress is recorded for students."));
    const auto l = m_lessons.lesson(lessonId);
    if (!l)
        return R::failure(tr("There is no lesson %1 for you here.").arg(lessonId.left(80)));
    if (secondsSpent < 0 || secondsSpent > 24 * 3600)
        return R::failure(tr("Time spent must be between 0 and 24 hours."));
    const QString id = derivedUuid(m.current->id, lessonId);
    const auto before = progress(lessonId);
    const QString now = iso(QDateTime::currentDateTimeUtc());
    QJsonObject fields{{u"lesson_id"_s, lessonId},
                       {u"student"_s, m.current->id},
                       {u"opened_at"_s, before && before->openedAt.isValid() ? iso(before->openedAt) : now},
                       {u"completed"_s, completed || (before && before->completed)},
                       {u"seconds_spent"_s, double((before ? before->secondsSpent : 0) + secondsSpent)}};
    if (completed && !(before && before->completedAt.isValid()))
        fields.insert(u"completed_at"_s, now);
    Status s = m.db.write([&]() { return m.write(u"progress"_s, id, l->meta.classId, fields); });
    if (!s)
        return R::failure(s.error());
    return *progress(lessonId);
}

std::optional<Progress> ProgressLog::progress(const QString &lessonId, const QString &studentId)
{
    if (!m.current)
        return std::nullopt;
    const QString student = studentId.isEmpty() ? m.current->id : studentId;
    const auto rows = m.selectRows(u"progress"_s, u"id = ?"_s, {derivedUuid(student, lessonId)});
    if (rows.isEmpty())
        return std::nullopt;
    Progress p = progressFromRow(rows.first());
    if (p.studentId != m.current->id && !m.isTeacherOf(p.meta.classId))
        return std::nullopt;
    return p;
}

QList<Progress> ProgressLog::classProgress(const QString &classId)
{
    QList<Progress> list;
    if (!m.isTeacherOf(classId))
        return list;
    for (const QJsonObject &r : m.selectRows(u"progress"_s, u"class_id = ?"_s, {classId}, u"student, lesson_id"_s))
        list.append(progressFromRow(r));
    return list;
}

} // namespace Continuite
