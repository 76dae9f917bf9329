// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "sync/hub/hubwire.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include "sync/hub/huberror.h"
#include "sync/inflate.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonDocument>

// ZSTD_getCParams (a first sync's resumable pages): in the "experimental" part of zstd.h since 1.0, exported by the
// shared library.
#define ZSTD_STATIC_LINKING_ONLY
#include <bzlib.h>
#include <zstd.h>

#include <algorithm>
#include <limits>
#include <memory>
#include <mutex>

namespace Continuite::Hub::Wire {

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype LargeAnswerBytes = 64 * 1024;
// A resumable page's parameters are never those of more than 1 MiB (the app's page, and --max-page-kb's default): a page
// just over it (one large change) took a 34 MiB context at level 19, 50 MiB at 4 MiB, in no budget (review of perf16,
// finding 2); at 1 MiB, 17.6 MiB. A page larger than the window still packs, with matches no further back than 1 MiB.
constexpr qsizetype ResumableParamsBytes = 1024 * 1024;
} // namespace

QByteArray inflateZstd(const QByteArray &in, qint64 limit)
{
    // The decoder and its bounds are the app's too (sync/inflate.h); here each failure gets the hub's answer.
    Inflate::Result r = Inflate::zstd(in, limit);
    switch (r.failure) {
    case Inflate::Failure::None:
        return std::move(r.data);
    case Inflate::Failure::TooLarge:
        throw HubError(413, u"too_large"_s, u"The request is too large once decompressed."_s, u"body"_s);
    case Inflate::Failure::WindowTooLarge:
        throw HubError(413, u"too_large"_s, u"The zstd frame needs a window larger than 8 MiB; compress at a lower level."_s,
                       u"body"_s);
    case Inflate::Failure::TrailingBytes:
    case Inflate::Failure::TooManyStreams:
        throw HubError(400, u"invalid"_s, u"Send one zstd frame."_s, u"body"_s);
    case Inflate::Failure::Empty:
    case Inflate::Failure::Truncated:
        throw HubError(400, u"invalid"_s, u"The zstd body is truncated."_s, u"body"_s);
    case Inflate::Failure::Corrupt:
        break;
    }
    throw HubError(400, u"invalid"_s, u"The zstd body is corrupt."_s, u"body"_s);
}

int zstdLevelFor(qsizetype bytes, int largeLevel)
{
    return bytes >= LargeAnswerBytes ? largeLevel : 3;
}

QByteArray deflateZstd(const QByteArray &in, int level)
{
    // Records have no hash of their own (files do): the frame's checksum lets libzstd on the client refuse
    // an answer damaged on the way, at 4 bytes an answer.
    QByteArray packed(qsizetype(ZSTD_compressBound(size_t(in.size()))), Qt::Uninitialized);
    ZSTD_CCtx *cctx = ZSTD_createCCtx();
    if (!cctx)
        return {};
    ZSTD_CCtx_setParameter(cctx, ZSTD_c_compressionLevel, level > 0 ? level : zstdLevelFor(in.size()));
    ZSTD_CCtx_setParameter(cctx, ZSTD_c_checksumFlag, 1);
    const size_t n = ZSTD_compress2(cctx, packed.data(), size_t(packed.size()), in.constData(), size_t(in.size()));
    ZSTD_freeCCtx(cctx);
    if (ZSTD_isError(n))
        return {};
    packed.resize(qsizetype(n));
    // resize() keeps the capacity: a 3 MiB answer packed to 190 KB would hold 3 MiB while the hub counts 190 KB (a
    // review of the answer budgets, session 12: 11 times the count in resident memory).
    packed.squeeze();
    return packed;
}

namespace {

void setResumableParams(ZSTD_CCtx *c, int level, qsizetype prefixBytes)
{
    // Every parameter from the prefix's size (as ZSTD_compress2 would for it alone) and none from the whole: the frame
    // carries no content size, and the prefix is flushed before the tail is seen, so its bytes depend on it alone.
    const ZSTD_compressionParameters p = ZSTD_getCParams(level, std::min(prefixBytes, ResumableParamsBytes), 0);
    ZSTD_CCtx_setParameter(c, ZSTD_c_compressionLevel, level);
    ZSTD_CCtx_setParameter(c, ZSTD_c_windowLog, int(p.windowLog));
    ZSTD_CCtx_setParameter(c, ZSTD_c_chainLog, int(p.chainLog));
    ZSTD_CCtx_setParameter(c, ZSTD_c_hashLog, int(p.hashLog));
    ZSTD_CCtx_setParameter(c, ZSTD_c_searchLog, int(p.searchLog));
    ZSTD_CCtx_setParameter(c, ZSTD_c_minMatch, int(p.minMatch));
    ZSTD_CCtx_setParameter(c, ZSTD_c_targetLength, int(p.targetLength));
    ZSTD_CCtx_setParameter(c, ZSTD_c_strategy, int(p.strategy));
    ZSTD_CCtx_setParameter(c, ZSTD_c_checksumFlag, 1);
    ZSTD_CCtx_setParameter(c, ZSTD_c_contentSizeFlag, 0);
}

} // namespace

