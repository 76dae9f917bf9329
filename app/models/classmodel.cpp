// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "classmodel.h"

#include "content/store.h"

using Continuite::Role;

ClassModel::ClassModel(QObject *parent)
    : SessionListModel(parent)
{
}

void ClassModel::load()
{
    m_rows.clear();
    Continuite::Store *s = store();
    if (!s)
        return;
    for (const Continuite::SchoolClass &c : s->classes()) {
        if (!s->isTeacherOf(c.meta.id))
            continue;
        int students = 0;
        for (const Continuite::Member &m : s->members(c.meta.id))
            students += m.role == Role::Student ? 1 : 0;
        m_rows.append({c, students});
    }
}

QVariant ClassModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case ClassIdRole:
        return row.schoolClass.meta.id;
    case Qt::DisplayRole:
    case NameRole:
        return row.schoolClass.name;
    case StudentCountRole:
        return row.students;
    case SummaryRole:
        return tr("%n student(s)", nullptr, row.students);
    }
    return {};
}

QHash<int, QByteArray> ClassModel::roleNames() const
{
    return {{ClassIdRole, "classId"}, {NameRole, "name"}, {StudentCountRole, "studentCount"}, {SummaryRole, "summary"}};
}

QString ClassModel::createClass(const QString &name)
{
    Continuite::Store *s = store();
    if (!s) {
        setError(tr("Nobody is signed in: choose your profile first."));
        return {};
    }
    auto created = s->createClass(name);
    if (!created) {
        setError(created.error());
        return {};
    }
    setError({});
    written();
    return created->meta.id;
}

int ClassModel::indexOf(const QString &classId) const
{
    for (int i = 0; i < count(); ++i)
        if (m_rows.at(i).schoolClass.meta.id == classId)
            return i;
    return -1;
}

QString ClassModel::classIdAt(int row) const
{
    return row >= 0 && row < count() ? m_rows.at(row).schoolClass.meta.id : QString();
}

QString ClassModel::nameAt(int row) const
{
    return row >= 0 && row < count() ? m_rows.at(row).schoolClass.name : QString();
}
