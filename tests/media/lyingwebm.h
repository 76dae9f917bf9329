// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once
// A WebM whose container states one picture size while its VP8 keyframes carry others (review-media20, finding 2:
// its mkwebm.py, rewritten here). Each keyframe is the VP8 key-frame header for its size followed by zeros, which the
// decoder reads as default values: a 16383 × 16383 picture for a megabyte of zeros. No muxer is needed, and none of
// GStreamer's would write a lie.

#include <QByteArray>
#include <QList>
#include <QSize>
#include <QtEndian>

#include <cstring>

namespace LyingWebm {

/// EBML's variable-length size.
inline QByteArray vint(quint64 n)
{
    for (int length = 1; length <= 8; ++length) {
        if (n < (quint64(1) << (7 * length)) - 1) {
            QByteArray out(length, '\0');
            for (int i = 0; i < length; ++i)
                out[length - 1 - i] = char((n >> (8 * i)) & 0xff);
            out[0] = char(quint8(out[0]) | (0x80 >> (length - 1)));
            return out;
        }
    }
    return {};
}

inline QByteArray element(const QByteArray &id, const QByteArray &payload)
{
    return id + vint(quint64(payload.size())) + payload;
}

inline QByteArray number(const QByteArray &id, quint64 value)
{
    QByteArray bytes;
    do {
        bytes.prepend(char(value & 0xff));
        value >>= 8;
    } while (value);
    return element(id, bytes);
}

/// A VP8 keyframe of @p size: frame tag (key frame, version 0, shown, first partition of 64 bytes), start code,
/// 14-bit width and height, then @p zeros zero bytes.
inline QByteArray keyframe(QSize size, int zeros)
{
    const quint32 tag = (1u << 4) | (64u << 5);
    QByteArray out;
    out.append(char(tag & 0xff)).append(char((tag >> 8) & 0xff)).append(char((tag >> 16) & 0xff));
    out.append("\x9d\x01\x2a", 3);
    quint16 w = qToLittleEndian(quint16(size.width())), h = qToLittleEndian(quint16(size.height()));
    out.append(reinterpret_cast<const char *>(&w), 2).append(reinterpret_cast<const char *>(&h), 2);
    out.append(QByteArray(zeros, '\0'));
    return out;
}

/// One VP8 track whose TrackEntry says @p stated, with one keyframe a second for each of @p frames.
inline QByteArray make(QSize stated, const QList<QSize> &frames, int zerosPerFrame)
{
    const QByteArray ebml = element("\x1a\x45\xdf\xa3",
                                    number("\x42\x86", 1) + number("\x42\xf7", 1) + number("\x42\xf2", 4)
                                        + number("\x42\xf3", 8) + element("\x42\x82", "webm") + number("\x42\x87", 2)
                                        + number("\x42\x85", 2));
    double duration = 1000.0 * frames.size();
    quint64 bits;
    std::memcpy(&bits, &duration, sizeof bits);
    const QByteArray durationBytes = QByteArray::fromHex(QByteArray::number(bits, 16).rightJustified(16, '0'));
    const QByteArray info = element("\x15\x49\xa9\x66", number("\x2a\xd7\xb1", 1000000) + element("\x44\x89", durationBytes));
    const QByteArray video = element("\xe0", number("\xb0", quint64(stated.width())) + number("\xba", quint64(stated.height())));
    const QByteArray track = element("\xae", number("\xd7", 1) + number("\x73\xc5", 1) + number("\x83", 1)
                                                 + element("\x86", "V_VP8") + video);
    QByteArray clusters;
    for (int i = 0; i < frames.size(); ++i) {
        // SimpleBlock: track 1, timecode 0 relative to the cluster, keyframe flag.
        const QByteArray block = QByteArray("\x81\x00\x00\x80", 4) + keyframe(frames.at(i), zerosPerFrame);
        clusters += element("\x1f\x43\xb6\x75", number("\xe7", quint64(i) * 1000) + element("\xa3", block));
    }
    const QByteArray tracks = element("\x16\x54\xae\x6b", track);
    return ebml + element("\x18\x53\x80\x67", info + tracks + clusters);
}

} // namespace LyingWebm
