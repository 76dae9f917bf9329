// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "content/records.h"

#include "sessionlistmodel.h"

/**
 * @brief The people who use this device (a family laptop shared by siblings), for the profile chooser.
 *
 * The person who used the device last comes first; then everyone by name.
 */
class ProfileModel : public SessionListModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    enum Roles {
        LoginRole = Qt::UserRole, ///< QString: the login typed at the hub ("lea", "mme.martin")
        DisplayNameRole,          ///< QString: the name shown on the card ("Léa Dubois")
        InitialsRole,             ///< QString: one or two capital letters for the avatar ("LD")
        IsTeacherRole,            ///< bool: a teacher (password) rather than a student (PIN)
        RoleTextRole,             ///< QString: "Teacher" / "Student", translated
        NeedsSecretRole,          ///< bool: a PIN or password is asked before opening the profile
        LastUsedRole,             ///< bool: the person who used the device last
    };
    Q_ENUM(Roles)

    explicit ProfileModel(QObject *parent = nullptr);

    int count() const override { return int(m_profiles.size()); }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The row of @p login, or -1.
    Q_INVOKABLE int indexOf(const QString &login) const;
    /// The login at @p row, or empty.
    Q_INVOKABLE QString loginAt(int row) const;
    /// The name shown for the person at @p row, or empty.
    Q_INVOKABLE QString displayNameAt(int row) const;
    /// Whether the person at @p row is a teacher (asked for a password rather than a PIN).
    Q_INVOKABLE bool isTeacherAt(int row) const;

protected:
    void load() override;

private:
    QList<Continuite::Profile> m_profiles;
    QString m_lastLogin;
};
