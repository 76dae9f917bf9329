// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "content/mediareducer.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <QtQml/qqmlregistration.h>

#include <memory>

/**
 * @brief The light copy of a file being made off the window's thread: a photo reduced (a second or two for a
 * big one on an old laptop), a teacher's video made light (minutes). The window keeps answering; the person
 * sees what is being made and how far it is, and may stop it.
 *
 * One file at a time. MediaReducer::prepare() runs in a thread of its own; its answer comes back on the
 * window's thread as prepared() or failed(). stop() is heard within a tenth of a second by a video, after the
 * picture by a photo (whose copy is then not written). Whoever owns this object may go away while a file is
 * being made: the work is stopped and waited for (a tenth of a second for a video; a photo is finished first).
 */
class MediaPreparation : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the editors that attach files.")
    /// A file is being made light.
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    /// The name of the file being made light ("lecon.mp4").
    Q_PROPERTY(QString fileName READ fileName NOTIFY busyChanged)
    /// It is a video (minutes, with progress); otherwise a picture (seconds, no progress to show).
    Q_PROPERTY(bool video READ isVideo NOTIFY busyChanged)
    /// 0…1 for a video; 0 for a picture.
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    /// What is going on, for people: "Making the light version of lecon.mp4… 42 %".
    Q_PROPERTY(QString text READ text NOTIFY progressChanged)

public:
    explicit MediaPreparation(QObject *parent = nullptr);
    ~MediaPreparation() override;

    bool busy() const { return m_thread != nullptr; }
    QString fileName() const { return m_fileName; }
    bool isVideo() const { return m_video; }
    double progress() const { return m_progress; }
    QString text() const;

    /// Starts making the light copy of @p path under @p workDir; false when a file is already being made.
    bool start(const QString &workDir, const QString &path, Continuite::MediaReducer::Options options);
    /// Stops the file being made: failed() follows with "Stopped: …" and nothing is kept.
    Q_INVOKABLE void stop();

Q_SIGNALS:
    void busyChanged();
    void progressChanged();
    /// The light copy is ready (on the window's thread).
    void prepared(const Continuite::MediaReducer::Prepared &file);
    /// Why there is none (damaged, hostile, stopped), as a sentence.
    void failed(const QString &error);

private:
    struct Job;
    void finish();

    QThread *m_thread = nullptr;
    std::shared_ptr<Job> m_job;
    QString m_workDir;
    QString m_fileName;
    bool m_video = false;
    double m_progress = 0;
};
