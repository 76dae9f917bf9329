// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "mediapreparation.h"

#include "content/videoreducer.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

#include <atomic>
#include <optional>

/// What the thread and the window share: the Stop asked, and the answer (written before the thread ends).
struct MediaPreparation::Job
{
    std::atomic_bool stop{false};
    std::optional<Continuite::Result<Continuite::MediaReducer::Prepared>> result;
};

MediaPreparation::MediaPreparation(QObject *parent)
    : QObject(parent)
{
}

MediaPreparation::~MediaPreparation()
{
    if (!m_thread)
        return;
    // The page closes while a file is being made: stop it and wait (a video hears it within a tenth of a
    // second), so the thread never outlives what it reports to.
    m_job->stop = true;
    m_thread->wait();
    delete m_thread;
    if (m_job->result && *m_job->result && (*m_job->result)->reduced)
        Continuite::MediaReducer(m_workDir).discard((*m_job->result)->path);
}

QString MediaPreparation::text() const
{
    if (!busy())
        return {};
    if (!m_video)
        return tr("Making the light copy of %1…").arg(m_fileName);
    //: %2 is a percentage already formatted ("42 %").
    return tr("Making the light version of %1… %2").arg(m_fileName, QLocale().toString(qRound(m_progress * 100)) + u"\u202f%");
}

bool MediaPreparation::start(const QString &workDir, const QString &path, Continuite::MediaReducer::Options options)
{
    if (m_thread)
        return false;
    auto job = std::make_shared<Job>();
    options.stopped = [job] { return job->stop.load(); };
    // Progress comes from the thread; it is shown on the window's (queued to this object, which outlives the
    // thread: see the destructor).
    options.videoProgress = [this](double done) {
        QMetaObject::invokeMethod(this, [this, done] {
            if (!m_thread || qFuzzyCompare(done + 1, m_progress + 1))
                return;
            m_progress = done;
            Q_EMIT progressChanged();
        }, Qt::QueuedConnection);
    };
    const Continuite::MediaReducer reducer(workDir);
    m_thread = QThread::create([job, reducer, path, options] { job->result = reducer.prepare(path, options); });
    m_thread->setObjectName(QStringLiteral("media-preparation"));
    connect(m_thread, &QThread::finished, this, &MediaPreparation::finish);
    m_job = job;
    m_workDir = workDir;
    m_fileName = QFileInfo(path).fileName();
    m_video = options.reduceVideos && !options.keepOriginal && Continuite::VideoReducer::isVideo(path);
    m_progress = 0;
    // Below the window's priority: the person's clicks come first on a two-core laptop.
    m_thread->start(QThread::LowPriority);
    Q_EMIT busyChanged();
    Q_EMIT progressChanged();
    return true;
}

void MediaPreparation::stop()
{
    if (m_job)
        m_job->stop = true;
}

void MediaPreparation::finish()
{
    if (!m_thread)
        return;
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    const std::shared_ptr<Job> job = std::exchange(m_job, {});
    auto result = job->result.value_or(Continuite::Result<Continuite::MediaReducer::Prepared>::failure(
        Continuite::MediaReducer::stoppedText(m_fileName)));
    if (result && job->stop) { // stopped after the copy was made: it is not kept
        if (result->reduced)
            Continuite::MediaReducer(m_workDir).discard(result->path);
        result = Continuite::Result<Continuite::MediaReducer::Prepared>::failure(Continuite::MediaReducer::stoppedText(m_fileName));
    }
    Q_EMIT busyChanged();
    Q_EMIT progressChanged();
    if (result)
        Q_EMIT prepared(*result);
    else
        Q_EMIT failed(result.error());
}
