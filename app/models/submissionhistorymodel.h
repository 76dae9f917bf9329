// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "content/records.h"
#include "workstates.h"

#include <QAbstractListModel>
#include <QSet>
#include <QtQml/qqmlregistration.h>

namespace Continuite {
class Store;
}

/**
 * @brief The versions of the current student's work on one assignment, newest first: when each was handed
 * in, whether it has reached the hub (waiting to be sent, sent, refused with the reason), its files, and
 * the teacher's feedback and score. Every version is kept; a resubmission adds one.
 *
 * Filled by AnswerController; QML only reads it.
 */
class SubmissionHistoryModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("SubmissionHistoryModel comes from an AnswerController.")

    Q_PROPERTY(int count READ count NOTIFY countChanged)
    /// How many versions still wait to be sent (shown until the hub acknowledges them).
    Q_PROPERTY(int waitingCount READ waitingCount NOTIFY countChanged)

public:
    enum Roles {
        SubmissionIdRole = Qt::UserRole, ///< QString: the version's id
        VersionRole,                     ///< int: 1-based, oldest is 1
        HandedInTextRole,                ///< QString: when it was handed in on this device, local time, for people
        ReceivedTextRole,                ///< QString: when the hub received it, or empty
        DeliveryRole,                    ///< WorkStates::Delivery
        DeliveryTextRole,                ///< QString: that in words, translated
        ReasonRole,                      ///< QString: the hub's reason when refused, else empty
        TextRole,                        ///< QString: the written answer
        FileNamesRole,                   ///< QStringList: the attached files' names
        AnswerCountRole,                 ///< int: quiz questions answered
        AutoScoreTextRole,               ///< QString: the quiz's automatic score ("5 / 8"), or empty
        FeedbackRole,                    ///< QString: the teacher's comments, oldest first, or empty
        ScoreTextRole,                   ///< QString: the teacher's latest score ("14 / 20"), else the automatic one, or empty
        IsLatestRole,                    ///< bool: the most recent version
        ScoreToneRole,                   ///< WorkStates::ScoreTone: good (half the points or more), low (less), or no score
        NewFeedbackRole,                 ///< QString: "New comment from Mme Martin" while it is first read, else empty
        FeedbackAuthorRole,              ///< QString: who wrote the comment ("Mme Martin"), or empty
    };
    Q_ENUM(Roles)

    explicit SubmissionHistoryModel(QObject *parent = nullptr);

    /// Shows @p versions (oldest first, as the store gives them) with their delivery and feedback from @p store.
    /// Comments not read yet are marked new (for as long as this model shows them) and remembered as read in
    /// @p dataDir's personal marks; returns whether any was.
    bool setVersions(const QList<Continuite::Submission> &versions, Continuite::Store *store, const QString &dataDir = {});
    int count() const { return int(m_rows.size()); }
    int waitingCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    struct Row
    {
        Continuite::Submission submission;
        WorkStates::Delivery delivery = WorkStates::NothingHandedIn;
        QString reason;
        QString feedback;
        QString author;
        bool newFeedback = false;
        std::optional<double> teacherScore;
        std::optional<double> scale; ///< what the score is out of: the version's quiz points, else the assignment's scale
    };
    QList<Row> m_rows;
    QSet<QString> m_shownNew; ///< submissions whose comment was new when first shown here
};
