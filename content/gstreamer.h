// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

// What the media classes that drive GStreamer (VideoReducer, VoiceRecorder) share. Private to content/.

#include <QString>

#include <gst/gst.h>

#include <memory>

namespace Continuite::Gst {

/// GStreamer once per process; a failure (no plugins at all) is the returned sentence, not fatal.
QString init();

struct ObjectDeleter
{
    void operator()(gpointer p) const
    {
        if (p)
            g_object_unref(p);
    }
};
template<typename T>
using Ptr = std::unique_ptr<T, ObjectDeleter>;

/// A pipeline that goes to NULL (files closed) and is freed when it goes out of scope.
struct PipelineDeleter
{
    void operator()(GstElement *e) const
    {
        if (e) {
            gst_element_set_state(e, GST_STATE_NULL);
            gst_object_unref(e);
        }
    }
};
using Pipeline = std::unique_ptr<GstElement, PipelineDeleter>;

/// The message of @p err, which is freed.
QString takeMessage(GError *&err);

} // namespace Continuite::Gst
