// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "content/voicerecorder.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <memory>

class Session;

/**
 * @brief A voice capsule recorded in the app: the teacher's spoken explanation for a lesson, or a pupil's
 * answer given aloud. Start, stop (or cancel); the finished .opus file is handed to whoever attaches it
 * (recorded()), from the store's folder of light copies so it outlives the page.
 *
 * The microphone is the system's (GStreamer's autoaudiosrc) unless $CONTINUITE_AUDIO_SOURCE names another
 * GStreamer source (`audiotestsrc is-live=true` on a machine without one: tests, CI).
 */
class VoiceCapture : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(bool recording READ recording NOTIFY recordingChanged)
    /// "0:12" while recording.
    Q_PROPERTY(QString elapsedText READ elapsedText NOTIFY elapsedChanged)
    Q_PROPERTY(qint64 elapsedMs READ elapsedMs NOTIFY elapsedChanged)
    /// At most this long; the recording stops there and is kept.
    Q_PROPERTY(int maxSeconds READ maxSeconds WRITE setMaxSeconds NOTIFY maxSecondsChanged)
    /// What went wrong, as a sentence; empty when all is well.
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    /// What the last capsule weighs and lasts ("0:42 · 110 Ko").
    Q_PROPERTY(QString lastText READ lastText NOTIFY recorded)

public:
    explicit VoiceCapture(QObject *parent = nullptr);
    ~VoiceCapture() override;

    Session *session() const { return m_session; }
    void setSession(Session *session);
    bool recording() const;
    qint64 elapsedMs() const { return m_elapsedMs; }
    QString elapsedText() const;
    int maxSeconds() const { return m_maxSeconds; }
    void setMaxSeconds(int seconds);
    QString error() const { return m_error; }
    QString lastText() const { return m_lastText; }

    Q_INVOKABLE bool start();
    /// Finishes the capsule: recorded() follows with its file.
    Q_INVOKABLE bool stop();
    /// Ends the recording and keeps nothing.
    Q_INVOKABLE void cancel();

    /// "0:42" for @p ms.
    static QString durationText(qint64 ms);

Q_SIGNALS:
    void sessionChanged();
    void recordingChanged();
    void elapsedChanged();
    void maxSecondsChanged();
    void errorChanged();
    /// A finished capsule, ready to attach.
    void recorded(const QUrl &file, qint64 size, qint64 durationMs);

private:
    void poll();
    void setError(const QString &error);
    void drop();

    QPointer<Session> m_session;
    std::unique_ptr<Continuite::VoiceRecorder> m_recorder;
    QString m_dir; ///< the folder of the recording under way (removed if it is not finished)
    QTimer m_timer;
    qint64 m_elapsedMs = 0;
    int m_maxSeconds = 300;
    QString m_error;
    QString m_lastText;
};
