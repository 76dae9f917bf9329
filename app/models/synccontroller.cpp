// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "synccontroller.h"

#include "session.h"

#include "content/store.h"
#include "sync/classroom/classroomkey.h"
#include "sync/client/hubrequests.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QJSEngine>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkInformation>
#include <QRandomGenerator>


using namespace Qt::StringLiterals;
using Continuite::Store;
using Continuite::SyncEngine;
using Continuite::SyncProgress;
using Continuite::SyncReport;

Q_LOGGING_CATEGORY(lcAppSync, "continuite.gui.sync")

namespace {

/// After a failed attempt to reach the hub: 30 s, 1 min, 2 min… up to the normal interval.
int offlineRetryMs(int retries, int interval)
{
    return std::min<qint64>(qint64(30'000) << std::min(retries, 8), std::max(interval, 30'000));
}

/// 50–100 % of @p ms, at random: devices that failed together (a hub busy at 8:30, the school's Wi-Fi gone) come back
/// spread out, not together.
int retryJitter(int ms)
{
    return ms / 2 + int(QRandomGenerator::global()->bounded(ms / 2 + 1));
}

/// @p ms ± 10 %, at random: devices that synced together drift apart instead of coming back every interval together.
int intervalJitter(int ms)
{
    const int tenth = ms / 10;
    return ms - tenth + int(QRandomGenerator::global()->bounded(2 * tenth + 1));
}

} // namespace

/*
 * The blocking half of SyncController: jobs on its StoreWorker, each with one SyncEngine on the worker's Store
 * (HubSignIn's sign-ins run there too, hubsignin.cpp). What each finds crosses back to the GUI thread by value.
 */
namespace {

struct SyncOutcome
{
    SyncReport report;
    QString failure;
};

/// @p report is given the progress on the owner's thread.
SyncOutcome runSync(StoreWorker::Job &job, const QString &dataDir, const QString &profileId, SyncEngine::Options options,
                    const std::function<void(const SyncProgress &)> &report)
{
    Store *store = job.store(dataDir);
    const auto profile = store ? store->profile(profileId) : std::nullopt;
    if (!profile)
        return {{}, store ? SyncController::tr("This profile is no longer on this device.") : job.storeError()};
    if (job.isCancelled())
        return {{}, SyncController::tr("The sync was cancelled.")};
    QElapsedTimer throttle;
    throttle.start();
    SyncProgress last;
    options.progress = [&](const SyncProgress &p) {
        // Every step, but bytes at most ten times a second: a queued call per curl callback would flood.
        const bool step = p.phase != last.phase || p.changesSent != last.changesSent
            || p.changesReceived != last.changesReceived || p.filesDone != last.filesDone || p.filesTotal != last.filesTotal;
        if (!step && throttle.elapsed() < 100)
            return;
        throttle.restart();
        last = p;
        job.post([report, p] { report(p); });
    };
    SyncEngine engine(*store, options);
    job.onCancel([&engine] { engine.cancel(); }); // also one that comes before the transport exists
    auto result = engine.sync(*profile);
    job.onCancel({});
    if (result)
        return {*result, {}};
    return {{}, result.error()};
}

} // namespace

SyncController::SyncController(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    m_timer.setSingleShot(true);
    // Precise: a coarse timer may fire (and report its remaining time) up to 5 % late, past the start jitter and the
    // interval's ± 10 % that spread a class's devices (seen in CI: 4,002 ms left of a 4,000 ms jitter). One timer every
    // few minutes costs no wakeups worth saving.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_networkAvailable || m_state == Offline)
            syncNow();
        else
            scheduleNext();
    });
    m_afterWrite.setSingleShot(true);
    m_afterWrite.setInterval(1500);
    connect(&m_afterWrite, &QTimer::timeout, this, [this] {
        if (m_pending > 0 && m_networkAvailable && m_state != Offline && !m_busy) // busy: its retry sends it
            syncNow();
    });

    setupNetworkInformation();
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
    if (m_session) {
        connect(m_session, &Session::currentChanged, this, &SyncController::onCurrentChanged);
        connect(m_session, &Session::storeChanged, this, &SyncController::onCurrentChanged);
        connect(m_session, &Session::dataChanged, this, &SyncController::onDataChanged);
    }
    onCurrentChanged();
}

