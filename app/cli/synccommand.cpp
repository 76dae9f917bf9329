// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "synccommand.h"

#include "context.h"
#include "records.h"
#include "sync/client/syncengine.h"

namespace Continuite::Cli {

using namespace Qt::StringLiterals;

QList<Subcommand> LoginCommand::subcommands() const
{
    Subcommand login;
    login.synopsis = u"--hub URL --login L --password-stdin"_s;
    login.summary = tr("Sign this device in to a hub (a teacher's password or a student's PIN, read from stdin); "
                       "the person's profile is created here if needed and becomes the active one.");
    login.options = {{u"hub"_s, tr("The hub's address, e.g. http://192.168.1.10:8080."), u"URL"_s},
                     {u"login"_s, tr("The login (a student's login code)."), u"L"_s},
                     {u"password-stdin"_s, tr("Read the password or PIN from stdin (or $CONTINUITE_SECRET).")}};
    login.required = {u"hub"_s, u"login"_s, u"password-stdin"_s};
    login.needs = Subcommand::Needs::Store;
    login.run = [](Context &c, const Invocation &in) {
        const auto secret = c.readSecret(tr("Password or PIN: "));
        if (!secret || secret->isEmpty())
            return c.fail(tr("No password or PIN was given on standard input."));
        SyncEngine engine(c.store());
        auto profile = engine.login(in.options.value(u"hub"_s), in.options.value(u"login"_s), *secret);
        if (!profile)
            return c.fail(profile.error());
        if (Status s = c.store().setActiveProfile(*profile); !s)
            return c.fail(s.error());
        QJsonObject o{{u"profile"_s, toJson(*profile)}};
        o.insert(u"hub"_s, SyncEngine::statusJson(c.store(), profile->id).value(u"hub"_s));
        return c.done(o, tr("Signed in to %1 as %2 (%3). Run \"continuite-cli sync\" to fetch and send everything.")
                             .arg(in.options.value(u"hub"_s), profile->displayName, profile->login));
    };
    return {login};
}

QList<Subcommand> SyncCommand::subcommands() const
{
    Subcommand sync;
    sync.synopsis = u"[--metered] [--no-media] [--media-policy never|unmetered|always] [--monthly-cap-mb N] [--rate-cap-kbps N]"_s;
    sync.summary = tr("Send what this device has not sent and fetch what is new; prints changes, bytes each way, "
                      "round trips, media and time. Policy options are kept for later syncs.");
    sync.options = {{u"metered"_s, tr("The network is metered (mobile data): media wait if the policy says so.")},
                    {u"no-media"_s, tr("Records only, this time.")},
                    {u"media-policy"_s, tr("When files may be downloaded and sent: never, unmetered or always."), u"P"_s},
                    {u"monthly-cap-mb"_s, tr("Stop media once this month's sync traffic would pass N MB (0: no cap)."), u"N"_s},
                    {u"rate-cap-kbps"_s, tr("Use at most N kilobytes per second (0: no cap)."), u"N"_s}};
    sync.run = [](Context &c, const Invocation &in) {
        const Profile who = *c.store().current();
        if (!c.store().sync().state(who.id))
            return c.fail(tr("%1 has not signed in to a hub on this device: run \"continuite-cli login --hub URL --login %1 "
                             "--password-stdin\" first.").arg(who.login));
        DataPolicy policy = c.store().sync().state(who.id)->policy;
        bool changed = false;
        if (in.options.isSet(u"media-policy"_s)) {
            const auto p = mediaPolicyFromName(in.options.value(u"media-policy"_s));
            if (!p)
                return c.misuse(tr("--media-policy is never, unmetered or always."));
            policy.media = *p;
            changed = true;
        }
        for (const auto &[option, target, factor] : {std::tuple{u"monthly-cap-mb"_s, &policy.monthlyCapMB, qint64(1)},
                                                     std::tuple{u"rate-cap-kbps"_s, &policy.rateCapBytesPerSecond, qint64(1024)}}) {
            if (!in.options.isSet(option))
                continue;
            bool ok = false;
            const qint64 n = in.options.value(option).toLongLong(&ok);
            if (!ok || n < 0)
                return c.misuse(tr("--%1 needs a whole number, 0 or more.").arg(option));
            *target = n * factor;
            changed = true;
        }
        if (changed)
            if (Status s = c.store().sync().setPolicy(who.id, policy); !s)
                return c.fail(s.error());
        SyncEngine::Options options;
        options.metered = in.options.isSet(u"metered"_s);
        options.media = !in.options.isSet(u"no-media"_s);
        SyncEngine engine(c.store(), options);
        auto report = engine.sync(who);
        if (!report)
            return c.fail(report.error());
        if (!report->recordsComplete)
            return c.fail(report->errors.isEmpty() ? tr("The sync did not complete; run it again.")
                                                   : report->errors.join(u' '));
        return c.done(report->toJson(), report->toText());
    };
    return {sync};
}

} // namespace Continuite::Cli
