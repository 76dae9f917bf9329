// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "content/imagereducer.h"

#include <QBuffer>
#include <QtEndian>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QLocale>
#include <QLoggingCategory>
#include <QMimeDatabase>
#include <QPainter>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>

Q_LOGGING_CATEGORY(lcReducer, "continuite.media", QtInfoMsg)

namespace Continuite {

using namespace Qt::StringLiterals;

namespace {

/// The raster formats a household's device makes and Qt reads; anything else (a PDF rendered by Qt Pdf's
/// image plugin, an icon, a TGA) is not a photo of work.
const QSet<QByteArray> &readableFormats()
{
    static const QSet<QByteArray> formats{"jpeg", "png", "webp", "tiff", "bmp", "gif"};
    return formats;
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

bool isRestartOrFill(uchar marker)
{
    return (marker >= 0xD0 && marker <= 0xD7) || marker == 0x01 || marker == 0xFF;
}

/// The segments libjpeg reads as empty when their length word says 0 or 1 (APPn, a comment, DNL), going on with the
/// next byte; any other such segment is an error to it.
bool isEmptiedByLibjpeg(int marker)
{
    return (marker >= 0xE0 && marker <= 0xEF) || marker == 0xFE || marker == 0xDC;
}

/**
 * Walks a JPEG's segments to its end-of-image marker. libjpeg decodes a file cut short without an error
 * (the missing rows come out grey), so a photo interrupted while copied would be stored half grey.
 * Sets @p metadata when a segment other than JFIF's APP0 and the image's own tables is present (EXIF,
 * XMP, GPS, comments, a maker's notes).
 */
bool jpegIsComplete(const QByteArray &bytes, bool *metadata)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype n = bytes.size();
    if (n < 4 || p[0] != 0xFF || p[1] != 0xD8)
        return false;
    qsizetype i = 2;
    while (i + 1 < n) {
        if (p[i] != 0xFF)
            return false;
        const uchar marker = p[i + 1];
        if (marker == 0xFF) {
            ++i;
            continue;
        }
        if (marker == 0xD9)
            return true;
        if (marker == 0x00) { // garbage libjpeg drops, up to the next FF (review-media24, A): not a marker with a length
            i += 2;
            while (i < n && p[i] != 0xFF)
                ++i;
            continue;
        }
        if (isRestartOrFill(marker)) {
            i += 2;
            continue;
        }
        if (i + 3 >= n)
            return false;
        const int length = (p[i + 2] << 8) | p[i + 3];
        if ((marker >= 0xE1 && marker <= 0xEF) || marker == 0xFE)
            *metadata = true;
        if (length < 2) { // as coefficientBufferBytes() reads it, as libjpeg does: empty, or not a JPEG to keep
            if (!isEmptiedByLibjpeg(marker))
                return false;
            i += 4;
            continue;
        }
        i += 2 + length;
        if (marker == 0xDA) { // entropy-coded data runs to the next marker that is not stuffing or a restart
            while (i + 1 < n && !(p[i] == 0xFF && p[i + 1] != 0x00 && !isRestartOrFill(p[i + 1])))
                ++i;
        }
    }
    return false;
}

/**
 * Moves @p in past a scan's entropy-coded data, to the 0xFF of the next marker that is neither stuffing nor a restart
 * (as jpegIsComplete() does in memory): a file is read in blocks, searched with memchr, a few ms a megabyte.
 */
bool skipEntropyCoded(QIODevice &in)
{
    std::array<char, 64 * 1024> block;
    for (;;) {
        const qint64 start = in.pos();
        const qint64 n = in.read(block.data(), qint64(block.size()));
        if (n < 2)
            return false;
        const auto *p = reinterpret_cast<const uchar *>(block.data());
        qint64 i = 0;
        for (;;) {
            const void *hit = std::memchr(p + i, 0xFF, size_t(n - i));
            if (!hit) {
                i = n;
                break;
            }
            i = static_cast<const uchar *>(hit) - p;
            if (i + 1 >= n)
                break; // an 0xFF at the block's end: read again from it
            const uchar next = p[i + 1];
            if (next == 0x00 || next == 0xFF || isRestartOrFill(next)) {
                i += next == 0xFF ? 1 : 2;
                continue;
            }
            return in.seek(start + i);
        }
        if (i < n && !in.seek(start + i))
            return false;
    }
}

/**
 * The bytes of DCT coefficients libjpeg keeps for the whole picture before it gives a single row, at any scaling:
 * every coefficient (2 bytes) of every component, whenever the file has several scans — progressive, or a first scan
 * holding fewer components than the frame (libjpeg's has_multiple_scans: a baseline file can put each colour in a
 * scan of its own, review-media20 finding 1: 228 bytes announcing 16000 × 16000 cost 1.5 GB). 0 when it is decoded a
 * row of blocks at a time (one scan with every component), -1 when the headers cannot be walked to the first scan.
 * Walks the segments with seeks: whatever the file's size, only their headers are read.
 *
 * A file in several scans is walked to its end, its scans counted (@p scans): libjpeg runs every scan over every block
 * of its components whatever its bytes say, so a 270 KB picture of 1600² in 15000 scans froze a lesson's window 3 s
 * (review-media23, finding 2). Past ImageReducer::MaxScans it stops and returns TooManyScans.
 */
constexpr qint64 TooManyScans = -2;

qint64 coefficientBufferBytes(QIODevice &in, int *scans = nullptr)
{
    auto byte = [&in]() -> int {
        char c = 0;
        return in.getChar(&c) ? int(uchar(c)) : -1;
    };
    if (scans)
        *scans = 0;
    if (byte() != 0xFF || byte() != 0xD8)
        return -1;
    qint64 total = -1;
    int components = 0, seen = 0;
    bool progressive = false;
    for (int segment = 0; segment < 100000; ++segment) {
        int c = byte();
        while (c >= 0 && c != 0xFF) // stray bytes between segments, as libjpeg tolerates them
            c = byte();
        int marker = byte();
        while (marker == 0xFF) // fill bytes
            marker = byte();
        if (marker < 0 || marker == 0xD9)
            return seen > 0 ? total : -1; // past the first scan, the end (or a file cut short, which libjpeg shows)
        // The walk must read on wherever libjpeg does, or the scans past that place go uncounted (review-media24, A):
        // FF 00 between segments is garbage libjpeg drops, going on to the next FF; it was taken for a marker whose
        // "length" hid up to 65 KB of scans.
        if (marker == 0x00 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) // no length
            continue;
        const int hi = byte(), lo = byte();
        if (hi < 0 || lo < 0)
            return seen > 0 ? total : -1;
        const int length = (hi << 8) | lo;
        if (length < 2) {
            // libjpeg reads an APPn, a comment or a DNL whose length word is 0 or 1 as empty and goes on with the next
            // byte; where it ended the walk, every later scan was decoded uncounted. Any other such segment is an
            // error to libjpeg, and a refusal here.
            if (isEmptiedByLibjpeg(marker))
                continue;
            return -1;
        }
        const QByteArray payload = in.read(std::min(length - 2, 2 + 3 * 255 + 8));
        // SOF0–SOF15 but DHT (C4), JPG (C8) and DAC (CC); the progressive ones are C2, C6, CA and CE.
        if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
            const auto *p = reinterpret_cast<const uchar *>(payload.constData());
            if (payload.size() < 6 || total >= 0)
                return -1;
            progressive = marker == 0xC2 || marker == 0xC6 || marker == 0xCA || marker == 0xCE;
            const qint64 height = (p[1] << 8) | p[2], width = (p[3] << 8) | p[4];
            components = p[5];
            if (components < 1 || payload.size() < 6 + 3 * components)
                return -1;
            int hMax = 1, vMax = 1;
            for (int k = 0; k < components; ++k) {
                hMax = std::max(hMax, p[7 + 3 * k] >> 4);
                vMax = std::max(vMax, p[7 + 3 * k] & 0x0F);
            }
            total = 0;
            for (int k = 0; k < components; ++k) {
                const int h = std::max(1, p[7 + 3 * k] >> 4), v = std::max(1, p[7 + 3 * k] & 0x0F);
                const qint64 blocksWide = ((width * h + hMax - 1) / hMax + 7) / 8;
                const qint64 blocksHigh = ((height * v + vMax - 1) / vMax + 7) / 8;
                total += blocksWide * blocksHigh * 64 * 2;
            }
        } else if (marker == 0xDA) {
            if (total < 0 || payload.isEmpty())
                return -1;
            if (seen == 0) {
                const int inScan = uchar(payload.at(0));
                if (!progressive && inScan >= components) {
                    if (scans)
                        *scans = 1;
                    return 0; // one scan of every component, decoded a row of blocks at a time
                }
            }
            ++seen;
            if (scans)
                *scans = seen;
            if (seen > ImageReducer::MaxScans)
                return TooManyScans;
            if (length - 2 > payload.size() && !in.seek(in.pos() + (length - 2 - payload.size())))
                return total;
            if (!skipEntropyCoded(in))
                return total; // cut short in a scan: what is there is shown
            continue;
        }
        if (length - 2 > payload.size() && !in.seek(in.pos() + (length - 2 - payload.size())))
            return seen > 0 ? total : -1;
    }
    return -1;
}

qint64 coefficientBufferBytes(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return coefficientBufferBytes(buffer);
}

/// Whether a PNG carries anything but its picture (text, EXIF, a timestamp, a private chunk: what a reduced copy must
/// not keep). An allow-list: a deny-list kept a private "prVt" chunk holding a name and a street (review-media23,
/// finding 6).
bool pngCarriesMetadata(const QByteArray &bytes)
{
    static const QSet<QByteArray> picture{"IHDR", "PLTE", "tRNS", "IDAT", "IEND", "gAMA", "cHRM", "sRGB", "iCCP", "pHYs", "sBIT", "bKGD"};
    qsizetype i = 8;
    while (i + 8 <= bytes.size()) {
        const quint32 length = (quint32(uchar(bytes[i])) << 24) | (quint32(uchar(bytes[i + 1])) << 16)
            | (quint32(uchar(bytes[i + 2])) << 8) | quint32(uchar(bytes[i + 3]));
        const QByteArray type = bytes.mid(i + 4, 4);
        if (!picture.contains(type))
            return true;
        if (type == "IEND")
            return false;
        i += 12 + qsizetype(length);
    }
    return true; // cut short: not a file to keep as it is
}

/// Lighter neighbours win: the ink of a small copy of the page vanishes, the paper's light remains.
QImage dilated(const QImage &gray)
{
    QImage out(gray.size(), QImage::Format_Grayscale8);
    const int w = gray.width(), h = gray.height();
    for (int y = 0; y < h; ++y) {
        uchar *dst = out.scanLine(y);
        for (int x = 0; x < w; ++x) {
            uchar best = 0;
            for (int dy = -1; dy <= 1; ++dy) {
                const int yy = std::clamp(y + dy, 0, h - 1);
                const uchar *src = gray.constScanLine(yy);
                for (int dx = -1; dx <= 1; ++dx)
                    best = std::max(best, src[std::clamp(x + dx, 0, w - 1)]);
            }
            dst[x] = best;
        }
    }
    return out;
}

/**
 * A photographed page as a scan: grey; each pixel divided by the paper's light around it (a phone's
 * photo is lit unevenly, darker at the corners); then the darkest 1 % becomes black and anything lighter
 * than most of the paper becomes white. The paper's noise goes, so the JPEG shrinks to the ink.
 */
QImage asDocument(const QImage &image)
{
    QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    const int w = gray.width(), h = gray.height();
    const QSize small(std::max(4, w / 24), std::max(4, h / 24));
    const QImage light = dilated(dilated(gray.scaled(small, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)))
                             .scaled(gray.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    std::array<qint64, 256> histogram{};
    for (int y = 0; y < h; ++y) {
        uchar *line = gray.scanLine(y);
        const uchar *paper = light.constScanLine(y);
        for (int x = 0; x < w; ++x) {
            line[x] = uchar(std::min(255, line[x] * 255 / std::max<int>(paper[x], 1)));
            ++histogram[line[x]];
        }
    }
    const qint64 total = qint64(w) * h;
    auto percentile = [&](double fraction) {
        qint64 seen = 0;
        for (int v = 0; v < 256; ++v) {
            seen += histogram[v];
            if (seen >= fraction * total)
                return v;
        }
        return 255;
    };
    const int black = percentile(0.01);
    // The paper sits near 255 once the light is evened out; its grain and shadows a little below.
    const int white = std::max(black + 32, std::min(percentile(0.30), 255) - 24);
    std::array<uchar, 256> curve{};
    for (int v = 0; v < 256; ++v)
        curve[v] = uchar(std::clamp((v - black) * 255 / std::max(white - black, 1), 0, 255));
    for (int y = 0; y < h; ++y) {
        uchar *line = gray.scanLine(y);
        for (int x = 0; x < w; ++x)
            line[x] = curve[line[x]];
    }
    return gray;
}

/// The colours of a drawing or a screenshot, or nothing when there are more than 256 (a photo).
QList<QRgb> fewColours(const QImage &rgb)
{
    QSet<QRgb> seen;
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x) {
            seen.insert(line[x]);
            if (seen.size() > 256)
                return {};
        }
    }
    return QList<QRgb>(seen.cbegin(), seen.cend());
}

