// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "content/records.h"
#include "content/result.h"

#include <QCoreApplication>

#include <optional>

namespace Continuite {

class StoreContext;

/// @brief A class's lessons: written as drafts by its teachers, published to its students, in sequence order.
class Lessons
{
    Q_DECLARE_TR_FUNCTIONS(Store)
public:
    struct LessonInput
    {
        QString classId;
        QString title;
        QString summary;
        QString beforeClass;
        QString inClass;
        QString afterClass;
        QStringList attachmentPaths; ///< files copied into the media store, in this order
        QString markdownBaseDir;     ///< when set, images the Markdown links by relative path are attached
        QDate plannedDate;
        std::optional<int> position; ///< appended at the end of the sequence when absent
    };

    explicit Lessons(StoreContext &context) : m(context) {}

    Result<Lesson> createLesson(const LessonInput &input);
    /// Writes only the fields that differ from the stored lesson (per-field merge keeps others' edits).
    Result<Lesson> updateLesson(const Lesson &edited);
    Result<Lesson> attachToLesson(const QString &lessonId, const QStringList &paths);
    Result<Lesson> publishLesson(const QString &lessonId);
    Status deleteLesson(const QString &lessonId);
    std::optional<Lesson> lesson(const QString &id);
    /// Lessons the current person may see, in sequence order (drafts only for teachers).
    QList<Lesson> lessons(const QString &classId = {});

private:
    StoreContext &m;
};

} // namespace Continuite