// Quit: m_worker goes first (the last member): the transfer in flight is aborted (what was applied stays), then the
// worker ends with its store.
SyncController::~SyncController() = default;

SyncController *SyncController::instance()
{
    static QPointer<SyncController> controller;
    if (!controller)
        controller = new SyncController(Session::instance(), QCoreApplication::instance());
    return controller;
}

SyncController *SyncController::create(QQmlEngine *, QJSEngine *)
{
    SyncController *controller = instance();
    QJSEngine::setObjectOwnership(controller, QJSEngine::CppOwnership);
    return controller;
}

void SyncController::setEngineOptions(const SyncEngine::Options &options)
{
    m_options = options;
}

bool SyncController::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance()) {
        refresh(); // the refusal sentences
        Q_EMIT stateChanged();
        Q_EMIT progressChanged();
    }
    return QObject::eventFilter(watched, event);
}

void SyncController::setupNetworkInformation()
{
    // Qt 6.4: loadDefaultBackend() (the platform's: NetworkManager or GLib on Linux). None may load (no
    // D-Bus, a container): then we cannot tell, assume a network, and the timer retries.
    if (!QNetworkInformation::instance() && !QNetworkInformation::loadDefaultBackend())
        qCInfo(lcAppSync) << "no network information backend; syncing by the timer and on demand";
    QNetworkInformation *info = QNetworkInformation::instance();
    if (!info)
        return;
    m_networkInformation = true;
    if (info->supports(QNetworkInformation::Feature::Reachability)) {
        auto update = [this, info] {
            // Only "disconnected" counts as no network: a school hub is often on the local network only.
            onReachability(info->reachability() != QNetworkInformation::Reachability::Disconnected);
        };
        connect(info, &QNetworkInformation::reachabilityChanged, this, update);
        m_networkAvailable = info->reachability() != QNetworkInformation::Reachability::Disconnected;
    }
    if (info->supports(QNetworkInformation::Feature::Metered)) {
        m_metered = info->isMetered();
        connect(info, &QNetworkInformation::isMeteredChanged, this, [this](bool metered) {
            m_metered = metered;
            Q_EMIT networkChanged();
        });
    }
    qCInfo(lcAppSync) << "network information from" << info->backendName() << "available:" << m_networkAvailable
                      << "metered:" << m_metered;
}

void SyncController::onReachability(bool available)
{
    if (available == m_networkAvailable)
        return;
    m_networkAvailable = available;
    Q_EMIT networkChanged();
    if (available) {
        // The network is back: sync soon rather than at the next tick (spread: a school's devices see it at once).
        m_offlineRetries = 0;
        syncSoon();
    } else if (!isSyncing() && isConnected()) {
        setState(Offline);
    }
}

QString SyncController::currentProfileId() const
{
    if (!m_session || !m_session->store() || !m_session->store()->current())
        return {};
    return m_session->store()->current()->id;
}

void SyncController::resetForNobody()
{
    m_profileId.clear();
    m_hubUrl.clear();
    m_hubPinnedUrl.clear();
    m_lastSync = {};
    m_pending = m_queuedMedia = 0;
    m_rejected.clear();
    m_usedThisMonth = 0;
    m_bytesUp = m_bytesDown = 0;
    m_progress = -1;
    m_progressText.clear();
    Q_EMIT progressChanged();
    Q_EMIT statusChanged();
}

void SyncController::onCurrentChanged()
{
    const QString id = currentProfileId();
    if (id == m_profileId && !id.isEmpty())
        return;
    // Someone else (or nobody) now: whatever runs for the previous person stops, its answers are ignored.
    cancel();
    m_again = false;
    m_offlineRetries = 0;
    m_busy = false;
    m_timer.stop();
    m_afterWrite.stop();
    resetForNobody();
    m_downloadAnyway.clear();
    m_profileId = id;
    setState(NotConnected);
    Q_EMIT personChanged();
    if (id.isEmpty())
        return;
    refresh();
    if (isConnected())
        syncSoon(); // a class opens its laptops at 8:30: not all in the same second
}

void SyncController::onDataChanged()
{
    if (m_profileId.isEmpty())
        return;
    refresh();
    // A local write: send it soon, if there is somewhere to send it.
    if (m_pending > 0 && isConnected())
        m_afterWrite.start();
}