QByteArray encode(const QImage &withMetadata, const QByteArray &format, int quality)
{
    // QImage carries the original's text chunks and comments through every conversion, and QImageWriter
    // writes them out: the copy is built from the pixels alone.
    QImage image(withMetadata.constBits(), withMetadata.width(), withMetadata.height(), withMetadata.bytesPerLine(), withMetadata.format());
    image.setColorTable(withMetadata.colorTable());
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.setQuality(quality);
    if (format == "jpeg")
        writer.setOptimizedWrite(true);
    if (!writer.write(image)) {
        qCWarning(lcReducer) << "could not encode" << format << writer.errorString();
        return {};
    }
    return bytes;
}


/**
 * An animated GIF without what rides beside its frames: comments, plain-text blocks and every application block
 * but the loop count (NETSCAPE2.0, ANIMEXTS1.0) — XMP among them, where an editor writes a place or a name (the
 * session-14 review, finding 6: a comment "chez Lea, 12 rue des Lilas" and XMP GPS were sent as they were). Frames
 * and their timing are copied byte for byte. Empty when the file does not parse as a GIF.
 */
QByteArray gifWithoutMetadata(const QByteArray &in)
{
    if (in.size() < 13 || !(in.startsWith("GIF87a") || in.startsWith("GIF89a")))
        return {};
    auto byteAt = [&](qsizetype i) { return i < in.size() ? int(quint8(in.at(i))) : -1; };
    // Past a run of data sub-blocks: the position after their empty terminator, or -1 when the file ends first.
    auto pastSubBlocks = [&](qsizetype p) -> qsizetype {
        for (int n = byteAt(p); n >= 0; n = byteAt(p)) {
            p += 1 + n;
            if (n == 0)
                return p;
        }
        return -1;
    };
    qsizetype pos = 13;
    if (byteAt(10) & 0x80)
        pos += 3 * (1 << ((byteAt(10) & 7) + 1)); // the global colour table
    if (pos > in.size())
        return {};
    QByteArray out = in.left(pos);
    while (pos < in.size()) {
        const int block = byteAt(pos);
        if (block == 0x3B) // the trailer
            return out + char(0x3B);
        qsizetype end = -1;
        bool keep = true;
        if (block == 0x2C) { // a frame: its descriptor, local colour table, LZW code size, then its data
            const int flags = byteAt(pos + 9);
            if (flags < 0)
                return {};
            qsizetype p = pos + 10 + ((flags & 0x80) ? 3 * (1 << ((flags & 7) + 1)) : 0) + 1;
            end = pastSubBlocks(p);
        } else if (block == 0x21) {
            const int label = byteAt(pos + 1);
            end = pastSubBlocks(pos + 2);
            if (label == 0xFF) {
                const QByteArray application = byteAt(pos + 2) == 11 ? in.mid(pos + 3, 11) : QByteArray();
                keep = application == "NETSCAPE2.0" || application == "ANIMEXTS1.0";
            } else {
                keep = label == 0xF9; // a frame's timing and transparency; not comments (0xFE) nor text (0x01)
            }
        }
        if (end < 0)
            return {};
        if (keep)
            out += in.mid(pos, end - pos);
        pos = end;
    }
    return {}; // no trailer: cut short
}

