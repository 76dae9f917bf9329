// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "submissionhistorymodel.h"

#include "content/scorescale.h"
#include "content/store.h"
#include "personalmarks.h"
#include "todomodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;
using Continuite::Store;

SubmissionHistoryModel::SubmissionHistoryModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

bool SubmissionHistoryModel::setVersions(const QList<Continuite::Submission> &versions, Store *store, const QString &dataDir)
{
    QList<Row> rows;
    bool markedSeen = false;
    PersonalMarks marks(dataDir);
    const QString person = store && store->current() ? store->current()->id : QString();
    std::optional<double> scale;
    if (store && !versions.isEmpty())
        if (const auto a = store->assignment(versions.first().assignmentId))
            scale = Continuite::scoreScale(*a);
    for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
        Row row;
        row.submission = *it;
        row.scale = it->maxScore ? it->maxScore : scale;
        if (store) {
            const Store::Delivery d = store->delivery(*it);
            row.delivery = WorkStates::delivery(d.state);
            row.reason = d.reason;
            QStringList comments;
            for (const Continuite::Feedback &f : store->feedback(it->meta.id)) {
                if (!f.comment.trimmed().isEmpty()) {
                    comments << f.comment.trimmed();
                    for (const Continuite::Member &m : store->members(f.meta.classId))
                        if (m.personId == f.meta.author)
                            row.author = m.displayName;
                    if (!dataDir.isEmpty() && !person.isEmpty() && !marks.feedbackSeen(person, f.meta.id, f.meta.hlc)) {
                        marks.markFeedbackSeen(person, f.meta.id, f.meta.hlc);
                        m_shownNew.insert(it->meta.id);
                        markedSeen = true;
                    }
                }
                if (f.score)
                    row.teacherScore = f.score;
            }
            row.feedback = comments.join(u"\n\n"_s);
            row.newFeedback = m_shownNew.contains(it->meta.id);
        }
        rows.append(row);
    }
    const int before = count();
    const int waitingBefore = waitingCount();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (before != count() || waitingBefore != waitingCount())
        Q_EMIT countChanged();
    return markedSeen;
}

int SubmissionHistoryModel::waitingCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const Row &r) { return r.delivery == WorkStates::Waiting; }));
}

int SubmissionHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant SubmissionHistoryModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Row &row = m_rows.at(index.row());
    const Continuite::Submission &s = row.submission;
    const QLocale locale;
    switch (role) {
    case SubmissionIdRole:
        return s.meta.id;
    case Qt::DisplayRole:
    case VersionRole:
        return s.version;
    case HandedInTextRole:
        return s.deviceTime.isValid() ? TodoModel::dueText(s.deviceTime) : QString();
    case ReceivedTextRole:
        return s.receivedTime.isValid() ? TodoModel::dueText(s.receivedTime) : QString();
    case DeliveryRole:
        return row.delivery;
    case DeliveryTextRole:
        return WorkStates::deliveryText(row.delivery);
    case ReasonRole:
        return row.reason;
    case TextRole:
        return s.text;
    case FileNamesRole: {
        QStringList names;
        for (const Continuite::Attachment &a : s.attachments)
            names << a.name;
        return names;
    }
    case AnswerCountRole:
        return int(s.answers.size());
    case AutoScoreTextRole:
        return TodoModel::scoreText(s.autoScore, s.maxScore);
    case FeedbackRole:
        return row.feedback;
    case ScoreTextRole:
        return TodoModel::scoreText(row.teacherScore ? row.teacherScore : s.autoScore, row.scale);
    case IsLatestRole:
        return index.row() == 0;
    case NewFeedbackRole:
        return row.newFeedback ? tr("New comment from %1").arg(row.author.isEmpty() ? TodoModel::tr("your teacher") : row.author) : QString();
    case FeedbackAuthorRole:
        return row.author;
    case ScoreToneRole: {
        // A low score is not shown in the colour of success.
        const std::optional<double> score = row.teacherScore ? row.teacherScore : s.autoScore;
        return WorkStates::scoreTone(score, row.scale);
    }
    }
    return {};
}

QHash<int, QByteArray> SubmissionHistoryModel::roleNames() const
{
    return {
        {SubmissionIdRole, "submissionId"},
        {VersionRole, "version"},
        {HandedInTextRole, "handedInText"},
        {ReceivedTextRole, "receivedText"},
        {DeliveryRole, "delivery"},
        {DeliveryTextRole, "deliveryText"},
        {ReasonRole, "reason"},
        {TextRole, "text"},
        {FileNamesRole, "fileNames"},
        {AnswerCountRole, "answerCount"},
        {AutoScoreTextRole, "autoScoreText"},
        {FeedbackRole, "feedback"},
        {ScoreTextRole, "scoreText"},
        {IsLatestRole, "isLatest"},
        {ScoreToneRole, "scoreTone"},
        {NewFeedbackRole, "newFeedback"},
        {FeedbackAuthorRole, "feedbackAuthor"},
    };
}
