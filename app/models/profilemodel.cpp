// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "profilemodel.h"

#include "content/store.h"

using namespace Qt::StringLiterals;
using Continuite::Role;

ProfileModel::ProfileModel(QObject *parent)
    : SessionListModel(parent)
{
}

void ProfileModel::load()
{
    m_profiles.clear();
    m_lastLogin.clear();
    // Everyone on the device, before anyone is unlocked: this is the list to choose from.
    if (Continuite::Store *store = openStore()) {
        m_profiles = store->profiles();
        // In a fixed order (by name, as the store gives them): on a shared laptop, habit finds one's card where it
        // always was. The person who used the device last is marked, and the keyboard starts on their card.
        m_lastLogin = session()->lastLogin();
    }
}

static QString initialsOf(const QString &name)
{
    QString initials;
    const auto words = name.split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        const QChar first = word.at(0);
        if (first.isLetter())
            initials += first.toUpper();
        if (initials.size() == 2)
            break;
    }
    return initials.isEmpty() ? u"?"_s : initials;
}

QVariant ProfileModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Continuite::Profile &p = m_profiles.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case DisplayNameRole:
        return p.displayName;
    case LoginRole:
        return p.login;
    case InitialsRole:
        return initialsOf(p.displayName);
    case IsTeacherRole:
        return p.role == Role::Teacher;
    case RoleTextRole:
        return p.role == Role::Teacher ? tr("Teacher") : tr("Student");
    case NeedsSecretRole:
        return p.hasSecret;
    case LastUsedRole:
        return !m_lastLogin.isEmpty() && p.login == m_lastLogin;
    }
    return {};
}

QHash<int, QByteArray> ProfileModel::roleNames() const
{
    return {
        {LoginRole, "login"},
        {DisplayNameRole, "displayName"},
        {InitialsRole, "initials"},
        {IsTeacherRole, "isTeacher"},
        {RoleTextRole, "roleText"},
        {NeedsSecretRole, "needsSecret"},
        {LastUsedRole, "lastUsed"},
    };
}

int ProfileModel::indexOf(const QString &login) const
{
    for (int i = 0; i < count(); ++i)
        if (m_profiles.at(i).login == login)
            return i;
    return -1;
}

QString ProfileModel::loginAt(int row) const
{
    return row >= 0 && row < count() ? m_profiles.at(row).login : QString();
}

QString ProfileModel::displayNameAt(int row) const
{
    return row >= 0 && row < count() ? m_profiles.at(row).displayName : QString();
}

bool ProfileModel::isTeacherAt(int row) const
{
    return row >= 0 && row < count() && m_profiles.at(row).role == Role::Teacher;
}
