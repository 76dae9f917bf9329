// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "content/videoreducer.h"

#include "content/gstreamer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMimeDatabase>

#include <gst/gst.h>
#include <gst/pbutils/pbutils.h>

#include <algorithm>
#include <memory>
#include <mutex>

Q_LOGGING_CATEGORY(lcVideo, "continuite.media.video")

namespace Continuite {

using namespace Qt::StringLiterals;

using Gst::takeMessage;
template<typename T>
using GPtr = Gst::Ptr<T>;

namespace {

/// A fakesink for each stream parsebin finds, so the pipeline prerolls on parsed (never decoded) data.
void linkToFakeSink(GstElement *, GstPad *pad, gpointer pipeline)
{
    GstElement *sink = gst_element_factory_make("fakesink", nullptr);
    if (!sink)
        return;
    g_object_set(sink, "sync", FALSE, nullptr);
    gst_bin_add(GST_BIN(pipeline), sink);
    gst_element_sync_state_with_parent(sink);
    GstPad *sinkPad = gst_element_get_static_pad(sink, "sink");
    gst_pad_link(pad, sinkPad);
    gst_object_unref(sinkPad);
}

/**
 * The largest picture a file's streams announce, read from their container and parsers (parsebin demuxes and
 * parses, never decodes): the discoverer decodes a first picture to describe a stream, and that picture of an
 * 8000 × 8000 video cost 320 MB before any size could be refused. An invalid size when nothing says (no picture,
 * unreadable: the discoverer then says why).
 */
QSize encodedPictureSize(const QFileInfo &info)
{
    GstElement *source = gst_element_factory_make("filesrc", nullptr);
    GstElement *parser = gst_element_factory_make("parsebin", nullptr);
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
    g_signal_connect(parser, "pad-added", G_CALLBACK(linkToFakeSink), pipeline.get());
    if (gst_element_set_state(pipeline.get(), GST_STATE_PAUSED) == GST_STATE_CHANGE_FAILURE)
        return {};
    GstBus *bus = gst_element_get_bus(pipeline.get());
    GstMessage *msg = gst_bus_timed_pop_filtered(bus, 10 * GST_SECOND, GstMessageType(GST_MESSAGE_ERROR | GST_MESSAGE_ASYNC_DONE));
    const bool prerolled = msg && GST_MESSAGE_TYPE(msg) == GST_MESSAGE_ASYNC_DONE;
    if (msg)
        gst_message_unref(msg);
    gst_object_unref(bus);
    if (!prerolled)
        return {};
    QSize largest;
    GstIterator *pads = gst_element_iterate_src_pads(parser);
    GValue item = G_VALUE_INIT;
    while (gst_iterator_next(pads, &item) == GST_ITERATOR_OK) {
        if (GstCaps *caps = gst_pad_get_current_caps(GST_PAD(g_value_get_object(&item)))) {
            for (guint i = 0; i < gst_caps_get_size(caps); ++i) {
                const GstStructure *s = gst_caps_get_structure(caps, i);
                const QByteArray kind(gst_structure_get_name(s));
                int width = 0, height = 0;
                if ((kind.startsWith("video/") || kind.startsWith("image/")) && gst_structure_get_int(s, "width", &width)
                    && gst_structure_get_int(s, "height", &height) && qint64(width) * height > qint64(largest.width()) * largest.height())
                    largest = QSize(width, height);
            }
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
    GPtr<GstDiscoverer> discoverer(gst_discoverer_new(15 * GST_SECOND, &err));
    if (!discoverer)
        return R::failure(tr("Videos cannot be read on this computer (GStreamer: %1).").arg(takeMessage(err)));
    GPtr<GstDiscovererInfo> found(gst_discoverer_discover_uri(discoverer.get(), uri->constData(), &err));
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

Result<QImage> VideoReducer::firstFrame(const QString &path, int maxWidth)
{
    using R = Result<QImage>;
    const QFileInfo info(path);
    const Result<QByteArray> uri = fileUri(info);
    if (!uri)
        return R::failure(uri.error());
    // Its size first, from the container and the stream's headers (nothing decoded): a huge picture is refused, and
    // the picture asked of GStreamer is the printed size, never a full-size copy (a review, session 14: 4.7 GB).
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
    auto probed = probe(input);
    if (!probed)
        return R::failure(probed.error());
    const Probe source = *probed;
    const QFileInfo in(input);
    const QString part = output + u".part"_s;
    QFile::remove(part);
    if (!QDir().mkpath(QFileInfo(output).absolutePath()))
        return R::failure(tr("Cannot make the light version of %1: its folder cannot be created.").arg(in.fileName()));

    // Never enlarged; an even number of lines, as encoders and players prefer.
    const int height = std::max(2, std::min(m_options.maxHeight, source.height) & ~1);
    QString description = u"filesrc name=src ! decodebin name=dec "
                          "dec. ! queue ! videoconvert ! videorate ! videoscale "
                          "! video/x-raw,format=I420,height=%1,pixel-aspect-ratio=1/1,framerate=%2/1 "
                          "! vp8enc name=venc ! queue ! webmmux name=mux ! filesink name=sink "_s
                              .arg(height)
                              .arg(m_options.framesPerSecond);
    if (source.hasAudio)
        description += u"dec. ! queue ! audioconvert ! audioresample ! audio/x-raw,channels=1,rate=48000 "
                       "! opusenc name=aenc ! queue ! mux."_s;
    GError *err = nullptr;
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
    g_object_set(venc, "target-bitrate", m_options.videoBitsPerSecond, "deadline", gint64(1), "cpu-used", 4,
                 "threads", 2, "keyframe-max-dist", m_options.framesPerSecond * 10, nullptr);
    // Constant bitrate with a short buffer, the coarsest quantizer allowed and frames dropped when the picture is
    // too busy: a detailed or shaky picture must not cost more than the promised megabyte a minute (measured on
    // pure noise: 6.3 MB for 16 s with CBR alone, 0.24 MB with these; a board barely ever drops a frame).
    gst_util_set_object_arg(G_OBJECT(venc), "end-usage", "cbr");
    g_object_set(venc, "max-quantizer", 63, "dropframe-threshold", 60, "undershoot", 95, "buffer-size", 2000,
                 "buffer-initial-size", 1000, "buffer-optimal-size", 1500, nullptr);
    // No tag of the original reaches the light version: a phone's or an editor's title, comment, place or device
    // would otherwise be written by webmmux (a review, session 14, finding 8: "chez Lea" stayed in the file).
    auto dropTags = [](GstElement *encoder) {
        GstPad *pad = gst_element_get_static_pad(encoder, "src");
        gst_pad_add_probe(
            pad, GST_PAD_PROBE_TYPE_EVENT_DOWNSTREAM,
            [](GstPad *, GstPadProbeInfo *info, gpointer) {
                return GST_EVENT_TYPE(GST_PAD_PROBE_INFO_EVENT(info)) == GST_EVENT_TAG ? GST_PAD_PROBE_DROP : GST_PAD_PROBE_OK;
            },
            nullptr, nullptr);
        gst_object_unref(pad);
    };
    dropTags(venc);
    // How much of the video was really encoded, from the first to the last moment either encoder wrote: a file cut
    // short (a copy from the phone interrupted) still announces its whole length, and its light version silently
    // stopped half-way (the session-14 review, finding 7).
    Span span;
    watchSpan(venc, &span);
    if (GstElement *aenc = element("aenc")) {
        g_object_set(aenc, "bitrate", m_options.audioBitsPerSecond, nullptr);
        dropTags(aenc);
        watchSpan(aenc, &span);
        gst_object_unref(aenc);
    }
    gst_object_unref(src);
    gst_object_unref(sink);

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
                && (gst_element_query_position(venc, GST_FORMAT_TIME, &position)
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
            failure = tr("The light version of %1 could not be made: %2").arg(in.fileName(), takeMessage(err));
        }
        const bool done = GST_MESSAGE_TYPE(msg) == GST_MESSAGE_EOS;
        gst_message_unref(msg);
        if (done)
            break;
    }
    gst_object_unref(bus);
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
