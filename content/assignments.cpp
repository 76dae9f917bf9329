// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "content/assignments.h"

#include "content/lessons.h"
#include "content/rows.h"
#include "content/storecontext.h"

namespace Continuite {

using namespace Qt::StringLiterals;
using Rows::assignmentFromRow;
using Rows::iso;
using Rows::statusName;

Status Assignments::checkLesson(const QString &lessonId, const QString &classId)
{
    const auto l = m_lessons.lesson(lessonId);
    if (!l || l->meta.classId != classId)
        return Status::failure(tr("There is no lesson %1 in this class.").arg(lessonId.left(80)));
    return success();
}

Result<Assignment> Assignments::createAssignment(const AssignmentInput &in)
{
    using R = Result<Assignment>;
    if (Status s = m.requireTeacherOf(in.classId); !s)
        return R::failure(s.error());
    if (Status s = m.validateTitle(in.title, tr("assignment")); !s)
        return R::failure(s.error());
    if (Status s = in.lessonId.isEmpty() ? success() : checkLesson(in.lessonId, in.classId); !s)
        return R::failure(s.error());
    if (in.type == AssignmentType::Quiz && in.quiz.isEmpty())
        return R::failure(tr("A quiz assignment needs questions (--quiz FILE)."));
    if (in.type == AssignmentType::Quiz && !in.quiz.hasKey())
        return R::failure(tr("Each quiz question needs its right answers."));
    const AnswersShown answersShown = in.answersShown.value_or(AnswerKey::defaultFor(in.due));
    if (Status s = validateAnswersShown(in.type, answersShown, in.due); !s)
        return R::failure(s.error());
    auto attachments = m.importAttachments(in.attachmentPaths);
    if (!attachments)
        return R::failure(attachments.error());
    QString instructions = in.instructions;
    if (!in.markdownBaseDir.isEmpty()) {
        auto linked = m.linkLocalImages(instructions, in.markdownBaseDir, &attachments.value());
        if (!linked)
            return R::failure(linked.error());
        instructions = *linked;
    }
    const QString id = newUuid();
    QJsonObject fields{{u"title"_s, in.title.trimmed()},
                       {u"instructions"_s, instructions},
                       {u"type"_s, assignmentTypeName(in.type)},
                       {u"attachments"_s, Attachment::listToJson(*attachments)},
                       {u"status"_s, statusName(PublicationStatus::Draft)}};
    if (!in.lessonId.isEmpty())
        fields.insert(u"lesson_id"_s, in.lessonId);
    if (in.due.isValid())
        fields.insert(u"due"_s, iso(in.due));
    if (in.type == AssignmentType::Quiz) {
        // The questions go with the assignment; the right answers in their own row, which students get only
        // when the teacher's choice allows it.
        fields.insert(u"quiz"_s, AnswerKey::questionsOnly(in.quiz.toJson()));
        fields.insert(u"answers_shown"_s, AnswerKey::name(answersShown));
    }
    Status s = m.db.write([&]() -> Status {
        if (Status w = m.write(u"assignment"_s, id, in.classId, fields); !w)
            return w;
        if (in.type != AssignmentType::Quiz)
            return success();
        return m.write(u"answer_key"_s, AnswerKey::rowId(id, in.classId), in.classId,
                       {{u"assignment_id"_s, id}, {u"answers"_s, AnswerKey::keyOf(in.quiz.toJson())}});
    });
    if (!s)
        return R::failure(s.error());
    return *assignment(id);
}

Result<Assignment> Assignments::updateAssignment(const Assignment &edited)
{
    using R = Result<Assignment>;
    const auto stored = assignment(edited.meta.id);
    if (!stored)
        return R::failure(tr("There is no assignment %1 here.").arg(edited.meta.id.left(80)));
    if (Status s = m.requireTeacherOf(stored->meta.classId); !s)
        return R::failure(s.error());
    if (Status s = m.validateTitle(edited.title, tr("assignment")); !s)
        return R::failure(s.error());
    if (!edited.lessonId.isEmpty() && edited.lessonId != stored->lessonId)
        if (Status s = checkLesson(edited.lessonId, stored->meta.classId); !s)
            return R::failure(s.error());
    if (edited.type == AssignmentType::Quiz && edited.quiz.isEmpty())
        return R::failure(tr("A quiz assignment needs questions (--quiz FILE)."));
    if (edited.type == AssignmentType::Quiz) {
        QString why;
        if (!Quiz::fromJson(edited.quiz.toJson(), &why))
            return R::failure(why);
    }
    if (Status s = validateAnswersShown(edited.type, edited.answersShown, edited.due); !s)
        return R::failure(s.error());
    Rows::FieldDiff diff;
    diff(u"title"_s, stored->title, edited.title.trimmed());
    diff(u"instructions"_s, stored->instructions, edited.instructions);
    diff(u"lesson_id"_s, stored->lessonId, edited.lessonId);
    diff(u"due"_s, iso(stored->due), iso(edited.due));
    diff(u"type"_s, assignmentTypeName(stored->type), assignmentTypeName(edited.type));
    const bool quiz = edited.type == AssignmentType::Quiz;
    diff(u"quiz"_s, stored->type == AssignmentType::Quiz ? QJsonValue(AnswerKey::questionsOnly(stored->quiz.toJson())) : QJsonValue(),
         quiz ? QJsonValue(AnswerKey::questionsOnly(edited.quiz.toJson())) : QJsonValue());
    diff(u"answers_shown"_s, stored->type == AssignmentType::Quiz ? AnswerKey::name(stored->answersShown) : QString(),
         quiz ? AnswerKey::name(edited.answersShown) : QString());
    const QJsonObject key = quiz ? AnswerKey::keyOf(edited.quiz.toJson()) : QJsonObject();
    const QString keyRow = AnswerKey::rowId(stored->meta.id, stored->meta.classId);
    const bool keyChanged = quiz && key != m.selectRows(u"answer_key"_s, u"id = ?"_s, {keyRow}).value(0).value(u"answers"_s).toObject();
    diff(u"attachments"_s, Attachment::listToJson(stored->attachments), Attachment::listToJson(edited.attachments));
    diff(u"status"_s, statusName(stored->status), statusName(edited.status));
    if (diff.fields.isEmpty() && !keyChanged)
        return *stored;
    Status s = m.db.write([&]() -> Status {
        if (!diff.fields.isEmpty())
            if (Status w = m.write(u"assignment"_s, stored->meta.id, stored->meta.classId, diff.fields); !w)
                return w;
        if (!keyChanged)
            return success();
        return m.write(u"answer_key"_s, keyRow, stored->meta.classId, {{u"assignment_id"_s, stored->meta.id}, {u"answers"_s, key}});
    });
    if (!s)
        return R::failure(s.error());
    return *assignment(stored->meta.id);
}

Status Assignments::validateAnswersShown(AssignmentType type, AnswersShown mode, const QDateTime &due)
{
    if (type == AssignmentType::Quiz && mode == AnswersShown::AfterDue && !due.isValid())
        return Status::failure(tr("The answers cannot be shown after the due date: there is none. Set a due date or "
                                  "choose when the answers are shown (--answers-shown after-submit, never or practice)."));
    return success();
}

bool Assignments::mayReadAnswerKey(const Assignment &a)
{
    if (m.isTeacherOf(a.meta.classId))
        return true;
    if (!m.current || a.type != AssignmentType::Quiz)
        return false;
    const bool handedIn = m.db.scalar(u"SELECT 1 FROM submissions WHERE assignment_id = ? AND student = ? LIMIT 1"_s,
                                      {a.meta.id, m.current->id}).isValid();
    return AnswerKey::released(a.answersShown, a.due, handedIn, QDateTime::fromMSecsSinceEpoch(m.nowMillis(), Qt::UTC));
}

Assignment Assignments::withAnswerKey(Assignment a)
{
    if (a.type != AssignmentType::Quiz)
        return a;
    if (!mayReadAnswerKey(a)) {
        a.quiz.forgetKey(); // a quiz row from before the key had its own row may still carry it
        return a;
    }
    const auto key = m.selectRows(u"answer_key"_s, u"id = ? AND deleted = 0"_s, {AnswerKey::rowId(a.meta.id, a.meta.classId)});
    if (!key.isEmpty())
        a.quiz = Quiz::fromStored(AnswerKey::questionsOnly(a.quiz.toJson()), key.first().value(u"answers"_s).toObject());
    return a;
}

Result<Assignment> Assignments::publishAssignment(const QString &assignmentId)
{
    using R = Result<Assignment>;
    const auto a = assignment(assignmentId);
    if (!a)
        return R::failure(tr("There is no assignment %1 here.").arg(assignmentId.left(80)));
    if (Status s = m.requireTeacherOf(a->meta.classId); !s)
        return R::failure(s.error());
    if (a->status == PublicationStatus::Published)
        return *a;
    Status s = m.db.write([&]() {
        return m.write(u"assignment"_s, assignmentId, a->meta.classId, {{u"status"_s, statusName(PublicationStatus::Published)}});
    });
    if (!s)
        return R::failure(s.error());
    return *assignment(assignmentId);
}

Status Assignments::deleteAssignment(const QString &assignmentId)
{
    const auto a = assignment(assignmentId);
    if (!a)
        return Status::failure(tr("There is no assignment %1 here.").arg(assignmentId.left(80)));
    if (Status s = m.requireTeacherOf(a->meta.classId); !s)
        return s;
    return m.db.write([&]() { return m.write(u"assignment"_s, assignmentId, a->meta.classId, {{u"deleted"_s, true}}); });
}

std::optional<Assignment> Assignments::assignment(const QString &id, bool includeDeleted)
{
    const auto rows = m.selectRows(u"assignment"_s, includeDeleted ? u"id = ?"_s : u"id = ? AND deleted = 0"_s, {id});
    if (rows.isEmpty())
        return std::nullopt;
    Assignment a = assignmentFromRow(rows.first());
    if (!m.isMemberOf(a.meta.classId) || (a.status == PublicationStatus::Draft && !m.isTeacherOf(a.meta.classId)))
        return std::nullopt;
    return withAnswerKey(a);
}

QList<Assignment> Assignments::assignments(const QString &classId)
{
    QList<Assignment> list;
    for (const QJsonObject &r : m.visibleDraftableRows(u"assignment"_s, classId, u"coalesce(due, '9999'), title"_s))
        list.append(withAnswerKey(assignmentFromRow(r)));
    return list;
}

} // namespace Continuite
