// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "classcommand.h"

#include "context.h"
#include "records.h"

#include <QJsonArray>

namespace Continuite::Cli {

using namespace Qt::StringLiterals;

QList<Subcommand> ClassCommand::subcommands() const
{
    Subcommand create;
    create.name = u"create"_s;
    create.synopsis = u"--name N"_s;
    create.summary = tr("Create a class; you are its teacher.");
    create.options = {{u"name"_s, tr("The class's name, e.g. \"6e B — Mathématiques\"."), u"N"_s}};
    create.required = {u"name"_s};
    create.run = [](Context &c, const Invocation &in) {
        auto created = c.store().createClass(in.options.value(u"name"_s));
        if (!created)
            return c.fail(created.error());
        return c.done(toJson(*created), tr("Created the class %1 (id %2).").arg(created->name, created->meta.id));
    };

    Subcommand list;
    list.name = u"list"_s;
    list.summary = tr("Your classes.");
    list.run = [](Context &c, const Invocation &) {
        QJsonArray array;
        QString text;
        for (const SchoolClass &k : c.store().classes()) {
            QJsonObject o = toJson(k);
            const bool teacher = [&] {
                for (const Member &m : c.store().members(k.meta.id))
                    if (m.personId == c.store().current()->id)
                        return m.role == Role::Teacher;
                return false;
            }();
            o.insert(u"role"_s, teacher ? u"teacher"_s : u"student"_s);
            array.append(o);
            text += k.meta.id + u"  "_s + k.name + u'\n';
        }
        if (array.isEmpty())
            text = tr("No class yet.");
        return c.done({{u"classes"_s, array}}, text);
    };
    return {create, list};
}

} // namespace Continuite::Cli
