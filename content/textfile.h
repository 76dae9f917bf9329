// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "content/result.h"

#include <QString>

namespace Continuite {

/// Reads a teacher's text file (Markdown, a quiz): refuses a missing, unreadable, too large or
/// non-UTF-8 file with a message that says which and what to do.
Result<QString> readUtf8File(const QString &path, qint64 maxBytes = 512 * 1024);

/// The three sections of a flipped-classroom lesson, and the summary above them.
struct LessonSections
{
    QString title;   ///< from a leading "# Title" line, if any
    QString summary;
    QString beforeClass;
    QString inClass;
    QString afterClass;
};

/**
 * Splits a lesson's Markdown at its level-2 headings "Avant la classe" / "Before class", "En classe" /
 * "In class", "Après la classe" / "After class" (case and accents as written by people). Text above the
 * first of them is the summary. Without those headings the whole text is the "before class" part.
 */
LessonSections splitLessonMarkdown(const QString &markdown);

} // namespace Continuite
