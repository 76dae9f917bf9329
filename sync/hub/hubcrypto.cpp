#include "sync/hub/hubcrypto.h"

#include <QCryptographicHash>

#include <sodium.h>

namespace Continuite::Hub::Crypto {

namespace {
bool ensureSodium()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}
} // namespace

QByteArray hashSecret(const QByteArray &secret, Cost cost)
{
    if (!ensureSodium())
        return {};
    char out[crypto_pwhash_STRBYTES];
    const auto ops = cost == Cost::Minimal ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE;
    const auto mem = cost == Cost::Minimal ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_INTERACTIVE;
    if (crypto_pwhash_str_alg(out, secret.constData(), quint64(secret.size()), ops, mem, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return {};
    return QByteArray(out);
}

bool verifySecret(const QByteArray &hash, const QByteArray &secret)
{
    if (!ensureSodium() || hash.isEmpty() || hash.size() >= crypto_pwhash_STRBYTES)
        return false;
    QByteArray terminated = hash;
    terminated.append('\0');
    return crypto_pwhash_str_verify(terminated.constData(), secret.constData(), quint64(secret.size())) == 0;
}

bool isSecretHash(const QString &text)
{
    return text.startsWith(QLatin1String("$argon2id$")) && text.size() < int(crypto_pwhash_STRBYTES);
}

QString newToken()
{
    ensureSodium();
    QByteArray raw(32, Qt::Uninitialized);
    randombytes_buf(raw.data(), size_t(raw.size()));
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray tokenHash(const QString &token)
{
    return QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256);
}

bool verifySignature(const QByteArray &publicKey, const QByteArray &message, const QString &signatureBase64)
{
    if (!ensureSodium() || publicKey.size() != crypto_sign_PUBLICKEYBYTES)
        return false;
    const auto decoded = QByteArray::fromBase64Encoding(signatureBase64.toLatin1());
    if (!decoded || decoded.decoded.size() != crypto_sign_BYTES)
        return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(decoded.decoded.constData()),
                                       reinterpret_cast<const unsigned char *>(message.constData()), quint64(message.size()),
                                       reinterpret_cast<const unsigned char *>(publicKey.constData()))
        == 0;
}

} // namespace Continuite::Hub::Crypto
