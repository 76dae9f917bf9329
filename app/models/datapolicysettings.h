// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "mediapolicy.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;
class Session;
class SyncController;

/**
 * @brief The unlocked profile's data policy, as the settings page shows and saves it: when files may use the network,
 * the monthly cap, the speed cap; and whether it holds files back right now.
 *
 * The policy is kept with the profile's sign-in (Store::sync(), DataPolicy); the engine reads it at each sync, so
 * nothing here talks to SyncController but to learn whether the network is metered (its QNetworkInformation).
 * One instance serves the app (the QML singleton `DataPolicySettings`, following the app's Session and
 * SyncController); tests make their own.
 */
class DataPolicySettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    /// When files may use the network (QML: MediaPolicy.Never, …; app/models/mediapolicy.h).
    // Named as the enum's meta-object knows it (not the alias): qmllint finds it in the QML module then.
    Q_PROPERTY(Continuite::MediaPolicies::MediaPolicy mediaPolicy READ mediaPolicy NOTIFY changed)
    Q_PROPERTY(int monthlyCapMB READ monthlyCapMB NOTIFY changed)
    /// The bandwidth cap of this profile's syncs, in kilobytes (1024 bytes) a second; 0 is no cap.
    Q_PROPERTY(int rateCapKBps READ rateCapKBps NOTIFY changed)
    /// Whether the data policy holds files back right now: never, or only on unmetered networks while on a metered
    /// one (the pages say why a file waits). The one place that judges it.
    Q_PROPERTY(bool holdsFilesBack READ holdsFilesBack NOTIFY changed)

public:
    /// Follows @p session (whoever unlocks it) and @p sync's view of the network (metered or not; none: metered).
    explicit DataPolicySettings(Session *session, SyncController *sync, QObject *parent = nullptr);
    ~DataPolicySettings() override;

    /// The app-wide settings (follow Session::instance() and SyncController::instance()), owned by the application.
    static DataPolicySettings *instance();
    /// Gives QML the app-wide settings (QML_SINGLETON factory).
    static DataPolicySettings *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    Continuite::MediaPolicy mediaPolicy() const { return m_mediaPolicy; }
    int monthlyCapMB() const { return m_monthlyCapMB; }
    int rateCapKBps() const { return m_rateCapKBps; }
    bool holdsFilesBack() const;
    /// The rule: @p policy holds files back on a network that is @p metered (or cannot be told).
    static bool holdsFilesBack(Continuite::MediaPolicy policy, bool metered);

    /**
     * Keeps the data policy of the unlocked profile (needs a hub): when files may use the network, the
     * monthly cap in MB and the bandwidth cap in kB/s (0: none; left as it is when @p rateCapKBps is
     * negative). The engine applies it from the next sync. An empty string when saved, else why not.
     */
    Q_INVOKABLE QString save(Continuite::MediaPolicy policy, int monthlyCapMB, int rateCapKBps = -1);
    /// Re-reads the policy from the store.
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void changed();

private:
    QString currentProfileId() const;
    bool isMetered() const;

    QPointer<Session> m_session;
    QPointer<SyncController> m_sync;
    Continuite::MediaPolicy m_mediaPolicy = Continuite::MediaPolicy::Always;
    int m_monthlyCapMB = 0;
    int m_rateCapKBps = 0;
};
