// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Continuite {

/// When a quiz's right answers reach the students' devices: the teacher chooses it per assignment.
enum class AnswersShown {
    AfterSubmit, ///< to each student once they have handed in a version
    AfterDue,    ///< to every student once the due date has passed (never without a due date)
    Never,       ///< only the teacher has them
    Practice,    ///< with the questions: the student's device marks each answer at once (nothing is at stake)
};

/**
 * @brief The rules of a quiz's answer key, shared by the device's store, the hub and the packs.
 *
 * The key ({"q1": [1], "q2": ["3/4"]}: right choices, accepted short answers) lives in its own row,
 * kind "answer_key", apart from the questions the students read; the hub and the pack exporter send it
 * to a student only when released() says so. See SECURITY.md, "Quiz answers and scores".
 */
namespace AnswerKey {

QString name(AnswersShown mode);                         ///< "after-submit", "after-due", "never", "practice"
std::optional<AnswersShown> fromName(QStringView name);
/// What an assignment row without the field means (rows written before the choice existed).
constexpr AnswersShown DefaultMode = AnswersShown::AfterDue;
AnswersShown modeOf(const QJsonObject &assignmentFields);
/// What a new quiz gets when the teacher does not choose: after the due date, or after handing in when there is none.
AnswersShown defaultFor(const QDateTime &due);

/// The id of the answer key row of @p assignmentId: the same on every device without talking.
QString rowId(const QString &assignmentId, const QString &classId);

/// Whether a student may have the answers now: @p handedIn is true once they handed in a version.
bool released(AnswersShown mode, const QDateTime &due, bool handedIn, const QDateTime &now);

/// The questions of a quiz as students may read them: without "correct" and "accepted" (a choice question says
/// "multiple" instead, so the device knows to offer boxes rather than buttons).
QJsonObject questionsOnly(const QJsonObject &quiz);
/// The key of a quiz written with its answers (a teacher's quiz file): {"q1": [1], "q2": ["3/4"]}.
QJsonObject keyOf(const QJsonObject &quiz);
/// @p questions with the key put back in, as a teacher's quiz file has them.
QJsonObject withKey(const QJsonObject &questions, const QJsonObject &key);
/// True when @p quiz carries any answer (a quiz row written before the key had its own row).
bool carriesKey(const QJsonObject &quiz);

} // namespace AnswerKey
} // namespace Continuite
