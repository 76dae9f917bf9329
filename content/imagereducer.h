// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "content/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QSize>
#include <QString>

namespace Continuite {

/**
 * @brief Makes the frugal copy of a photo or a scan: upright, long side ≤ 1600 px, no metadata (no GPS),
 * JPEG at a quality that keeps handwriting legible, within a size budget (250 KB by default).
 *
 * A phone photo of a notebook page is 3–5 MB; a household's data plan is a few hundred MB a month. The copy
 * is what is stored and sent; the original never leaves the device. "Document" mode is for pages of
 * writing: grey, the uneven light of a photo evened out and the contrast stretched, so the paper turns
 * white and compresses to almost nothing while the ink stays dark. Images with few colours (a diagram, a
 * screenshot) become an indexed PNG instead, which keeps their lines sharp.
 *
 * Hostile or broken files are refused with a sentence, before anything is allocated for them: a header
 * announcing more pixels than a phone makes (a decompression bomb, also capped by
 * QImageReader::setAllocationLimit), a JPEG cut short (a download or a copy interrupted: libjpeg would
 * silently fill the missing part with grey), a file named like a picture whose content is something else
 * (a PDF called .jpg), a format this device cannot read (HEIC: Debian's Qt has no reader for it).
 */
class ImageReducer
{
    Q_DECLARE_TR_FUNCTIONS(ImageReducer)
public:
    enum class Mode {
        Photo,    ///< colours kept (a drawing, a photo of an experiment)
        Document, ///< grey, light evened out, contrast stretched (a notebook page, a worksheet)
    };

    /// The long side of the copy, in pixels: a notebook page stays readable at 100 % zoom.
    static constexpr int MaxLongSide = 1600;
    /// The size the copy aims at; the quality goes down (never below MinQuality), then the size, to meet it.
    static constexpr qint64 DefaultTargetBytes = 250 * 1000;
    static constexpr int StartQuality = 75;
    static constexpr int MinQuality = 45;
    /// QImageReader::setAllocationLimit, in MB: what one decoded picture may cost in memory.
    static constexpr int AllocationLimitMb = 256;
    /// A file larger than this is not a photo (phones make 2–20 MB).
    static constexpr qint64 MaxInputBytes = 100LL * 1000 * 1000;
    /// A header announcing more pixels than this is refused unread (the largest phone sensors make 200 MP).
    static constexpr qint64 MaxPixels = 200LL * 1000 * 1000;
    /// A JPEG in several scans (progressive, or one colour a scan) is decoded whole whatever the scaling: libjpeg keeps
    /// every coefficient (2 bytes each) of every component until the last scan. Above this many MB of them it is
    /// refused unread (a phone saves one baseline scan; a 24 MP progressive photo in 4:2:0 needs 72 MB).
    static constexpr qint64 MaxCoefficientMb = 96;
    /// A JPEG in more scans than this is refused unread: libjpeg runs each one over every block of the picture, whatever
    /// its bytes say (review-media23, finding 2: 15000 scans of a 1600² picture are 270 KB and 3 s of a frozen window).
    /// cjpeg -progressive writes 10; libjpeg-turbo's own TurboJPEG API stops at 500.
    static constexpr int MaxScans = 100;

    /// An animation (GIF, WebP) is kept as one, cleaned of its metadata, only when its long side is at most MaxLongSide
    /// and it weighs at most this (a few photos' worth: a family's data plan); any other becomes its first picture.
    static constexpr qint64 MaxAnimationBytes = 2 * 1000 * 1000;

    /// The frugal copy and what it cost.
    struct Reduced
    {
        QByteArray bytes;     ///< the copy (JPEG or PNG), without metadata
        QString name;         ///< the original's name with the copy's extension ("cahier.jpg")
        QString mime;         ///< "image/jpeg" or "image/png"
        qint64 originalSize = 0;
        QSize originalPixels; ///< upright
        QSize pixels;         ///< the copy's, upright
        int quality = 0;      ///< JPEG quality used; 0 for PNG or an original kept
        bool keptOriginal = false; ///< the original was already lighter and carried no metadata: kept as is
        bool firstPictureOnly = false; ///< an animation too large to be kept as one: the copy is its first picture
    };

    explicit ImageReducer(Mode mode = Mode::Photo, qint64 targetBytes = DefaultTargetBytes);

    /// Whether @p path holds (or claims by its name to hold) a raster picture: those go through reduce().
    static bool isPicture(const QString &path);

    /// Whether the picture at @p path can be shown without costing more memory than making it light may (its header
    /// read, nothing decoded): a format this app reads, at most MaxPixels, and for a JPEG in several scans at most
    /// MaxCoefficientMb of coefficients, which libjpeg holds even for a thumbnail. A pupil's or a teacher's file that
    /// fails is offered as a file, never decoded (review-media20, finding 1).
    static bool showable(const QString &path);
    /// The same for a picture read from @p device (a cover in a sound's tags, review-media23 finding 1), which must
    /// also have at most @p maxPixels pixels.
    static bool showable(QIODevice &device, qint64 maxPixels = MaxPixels);
    /// Whether the picture at @p path is a JPEG in more than MaxScans scans (showable() refuses it): to say why.
    static bool tooManyScans(const QString &path);

    /// The frugal copy of the picture at @p path, or a sentence saying why there is none.
    Result<Reduced> reduce(const QString &path) const;
    /// The same for bytes read elsewhere; @p name is the file's name (for the copy's name and the messages).
    Result<Reduced> reduce(const QByteArray &bytes, const QString &name) const;

    Mode mode() const { return m_mode; }

private:
    Mode m_mode;
    qint64 m_targetBytes;
};

} // namespace Continuite
