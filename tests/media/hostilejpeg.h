// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once
// A JPEG of a few hundred bytes that announces @p width × @p height pixels (review-media20, finding 1). Baseline (SOF0),
// three components at 4:4:4, every block empty (one 1-bit Huffman code: DC category 0, AC end of block). With
// @p oneColourAScan its first scan holds the first component only, so the file has several scans and libjpeg keeps
// every coefficient of the picture before it gives a row, whatever the scaling (6 bytes a pixel); without, one
// interleaved scan holds the three, decoded a row of blocks at a time: the control, byte for byte the same otherwise.
#include <QByteArray>
#include <QtEndian>

namespace HostileJpeg {

inline QByteArray segment(uchar marker, const QByteArray &payload)
{
    QByteArray s("\xFF");
    s.append(char(marker));
    const quint16 length = quint16(payload.size() + 2);
    s.append(char(length >> 8)).append(char(length & 0xFF));
    return s + payload;
}

inline QByteArray make(int width, int height, bool oneColourAScan)
{
    QByteArray out("\xFF\xD8", 2);
    out += segment(0xE0, QByteArray("JFIF\0\x01\x01\0\0\x01\0\x01\0\0", 14));
    out += segment(0xDB, QByteArray(1, '\0') + QByteArray(64, '\x01'));
    QByteArray counts(16, '\0');
    counts[0] = 1; // one code of one bit
    out += segment(0xC4, QByteArray(1, '\x00') + counts + QByteArray(1, '\0')); // DC table 0: category 0
    out += segment(0xC4, QByteArray(1, '\x10') + counts + QByteArray(1, '\0')); // AC table 0: end of block
    QByteArray frame(1, '\x08');
    frame.append(char(height >> 8)).append(char(height & 0xFF)).append(char(width >> 8)).append(char(width & 0xFF));
    frame.append('\x03');
    for (char c : {'\x01', '\x02', '\x03'})
        frame.append(c).append('\x11').append('\0');
    out += segment(0xC0, frame);
    if (oneColourAScan)
        out += segment(0xDA, QByteArray("\x01\x01\x00\x00\x3F\x00", 6));
    else
        out += segment(0xDA, QByteArray("\x03\x01\x00\x02\x00\x03\x00\x00\x3F\x00", 10));
    return out + QByteArray(64, '\0') + QByteArray("\xFF\xD9", 2);
}

/// A progressive JPEG (SOF2, three components at 4:4:4) of @p width × @p height pixels in 1 + @p scans scans, every
/// block empty (review-media23, finding 2: its mkprog.py): one interleaved DC scan, then @p scans AC scans of one
/// component each, each a few end-of-band runs of 2^14 blocks (the AC table's one symbol, EOB14, coded in one bit).
/// libjpeg runs every scan over every block of its component whatever its bytes say: 15000 scans of a 1600² picture
/// are 270 KB and three seconds of a frozen window.
/// Where libjpeg reads on and a walker that counts scans might not (review-media24, A): none, a comment whose
/// length word says 0 after 50 scans (libjpeg reads it as empty), or, after 10 scans, each run of scans preceded by an
/// empty comment, then FF 00 and two bytes a walker could take for a marker's length covering the run (libjpeg drops
/// FF 00 between segments and every byte up to the next FF).
enum class Hide { Nothing, EmptyComment, StuffedGarbage };

inline QByteArray manyScans(int width, int height, int scans, Hide hide = Hide::Nothing)
{
    QByteArray out("\xFF\xD8", 2);
    out += segment(0xE0, QByteArray("JFIF\0\x01\x01\0\0\x01\0\x01\0\0", 14));
    out += segment(0xDB, QByteArray(1, '\0') + QByteArray(64, '\x01'));
    QByteArray counts(16, '\0');
    counts[0] = 1; // one code of one bit
    out += segment(0xC4, QByteArray(1, '\x00') + counts + QByteArray(1, '\0'));    // DC table 0: category 0
    out += segment(0xC4, QByteArray(1, '\x10') + counts + QByteArray(1, '\xE0'));  // AC table 0: EOB14
    QByteArray frame(1, '\x08');
    frame.append(char(height >> 8)).append(char(height & 0xFF)).append(char(width >> 8)).append(char(width & 0xFF));
    frame.append('\x03');
    for (char c : {'\x01', '\x02', '\x03'})
        frame.append(c).append('\x11').append('\0');
    out += segment(0xC2, frame);
    const qint64 blocks = qint64((width + 7) / 8) * ((height + 7) / 8);
    out += segment(0xDA, QByteArray("\x03\x01\x00\x02\x00\x03\x00\x00\x00\x00", 10)) + QByteArray((3 * blocks + 7) / 8 + 1, '\0');
    const qint64 runs = blocks / 16384 + 1;
    QByteArray hidden;
    const auto hideRun = [&] {
        if (hidden.isEmpty())
            return;
        const int length = int(hidden.size()) + 2;
        out += segment(0xFE, {}) + QByteArray("\xFF\x00", 2) + char(length >> 8) + char(length & 0xFF) + hidden;
        hidden.clear();
    };
    for (int s = 0; s < scans; ++s) {
        QByteArray header(6, '\0');
        header[0] = 1;
        header[1] = char(1 + s % 3);
        header[3] = 1;  // Ss
        header[4] = 63; // Se
        const QByteArray scan = segment(0xDA, header) + QByteArray((runs * 15 + 7) / 8 + 1, '\0');
        if (hide == Hide::EmptyComment && s == 50)
            out += QByteArray("\xFF\xFE\x00\x00", 4);
        if (hide != Hide::StuffedGarbage || s < 10) {
            out += scan;
            continue;
        }
        if (hidden.size() + scan.size() > 60000)
            hideRun();
        hidden += scan;
    }
    hideRun();
    return out + QByteArray("\xFF\xD9", 2);
}

} // namespace HostileJpeg
