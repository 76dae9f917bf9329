// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "voicecapture.h"

#include "attachmentmodel.h"
#include "session.h"

#include "content/store.h"

#include <QDateTime>
#include <QDir>
#include <QStandardPaths>
#include <QUuid>

using namespace Qt::StringLiterals;

VoiceCapture::VoiceCapture(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(200);
    connect(&m_timer, &QTimer::timeout, this, &VoiceCapture::poll);
}

VoiceCapture::~VoiceCapture()
{
    drop(); // a recording under way is dropped: nothing is kept
}

void VoiceCapture::drop()
{
    m_timer.stop();
    m_recorder.reset();
    if (!m_dir.isEmpty())
        QDir(m_dir).removeRecursively();
    m_dir.clear();
}

void VoiceCapture::setSession(Session *session)
{
    if (m_session == session)
        return;
    m_session = session;
    Q_EMIT sessionChanged();
}

bool VoiceCapture::recording() const
{
    return m_recorder && m_recorder->recording();
}

void VoiceCapture::setMaxSeconds(int seconds)
{
    seconds = std::clamp(seconds, 1, 30 * 60);
    if (seconds == m_maxSeconds)
        return;
    m_maxSeconds = seconds;
    Q_EMIT maxSecondsChanged();
}

QString VoiceCapture::durationText(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(0, ms) / 1000;
    return u"%1:%2"_s.arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString VoiceCapture::elapsedText() const
{
    return durationText(m_elapsedMs);
}

void VoiceCapture::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    Q_EMIT errorChanged();
}

bool VoiceCapture::start()
{
    if (recording())
        return true;
    // Beside the store's light copies: the capsule outlives this page until it is attached and stored.
    // In a folder of its own (MediaReducer::madeHere), removed once the store holds the capsule.
    Continuite::Store *store = m_session ? m_session->store() : nullptr;
    const QString dir = (store ? store->media().rootDir() + u"/light"_s
                               : QStandardPaths::writableLocation(QStandardPaths::TempLocation))
        + u"/voice-"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);
    //: The start of a voice recording's file name, before its date ("capsule-vocale-2026-12-05-1912.opus").
    const QString name = tr("voice-capsule") + QDateTime::currentDateTime().toString(u"-yyyy-MM-dd-HHmmss"_s) + u".opus"_s;
    Continuite::VoiceRecorder::Options options;
    options.source = Continuite::VoiceRecorder::sourceFromEnvironment();
    options.maxSeconds = m_maxSeconds;
    auto recorder = std::make_unique<Continuite::VoiceRecorder>(options);
    if (auto started = recorder->start(QDir(dir).filePath(name)); !started) {
        QDir(dir).removeRecursively();
        setError(started.error());
        return false;
    }
    m_recorder = std::move(recorder);
    m_dir = dir;
    m_elapsedMs = 0;
    setError({});
    m_timer.start();
    Q_EMIT elapsedChanged();
    Q_EMIT recordingChanged();
    return true;
}

void VoiceCapture::poll()
{
    if (!recording()) {
        m_timer.stop();
        return;
    }
    auto polled = m_recorder->poll();
    if (polled) {
        m_elapsedMs = *polled;
        Q_EMIT elapsedChanged();
        return;
    }
    if (m_recorder->full()) { // the limit: keep what was said, and say why it stopped
        const QString why = polled.error();
        stop();
        setError(why);
        return;
    }
    drop();
    setError(polled.error());
    Q_EMIT recordingChanged();
}

bool VoiceCapture::stop()
{
    if (!recording())
        return false;
    m_timer.stop();
    auto done = m_recorder->stop();
    if (!done) {
        drop();
        Q_EMIT recordingChanged();
        setError(done.error());
        return false;
    }
    m_recorder.reset();
    m_dir.clear(); // finished: the file is the attacher's now
    Q_EMIT recordingChanged();
    m_elapsedMs = done->durationMs;
    Q_EMIT elapsedChanged();
    setError({});
    m_lastText = durationText(done->durationMs) + u" · "_s + AttachmentModel::sizeText(done->size);
    Q_EMIT recorded(QUrl::fromLocalFile(done->path), done->size, done->durationMs);
    return true;
}

void VoiceCapture::cancel()
{
    if (!m_recorder)
        return;
    drop();
    m_elapsedMs = 0;
    Q_EMIT elapsedChanged();
    Q_EMIT recordingChanged();
}
