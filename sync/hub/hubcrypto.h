// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Continuite::Hub {

/// @brief The hub's few uses of libsodium: argon2id secrets, bearer tokens, ed25519 checks.
namespace Crypto {

enum class Cost { Interactive, Minimal /* tests and PIN hashes made on slow devices */ };

/// argon2id hash string (crypto_pwhash_str) of @p secret; empty when out of memory.
QByteArray hashSecret(const QByteArray &secret, Cost cost = Cost::Interactive);
/// True when @p secret matches @p hash; false without hashing when isSecretHash(@p hash) is false.
bool verifySecret(const QByteArray &hash, const QByteArray &secret);
/// True only for an argon2id string with exactly the parameters this code makes: the app's PIN hashes
/// (Cost::Interactive: t=2, m=64 MiB, p=1) or Cost::Minimal (t=1, m=8 KiB, p=1), with a 16-byte salt and a
/// 32-byte hash. Anything else could make a sign-in hash for days or take gigabytes.
bool isSecretHash(const QString &text);
/// The cost @p hash was made at; none when isSecretHash() refuses it.
std::optional<Cost> costOf(const QByteArray &hash);
/// The hash of a random secret, made once per process at @p cost: a sign-in for a login that does not exist is
/// checked against it, so that it takes as long as a wrong password for one that does.
const QByteArray &dummyHash(Cost cost);

/// A fresh random 128-bit token, base64url without padding (22 characters): beyond guessing (2^128 tries against the
/// hub's sign-in throttle and answer times), and 21 bytes shorter on every request than 256 bits were.
QString newToken();
/// What is stored for a token: SHA-256 of its text.
QByteArray tokenHash(const QString &token);

/// True when @p signatureBase64 is a valid ed25519 signature of @p message by @p publicKey (32 bytes).
bool verifySignature(const QByteArray &publicKey, const QByteArray &message, const QString &signatureBase64);
/// How many signatures this process has checked (verifySignature calls that reached ed25519): what a request costs,
/// counted by the tests that bound it.
qint64 signaturesChecked();

} // namespace Crypto
} // namespace Continuite::Hub
