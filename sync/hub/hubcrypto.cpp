// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "sync/hub/hubcrypto.h"

#include <atomic>
#include <QCryptographicHash>
#include <QRegularExpression>

#include <sodium.h>

namespace Continuite::Hub::Crypto {

using namespace Qt::StringLiterals;

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
    // A hash with other parameters is never computed: t=4294967295 would hold a hashing slot for days.
    if (!ensureSodium() || !isSecretHash(QString::fromLatin1(hash)))
        return false;
    QByteArray terminated = hash;
    terminated.append('\0');
    return crypto_pwhash_str_verify(terminated.constData(), secret.constData(), quint64(secret.size())) == 0;
}

bool isSecretHash(const QString &text)
{
    // $argon2id$v=19$m=<KiB>,t=<passes>,p=1$<16-byte salt, 22 base64 chars>$<32-byte hash, 43 base64 chars>
    static const QRegularExpression format(
        uR"(^\$argon2id\$v=19\$m=[1-9][0-9]{0,9},t=[1-9][0-9]{0,9},p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$)"_s);
    if (!ensureSodium() || text.size() >= int(crypto_pwhash_STRBYTES) || !format.match(text).hasMatch())
        return false;
    const QByteArray latin = text.toLatin1();
    // needs_rehash is 0 exactly when the string carries these parameters (and is well formed).
    return crypto_pwhash_str_needs_rehash(latin.constData(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                          crypto_pwhash_MEMLIMIT_INTERACTIVE) == 0
        || crypto_pwhash_str_needs_rehash(latin.constData(), crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN) == 0;
}

std::optional<Cost> costOf(const QByteArray &hash)
{
    if (!isSecretHash(QString::fromLatin1(hash)))
        return std::nullopt;
    return crypto_pwhash_str_needs_rehash(hash.constData(), crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE) == 0
        ? Cost::Interactive
        : Cost::Minimal;
}

const QByteArray &dummyHash(Cost cost)
{
    auto make = [](Cost c) {
        ensureSodium();
        QByteArray secret(32, Qt::Uninitialized);
        randombytes_buf(secret.data(), size_t(secret.size()));
        return hashSecret(secret, c);
    };
    if (cost == Cost::Minimal) {
        static const QByteArray minimal = make(Cost::Minimal);
        return minimal;
    }
    static const QByteArray interactive = make(Cost::Interactive);
    return interactive;
}

QString newToken()
{
    ensureSodium();
    QByteArray raw(16, Qt::Uninitialized);
    randombytes_buf(raw.data(), size_t(raw.size()));
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray tokenHash(const QString &token)
{
    return QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256);
}

namespace {
std::atomic<qint64> checkedSignatures{0};
}

qint64 signaturesChecked()
{
    return checkedSignatures.load();
}

bool verifySignature(const QByteArray &publicKey, const QByteArray &message, const QString &signatureBase64)
{
    if (!ensureSodium() || publicKey.size() != crypto_sign_PUBLICKEYBYTES)
        return false;
    const auto decoded = QByteArray::fromBase64Encoding(signatureBase64.toLatin1());
    if (!decoded || decoded.decoded.size() != crypto_sign_BYTES)
        return false;
    checkedSignatures.fetch_add(1, std::memory_order_relaxed);
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(decoded.decoded.constData()),
                                       reinterpret_cast<const unsigned char *>(message.constData()), quint64(message.size()),
                                       reinterpret_cast<const unsigned char *>(publicKey.constData()))
        == 0;
}

} // namespace Continuite::Hub::Crypto
