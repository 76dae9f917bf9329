// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "hubsignin.h"

#include "session.h"
#include "storeworker.h"
#include "synccontroller.h"

#include "content/store.h"
#include "sync/client/hubrequests.h"
#include "sync/client/syncengine.h"

#include <QCoreApplication>
#include <QJSEngine>
#include <QLoggingCategory>
#include <QUrl>

using namespace Qt::StringLiterals;
using Continuite::Store;
using Continuite::SyncEngine;

Q_LOGGING_CATEGORY(lcAppSignIn, "continuite.gui.signin")

namespace {

struct LoginOutcome
{
    QString profileId; ///< the profile signed in (or made), on success
    QString login;
    QString failure;
    int hubStatus = -1; ///< how the hub failed: -1 it did not (the failure is local), 0 not reached, else the HTTP status
};

/// On the hub thread: one SyncEngine on the worker's Store.
LoginOutcome runLogin(StoreWorker::Job &job, const QString &dataDir, const QString &hubUrl, const QString &loginName,
                      const QString &secret, const SyncEngine::Options &options)
{
    Store *store = job.store(dataDir);
    if (!store)
        return {{}, {}, job.storeError()};
    if (job.isCancelled())
        return {{}, {}, HubSignIn::tr("The sign-in was cancelled.")};
    SyncEngine engine(*store, options);
    Continuite::HubFailure hubFailure;
    // A sign-in to an address that accepts and never answers is stopped by "Cancel" and by quitting, as a sync is:
    // the next sign-in does not wait behind it for its stall and retries.
    job.onCancel([&engine] { engine.cancel(); });
    auto profile = engine.login(hubUrl, loginName, secret, &hubFailure);
    job.onCancel({});
    if (profile)
        return {profile->id, profile->login, {}};
    return {{}, {}, profile.error(), hubFailure.isNull() ? -1 : int(hubFailure.status)};
}

} // namespace

HubSignIn::HubSignIn(Session *session, SyncController *sync, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_sync(sync)
{
    Q_ASSERT(sync);
    // SyncController alone tells a change of person, after it has cancelled what ran on its thread for the one before.
    connect(sync, &SyncController::personChanged, this, &HubSignIn::abandon);
}

HubSignIn *HubSignIn::instance()
{
    static QPointer<HubSignIn> signIn;
    if (!signIn)
        signIn = new HubSignIn(Session::instance(), SyncController::instance(), QCoreApplication::instance());
    return signIn;
}

HubSignIn *HubSignIn::create(QQmlEngine *, QJSEngine *)
{
    HubSignIn *signIn = instance();
    QJSEngine::setObjectOwnership(signIn, QJSEngine::CppOwnership);
    return signIn;
}

void HubSignIn::abandon()
{
    ++m_generation;
    if (m_connecting)
        finishConnecting(false, tr("The connection was cancelled."));
    if (m_addingPerson)
        finishAddingPerson(false, tr("The sign-in was cancelled."));
}

void HubSignIn::finishConnecting(bool ok, const QString &message)
{
    m_connecting = false;
    Q_EMIT connectingChanged();
    Q_EMIT connectFinished(ok, message);
}

void HubSignIn::cancel()
{
    if (!m_connecting && !m_addingPerson)
        return;
    abandon();
    // The sign-in runs on the hub thread, one job at a time: stopping it there stops the sync in flight too, as the one
    // "Cancel" did before the sign-in had a class of its own.
    if (m_sync)
        m_sync->cancel();
}

bool HubSignIn::connectToHub(const QString &hubUrl, const QString &secret)
{
    if (m_connecting || !m_sync || m_sync->profileId().isEmpty() || !m_session || !m_session->store())
        return false;
    if (m_sync->isSyncing())
        m_sync->cancel(); // the new hub (or the new sign-in) replaces what runs
    m_connecting = true;
    Q_EMIT connectingChanged();
    const auto profile = m_session->store()->profile(m_sync->profileId());
    const QString login = profile ? profile->login : QString();
    const QString dataDir = m_session->store()->dataDir();
    // The address shown (without the classroom's pin) signs in again with the pin it was kept with.
    const QString shown = m_sync->hubUrl();
    const QString url = hubUrl.trimmed() == shown && !shown.isEmpty() ? m_sync->pinnedHubUrl() : hubUrl.trimmed();
    m_sync->hubWorker().start<LoginOutcome>(
        [dataDir, url, login, secret, options = m_sync->engineOptions()](StoreWorker::Job &job) {
            return runLogin(job, dataDir, url, login, secret, options);
        },
        [self = QPointer<HubSignIn>(this), generation = m_generation](const LoginOutcome &o, bool current) {
            if (!self || generation != self->m_generation || !self->m_connecting)
                return; // abandoned: already said
            if (!current) // SyncController's cancel() stopped it: this sign-in ends, not one asked for since
                self->finishConnecting(false, tr("The connection was cancelled."));
            else
                self->onLoginDone(o.profileId, o.failure);
        });
    return true;
}

QString HubSignIn::normalizedHubUrl(const QString &typed)
{
    QString text = typed.trimmed();
    if (text.isEmpty() || text.contains(u' '))
        return {};
    // A card or a teacher often gives "192.168.1.10:8080": a school hub on the local network speaks http.
    if (!text.contains(u"://"_s))
        text.prepend(u"http://"_s);
    while (text.endsWith(u'/'))
        text.chop(1);
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s) || url.host().isEmpty())
        return {};
    return text;
}

