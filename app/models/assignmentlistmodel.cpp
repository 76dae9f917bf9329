// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "assignmentlistmodel.h"

#include "content/store.h"

#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;
using Continuite::PublicationStatus;
using Continuite::Role;

AssignmentListModel::AssignmentListModel(QObject *parent)
    : SessionListModel(parent)
{
}

void AssignmentListModel::setClassId(const QString &id)
{
    if (id == m_classId)
        return;
    m_classId = id;
    reload();
    Q_EMIT classIdChanged();
}

void AssignmentListModel::load()
{
    m_rows.clear();
    Continuite::Store *s = store();
    if (!s || m_classId.isEmpty() || !s->isTeacherOf(m_classId))
        return;
    QSet<QString> students;
    for (const Continuite::Member &m : s->members(m_classId))
        if (m.role == Role::Student)
            students.insert(m.personId);
    for (const Continuite::Assignment &a : s->assignments(m_classId)) {
        Row row{a, 0, int(students.size()), 0};
        // Versions come oldest first per student: the last one seen is the latest.
        QHash<QString, QString> latest;
        for (const Continuite::Submission &v : s->submissions(a.meta.id))
            latest.insert(v.studentId, v.meta.id);
        // "Handed in" is out of the roster of today; work of a student taken off it still waits for review.
        row.handedIn = int(std::count_if(latest.keyBegin(), latest.keyEnd(), [&](const QString &id) { return students.contains(id); }));
        const QSet<QString> reviewed = s->reviewed(a.meta.id);
        for (const QString &submissionId : std::as_const(latest))
            row.toReview += reviewed.contains(submissionId) ? 0 : 1;
        m_rows.append(row);
    }
}

QVariant AssignmentListModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Row &row = m_rows.at(index.row());
    const Continuite::Assignment &a = row.assignment;
    switch (role) {
    case AssignmentIdRole:
        return a.meta.id;
    case Qt::DisplayRole:
    case TitleRole:
        return a.title;
    case DueTextRole: {
        if (!a.due.isValid())
            return tr("no due date");
        const QDateTime local = a.due.toLocalTime();
        return tr("due %1, %2").arg(QLocale().toString(local.date(), u"dddd d MMMM"_s), QLocale().toString(local.time(), u"HH:mm"_s));
    }
    case PublishedRole:
        return a.status == PublicationStatus::Published;
    case StatusTextRole:
        return a.status == PublicationStatus::Published ? tr("Published") : tr("Draft");
    case IsQuizRole:
        return a.type == Continuite::AssignmentType::Quiz;
    case HandedInRole:
        return row.handedIn;
    case StudentsRole:
        return row.students;
    case ToReviewRole:
        return row.toReview;
    case SummaryRole: {
        QString text = tr("%1 of %2 handed in").arg(row.handedIn).arg(row.students);
        if (row.toReview > 0)
            text += u" · "_s + tr("%n to review", nullptr, row.toReview);
        return text;
    }
    }
    return {};
}

QHash<int, QByteArray> AssignmentListModel::roleNames() const
{
    return {{AssignmentIdRole, "assignmentId"}, {TitleRole, "title"},       {DueTextRole, "dueText"},
            {PublishedRole, "published"},       {StatusTextRole, "statusText"}, {IsQuizRole, "isQuiz"},
            {HandedInRole, "handedIn"},         {StudentsRole, "students"}, {ToReviewRole, "toReview"},
            {SummaryRole, "summary"}};
}

QString AssignmentListModel::assignmentIdAt(int row) const
{
    return row >= 0 && row < count() ? m_rows.at(row).assignment.meta.id : QString();
}

int AssignmentListModel::indexOf(const QString &assignmentId) const
{
    for (int i = 0; i < count(); ++i)
        if (m_rows.at(i).assignment.meta.id == assignmentId)
            return i;
    return -1;
}
