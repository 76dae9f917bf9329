// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

namespace Continuite::Secrets {

/// An argon2id hash (libsodium, interactive limits) in its self-describing text form.
QString hash(const QString &secret);
bool verify(const QString &hash, const QString &secret);
/// True when @p hash is an argon2id hash with exactly the costs hash() uses: one from elsewhere (a pack) is
/// checked before verify(), whose time and memory the hash's own parameters decide.
bool isOwnHash(const QString &hash);
/// A student's login code: 6 characters without look-alikes (no 0/O, 1/I/L), easy to read on a card.
QString newLoginCode();
/// A 4-digit PIN.
QString newPin();
/// 32 random bytes, hex: device tokens and keys.
QString randomHex(int bytes = 32);

} // namespace Continuite::Secrets