QString HubSignIn::knownHubUrl() const
{
    Store *store = m_session ? m_session->store() : nullptr;
    if (!store)
        return {};
    QString hub;
    QString latest;
    for (const auto &profile : store->profiles()) {
        const auto st = store->sync().state(profile.id);
        if (!st || st->hub.isEmpty() || SyncController::isStaleClassroom(st->hub))
            continue;
        // ISO 8601 UTC sorts as text; a profile that never synced still tells an address.
        if (hub.isEmpty() || st->lastSync > latest) {
            hub = st->hub;
            latest = st->lastSync;
        }
    }
    return hub;
}

QString HubSignIn::addPerson(const QString &hubUrl, const QString &login, const QString &secret)
{
    if (!m_session || !m_session->store() || !m_sync)
        return tr("The data folder could not be opened, so nobody can be added. Check the folder and restart.");
    if (m_addingPerson)
        return tr("Already signing in: wait a moment.");
    if (hubUrl.trimmed().isEmpty())
        return tr("Type the address of the school's server, as your teacher gave it (for example http://192.168.1.10:8080).");
    const QString url = normalizedHubUrl(hubUrl);
    if (url.isEmpty())
        return tr("\"%1\" is not a server address. Type it as your teacher gave it, for example http://192.168.1.10:8080.")
            .arg(hubUrl.trimmed().left(100));
    if (login.trimmed().isEmpty())
        return tr("Type the login code written on your card.");
    if (secret.isEmpty())
        return tr("Type the PIN written on your card (teachers: your password).");
    m_addingPerson = true;
    m_addingSecret = secret;
    m_addingHub = url;
    Q_EMIT addingPersonChanged();
    const QString dataDir = m_session->store()->dataDir();
    const QString loginName = login.trimmed();
    m_sync->hubWorker().start<LoginOutcome>(
        [dataDir, url, loginName, secret, options = m_sync->engineOptions()](StoreWorker::Job &job) {
            return runLogin(job, dataDir, url, loginName, secret, options);
        },
        [self = QPointer<HubSignIn>(this), generation = m_generation](const LoginOutcome &o, bool current) {
            if (!self || generation != self->m_generation || !self->m_addingPerson)
                return; // abandoned: already said
            if (!current) // SyncController's cancel() stopped it: this sign-in ends, not one asked for since
                self->finishAddingPerson(false, tr("The sign-in was cancelled."));
            else
                self->onAddPersonDone(o.login, o.failure, o.hubStatus);
        });
    return {};
}

void HubSignIn::finishAddingPerson(bool ok, const QString &message, int hubStatus)
{
    m_addingPerson = false;
    m_addingSecret.clear();
    Q_EMIT addingPersonChanged();
    Q_EMIT addPersonFinished(ok, message, hubStatus);
}

void HubSignIn::onAddPersonDone(const QString &login, const QString &failure, int hubStatus)
{
    if (!failure.isEmpty()) {
        qCInfo(lcAppSignIn) << "adding a person failed (hub status" << hubStatus << "):" << failure;
        QString message;
        if (hubStatus == 401)
            message = tr("The login code or the PIN is wrong. Check both on your login card and type them again.");
        else if (hubStatus == 429)
            message = tr("Too many tries with this login code. Wait a few minutes, then try again.");
        else if (hubStatus == 0 || hubStatus == 502 || hubStatus == 503 || hubStatus == 504)
            message = tr("The school's server at %1 could not be reached. Check the address, or come back when you have "
                         "network. (%2)").arg(m_addingHub, failure);
        else if (hubStatus > 0)
            message = tr("The server at %1 answered, but not as a Continuité server does. Check the address with your "
                         "teacher. (%2)").arg(m_addingHub, failure);
        else
            message = failure; // something on this device (the store), already said for a person
        finishAddingPerson(false, message, hubStatus);
        return;
    }
    // The profile is made (or was already here): open it with the secret just typed; the first sync follows.
    const QString secret = m_addingSecret;
    m_addingSecret.clear();
    // Not "adding" any more before the unlock: the change of person ends what runs, and this is done.
    m_addingPerson = false;
    m_session->notifyDataChanged(); // the profile cards show the new person
    if (!m_session->unlock(login, secret)) {
        finishAddingPerson(false, tr("You are signed in, and your profile was already on this device with another PIN. "
                                     "Go back, choose your card and type the PIN you use here."));
        return;
    }
    finishAddingPerson(true, tr("Welcome, %1. Your lessons are on their way.").arg(m_session->currentName()));
    if (m_sync && !m_sync->isSyncing())
        m_sync->syncNow();
}

void HubSignIn::onLoginDone(const QString &profileId, const QString &failure)
{
    if (!failure.isEmpty()) {
        finishConnecting(false, failure);
        return;
    }
    Q_ASSERT(m_sync); // the answer came from its thread
    if (profileId != m_sync->profileId()) {
        // The hub knows this person under another id than this device's profile: a new profile was made.
        finishConnecting(false, tr("The hub knows this login as another person: a separate profile was made on this device. "
                                   "Sign in to it from the profile cards."));
        return;
    }
    m_sync->refresh();
    finishConnecting(true, tr("Connected to %1.").arg(m_sync->hubUrl()));
    m_sync->syncNow();
}
