// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "content/records.h"
#include "content/result.h"

#include <QCoreApplication>

#include <optional>

namespace Continuite {

class StoreContext;

/// @brief The people of this device: their profiles, unlocking them (with the lockout), the active one, text size.
class Profiles
{
    Q_DECLARE_TR_FUNCTIONS(Store)
public:
    static constexpr int FreeUnlockAttempts = 5;

    explicit Profiles(StoreContext &context) : m(context) {}

    /// Adds a person to this device. @p secret is their PIN or password (hashed with argon2id).
    Result<Profile> addProfile(const QString &login, const QString &displayName, Role role, const QString &secret,
                               const QString &personId = {});
    QList<Profile> profiles();
    std::optional<Profile> profile(const QString &loginOrId);
    /**
     * Checks a person's PIN or password; the profile when it is right. After 5 wrong tries in a row the
     * profile is locked for 30 s, doubling with each further wrong try (at most an hour), so a sibling
     * cannot try all 10,000 PINs of a shared laptop.
     */
    Result<Profile> unlock(const QString &login, const QString &secret);
    /**
     * Changes the PIN or password that opens @p login's profile on this device. @p oldSecret is checked
     * as unlock() does (wrong tries count); the new one follows addProfile()'s rules. The hub's own
     * sign-in secret is not changed (a student's PIN there is their teacher's to reset).
     */
    Status changeSecret(const QString &login, const QString &oldSecret, const QString &newSecret);
    /// The profile the device last switched to (kept across runs), if any.
    std::optional<Profile> activeProfile();
    Status setActiveProfile(const Profile &profile);
    /**
     * How much bigger than normal @p profileId wants text on this device (1.0 normal, up to 1.5): a setting of
     * the person, not of the device, since a grandparent and a child share one laptop. Local only, never synced.
     */
    double textScale(const QString &profileId);
    Status setTextScale(const QString &profileId, double scale);

private:
    StoreContext &m;
};

} // namespace Continuite
