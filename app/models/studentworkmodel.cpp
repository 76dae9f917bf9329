// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "studentworkmodel.h"

#include "content/store.h"

#include <QLocale>

using namespace Qt::StringLiterals;
using Continuite::PublicationStatus;

StudentWorkModel::StudentWorkModel(QObject *parent)
    : SessionListModel(parent)
{
}

void StudentWorkModel::setClassId(const QString &id)
{
    if (id == m_classId)
        return;
    m_classId = id;
    reload();
    Q_EMIT classIdChanged();
}

void StudentWorkModel::setStudentId(const QString &id)
{
    if (id == m_studentId)
        return;
    m_studentId = id;
    reload();
    Q_EMIT studentIdChanged();
}

int StudentWorkModel::handedInCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) {
        return WorkStates::isHandedIn(r.state);
    }));
}

void StudentWorkModel::load()
{
    m_rows.clear();
    Continuite::Store *s = store();
    if (!s || m_classId.isEmpty() || m_studentId.isEmpty() || !s->isTeacherOf(m_classId))
        return;
    const QLocale locale;
    auto day = [&locale](const QDateTime &t) { return locale.toString(t.toLocalTime().date(), u"dddd d MMMM"_s); };
    for (const Continuite::Lesson &l : s->lessons(m_classId)) {
        if (l.status != PublicationStatus::Published)
            continue;
        Row row{true, l.meta.id, l.title, WorkStates::LessonNotOpened, tr("Not opened yet")};
        if (const auto p = s->progress(l.meta.id, m_studentId)) {
            if (p->completed) {
                row.state = WorkStates::LessonFinished;
                row.stateText = p->completedAt.isValid() ? tr("Finished on %1").arg(day(p->completedAt)) : tr("Finished");
            } else if (p->openedAt.isValid()) {
                row.state = WorkStates::LessonOpened;
                row.stateText = tr("Opened on %1").arg(day(p->openedAt));
            }
        }
        m_rows.append(row);
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Row> work;
    QList<Continuite::Assignment> assignments = s->assignments(m_classId);
    std::stable_sort(assignments.begin(), assignments.end(), [](const Continuite::Assignment &a, const Continuite::Assignment &b) {
        const QDateTime far(QDate(9999, 1, 1), QTime(), Qt::UTC);
        return (a.due.isValid() ? a.due : far) < (b.due.isValid() ? b.due : far);
    });
    for (const Continuite::Assignment &a : std::as_const(assignments)) {
        if (a.status != PublicationStatus::Published)
            continue;
        Row row{false, a.meta.id, a.title, WorkStates::WorkNotDueYet, {}};
        const QList<Continuite::Submission> versions = s->submissions(a.meta.id, m_studentId);
        if (!versions.isEmpty()) {
            const Continuite::Submission &first = versions.first();
            const QDateTime when = first.receivedTime.isValid() ? first.receivedTime : first.deviceTime;
            const bool late = a.due.isValid() && when.isValid() && when > a.due;
            const bool corrected = !s->feedback(versions.last().meta.id).isEmpty();
            row.state = corrected ? WorkStates::WorkCorrected : late ? WorkStates::WorkHandedInLate : WorkStates::WorkHandedIn;
            QString text = tr("Handed in on %1").arg(day(when));
            if (late)
                text += u", "_s + tr("late");
            if (versions.size() > 1)
                text += u", "_s + tr("%n version(s)", nullptr, int(versions.size()));
            text += u" · "_s + (corrected ? tr("corrected") : tr("to correct"));
            row.stateText = text;
        } else if (a.due.isValid() && a.due < now) {
            row.state = WorkStates::WorkMissing;
            row.stateText = tr("Missing: it was due on %1").arg(day(a.due));
        } else {
            row.stateText = a.due.isValid() ? tr("Due on %1").arg(day(a.due)) : tr("No due date");
        }
        work.append(row);
    }
    m_rows += work;
}

QVariant StudentWorkModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case KindRole:
        return row.isLesson ? u"lesson"_s : u"work"_s;
    case ItemIdRole:
        return row.id;
    case Qt::DisplayRole:
    case TitleRole:
        return row.title;
    case StateRole:
        return row.state;
    case OpensReviewRole:
        return WorkStates::isHandedIn(row.state);
    case StateTextRole:
        return row.stateText;
    case SectionRole:
        return row.isLesson ? tr("Lessons") : tr("Work");
    }
    return {};
}

QHash<int, QByteArray> StudentWorkModel::roleNames() const
{
    return {{KindRole, "kind"}, {ItemIdRole, "itemId"}, {TitleRole, "title"}, {StateRole, "workState"}, {OpensReviewRole, "opensReview"},
            {StateTextRole, "stateText"}, {SectionRole, "section"}};
}