void SyncController::refresh()
{
    Store *store = m_session ? m_session->store() : nullptr;
    if (!store || m_profileId.isEmpty())
        return;
    const auto st = store->sync().state(m_profileId);
    // A classroom's URL carries the pin of its key ("#sha256//…", HttpTransport): shown without it, kept with it.
    m_hubPinnedUrl = st ? st->hub : QString();
    // A classroom's address kept from before classrooms were https ("http://…/k7pq2m", no pin): HttpTransport sends
    // nothing to it, so it is not used at all, not synced to on a timer nor offered to sign in again: the pupil joins
    // the classroom again with the code on the teacher's screen (SECURITY.md, "The classroom hub").
    m_staleClassroom = isStaleClassroom(m_hubPinnedUrl);
    if (m_staleClassroom)
        m_hubPinnedUrl.clear();
    m_hubUrl = m_hubPinnedUrl.section(u'#', 0, 0);
    m_lastSync = st && !st->lastSync.isEmpty() ? QDateTime::fromString(st->lastSync, Qt::ISODateWithMs) : QDateTime();
    const QString month = QDateTime::currentDateTimeUtc().toString(u"yyyy-MM"_s);
    m_usedThisMonth = st && st->usageMonth == month ? st->usageBytes : 0;
    m_pending = store->changes().count(u"pending"_s, m_profileId);
    m_queuedMedia = st ? store->sync().queuedFileCount(m_profileId) : 0;
    m_rejected.clear();
    auto describe = [](const Continuite::OutboxEntry &entry) {
        const QString &kind = entry.change.kind;
        const QString what = kind == u"lesson"_s       ? tr("A lesson")
            : kind == u"assignment"_s                  ? tr("An assignment")
            : kind == u"answer_key"_s                  ? tr("A quiz's answers")
            : kind == u"submission"_s                  ? tr("A piece of work")
            : kind == u"feedback"_s                    ? tr("Feedback")
            : kind == u"progress"_s                    ? tr("Reading progress")
            : kind == u"member"_s                      ? tr("A student card")
            : kind == u"class"_s                       ? tr("A class")
                                                       : kind;
        // The hub's reason starts with a code word: say it in the person's language, keep the rest for IT.
        const QString code = entry.reason.section(u':', 0, 0).trimmed();
        const QString why = code == u"forbidden"_s ? tr("the hub says you may not make this change")
            : code == u"invalid"_s                 ? tr("the hub found it malformed (%1)").arg(entry.reason.section(u':', 1).trimmed())
            : code == u"wrong_class"_s             ? tr("it belongs to another class on the hub")
            : code == u"login_taken"_s             ? tr("this login code is already used on the hub: make another card")
            : code == u"internal"_s                ? tr("the hub could not store it this time")
            : code == u"quota"_s                   ? tr("the space kept for you on the school's server is full (ask the teacher or the school's IT to make room; nothing is lost meanwhile)")
                                                   : entry.reason;
        return std::pair{what, why};
    };
    for (const auto &entry : store->changes().outbox(m_profileId, u"rejected"_s, 50)) {
        const auto [what, why] = describe(entry);
        m_rejected << tr("%1 was refused: %2.").arg(what, why);
    }
    // Refused for a cause that may pass (PROTOCOL.md, "Final or not"): still pending, sent again at each sync,
    // and the person sees why it has not gone yet (a teacher removed from a class, a student not enrolled yet).
    for (const auto &entry : store->changes().outbox(m_profileId, u"pending"_s, 200)) {
        if (entry.reason.isEmpty())
            continue;
        const auto [what, why] = describe(entry);
        m_rejected << tr("%1 is waiting: %2. It will be sent again at the next sync.").arg(what, why);
    }
    Q_EMIT statusChanged();
    if (!isSyncing()) {
        if (!isConnected())
            setState(NotConnected, m_staleClassroom ? tr("This device was in a classroom before classrooms were secured: join "
                                                        "the classroom again with the code on your teacher's screen.")
                                                    : QString());
        else if (m_state == NotConnected)
            setState(!m_networkAvailable ? Offline : m_pending > 0 || !m_lastSync.isValid() ? Pending : UpToDate);
        else if (m_state == UpToDate && m_pending > 0)
            setState(Pending);
    }
}

