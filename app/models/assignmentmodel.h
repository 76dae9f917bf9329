// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "todomodel.h"

/**
 * @brief All the current student's assignments, lesson by lesson in the sequence's order (then by due
 * date), with the same words as the "À faire" list; the lesson's title is the list's section. Work handed in
 * is in an "Already handed in" section at the end, so this list does not repeat "À faire".
 * It leaves the "new" marks to the "À faire".
 */
class AssignmentModel : public TodoModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    explicit AssignmentModel(QObject *parent = nullptr);

protected:
    void arrange(QList<Row> &rows) const override;
    bool tracksNew() const override { return false; }
    QString groupOf(const Row &row) const override;
};