qint64 resumableWorkspaceBytes(int level, qsizetype prefixBytes)
{
    // Measured for the next power of two (64 KiB to 1 MiB) at or above the prefix: an upper bound, a few sizes a level.
    qsizetype size = 64 * 1024;
    while (size < std::min(prefixBytes, ResumableParamsBytes))
        size *= 2;
    static std::mutex mutex;
    static QHash<QPair<int, qsizetype>, qint64> measured;
    std::lock_guard lock(mutex);
    if (auto it = measured.constFind({level, size}); it != measured.cend())
        return *it;
    std::unique_ptr<ZSTD_CCtx, decltype(&ZSTD_freeCCtx)> ctx(ZSTD_createCCtx(), ZSTD_freeCCtx);
    if (!ctx)
        return 0;
    setResumableParams(ctx.get(), level, size);
    // An empty flush sets the context up for those parameters (no content size known): its tables are allocated then.
    char out[64];
    ZSTD_outBuffer output{out, sizeof out, 0};
    ZSTD_inBuffer input{nullptr, 0, 0};
    ZSTD_compressStream2(ctx.get(), &output, &input, ZSTD_e_flush);
    const qint64 bytes = qint64(ZSTD_sizeof_CCtx(ctx.get()));
    measured.insert({level, size}, bytes);
    return bytes;
}

namespace {

std::string pageTag(int level, QByteArrayView prefix)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayView("continuite-page-v3\n"));
    hash.addData(prefix);
    return '"' + std::to_string(level) + '.'
        + hash.result().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals).left(22).toStdString() + '"';
}

/// One whole bzip2 stream of @p in (block size 9) appended to @p out.
bool appendBzip2Stream(QByteArrayView in, QByteArray &out)
{
    if (in.size() > qsizetype(std::numeric_limits<unsigned>::max() / 2))
        return false;
    bz_stream s{};
    if (BZ2_bzCompressInit(&s, 9, 0, 0) != BZ_OK)
        return false;
    const qsizetype start = out.size();
    const qsizetype bound = in.size() + in.size() / 100 + 600; // its manual's bound: 1 % more, and 600 bytes
    out.resize(start + bound);
    s.next_in = const_cast<char *>(in.data());
    s.avail_in = unsigned(in.size());
    s.next_out = out.data() + start;
    s.avail_out = unsigned(bound);
    int rc = BZ_FINISH_OK;
    while (rc == BZ_FINISH_OK)
        rc = BZ2_bzCompress(&s, BZ_FINISH);
    const qsizetype written = bound - qsizetype(s.avail_out);
    BZ2_bzCompressEnd(&s);
    out.truncate(rc == BZ_STREAM_END ? start + written : start);
    return rc == BZ_STREAM_END;
}

} // namespace

ResumableZstd deflateZstdResumable(QByteArrayView prefix, QByteArrayView tail, int level)
{
    ResumableZstd out;
    if (failResumablePackings.load(std::memory_order_relaxed) > 0 && failResumablePackings.fetch_sub(1) > 0)
        return out;
    std::unique_ptr<ZSTD_CCtx, decltype(&ZSTD_freeCCtx)> ctx(ZSTD_createCCtx(), ZSTD_freeCCtx);
    if (!ctx)
        return out;
    ZSTD_CCtx *c = ctx.get();
    setResumableParams(c, level, prefix.size());
    QByteArray packed(qsizetype(ZSTD_compressBound(size_t(prefix.size())) + ZSTD_compressBound(size_t(tail.size()))), Qt::Uninitialized);
    ZSTD_outBuffer output{packed.data(), size_t(packed.size()), 0};
    auto pack = [&](QByteArrayView part, ZSTD_EndDirective mode) {
        ZSTD_inBuffer input{part.data(), size_t(part.size()), 0};
        while (true) {
            const size_t left = ZSTD_compressStream2(c, &output, &input, mode);
            if (ZSTD_isError(left))
                return false;
            if (left == 0 && input.pos == input.size)
                return true;
            if (output.pos == output.size)
                return false; // the bound was wrong: give up rather than grow
        }
    };
    if (!pack(prefix, ZSTD_e_flush))
        return out;
    out.prefixBytes = qint64(output.pos);
    if (!pack(tail, ZSTD_e_end))
        return {};
    out.workspaceBytes = qint64(ZSTD_sizeof_CCtx(c));
    packed.resize(qsizetype(output.pos));
    packed.squeeze(); // see deflateZstd(): the count is the packed size
    out.bytes = std::move(packed);
    // The tag names the packed bytes a client joins, not the JSON they come from (review of perf16, finding 3): equal
    // tags are equal bytes whatever packed them (another zstd, another parameter, another hub process behind a front).
    // Its level is written in the clear before them, so that a resume's level can be read from its If-Range before any
    // packing (review of trust16, finding 1).
    out.tag = pageTag(level, QByteArrayView(out.bytes).first(qsizetype(out.prefixBytes)));
    return out;
}

