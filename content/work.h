// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "content/records.h"
#include "content/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>

#include <optional>

namespace Continuite {

class Assignments;
class StoreContext;

/// @brief Students' work and their teachers' feedback: versions handed in, graded here, and where each one stands.
class Work
{
    Q_DECLARE_TR_FUNCTIONS(Store)
public:
    struct SubmissionInput
    {
        QString assignmentId;
        QString text;
        QJsonObject answers;
        QStringList attachmentPaths;
    };
    /// How far a version of work has got on its way to the hub.
    struct Delivery
    {
        enum class State {
            Waiting,  ///< written here, in the outbox: not yet acknowledged by the hub
            Sent,     ///< the hub has it (acknowledged, or it came from the hub)
            Rejected, ///< the hub refused it; kept here with the reason
        };
        State state = State::Waiting;
        QString reason; ///< the hub's reason when rejected
    };

    Work(StoreContext &context, Assignments &assignments) : m(context), m_assignments(assignments) {}

    /**
     * A student submits: a new version, never replacing an earlier one. Quizzes are graded here.
     * @p keptAttachments are files already on this device (an earlier version's) handed in again as they are.
     */
    Result<Submission> submit(const SubmissionInput &input, const QList<Attachment> &keptAttachments = {});
    /// Versions of an assignment the current person may see (a student: their own), oldest first.
    QList<Submission> submissions(const QString &assignmentId, const QString &studentId = {});
    std::optional<Submission> submission(const QString &id);
    Delivery delivery(const Submission &submission);
    Result<Feedback> giveFeedback(const QString &submissionId, const QString &comment, std::optional<double> score);
    QList<Feedback> feedback(const QString &submissionId);
    /// The versions of an assignment that have a teacher's feedback, among those the current person may read.
    QSet<QString> reviewed(const QString &assignmentId);

private:
    /// Whether the current person may read @p studentId's work on @p assignment: the class's teachers and the pupil.
    bool mayRead(const Assignment &assignment, const QString &studentId);

    StoreContext &m;
    Assignments &m_assignments;
};

} // namespace Continuite
