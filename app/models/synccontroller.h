// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "storeworker.h"
#include "sync/client/syncengine.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QQmlEngine;
class QJSEngine;
class Session;

/**
 * @brief Syncs the unlocked profile with its hub, opportunistically, and tells the truth about it.
 *
 * One instance serves the app (the QML singleton `SyncController`, following the app's Session); tests
 * make their own around a Session of theirs.
 *
 * When: on demand (syncNow()), after a local write (Session::dataChanged with changes pending), when
 * the network comes back (QNetworkInformation's reachability, where a backend loads), and on a timer —
 * every `interval` while things go well, sooner and backing off while the hub cannot be reached. With
 * no network backend the timer alone finds the network again.
 *
 * Threading — the choice, written down: SyncEngine and its libcurl transport block, so they run on the
 * controller's StoreWorker (one thread of its own), never on the GUI thread. The worker opens its own Store on
 * the same folder (QtSql connections must not cross threads, and the Store's "who acts" is the GUI's):
 * two owners of one SQLite file in one process, exactly like the app and the CLI side by side (WAL,
 * BEGIN IMMEDIATE, the clock kept in the file). One worker thread means one job at a time; on top of
 * that the controller never asks for a second sync while one runs (it remembers to sync again after),
 * and the engine's lock file keeps a CLI run in another process out. Cancelling (lock, quit) aborts
 * the transfer in flight through SyncEngine::cancel(), which is thread-safe; what was applied stays.
 *
 * The GUI thread reads only small counts (pending changes, last sync, data used) from Session's store.
 *
 * Signing in is HubSignIn's (app/models/hubsignin.h), on this controller's thread (hubWorker()); the data policy is
 * DataPolicySettings'. This class keeps the scheduling and what the bar shows.
 */
class SyncController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    /// What the bar shows.
    enum State {
        NotConnected, ///< this profile has not signed in to a hub on this device
        Offline,      ///< the hub cannot be reached (no network, or the hub is down); work waits here
        Syncing,
        Pending,      ///< changes wait to be sent (a sync will come); or the last sync stopped part way
        UpToDate,     ///< the last sync completed and nothing waits to be sent
        Error,        ///< the hub answered with a refusal the person must act on (sign in again, …)
    };
    Q_ENUM(State)

private:
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    /// One sentence for the person: what is happening, or what went wrong and what to do.
    Q_PROPERTY(QString stateText READ stateText NOTIFY stateChanged)
    Q_PROPERTY(bool syncing READ isSyncing NOTIFY stateChanged)
    /// 0..1 while syncing; -1 when there is no telling (a pull of unknown size).
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    /// What the sync in flight is doing ("Sending 3 of 10 changes"), empty otherwise.
    Q_PROPERTY(QString progressText READ progressText NOTIFY progressChanged)
    /// Bytes on the wire in the sync in flight (or the last one).
    Q_PROPERTY(double bytesUp READ bytesUpForQml NOTIFY progressChanged) // double: QML has no 64-bit integer
    Q_PROPERTY(double bytesDown READ bytesDownForQml NOTIFY progressChanged)
    /// When the last sync that completed its records ended (invalid: never).
    Q_PROPERTY(QDateTime lastSync READ lastSync NOTIFY statusChanged)
    /// Changes written here and not yet accepted by the hub.
    Q_PROPERTY(int pendingChanges READ pendingChanges NOTIFY statusChanged)
    /// Files waiting to be sent or fetched (deferred by the data policy, or the link dropped).
    Q_PROPERTY(int queuedMedia READ queuedMedia NOTIFY statusChanged)
    /// Changes the hub refused, each "what: why" (kept here, never dropped).
    Q_PROPERTY(QStringList rejectedChanges READ rejectedChanges NOTIFY statusChanged)
    /// Bytes this profile's syncs used this calendar month (both ways, on the wire).
    Q_PROPERTY(double dataUsedThisMonth READ dataUsedForQml NOTIFY statusChanged)
    Q_PROPERTY(bool connected READ isConnected NOTIFY statusChanged)
    Q_PROPERTY(QString hubUrl READ hubUrl NOTIFY statusChanged)
    /// What the operating system says: false only when it says there is no network at all.
    Q_PROPERTY(bool networkAvailable READ isNetworkAvailable NOTIFY networkChanged)
    /// True when the network is known to be metered, or cannot be told (then files wait as on mobile data;
    /// DataPolicySettings judges which, app/models/datapolicysettings.h).
    Q_PROPERTY(bool metered READ isMetered NOTIFY networkChanged)
    /// False when no QNetworkInformation backend loaded: the timer alone finds the network again.
    Q_PROPERTY(bool networkInformation READ hasNetworkInformation CONSTANT)
    /// Milliseconds between syncs while all goes well (default 15 min).
    Q_PROPERTY(int interval READ interval WRITE setInterval NOTIFY intervalChanged)

