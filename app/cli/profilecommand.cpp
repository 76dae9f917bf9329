// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "profilecommand.h"

#include "context.h"
#include "records.h"

#include <QJsonArray>

namespace Continuite::Cli {

using namespace Qt::StringLiterals;

QList<Subcommand> ProfileCommand::subcommands() const
{
    Subcommand add;
    add.name = u"add"_s;
    add.synopsis = u"--login L --name N --role teacher|student [--person ID] [--secret-stdin]"_s;
    add.summary = tr("Add a person to this device; their PIN or password is read from stdin (a teacher needs one).");
    add.options = {{u"login"_s, tr("The login."), u"L"_s},
                   {u"name"_s, tr("The name shown."), u"N"_s},
                   {u"role"_s, tr("teacher or student."), u"ROLE"_s},
                   {u"person"_s, tr("The person's id, when they already exist (a student added to a class)."), u"ID"_s},
                   {u"secret-stdin"_s, tr("Read the PIN or password from stdin (or $CONTINUITE_SECRET).")}};
    add.required = {u"login"_s, u"name"_s, u"role"_s};
    add.needs = Subcommand::Needs::Store;
    add.run = [](Context &c, const Invocation &in) {
        const auto role = roleFromName(in.options.value(u"role"_s));
        if (!role)
            return c.fail(tr("The role must be \"teacher\" or \"student\", not \"%1\".").arg(in.options.value(u"role"_s).left(40)));
        QString secret;
        if (in.options.isSet(u"secret-stdin"_s)) {
            const auto read = c.readSecret(tr("PIN or password: "));
            if (!read || read->isEmpty())
                return c.fail(tr("No PIN or password on standard input: type it there, or set CONTINUITE_SECRET."));
            secret = *read;
        } else if (*role == Role::Teacher) {
            return c.fail(tr("A teacher's profile needs a password: add --secret-stdin and type it on standard input."));
        }
        auto p = c.store().addProfile(in.options.value(u"login"_s), in.options.value(u"name"_s), *role, secret,
                                      in.options.value(u"person"_s));
        if (!p)
            return c.fail(p.error());
        return c.done(toJson(*p), tr("Added the %1 profile %2 (%3).").arg(roleName(p->role), p->login, p->displayName));
    };

    Subcommand list;
    list.name = u"list"_s;
    list.summary = tr("The profiles on this device; * marks the active one.");
    list.needs = Subcommand::Needs::Store;
    list.run = [](Context &c, const Invocation &) {
        const auto active = c.store().activeProfile();
        QJsonArray array;
        QString text;
        for (const Profile &p : c.store().profiles()) {
            QJsonObject o = toJson(p);
            const bool isActive = active && active->id == p.id;
            o.insert(u"active"_s, isActive);
            array.append(o);
            text += (isActive ? u"* "_s : u"  "_s) + p.login + u"  "_s + p.displayName + u"  ("_s + roleName(p.role) + u")\n"_s;
        }
        if (array.isEmpty())
            text = tr("No profile on this device yet: add one with \"profile add\", or load the demo with \"demo load\".");
        return c.done({{u"profiles"_s, array}, {u"active"_s, active ? QJsonValue(active->login) : QJsonValue()}}, text);
    };

    Subcommand switchTo;
    switchTo.name = u"switch"_s;
    switchTo.synopsis = u"LOGIN"_s;
    switchTo.summary = tr("Become this profile on this device; their PIN or password is read from stdin.");
    switchTo.minArguments = switchTo.maxArguments = 1;
    switchTo.needs = Subcommand::Needs::Store;
    switchTo.run = [](Context &c, const Invocation &in) {
        const QString login = in.arguments.first();
        const auto p = c.store().profile(login);
        if (!p)
            return c.fail(tr("There is no profile \"%1\" on this device: see \"profile list\".").arg(login.left(80)));
        QString secret;
        if (p->hasSecret) {
            const auto read = c.readSecret(p->role == Role::Teacher ? tr("Password for %1: ").arg(p->login) : tr("PIN for %1: ").arg(p->login));
            if (!read)
                return c.fail(tr("%1 is protected: type the PIN or password on standard input, or set CONTINUITE_SECRET.").arg(p->login));
            secret = *read;
        }
        auto unlocked = c.store().unlock(p->login, secret);
        if (!unlocked)
            return c.fail(unlocked.error());
        if (Status s = c.store().setActiveProfile(*unlocked); !s)
            return c.fail(s.error());
        return c.done(toJson(*unlocked), tr("You are now %1 (%2) on this device.").arg(unlocked->displayName, unlocked->login));
    };
    return {add, list, switchTo};
}

} // namespace Continuite::Cli
