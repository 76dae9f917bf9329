// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "assignmentmodel.h"

#include <algorithm>

AssignmentModel::AssignmentModel(QObject *parent)
    : TodoModel(parent)
{
}

void AssignmentModel::arrange(QList<Row> &rows) const
{
    std::stable_sort(rows.begin(), rows.end(), [](const Row &x, const Row &y) {
        if ((x.item.versions > 0) != (y.item.versions > 0))
            return x.item.versions == 0; // what is still to hand in first; "Already handed in" at the end
        if (x.lessonPosition != y.lessonPosition)
            return x.lessonPosition < y.lessonPosition;
        const QDateTime far(QDate(9999, 1, 1), QTime(), Qt::UTC);
        const QDateTime &a = x.item.assignment.due, &b = y.item.assignment.due;
        return (a.isValid() ? a : far) < (b.isValid() ? b : far);
    });
}

QString AssignmentModel::groupOf(const Row &row) const
{
    if (row.item.versions > 0)
        return tr("Already handed in");
    return row.lessonTitle.isEmpty() ? tr("Not tied to a lesson") : row.lessonTitle;
}