public:
    /// Follows @p session: syncs whoever unlocks it.
    explicit SyncController(Session *session, QObject *parent = nullptr);
    ~SyncController() override;

    /// The app-wide controller (follows Session::instance()), owned by the application object.
    static SyncController *instance();
    /// Gives QML the app-wide controller (QML_SINGLETON factory).
    static SyncController *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    /// Engine options (timeouts, retries); tests shorten them. Takes effect at the next sync and sign-in.
    void setEngineOptions(const Continuite::SyncEngine::Options &options);
    const Continuite::SyncEngine::Options &engineOptions() const { return m_options; }
    /**
     * The thread that talks to the hub, one job at a time: HubSignIn runs its sign-ins here, so a sign-in never runs
     * beside a sync (a sync cancelled for a new sign-in finishes applying its page first; on a thread of its own, the
     * old hub's cursor could land after the new hub's sign-in). cancel() stops its jobs, the sign-ins' too.
     */
    StoreWorker &hubWorker() { return m_worker; }

    State state() const { return m_state; }
    QString stateText() const;
    bool isSyncing() const { return m_state == Syncing; }
    double progress() const { return m_progress; }
    QString progressText() const { return m_progressText; }
    qint64 bytesUp() const { return m_bytesUp; }
    qint64 bytesDown() const { return m_bytesDown; }
    QDateTime lastSync() const { return m_lastSync; }
    int pendingChanges() const { return m_pending; }
    int queuedMedia() const { return m_queuedMedia; }
    QStringList rejectedChanges() const { return m_rejected; }
    qint64 dataUsedThisMonth() const { return m_usedThisMonth; }
    double bytesUpForQml() const { return double(m_bytesUp); }
    double bytesDownForQml() const { return double(m_bytesDown); }
    double dataUsedForQml() const { return double(m_usedThisMonth); }
    bool isConnected() const { return !m_hubUrl.isEmpty(); }
    /// Who is unlocked, as this controller follows them (empty: nobody); personChanged() says when it changes.
    QString profileId() const { return m_profileId; }
    QString hubUrl() const { return m_hubUrl; }
    /// The hub's address as kept: a classroom's with the pin of its key (hubUrl() shows it without); empty when none
    /// is used.
    QString pinnedHubUrl() const { return m_hubPinnedUrl; }
    /// A classroom's address without the pin of its key (ClassroomKey::looksLikeClassroom), kept from before
    /// classrooms were https: never sent to, never offered.
    static bool isStaleClassroom(const QString &hub);
    bool isNetworkAvailable() const { return m_networkAvailable; }
    bool isMetered() const { return m_metered; }
    bool hasNetworkInformation() const { return m_networkInformation; }
    int interval() const { return m_interval; }
    void setInterval(int ms);
    /// The syncs nobody asked for at that moment — on unlock, when the network comes back — start after a random
    /// 0 … this many ms (default 8 s): 500 laptops opened at 8:30, or a school's Wi-Fi coming back, do not all reach
    /// the hub in the same second. Timed syncs come every interval ± 10 %, retries while the hub is busy or out of
    /// reach at 50–100 % of their delay. 0: at once (tests). A person's own "Sync now" never waits.
    int startJitter() const { return m_startJitter; }
    void setStartJitter(int ms) { m_startJitter = std::max(0, ms); }
    /// Milliseconds until the next sync by the timer, -1 when none is due (tests, diagnostics).
    int msUntilNextSync() const { return m_timer.isActive() ? m_timer.remainingTime() : -1; }

    /// Syncs now (or right after the sync in flight). False when nobody is unlocked or not connected.
    Q_INVOKABLE bool syncNow();
    /**
     * Fetches the files @p sha256s now, even though the data policy holds them back (mobile data, the
     * month's cap): the person saw what they cost and chose to ("download anyway", issue 15). Starts a
     * sync; false when it cannot (nobody unlocked, no hub).
     */
    Q_INVOKABLE bool downloadAnyway(const QStringList &sha256s);
    /// Stops the sync in flight (it keeps what it applied), and whatever else runs on the hub thread (a sign-in: HubSignIn
    /// says it was cancelled when its job stops, at once as the transfer is aborted). Lock and quit do it too.
    Q_INVOKABLE void cancel();
    /// Re-reads the counts from the store (pending changes, last sync, data used).
    Q_INVOKABLE void refresh();

    /// "3.2 MB", "640 KB": bytes for the bar, in the person's language.
    Q_INVOKABLE static QString formatBytes(double bytes);

