// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "sync/classroom/classroomkey.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QUrl>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <sodium.h>

#include <functional>
#include <memory>

Q_DECLARE_LOGGING_CATEGORY(lcClassroom)

namespace Continuite::ClassroomKey {

using namespace Qt::StringLiterals;

namespace {

template<typename T, void (*Free)(T *)>
struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using Key = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using Cert = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using Bio = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using Bignum = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;

QString tr(const char *text)
{
    return QCoreApplication::translate("Continuite::ClassroomKey", text); // the context lupdate gives this namespace
}

QByteArray spkiSha256Of(EVP_PKEY *key)
{
    unsigned char *der = nullptr;
    const int length = key ? i2d_PUBKEY(key, &der) : -1;
    if (length <= 0)
        return {};
    const QByteArray hash = QCryptographicHash::hash(QByteArrayView(der, length), QCryptographicHash::Sha256);
    OPENSSL_free(der);
    return hash;
}

QByteArray pemOf(const std::function<int(BIO *)> &write)
{
    Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || write(bio.get()) != 1)
        return {};
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return length > 0 ? QByteArray(data, qsizetype(length)) : QByteArray();
}

/// A new P-256 key and a self-signed certificate for it (PEM), valid 30 years: the pupils' devices pin the key, they
/// do not look at dates or names.
bool make(QByteArray *certificatePem, QByteArray *keyPem)
{
    Key key(EVP_EC_gen("P-256"));
    Cert cert(X509_new());
    Bignum serial(BN_new());
    if (!key || !cert || !serial || BN_rand(serial.get(), 63, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) != 1
        || !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get())) || X509_set_version(cert.get(), 2) != 1
        || !X509_gmtime_adj(X509_getm_notBefore(cert.get()), -24L * 3600)
        || !X509_gmtime_adj(X509_getm_notAfter(cert.get()), 30L * 365 * 24 * 3600) || X509_set_pubkey(cert.get(), key.get()) != 1)
        return false;
    X509_NAME *name = X509_get_subject_name(cert.get());
    if (X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>("Continuité classroom"), -1,
                                   -1, 0) != 1
        || X509_set_issuer_name(cert.get(), name) != 1 || X509_sign(cert.get(), key.get(), EVP_sha256()) <= 0)
        return false;
    *certificatePem = pemOf([&](BIO *b) { return PEM_write_bio_X509(b, cert.get()); });
    *keyPem = pemOf([&](BIO *b) { return PEM_write_bio_PrivateKey(b, key.get(), nullptr, nullptr, 0, nullptr, nullptr); });
    return !certificatePem->isEmpty() && !keyPem->isEmpty();
}

/// The private key in @p pem matches the certificate's public key.
bool matches(const QByteArray &keyPem, const QByteArray &certificatePem)
{
    Bio keyBio(BIO_new_mem_buf(keyPem.constData(), int(keyPem.size())));
    Bio certBio(BIO_new_mem_buf(certificatePem.constData(), int(certificatePem.size())));
    Key key(keyBio ? PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr) : nullptr);
    Cert cert(certBio ? PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr) : nullptr);
    return key && cert && X509_check_private_key(cert.get(), key.get()) == 1;
}

bool writeFile(const QString &path, const QByteArray &bytes, QFileDevice::Permissions permissions)
{
    QFile::remove(path);
    QFile f(path);
    // Created with its final permissions: the key is never readable by others, even for an instant.
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly, permissions) || f.write(bytes) != bytes.size() || !f.flush())
        return false;
    return f.setPermissions(permissions);
}

} // namespace

QString alphabet()
{
    return u"23456789ABCDEFGHJKLMNPQRSTUVWXYZ"_s;
}

QByteArray spkiSha256OfPem(const QByteArray &pem)
{
    Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    Cert cert(bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    return cert ? spkiSha256Of(X509_get0_pubkey(cert.get())) : QByteArray();
}

Result<Certificate> ensure(const QString &dir)
{
    using R = Result<Certificate>;
    Certificate c{QDir(dir).filePath(u"classroom-certificate.pem"_s), QDir(dir).filePath(u"classroom-key.pem"_s), {}};
    QFile certFile(c.certificateFile), keyFile(c.keyFile);
    if (certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly)) {
        const QByteArray certificatePem = certFile.readAll(), keyPem = keyFile.readAll();
        c.spkiSha256 = spkiSha256OfPem(certificatePem);
        if (c.spkiSha256.size() == 32 && matches(keyPem, certificatePem)) {
            constexpr auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
            if ((keyFile.permissions() & ~(ownerOnly | QFileDevice::ReadUser | QFileDevice::WriteUser)) != 0)
                keyFile.setPermissions(ownerOnly); // a copy restored from a backup, readable by others
            return c;
        }
        qCWarning(lcClassroom) << "the classroom's key or certificate in" << dir << "is unusable: a new pair is made";
    }
    certFile.close();
    keyFile.close();
    QByteArray certificatePem, keyPem;
    if (!QDir().mkpath(dir) || !make(&certificatePem, &keyPem))
        return R::failure(tr("The classroom's secure connection could not be prepared (its key could not be made)."));
    // The key first: a certificate without its key is made again at the next start.
    QFile::remove(c.certificateFile);
    if (!writeFile(c.keyFile, keyPem, QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || !writeFile(c.certificateFile, certificatePem, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                                              | QFileDevice::ReadOther))
        return R::failure(tr("The classroom's secure connection could not be prepared: %1 cannot be written.").arg(dir));
    c.spkiSha256 = spkiSha256OfPem(certificatePem);
    return c;
}

QString keyCode(const QString &joinCode, const QByteArray &spkiSha256)
{
    static const bool ready = sodium_init() >= 0;
    if (!ready || spkiSha256.size() != 32)
        return {};
    const QByteArray salt = QCryptographicHash::hash(QByteArray("continuite classroom key v1 " + cleaned(joinCode).toLatin1()),
                                                     QCryptographicHash::Sha256)
                                .left(crypto_pwhash_SALTBYTES);
    unsigned char out[crypto_pwhash_BYTES_MIN];
    if (crypto_pwhash(out, sizeof out, spkiSha256.constData(), quint64(spkiSha256.size()),
                      reinterpret_cast<const unsigned char *>(salt.constData()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                      crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return {};
    quint64 bits = 0;
    for (int i = 0; i < 5; ++i)
        bits = bits << 8 | out[i];
    const QString symbols = alphabet();
    QString code;
    for (int i = KeySymbols - 1; i >= 0; --i)
        code += symbols.at(int(bits >> (5 * i) & 31));
    return code;
}

QByteArray pinOf(const QByteArray &spkiSha256)
{
    return QByteArray("sha256//" + spkiSha256.toBase64());
}

QString cleaned(const QString &code)
{
    QString out;
    for (QChar c : code)
        if (c.isLetterOrNumber())
            out += c.toUpper();
    return out;
}

bool looksLikeClassroom(const QString &url)
{
    const QUrl parsed(url.trimmed());
    QString path = parsed.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    if (!path.startsWith(u'/') || path.size() != 1 + JoinSymbols)
        return false;
    const QString symbols = alphabet();
    for (QChar c : QStringView(path).mid(1))
        if (!symbols.contains(c.toUpper()))
            return false;
    return true;
}

QString grouped(const QString &joinCode, const QString &keyCode)
{
    return u"%1-%2-%3"_s.arg(joinCode, keyCode.left(4), keyCode.mid(4));
}

} // namespace Continuite::ClassroomKey