/// An animated WebP without its EXIF and XMP chunks (and their flags in its VP8X header), frames untouched. Empty when
/// the file does not parse as RIFF WebP.
QByteArray webpWithoutMetadata(const QByteArray &in)
{
    if (in.size() < 20 || !in.startsWith("RIFF") || in.mid(8, 4) != "WEBP")
        return {};
    QByteArray out = in.left(12);
    qsizetype pos = 12;
    while (pos + 8 <= in.size()) {
        const QByteArray tag = in.mid(pos, 4);
        const qsizetype size = qFromLittleEndian<quint32>(in.constData() + pos + 4);
        const qsizetype chunk = std::min<qsizetype>(8 + size + (size & 1), in.size() - pos);
        if (8 + size > in.size() - pos)
            return {};
        if (tag != "EXIF" && tag != "XMP ")
            out += in.mid(pos, chunk);
        pos += chunk;
    }
    if (pos != in.size())
        return {};
    if (out.mid(12, 4) == "VP8X" && out.size() > 20)
        out[20] = char(quint8(out.at(20)) & ~0x0C); // neither EXIF (0x08) nor XMP (0x04) any more
    qToLittleEndian<quint32>(quint32(out.size() - 8), out.data() + 4);
    return out;
}

} // namespace

ImageReducer::ImageReducer(Mode mode, qint64 targetBytes)
    : m_mode(mode)
    , m_targetBytes(targetBytes)
{
}

