// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "content/rows.h"

namespace Continuite::Rows {

using namespace Qt::StringLiterals;

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QDateTime fromIso(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t.toUTC();
}

std::optional<double> optionalNumber(const QJsonValue &v)
{
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

QString statusName(PublicationStatus status)
{
    return status == PublicationStatus::Published ? u"published"_s : u"draft"_s;
}

namespace {
PublicationStatus statusOf(const QJsonObject &r)
{
    return r.value(u"status"_s).toString() == u"published" ? PublicationStatus::Published : PublicationStatus::Draft;
}
} // namespace

RowMeta metaOf(const QJsonObject &row)
{
    return {row.value(u"id"_s).toString(), row.value(u"class_id"_s).toString(), row.value(u"hlc"_s).toString(),
            row.value(u"author"_s).toString(), row.value(u"deleted"_s).toBool()};
}

SchoolClass classFromRow(const QJsonObject &r)
{
    return {metaOf(r), r.value(u"name"_s).toString()};
}

Member memberFromRow(const QJsonObject &r)
{
    return {metaOf(r), r.value(u"person"_s).toString(), roleFromName(r.value(u"role"_s).toString()).value_or(Role::Student),
            r.value(u"display_name"_s).toString(), r.value(u"login"_s).toString()};
}

Lesson lessonFromRow(const QJsonObject &r)
{
    Lesson l;
    l.meta = metaOf(r);
    l.title = r.value(u"title"_s).toString();
    l.summary = r.value(u"summary"_s).toString();
    l.beforeClass = r.value(u"before_class"_s).toString();
    l.inClass = r.value(u"in_class"_s).toString();
    l.afterClass = r.value(u"after_class"_s).toString();
    l.attachments = Attachment::listFromJson(r.value(u"attachments"_s).toArray());
    l.status = statusOf(r);
    l.plannedDate = QDate::fromString(r.value(u"planned_date"_s).toString(), Qt::ISODate);
    l.position = r.value(u"position"_s).toInt();
    return l;
}

Assignment assignmentFromRow(const QJsonObject &r)
{
    Assignment a;
    a.meta = metaOf(r);
    a.lessonId = r.value(u"lesson_id"_s).toString();
    a.title = r.value(u"title"_s).toString();
    a.instructions = r.value(u"instructions"_s).toString();
    a.due = fromIso(r.value(u"due"_s).toString());
    a.type = assignmentTypeFromName(r.value(u"type"_s).toString()).value_or(AssignmentType::Text);
    if (r.value(u"quiz"_s).isObject())
        a.quiz = Quiz::fromStored(r.value(u"quiz"_s).toObject(), {});
    a.answersShown = AnswerKey::modeOf(r);
    a.attachments = Attachment::listFromJson(r.value(u"attachments"_s).toArray());
    a.status = statusOf(r);
    return a;
}

Submission submissionFromRow(const QJsonObject &r)
{
    Submission s;
    s.meta = metaOf(r);
    s.assignmentId = r.value(u"assignment_id"_s).toString();
    s.studentId = r.value(u"student"_s).toString();
    s.text = r.value(u"text"_s).toString();
    s.answers = r.value(u"answers"_s).toObject();
    s.attachments = Attachment::listFromJson(r.value(u"attachments"_s).toArray());
    s.deviceTime = fromIso(r.value(u"device_time"_s).toString());
    s.receivedTime = fromIso(r.value(u"received_at"_s).toString());
    s.autoScore = optionalNumber(r.value(u"auto_score"_s));
    s.maxScore = optionalNumber(r.value(u"max_score"_s));
    return s;
}

Feedback feedbackFromRow(const QJsonObject &r)
{
    return {metaOf(r), r.value(u"submission_id"_s).toString(), r.value(u"student"_s).toString(),
            r.value(u"comment"_s).toString(), optionalNumber(r.value(u"score"_s))};
}

Progress progressFromRow(const QJsonObject &r)
{
    Progress p;
    p.meta = metaOf(r);
    p.lessonId = r.value(u"lesson_id"_s).toString();
    p.studentId = r.value(u"student"_s).toString();
    p.openedAt = fromIso(r.value(u"opened_at"_s).toString());
    p.completed = r.value(u"completed"_s).toBool();
    p.completedAt = fromIso(r.value(u"completed_at"_s).toString());
    p.secondsSpent = qint64(r.value(u"seconds_spent"_s).toDouble());
    return p;
}

} // namespace Continuite::Rows
