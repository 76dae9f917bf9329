// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "content/voicerecorder.h"

#include "content/gstreamer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcVoice, "continuite.media.voice")

namespace Continuite {

using namespace Qt::StringLiterals;

struct VoiceRecorder::Running
{
    Gst::Pipeline pipeline;
    QString output;
    QString part;
    qint64 lastPositionMs = 0;
};

VoiceRecorder::VoiceRecorder()
    : VoiceRecorder(Options{})
{
}

VoiceRecorder::VoiceRecorder(Options options)
    : m_options(std::move(options))
{
}

VoiceRecorder::~VoiceRecorder()
{
    cancel();
}

QString VoiceRecorder::sourceFromEnvironment()
{
    const QString chosen = qEnvironmentVariable("CONTINUITE_AUDIO_SOURCE").trimmed();
    return chosen.isEmpty() ? u"autoaudiosrc"_s : chosen;
}

bool VoiceRecorder::recording() const
{
    return m_running != nullptr;
}

Status VoiceRecorder::start(const QString &output)
{
    if (m_running)
        return Status::failure(tr("A recording is already under way."));
    if (const QString e = Gst::init(); !e.isEmpty())
        return Status::failure(tr("Sound cannot be recorded on this computer (GStreamer: %1).").arg(e));
    const QFileInfo out(output);
    if (!QDir().mkpath(out.absolutePath()))
        return Status::failure(tr("Cannot write in %1.").arg(out.absolutePath()));
    // The source is the one part chosen from outside (a microphone or a test tone); what follows is fixed:
    // mono speech at 48 kHz (Opus's own rate), encoded for voice, in Ogg.
    const QString description = m_options.source
        + u" ! queue ! audioconvert ! audioresample ! audio/x-raw,channels=1,rate=48000 "
          "! opusenc name=enc ! oggmux ! filesink name=sink"_s;
    GError *err = nullptr;
    GstElement *built = gst_parse_launch(description.toUtf8().constData(), &err);
    if (!built || err) {
        const QString why = Gst::takeMessage(err);
        if (built)
            gst_object_unref(built);
        qCWarning(lcVoice) << "cannot build" << description << ":" << why;
        return Status::failure(tr("Sound cannot be recorded on this computer (%1).").arg(why));
    }
    auto running = std::make_unique<Running>();
    running->pipeline.reset(built);
    running->output = out.absoluteFilePath();
    running->part = running->output + u".part"_s;
    QFile::remove(running->part);
    GstElement *enc = gst_bin_get_by_name(GST_BIN(built), "enc");
    GstElement *sink = gst_bin_get_by_name(GST_BIN(built), "sink");
    g_object_set(enc, "bitrate", m_options.bitsPerSecond, nullptr);
    gst_util_set_object_arg(G_OBJECT(enc), "audio-type", "voice");
    g_object_set(sink, "location", QFile::encodeName(running->part).constData(), nullptr);
    gst_object_unref(enc);
    gst_object_unref(sink);
    if (gst_element_set_state(built, GST_STATE_PLAYING) == GST_STATE_CHANGE_FAILURE) {
        running.reset();
        QFile::remove(out.absoluteFilePath() + u".part"_s);
        return Status::failure(tr("No microphone can be used: plug one in, or check that no other program holds it."));
    }
    m_full = false;
    m_running = std::move(running);
    // A source that cannot open its device says so on the bus, at once: look before saying it records.
    if (auto first = poll(); !first)
        return Status::failure(first.error());
    return success();
}

Result<qint64> VoiceRecorder::poll()
{
    if (!m_running)
        return Result<qint64>::failure(tr("Nothing is being recorded."));
    GstElement *pipeline = m_running->pipeline.get();
    GstBus *bus = gst_element_get_bus(pipeline);
    GstMessage *msg = gst_bus_pop_filtered(bus, GST_MESSAGE_ERROR);
    gst_object_unref(bus);
    if (msg) {
        GError *err = nullptr;
        gchar *debug = nullptr;
        gst_message_parse_error(msg, &err, &debug);
        qCWarning(lcVoice) << "recording failed:" << (err ? err->message : "") << debug;
        g_free(debug);
        gst_message_unref(msg);
        const QString why = Gst::takeMessage(err);
        cancel();
        return Result<qint64>::failure(tr("The recording stopped: %1").arg(why));
    }
    gint64 position = 0;
    if (gst_element_query_position(pipeline, GST_FORMAT_TIME, &position) && position > 0)
        m_running->lastPositionMs = position / GST_MSECOND;
    if (m_running->lastPositionMs >= qint64(m_options.maxSeconds) * 1000) {
        m_full = true;
        return Result<qint64>::failure(tr("A voice recording lasts at most %n minute(s): it stopped there.", "",
                                          std::max(1, m_options.maxSeconds / 60)));
    }
    return m_running->lastPositionMs;
}

Result<VoiceRecorder::Recorded> VoiceRecorder::stop()
{
    using R = Result<Recorded>;
    if (!m_running)
        return R::failure(tr("Nothing is being recorded."));
    std::unique_ptr<Running> running = std::move(m_running);
    GstElement *pipeline = running->pipeline.get();
    // End of stream from the source: the encoder and the container finish the file (Ogg's last page).
    gst_element_send_event(pipeline, gst_event_new_eos());
    GstBus *bus = gst_element_get_bus(pipeline);
    GstMessage *msg = gst_bus_timed_pop_filtered(bus, 5 * GST_SECOND, GstMessageType(GST_MESSAGE_EOS | GST_MESSAGE_ERROR));
    gst_object_unref(bus);
    QString failure;
    if (!msg) {
        failure = tr("The recording could not be finished.");
    } else if (GST_MESSAGE_TYPE(msg) == GST_MESSAGE_ERROR) {
        GError *err = nullptr;
        gst_message_parse_error(msg, &err, nullptr);
        failure = tr("The recording stopped: %1").arg(Gst::takeMessage(err));
    }
    if (msg)
        gst_message_unref(msg);
    gint64 position = 0;
    if (gst_element_query_position(pipeline, GST_FORMAT_TIME, &position) && position > 0)
        running->lastPositionMs = position / GST_MSECOND;
    running->pipeline.reset(); // to NULL: the file is closed before it is renamed or removed
    if (failure.isEmpty() && running->lastPositionMs <= 0)
        failure = tr("Nothing was recorded: check the microphone.");
    if (!failure.isEmpty()) {
        QFile::remove(running->part);
        return R::failure(failure);
    }
    QFile::remove(running->output);
    if (!QFile::rename(running->part, running->output)) {
        QFile::remove(running->part);
        return R::failure(tr("Cannot write the recording (disk full?)."));
    }
    return Recorded{running->output, QFileInfo(running->output).size(), running->lastPositionMs};
}

void VoiceRecorder::cancel()
{
    if (!m_running)
        return;
    const QString part = m_running->part;
    m_running.reset();
    QFile::remove(part);
}

} // namespace Continuite
