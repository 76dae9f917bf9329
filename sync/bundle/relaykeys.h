// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "sync/change.h"

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace Continuite {

class Store;

/**
 * @brief The device keys a teacher's device learnt off the hub (return packs, classroom sessions), and
 * its vouches for them when it relays their changes.
 *
 * A student device that never signed in to the hub has no key there, so the hub cannot check the
 * signature of its work relayed by the teacher. The teacher's device knows the key (pinned from the
 * student's return pack, or from the classroom hub the student signed in to) and vouches for it: it
 * signs Signing::vouchMessage() with its own key, which the hub registered at the teacher's sign-in.
 * The keys themselves are pinned in the store (SyncStore::pinKey()).
 */
namespace RelayKeys {

/**
 * The "device_keys" of a sync request that pushes @p changes for @p relayer: one signed vouch per device
 * of another person this store has a pinned key for (PROTOCOL.md, "Vouched device keys").
 */
QJsonArray vouchesFor(Store &store, const QString &relayer, const QList<Change> &changes);

} // namespace RelayKeys
} // namespace Continuite
