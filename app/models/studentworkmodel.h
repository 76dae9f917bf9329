// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "content/records.h"
#include "sessionlistmodel.h"
#include "workstates.h"

/**
 * @brief One student's page for their teacher (opened from a line of the continuity board): each published
 * lesson (opened, completed, or not yet) and each published assignment (handed in — when, how many versions,
 * corrected or not —, late, missing, or not due yet), lessons first in the sequence's order, then the work by
 * due date.
 */
class StudentWorkModel : public SessionListModel
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QString classId READ classId WRITE setClassId NOTIFY classIdChanged)
    /// The student's person id.
    Q_PROPERTY(QString studentId READ studentId WRITE setStudentId NOTIFY studentIdChanged)
    /// Work handed in (at least one version).
    Q_PROPERTY(int handedInCount READ handedInCount NOTIFY reloaded)

public:
    enum Roles {
        KindRole = Qt::UserRole, ///< QString: "lesson" or "work"
        ItemIdRole,              ///< QString: the lesson's or the assignment's id
        TitleRole,               ///< QString
        StateRole,               ///< WorkStates::PupilWork (role "workState")
        OpensReviewRole,         ///< bool: work with a version handed in (WorkStates::isHandedIn)
        StateTextRole,           ///< QString: the state in words ("Handed in on Monday 30 November, 2 versions"), translated
        SectionRole,             ///< QString: "Lessons" or "Work", translated
    };
    Q_ENUM(Roles)

    explicit StudentWorkModel(QObject *parent = nullptr);

    QString classId() const { return m_classId; }
    void setClassId(const QString &id);
    QString studentId() const { return m_studentId; }
    void setStudentId(const QString &id);
    int handedInCount() const;

    int count() const override { return int(m_rows.size()); }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void classIdChanged();
    void studentIdChanged();

protected:
    void load() override;

private:
    struct Row
    {
        bool isLesson = false;
        QString id;
        QString title;
        WorkStates::PupilWork state;
        QString stateText;
    };
    QString m_classId;
    QString m_studentId;
    QList<Row> m_rows;
};
