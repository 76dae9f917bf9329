// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "sync/inflate.h"

#include <QScopeGuard>

#include <bzlib.h>
#include <zstd.h>
#include <zstd_errors.h>

#include <algorithm>
#include <limits>
#include <memory>
#include <new>

namespace Continuite::Inflate {

namespace {

Result failed(Failure why)
{
    return {QByteArray(), why};
}

/// Appends @p bytes to @p out growing by doubling, never reserving past @p limit plus one chunk: Qt's own growth would
/// reserve up to twice the limit for a body about to be refused.
void appendBounded(QByteArray &out, const char *bytes, qsizetype n, qint64 limit, qsizetype chunk)
{
    if (out.size() + n > out.capacity()) {
        const qint64 ceiling = limit > std::numeric_limits<qint64>::max() - chunk ? limit : limit + chunk;
        out.reserve(qsizetype(std::min<qint64>(std::max<qint64>(2 * qint64(out.capacity()), out.size() + n), ceiling)));
    }
    out.append(bytes, n);
}

} // namespace

Result zstd(QByteArrayView in, qint64 limit)
{
    if (in.isEmpty())
        return failed(Failure::Empty);
    // A frame that says it is larger than the limit is refused before any work.
    const unsigned long long declared = ZSTD_getFrameContentSize(in.data(), size_t(in.size()));
    const bool known = declared != ZSTD_CONTENTSIZE_UNKNOWN && declared != ZSTD_CONTENTSIZE_ERROR;
    if (known && declared > quint64(std::max<qint64>(limit, 0)))
        return failed(Failure::TooLarge);
    std::unique_ptr<ZSTD_DCtx, decltype(&ZSTD_freeDCtx)> ctx(ZSTD_createDCtx(), ZSTD_freeDCtx);
    if (!ctx)
        throw std::bad_alloc();
    ZSTD_DCtx_setParameter(ctx.get(), ZSTD_d_windowLogMax, MaxZstdWindowLog);
    QByteArray out;
    if (known)
        out.reserve(qsizetype(declared));
    const qsizetype chunkSize = qsizetype(ZSTD_DStreamOutSize());
    QByteArray chunk(chunkSize, Qt::Uninitialized);
    ZSTD_inBuffer input{in.data(), size_t(in.size()), 0};
    while (true) {
        ZSTD_outBuffer output{chunk.data(), size_t(chunk.size()), 0};
        const size_t ret = ZSTD_decompressStream(ctx.get(), &output, &input);
        if (ZSTD_isError(ret))
            return failed(ZSTD_getErrorCode(ret) == ZSTD_error_frameParameter_windowTooLarge ? Failure::WindowTooLarge
                                                                                              : Failure::Corrupt);
        appendBounded(out, chunk.constData(), qsizetype(output.pos), limit, chunkSize);
        if (out.size() > limit)
            return failed(Failure::TooLarge);
        if (ret == 0)
            return input.pos == input.size ? Result{out, Failure::None} : failed(Failure::TrailingBytes);
        if (input.pos == input.size && output.pos < output.size)
            return failed(Failure::Truncated); // the decoder wants more and holds nothing back
    }
}

Result bzip2(QByteArrayView in, qint64 limit, int maxStreams)
{
    if (in.isEmpty())
        return failed(Failure::Empty);
    QByteArray out;
    constexpr qsizetype ChunkSize = 64 * 1024;
    QByteArray chunk(ChunkSize, Qt::Uninitialized);
    qsizetype at = 0;
    int streams = 0;
    while (at < in.size()) {
        if (++streams > maxStreams)
            return failed(Failure::TooManyStreams);
        bz_stream s{};
        if (BZ2_bzDecompressInit(&s, 0, 0) != BZ_OK)
            throw std::bad_alloc();
        const auto end = qScopeGuard([&] { BZ2_bzDecompressEnd(&s); });
        s.next_in = const_cast<char *>(in.data() + at);
        s.avail_in = unsigned(std::min<qsizetype>(in.size() - at, std::numeric_limits<int>::max()));
        const unsigned given = s.avail_in;
        int rc = BZ_OK;
        while (rc == BZ_OK) {
            s.next_out = chunk.data();
            s.avail_out = unsigned(chunk.size());
            rc = BZ2_bzDecompress(&s);
            if (rc == BZ_MEM_ERROR)
                throw std::bad_alloc();
            if (rc != BZ_OK && rc != BZ_STREAM_END)
                return failed(Failure::Corrupt);
            appendBounded(out, chunk.constData(), chunk.size() - qsizetype(s.avail_out), limit, ChunkSize);
            if (out.size() > limit)
                return failed(Failure::TooLarge);
            if (rc == BZ_OK && s.avail_in == 0 && s.avail_out != 0)
                return failed(Failure::Truncated); // the stream has not ended
        }
        at += qsizetype(given - s.avail_in);
    }
    return {out, Failure::None};
}

} // namespace Continuite::Inflate
