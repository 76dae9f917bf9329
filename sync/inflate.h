// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QByteArray>
#include <QByteArrayView>

/**
 * @brief Unpacking what came over the wire, within a memory bound: one owner for both sides' rules.
 *
 * The hub unpacks a device's zstd bodies, a device unpacks the hub's zstd and bzip2 answers. Both used to carry a
 * decoder of their own, with the 8 MiB window written twice and the bzip2 one only on the device, where no fuzzer ran.
 * Here each is written once, bounded (the output by @p limit, the decoder's memory by the format: a zstd window of
 * 8 MiB at most, a bzip2 block of 900 KB and 3.6 MB of tables) and fuzzed (tests/hub/fuzz/fuzz_inflate.cpp).
 */
namespace Continuite::Inflate {

/// The widest zstd window either side accepts: 8 MiB. The hub packs pages at level 19 with windows of 1 MiB at most
/// (hubwire.cpp) and the app bodies at level 3 (2 MiB at most); zstd's default, 128 MiB, would let a few hostile bytes
/// make the family laptop, or the hub, allocate it (review-trust19, finding 4).
constexpr int MaxZstdWindowLog = 23;

/// bzip2 streams one body may hold: a page is one, a resumed page two (PROTOCOL.md, "bzip2"). More is not the hub's
/// page, and each stream costs a decoder of 3.6 MB and microseconds: 64 MiB of empty streams would cost seconds to read
/// nothing (review-bz20, finding 1).
constexpr int MaxBzip2Streams = 2;

/// Why a body did not unpack. The hub names it in its 400 or 413; the app only says the answer arrived damaged.
enum class Failure {
    None,
    Empty, ///< no bytes at all
    Corrupt, ///< not the format, or a checksum or CRC that does not match
    Truncated, ///< cut before its end
    TrailingBytes, ///< bytes after the one zstd frame
    TooManyStreams, ///< more than the bzip2 streams allowed
    TooLarge, ///< more than the limit once unpacked (or declared so by the frame)
    WindowTooLarge, ///< a zstd frame asking for a window over MaxZstdWindowLog
};

struct Result
{
    QByteArray data; ///< empty unless failure is None
    Failure failure = Failure::None;
    bool ok() const { return failure == Failure::None; }
};

/// One whole zstd frame, unpacked to at most @p limit bytes.
Result zstd(QByteArrayView in, qint64 limit);

/// One bzip2 stream or up to @p maxStreams concatenated, unpacked to at most @p limit bytes in all.
Result bzip2(QByteArrayView in, qint64 limit, int maxStreams = MaxBzip2Streams);

} // namespace Continuite::Inflate