bool SyncController::syncNow()
{
    if (m_profileId.isEmpty() || !isConnected() || !m_session || !m_session->store())
        return false;
    if (isSyncing()) {
        m_again = true; // never two at once: once more when this one ends
        return true;
    }
    m_timer.stop();
    m_afterWrite.stop();
    m_again = false;
    m_bytesUp = m_bytesDown = 0;
    m_progress = -1;
    m_progressText = tr("Connecting to the hub…");
    Q_EMIT progressChanged();
    setState(Syncing);
    SyncEngine::Options options = m_options;
    // Unknown counts as metered: with "only on unmetered networks", files wait rather than eat a data plan.
    options.metered = m_metered;
    options.mediaAnyway = m_downloadAnyway;
    const QString dataDir = m_session->store()->dataDir();
    const QString profileId = m_profileId;
    const auto report = [this](const SyncProgress &p) { onWorkerProgress(p); };
    m_worker.start<SyncOutcome>([dataDir, profileId, options, report](StoreWorker::Job &job) {
        return runSync(job, dataDir, profileId, options, report);
    }, [this](const SyncOutcome &o, bool current) {
        if (current) // else for a person who has locked the device since, or cancelled
            onSyncDone(o.report, o.failure);
    });
    return true;
}

bool SyncController::downloadAnyway(const QStringList &sha256s)
{
    if (m_profileId.isEmpty() || !isConnected())
        return false;
    for (const QString &sha : sha256s)
        if (Continuite::isSha256(sha))
            m_downloadAnyway.insert(sha);
    return syncNow();
}

bool SyncController::isStaleClassroom(const QString &hub)
{
    return !hub.contains(u'#') && Continuite::ClassroomKey::looksLikeClassroom(hub);
}

void SyncController::cancel()
{
    // Answers of the cancelled job are ignored from now on (a newer generation); the worker thread still
    // runs one job at a time, so a sync asked for right after waits for the cancelled one to stop.
    m_worker.nextGeneration(StoreWorker::Running::Cancel);
    m_again = false;
    if (isSyncing()) {
        m_progress = -1;
        m_progressText.clear();
        Q_EMIT progressChanged();
        setState(m_pending > 0 ? Pending : UpToDate);
        refresh();
        scheduleNext();
    }
}

void SyncController::setInterval(int ms)
{
    ms = std::max(ms, 1000);
    if (ms == m_interval)
        return;
    m_interval = ms;
    Q_EMIT intervalChanged();
    if (m_timer.isActive() && m_state != Offline)
        m_timer.start(m_interval);
}

void SyncController::scheduleNext()
{
    if (m_profileId.isEmpty() || !isConnected())
        return;
    if (m_state == Offline || m_busy) {
        // A busy hub is tried again from 30 s on (the first time: 15–30 s), doubling; an unreachable one as before.
        const int delay = offlineRetryMs(m_busy ? std::max(0, m_offlineRetries - 1) : m_offlineRetries, m_interval);
        m_timer.start(m_startJitter > 0 ? retryJitter(delay) : delay);
    } else {
        m_timer.start(m_startJitter > 0 ? intervalJitter(m_interval) : m_interval);
    }
}

void SyncController::syncSoon()
{
    if (m_startJitter <= 0 || isSyncing()) {
        syncNow();
        return;
    }
    if (m_profileId.isEmpty() || !isConnected())
        return;
    const int delay = int(QRandomGenerator::global()->bounded(m_startJitter + 1));
    if (!m_timer.isActive() || m_timer.remainingTime() > delay)
        m_timer.start(delay);
}

void SyncController::onWorkerProgress(const SyncProgress &p)
{
    if (!isSyncing())
        return;
    m_bytesUp = p.bytesUp;
    m_bytesDown = p.bytesDown;
    if (p.phase == SyncProgress::Phase::Media && p.filesTotal > 0) {
        m_progress = double(p.filesDone) / p.filesTotal;
        m_progressText = tr("Files: %1 of %2").arg(std::min(p.filesDone + 1, p.filesTotal)).arg(p.filesTotal);
    } else if (p.changesToSend > p.changesSent) {
        m_progress = double(p.changesSent) / p.changesToSend;
        m_progressText = tr("Sending changes: %1 of %2").arg(p.changesSent).arg(p.changesToSend);
    } else {
        m_progress = -1; // how much the hub has for us is unknown until it says "no more"
        m_progressText = p.changesReceived > 0 ? tr("Receiving: %n change(s) so far", "", p.changesReceived)
                                               : tr("Asking the hub what is new…");
    }
    Q_EMIT progressChanged();
}

