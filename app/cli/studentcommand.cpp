// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "studentcommand.h"

#include "context.h"
#include "records.h"

#include <QJsonArray>

namespace Continuite::Cli {

using namespace Qt::StringLiterals;

QList<Subcommand> StudentCommand::subcommands() const
{
    Subcommand add;
    add.name = u"add"_s;
    add.synopsis = u"--class C --name N"_s;
    add.summary = tr("Add a student to a class: prints their login code and PIN (shown only once: write them on their card).");
    add.options = {{u"class"_s, tr("The class (id or name)."), u"C"_s}, {u"name"_s, tr("The student's name."), u"N"_s}};
    add.required = {u"class"_s, u"name"_s};
    add.run = [](Context &c, const Invocation &in) {
        auto added = c.store().addStudent(c.classId(in.options.value(u"class"_s)), in.options.value(u"name"_s));
        if (!added)
            return c.fail(added.error());
        QJsonObject o = toJson(added->member);
        o.insert(u"pin"_s, added->pin);
        return c.done(o, tr("Added %1: login %2, PIN %3 (write them on their card; the PIN is not shown again).")
                             .arg(added->member.displayName, added->member.login, added->pin));
    };

    Subcommand list;
    list.name = u"list"_s;
    list.synopsis = u"--class C"_s;
    list.summary = tr("The class's members (a student sees their teachers and themselves).");
    list.options = {{u"class"_s, tr("The class (id or name)."), u"C"_s}};
    list.required = {u"class"_s};
    list.run = [](Context &c, const Invocation &in) {
        const QString classId = c.classId(in.options.value(u"class"_s));
        if (!c.store().isMemberOf(classId))
            return c.fail(tr("You are not in a class %1: check the id with \"class list\".").arg(classId.left(80)));
        // When each student was last in touch (a teacher's device learns it from the hub, return packs and
        // the classroom): the continuity board's column, for scripts.
        const QHash<QString, Store::Contact> contacts = c.store().lastContacts();
        QJsonArray array;
        QString text;
        for (const Member &m : c.store().members(classId)) {
            QJsonObject o = toJson(m);
            QString line = m.login + u"  "_s + m.displayName + u"  ("_s + roleName(m.role) + u")  "_s + m.personId;
            if (m.role == Role::Student) {
                const auto contact = contacts.constFind(m.personId);
                const bool known = contact != contacts.cend() && contact->at.isValid();
                o.insert(u"last_contact"_s, known ? QJsonValue(contact->at.toUTC().toString(Qt::ISODate)) : QJsonValue());
                o.insert(u"last_contact_via"_s, known ? QJsonValue(contact->via) : QJsonValue());
                line += u"  "_s
                    + (known ? tr("last contact %1 (%2)").arg(contact->at.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s), contact->via)
                             : tr("no contact yet"));
            }
            array.append(o);
            text += line + u'\n';
        }
        return c.done({{u"class_id"_s, classId}, {u"members"_s, array}}, text);
    };
    return {add, list};
}

} // namespace Continuite::Cli
