// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "statuscommand.h"

#include "context.h"
#include "records.h"
#include "sync/client/syncengine.h"

namespace Continuite::Cli {

using namespace Qt::StringLiterals;

QList<Subcommand> StatusCommand::subcommands() const
{
    Subcommand status;
    status.summary = tr("What this device has not sent yet (for the acting profile), and who acts.");
    status.needs = Subcommand::Needs::Store;
    status.run = [](Context &c, const Invocation &) {
        const StoreStatus s = c.store().status();
        const auto &who = c.store().current();
        const QJsonObject sync = who ? SyncEngine::statusJson(c.store(), who->id) : QJsonObject();
        QJsonObject o{{u"pending_changes"_s, s.pendingChanges},
                      {u"rejected_changes"_s, s.rejectedChanges},
                      {u"queued_media"_s, sync.value(u"queued_media"_s).toInt()},
                      {u"last_sync"_s, sync.value(u"last_sync"_s)},
                      {u"hub"_s, sync.value(u"hub"_s)},
                      {u"cursor"_s, sync.value(u"cursor"_s)},
                      {u"device_id"_s, s.deviceId},
                      {u"profile"_s, who ? QJsonValue(toJson(*who)) : QJsonValue()},
                      {u"schema_version"_s, s.schemaVersion},
                      {u"media_blobs"_s, s.mediaBlobs},
                      {u"media_bytes"_s, double(s.mediaBytes)},
                      {u"data_dir"_s, c.dataDir()}};
        QString text = tr("Profile: %1").arg(who ? who->displayName + u" ("_s + who->login + u')' : tr("none")) + u'\n';
        text += tr("Changes waiting to be sent: %1 (refused by the hub: %2)").arg(s.pendingChanges).arg(s.rejectedChanges) + u'\n';
        text += sync.value(u"hub"_s).isString()
            ? tr("Hub: %1 · last sync: %2 · files waiting: %3").arg(sync.value(u"hub"_s).toString(),
                                                                    sync.value(u"last_sync"_s).toString(tr("never")))
                  .arg(sync.value(u"queued_media"_s).toInt()) + u'\n'
            : tr("Hub: not connected yet · last sync: never") + u'\n';
        text += tr("Device: %1 · store: %2 (schema %3)").arg(s.deviceId, c.dataDir()).arg(s.schemaVersion) + u'\n';
        return c.done(o, text);
    };
    return {status};
}

} // namespace Continuite::Cli
