// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "todomodel.h"

/**
 * @brief A student's "À faire": the whole flipped lesson, by class day. For each day, the lesson to read
 * before class (until its three parts are ticked) and the work due, numbered in order ("For Monday: ① read
 * Before class ② the quiz"); first the work with a comment not read yet, then what is late. Work handed in
 * leaves this list (it is under "Already handed in" in the assignments), unless its comment is unread.
 *
 * Lessons show from a week before today on (older ones stay in the lessons list).
 */
class TodayModel : public TodoModel
{
    Q_OBJECT
    QML_ELEMENT

    /// Lessons to read in the list.
    Q_PROPERTY(int lessonCount READ lessonCount NOTIFY reloaded)

public:
    explicit TodayModel(QObject *parent = nullptr);

    int lessonCount() const { return m_lessonCount; }

protected:
    void addRows(Continuite::Store &store, QList<Row> &rows) const override;
    void arrange(QList<Row> &rows) const override;
    QString groupOf(const Row &row) const override;

private:
    /// 0 unread comment, 1 late, 2 a class day, 3 no date.
    int bucket(const Row &row) const;
    QDate today() const;
    mutable int m_lessonCount = 0;
};
