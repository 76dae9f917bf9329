// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once
// A PNG of a few kilobytes that announces @p width × @p height pixels of 1 bit (a decompression bomb): a valid header
// and an all-zero body, compressed as it is written, so the test never holds the picture (30000²: 109 KB on disk).
#include <QByteArray>
#include <QtEndian>

#include <zlib.h>

namespace PngBomb {

inline QByteArray chunk(const QByteArray &type, const QByteArray &data)
{
    QByteArray out(4, '\0');
    qToBigEndian<quint32>(quint32(data.size()), out.data());
    const QByteArray body = type + data;
    QByteArray crc(4, '\0');
    qToBigEndian<quint32>(quint32(crc32(0, reinterpret_cast<const Bytef *>(body.constData()), uInt(body.size()))), crc.data());
    return out + body + crc;
}

inline QByteArray make(int width, int height)
{
    QByteArray ihdr(13, '\0');
    qToBigEndian<quint32>(quint32(width), ihdr.data());
    qToBigEndian<quint32>(quint32(height), ihdr.data() + 4);
    ihdr[8] = 1; // bit depth
    ihdr[9] = 0; // grey
    z_stream z{};
    deflateInit(&z, 9);
    const QByteArray row(1 + (width + 7) / 8, '\0'); // a filter byte, then the row's bits
    QByteArray idat, out(64 * 1024, '\0');
    for (int y = 0; y <= height; ++y) {
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(row.constData()));
        z.avail_in = y < height ? uInt(row.size()) : 0;
        do {
            z.next_out = reinterpret_cast<Bytef *>(out.data());
            z.avail_out = uInt(out.size());
            deflate(&z, y < height ? Z_NO_FLUSH : Z_FINISH);
            idat.append(out.constData(), out.size() - z.avail_out);
        } while (z.avail_out == 0);
    }
    deflateEnd(&z);
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + chunk("IHDR", ihdr) + chunk("IDAT", idat) + chunk("IEND", {});
}

} // namespace PngBomb
