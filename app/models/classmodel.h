// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "content/records.h"
#include "sessionlistmodel.h"

/**
 * @brief The classes the person using the app teaches, by name, and making a new one.
 */
class ClassModel : public SessionListModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    enum Roles {
        ClassIdRole = Qt::UserRole, ///< QString: the class's id (UUID)
        NameRole,                   ///< QString: its name ("6e B — Mathématiques")
        StudentCountRole,           ///< int: students on its roster
        SummaryRole,                ///< QString: "4 students", translated
    };
    Q_ENUM(Roles)

    explicit ClassModel(QObject *parent = nullptr);

    int count() const override { return int(m_rows.size()); }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Creates a class taught by the current person; its id, or empty (error says why).
    Q_INVOKABLE QString createClass(const QString &name);
    Q_INVOKABLE int indexOf(const QString &classId) const;
    Q_INVOKABLE QString classIdAt(int row) const;
    Q_INVOKABLE QString nameAt(int row) const;

protected:
    void load() override;

private:
    struct Row
    {
        Continuite::SchoolClass schoolClass;
        int students = 0;
    };
    QList<Row> m_rows;
};
