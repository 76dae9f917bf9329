// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "content/roster.h"

#include "content/rows.h"
#include "content/secrets.h"
#include "content/storecontext.h"

#include <QSqlQuery>

namespace Continuite {

using namespace Qt::StringLiterals;
using Rows::classFromRow;
using Rows::memberFromRow;

Result<SchoolClass> Roster::createClass(const QString &name)
{
    using R = Result<SchoolClass>;
    if (Status s = m.requireCurrent(); !s)
        return R::failure(s.error());
    if (m.current->role != Role::Teacher)
        return R::failure(tr("Only a teacher can create a class."));
    if (name.trimmed().isEmpty() || name.size() > StoreContext::MaxTitleLength)
        return R::failure(tr("A class needs a name of 1 to %1 characters.").arg(StoreContext::MaxTitleLength));
    const QString id = newUuid();
    Status s = m.db.write([&]() -> Status {
        if (Status w = m.write(u"class"_s, id, id, {{u"name"_s, name.trimmed()}}); !w)
            return w;
        // The teacher's own membership has an id every device derives alike, so it is never doubled.
        // No login on a teacher's membership: member logins are students' codes, which the hub turns into
        // accounts; a teacher signs in with their own account.
        return m.write(u"member"_s, derivedUuid(id, m.current->id), id,
                       {{u"person"_s, m.current->id}, {u"role"_s, u"teacher"_s}, {u"display_name"_s, m.current->displayName}});
    });
    if (!s)
        return R::failure(s.error());
    return *schoolClass(id);
}

QList<SchoolClass> Roster::classes()
{
    QList<SchoolClass> list;
    if (!m.current)
        return list;
    for (const QJsonObject &r : m.selectRows(u"class"_s,
                                             u"deleted = 0 AND id IN (SELECT class_id FROM members WHERE person = ? AND deleted = 0)"_s,
                                             {m.current->id}, u"name COLLATE NOCASE"_s))
        list.append(classFromRow(r));
    return list;
}

std::optional<SchoolClass> Roster::schoolClass(const QString &id)
{
    const auto rows = m.selectRows(u"class"_s, u"id = ? AND deleted = 0"_s, {id});
    return rows.isEmpty() ? std::nullopt : std::optional(classFromRow(rows.first()));
}

Result<NewStudent> Roster::addStudent(const QString &classId, const QString &displayName)
{
    using R = Result<NewStudent>;
    if (displayName.trimmed().isEmpty() || displayName.size() > StoreContext::MaxNameLength)
        return R::failure(tr("A student needs a name of 1 to %1 characters.").arg(StoreContext::MaxNameLength));
    const QString pin = Secrets::newPin();
    auto added = addMember(classId, newUuid(), Role::Student, displayName.trimmed(), Secrets::newLoginCode(), Secrets::hash(pin));
    if (!added)
        return R::failure(added.error());
    return NewStudent{*added, pin};
}

Result<Member> Roster::addMember(const QString &classId, const QString &personId, Role role, const QString &displayName,
                                 const QString &login, const QString &pinHash)
{
    using R = Result<Member>;
    if (Status s = m.requireTeacherOf(classId); !s)
        return R::failure(s.error());
    if (!isUuid(personId))
        return R::failure(tr("\"%1\" is not a person id.").arg(personId.left(80)));
    const QString id = role == Role::Teacher ? derivedUuid(classId, personId) : newUuid();
    QJsonObject fields{{u"person"_s, personId}, {u"role"_s, roleName(role)}, {u"display_name"_s, displayName}};
    if (role == Role::Student && !login.isEmpty())
        fields.insert(u"login"_s, login);
    if (role == Role::Student && !pinHash.isEmpty())
        fields.insert(u"pin_hash"_s, pinHash);
    Status s = m.db.write([&]() { return m.write(u"member"_s, id, classId, fields); });
    if (!s)
        return R::failure(s.error());
    return memberFromRow(m.selectRows(u"member"_s, u"id = ?"_s, {id}).first());
}

std::optional<Member> Roster::liveMember(const QString &memberId)
{
    const auto rows = m.selectRows(u"member"_s, u"id = ? AND deleted = 0"_s, {memberId});
    return rows.isEmpty() ? std::nullopt : std::optional(memberFromRow(rows.first()));
}

Status Roster::removeMember(const QString &memberId)
{
    const auto member = liveMember(memberId);
    if (!member)
        return Status::failure(tr("There is no member %1 here.").arg(memberId.left(80)));
    if (Status s = m.requireTeacherOf(member->meta.classId); !s)
        return s;
    return m.db.write([&]() { return m.write(u"member"_s, memberId, member->meta.classId, {{u"deleted"_s, true}}); });
}

Result<NewStudent> Roster::resetStudentPin(const QString &memberId)
{
    using R = Result<NewStudent>;
    const auto member = liveMember(memberId);
    if (!member)
        return R::failure(tr("There is no member %1 here.").arg(memberId.left(80)));
    if (Status s = m.requireTeacherOf(member->meta.classId); !s)
        return R::failure(s.error());
    if (member->role != Role::Student)
        return R::failure(tr("Only a student has a PIN; a teacher signs in with their password."));
    const QString pin = Secrets::newPin();
    Status s = m.db.write([&]() { return m.write(u"member"_s, memberId, member->meta.classId, {{u"pin_hash"_s, Secrets::hash(pin)}}); });
    if (!s)
        return R::failure(s.error());
    return NewStudent{*member, pin};
}

QList<Member> Roster::members(const QString &classId)
{
    QList<Member> list;
    if (!m.isMemberOf(classId))
        return list;
    const bool teacher = m.isTeacherOf(classId);
    for (const QJsonObject &r : m.selectRows(u"member"_s, u"class_id = ? AND deleted = 0"_s, {classId}, u"role DESC, display_name COLLATE NOCASE"_s)) {
        Member member = memberFromRow(r);
        // A student sees their teachers and themselves, not the rest of the roster.
        if (teacher || member.role == Role::Teacher || member.personId == m.current->id)
            list.append(member);
    }
    return list;
}

QList<Member> Roster::formerStudents(const QString &classId)
{
    QList<Member> list;
    if (!m.isTeacherOf(classId))
        return list;
    for (const QJsonObject &r : m.selectRows(u"member"_s, u"class_id = ? AND deleted = 1 AND role = 'student'"_s, {classId},
                                             u"display_name COLLATE NOCASE"_s))
        list.append(memberFromRow(r));
    return list;
}

QList<std::pair<QString, QString>> Roster::studentPlaces(const QString &personOrLogin)
{
    QList<std::pair<QString, QString>> found;
    if (!m.current)
        return found;
    QSqlQuery &q = m.db.prepare(u"SELECT s.person, s.class_id FROM members s JOIN members t ON t.class_id = s.class_id "
                                 "WHERE (s.person = ? OR s.login = ?) AND s.role = 'student' AND s.deleted = 0 "
                                 "AND t.person = ? AND t.role = 'teacher' AND t.deleted = 0"_s);
    if (m.db.exec(q, {personOrLogin, personOrLogin, m.current->id}))
        while (q.next())
            found.append({q.value(0).toString(), q.value(1).toString()});
    q.finish();
    return found;
}

} // namespace Continuite
