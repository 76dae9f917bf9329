// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "sync/change.h"

#include <QByteArray>
#include <QString>

namespace Continuite::Signing {

/// An ed25519 key pair (libsodium): the device signs every change it writes with it.
struct KeyPair
{
    QByteArray publicKey; ///< 32 bytes
    QByteArray secretKey; ///< 64 bytes
};

KeyPair newKeyPair();
/// Base64 signature of change.canonical().
QString sign(const Change &change, const QByteArray &secretKey);
/// True when @p change carries a valid signature by @p publicKey over its canonical form.
bool verify(const Change &change, const QByteArray &publicKey);

/**
 * The bytes a teacher's device signs to vouch that @p device of @p person signs with @p publicKey (a key
 * it learnt from a return pack or a classroom session): "continuite-vouch-v1", device, person, base64 key,
 * one per line. The hub believes it only from a registered device of a teacher of that student.
 */
QByteArray vouchMessage(const QString &device, const QString &person, const QByteArray &publicKey);
/**
 * The bytes a device signs at sign-in to prove that it holds the key it registers under its id:
 * "continuite-device-v1", device, base64 key, one per line. Without it, anyone who knows a pupil's PIN (her
 * teacher) could register her tablet's public key under a made-up id, and the tablet, signing in, would find its key
 * taken ("device_key_in_use").
 */
QByteArray deviceMessage(const QString &device, const QByteArray &publicKey);
/// Base64 ed25519 signature of arbitrary @p message.
QString signMessage(const QByteArray &message, const QByteArray &secretKey);

} // namespace Continuite::Signing
