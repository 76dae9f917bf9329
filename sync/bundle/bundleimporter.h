// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "content/store.h"
#include "sync/bundle/bundlefile.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>

namespace Continuite {

/// What an import brought in, for the person who carried the stick.
struct BundleImportSummary
{
    BundleManifest manifest;
    int applied = 0;    ///< changes that changed something here
    int duplicates = 0; ///< changes already here (the same pack twice, or already synced)
    int mediaAdded = 0;
    int mediaKnown = 0;
    int relayQueued = 0;         ///< return packs: the student's changes now waiting for this device's next sync
    QStringList newDeviceKeys;   ///< devices seen for the first time and now trusted ("name (device id)")
    QString forProfile;          ///< the profile on this device the pack was for (login)
    QHash<QString, int> kinds;   ///< what the pack carries: changes by kind ("lesson": 3, …)
    int files = 0;               ///< files the pack carries (added or already here)

    bool nothingNew() const { return applied == 0 && mediaAdded == 0 && relayQueued == 0; }
};

/// What a student's first pack on a device made: their profile (now the device's active one) and what came in.
struct BundleFirstRun
{
    Profile profile;
    BundleImportSummary summary;
};

/**
 * @brief Checks a bundle whole, then applies it in one transaction — or refuses it whole with a reason.
 *
 * Checked, in this order, before anything is written: the seal (SHA-256 of the whole file), the format,
 * the counts; every change's ed25519 signature against the key of its device in the pack, and that the
 * device belongs to the change's author; every blob's SHA-256; the device keys against those this device
 * already trusts; that the pack is for someone on this device; and the hub's authorization rules per
 * change: a teacher's kinds only from a teacher of the class, a student's kinds only from that student,
 * for themselves, in their class.
 *
 * Trust of device keys (trust on first use, per device and person): the first pack from a person's device pins
 * that device's key for that person here (two sisters on one family laptop: two pins, one key). A device never
 * changes key (keys are made once per installation, for all its profiles): a pack signed by another key under a
 * device id known here is refused, whoever it names. A second device of a person already known (the student moved to another
 * laptop) is refused unless the person importing confirms it (Options::trustNewDevice); so is a device of someone
 * with a profile on this device (its own device is the one this device knows for them: a pack "by the teacher" from
 * another device is not believed on his own computer on first use). A student's device
 * pins its teacher's device from the first class pack; a teacher's device pins each student's device from
 * their first return pack. Keys are kept in the store's pinned_keys table (SyncStore::pinKey()).
 *
 * A return pack imported on a teacher's device is also queued in its outbox, intact, to be relayed to the
 * hub at the next sync (ChangeLog::queueForRelay).
 */
class BundleImporter
{
    Q_DECLARE_TR_FUNCTIONS(BundleImporter)
public:
    struct Options
    {
        bool trustNewDevice = false; ///< the person importing confirmed a new device of a known person
        /// Checked after the checks, before anything is written (the app's Stop button); may be null.
        const std::atomic_bool *cancelled = nullptr;
        /// Told how far the import is, 0..1, at each phase (read and sealed, signed, checked, written).
        std::function<void(double)> progress;
    };

    explicit BundleImporter(Store &store);

    /// Reads and checks a bundle without applying anything (to show what it holds, or who it is for).
    Result<BundleContents> inspect(const QString &path);
    Result<BundleImportSummary> import(const QString &path, const Options &options);
    Result<BundleImportSummary> import(const QString &path) { return import(path, Options{}); }
    /**
     * A student's first pack on a device where they have no profile (no network ever): finds @p login in
     * the pack's roster, checks @p pin against the PIN hash a one-student pack carries for its student,
     * then makes their profile (opened by that PIN) and imports the pack, in one transaction — refused
     * whole, nothing made, on a wrong PIN, a code the pack does not know, a damaged or forged pack. A
     * class pack carries no PIN hash (it goes to every household) and so cannot start a device: the
     * error says to ask for a pack for one student.
     */
    Result<BundleFirstRun> importAsNewStudent(const QString &path, const QString &login, const QString &pin,
                                              const Options &options);
    Result<BundleFirstRun> importAsNewStudent(const QString &path, const QString &login, const QString &pin)
    {
        return importAsNewStudent(path, login, pin, Options{});
    }

    /// Whether the last import was refused only for want of the importer's word that a device is really the person's
    /// (Options::trustNewDevice): the same pack, confirmed, may be imported.
    bool needsConfirmation() const;

private:
    struct Plan;
    Result<BundleImportSummary> apply(const BundleContents &contents, const QString &path, const Options &options);
    Status checkSignatures(const BundleContents &contents);
    Status checkAuthorization(const BundleContents &contents, Plan &plan);
    Status checkTrust(const BundleContents &contents, const Options &options, Plan &plan);
    Status checkBlobs(const BundleContents &contents);

    Store &m_store;
    bool m_needsConfirmation = false;
};

} // namespace Continuite
