// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Videos for the tests, made by GStreamer as a phone would make them (no camera, no file kept in the tree).

#include <QDebug>
#include <QString>

#include <gst/gst.h>

#include <algorithm>

namespace TestClip {

/// Encodes @p seconds of a moving test picture (and a tone when @p sound) to @p path, as a phone would: high
/// bitrate VP8 (+ Vorbis) in WebM (Matroska is what GStreamer's good plugins write without -ugly's x264).
inline bool make(const QString &path, int width, int height, int seconds, bool sound, const char *pattern = "ball")
{
    gst_init(nullptr, nullptr);
    const int frames = seconds * 30;
    QString d = QStringLiteral("videotestsrc num-buffers=%1 pattern=%5 ! video/x-raw,width=%2,height=%3,framerate=30/1 "
                               "! vp8enc target-bitrate=4000000 deadline=1 cpu-used=8 ! webmmux name=m ! filesink location=\"%4\" ")
                    .arg(frames)
                    .arg(width)
                    .arg(height)
                    .arg(path, QString::fromLatin1(pattern));
    if (sound)
        d += QStringLiteral("audiotestsrc num-buffers=%1 samplesperbuffer=4800 freq=440 ! audio/x-raw,rate=48000,channels=2 "
                            "! audioconvert ! vorbisenc ! m.")
                 .arg(seconds * 10);
    GError *err = nullptr;
    GstElement *p = gst_parse_launch(d.toUtf8().constData(), &err);
    if (!p || err) {
        qWarning() << "cannot build the input pipeline:" << (err ? err->message : "");
        if (err)
            g_error_free(err);
        return false;
    }
    gst_element_set_state(p, GST_STATE_PLAYING);
    GstBus *bus = gst_element_get_bus(p);
    // Encoding 720p takes about half the clip's length on these cores, more under load: a generous bound.
    const GstClockTime bound = GstClockTime(std::max(120, seconds * 3)) * GST_SECOND;
    GstMessage *m = gst_bus_timed_pop_filtered(bus, bound, GstMessageType(GST_MESSAGE_ERROR | GST_MESSAGE_EOS));
    const bool ok = m && GST_MESSAGE_TYPE(m) == GST_MESSAGE_EOS;
    if (m)
        gst_message_unref(m);
    gst_object_unref(bus);
    gst_element_set_state(p, GST_STATE_NULL);
    gst_object_unref(p);
    return ok;
}

} // namespace TestClip
