// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "sync/signing.h"

#include <sodium.h>

namespace Continuite::Signing {

namespace {
bool ready()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}
} // namespace

KeyPair newKeyPair()
{
    KeyPair k;
    if (!ready())
        return k;
    k.publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    k.secretKey.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(k.publicKey.data()), reinterpret_cast<unsigned char *>(k.secretKey.data()));
    return k;
}

QString sign(const Change &change, const QByteArray &secretKey)
{
    return signMessage(change.canonical(), secretKey);
}

QByteArray vouchMessage(const QString &device, const QString &person, const QByteArray &publicKey)
{
    return "continuite-vouch-v1\n" + device.toLatin1() + '\n' + person.toLatin1() + '\n' + publicKey.toBase64();
}

QByteArray deviceMessage(const QString &device, const QByteArray &publicKey)
{
    return "continuite-device-v1\n" + device.toLatin1() + '\n' + publicKey.toBase64();
}

QString signMessage(const QByteArray &message, const QByteArray &secretKey)
{
    if (!ready() || secretKey.size() != crypto_sign_SECRETKEYBYTES)
        return {};
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()), quint64(message.size()),
                         reinterpret_cast<const unsigned char *>(secretKey.constData()));
    return QString::fromLatin1(signature.toBase64());
}

bool verify(const Change &change, const QByteArray &publicKey)
{
    if (!ready() || publicKey.size() != crypto_sign_PUBLICKEYBYTES || change.signature.isEmpty())
        return false;
    const QByteArray signature = QByteArray::fromBase64(change.signature.toLatin1());
    if (signature.size() != crypto_sign_BYTES)
        return false;
    const QByteArray message = change.canonical();
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.constData()),
                                       reinterpret_cast<const unsigned char *>(message.constData()), quint64(message.size()),
                                       reinterpret_cast<const unsigned char *>(publicKey.constData())) == 0;
}

} // namespace Continuite::Signing