ResumableZstd deflateBzip2Resumable(QByteArrayView prefix, QByteArrayView tail, int level)
{
    ResumableZstd out;
    if (failResumablePackings.load(std::memory_order_relaxed) > 0 && failResumablePackings.fetch_sub(1) > 0)
        return out;
    QByteArray packed;
    packed.reserve(prefix.size() / 3 + tail.size() + 1200);
    if (!appendBzip2Stream(prefix, packed))
        return out;
    out.prefixBytes = packed.size();
    if (!appendBzip2Stream(tail, packed))
        return {};
    packed.squeeze(); // the count is the packed size (deflateZstd())
    out.workspaceBytes = Bzip2WorkspaceBytes;
    out.tag = pageTag(level, QByteArrayView(packed).first(qsizetype(out.prefixBytes)));
    out.bytes = std::move(packed);
    return out;
}

int pageTagLevel(const std::string &tag)
{
    // "L.<22 characters>", quoted; L is 1 or 2 digits.
    const size_t dot = tag.find('.');
    if (tag.size() < 4 || tag.front() != '"' || tag.back() != '"' || dot < 2 || dot > 3)
        return 0;
    int level = 0;
    for (size_t i = 1; i < dot; ++i) {
        if (tag[i] < '0' || tag[i] > '9')
            return 0;
        level = level * 10 + (tag[i] - '0');
    }
    return level >= 1 && level <= 22 ? level : 0;
}

QJsonObject parseJsonObject(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        throw HubError(400, u"invalid"_s, u"Malformed JSON at byte %1: %2."_s.arg(error.offset).arg(error.errorString()), u"body"_s);
    if (!doc.isObject())
        throw HubError(400, u"invalid"_s, u"The body must be a JSON object."_s, u"body"_s);
    return doc.object();
}

QString clientAddress(const std::string &peer, const std::string &forwardedFor, const QStringList &trustedProxies)
{
    const QString direct = QString::fromStdString(peer);
    if (forwardedFor.empty() || forwardedFor.size() > 4096 || !trustedProxies.contains(direct))
        return direct;
    const QString last = QString::fromLatin1(forwardedFor).split(u',').constLast().trimmed();
    const QHostAddress address(last);
    return address.isNull() ? direct : address.toString();
}

ByteRange parseRange(const std::string &header, qint64 size)
{
    ByteRange whole{ByteRange::Whole, 0, size - 1};
    if (header.rfind("bytes=", 0) != 0 || header.find(',') != std::string::npos)
        return whole;
    const std::string spec = header.substr(6);
    const auto dash = spec.find('-');
    if (dash == std::string::npos)
        return whole;
    auto number = [](const std::string &t, qint64 *out) {
        if (t.empty() || t.size() > 18)
            return false;
        for (char c : t)
            if (c < '0' || c > '9')
                return false;
        *out = std::stoll(t);
        return true;
    };
    const std::string a = spec.substr(0, dash), b = spec.substr(dash + 1);
    qint64 first = -1, last = -1;
    if ((!a.empty() && !number(a, &first)) || (!b.empty() && !number(b, &last)) || (a.empty() && b.empty()))
        return whole;
    ByteRange r{ByteRange::Partial, 0, size - 1};
    if (first < 0) { // suffix: the last N bytes
        if (last == 0)
            return {ByteRange::Unsatisfiable, 0, -1};
        r.first = std::max<qint64>(0, size - last);
    } else {
        if (last >= 0 && last < first)
            return whole; // syntactically invalid: ignore the header (RFC 9110)
        r.first = first;
        if (last >= 0)
            r.last = std::min(last, size - 1);
    }
    if (r.first >= size)
        return {ByteRange::Unsatisfiable, 0, -1};
    return r;
}

QString loggable(const std::string &text, size_t maxBytes)
{
    static const char hex[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(std::min(text.size(), maxBytes));
    for (size_t i = 0; i < text.size() && i < maxBytes; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c > 0x20 && c < 0x7f) {
            out += char(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 0xf];
        }
    }
    return QString::fromLatin1(out.data(), qsizetype(out.size()));
}

std::string requestId(const std::string &sent)
{
    const bool sane = !sent.empty() && sent.size() <= 64 && std::all_of(sent.begin(), sent.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == ':' || c == '-';
    });
    if (sane)
        return sent;
    return QByteArray::number(QRandomGenerator::global()->generate64(), 16).rightJustified(16, '0').toStdString();
}

QString printable(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        switch (c.category()) {
        case QChar::Other_Control:
        case QChar::Other_Format:
        case QChar::Separator_Line:
        case QChar::Separator_Paragraph:
            continue;
        default:
            out += c;
        }
    }
    return out;
}

} // namespace Continuite::Hub::Wire
