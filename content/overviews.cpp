// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "content/overviews.h"

#include "content/assignments.h"
#include "content/lessons.h"
#include "content/roster.h"
#include "content/rows.h"
#include "content/storecontext.h"
#include "content/work.h"

#include <QSqlQuery>

namespace Continuite {

using namespace Qt::StringLiterals;

QList<StudentOverview> Overviews::classOverview(const QString &classId, const QDateTime &now)
{
    QList<StudentOverview> board;
    if (!m.isTeacherOf(classId))
        return board;
    const QList<Lesson> published = [&] {
        QList<Lesson> list;
        for (const Lesson &l : m_lessons.lessons(classId))
            if (l.status == PublicationStatus::Published)
                list << l;
        return list;
    }();
    QList<Assignment> due;
    for (const Assignment &a : m_assignments.assignments(classId))
        if (a.status == PublicationStatus::Published && a.due.isValid() && a.due < now)
            due << a;
    for (const Member &member : m_roster.members(classId)) {
        if (member.role != Role::Student)
            continue;
        StudentOverview o;
        o.member = member;
        o.lessonsPublished = int(published.size());
        auto seen = [&o](const QDateTime &t) {
            if (t.isValid() && (!o.lastSeen.isValid() || t > o.lastSeen))
                o.lastSeen = t;
        };
        for (const QJsonObject &r : m.selectRows(u"progress"_s, u"class_id = ? AND student = ?"_s, {classId, member.personId})) {
            const Progress p = Rows::progressFromRow(r);
            o.lessonsOpened += p.openedAt.isValid() ? 1 : 0;
            o.lessonsCompleted += p.completed ? 1 : 0;
            seen(p.openedAt);
            seen(p.completedAt);
        }
        QHash<QString, QDateTime> firstVersion;
        for (const QJsonObject &r : m.selectRows(u"submission"_s, u"class_id = ? AND student = ?"_s, {classId, member.personId}, u"hlc"_s)) {
            const Submission sub = Rows::submissionFromRow(r);
            const QDateTime when = sub.receivedTime.isValid() ? sub.receivedTime : sub.deviceTime;
            seen(when);
            if (!firstVersion.contains(sub.assignmentId))
                firstVersion.insert(sub.assignmentId, when);
        }
        o.submitted = int(firstVersion.size());
        o.assignmentsDue = int(due.size());
        for (const Assignment &a : std::as_const(due)) {
            const auto it = firstVersion.constFind(a.meta.id);
            if (it == firstVersion.constEnd())
                ++o.missing;
            else if (it->isValid() && *it > a.due)
                ++o.late;
        }
        board << o;
    }
    return board;
}

QList<TodoItem> Overviews::todo(const QDateTime &now)
{
    QList<TodoItem> items;
    if (!m.current || m.current->role != Role::Student)
        return items;
    const QStringList seen = m.db.meta(u"seen:"_s + m.current->id).split(u',', Qt::SkipEmptyParts);
    for (const Assignment &a : m_assignments.assignments()) {
        TodoItem item;
        item.assignment = a;
        const QList<Submission> versions = m_work.submissions(a.meta.id);
        item.versions = int(versions.size());
        item.overdue = versions.isEmpty() && a.due.isValid() && a.due < now;
        item.isNew = !seen.contains(a.meta.id);
        if (!versions.isEmpty()) {
            const Submission &latest = versions.last();
            const QList<Feedback> notes = m_work.feedback(latest.meta.id);
            item.lastScore = !notes.isEmpty() && notes.last().score ? notes.last().score : latest.autoScore;
        }
        items << item;
    }
    std::stable_sort(items.begin(), items.end(), [](const TodoItem &x, const TodoItem &y) {
        if ((x.versions == 0) != (y.versions == 0))
            return x.versions == 0; // what is still to do comes first
        const QDateTime far(QDate(9999, 1, 1), QTime(), Qt::UTC);
        return (x.assignment.due.isValid() ? x.assignment.due : far) < (y.assignment.due.isValid() ? y.assignment.due : far);
    });
    return items;
}

Status Overviews::markEverythingSeen()
{
    if (Status s = m.requireCurrent(); !s)
        return s;
    // What arrived is new until looked at, whatever its clock says: remember the ids seen, not a time.
    QStringList ids;
    for (const Assignment &a : m_assignments.assignments())
        ids << a.meta.id;
    return m.db.write([&]() -> Status {
        return m.db.setMeta(u"seen:"_s + m.current->id, ids.join(u',')) ? success() : m.db.sqlFailure(tr("Could not save"));
    });
}

Status Overviews::recordContacts(const QHash<QString, QDateTime> &contacts, const QString &via)
{
    if (contacts.isEmpty())
        return success();
    return m.db.write([&]() -> Status {
        for (auto it = contacts.cbegin(); it != contacts.cend(); ++it) {
            if (!it.value().isValid())
                continue;
            // Milliseconds always, so that the text compares as the time does.
            const QString at = it.value().toUTC().toString(Qt::ISODateWithMs);
            if (!m.db.exec(u"INSERT INTO last_contact (person, at, via) VALUES (?, ?, ?) "
                           "ON CONFLICT (person) DO UPDATE SET at = excluded.at, via = excluded.via "
                           "WHERE excluded.at > last_contact.at"_s,
                           {it.key(), at, via}))
                return m.db.sqlFailure(tr("Could not record when a student was last in touch"));
        }
        return success();
    });
}

QHash<QString, Overviews::Contact> Overviews::lastContacts()
{
    QHash<QString, Contact> contacts;
    QSqlQuery &q = m.db.prepare(u"SELECT person, at, via FROM last_contact"_s);
    if (!m.db.exec(q))
        return contacts;
    while (q.next())
        contacts.insert(q.value(0).toString(), Contact{Rows::fromIso(q.value(1).toString()), q.value(2).toString()});
    q.finish();
    return contacts;
}

} // namespace Continuite
