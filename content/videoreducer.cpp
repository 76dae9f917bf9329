// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "content/videoreducer.h"

#include "content/gstreamer.h"
#include "content/imagereducer.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QList>
#include <QLoggingCategory>
#include <QMimeDatabase>
#include <QSize>

#include <gst/gst.h>
#include <gst/pbutils/pbutils.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <atomic>
#include <mutex>

Q_LOGGING_CATEGORY(lcVideo, "continuite.media.video")

namespace Continuite {

using namespace Qt::StringLiterals;

using Gst::takeMessage;
template<typename T>
using GPtr = Gst::Ptr<T>;

namespace {

/// Reads bits most significant first, as VP9's headers are written; -1 past the end.
class BitReader
{
public:
    BitReader(const quint8 *data, gsize size)
        : m_data(data)
        , m_size(size)
    {
    }
    int read(int count)
    {
        int value = 0;
        for (int i = 0; i < count; ++i) {
            if (m_bit >= m_size * 8)
                return -1;
            value = (value << 1) | ((m_data[m_bit / 8] >> (7 - m_bit % 8)) & 1);
            ++m_bit;
        }
        return value;
    }

private:
    const quint8 *m_data;
    gsize m_size;
    gsize m_bit = 0;
};

/// The size a VP8 frame states: only a key frame states one (RFC 6386, 9.1: bit 0 of the frame tag is 0, the start
/// code 9d 01 2a, then a 14-bit width and height each with 2 bits of scaling); invalid for an interframe, which keeps
/// the size of the last key frame.
QSize vp8FrameSize(const quint8 *d, gsize n)
{
    if (n < 10 || (d[0] & 1) || d[3] != 0x9d || d[4] != 0x01 || d[5] != 0x2a)
        return {};
    return QSize((d[6] | d[7] << 8) & 0x3fff, (d[8] | d[9] << 8) & 0x3fff);
}

/// The size one VP9 frame states in its uncompressed header (VP9 bitstream specification 6.2): a key frame, an
/// intra-only frame and an interframe that refers to no earlier size each state one; invalid when it states none.
QSize vp9FrameSize(const quint8 *d, gsize n)
{
    BitReader b(d, n);
    if (b.read(2) != 2) // frame_marker
        return {};
    const int low = b.read(1), high = b.read(1);
    const int profile = (high << 1) | low;
    if (profile == 3)
        b.read(1);
    if (b.read(1) != 0) // show_existing_frame: an earlier picture, already checked
        return {};
    const int frameType = b.read(1), showFrame = b.read(1), errorResilient = b.read(1);
    auto colorConfig = [&] {
        if (profile >= 2)
            b.read(1);
        if (b.read(3) != 7) { // not sRGB
            b.read(1);
            if (profile == 1 || profile == 3)
                b.read(3);
        } else if (profile == 1 || profile == 3) {
            b.read(1);
        }
    };
    auto frameSize = [&]() -> QSize {
        const int w = b.read(16), h = b.read(16);
        return w < 0 || h < 0 ? QSize() : QSize(w + 1, h + 1);
    };
    if (frameType == 0) { // key frame
        if (b.read(24) != 0x498342)
            return {};
        colorConfig();
        return frameSize();
    }
    const int intraOnly = showFrame ? 0 : b.read(1);
    if (!errorResilient)
        b.read(2); // reset_frame_context
    if (intraOnly == 1) {
        if (b.read(24) != 0x498342)
            return {};
        if (profile > 0)
            colorConfig();
        b.read(8); // refresh_frame_flags
        return frameSize();
    }
    b.read(8);           // refresh_frame_flags
    for (int i = 0; i < 3; ++i)
        b.read(4);       // ref_frame_idx, sign bias
    for (int i = 0; i < 3; ++i) {
        const int foundRef = b.read(1);
        if (foundRef != 0) // the size of a reference: already checked (or the header is cut: the decoder refuses it)
            return {};
    }
    return frameSize();
}

/// Every size the VP9 frames of one buffer state: a "superframe" packs several, indexed at its end (Annex B).
QList<QSize> vp9FrameSizes(const quint8 *d, gsize n)
{
    QList<QSize> sizes;
    if (n == 0)
        return sizes;
    const quint8 marker = d[n - 1];
    if ((marker & 0xe0) == 0xc0) {
        const gsize frames = (marker & 7) + 1, bytes = ((marker >> 3) & 3) + 1, index = 2 + bytes * frames;
        if (n >= index && d[n - index] == marker) {
            const quint8 *entry = d + n - index + 1;
            gsize offset = 0;
            for (gsize f = 0; f < frames; ++f, entry += bytes) {
                gsize size = 0;
                for (gsize i = 0; i < bytes; ++i)
                    size |= gsize(entry[i]) << (8 * i);
                if (size == 0 || offset + size > n - index)
                    break;
                sizes += vp9FrameSize(d + offset, size);
                offset += size;
            }
            return sizes;
        }
    }
    sizes += vp9FrameSize(d, n);
    return sizes;
}

/**
 * The picture sizes a video's own bitstream states, read on the way into its decoder (review-media20, finding 2): a
 * container may state 640 × 352 while its pictures are 16383 × 16383 (1.3 GB to decode the first), and a picture may
 * grow mid-stream (a light version made at 2.16 GB, and accepted). VP8 and VP9 state a size in their frames, which
 * no parser on Debian 12 reads for us; for every other codec the parser GStreamer plugs before the decoder (h264parse,
 * h265parse, av1parse…) sends new caps when the size changes, and those caps are read too. A size over the limits is
 * never let through: the buffer or caps is dropped and an error is posted, which the caller turns into tooLarge()'s
 * sentence. Called from streaming threads.
 */
struct PictureGuard
{
    std::mutex lock;
    QSize largest;
    QSize refused;
    /// Fail closed (picturesFit: a received file before the player decodes it; review-media21, finding 1): a picture
    /// stream passes only if its size is read before any decoder, i.e. VP8/VP9 (whose frames the guard reads), raw
    /// video (its caps are its size) or caps a parser wrote (parsed=true, with a size; the parser sends new caps when
    /// it changes). MJPEG, FLI/FLC, GIF, PNG, Theora… without a parser on this computer give only the container's or
    /// the header's word, or none: jpegdec decoded a 10000² frame stated 640 × 352 (784 MB), flxdec a 6000² FLC
    /// (403 MB, 65535² allowed).
    bool strict = false;
    QByteArray uncheckable; // the caps name of the first stream refused so
    /// In strict mode: a picture in the file's tags (a cover) that ImageReducer::showable() refuses. No decoder of the
    /// walk ever sees it, but the player turns it into QMediaMetaData::CoverArtImage, decoded whole on the window's
    /// thread (review-media23, finding 1: 360 MB and 6.1 s frozen for a 3 s memo).
    bool coverRefused = false;
    /// The pieces the walk may read (picturesFit; 0: no limit), and how many it read.
    std::atomic<qint64> packetLimit{0};
    std::atomic<qint64> packets{0};
    std::atomic<bool> tooManyPackets{false};

