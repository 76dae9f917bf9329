// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

#include <atomic>
#include <string>

namespace Continuite::Hub {

/// @brief Parsing of what arrives on the wire, kept apart from the HTTP server so it can be fuzzed.
namespace Wire {

/// Inflates one zstd frame, refusing to produce more than @p limit bytes. Throws HubError (400, 413).
QByteArray inflateZstd(const QByteArray &in, qint64 limit);
/// The zstd level the hub uses for an answer of @p bytes: cheap for the small answers of everyday syncs,
/// stronger (@p largeLevel) for the large pages of a first sync (see bench/README.md, "Sync benchmark").
int zstdLevelFor(qsizetype bytes, int largeLevel = 19);
/// Compresses with zstd at @p level (0: zstdLevelFor(in.size())), with a frame checksum; empty on failure.
QByteArray deflateZstd(const QByteArray &in, int level = 0);
/// A large sync answer packed so that a client cut while reading it can ask for the rest alone (PROTOCOL.md,
/// "A page cut on its way"): one zstd frame in which @p prefix (the verdicts and changes) is flushed before @p tail (the
/// cursor and what follows), with parameters chosen from the prefix alone, so the same prefix always gives the same first
/// prefixBytes bytes whatever tail follows (a cursor or a last contact that moved). tag names those packed bytes (the
/// SHA-256 of the frame's first prefixBytes bytes), after the level in the clear: a quoted ETag "19.<22 characters>".
/// Parameters of at most 1 MiB whatever the prefix's size. Empty bytes on failure.
struct ResumableZstd
{
    QByteArray bytes;
    qint64 prefixBytes = 0;
    std::string tag;
    qint64 workspaceBytes = 0; ///< the zstd context's memory while packing (ZSTD_sizeof_CCtx), for tests
};
ResumableZstd deflateZstdResumable(QByteArrayView prefix, QByteArrayView tail, int level);
/// The same page packed with bzip2 (block size 9), for a client that accepts it (PROTOCOL.md, "bzip2"): the prefix as one
/// bzip2 stream, the tail as a second, concatenated; each carries its CRCs, so joined parts that do not belong together
/// fail to inflate. Tagged as deflateZstdResumable() tags (@p level in the clear: the strong level it stands for). On the
/// anchor's texts 20 % fewer bytes than zstd at 19, at a sixth of its CPU (bench/README.md, "Session 19 (wire20)").
ResumableZstd deflateBzip2Resumable(QByteArrayView prefix, QByteArrayView tail, int level);
/// Tests only (review-bz20 F4): while above 0, deflateZstdResumable() and deflateBzip2Resumable() fail, taking one
/// each, as on short memory (bzip2's BZ_MEM_ERROR, a zstd context not created). 0 in the hub: nothing sets it.
inline std::atomic<int> failResumablePackings{0};
/// What bzip2 at block size 9 holds while it packs: 400 KiB + 8 × its 900,000-byte block (its manual: 400k + 8 × the
/// block size), 7,609,600 B ≈ 7.26 MiB, whatever the input (libbz2 1.0.8 allocates ≈7.52 MB of it).
constexpr qint64 Bzip2WorkspaceBytes = 400 * 1024 + 8 * 900 * 1000;
/// The memory of deflateZstdResumable()'s zstd context at @p level for a prefix of @p prefixBytes, at most (its
/// parameters are those of 1 MiB at most): ≈18.5 MiB at 19 for 1 MiB. Measured once per level and power of two.
qint64 resumableWorkspaceBytes(int level, qsizetype prefixBytes);
/// The level a page tag of deflateZstdResumable() names (a client's If-Range), or 0 when it is not one.
int pageTagLevel(const std::string &tag);
/// A JSON object, or HubError 400 naming "body".
QJsonObject parseJsonObject(const QByteArray &body);

/// The client's address for sign-in throttling: @p peer, unless @p peer is one of @p trustedProxies and
/// @p forwardedFor (its X-Forwarded-For or similar header, possibly empty) ends with a valid IP address: then
/// that right-most address, the one the trusted proxy itself appended.
QString clientAddress(const std::string &peer, const std::string &forwardedFor, const QStringList &trustedProxies);

/// @p text (a request's path or method, as the client sent it) for the request log: at most @p maxBytes bytes, each
/// byte that is not printable ASCII written %XX. Control characters from a client never reach the log (a forged
/// log line, escape sequences played on the terminal of whoever reads it).
QString loggable(const std::string &text, size_t maxBytes = 200);
/// The id of a request for the logs and the answer's X-Request-Id: @p sent (the client's or the front's header) when it
/// is 1–64 of [A-Za-z0-9._:-] (nothing a log reader could mistake for another field), else 16 new random hex digits.
std::string requestId(const std::string &sent);
/// @p text (a name a client gave, e.g. a device's) without control, format (bidirectional overrides) or line and
/// paragraph separator characters, which would let it forge or disguise what an admin or a teacher reads.
QString printable(const QString &text);

struct ByteRange
{
    enum Kind { Whole, Partial, Unsatisfiable } kind = Whole;
    qint64 first = 0;
    qint64 last = -1;
};
/// One "Range: bytes=…" header against a file of @p size bytes; anything we do not serve as one range is Whole.
ByteRange parseRange(const std::string &header, qint64 size);

} // namespace Wire
} // namespace Continuite::Hub
