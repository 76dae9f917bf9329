// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "content/records.h"
#include "content/result.h"

#include <QCoreApplication>

#include <optional>
#include <utility>

namespace Continuite {

class StoreContext;

/// @brief Classes and who is in them: creating a class, adding and removing members, students' PINs.
class Roster
{
    Q_DECLARE_TR_FUNCTIONS(Store)
public:
    explicit Roster(StoreContext &context) : m(context) {}

    Result<SchoolClass> createClass(const QString &name);
    QList<SchoolClass> classes();
    std::optional<SchoolClass> schoolClass(const QString &id);
    /// A teacher adds a student: a login code and PIN are made for their card; the PIN is shown once.
    Result<NewStudent> addStudent(const QString &classId, const QString &displayName);
    /// Adds a member with a known person id (a co-teacher, a student whose account exists elsewhere).
    Result<Member> addMember(const QString &classId, const QString &personId, Role role, const QString &displayName,
                             const QString &login, const QString &pinHash = {});
    Status removeMember(const QString &memberId);
    /// A teacher gives a student a new PIN (a lost card): the old one stops working at the next sync.
    Result<NewStudent> resetStudentPin(const QString &memberId);
    QList<Member> members(const QString &classId);
    /// Students taken off the roster of @p classId (their work stays, so their teacher still needs their
    /// names), by name; empty for anyone but a teacher of the class.
    QList<Member> formerStudents(const QString &classId);
    /// Where @p personOrLogin (a person id or a login code) is a student in a class the current person teaches:
    /// (their person id, the class id) for each (a teacher exporting a student's pack names the student).
    QList<std::pair<QString, QString>> studentPlaces(const QString &personOrLogin);

private:
    std::optional<Member> liveMember(const QString &memberId);

    StoreContext &m;
};

} // namespace Continuite
