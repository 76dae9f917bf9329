// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "records.h"

#include <QJsonArray>
#include <QLocale>

namespace Continuite::Cli {

using namespace Qt::StringLiterals;

namespace {
QJsonValue iso(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue number(std::optional<double> v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QString statusName(PublicationStatus s)
{
    return s == PublicationStatus::Published ? u"published"_s : u"draft"_s;
}
} // namespace

QJsonObject toJson(const Profile &p)
{
    return {{u"id"_s, p.id}, {u"login"_s, p.login}, {u"display_name"_s, p.displayName}, {u"role"_s, roleName(p.role)},
            {u"has_secret"_s, p.hasSecret}};
}

QJsonObject toJson(const SchoolClass &c)
{
    return {{u"id"_s, c.meta.id}, {u"name"_s, c.name}};
}

QJsonObject toJson(const Member &m)
{
    return {{u"id"_s, m.personId}, {u"member_id"_s, m.meta.id}, {u"class_id"_s, m.meta.classId}, {u"login"_s, m.login},
            {u"display_name"_s, m.displayName}, {u"role"_s, roleName(m.role)}};
}

QJsonObject toJson(const Lesson &l, bool withSections)
{
    QJsonObject o{{u"id"_s, l.meta.id},
                  {u"class_id"_s, l.meta.classId},
                  {u"title"_s, l.title},
                  {u"status"_s, statusName(l.status)},
                  {u"planned_date"_s, l.plannedDate.isValid() ? QJsonValue(l.plannedDate.toString(Qt::ISODate)) : QJsonValue()},
                  {u"position"_s, l.position},
                  {u"attachments"_s, Attachment::listToJson(l.attachments)}};
    if (withSections) {
        o.insert(u"summary"_s, l.summary);
        o.insert(u"before_class"_s, l.beforeClass);
        o.insert(u"in_class"_s, l.inClass);
        o.insert(u"after_class"_s, l.afterClass);
    }
    return o;
}

QJsonObject toJson(const Assignment &a, bool withKey)
{
    QJsonObject o{{u"id"_s, a.meta.id},
                  {u"class_id"_s, a.meta.classId},
                  {u"lesson_id"_s, a.lessonId.isEmpty() ? QJsonValue() : QJsonValue(a.lessonId)},
                  {u"title"_s, a.title},
                  {u"instructions"_s, a.instructions},
                  {u"due"_s, iso(a.due)},
                  {u"type"_s, assignmentTypeName(a.type)},
                  {u"status"_s, statusName(a.status)},
                  {u"attachments"_s, Attachment::listToJson(a.attachments)}};
    if (a.type == AssignmentType::Quiz) {
        QJsonObject quiz = a.quiz.toJson();
        if (!withKey) {
            // A student sees the questions, not the answers.
            QJsonArray questions;
            for (const QJsonValue &q : quiz.value(u"questions"_s).toArray()) {
                QJsonObject question = q.toObject();
                question.remove(u"correct"_s);
                question.remove(u"accepted"_s);
                questions.append(question);
            }
            quiz.insert(u"questions"_s, questions);
        }
        o.insert(u"quiz"_s, quiz);
        o.insert(u"max_score"_s, a.quiz.maxScore());
        o.insert(u"answers_shown"_s, AnswerKey::name(a.answersShown));
    }
    return o;
}

QJsonObject toJson(const Submission &s)
{
    return {{u"id"_s, s.meta.id},
            {u"assignment_id"_s, s.assignmentId},
            {u"student"_s, s.studentId},
            {u"version"_s, s.version},
            {u"text"_s, s.text},
            {u"answers"_s, s.answers},
            {u"attachments"_s, Attachment::listToJson(s.attachments)},
            {u"device_time"_s, iso(s.deviceTime)},
            {u"received_time"_s, iso(s.receivedTime)},
            {u"auto_score"_s, number(s.autoScore)},
            {u"max_score"_s, number(s.maxScore)}};
}

QJsonObject toJson(const Feedback &f)
{
    return {{u"id"_s, f.meta.id}, {u"submission_id"_s, f.submissionId}, {u"student"_s, f.studentId}, {u"comment"_s, f.comment},
            {u"score"_s, number(f.score)}};
}

QJsonObject toJson(const Progress &p)
{
    return {{u"lesson_id"_s, p.lessonId}, {u"student"_s, p.studentId}, {u"opened_at"_s, iso(p.openedAt)},
            {u"completed"_s, p.completed}, {u"completed_at"_s, iso(p.completedAt)}, {u"seconds_spent"_s, double(p.secondsSpent)}};
}

QString humanSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString humanDate(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : u"—"_s;
}

QString humanScore(std::optional<double> score, std::optional<double> max)
{
    if (!score)
        return u"—"_s;
    QString text = QLocale().toString(*score, 'g', 4);
    if (max)
        text += u'/' + QLocale().toString(*max, 'g', 4);
    return text;
}

QString indented(const QString &text, int spaces)
{
    const QString pad(spaces, u' ');
    QStringList lines = text.split(u'\n');
    for (QString &line : lines)
        if (!line.isEmpty())
            line.prepend(pad);
    return lines.join(u'\n');
}

} // namespace Continuite::Cli
