// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "content/secrets.h"

#include <sodium.h>

#include <QByteArray>

namespace Continuite::Secrets {

namespace {
bool ready()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}
} // namespace

QString hash(const QString &secret)
{
    if (!ready())
        return {};
    const QByteArray utf8 = secret.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return {};
    return QString::fromLatin1(out);
}

bool verify(const QString &hashText, const QString &secret)
{
    if (!ready() || hashText.isEmpty())
        return false;
    const QByteArray h = hashText.toLatin1();
    const QByteArray utf8 = secret.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

bool isOwnHash(const QString &hashText)
{
    if (!ready() || hashText.isEmpty() || hashText.size() >= crypto_pwhash_STRBYTES)
        return false;
    const QByteArray h = hashText.toLatin1();
    return h.startsWith(crypto_pwhash_argon2id_STRPREFIX)
        && crypto_pwhash_str_needs_rehash(h.constData(), crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE) == 0;
}

QString newLoginCode()
{
    ready();
    static constexpr char Alphabet[] = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    QString code;
    for (int i = 0; i < 6; ++i)
        code += QLatin1Char(Alphabet[randombytes_uniform(sizeof(Alphabet) - 1)]);
    return code;
}

QString newPin()
{
    ready();
    return QString::number(randombytes_uniform(10000)).rightJustified(4, QLatin1Char('0'));
}

QString randomHex(int bytes)
{
    ready();
    QByteArray raw(bytes, Qt::Uninitialized);
    randombytes_buf(raw.data(), size_t(raw.size()));
    return QString::fromLatin1(raw.toHex());
}

} // namespace Continuite::Secrets
