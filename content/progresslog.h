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

/// @brief How far each student has got with each lesson: opened, completed, time spent (merged monotonically).
class ProgressLog
{
    Q_DECLARE_TR_FUNCTIONS(Store)
public:
    ProgressLog(StoreContext &context, Lessons &lessons) : m(context), m_lessons(lessons) {}

    /// Marks a lesson opened / completed and adds time spent, for the current student.
    Result<Progress> recordProgress(const QString &lessonId, bool completed, qint64 secondsSpent);
    std::optional<Progress> progress(const QString &lessonId, const QString &studentId = {});
    QList<Progress> classProgress(const QString &classId);

private:
    StoreContext &m;
    Lessons &m_lessons;
};

} // namespace Continuite
