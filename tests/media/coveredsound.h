// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once
// A 3-second sound in Matroska (8 kHz mono 16-bit PCM in 3 clusters) whose Attachments hold a picture named cover.jpg
// (review-media23, finding 1: its mkcover.py, rewritten here). GStreamer's demuxer turns the attachment into an image
// tag, which no decoder of a pipeline decodes, and Qt's player turns into QMediaMetaData::CoverArtImage, decoded whole
// on the window's thread. MP3's APIC, FLAC's and Ogg's METADATA_BLOCK_PICTURE and MP4's covr travel the same way.
#include "lyingwebm.h"

#include <QByteArray>
#include <QtEndian>

#include <cstring>

namespace CoveredSound {

inline QByteArray real(const QByteArray &id, double value)
{
    quint64 bits;
    std::memcpy(&bits, &value, sizeof bits);
    QByteArray bytes(8, '\0');
    qToBigEndian(bits, bytes.data());
    return LyingWebm::element(id, bytes);
}

/// The sound, with @p cover attached (none when empty).
inline QByteArray make(const QByteArray &cover)
{
    using LyingWebm::element;
    using LyingWebm::number;
    const QByteArray ebml = element("\x1a\x45\xdf\xa3",
                                    number("\x42\x86", 1) + number("\x42\xf7", 1) + number("\x42\xf2", 4)
                                        + number("\x42\xf3", 8) + element("\x42\x82", "matroska") + number("\x42\x87", 2)
                                        + number("\x42\x85", 2));
    const QByteArray info = element("\x15\x49\xa9\x66", number("\x2a\xd7\xb1", 1000000) + real("\x44\x89", 3000.0));
    const QByteArray audio = element("\xe1", real("\xb5", 8000.0) + number("\x9f", 1) + number("\x62\x64", 16));
    const QByteArray track = element("\xae", number("\xd7", 1) + number("\x73\xc5", 1) + number("\x83", 2)
                                                 + element("\x86", "A_PCM/INT/LIT") + audio);
    QByteArray attachments;
    if (!cover.isEmpty())
        attachments = element("\x19\x41\xa4\x69",
                              element("\x61\xa7", element("\x46\x6e", "cover.jpg") + element("\x46\x60", "image/jpeg")
                                                      + element("\x46\x5c", cover) + number("\x46\xae", 1)));
    QByteArray clusters;
    for (int c = 0; c < 3; ++c) {
        QByteArray blocks;
        for (int i = 0; i < 10; ++i) {
            QByteArray block("\x81", 1);
            block.append(char((i * 100) >> 8)).append(char((i * 100) & 0xff)).append('\x80');
            for (int k = 0; k < 800; ++k)
                block.append('\x00').append('\x10');
            blocks += element("\xa3", block);
        }
        clusters += element("\x1f\x43\xb6\x75", number("\xe7", quint64(c) * 1000) + blocks);
    }
    return ebml + element("\x18\x53\x80\x67", info + element("\x16\x54\xae\x6b", track) + attachments + clusters);
}

} // namespace CoveredSound
