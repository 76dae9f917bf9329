// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// libFuzzer entry for the decoders both sides unpack wire bodies with (sync/inflate.h): the hub a device's zstd body,
// the app the hub's zstd and bzip2 answers. The first byte picks what is done with the rest, the second the limit
// (256 B to 8 MiB):
//   0, 1  the rest unpacked as zstd, as bzip2: whatever the bytes, the result is either refused and empty or whole
//         and within the limit (ASan, UBSan and -rss_limit_mb watch the memory on the way);
//   2     the rest packed as one zstd frame with its checksum: it unpacks to itself; one byte short, or at a limit one
//         below its size, it is refused;
//   3     the rest cut in two (at the third byte's share) and packed as two bzip2 streams, concatenated as a resumed page
//         is: it unpacks to itself; one stream more is refused, and so is the body one byte short.
// Seeds: corpus-inflate/ (a zstd frame, bzip2 bodies of one and two streams, texts for the round trips).
#include "sync/inflate.h"

#include <bzlib.h>
#include <zstd.h>

#include <cstdio>
#include <cstdlib>

using namespace Continuite;

namespace {

[[noreturn]] void fail(const char *what)
{
    fprintf(stderr, "fuzz_inflate: %s\n", what);
    std::abort();
}

void checkShape(const Inflate::Result &r, qint64 limit)
{
    if (r.ok() && r.data.size() > limit)
        fail("a body unpacked past its limit");
    if (!r.ok() && !r.data.isEmpty())
        fail("a refused body left bytes behind");
}

QByteArray packZstd(QByteArrayView in)
{
    QByteArray out(qsizetype(ZSTD_compressBound(size_t(in.size()))), Qt::Uninitialized);
    ZSTD_CCtx *c = ZSTD_createCCtx();
    ZSTD_CCtx_setParameter(c, ZSTD_c_compressionLevel, 1);
    ZSTD_CCtx_setParameter(c, ZSTD_c_checksumFlag, 1);
    const size_t n = ZSTD_compress2(c, out.data(), size_t(out.size()), in.data(), size_t(in.size()));
    ZSTD_freeCCtx(c);
    if (ZSTD_isError(n))
        fail("zstd could not pack");
    out.resize(qsizetype(n));
    return out;
}

QByteArray packBzip2(QByteArrayView in)
{
    // bzip2's bound: 1 % more and 600 bytes.
    QByteArray out(in.size() + in.size() / 100 + 601, Qt::Uninitialized);
    unsigned size = unsigned(out.size());
    if (BZ2_bzBuffToBuffCompress(out.data(), &size, const_cast<char *>(in.data()), unsigned(in.size()), 1, 0, 0) != BZ_OK)
        fail("bzip2 could not pack");
    out.resize(qsizetype(size));
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 3)
        return 0;
    const int mode = data[0] % 4;
    const qint64 limit = qint64(256) << (data[1] % 16);
    const QByteArrayView rest(reinterpret_cast<const char *>(data) + 3, qsizetype(size - 3));
    switch (mode) {
    case 0:
        checkShape(Inflate::zstd(rest, limit), limit);
        break;
    case 1:
        checkShape(Inflate::bzip2(rest, limit), limit);
        break;
    case 2: {
        const QByteArray packed = packZstd(rest);
        const Inflate::Result whole = Inflate::zstd(packed, qMax<qint64>(limit, rest.size()));
        if (!whole.ok() || whole.data != rest)
            fail("a zstd frame did not unpack to what was packed");
        if (Inflate::zstd(QByteArrayView(packed).chopped(1), rest.size()).ok())
            fail("a zstd frame one byte short was taken");
        if (!rest.isEmpty() && Inflate::zstd(packed, rest.size() - 1).failure != Inflate::Failure::TooLarge)
            fail("a zstd frame over the limit was not refused as too large");
        break;
    }
    case 3: {
        const qsizetype cut = rest.size() * data[2] / 255;
        const QByteArray first = packBzip2(rest.first(cut)), second = packBzip2(rest.sliced(cut));
        const QByteArray page = QByteArray(first).append(second);
        const Inflate::Result whole = Inflate::bzip2(page, qMax<qint64>(limit, rest.size()));
        if (!whole.ok() || whole.data != rest)
            fail("two bzip2 streams did not unpack to what was packed");
        if (Inflate::bzip2(QByteArray(page).append(second), rest.size() + rest.size()).failure != Inflate::Failure::TooManyStreams)
            fail("a third bzip2 stream was not refused");
        if (Inflate::bzip2(QByteArrayView(page).chopped(1), rest.size()).ok())
            fail("two bzip2 streams one byte short were taken");
        if (!rest.isEmpty() && Inflate::bzip2(page, rest.size() - 1).failure != Inflate::Failure::TooLarge)
            fail("bzip2 streams over the limit were not refused as too large");
        break;
    }
    }
    return 0;
}
