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

} // namespace Continuite::Signing
