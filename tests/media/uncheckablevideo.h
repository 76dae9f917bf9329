// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Videos whose picture size only their decoder reads on Debian 12 (review-media21, finding 1): the container's or
// the header's word is all a check could see, and the player decodes what the frames say.
// - mjpeg(): a Matroska whose V_MJPEG track states @p stated, each frame a JPEG of its own size (hostilejpeg.h's
//   few-hundred-byte pictures): jpegdec decodes a 10000 × 10000 frame from 349 bytes (784 MB in the player).
// - flc(): an FLI/FLC animation (flxdec) whose 128-byte header states @p width × @p height, up to 65535²: each
//   frame one FLX_BLACK chunk, then an 8000-byte chunk of no known type so the frames reach the decoder in the
//   source's second buffer (403 MB in the player at 6000², from 8 KB named .webm).

#include "hostilejpeg.h"
#include "lyingwebm.h"

#include <QByteArray>
#include <QList>
#include <QSize>
#include <QtEndian>

namespace UncheckableVideo {

inline QByteArray mjpeg(QSize stated, const QList<QSize> &frames)
{
    using namespace LyingWebm;
    const QByteArray ebml = element("\x1a\x45\xdf\xa3",
                                    number("\x42\x86", 1) + number("\x42\xf7", 1) + number("\x42\xf2", 4)
                                        + number("\x42\xf3", 8) + element("\x42\x82", "matroska") + number("\x42\x87", 2)
                                        + number("\x42\x85", 2));
    const QByteArray info = element("\x15\x49\xa9\x66", number("\x2a\xd7\xb1", 1000000));
    const QByteArray video = element("\xe0", number("\xb0", quint64(stated.width())) + number("\xba", quint64(stated.height())));
    const QByteArray track = element("\xae", number("\xd7", 1) + number("\x73\xc5", 1) + number("\x83", 1)
                                                 + element("\x86", "V_MJPEG") + video);
    QByteArray clusters;
    for (int i = 0; i < frames.size(); ++i) {
        const QByteArray block = QByteArray("\x81\x00\x00\x80", 4) + HostileJpeg::make(frames.at(i).width(), frames.at(i).height(), true);
        clusters += element("\x1f\x43\xb6\x75", number("\xe7", quint64(i) * 1000) + element("\xa3", block));
    }
    return ebml + element("\x18\x53\x80\x67", info + element("\x16\x54\xae\x6b", track) + clusters);
}

template<typename T>
void put(QByteArray &out, T value)
{
    value = qToLittleEndian(value);
    out.append(reinterpret_cast<const char *>(&value), sizeof value);
}

inline QByteArray flc(quint16 width, quint16 height, quint16 frames)
{
    QByteArray body;
    for (int i = 0; i < frames; ++i) {
        put<quint32>(body, 22); // frame chunk: size, FLX_FRAME_TYPE, one chunk, 8 reserved bytes
        put<quint16>(body, 0xF1FA);
        put<quint16>(body, 1);
        body.append(QByteArray(8, '\0'));
        put<quint32>(body, 6); // FLX_BLACK
        put<quint16>(body, 13);
    }
    put<quint32>(body, 8000);
    put<quint16>(body, 0x1234);
    body.append(QByteArray(8000 - 6, '\0'));
    QByteArray header;
    put<quint32>(header, quint32(128 + body.size()));
    put<quint16>(header, 0xAF12); // FLC
    put<quint16>(header, frames);
    put<quint16>(header, width);
    put<quint16>(header, height);
    put<quint16>(header, 8); // depth
    put<quint16>(header, 3); // flags
    put<quint32>(header, 70); // speed
    header.append(QByteArray(128 - header.size(), '\0'));
    return header + body;
}

/// A Matroska sound (A_PCM/INT/LIT, 8 kHz mono 8-bit) of about @p bytes, in SimpleBlocks of 256 fixed-size-laced
/// 1-byte frames, 100 to a cluster: every byte a piece the check reads on its own (review-media21, finding 4: 10 MB
/// took 8.1 s, and 75 MB the whole 60 s). @p seed changes its bytes (one blob each).
inline QByteArray laced(qint64 bytes, int seed = 0)
{
    using namespace LyingWebm;
    const QByteArray ebml = element("\x1a\x45\xdf\xa3",
                                    number("\x42\x86", 1) + number("\x42\xf7", 1) + number("\x42\xf2", 4)
                                        + number("\x42\xf3", 8) + element("\x42\x82", "matroska") + number("\x42\x87", 2)
                                        + number("\x42\x85", 2));
    const QByteArray info = element("\x15\x49\xa9\x66", number("\x2a\xd7\xb1", 1000000));
    const QByteArray audio = element("\xe1", element("\xb5", QByteArray("\x45\xfa\x00\x00", 4)) // 8000.0f
                                                 + number("\x9f", 1) + number("\x62\x64", 8));
    const QByteArray track = element("\xae", number("\xd7", 1) + number("\x73\xc5", 1) + number("\x83", 2)
                                                 + element("\x86", "A_PCM/INT/LIT") + audio);
    const QByteArray block = element("\xa3", QByteArray("\x81\x00\x00\x84\xff", 5) + QByteArray(256, char(0x80 + (seed & 0x3f))));
    const QByteArray cluster = element("\x1f\x43\xb6\x75", number("\xe7", 0) + block.repeated(100));
    return ebml + element("\x18\x53\x80\x67", info + element("\x16\x54\xae\x6b", track) + cluster.repeated(int(bytes / cluster.size()) + 1));
}

} // namespace UncheckableVideo
