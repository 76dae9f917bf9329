// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "todaymodel.h"

#include "content/store.h"
#include "personalmarks.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

TodayModel::TodayModel(QObject *parent)
    : TodoModel(parent)
{
}

QDate TodayModel::today() const
{
    return effectiveNow().toLocalTime().date();
}

void TodayModel::addRows(Continuite::Store &store, QList<Row> &rows) const
{
    // Handed-in work leaves "À faire", unless the teacher's comment on it is still unread.
    rows.removeIf([](const Row &r) { return r.item.versions > 0 && r.newFeedbackFrom.isEmpty(); });
    const PersonalMarks marks(dataDir());
    const QString person = store.current()->id;
    const QDate from = today().addDays(-7);
    int lessons = 0;
    for (const Continuite::Lesson &lesson : store.lessons()) {
        if (lesson.status != Continuite::PublicationStatus::Published)
            continue;
        if (lesson.plannedDate.isValid() && lesson.plannedDate < from)
            continue;
        if (const auto p = store.progress(lesson.meta.id); p && p->completed)
            continue;
        Row row;
        row.isLesson = true;
        row.lesson = lesson;
        row.lessonTitle = lesson.title;
        row.lessonPosition = lesson.position;
        row.day = lesson.plannedDate;
        row.parts = marks.partsDone(person, lesson.meta.id);
        rows.append(row);
        ++lessons;
    }
    m_lessonCount = lessons;
}

int TodayModel::bucket(const Row &row) const
{
    if (!row.newFeedbackFrom.isEmpty())
        return 0;
    if (!row.isLesson && row.item.overdue)
        return 1;
    return row.day.isValid() ? 2 : 3;
}

void TodayModel::arrange(QList<Row> &rows) const
{
    std::stable_sort(rows.begin(), rows.end(), [this](const Row &x, const Row &y) {
        const int bx = bucket(x), by = bucket(y);
        if (bx != by)
            return bx < by;
        if (bx == 2 && x.day != y.day)
            return x.day < y.day;
        if (x.isLesson != y.isLesson)
            return x.isLesson; // read before class, then the work
        if (x.isLesson)
            return x.lesson.position < y.lesson.position;
        const QDateTime far(QDate(9999, 1, 1), QTime(), Qt::UTC);
        const QDateTime &a = x.item.assignment.due, &b = y.item.assignment.due;
        return (a.isValid() ? a : far) < (b.isValid() ? b : far);
    });
}

QString TodayModel::groupOf(const Row &row) const
{
    switch (bucket(row)) {
    case 0:
        return tr("New comments from your teacher");
    case 1:
        return tr("Late");
    case 3:
        return tr("No date");
    default:
        break;
    }
    const qint64 days = today().daysTo(row.day);
    if (days == 0)
        return tr("For today");
    if (days == 1)
        return tr("For tomorrow");
    if (days < 0)
        return tr("For %1 (past)").arg(QLocale().toString(row.day, u"dddd d MMMM"_s));
    return tr("For %1", "a class day").arg(QLocale().toString(row.day, u"dddd d MMMM"_s));
}
