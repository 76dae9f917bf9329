// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "rostermodel.h"

#include "app/print/logincards.h"
#include "content/store.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;
using Continuite::Role;

RosterModel::RosterModel(QObject *parent)
    : SessionListModel(parent)
{
}

void RosterModel::setClassId(const QString &id)
{
    if (id == m_classId)
        return;
    m_classId = id;
    reload();
    Q_EMIT classIdChanged();
}

int RosterModel::knownPins() const
{
    int known = 0;
    for (const Continuite::Member &m : m_rows)
        known += m_pins.contains(m.meta.id) ? 1 : 0;
    return known;
}

void RosterModel::load()
{
    m_rows.clear();
    m_className.clear();
    Continuite::Store *s = store();
    if (!s || m_classId.isEmpty() || !s->isTeacherOf(m_classId))
        return;
    if (const auto c = s->schoolClass(m_classId))
        m_className = c->name;
    for (const Continuite::Member &m : s->members(m_classId))
        if (m.role == Role::Student)
            m_rows.append(m);
}

QVariant RosterModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Continuite::Member &m = m_rows.at(index.row());
    switch (role) {
    case MemberIdRole:
        return m.meta.id;
    case Qt::DisplayRole:
    case NameRole:
        return m.displayName;
    case LoginRole:
        return m.login;
    case PinRole:
        return m_pins.value(m.meta.id);
    case HasPinRole:
        return m_pins.contains(m.meta.id);
    }
    return {};
}

QHash<int, QByteArray> RosterModel::roleNames() const
{
    return {{MemberIdRole, "memberId"}, {NameRole, "name"}, {LoginRole, "login"}, {PinRole, "pin"}, {HasPinRole, "hasPin"}};
}

int RosterModel::addStudent(const QString &name)
{
    Continuite::Store *s = store();
    if (!s || m_classId.isEmpty()) {
        setError(tr("Choose a class first, then add its students."));
        return -1;
    }
    auto added = s->addStudent(m_classId, name);
    if (!added) {
        setError(added.error());
        return -1;
    }
    m_pins.insert(added->member.meta.id, added->pin);
    setError({});
    written();
    for (int i = 0; i < count(); ++i)
        if (m_rows.at(i).meta.id == added->member.meta.id)
            return i;
    return -1;
}

bool RosterModel::resetPin(int row)
{
    Continuite::Store *s = store();
    if (!s || row < 0 || row >= count())
        return false;
    auto fresh = s->resetStudentPin(m_rows.at(row).meta.id);
    if (!fresh) {
        setError(fresh.error());
        return false;
    }
    m_pins.insert(fresh->member.meta.id, fresh->pin);
    setError({});
    const QModelIndex changed = index(row, 0);
    Q_EMIT dataChanged(changed, changed, {PinRole, HasPinRole});
    Q_EMIT reloaded(); // knownPins follows
    return true;
}

bool RosterModel::removeStudent(int row)
{
    Continuite::Store *s = store();
    if (!s || row < 0 || row >= count())
        return false;
    if (auto removed = s->removeMember(m_rows.at(row).meta.id); !removed) {
        setError(removed.error());
        return false;
    }
    setError({});
    written();
    return true;
}

bool RosterModel::printCards(const QUrl &file)
{
    if (count() == 0) {
        setError(tr("There is no student in this class yet: add them first, then print their cards."));
        return false;
    }
    QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (path.isEmpty()) {
        setError(tr("Choose where to save the cards."));
        return false;
    }
    if (!path.endsWith(u".pdf"_s, Qt::CaseInsensitive))
        path += u".pdf"_s;
    QList<Continuite::LoginCard> cards;
    for (const Continuite::Member &m : std::as_const(m_rows))
        cards.append({m.displayName, m_className, m.login, m_pins.value(m.meta.id)});
    auto printed = Continuite::LoginCardPrinter::print(cards, path);
    if (!printed) {
        setError(printed.error());
        return false;
    }
    m_lastPrinted = QFileInfo(path).absoluteFilePath();
    setError({});
    return true;
}

QString RosterModel::nameAt(int row) const
{
    return row >= 0 && row < count() ? m_rows.at(row).displayName : QString();
}

QString RosterModel::loginAt(int row) const
{
    return row >= 0 && row < count() ? m_rows.at(row).login : QString();
}

QString RosterModel::pinAt(int row) const
{
    return data(index(row), PinRole).toString();
}

int RosterModel::indexOfLogin(const QString &login) const
{
    for (int i = 0; i < count(); ++i)
        if (m_rows.at(i).login == login)
            return i;
    return -1;
}

QString RosterModel::memberIdAt(int row) const
{
    return row >= 0 && row < count() ? m_rows.at(row).meta.id : QString();
}

int RosterModel::indexOfMember(const QString &memberId) const
{
    for (int i = 0; i < count(); ++i)
        if (m_rows.at(i).meta.id == memberId)
            return i;
    return -1;
}
