// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "content/result.h"

#include <QByteArray>
#include <QString>

namespace Continuite {

/**
 * @brief The classroom hub's TLS key and the code a pupil types, which binds it (SECURITY.md, "The classroom hub").
 *
 * The teacher's laptop makes an EC P-256 key pair and a self-signed certificate with OpenSSL at its first
 * classroom, in the classroom hub's folder (the key file 0600), and keeps them for every lesson after.
 *
 * The code on the teacher's screen is 14 symbols, shown "K7PQ2M-ABCD-EFGH": the first 6 are the join code (new
 * at each opening, the hub's path prefix), the last 8 are the *key code*: 40 bits of
 * Argon2id(password = SHA-256 of the certificate's public key (SPKI), salt = the join code), with the app's own
 * PIN-hash cost (libsodium's "interactive": 2 passes over 64 MiB). A pupil's device fetches the certificate with a
 * bare TLS handshake (no request, nothing secret), computes the key code of the key it was shown and goes on only
 * when it is the one typed; from then on it pins the key's full SHA-256 (libcurl's CURLOPT_PINNEDPUBLICKEY).
 *
 * Why salted by the join code and slow: the key is kept across lessons, so an unsalted prefix of its hash could
 * be ground against for weeks; salted with a code nobody knows before the classroom opens, the grinding starts when
 * the code is on the board. One guess costs one Argon2id (≈64 MiB of memory traffic ×2): ≈2^11 a second on a
 * large GPU, so 2^40 guesses take ≈2^29 GPU-seconds (≈17 GPU-years) where a lesson lasts an hour.
 */
namespace ClassroomKey {

inline constexpr int JoinSymbols = 6;  ///< the join code (the hub's path prefix), 30 bits
inline constexpr int KeySymbols = 8;   ///< the key code, 40 bits
inline constexpr int CodeSymbols = JoinSymbols + KeySymbols;

/// The 32 symbols of the codes: no 0/O or 1/I to misread.
QString alphabet();

/// The key pair and certificate a classroom hub serves (PEM files) and the SHA-256 of the certificate's SPKI.
struct Certificate
{
    QString certificateFile;
    QString keyFile;
    QByteArray spkiSha256; ///< 32 bytes
};

/// The certificate kept in @p dir, made there (key file 0600) when missing or unusable.
Result<Certificate> ensure(const QString &dir);

/// SHA-256 of the SubjectPublicKeyInfo of the PEM certificate @p pem; empty when it is not one.
QByteArray spkiSha256OfPem(const QByteArray &pem);

/// The 8 symbols binding @p spkiSha256 to @p joinCode (upper case, no separators).
QString keyCode(const QString &joinCode, const QByteArray &spkiSha256);

/// libcurl's pin of a key: "sha256//" + base64 of @p spkiSha256.
QByteArray pinOf(const QByteArray &spkiSha256);

/// @p code's letters and digits, upper case (what a pupil typed, separators dropped).
QString cleaned(const QString &code);

/**
 * Whether @p url has the shape of a classroom hub's address: one path segment of exactly JoinSymbols symbols of the
 * alphabet, whatever the case ("http://192.168.1.10:8765/k7pq2m"). Such an address is only ever used https and pinned
 * (HttpTransport): one kept from before classrooms were https, or typed by hand, would send a token or a PIN in clear.
 */
bool looksLikeClassroom(const QString &url);

/// The code as the teacher's screen shows it: "K7PQ2M-ABCD-EFGH".
QString grouped(const QString &joinCode, const QString &keyCode);

} // namespace ClassroomKey
} // namespace Continuite