bool ImageReducer::isPicture(const QString &path)
{
    static const QMimeDatabase db;
    auto raster = [](const QMimeType &type) {
        return type.name().startsWith(u"image/"_s) && !type.inherits(u"image/svg+xml"_s);
    };
    return raster(db.mimeTypeForFile(path, QMimeDatabase::MatchExtension)) || raster(db.mimeTypeForFile(path, QMimeDatabase::MatchContent));
}

bool ImageReducer::tooManyScans(const QString &path)
{
    QFile file(path);
    int scans = 0;
    return file.open(QIODevice::ReadOnly) && coefficientBufferBytes(file, &scans) == TooManyScans;
}

bool ImageReducer::showable(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return showable(file);
}

bool ImageReducer::showable(QIODevice &device, qint64 maxPixels)
{
    const auto *file = qobject_cast<const QFile *>(&device);
    const QString name = file ? file->fileName() : u"(bytes)"_s;
    QImageReader reader(&device);
    const QByteArray format = reader.format();
    const QSize size = reader.size();
    if (!readableFormats().contains(format) || !size.isValid()) {
        qCInfo(lcReducer) << name << "not shown: not a picture this app reads" << format << reader.errorString();
        return false;
    }
    const qint64 pixels = qint64(size.width()) * size.height();
    // Other formats are decoded whole before any scaling (Qt Quick's allocation limit, 128 MB, refuses the rest); a
    // JPEG is decoded scaled, but a JPEG in several scans holds all its coefficients first.
    qint64 cost = pixels * 4, most = qint64(AllocationLimitMb) * 1024 * 1024;
    if (format == "jpeg") {
        device.seek(0);
        int scans = 0;
        const qint64 coefficients = coefficientBufferBytes(device, &scans);
        if (coefficients == TooManyScans)
            qCInfo(lcReducer) << name << "not shown: a JPEG in more than" << MaxScans << "scans";
        cost = coefficients < 0 ? std::numeric_limits<qint64>::max() : coefficients;
        most = MaxCoefficientMb * 1024 * 1024;
    }
    if (pixels > std::min(MaxPixels, maxPixels) || cost > most) {
        qCInfo(lcReducer) << name << "not shown:" << size << format << "would cost" << cost << "bytes to decode";
        return false;
    }
    return true;
}

