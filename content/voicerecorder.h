// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "content/result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace Continuite {

/**
 * @brief A voice capsule: a teacher's spoken explanation for a lesson, or a pupil's answer given aloud,
 * recorded from the microphone as mono Opus in Ogg (.opus), about 150 KB a minute.
 *
 * Opus at 16 kbit/s in "voice" mode keeps speech clear at a tenth of what the same minute costs in MP3, and
 * the app's player (Qt Multimedia over GStreamer), browsers and VLC all read it. Debian's
 * gstreamer1.0-plugins-base has the encoder and the container, so nothing more is installed.
 *
 * GStreamer records in its own threads: start() and stop() return at once (stop() waits at most a few
 * seconds for the file to be finished), and the owner calls poll() now and then (a timer) to learn the
 * length so far or that the microphone went away. A recording is written to a temporary file and renamed
 * only when stop() finished it: cancel(), a failure or the object's end leave nothing behind.
 *
 * The source is a GStreamer element description: `autoaudiosrc` (the system's microphone) by default;
 * `audiotestsrc is-live=true` records a tone on a machine with no microphone (tests, CI), see
 * sourceFromEnvironment().
 */
class VoiceRecorder
{
    Q_DECLARE_TR_FUNCTIONS(VoiceRecorder)
public:
    struct Options
    {
        QString source = QStringLiteral("autoaudiosrc");
        int bitsPerSecond = 16'000; ///< wideband speech; ≈ 150 KB a minute with the container
        int maxSeconds = 300; ///< a capsule is short: past this, poll() says the recording is full
    };

    struct Recorded
    {
        QString path;
        qint64 size = 0;
        qint64 durationMs = 0;
    };

    VoiceRecorder();
    explicit VoiceRecorder(Options options);
    ~VoiceRecorder();
    VoiceRecorder(const VoiceRecorder &) = delete;
    VoiceRecorder &operator=(const VoiceRecorder &) = delete;

    /// The source the app records from: $CONTINUITE_AUDIO_SOURCE when set (e.g. `audiotestsrc is-live=true`
    /// on a machine without a microphone), otherwise the system's microphone.
    static QString sourceFromEnvironment();

    /// Starts recording into @p output (a .opus file, written when stop() finishes it).
    Status start(const QString &output);
    /// While recording: the length recorded so far in milliseconds, or why the recording failed (it is then
    /// over and nothing is kept). Past Options::maxSeconds the answer is a failure that says to stop: stop()
    /// still keeps what was recorded.
    Result<qint64> poll();
    /// True once the recording has reached Options::maxSeconds.
    bool full() const { return m_full; }
    /// Ends the recording and returns the finished file.
    Result<Recorded> stop();
    /// Ends the recording and keeps nothing.
    void cancel();
    bool recording() const;

private:
    struct Running;
    Options m_options;
    std::unique_ptr<Running> m_running;
    bool m_full = false;
};

} // namespace Continuite
