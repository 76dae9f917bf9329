// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "lessongridmodel.h"

#include "content/store.h"

using namespace Qt::StringLiterals;

LessonGridModel::LessonGridModel(QObject *parent)
    : SessionListModel(parent)
{
}

void LessonGridModel::setClassId(const QString &id)
{
    if (id == m_classId)
        return;
    m_classId = id;
    reload();
    Q_EMIT classIdChanged();
}

void LessonGridModel::setSilentDays(int days)
{
    if (days == m_silentDays || days < 1)
        return;
    m_silentDays = days;
    reload();
    Q_EMIT silentDaysChanged();
}

void LessonGridModel::load()
{
    m_rows.clear();
    m_titles.clear();
    m_lessonIds.clear();
    Continuite::Store *s = store();
    if (!s || m_classId.isEmpty())
        return;
    for (const Continuite::Lesson &l : s->lessons(m_classId)) {
        if (l.status != Continuite::PublicationStatus::Published)
            continue;
        m_lessonIds << l.meta.id;
        m_titles << l.title;
    }
    // student → lesson → state
    QHash<QString, QHash<QString, WorkStates::LessonState>> progress;
    for (const Continuite::Progress &p : s->classProgress(m_classId)) {
        if (p.completed)
            progress[p.studentId][p.lessonId] = WorkStates::Done;
        else if (p.openedAt.isValid())
            progress[p.studentId][p.lessonId] = WorkStates::Started;
    }
    // The last sign of life of each student, as the board judges it: a sync or a USB pack, or activity.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QHash<QString, Continuite::Store::Contact> contacts = s->lastContacts();
    QHash<QString, QDateTime> lastSeen;
    for (const Continuite::StudentOverview &o : s->classOverview(m_classId, now))
        lastSeen.insert(o.member.personId, o.lastSeen);
    for (const Continuite::Member &m : s->members(m_classId)) {
        if (m.role != Continuite::Role::Student)
            continue;
        Row row;
        row.personId = m.personId;
        row.name = m.displayName;
        const QDateTime contact = contacts.value(m.personId).at;
        const QDateTime seen = lastSeen.value(m.personId);
        const QDateTime latest = !contact.isValid() ? seen : !seen.isValid() ? contact : std::max(contact, seen);
        const QHash<QString, WorkStates::LessonState> mine = progress.value(m.personId);
        if (latest.isValid())
            row.daysSilent = int(std::max<qint64>(0, latest.secsTo(now) / 86400));
        // As the board: silent after silentDays without a sign of life; otherwise, with no sync nor USB pack ever,
        // not connected yet, even with activity on this very device.
        if (row.daysSilent >= m_silentDays)
            row.contact = WorkStates::Silent;
        else if (!contact.isValid())
            row.contact = WorkStates::NotConnectedYet;
        // Never heard from: nothing can be said of any lesson yet.
        const WorkStates::LessonState nothing = !latest.isValid() && mine.isEmpty() ? WorkStates::NoNews : WorkStates::ToRead;
        for (const QString &lessonId : std::as_const(m_lessonIds))
            row.states << mine.value(lessonId, nothing);
        m_rows.append(row);
    }
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [](const Row &a, const Row &b) { return QString::localeAwareCompare(a.name, b.name) < 0; });
}

QString LessonGridModel::stateText(WorkStates::LessonState state)
{
    switch (state) {
    case WorkStates::Done:
        return tr("Finished");
    case WorkStates::Started:
        return tr("Opened");
    case WorkStates::ToRead:
        return tr("Not opened");
    case WorkStates::NoNews:
        return tr("No news yet");
    case WorkStates::Draft:
    case WorkStates::Published:
        break; // a pupil's cell is never a teacher's state
    }
    return {};
}

int LessonGridModel::stateAt(int row, int column) const
{
    if (row < 0 || row >= m_rows.size() || column < 0 || column >= m_rows[row].states.size())
        return -1;
    return m_rows[row].states[column];
}

QString LessonGridModel::stateTextAt(int row, int column) const
{
    const int state = stateAt(row, column);
    return state < 0 ? QString() : stateText(WorkStates::LessonState(state));
}

QString LessonGridModel::nameAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].name : QString();
}

int LessonGridModel::rowOf(const QString &personId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].personId == personId)
            return i;
    return -1;
}

QVariant LessonGridModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return row.name;
    case PersonIdRole:
        return row.personId;
    case StatesRole: {
        QVariantList states;
        for (WorkStates::LessonState s : row.states)
            states << int(s);
        return states;
    }
    case StateTextsRole: {
        QStringList texts;
        for (WorkStates::LessonState s : row.states)
            texts << stateText(s);
        return texts;
    }
    case SummaryTextRole: {
        const int done = int(row.states.count(WorkStates::Done));
        const int opened = done + int(row.states.count(WorkStates::Started));
        return QString(tr("%1 of %n opened", nullptr, int(row.states.size())).arg(opened) + u", "_s + tr("%n finished", nullptr, done));
    }
    case ContactRole:
        return int(row.contact);
    case ContactTextRole:
        if (row.contact == WorkStates::NotConnectedYet)
            return WorkStates::standingWord(row.contact);
        if (row.contact == WorkStates::Silent)
            return tr("No news for %n day(s)", nullptr, row.daysSilent);
        return QString();
    }
    return {};
}

QHash<int, QByteArray> LessonGridModel::roleNames() const
{
    return {
        {PersonIdRole, "personId"},
        {NameRole, "name"},
        {StatesRole, "lessonStates"},
        {StateTextsRole, "lessonStateTexts"},
        {SummaryTextRole, "summaryText"},
        {ContactRole, "contact"},
        {ContactTextRole, "contactText"},
    };
}