void SyncController::onSyncDone(const SyncReport &report, const QString &failure)
{
    m_bytesUp = report.bytesUp;
    m_bytesDown = report.bytesDown;
    m_progress = -1;
    m_progressText.clear();
    Q_EMIT progressChanged();
    refresh();
    m_busy = failure.isEmpty() && report.hubBusy && !report.recordsComplete;
    if (!failure.isEmpty()) {
        // It could not start: nobody signed in, or another program (the CLI) syncs this profile right now.
        qCInfo(lcAppSync) << "sync did not start:" << failure;
        setState(!isConnected() ? NotConnected : m_pending > 0 ? Pending : UpToDate, failure);
    } else if (report.hubUnreachable) {
        ++m_offlineRetries;
        setState(Offline);
    } else if (m_busy) {
        // The hub is busy (8:30) or the link too slow for it right now: the work waits here, and goes again soon, at a
        // moment of this device's own (scheduleNext()), not at the next interval, and it is no error of the person's.
        ++m_offlineRetries;
        setState(Pending, tr("The hub is busy or the connection too slow for it: your work is kept here and will be sent in a moment."));
    } else if (report.signInNeeded) {
        setState(Error, tr("The hub no longer accepts this device. Open the settings and connect again."));
    } else if (!report.recordsComplete) {
        setState(report.errors.isEmpty() ? Pending : Error, report.errors.isEmpty() ? QString() : report.errors.last());
    } else {
        m_offlineRetries = 0;
        setState(m_pending > 0 ? Pending : UpToDate, report.errors.isEmpty() ? QString() : report.errors.last());
    }
    // Lessons, work and feedback that arrived, or work the hub has now received (or refused): the screens
    // reload, so "waiting to be sent" turns into "sent". No loop: a reload syncs again only while changes
    // wait, and accepted or refused changes no longer do.
    if (report.recordsApplied > 0 || report.mediaFetched > 0 || report.changesSent > 0 || report.changesRejected > 0
        || report.contactsReceived > 0) // the continuity board's last contacts
        m_session->notifyDataChanged();
    Q_EMIT syncFinished(report.recordsComplete);
    if (m_again && m_state != Offline && m_state != Error && !m_busy)
        syncNow();
    else if (!failure.isEmpty() && isConnected())
        m_timer.start(30'000); // another program held the profile: try again soon, not in a quarter of an hour
    else
        scheduleNext();
}

void SyncController::setState(State state, const QString &message)
{
    if (state == m_state && message == m_message)
        return;
    m_state = state;
    m_message = message;
    Q_EMIT stateChanged();
}

QString SyncController::stateText() const
{
    switch (m_state) {
    case NotConnected:
        return m_message.isEmpty() ? tr("Not connected to a hub: everything stays on this device. Connect in the settings.")
                                   : m_message;
    case Offline:
        return m_networkAvailable ? tr("Offline: the hub cannot be reached. Your work is kept here and will be sent later.")
                                  : tr("Offline: no network. Your work is kept here and will be sent later.");
    case Syncing:
        return tr("Syncing…");
    case Pending:
        return m_message.isEmpty() ? tr("Waiting to sync.") : m_message;
    case UpToDate:
        return m_message.isEmpty() ? tr("Up to date.") : tr("Up to date. %1").arg(m_message);
    case Error:
        return m_message;
    }
    return {};
}

QString SyncController::formatBytes(double bytes)
{
    const QLocale locale;
    if (bytes < 1024)
        return tr("%1 bytes").arg(qint64(bytes));
    if (bytes < 1024 * 1024)
        return tr("%1 KB").arg(locale.toString(double(bytes) / 1024, 'f', 0));
    if (bytes < 1024LL * 1024 * 1024)
        return tr("%1 MB").arg(locale.toString(double(bytes) / (1024 * 1024), 'f', 1));
    return tr("%1 GB").arg(locale.toString(double(bytes) / (1024.0 * 1024 * 1024), 'f', 2));
}

#include "synccontroller.moc"