Q_SIGNALS:
    void stateChanged();
    void progressChanged();
    void statusChanged();
    void networkChanged();
    void intervalChanged();
    /// A sync ended (@p complete: its records all went through).
    void syncFinished(bool complete);
    /// Someone else (or nobody) is unlocked now; what ran on the hub thread for the person before was cancelled first.
    /// The one place that tells a change of person: HubSignIn follows it.
    void personChanged();

protected:
    /// Sentences made in C++ follow a change of language (QEvent::LanguageChange on the application).
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onCurrentChanged();
    void onDataChanged();
    void onReachability(bool available);
    void onWorkerProgress(const Continuite::SyncProgress &progress);
    void onSyncDone(const Continuite::SyncReport &report, const QString &failure);
    void setupNetworkInformation();
    void scheduleNext();
    /// An automatic sync: at once without a start jitter, else after a random 0 … startJitter ms (sooner if one is due).
    void syncSoon();
    void setState(State state, const QString &message = {});
    QString currentProfileId() const;
    void resetForNobody();

    QPointer<Session> m_session;
    Continuite::SyncEngine::Options m_options;
    QSet<QString> m_downloadAnyway; ///< files asked for despite the policy, by this person
    QTimer m_timer;       ///< the next sync by the clock (interval, or backoff while offline)
    QTimer m_afterWrite;  ///< a short delay after a local write, so a burst of writes is one sync
    QString m_profileId;  ///< whose sync is in flight or shown
    bool m_again = false; ///< sync once more when the one in flight ends
    int m_offlineRetries = 0;
    bool m_busy = false;  ///< the last sync found the hub busy (429, 503) or too slow for its pushes (408): retry soon
    int m_startJitter = 8000;

    State m_state = NotConnected;
    QString m_message;
    double m_progress = -1;
    QString m_progressText;
    qint64 m_bytesUp = 0;
    qint64 m_bytesDown = 0;
    QDateTime m_lastSync;
    int m_pending = 0;
    int m_queuedMedia = 0;
    QStringList m_rejected;
    qint64 m_usedThisMonth = 0;
    QString m_hubUrl;       ///< the hub's address as shown: a classroom's without its pin
    QString m_hubPinnedUrl; ///< as kept: a classroom's with the pin of its key
    bool m_staleClassroom = false; ///< the kept address is a classroom's without a pin (from before https): not used
    bool m_networkAvailable = true;
    bool m_metered = true;
    bool m_networkInformation = false;
    int m_interval = 15 * 60 * 1000;
    StoreWorker m_worker{QStringLiteral("continuite-sync")}; ///< last: it goes first, while the rest is whole
};
