// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "content/records.h"
#include "content/result.h"

#include <QCoreApplication>

#include <optional>

namespace Continuite {

class Lessons;
class StoreContext;

/// @brief A class's assignments, and a quiz's answer key: kept in its own row, read only by whom it is released to.
class Assignments
{
    Q_DECLARE_TR_FUNCTIONS(Store)
public:
    struct AssignmentInput
    {
        QString classId;
        QString lessonId;
        QString title;
        QString instructions;
        QDateTime due;
        AssignmentType type = AssignmentType::Text;
        Quiz quiz;
        /// When students get the quiz's right answers; by default after the due date, or after handing in with none.
        std::optional<AnswersShown> answersShown;
        QStringList attachmentPaths;
        QString markdownBaseDir;
    };

    Assignments(StoreContext &context, Lessons &lessons) : m(context), m_lessons(lessons) {}

    Result<Assignment> createAssignment(const AssignmentInput &input);
    /// Writes only the fields of a draft (or published) assignment that differ from the stored one, so a
    /// co-teacher's edit of another field is kept. Title, lesson and quiz are checked as on creation.
    Result<Assignment> updateAssignment(const Assignment &edited);
    Result<Assignment> publishAssignment(const QString &assignmentId);
    Status deleteAssignment(const QString &assignmentId);
    std::optional<Assignment> assignment(const QString &id, bool includeDeleted = false);
    QList<Assignment> assignments(const QString &classId = {});

private:
    /// The lesson an assignment names is one of its class's; an error when not.
    Status checkLesson(const QString &lessonId, const QString &classId);
    static Status validateAnswersShown(AssignmentType type, AnswersShown mode, const QDateTime &due);
    /// A teacher of the class always; a student once the teacher's choice releases the answers to them.
    bool mayReadAnswerKey(const Assignment &assignment);
    /// @p assignment with its quiz's answer key when the current person may read it, without it otherwise.
    Assignment withAnswerKey(Assignment assignment);

    StoreContext &m;
    Lessons &m_lessons;
};

} // namespace Continuite
