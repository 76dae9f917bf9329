// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "content/records.h"
#include "content/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

namespace Continuite {

class Assignments;
class Lessons;
class Roster;
class StoreContext;
class Work;

/// @brief What a person sees at a glance: the teacher's class board with each student's last contact, the
/// student's to-do list.
class Overviews
{
    Q_DECLARE_TR_FUNCTIONS(Store)
public:
    /// How a person was last in touch with the school, as this device learnt it.
    struct Contact
    {
        QDateTime at; ///< UTC
        QString via;  ///< "hub" (their last sync there, told by the hub), "usb" (a return pack they made), "classroom"
    };

    Overviews(StoreContext &context, Roster &roster, Lessons &lessons, Assignments &assignments, Work &work)
        : m(context), m_roster(roster), m_lessons(lessons), m_assignments(assignments), m_work(work)
    {
    }

    /// The teacher's continuity board: one line per student of the class, in roster order.
    QList<StudentOverview> classOverview(const QString &classId, const QDateTime &now);
    /// The current student's assignments: not handed in first (by due date), then handed in.
    QList<TodoItem> todo(const QDateTime &now);
    /// Remembers that the current person has seen everything so far ("new" marks are cleared).
    Status markEverythingSeen();

    /**
     * Records each person's contact at the given time (UTC) via @p via, unless a later one is already known.
     * Joins the caller's transaction when there is one (a sync's page, a pack's import).
     */
    Status recordContacts(const QHash<QString, QDateTime> &contacts, const QString &via);
    /// Person id -> their last contact, for everyone this device has heard of.
    QHash<QString, Contact> lastContacts();

private:
    StoreContext &m;
    Roster &m_roster;
    Lessons &m_lessons;
    Assignments &m_assignments;
    Work &m_work;
};

} // namespace Continuite