Result<ImageReducer::Reduced> ImageReducer::reduce(const QString &path) const
{
    using R = Result<Reduced>;
    const QFileInfo info(path);
    if (!info.isFile())
        return R::failure(tr("The file %1 does not exist.").arg(path));
    if (info.size() > MaxInputBytes)
        return R::failure(tr("%1 is too large for a picture (%2, at most %3): it is not a photo that can be made light.")
                              .arg(info.fileName(), sizeText(info.size()), sizeText(MaxInputBytes)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(tr("Cannot read %1: %2").arg(info.fileName(), file.errorString()));
    return reduce(file.readAll(), info.fileName());
}

Result<ImageReducer::Reduced> ImageReducer::reduce(const QByteArray &bytes, const QString &name) const
{
    using R = Result<Reduced>;
    static const QMimeDatabase db;
    const QMimeType content = db.mimeTypeForData(bytes.left(64 * 1024));
    if (bytes.isEmpty())
        return R::failure(tr("%1 is empty: nothing was attached.").arg(name));
    if (!content.name().startsWith(u"image/"_s)) {
        if (content.name() == u"application/octet-stream"_s)
            return R::failure(tr("%1 is named like a picture but its content is not one (damaged, or another kind of file): nothing was attached.").arg(name));
        return R::failure(tr("%1 is named like a picture but it is a %2 (%3): give it its true extension (.%4) and attach it again; nothing was attached.")
                              .arg(name, content.comment(), content.name(), content.preferredSuffix()));
    }
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAllocationLimit(AllocationLimitMb);
    reader.setAutoTransform(true);
    const QByteArray format = reader.format();
    if (!readableFormats().contains(format)) {
        if (content.inherits(u"image/heif"_s) || content.name().contains(u"hei"_s))
            return R::failure(tr("%1 is a HEIC photo, which this device cannot read: on the phone, choose \"Most compatible\" (JPEG) in the camera's settings, or share the photo as JPEG. Nothing was attached.").arg(name));
        return R::failure(tr("%1 is a picture in a format this device cannot make light (%2): save it as JPEG or PNG and attach it again. Nothing was attached.")
                              .arg(name, content.comment()));
    }
    const QSize stored = reader.size();
    if (!stored.isValid()) {
        qCInfo(lcReducer) << name << "unreadable:" << reader.errorString();
        return R::failure(tr("%1 cannot be read as a picture: it may be damaged. Nothing was attached.").arg(name));
    }
    const qint64 pixels = qint64(stored.width()) * stored.height();
    const bool scalable = reader.supportsOption(QImageIOHandler::ScaledSize) && format == "jpeg";
    // A JPEG is decoded straight at a fraction of its size (libjpeg's DCT scaling), so a 200 MP photo costs
    // a few MB; other formats are decoded whole first: their pixels must fit the allocation limit.
    if (pixels > MaxPixels || (!scalable && pixels * 4 > qint64(AllocationLimitMb) * 1024 * 1024))
        return R::failure(tr("%1 announces %2 × %3 pixels, far more than any photo: it cannot be opened safely and was not attached.")
                              .arg(name)
                              .arg(stored.width())
                              .arg(stored.height()));
    if (format == "jpeg") {
        const qint64 coefficients = coefficientBufferBytes(bytes);
        if (coefficients == TooManyScans)
            return R::failure(tr("%1 is a JPEG saved in more than %2 passes, which no camera or program does: reading it "
                                 "would freeze this computer for seconds, so it was not attached. Save it again as a "
                                 "normal JPEG, and attach it again.")
                                  .arg(name)
                                  .arg(MaxScans));
        if (coefficients < 0)
            return R::failure(tr("%1 cannot be read as a picture: it may be damaged. Nothing was attached.").arg(name));
        if (coefficients > MaxCoefficientMb * 1024 * 1024)
            return R::failure(tr("%1 is a JPEG of %2 × %3 pixels saved in several passes: opening it would take too much "
                                 "of this computer's memory, so it was not attached. Save it as a normal JPEG, or smaller, "
                                 "and attach it again.")
                                  .arg(name)
                                  .arg(stored.width())
                                  .arg(stored.height()));
    }
    bool metadata = false;
    if (format == "jpeg" && !jpegIsComplete(bytes, &metadata))
        return R::failure(tr("%1 is cut short (an interrupted copy or download?): copy the photo again from the phone. Nothing was attached.").arg(name));
    if (format == "png")
        metadata = pngCarriesMetadata(bytes);
    else if (format != "jpeg")
        metadata = true;
    bool firstPictureOnly = false;
    if (reader.supportsAnimation() && reader.imageCount() > 1) {
        // An animation stays one (the reducer would keep one frame), without its comments, EXIF and XMP, when it
        // follows the rule of every picture (long side ≤ MaxLongSide) and weighs at most MaxAnimationBytes. Any other
        // (or one that does not parse) becomes its first picture made light, like any picture, and says so: nothing in
        // the app animates a picture, and a 2400 × 1800 or 8000² one was sent whole (review-media23, finding 4).
        const bool fits = std::max(stored.width(), stored.height()) <= MaxLongSide;
        const QByteArray clean = !fits ? QByteArray()
            : format == "gif"          ? gifWithoutMetadata(bytes)
            : format == "webp"         ? webpWithoutMetadata(bytes)
                                       : QByteArray();
        if (!clean.isEmpty() && clean.size() <= MaxAnimationBytes) {
            // keptOriginal only when nothing was taken out: the caller then attaches the person's file itself.
            return Reduced{clean, name, content.name(), bytes.size(), stored, stored, 0, clean == bytes};
        }
        firstPictureOnly = true;
        buffer.seek(0);
        reader.setDevice(&buffer);
    }

    if (scalable) {
        int denominator = 1;
        const int longSide = std::max(stored.width(), stored.height());
        while (denominator < 8 && longSide / (denominator * 2) >= MaxLongSide)
            denominator *= 2;
        if (denominator > 1)
            reader.setScaledSize(QSize((stored.width() + denominator - 1) / denominator, (stored.height() + denominator - 1) / denominator));
    }
    const bool turned = reader.transformation() != QImageIOHandler::TransformationNone;
    const bool sideways = reader.transformation().testFlag(QImageIOHandler::TransformationRotate90);
    QImage image;
    if (!reader.read(&image)) {
        qCInfo(lcReducer) << name << "unreadable:" << reader.errorString();
        return R::failure(tr("%1 cannot be read as a picture: it may be damaged. Nothing was attached.").arg(name));
    }

    Reduced out;
    out.firstPictureOnly = firstPictureOnly;
    out.originalSize = bytes.size();
    out.originalPixels = sideways ? stored.transposed() : stored;
    // A picture decoded whole (PNG, WebP…: no scaling while decoding) is made small first, so that no other copy of
    // it at full size is ever made (an 8000 × 8000 PNG is 256 MB decoded; it cost twice that).
    if (std::max(image.width(), image.height()) > MaxLongSide) {
        // Smooth scaling works on premultiplied or opaque 32-bit pixels: any other picture (grey, indexed, or
        // with plain alpha, as PNG decodes) would first be converted whole, a second full-size copy. Dropping
        // pixels keeps the format: it goes straight to twice the copy's size, then is smoothed (what is lost is
        // detail the copy drops anyway).
        const bool smoothInPlace = image.format() == QImage::Format_RGB32 || image.format() == QImage::Format_ARGB32_Premultiplied;
        if (!smoothInPlace && std::max(image.width(), image.height()) > 2 * MaxLongSide)
            image = image.scaled(QSize(2 * MaxLongSide, 2 * MaxLongSide), Qt::KeepAspectRatio, Qt::FastTransformation);
        image = image.scaled(QSize(MaxLongSide, MaxLongSide), Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    // Transparency goes on white paper, as it would print.
    if (image.hasAlphaChannel()) {
        QImage flat(image.size(), QImage::Format_RGB32);
        flat.fill(Qt::white);
        QPainter(&flat).drawImage(0, 0, image);
        image = flat;
    } else {
        image = image.convertToFormat(QImage::Format_RGB32);
    }
    if (std::max(image.width(), image.height()) > MaxLongSide)
        image = image.scaled(QSize(MaxLongSide, MaxLongSide), Qt::KeepAspectRatio, Qt::SmoothTransformation);

    const QString base = QFileInfo(name).completeBaseName().isEmpty() ? u"image"_s : QFileInfo(name).completeBaseName();
    const QList<QRgb> palette = fewColours(image);
    if (!palette.isEmpty()) {
        // A drawing or a screenshot: exact colours in an indexed PNG keep the lines sharp and weigh little.
        // A grey photo or scan also has few colours, but its grain makes the PNG heavy: then it is a JPEG.
        QByteArray png = encode(image.convertToFormat(QImage::Format_Indexed8, palette, Qt::ThresholdDither | Qt::AvoidDither), "png", 0);
        if (png.size() <= m_targetBytes) {
            out.bytes = std::move(png);
            out.name = base + u".png"_s;
            out.mime = u"image/png"_s;
        }
    }
    if (out.bytes.isEmpty()) {
        QImage source = m_mode == Mode::Document ? asDocument(image) : image;
        // Quality first, then size, until the copy fits the budget; the smallest try is kept if none does.
        for (double scale = 1.0;; scale *= 0.85) {
            const QImage scaled = scale < 1.0 ? source.scaled(source.size() * scale, Qt::KeepAspectRatio, Qt::SmoothTransformation) : source;
            for (int quality = StartQuality; quality >= MinQuality; quality -= 10) {
                QByteArray encoded = encode(scaled, "jpeg", quality);
                if (out.bytes.isEmpty() || encoded.size() < out.bytes.size()) {
                    out.bytes = std::move(encoded);
                    out.quality = quality;
                    out.pixels = scaled.size();
                }
                if (out.bytes.size() <= m_targetBytes)
                    break;
            }
            if (out.bytes.size() <= m_targetBytes || std::max(scaled.width(), scaled.height()) * 0.85 < 800)
                break;
        }
        out.name = base + u".jpg"_s;
        out.mime = u"image/jpeg"_s;
    }
    if (out.bytes.isEmpty())
        return R::failure(tr("%1 could not be made light (the picture could not be encoded). Nothing was attached.").arg(name));
    if (out.pixels.isEmpty())
        out.pixels = image.size();
    // An original already lighter, upright, small enough and without metadata is better kept as it is.
    if (!metadata && !turned && (format == "jpeg" || format == "png") && bytes.size() <= out.bytes.size()
        && std::max(stored.width(), stored.height()) <= MaxLongSide && m_mode == Mode::Photo) {
        out.bytes = bytes;
        out.name = name;
        out.mime = content.name();
        out.pixels = stored;
        out.quality = 0;
        out.keptOriginal = true;
    }
    qCDebug(lcReducer) << name << bytes.size() << "→" << out.bytes.size() << out.pixels << "q" << out.quality;
    return out;
}

} // namespace Continuite
