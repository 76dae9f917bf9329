// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;
class Session;
class SyncController;

/**
 * @brief Signs in to a hub: the unlocked profile from the settings or Échanges (connectToHub()), or a person new to
 * this device from their login card (addPerson()); and says which address to offer (knownHubUrl()).
 *
 * The sign-ins run on SyncController's hub thread (SyncController::hubWorker()), never beside a sync: a sync
 * cancelled for a new sign-in finishes the page it was applying before the sign-in keeps its hub, so the old hub's
 * cursor never lands on the new one. What the sign-in finds is the scheduler's business again: it refreshes
 * SyncController and asks for the first sync.
 *
 * Its rules: the address shown (a classroom's without the pin of its key) signs in again with the pin it was kept
 * with, any other address as typed; an address kept from a classroom before classrooms were https is never offered
 * (SyncController::isStaleClassroom); a sign-in in flight ends, said as cancelled, when the person changes, when it
 * is cancelled, and when SyncController cancels what runs on its thread.
 *
 * One instance serves the app (the QML singleton `HubSignIn`, following the app's Session and SyncController); tests
 * make their own beside their SyncController.
 */
class HubSignIn : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    /// True while a sign-in of the unlocked profile runs (connectToHub()).
    Q_PROPERTY(bool connecting READ isConnecting NOTIFY connectingChanged)
    /// True while a person new to this device signs in (addPerson()).
    Q_PROPERTY(bool addingPerson READ isAddingPerson NOTIFY addingPersonChanged)

public:
    /// Signs in on @p sync's hub thread, the person @p sync follows (its personChanged() ends the sign-in in flight);
    /// opens the new person's profile in @p session. Quitting stops a sign-in in flight with @p sync's thread (the
    /// app deletes SyncController first, its earlier child; ~StoreWorker cancels and joins).
    HubSignIn(Session *session, SyncController *sync, QObject *parent = nullptr);

    /// The app-wide sign-in (follows Session::instance() and SyncController::instance()), owned by the application.
    static HubSignIn *instance();
    /// Gives QML the app-wide sign-in (QML_SINGLETON factory).
    static HubSignIn *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    bool isConnecting() const { return m_connecting; }
    bool isAddingPerson() const { return m_addingPerson; }

    /**
     * Signs the unlocked profile in at @p hubUrl with @p secret (their password or the PIN of their card),
     * in the background; connectFinished() tells how it went, then a first sync starts. A sync in flight is
     * cancelled: the new sign-in replaces it.
     */
    Q_INVOKABLE bool connectToHub(const QString &hubUrl, const QString &secret);
    /**
     * Brings a person who is not on this device yet in from their login card: signs in at @p hubUrl
     * ("192.168.1.10:8080" is taken as http://) with @p login and @p secret (the card's PIN, or a
     * teacher's password) in the background, then makes their profile here, unlocks it with that secret,
     * and the first sync starts. Returns an empty string when the sign-in started, else why not (a
     * sentence for the person); addPersonFinished() tells how it went. On failure nothing is made here.
     */
    Q_INVOKABLE QString addPerson(const QString &hubUrl, const QString &login, const QString &secret);
    /// The hub address a profile of this device already uses (the one synced last), or empty.
    Q_INVOKABLE QString knownHubUrl() const;
    /// The address the person typed as a hub URL (http:// added when missing), or empty when it cannot be one.
    Q_INVOKABLE static QString normalizedHubUrl(const QString &typed);
    /// Stops the sign-in in flight, said at once as cancelled (and, as it runs on the hub thread, the sync in flight).
    Q_INVOKABLE void cancel();

Q_SIGNALS:
    void connectingChanged();
    void addingPersonChanged();
    /// A sign-in of the unlocked profile ended; @p message says what happened, for the person.
    void connectFinished(bool ok, const QString &message);
    /// addPerson() ended; @p message says what happened and, on failure, what to do. @p hubStatus: the HTTP
    /// status the hub answered the sign-in with, 0 when it could not be reached, -1 when it did not come to that
    /// (so a page that knows which hub it asked — the classroom — can word it its own way).
    void addPersonFinished(bool ok, const QString &message, int hubStatus);

private:
    /// The sign-ins in flight are no longer waited for; each is said as cancelled.
    void abandon();
    void finishConnecting(bool ok, const QString &message);
    void onLoginDone(const QString &profileId, const QString &failure);
    void onAddPersonDone(const QString &login, const QString &failure, int hubStatus);
    void finishAddingPerson(bool ok, const QString &message, int hubStatus = -1);

    QPointer<Session> m_session;
    QPointer<SyncController> m_sync;
    quint64 m_generation = 0; ///< moves on when the sign-ins in flight are abandoned: their answers are dropped
    bool m_connecting = false;
    bool m_addingPerson = false;
    QString m_addingSecret; ///< the new person's PIN, kept only until their profile is unlocked with it
    QString m_addingHub;
};
