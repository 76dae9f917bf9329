// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "content/records.h"
#include "sessionlistmodel.h"

/**
 * @brief The assignments of one class as its teacher sees them: drafts and published ones, by due date,
 * with how many students handed them in and how many wait for feedback.
 */
class AssignmentListModel : public SessionListModel
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QString classId READ classId WRITE setClassId NOTIFY classIdChanged)

public:
    enum Roles {
        AssignmentIdRole = Qt::UserRole, ///< QString
        TitleRole,                       ///< QString
        DueTextRole,                     ///< QString: "due Friday 4 December, 18:00" or "no due date", translated
        PublishedRole,                   ///< bool
        StatusTextRole,                  ///< QString: "Draft" / "Published", translated
        IsQuizRole,                      ///< bool
        HandedInRole,                    ///< int: students with at least one version
        StudentsRole,                    ///< int: students of the class
        ToReviewRole,                    ///< int: students whose latest version has no feedback yet
        SummaryRole,                     ///< QString: "2 of 3 handed in · 1 to review", translated
    };
    Q_ENUM(Roles)

    explicit AssignmentListModel(QObject *parent = nullptr);

    QString classId() const { return m_classId; }
    void setClassId(const QString &id);

    int count() const override { return int(m_rows.size()); }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE QString assignmentIdAt(int row) const;
    Q_INVOKABLE int indexOf(const QString &assignmentId) const;

Q_SIGNALS:
    void classIdChanged();

protected:
    void load() override;

private:
    struct Row
    {
        Continuite::Assignment assignment;
        int handedIn = 0;
        int students = 0;
        int toReview = 0;
    };
    QString m_classId;
    QList<Row> m_rows;
};
