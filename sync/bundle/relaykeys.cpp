// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "sync/bundle/relaykeys.h"

#include "content/store.h"

#include <QJsonObject>
#include <QSet>

namespace Continuite::RelayKeys {

using namespace Qt::StringLiterals;

QJsonArray vouchesFor(Store &store, const QString &relayer, const QList<Change> &changes)
{
    QJsonArray vouches;
    QSet<QString> done;
    for (const Change &c : changes) {
        if (c.author == relayer || c.device == store.deviceId() || done.contains(c.device + c.author))
            continue;
        done.insert(c.device + c.author);
        const SyncStore::DeviceKey key = store.sync().pinnedKey(c.device, c.author);
        if (key.publicKey.size() != 32)
            continue; // nothing to vouch with: the hub says why it refuses the change
        const QString signature = store.changes().signWithThisDevice(Signing::vouchMessage(c.device, c.author, key.publicKey));
        vouches.append(QJsonObject{{u"device"_s, c.device}, {u"person"_s, c.author},
                                   {u"key"_s, QString::fromLatin1(key.publicKey.toBase64())}, {u"sig"_s, signature}});
    }
    return vouches;
}

} // namespace Continuite::RelayKeys
