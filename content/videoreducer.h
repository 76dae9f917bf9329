// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "content/result.h"

#include <QCoreApplication>
#include <QImage>
#include <QFileInfo>
#include <QSize>
#include <QString>

#include <atomic>
#include <functional>

namespace Continuite {

/**
 * @brief The light version of a teacher's video: 360p VP8 + Opus in WebM, about 1 MB a minute.
 *
 * A phone's five-minute video is 150–300 MB, which a family on a 2G plan never receives. The light version
 * keeps what a lesson needs (the board, the voice) at about a hundredth of that: at most 360 lines (never
 * enlarged), 15 frames a second, VP8 at ≈ 100 kbit/s and mono Opus at 24 kbit/s.
 *
 * Why VP8 + Opus in WebM: Debian's gstreamer1.0-plugins-good and -base encode them (H.264 needs -ugly's
 * x264, which a school's IT may not install), they are royalty-free, and every player a family has reads
 * them: Qt Multimedia through GStreamer (the app), Firefox and Chromium, VLC. VP9 would save ≈ 30 % more but
 * encodes 5–10 times slower on an old laptop.
 *
 * Runs GStreamer in the calling thread and blocks until done: call it from a worker thread (the CLI waits;
 * the app runs it in the background). progress() is called from that thread; cancel() may be called from any
 * thread. The output is written to a temporary file and renamed only when complete: a stopped or failed
 * reduction leaves nothing behind.
 */
class VideoReducer
{
    Q_DECLARE_TR_FUNCTIONS(VideoReducer)
public:
    struct Options
    {
        int maxHeight = 360;
        int framesPerSecond = 15;
        int videoBitsPerSecond = 100'000;
        int audioBitsPerSecond = 24'000;
    };

    struct Probe
    {
        qint64 durationMs = 0;
        int width = 0;
        int height = 0;
        int parNum = 1, parDen = 1; ///< the shape of a pixel (1/1 square)
        bool hasVideo = false;
        bool hasAudio = false;
    };

    struct Reduced
    {
        QString path;
        qint64 originalSize = 0;
        qint64 size = 0;
        Probe source;
    };

    /// A video whose picture is wider or taller than this, or larger than MaxFramePixels, is refused from its probe,
    /// before any picture is decoded: 4K (3840 × 2160) is the most phones film; one decoded picture of a 16000 ×
    /// 16000 video is 384 MB, and making it light took 2.4 GB (SECURITY.md, "Frugal media attacked").
    static constexpr int MaxFrameSide = 4096;
    static constexpr qint64 MaxFramePixels = 4096LL * 2304;

    VideoReducer();
    explicit VideoReducer(Options options);

    /// True for a video, by its name or, when the name says nothing or is ambiguous (.ts), by its content.
    static bool isVideo(const QString &path);
    /// What GStreamer reads in @p path; a failure says why in a sentence (not a video, damaged).
    static Result<Probe> probe(const QString &path);
    /// What GStreamer reads in any sound or video file (a voice capsule too); fails only on what it cannot read.
    static Result<Probe> inspect(const QString &path);

    /// The first picture of the video at @p path, at most @p maxWidth wide (for a printed pack: what the video is
    /// about, on paper). A failure says why in a sentence (not a video, damaged, no picture).
    static Result<QImage> firstFrame(const QString &path, int maxWidth = 900);

    /// Whether a received video or sound at @p path may be given to a player (QtMultimedia decodes what it is given, and
    /// hides its pipeline): every picture its streams state, in their container, their parsers' caps and each VP8/VP9
    /// frame's own header, is read through the whole file, parsed and never decoded (review-media20, finding 2(c): a
    /// pupil's 3.6 MB WebM cost the player 1.35 GB and 11 s of a frozen window). The largest picture seen (invalid for a
    /// sound) when all fit MaxFrameSide and MaxFramePixels; else a sentence: too large (naming the size), unreadable, or
    /// not read through within @p timeoutMs (then @p timedOut is set: no verdict, the file may be read again later).
    /// A stream whose picture size nothing reads before its decoder is refused (review-media21, finding 1), and so is a
    /// file cut into more pieces than MaxPacketsPerByte allows (finding 4: 1-byte frames took 8 s for 10 MB).
    /// Blocks: call it from a worker thread.
    static Result<QSize> picturesFit(const QString &path, int timeoutMs = 60'000, bool *timedOut = nullptr);
    /// At most one piece (a demuxed frame) for this many bytes of a file on average, beyond the first 20 000 pieces,
    /// and MaxPackets in all: the walk reads about a million pieces a second here. Honest files have larger ones: a
    /// voice capsule at 16 kbit/s in 10 ms frames, one for 18 bytes (Ogg included); 6 kbit/s in 20 ms, one for 15.
    static constexpr qint64 BytesPerPacket = 8;
    static constexpr qint64 MaxPackets = 4'000'000;
    /// A picture in a file's tags (a cover) with more pixels than this is refused by picturesFit, like any picture
    /// showable() refuses: the player decodes it whole on the window's thread. 3000 × 3000 is the largest podcast cover
    /// the stores ask for; the app's own sounds and light versions carry no tag at all.
    static constexpr qint64 MaxCoverPixels = 3000LL * 3000;

    /// Writes the light version of @p input to @p output (.webm). @p progress gets 0…1.
    Result<Reduced> reduce(const QString &input, const QString &output,
                           const std::function<void(double)> &progress = {});
    /// Whether a video that announces @p announcedMs but whose light version reached only @p reachedMs was cut short
    /// (reduce() then refuses it with a sentence).
    static bool cutShort(qint64 announcedMs, qint64 reachedMs);
    /// Stops a reduce() under way (from any thread): it returns a failure and writes nothing.
    void cancel() { m_cancelled = true; }

private:
    /// GStreamer's URI of the file, or why it cannot be read (no such file, no GStreamer, a name it refuses).
    static Result<QByteArray> fileUri(const QFileInfo &info);
    /// Why the picture of a video @p p of file @p name is too large to decode here (MaxFrameSide, MaxFramePixels); empty
    /// when it is not.
    static QString tooLarge(const QString &name, const Probe &p);
    Options m_options;
    std::atomic_bool m_cancelled{false};
};

} // namespace Continuite