    static bool fits(QSize s)
    {
        return std::max(s.width(), s.height()) <= VideoReducer::MaxFrameSide
            && qint64(s.width()) * s.height() <= VideoReducer::MaxFramePixels;
    }
    /// Records @p s; false (once refused, always) when it is too large.
    bool admit(QSize s)
    {
        std::lock_guard guard(lock);
        if (refused.isValid())
            return false;
        if (!s.isValid() || s.isEmpty())
            return true;
        if (qint64(s.width()) * s.height() > qint64(largest.width()) * largest.height())
            largest = s;
        if (fits(s))
            return true;
        refused = s;
        return false;
    }
    bool hasRefused()
    {
        std::lock_guard guard(lock);
        return refused.isValid() || !uncheckable.isEmpty() || coverRefused;
    }
    /// In strict mode, false (once refused, always) when a picture in @p tags is not one the app would show.
    bool admitTags(const GstTagList *tags)
    {
        if (!strict || !tags)
            return true;
        for (const char *tag : {GST_TAG_IMAGE, GST_TAG_PREVIEW_IMAGE, GST_TAG_ATTACHMENT}) {
            GstSample *sample = nullptr;
            for (guint i = 0; gst_tag_list_get_sample_index(tags, tag, i, &sample); ++i) {
                GstBuffer *buffer = gst_sample_get_buffer(sample);
                GstMapInfo map;
                bool fits = true;
                if (buffer && gst_buffer_map(buffer, &map, GST_MAP_READ)) {
                    QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(map.data), qsizetype(map.size));
                    QBuffer device(&bytes);
                    device.open(QIODevice::ReadOnly);
                    // An attachment that no picture reader takes is not shown by anyone; anything else is a picture.
                    const bool picture = std::strcmp(tag, GST_TAG_ATTACHMENT) != 0 || QImageReader(&device).canRead();
                    device.seek(0);
                    fits = !picture || ImageReducer::showable(device, VideoReducer::MaxCoverPixels);
                    gst_buffer_unmap(buffer, &map);
                }
                gst_sample_unref(sample);
                if (!fits) {
                    std::lock_guard guard(lock);
                    coverRefused = true;
                    return false;
                }
            }
        }
        return true;
    }
    bool hasRefusedCover()
    {
        std::lock_guard guard(lock);
        return coverRefused;
    }
    /// In strict mode, false (once refused, always) for a picture stream whose size nothing reads before its decoder.
    bool admitStream(const GstCaps *caps)
    {
        if (!strict || !caps)
            return true;
        for (guint i = 0; i < gst_caps_get_size(caps); ++i) {
            const GstStructure *s = gst_caps_get_structure(caps, i);
            const QByteArray kind(gst_structure_get_name(s));
            if (!kind.startsWith("video/") && !kind.startsWith("image/"))
                continue;
            int width = 0, height = 0;
            const bool sized = gst_structure_get_int(s, "width", &width) && gst_structure_get_int(s, "height", &height)
                && width > 0 && height > 0;
            gboolean parsed = FALSE;
            if (kind == "video/x-vp8" || kind == "video/x-vp9" || (kind == "video/x-raw" && sized)
                || (sized && gst_structure_get_boolean(s, "parsed", &parsed) && parsed))
                continue;
            std::lock_guard guard(lock);
            if (uncheckable.isEmpty())
                uncheckable = kind;
            return false;
        }
        return true;
    }
    QByteArray uncheckableKind()
    {
        std::lock_guard guard(lock);
        return uncheckable;
    }
    QSize refusedSize()
    {
        std::lock_guard guard(lock);
        return refused;
    }
    QSize largestSize()
    {
        std::lock_guard guard(lock);
        return largest;
    }
};

QSize capsPictureSize(const GstCaps *caps)
{
    QSize largest;
    for (guint i = 0; caps && i < gst_caps_get_size(caps); ++i) {
        const GstStructure *s = gst_caps_get_structure(caps, i);
        const QByteArray kind(gst_structure_get_name(s));
        int width = 0, height = 0;
        if ((kind.startsWith("video/") || kind.startsWith("image/")) && gst_structure_get_int(s, "width", &width)
            && gst_structure_get_int(s, "height", &height) && qint64(width) * height > qint64(largest.width()) * largest.height())
            largest = QSize(width, height);
    }
    return largest;
}

GstPadProbeReturn guardPictures(GstPad *pad, GstPadProbeInfo *info, gpointer data)
{
    auto *guard = static_cast<PictureGuard *>(data);
    const bool isBuffer = (GST_PAD_PROBE_INFO_TYPE(info) & GST_PAD_PROBE_TYPE_BUFFER) != 0;
    if (guard->hasRefused())
        return isBuffer ? GST_PAD_PROBE_DROP : GST_PAD_PROBE_OK;
    QList<QSize> sizes;
    if (!isBuffer) {
        GstEvent *event = GST_PAD_PROBE_INFO_EVENT(info);
        if (event && GST_EVENT_TYPE(event) == GST_EVENT_TAG) {
            GstTagList *tags = nullptr;
            gst_event_parse_tag(event, &tags);
            if (guard->admitTags(tags))
                return GST_PAD_PROBE_OK;
            qCWarning(lcVideo) << "a picture in the tags refused at" << GST_OBJECT_NAME(pad);
            if (GstObject *parent = gst_pad_get_parent(pad)) {
                if (GST_IS_ELEMENT(parent)) {
                    GError *err = g_error_new(GST_STREAM_ERROR, GST_STREAM_ERROR_DECODE, "a picture in the tags that cannot be shown");
                    gst_element_post_message(GST_ELEMENT(parent), gst_message_new_error(parent, err, nullptr));
                    g_error_free(err);
                }
                gst_object_unref(parent);
            }
            return GST_PAD_PROBE_DROP;
        }
        if (!event || GST_EVENT_TYPE(event) != GST_EVENT_CAPS)
            return GST_PAD_PROBE_OK;
        GstCaps *caps = nullptr;
        gst_event_parse_caps(event, &caps);
        if (!guard->admitStream(caps)) {
            qCWarning(lcVideo) << "a stream whose pictures nothing reads before its decoder refused:" << guard->uncheckableKind();
            if (GstObject *parent = gst_pad_get_parent(pad)) {
                if (GST_IS_ELEMENT(parent)) {
                    GError *err = g_error_new(GST_STREAM_ERROR, GST_STREAM_ERROR_CODEC_NOT_FOUND, "pictures that cannot be checked");
                    gst_element_post_message(GST_ELEMENT(parent), gst_message_new_error(parent, err, nullptr));
                    g_error_free(err);
                }
                gst_object_unref(parent);
            }
            return GST_PAD_PROBE_DROP;
        }
        sizes += capsPictureSize(caps);
    } else if (GstBuffer *buffer = GST_PAD_PROBE_INFO_BUFFER(info)) {
        if (const qint64 limit = guard->packetLimit.load(); limit > 0 && ++guard->packets > limit) {
            if (!guard->tooManyPackets.exchange(true)) {
                qCWarning(lcVideo) << "more than" << limit << "pieces: not read further";
                if (GstObject *parent = gst_pad_get_parent(pad)) {
                    if (GST_IS_ELEMENT(parent)) {
                        GError *err = g_error_new(GST_STREAM_ERROR, GST_STREAM_ERROR_DEMUX, "too many pieces");
                        gst_element_post_message(GST_ELEMENT(parent), gst_message_new_error(parent, err, nullptr));
                        g_error_free(err);
                    }
                    gst_object_unref(parent);
                }
            }
            return GST_PAD_PROBE_DROP;
        }
        GstCaps *caps = gst_pad_get_current_caps(pad);
        const QByteArray kind = caps && gst_caps_get_size(caps) ? gst_structure_get_name(gst_caps_get_structure(caps, 0)) : "";
        if (caps)
            gst_caps_unref(caps);
        const bool vp8 = kind == "video/x-vp8", vp9 = kind == "video/x-vp9";
        GstMapInfo map;
        if ((vp8 || vp9) && gst_buffer_map(buffer, &map, GST_MAP_READ)) {
            if (vp8)
                sizes += vp8FrameSize(map.data, map.size);
            else
                sizes += vp9FrameSizes(map.data, map.size);
            gst_buffer_unmap(buffer, &map);
        }
    }
    for (const QSize s : std::as_const(sizes)) {
        if (guard->admit(s))
            continue;
        qCWarning(lcVideo) << "a picture of" << s << "refused at" << GST_OBJECT_NAME(GST_OBJECT_PARENT(pad)) << GST_OBJECT_NAME(pad) << (isBuffer ? "(frame header)" : "(caps)");
        if (GstObject *parent = gst_pad_get_parent(pad)) {
            if (GST_IS_ELEMENT(parent)) {
                GError *err = g_error_new(GST_STREAM_ERROR, GST_STREAM_ERROR_DECODE, "a picture of %d x %d is too large",
                                          s.width(), s.height());
                gst_element_post_message(GST_ELEMENT(parent), gst_message_new_error(parent, err, nullptr));
                g_error_free(err);
            }
            gst_object_unref(parent);
        }
        return GST_PAD_PROBE_DROP;
    }
    return GST_PAD_PROBE_OK;
}

void watchPad(GstPad *pad, GstPadProbeType types, PictureGuard *guard)
{
    gst_pad_add_probe(pad, types, guardPictures, guard, nullptr);
}

/// Guards every video decoder @p bin plugs, at any depth (decodebin, playbin): its input's sizes before it decodes,
/// and its output's caps as a last resort for a codec whose size no one reads before it.
void guardDecoders(GstElement *bin, PictureGuard *guard)
{
    g_signal_connect(bin, "deep-element-added", G_CALLBACK(+[](GstBin *, GstBin *, GstElement *element, gpointer data) {
                         GstElementFactory *factory = gst_element_get_factory(element);
                         const char *klass = factory ? gst_element_factory_get_metadata(factory, GST_ELEMENT_METADATA_KLASS) : nullptr;
                         if (!klass || !strstr(klass, "Decoder") || !(strstr(klass, "Video") || strstr(klass, "Image")))
                             return;
                         auto *g = static_cast<PictureGuard *>(data);
                         if (GstPad *sink = gst_element_get_static_pad(element, "sink")) {
                             watchPad(sink, GstPadProbeType(GST_PAD_PROBE_TYPE_BUFFER | GST_PAD_PROBE_TYPE_EVENT_DOWNSTREAM), g);
                             gst_object_unref(sink);
                         }
                         if (GstPad *src = gst_element_get_static_pad(element, "src")) {
                             watchPad(src, GST_PAD_PROBE_TYPE_EVENT_DOWNSTREAM, g);
                             gst_object_unref(src);
                         }
                     }),
                     guard);
}

/// A fakesink for each stream parsebin finds, so the pipeline prerolls on parsed (never decoded) data; what reaches
/// it is watched by the guard.
struct ParseWalk
{
    GstElement *pipeline = nullptr;
    PictureGuard *guard = nullptr;
    /// Through the whole file (picturesFit): the sinks take no part in prerolling, or a demuxer's one thread would wait
    /// in the first stream's sink for a second stream's data it has not pushed yet.
    bool toTheEnd = false;
};

void linkToFakeSink(GstElement *, GstPad *pad, gpointer data)
{
    auto *walk = static_cast<ParseWalk *>(data);
    GstElement *sink = gst_element_factory_make("fakesink", nullptr);
    if (!sink)
        return;
    g_object_set(sink, "sync", FALSE, nullptr);
    if (walk->toTheEnd)
        g_object_set(sink, "async", FALSE, nullptr);
    gst_bin_add(GST_BIN(walk->pipeline), sink);
    gst_element_sync_state_with_parent(sink);
    GstPad *sinkPad = gst_element_get_static_pad(sink, "sink");
    watchPad(sinkPad, GstPadProbeType(GST_PAD_PROBE_TYPE_BUFFER | GST_PAD_PROBE_TYPE_EVENT_DOWNSTREAM), walk->guard);
    gst_pad_link(pad, sinkPad);
    gst_object_unref(sinkPad);
}

/**
 * The largest picture a file's streams announce, read from their container and parsers (parsebin demuxes and
 * parses, never decodes), and from the first frame's own header (PictureGuard: a container may understate it): the
 * discoverer decodes a first picture to describe a stream, and that picture of an 8000 × 8000 video cost 320 MB
 * before any size could be refused. An invalid size when nothing says (no picture, unreadable: the discoverer then
 * says why).
 */
QSize encodedPictureSize(const QFileInfo &info)
{
    GstElement *source = gst_element_factory_make("filesrc", nullptr);
    GstElement *parser = gst_element_factory_make("parsebin", nullptr);
    PictureGuard guard; // before the pipeline: its streaming threads stop before it goes
    Gst::Pipeline pipeline(gst_pipeline_new(nullptr));
    if (!source || !parser || !pipeline) {
        if (source)
            gst_object_unref(source);
        if (parser)
            gst_object_unref(parser);
        return {};
    }
    g_object_set(source, "location", QFile::encodeName(info.absoluteFilePath()).constData(), nullptr);
    gst_bin_add_many(GST_BIN(pipeline.get()), source, parser, nullptr);
    if (!gst_element_link(source, parser))
        return {};
    ParseWalk walk{pipeline.get(), &guard};
    g_signal_connect(parser, "pad-added", G_CALLBACK(linkToFakeSink), &walk);
    if (gst_element_set_state(pipeline.get(), GST_STATE_PAUSED) == GST_STATE_CHANGE_FAILURE)
        return guard.largestSize();
    GstBus *bus = gst_element_get_bus(pipeline.get());
    GstMessage *msg = gst_bus_timed_pop_filtered(bus, 10 * GST_SECOND, GstMessageType(GST_MESSAGE_ERROR | GST_MESSAGE_ASYNC_DONE));
    const bool prerolled = msg && GST_MESSAGE_TYPE(msg) == GST_MESSAGE_ASYNC_DONE;
    if (msg)
        gst_message_unref(msg);
    gst_object_unref(bus);
    if (!prerolled)
        return guard.largestSize(); // invalid when nothing was seen; too large when the guard refused it
    QSize largest = guard.largestSize();
    GstIterator *pads = gst_element_iterate_src_pads(parser);
    GValue item = G_VALUE_INIT;
    while (gst_iterator_next(pads, &item) == GST_ITERATOR_OK) {
        if (GstCaps *caps = gst_pad_get_current_caps(GST_PAD(g_value_get_object(&item)))) {
            if (const QSize s = capsPictureSize(caps); qint64(s.width()) * s.height() > qint64(largest.width()) * largest.height())
                largest = s;
            gst_caps_unref(caps);
        }
        g_value_reset(&item);
    }
    g_value_unset(&item);
    gst_iterator_free(pads);
    return largest;
}

/// The first and last moments (ns) buffers passed through the pads watchSpan() watches: from streaming threads.
struct Span
{
    std::mutex lock;
    qint64 first = -1;
    qint64 last = -1;
    qint64 milliseconds()
    {
        std::lock_guard guard(lock);
        return first < 0 ? 0 : (last - first) / qint64(GST_MSECOND);
    }
};

void watchSpan(GstElement *encoder, Span *span)
{
    GstPad *pad = gst_element_get_static_pad(encoder, "src");
    gst_pad_add_probe(
        pad, GST_PAD_PROBE_TYPE_BUFFER,
        [](GstPad *, GstPadProbeInfo *info, gpointer data) {
            GstBuffer *buffer = GST_PAD_PROBE_INFO_BUFFER(info);
            if (buffer && GST_BUFFER_PTS_IS_VALID(buffer)) {
                const qint64 start = qint64(GST_BUFFER_PTS(buffer));
                const qint64 end = start + (GST_BUFFER_DURATION_IS_VALID(buffer) ? qint64(GST_BUFFER_DURATION(buffer)) : 0);
                auto *s = static_cast<Span *>(data);
                std::lock_guard guard(s->lock);
                s->first = s->first < 0 ? start : std::min(s->first, start);
                s->last = std::max(s->last, end);
            }
            return GST_PAD_PROBE_OK;
        },
        span, nullptr);
    gst_object_unref(pad);
}

/// "1:05"
QString clockText(qint64 ms)
{
    const qint64 seconds = (ms + 500) / 1000;
    return u"%1:%2"_s.arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

bool VideoReducer::cutShort(qint64 announcedMs, qint64 reachedMs)
{
    // A container's length and its last frame differ by a frame or two, and an encoder drops frames on a busy
    // picture: only a whole missing stretch (a tenth of the video, and more than two seconds) is a cut.
    return announcedMs > 0 && reachedMs < announcedMs * 9 / 10 && announcedMs - reachedMs > 2000;
}

VideoReducer::VideoReducer()
    : VideoReducer(Options{})
{
}

VideoReducer::VideoReducer(Options options)
    : m_options(options)
{
}

bool VideoReducer::isVideo(const QString &path)
{
    // By its name, and by its content when the name says nothing or is ambiguous (a WhatsApp file without an
    // extension, a camera's .ts, which is also a Qt Linguist file): such a video was sent as it was (a review,
    // session 14, finding 10).
    // (MatchDefault is not enough: for .ts it keeps the first type the name gives when the content's is not one of
    // them.)
    static const QMimeDatabase db;
    return db.mimeTypeForFile(path, QMimeDatabase::MatchExtension).name().startsWith(u"video/"_s)
        || db.mimeTypeForFile(path, QMimeDatabase::MatchContent).name().startsWith(u"video/"_s);
}

Result<VideoReducer::Probe> VideoReducer::probe(const QString &path)
{
    auto read = inspect(path);
    if (read && !read->hasVideo)
        return Result<Probe>::failure(tr("%1 has no moving picture: attach it as it is.").arg(QFileInfo(path).fileName()));
    if (read)
        if (const QString why = tooLarge(QFileInfo(path).fileName(), *read); !why.isEmpty())
            return Result<Probe>::failure(why);
    return read;
}

QString VideoReducer::tooLarge(const QString &name, const Probe &p)
{
    if (std::max(p.width, p.height) <= MaxFrameSide && qint64(p.width) * p.height <= MaxFramePixels)
        return {};
    return tr("%1 is a video of %2 × %3 pixels, more than a phone films (4K at most): decoding it would take too much of "
              "this computer's memory. Nothing was attached; film it again in 1080p or 720p.")
        .arg(name)
        .arg(p.width)
        .arg(p.height);
}

Result<QByteArray> VideoReducer::fileUri(const QFileInfo &info)
{
    using R = Result<QByteArray>;
    if (!info.isFile())
        return R::failure(tr("The file %1 does not exist.").arg(info.filePath()));
    if (const QString e = Gst::init(); !e.isEmpty())
        return R::failure(tr("Videos cannot be read on this computer (GStreamer: %1).").arg(e));
    GError *err = nullptr;
    gchar *uri = gst_filename_to_uri(QFile::encodeName(info.absoluteFilePath()).constData(), &err);
    if (!uri)
        return R::failure(tr("%1 cannot be opened: %2").arg(info.fileName(), takeMessage(err)));
    const QByteArray out(uri);
    g_free(uri);
    return out;
}

Result<VideoReducer::Probe> VideoReducer::inspect(const QString &path)
{
    using R = Result<Probe>;
    const QFileInfo info(path);
    const Result<QByteArray> uri = fileUri(info);
    if (!uri)
        return R::failure(uri.error());
    // A picture too large to decode is refused from what its container and parsers say, before the discoverer
    // decodes one.
    if (const QSize encoded = encodedPictureSize(info); encoded.isValid()) {
        Probe announced;
        announced.hasVideo = true;
        announced.width = encoded.width();
        announced.height = encoded.height();
        if (!tooLarge(info.fileName(), announced).isEmpty())
            return announced;
    }
    GError *err = nullptr;
    // The discoverer decodes ahead into a queue while it describes the first picture: a picture that grows in the
    // second frame was decoded too (242 MB at 8000², one run in two). Its decoders are guarded like the reduction's.
    PictureGuard pictures; // before the discoverer: its streaming threads stop before it goes
    GPtr<GstDiscoverer> discoverer(gst_discoverer_new(15 * GST_SECOND, &err));
    if (!discoverer)
        return R::failure(tr("Videos cannot be read on this computer (GStreamer: %1).").arg(takeMessage(err)));
    g_signal_connect(discoverer.get(), "source-setup", G_CALLBACK(+[](GstDiscoverer *, GstElement *source, gpointer data) {
                         if (GstObject *decodebin = gst_object_get_parent(GST_OBJECT(source))) {
                             if (GST_IS_BIN(decodebin))
                                 guardDecoders(GST_ELEMENT(decodebin), static_cast<PictureGuard *>(data));
                             gst_object_unref(decodebin);
                         }
                     }),
                     &pictures);
    GPtr<GstDiscovererInfo> found(gst_discoverer_discover_uri(discoverer.get(), uri->constData(), &err));
    discoverer.reset();
    if (const QSize refused = pictures.refusedSize(); refused.isValid()) {
        g_clear_error(&err);
        Probe seen;
        seen.hasVideo = true;
        seen.width = refused.width();
        seen.height = refused.height();
        return seen; // too large: probe() and firstFrame() refuse it with tooLarge()'s sentence
    }
    const GstDiscovererResult result = found ? gst_discoverer_info_get_result(found.get()) : GST_DISCOVERER_ERROR;
    if (!found || result != GST_DISCOVERER_OK) {
        QString why = err ? takeMessage(err) : result == GST_DISCOVERER_MISSING_PLUGINS
            ? tr("its format needs a GStreamer plugin this computer does not have") : tr("it is damaged or not a video");
        while (why.endsWith(u'.'))
            why.chop(1);
        return R::failure(tr("%1 cannot be read as a video: %2.").arg(info.fileName(), why));
    }
    g_clear_error(&err);
    Probe p;
    p.durationMs = qint64(gst_discoverer_info_get_duration(found.get()) / GST_MSECOND);
    GList *videos = gst_discoverer_info_get_video_streams(found.get());
    for (GList *v = videos; v; v = v->next) {
        auto *vi = GST_DISCOVERER_VIDEO_INFO(v->data);
        if (gst_discoverer_video_info_is_image(vi))
            continue;
        p.hasVideo = true;
        p.width = int(gst_discoverer_video_info_get_width(vi));
        p.height = int(gst_discoverer_video_info_get_height(vi));
        p.parNum = std::max(1, int(gst_discoverer_video_info_get_par_num(vi)));
        p.parDen = std::max(1, int(gst_discoverer_video_info_get_par_denom(vi)));
        break;
    }
    gst_discoverer_stream_info_list_free(videos);
    GList *audios = gst_discoverer_info_get_audio_streams(found.get());
    p.hasAudio = audios != nullptr;
    gst_discoverer_stream_info_list_free(audios);
    return p;
}

Result<QSize> VideoReducer::picturesFit(const QString &path, int timeoutMs, bool *timedOut)
{
    using R = Result<QSize>;
    const QFileInfo info(path);
    if (timedOut)
        *timedOut = false;
    if (const Result<QByteArray> uri = fileUri(info); !uri)
        return R::failure(uri.error());
    PictureGuard guard;   // before the pipeline: its streaming threads stop before it goes
    guard.strict = true;
    guard.packetLimit = std::min(MaxPackets, 20'000 + info.size() / BytesPerPacket);
    ParseWalk walk{nullptr, &guard, true}; // the same: parsebin's pad-added reads it from a streaming thread
    GstElement *source = gst_element_factory_make("filesrc", nullptr);
    GstElement *parser = gst_element_factory_make("parsebin", nullptr);
    Gst::Pipeline pipeline(gst_pipeline_new(nullptr));
    if (!source || !parser || !pipeline) {
        if (source)
            gst_object_unref(source);
        if (parser)
            gst_object_unref(parser);
        return R::failure(tr("Videos cannot be read on this computer (GStreamer: %1).").arg(u"parsebin"_s));
    }
    walk.pipeline = pipeline.get();
    g_object_set(source, "location", QFile::encodeName(info.absoluteFilePath()).constData(), nullptr);
    gst_bin_add_many(GST_BIN(pipeline.get()), source, parser, nullptr);
    if (!gst_element_link(source, parser))
        return R::failure(tr("Videos cannot be read on this computer (GStreamer: %1).").arg(u"parsebin"_s));
    g_signal_connect(parser, "pad-added", G_CALLBACK(linkToFakeSink), &walk);

    QString why;
    bool ended = false;
    if (gst_element_set_state(pipeline.get(), GST_STATE_PLAYING) != GST_STATE_CHANGE_FAILURE) {
        GstBus *bus = gst_element_get_bus(pipeline.get());
        GstMessage *msg = gst_bus_timed_pop_filtered(bus, GstClockTime(std::max(1, timeoutMs)) * GST_MSECOND,
                                                     GstMessageType(GST_MESSAGE_ERROR | GST_MESSAGE_EOS));
        if (!msg) {
            why = tr("%1 was not read through in %2 seconds: it is not played here.").arg(info.fileName()).arg(timeoutMs / 1000);
            if (timedOut)
                *timedOut = true;
        } else if (GST_MESSAGE_TYPE(msg) == GST_MESSAGE_EOS) {
            ended = true;
        } else {
            GError *err = nullptr;
            gst_message_parse_error(msg, &err, nullptr);
            why = takeMessage(err);
        }
        if (msg)
            gst_message_unref(msg);
        gst_object_unref(bus);
    }
    gst_element_set_state(pipeline.get(), GST_STATE_NULL); // its streaming threads stop here, before walk and guard go
    if (const QSize refused = guard.refusedSize(); refused.isValid()) {
        Probe seen;
        seen.hasVideo = true;
        seen.width = refused.width();
        seen.height = refused.height();
        return R::failure(tooLarge(info.fileName(), seen));
    }
    if (guard.hasRefusedCover())
        return R::failure(tr("%1 carries a picture in its tags (a cover) too large or too complex to be shown safely: it is "
                             "not played here, so that a file cannot take all this computer's memory or freeze the window.")
                              .arg(info.fileName()));
    if (guard.tooManyPackets)
        return R::failure(tr("%1 is cut into too many tiny pieces to be checked on this computer: it is not played here.")
                              .arg(info.fileName()));
    if (const QByteArray kind = guard.uncheckableKind(); !kind.isEmpty())
        return R::failure(tr("The pictures of %1 cannot be checked on this computer (%2): the app does not decode them, "
                             "so that a file cannot take all its memory.")
                              .arg(info.fileName(), QString::fromLatin1(kind)));
    if (!ended) {
        if (why.isEmpty() || why.startsWith(info.fileName()))
            return R::failure(why.isEmpty() ? tr("%1 cannot be read as a video: %2.").arg(info.fileName(), tr("it is damaged or not a video")) : why);
        while (why.endsWith(u'.'))
            why.chop(1);
        return R::failure(tr("%1 cannot be read as a video: %2.").arg(info.fileName(), why));
    }
    return guard.largestSize();
}

Result<QImage> VideoReducer::firstFrame(const QString &path, int maxWidth)
{
    using R = Result<QImage>;
    const QFileInfo info(path);
    const Result<QByteArray> uri = fileUri(info);
    if (!uri)
        return R::failure(uri.error());
    // Every picture's size first, read through without decoding (picturesFit: fails closed on a stream whose size
    // only its decoder reads, review-media21: an MJPEG stating 640 × 352 cost 756 MB here before jpegdec's output was
    // refused), then the container and the stream's headers: the picture asked of GStreamer is the printed size, never
    // a full-size copy (a review, session 14: 4.7 GB).
    if (const Result<QSize> fits = picturesFit(path, 20'000); !fits)
        return R::failure(fits.error());
    const Result<Probe> probed = inspect(path);
    if (!probed)
        return R::failure(probed.error());
    if (!probed->hasVideo || probed->width <= 0 || probed->height <= 0)
        return R::failure(tr("%1 has no picture to show.").arg(info.fileName()));
    if (const QString why = tooLarge(info.fileName(), *probed); !why.isEmpty())
        return R::failure(why);
    // Square pixels at most maxWidth wide, the picture's shape kept (never enlarged).
    const double shownWidth = double(probed->width) * probed->parNum / probed->parDen;
    const int width = std::max(2, std::min(maxWidth, int(shownWidth)) & ~1);
    const int height = std::max(2, int(double(width) * probed->height / shownWidth + 0.5) & ~1);
    GError *err = nullptr;
    PictureGuard pictures; // before the pipeline: its streaming threads stop before it goes
    // playbin decodes whatever the file holds; paused, its video sink holds the first picture, which
    // "convert-sample" gives back as plain RGB. The sinks are fakesinks: nothing is shown or heard.
    Gst::Pipeline playbin(gst_element_factory_make("playbin", nullptr));
    GstElement *videoSink = gst_element_factory_make("fakesink", nullptr);
    GstElement *audioSink = gst_element_factory_make("fakesink", nullptr);
    if (!playbin || !videoSink || !audioSink) {
        if (videoSink)
            gst_object_unref(videoSink);
        if (audioSink)
            gst_object_unref(audioSink);
        return R::failure(tr("Videos cannot be read on this computer (a GStreamer plugin is missing: %1).").arg(u"playbin"_s));
    }
    g_object_set(playbin.get(), "uri", uri->constData(), "video-sink", videoSink, "audio-sink", audioSink, nullptr);
    guardDecoders(playbin.get(), &pictures);
    QString failure;
    if (gst_element_set_state(playbin.get(), GST_STATE_PAUSED) == GST_STATE_CHANGE_FAILURE)
        failure = tr("%1 cannot be read as a video.").arg(info.fileName());
    GstBus *bus = gst_element_get_bus(playbin.get());
    if (failure.isEmpty()) {
        GstMessage *msg = gst_bus_timed_pop_filtered(bus, 20 * GST_SECOND,
                                                     GstMessageType(GST_MESSAGE_ERROR | GST_MESSAGE_ASYNC_DONE));
        if (!msg) {
            failure = tr("%1 takes too long to read: it may be damaged.").arg(info.fileName());
        } else {
            if (GST_MESSAGE_TYPE(msg) == GST_MESSAGE_ERROR) {
                gchar *debug = nullptr;
                gst_message_parse_error(msg, &err, &debug);
                g_free(debug);
                failure = tr("%1 cannot be read as a video: %2").arg(info.fileName(), takeMessage(err));
                if (const QSize refused = pictures.refusedSize(); refused.isValid()) {
                    Probe seen;
                    seen.width = refused.width();
                    seen.height = refused.height();
                    failure = tooLarge(info.fileName(), seen);
                }
            }
            gst_message_unref(msg);
        }
    }
    gst_object_unref(bus);
    if (!failure.isEmpty())
        return R::failure(failure);
    GstCaps *caps = gst_caps_new_simple("video/x-raw", "format", G_TYPE_STRING, "RGBx", "width", G_TYPE_INT, width, "height",
                                        G_TYPE_INT, height, "pixel-aspect-ratio", GST_TYPE_FRACTION, 1, 1, nullptr);
    GstSample *sample = nullptr;
    g_signal_emit_by_name(playbin.get(), "convert-sample", caps, &sample);
    gst_caps_unref(caps);
    if (!sample)
        return R::failure(tr("%1 has no picture to show.").arg(info.fileName()));
    QImage image;
    int sampleWidth = 0, sampleHeight = 0;
    GstBuffer *buffer = gst_sample_get_buffer(sample);
    const GstStructure *format = gst_caps_get_structure(gst_sample_get_caps(sample), 0);
    GstMapInfo map;
    if (buffer && gst_structure_get_int(format, "width", &sampleWidth) && gst_structure_get_int(format, "height", &sampleHeight)
        && sampleWidth > 0 && sampleHeight > 0 && sampleWidth <= MaxFrameSide && sampleHeight <= MaxFrameSide
        && gst_buffer_map(buffer, &map, GST_MAP_READ)) {
        const qsizetype stride = qsizetype(sampleWidth) * 4; // RGBx: four bytes a pixel, rows already 4-aligned
        if (map.size >= gsize(stride * sampleHeight))
            image = QImage(map.data, sampleWidth, sampleHeight, stride, QImage::Format_RGBX8888).copy();
        gst_buffer_unmap(buffer, &map);
    }
    gst_sample_unref(sample);
    if (image.isNull())
        return R::failure(tr("%1 has no picture to show.").arg(info.fileName()));
    if (image.width() > maxWidth)
        image = image.scaledToWidth(maxWidth, Qt::SmoothTransformation);
    return image;
}

Result<VideoReducer::Reduced> VideoReducer::reduce(const QString &input, const QString &output,
                                                   const std::function<void(double)> &progress)
{
    using R = Result<Reduced>;
    m_cancelled = false;
    // A sound without a picture (a phone's voice memo) is made light too, as mono Opus with no tag of the original
    // (review-media20, finding 5: it was attached as it was, its title, street address, GPS and comment with it).
    auto probed = inspect(input);
    if (!probed)
        return R::failure(probed.error());
    if (!probed->hasVideo && !probed->hasAudio)
        return R::failure(tr("%1 has no moving picture: attach it as it is.").arg(QFileInfo(input).fileName()));
    if (probed->hasVideo)
        if (const QString why = tooLarge(QFileInfo(input).fileName(), *probed); !why.isEmpty())
            return R::failure(why);
    const Probe source = *probed;
    const QFileInfo in(input);
    const QString part = output + u".part"_s;
    QFile::remove(part);
    if (!QDir().mkpath(QFileInfo(output).absolutePath()))
        return R::failure(tr("Cannot make the light version of %1: its folder cannot be created.").arg(in.fileName()));

    // Never enlarged; an even number of lines, as encoders and players prefer.
    const int height = std::max(2, std::min(m_options.maxHeight, source.height) & ~1);
    QString description = source.hasVideo ? u"filesrc name=src ! decodebin name=dec "
                                            "dec. ! queue ! videoconvert ! videorate ! videoscale "
                                            "! video/x-raw,format=I420,height=%1,pixel-aspect-ratio=1/1,framerate=%2/1 "
                                            "! vp8enc name=venc ! queue ! webmmux name=mux ! filesink name=sink "_s
                                                .arg(height)
                                                .arg(m_options.framesPerSecond)
                                          : output.endsWith(u".opus"_s) || output.endsWith(u".ogg"_s)
                                              // a sound made a capsule: Opus in Ogg, as VoiceRecorder writes it
                                              ? u"filesrc name=src ! decodebin name=dec oggmux name=mux ! filesink name=sink "_s
                                              : u"filesrc name=src ! decodebin name=dec webmmux name=mux ! filesink name=sink "_s;
    if (source.hasAudio)
        description += u"dec. ! queue ! audioconvert ! audioresample ! audio/x-raw,channels=1,rate=48000 "
                       "! opusenc name=aenc ! queue ! mux."_s;
    GError *err = nullptr;
    PictureGuard pictures; // before the pipeline: its streaming threads stop before it goes
    GstElement *built = gst_parse_launch(description.toUtf8().constData(), &err);
    if (!built || err) {
        const QString why = takeMessage(err);
        if (built)
            gst_object_unref(built);
        return R::failure(tr("Videos cannot be made light on this computer (a GStreamer plugin is missing: %1).").arg(why));
    }
    Gst::Pipeline pipeline(built);
    auto element = [&](const char *name) { return gst_bin_get_by_name(GST_BIN(pipeline.get()), name); };
    GstElement *src = element("src"), *sink = element("sink"), *venc = element("venc");
    g_object_set(src, "location", QFile::encodeName(in.absoluteFilePath()).constData(), nullptr);
    g_object_set(sink, "location", QFile::encodeName(part).constData(), nullptr);
    // Realtime deadline, two threads: an old laptop makes a minute of light video in well under a minute.
    if (venc)
        g_object_set(venc, "target-bitrate", m_options.videoBitsPerSecond, "deadline", gint64(1), "cpu-used", 4,
                     "threads", 2, "keyframe-max-dist", m_options.framesPerSecond * 10, nullptr);
    // Constant bitrate with a short buffer, the coarsest quantizer allowed and frames dropped when the picture is
    // too busy: a detailed or shaky picture must not cost more than the promised megabyte a minute (measured on
    // pure noise: 6.3 MB for 16 s with CBR alone, 0.24 MB with these; a board barely ever drops a frame).
    if (venc)
        gst_util_set_object_arg(G_OBJECT(venc), "end-usage", "cbr");
    if (venc)
        g_object_set(venc, "max-quantizer", 63, "dropframe-threshold", 60, "undershoot", 95, "buffer-size", 2000,
                 "buffer-initial-size", 1000, "buffer-optimal-size", 1500, nullptr);
    // No tag of the original reaches the light version: a phone's or an editor's title, comment, place or device
    // would otherwise be written by webmmux (a review, session 14, finding 8: "chez Lea" stayed in the file).
    // Dropped on the way into the encoder too: opusenc writes the tags it hears into its own header (OpusTags).
    auto dropTags = [](GstElement *encoder) {
        for (const char *side : {"sink", "src"}) {
            GstPad *pad = gst_element_get_static_pad(encoder, side);
            gst_pad_add_probe(
                pad, GST_PAD_PROBE_TYPE_EVENT_DOWNSTREAM,
                [](GstPad *, GstPadProbeInfo *info, gpointer) {
                    return GST_EVENT_TYPE(GST_PAD_PROBE_INFO_EVENT(info)) == GST_EVENT_TAG ? GST_PAD_PROBE_DROP : GST_PAD_PROBE_OK;
                },
                nullptr, nullptr);
            gst_object_unref(pad);
        }
    };
    if (venc)
        dropTags(venc);
    // How much of the video was really encoded, from the first to the last moment either encoder wrote: a file cut
    // short (a copy from the phone interrupted) still announces its whole length, and its light version silently
    // stopped half-way (the session-14 review, finding 7).
    Span span;
    if (venc)
        watchSpan(venc, &span);
    if (GstElement *aenc = element("aenc")) {
        g_object_set(aenc, "bitrate", m_options.audioBitsPerSecond, nullptr);
        dropTags(aenc);
        watchSpan(aenc, &span);
        gst_object_unref(aenc);
    }
    gst_object_unref(src);
    gst_object_unref(sink);
    // Every picture's size, read before its decoder: the probe read only the first (review-media20, finding 2(b): a
    // picture that grew mid-stream to 16383 × 16383 was made light at 2.16 GB, and accepted).
    guardDecoders(pipeline.get(), &pictures);
    auto refusal = [&]() -> QString {
        const QSize refused = pictures.refusedSize();
        if (!refused.isValid())
            return {};
        Probe seen;
        seen.width = refused.width();
        seen.height = refused.height();
        return tooLarge(in.fileName(), seen);
    };

    QString failure;
    bool stopped = false;
    if (gst_element_set_state(pipeline.get(), GST_STATE_PLAYING) == GST_STATE_CHANGE_FAILURE)
        failure = tr("%1 cannot be read as a video.").arg(in.fileName());
    GstBus *bus = gst_element_get_bus(pipeline.get());
    const qint64 durationNs = source.durationMs * GST_MSECOND;
    double fraction = 0;
    while (failure.isEmpty()) {
        GstMessage *msg = gst_bus_timed_pop_filtered(bus, 100 * GST_MSECOND,
                                                     GstMessageType(GST_MESSAGE_ERROR | GST_MESSAGE_EOS));
        if (m_cancelled) {
            if (msg)
                gst_message_unref(msg);
            stopped = true;
            break;
        }
        if (!msg) {
            gint64 position = 0;
            if (progress && durationNs > 0
                && ((venc && gst_element_query_position(venc, GST_FORMAT_TIME, &position))
                    || gst_element_query_position(pipeline.get(), GST_FORMAT_TIME, &position)))
                fraction = std::clamp(double(position) / double(durationNs), 0.0, 1.0);
            // Every tenth of a second, even when the length is unknown: the caller may cancel() from there.
            if (progress)
                progress(fraction);
            continue;
        }
        if (GST_MESSAGE_TYPE(msg) == GST_MESSAGE_ERROR) {
            gchar *debug = nullptr;
            gst_message_parse_error(msg, &err, &debug);
            qCWarning(lcVideo) << "reducing" << in.fileName() << "failed:" << (err ? err->message : "") << debug;
            g_free(debug);
            failure = refusal();
            if (failure.isEmpty())
                failure = tr("The light version of %1 could not be made: %2").arg(in.fileName(), takeMessage(err));
            else
                g_clear_error(&err);
        }
        const bool done = GST_MESSAGE_TYPE(msg) == GST_MESSAGE_EOS;
        gst_message_unref(msg);
        if (done)
            break;
    }
    gst_object_unref(bus);
    if (venc)
        gst_object_unref(venc);
    pipeline.reset(); // to NULL: the file is closed before it is renamed or removed
    if (stopped || !failure.isEmpty()) {
        QFile::remove(part);
        return R::failure(stopped ? tr("Stopped: no light version of %1 was made.").arg(in.fileName()) : failure);
    }
    if (const qint64 reachedMs = span.milliseconds(); cutShort(source.durationMs, reachedMs)) {
        QFile::remove(part);
        return R::failure(tr("%1 stops after %2, though it announces %3: the file is cut short (a copy that was "
                             "interrupted?). Nothing was attached: copy the video again from where it was filmed, then attach it.")
                              .arg(in.fileName(), clockText(reachedMs), clockText(source.durationMs)));
    }
    QFile::remove(output);
    if (!QFile::rename(part, output)) {
        QFile::remove(part);
        return R::failure(tr("Cannot write the light version of %1 (disk full?).").arg(in.fileName()));
    }
    if (progress)
        progress(1.0);
    return Reduced{output, in.size(), QFileInfo(output).size(), source};
}

} // namespace Continuite
