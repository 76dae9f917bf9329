// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "sync/client/syncengine.h"

#include "content/store.h"
#include "sync/bundle/relaykeys.h"
#include "sync/classroom/classroomkey.h"
#include "sync/client/hubrequests.h"
#include "sync/client/synclog.h"
#include "sync/signing.h"

#include <QDateTime>

#include <algorithm>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QMutex>
#include <QSet>
#include <QSysInfo>

#include <tuple>

namespace Continuite {

using namespace Qt::StringLiterals;

namespace {

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString thisMonth()
{
    return QDateTime::currentDateTimeUtc().toString(u"yyyy-MM"_s);
}

/// Profiles syncing in this process (the lock file guards against other processes).
QMutex g_runningMutex;
QSet<QString> g_running;
/// How many times each profile's push batch is halved (a 408 too_slow each), and the pushes gone through since at that
/// size, kept from one sync to the next in this process (the app makes an engine per sync); under g_runningMutex.
QHash<QString, QPair<int, int>> g_pushShrink;
/// Halvings at most: 256 KiB of changes down to 256 bytes (one change always goes).
constexpr int MaxPushShrink = 10;
/// A page a sync had begun to bring when it stopped short (the link stayed down past the transport's attempts): its
/// request and the packed bytes that came, kept in this process for the profile's next sync, which asks the same request
/// and gets only the rest (PROTOCOL.md, "A page cut on its way"). A 2G link that drops for longer than the retries last
/// made every such sync start its page again (bench/README.md, "Session 18"). Under g_runningMutex.
struct HeldPage
{
    QString cursor;
    qint64 budget = 0;
    bool columns = false;
    QByteArray bytes, tag;
};
QHash<QString, HeldPage> g_heldPages;
/// Profiles whose last sync stopped short on the link (no answer: the link down past the attempts), until one completes.
/// Their pages are the hub's default (256 KiB of JSON, ≈50 KB on the wire), not the largest: the hub builds and packs a page
/// before its first byte goes, and again for each resume, so on a link up a few seconds at a time a 2 MiB page (≈10 s of a
/// loaded hub's CPU at level 19) never arrived, where pages of the default size each arrived and were applied
/// (bench/README.md, "Session 18"). A held page begun larger is asked again at that size. Under g_runningMutex.
QSet<QString> g_linkDropped;

QList<Attachment> attachmentsOf(const QJsonObject &fields)
{
    return Attachment::listFromJson(fields.value(u"attachments"_s).toArray());
}

} // namespace

QJsonObject SyncReport::toJson() const
{
    QJsonArray errorList;
    for (const QString &e : errors)
        errorList.append(e);
    return QJsonObject{{u"changes_sent"_s, changesSent},
                       {u"changes_rejected"_s, changesRejected},
                       {u"changes_deferred"_s, changesDeferred},
                       {u"changes_received"_s, changesReceived},
                       {u"records_applied"_s, recordsApplied},
                       {u"round_trips"_s, requests},
                       {u"sync_requests"_s, syncRoundTrips},
                       {u"retries"_s, retries},
                       {u"bytes_up"_s, double(bytesUp)},
                       {u"bytes_down"_s, double(bytesDown)},
                       {u"media_fetched"_s, mediaFetched},
                       {u"media_sent"_s, mediaSent},
                       {u"media_pending"_s, mediaPending},
                       {u"milliseconds"_s, double(milliseconds)},
                       {u"complete"_s, recordsComplete && errors.isEmpty()},
                       {u"cursor"_s, cursor},
                       {u"errors"_s, errorList}};
}

QString SyncReport::toText() const
{
    QString text = QCoreApplication::translate("SyncReport",
                                               "Sent %1 change(s), received %2; %3 bytes up, %4 bytes down in %5 request(s); "
                                               "media: %6 fetched, %7 sent, %8 waiting; %9 ms.")
                       .arg(changesSent)
                       .arg(changesReceived)
                       .arg(bytesUp)
                       .arg(bytesDown)
                       .arg(requests)
                       .arg(mediaFetched)
                       .arg(mediaSent)
                       .arg(mediaPending)
                       .arg(milliseconds);
    if (changesRejected > 0)
        text += u'\n' + QCoreApplication::translate("SyncReport", "%1 change(s) refused by the hub: see status.").arg(changesRejected);
    for (const QString &e : errors)
        text += u'\n' + e;
    return text;
}

struct SyncEngine::Run
{
    Profile profile;
    SyncState state;
    SyncReport report;
    std::unique_ptr<HttpTransport> transport;
    bool authFailed = false;
    /// Changes the hub could not judge for good this time ("internal", or a cause that may pass): they stay
    /// pending and go again at the next sync, not in this one (a batch of them must not loop).
    QSet<QString> deferred;
    SyncProgress progress;
    std::function<void(const SyncProgress &)> notify; ///< empty when nobody listens
    int pushShrink = 0;    ///< the push batch is halved this many times (a 408 each)
    int pushSuccesses = 0; ///< pushes gone through in a row at this size
};

SyncEngine::SyncEngine(Store &store, Options options)
    : m_store(store)
    , m_options(std::move(options))
{
}

class SyncEngine::TransportInUse
{
public:
    TransportInUse(SyncEngine &engine, HttpTransport &transport)
        : m_engine(engine)
    {
        QMutexLocker lock(&m_engine.m_transportMutex);
        m_engine.m_transport = &transport;
        if (m_engine.m_cancelled) // a cancel that came before the transport existed
            transport.cancel();
    }
    ~TransportInUse()
    {
        QMutexLocker lock(&m_engine.m_transportMutex);
        m_engine.m_transport = nullptr;
    }
    Q_DISABLE_COPY_MOVE(TransportInUse)

private:
    SyncEngine &m_engine;
};

void SyncEngine::cancel()
{
    QMutexLocker lock(&m_transportMutex);
    m_cancelled = true;
    if (m_transport)
        m_transport->cancel();
}

QJsonObject SyncEngine::statusJson(Store &store, const QString &profileId)
{
    const auto st = store.sync().state(profileId);
    return QJsonObject{{u"pending_changes"_s, store.changes().count(u"pending"_s, profileId)},
                       {u"rejected_changes"_s, store.changes().count(u"rejected"_s, profileId)},
                       {u"queued_media"_s, store.sync().queuedFileCount(profileId)},
                       {u"last_sync"_s, st && !st->lastSync.isEmpty() ? QJsonValue(st->lastSync) : QJsonValue(QJsonValue::Null)},
                       {u"hub"_s, st ? QJsonValue(st->hub) : QJsonValue(QJsonValue::Null)},
                       {u"cursor"_s, st ? QJsonValue(st->cursor) : QJsonValue(QJsonValue::Null)},
                       {u"last_error"_s, st && !st->lastError.isEmpty() ? QJsonValue(st->lastError) : QJsonValue(QJsonValue::Null)},
                       {u"media_policy"_s, st ? mediaPolicyName(st->policy.media) : u"always"_s},
                       {u"monthly_cap_mb"_s, st ? double(st->policy.monthlyCapMB) : 0.0}};
}

Result<Profile> SyncEngine::login(const QString &hubUrl, const QString &loginName, const QString &password,
                                  HubFailure *hubFailure)
{
    using R = Result<Profile>;
    const QUrl url(hubUrl);
    if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s) || url.host().isEmpty())
        return R::failure(tr("\"%1\" is not a hub address: give one like https://hub.example.org or http://192.168.1.10:8080.")
                              .arg(hubUrl.left(200)));
    QString target = hubUrl.trimmed();
    if (url.fragment().startsWith(u"key="_s)) {
        // A classroom hub's join URL (ClassroomHub::joinUrl): its key is checked against the code typed before
        // anything is sent; the sign-in and every later request then pin it.
        auto pinned = checkClassroomKey(target.section(u'#', 0, 0), url.fragment().mid(4), hubFailure);
        if (!pinned)
            return R::failure(pinned.error());
        target = target.section(u'#', 0, 0) + u'#' + QString::fromLatin1(*pinned);
    }
    HttpTransport transport(target, m_options.transport);
    const TransportInUse published(*this, transport); // cancel() reaches the sign-in too
    LoginRequest request;
    request.login = loginName.trimmed();
    request.password = password;
    request.deviceId = m_store.deviceId();
    request.deviceName = m_options.deviceName.isEmpty() ? QSysInfo::machineHostName() : m_options.deviceName;
    // The hub keeps the device's public key, so changes this device signs are accepted when a teacher relays them.
    const QByteArray publicKey = m_store.changes().devicePublicKey();
    request.deviceKey = QString::fromLatin1(publicKey.toBase64());
    // And proves it holds that key, for this device id (the hub gives a key to one device only).
    request.deviceProof = m_store.changes().signWithThisDevice(Signing::deviceMessage(request.deviceId, publicKey));
    // The token it last had for this login on this hub (even revoked): the hub's "device cookie".
    if (const auto known = m_store.profile(loginName.trimmed().toLower())) {
        if (const auto st = m_store.sync().state(known->id); st && st->hub == transport.baseUrl())
            request.previousToken = st->token;
    }
    if (!request.run(transport)) {
        if (hubFailure)
            *hubFailure = request.failure;
        return R::failure(request.failure.message);
    }
    const auto &a = request.answer;
    const Role role = a.role == u"teacher"_s ? Role::Teacher : Role::Student;

    std::optional<Profile> profile = m_store.profile(a.personId);
    if (!profile) {
        const QString localLogin = a.personLogin.isEmpty() ? loginName.trimmed().toLower() : a.personLogin;
        if (auto other = m_store.profile(localLogin); other && other->id != a.personId)
            return R::failure(tr("This device already has a profile \"%1\" that is not the hub's %1. Rename or remove it, "
                                 "then sign in again.").arg(localLogin));
        auto added = m_store.addProfile(localLogin, a.displayName.isEmpty() ? localLogin : a.displayName, role,
                                        password, a.personId);
        if (!added)
            return R::failure(added.error());
        profile = *added;
    }
    Status saved = m_store.sync().saveSignIn(a.personId, transport.baseUrl(), a.token);
    if (!saved)
        return R::failure(saved.error());
    return *profile;
}

Result<QByteArray> SyncEngine::checkClassroomKey(const QString &base, const QString &typedKeyCode, HubFailure *hubFailure)
{
    using R = Result<QByteArray>;
    const auto fail = [&](long status, const QString &code, const QString &message, bool transient = false) {
        if (hubFailure) {
            *hubFailure = HubFailure{};
            hubFailure->status = status;
            hubFailure->code = code;
            hubFailure->message = message;
            hubFailure->transient = transient;
        }
        return R::failure(message);
    };
    const QUrl url(base);
    const QString joinCode = ClassroomKey::cleaned(url.path());
    if (url.scheme() != u"https"_s || joinCode.size() != ClassroomKey::JoinSymbols
        || ClassroomKey::cleaned(typedKeyCode).size() != ClassroomKey::KeySymbols)
        return fail(HubFailure::WrongClassroomKey, u"classroom_key"_s,
                    tr("This is not a classroom address this app can check (it needs https and the whole code on the "
                       "teacher's screen). Type the address and the code as your teacher's screen shows them."));
    QString error;
    const QByteArray key = HttpTransport::peerKeySha256(base, m_options.transport, &error);
    if (key.isEmpty())
        return fail(0, u"network"_s, error, true);
    if (ClassroomKey::keyCode(joinCode, key) != ClassroomKey::cleaned(typedKeyCode)) {
        qCWarning(lcSync) << "the classroom at" << url.host() << url.port() << "showed a key that does not match the code typed";
        return fail(HubFailure::WrongClassroomKey, u"classroom_key"_s,
                    tr("This is not your class's computer: what answers at this address does not match the code on your "
                       "teacher's screen, so nothing was sent to it. Check the address and the code and type them again; "
                       "if they are right, tell your teacher."));
    }
    return ClassroomKey::pinOf(key);
}

Result<SyncReport> SyncEngine::sync(const Profile &profile)
{
    using R = Result<SyncReport>;
    QElapsedTimer timer;
    timer.start();

    {
        QMutexLocker guard(&g_runningMutex);
        if (g_running.contains(m_store.dataDir() + profile.id))
            return R::failure(tr("A sync of %1 is already running.").arg(profile.login));
        g_running.insert(m_store.dataDir() + profile.id);
    }
    auto release = qScopeGuard([&] {
        QMutexLocker guard(&g_runningMutex);
        g_running.remove(m_store.dataDir() + profile.id);
    });
    QLockFile lock(QDir(m_store.dataDir()).filePath(u"sync-%1.lock"_s.arg(profile.id)));
    lock.setStaleLockTime(0); // only a dead owner makes it stale, however long a sync on 2G takes
    if (!lock.tryLock(0))
        return R::failure(tr("A sync of %1 is already running on this device.").arg(profile.login));

    Run run;
    run.profile = profile;
    const auto st = m_store.sync().state(profile.id);
    if (!st)
        return R::failure(tr("%1 has not signed in to a hub on this device: run login first.").arg(profile.login));
    run.state = *st;
    HttpTransport::Options transportOptions = m_options.transport;
    if (m_options.progress) {
        run.notify = m_options.progress;
        run.progress.changesToSend = m_store.changes().count(u"pending"_s, profile.id);
        transportOptions.progress = [&run](qint64 up, qint64 down) {
            run.progress.bytesUp = up;
            run.progress.bytesDown = down;
            run.notify(run.progress);
        };
    }
    if (run.state.policy.rateCapBytesPerSecond > 0)
        transportOptions.rateCapBytesPerSecond = run.state.policy.rateCapBytesPerSecond;
    const QString key = m_store.dataDir() + profile.id;
    {
        QMutexLocker guard(&g_runningMutex);
        std::tie(run.pushShrink, run.pushSuccesses) = g_pushShrink.value(key);
    }
    run.transport = std::make_unique<HttpTransport>(run.state.hub, transportOptions);
    run.transport->setToken(run.state.token);
    const TransportInUse published(*this, *run.transport); // declared after run: unpublished before it goes

    run.report.recordsComplete = syncRecords(run);
    if (run.report.changesDeferred > 0)
        run.report.errors << tr("%n change(s) could not be stored by the hub this time; they will be sent again at the next sync.",
                                nullptr, run.report.changesDeferred);
    if (!run.authFailed && m_options.media)
        syncMedia(run);
    run.report.mediaPending = m_store.sync().queuedFileCount(profile.id);

    {
        QMutexLocker guard(&g_runningMutex);
        if (run.pushShrink > 0)
            g_pushShrink.insert(key, {run.pushShrink, run.pushSuccesses});
        else
            g_pushShrink.remove(key);
    }
    run.report.pushBudget = int(std::max<qint64>(1, m_options.pushBudget >> run.pushShrink));
    run.report.bytesUp = run.transport->bytesUp();
    run.report.bytesDown = run.transport->bytesDown();
    run.report.requests = run.transport->requests();
    run.report.retries = run.transport->retries();
    run.report.milliseconds = timer.elapsed();

    const QString month = thisMonth();
    const qint64 used = (run.state.usageMonth == month ? run.state.usageBytes : 0) + run.report.bytesUp + run.report.bytesDown;
    Status saved = m_store.sync().recordAttempt(profile.id, nowIso(), run.report.errors.isEmpty() ? QString() : run.report.errors.last(),
                                                month, used, run.report.recordsComplete);
    if (!saved)
        run.report.errors << saved.error();
    qCInfo(lcSync).noquote() << profile.login << run.report.toText();
    return run.report;
}

bool SyncEngine::syncRecords(Run &run)
{
    ChangeLog &log = m_store.changes();
    QString cursor = run.state.cursor;
    // Before the first page the compression ratio is unknown: text-heavy pages shrink about 5 times, so the hub's default
    // page (256 KiB of JSON, ≈ 45–50 KB on the wire) is about the target — and a request that asks it names no budget (16
    // bytes of every empty sync).
    constexpr qint64 MinPageBudget = 16 * 1024;
    constexpr double FirstGuessRatio = 5.0;
    const qint64 firstGuess = qint64(double(m_options.pageWireTarget) * FirstGuessRatio);
    qint64 budget = m_options.pageWireTarget > 0
        ? std::clamp(std::abs(firstGuess - SyncRoundTrip::HubDefaultBudget) <= firstGuess / 8 ? SyncRoundTrip::HubDefaultBudget : firstGuess,
                     MinPageBudget, m_options.pageBudget)
        : m_options.pageBudget;
    int tooSlowInARow = 0; // 408s on this push: the batch halves each time, then the attempts are counted
    bool markRefused = false; // the hub refused the board's mark once: asked again from "" (once only)
    // Many changes may come: a device's first page, and every page after one that said "more". Those ask for their ids and
    // clocks in columns (and, a hub that knows them resuming cut pages, for its largest page); an everyday sync does not
    // (12 bytes of every empty sync for nothing).
    bool manyMayCome = cursor.isEmpty();
    const QString heldKey = m_store.dataDir() + run.profile.id;
    bool linkDropped = false;
    {
        QMutexLocker guard(&g_runningMutex);
        linkDropped = g_linkDropped.contains(heldKey);
    }
    if (linkDropped)
        budget = std::min(budget, SyncRoundTrip::HubDefaultBudget);
    for (int round = 0; round < m_options.maxRoundTrips; ++round) {
        // A push the hub cut for its pace goes again with half as many changes and bytes (at least one change).
        const int batchLimit = std::max(1, m_options.pushBatch >> run.pushShrink);
        const qint64 budgetLimit = std::max<qint64>(1, m_options.pushBudget >> run.pushShrink);
        // Changes the hub asked to hold back (a "quota" refusal's Retry-After) wait until then; a hold longer than
        // the longest wait a hub may ask for was set by a clock that was ahead, and is over.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<OutboxEntry> pending = log.outbox(run.profile.id, u"pending"_s, m_options.pushBatch + int(run.deferred.size()),
                                                nowIso(), now.addSecs(SyncRoundTrip::MaxRetryAfterSeconds).toString(Qt::ISODateWithMs));
        pending.removeIf([&run](const OutboxEntry &e) { return run.deferred.contains(e.change.id); });
        SyncRoundTrip trip;
        trip.cursor = cursor;
        trip.budget = budget;
        trip.columns = manyMayCome && m_options.pageColumns;
        trip.bzip2 = m_options.pageBzip2;
        // Asked with columns and no budget, a page is the largest the hub serves (a hub that knows columns resumes a cut
        // page); a hub that does not know them serves its default page, as to a request that names none.
        if (trip.columns && m_options.resumablePageBudget > 0 && budget <= SyncRoundTrip::HubDefaultBudget && !linkDropped)
            trip.budget = 0;
        // The continuity board: a teacher's device asks when her students last reached the hub (what changed only),
        // once a sync: the hub's mark stays 10 s behind its clock (a stamp may commit late), so the pages after the
        // first would each bring the last 10 s of contacts again (≈1 KB a page for a class; found by bench/anchor).
        if (run.profile.role == Role::Teacher && round == 0)
            trip.lastSeenAfter = run.state.lastSeenUntil;
        trip.hubProtocol = run.state.hubProtocol;
        // A bounded push: on a link that drops, a cut costs at most this batch, never the whole outbox.
        QList<OutboxEntry> batch;
        qint64 batchBytes = 0;
        for (const OutboxEntry &e : pending) {
            const QJsonObject json = e.change.toJson();
            const qint64 size = QJsonDocument(json).toJson(QJsonDocument::Compact).size();
            if (!batch.isEmpty() && (batchBytes + size > budgetLimit || batch.size() >= batchLimit))
                break;
            batchBytes += size;
            trip.changes.append(json);
            batch.append(e);
        }
        // Work relayed for a student device the hub may not know: vouch for its key (RelayKeys).
        QList<Change> batchChanges;
        for (const OutboxEntry &e : std::as_const(batch))
            batchChanges << e.change;
        trip.deviceKeys = RelayKeys::vouchesFor(m_store, run.profile.id, batchChanges);
        // The rest of a page the last sync had begun to bring, when this is the same request (nothing to push with it) and
        // the page is not larger than a link that drops asks.
        if (trip.changes.isEmpty() && trip.deviceKeys.isEmpty()) {
            QMutexLocker guard(&g_runningMutex);
            if (const auto held = g_heldPages.constFind(heldKey); held != g_heldPages.cend() && held->cursor == trip.cursor
                && (!linkDropped || (held->budget > 0 && held->budget <= SyncRoundTrip::HubDefaultBudget))) {
                trip.budget = held->budget;
                trip.columns = held->columns;
                trip.resumeBytes = held->bytes;
                trip.resumeTag = held->tag;
            }
        }
        ++run.report.syncRoundTrips;
        trip.handBackTooSlow = true;
        const bool done = trip.run(*run.transport);
        {
            QMutexLocker guard(&g_runningMutex);
            if (!done && !trip.resumeTag.isEmpty() && trip.changes.isEmpty() && trip.deviceKeys.isEmpty())
                g_heldPages.insert(heldKey, {trip.cursor, trip.budget, trip.columns, trip.resumeBytes, trip.resumeTag});
            else
                g_heldPages.remove(heldKey);
        }
        if (!done && trip.failure.status == 400 && trip.lastSeenAfter && !trip.lastSeenAfter->isEmpty() && !markRefused
            && (trip.failure.field == u"seen"_s || trip.failure.field == u"last_seen_after"_s)) {
            // The hub does not read the board's mark this device kept (a hub put back to an older version, a mark made
            // by another): the board asks for everything instead, and the sync goes on (review-p4, F1).
            qCWarning(lcSync).noquote() << "the hub refused the board's mark" << *trip.lastSeenAfter << "- asking again from the start";
            markRefused = true;
            run.state.lastSeenUntil.clear();
            if (Status u = m_store.sync().setLastSeenUntil(run.profile.id, u""_s); !u)
                run.report.errors << u.error();
            --round;
            continue;
        }
        if (!done) {
            if (trip.failure.status == 408 && !run.transport->isCancelled()) {
                // The link could not carry this push at the hub's minimum rate (2G, or an uplink shared by a class): it
                // goes again smaller once the hub's Retry-After has passed (with jitter, so a class does not come back at
                // once), and so do the next ones. The batch halves down to one change; then the attempts are counted.
                ++run.report.tooSlow;
                run.pushSuccesses = 0;
                // Half of what was cut (the outbox may have held less than a whole batch): at most half its bytes.
                const bool smaller = batch.size() > 1 && run.pushShrink < MaxPushShrink;
                if (smaller) {
                    do
                        ++run.pushShrink;
                    while (run.pushShrink < MaxPushShrink && (m_options.pushBudget >> run.pushShrink) > batchBytes / 2);
                }
                ++tooSlowInARow;
                qCInfo(lcSync).noquote() << "the hub cut a push of" << batch.size() << "change(s)," << batchBytes
                                         << "bytes, for its pace (408): sending"
                                         << (smaller ? "half as much" : "it again") << "after its Retry-After";
                if ((smaller || tooSlowInARow < run.transport->options().maxAttempts)
                    && run.transport->backoff(tooSlowInARow, trip.failure.retryAfterSeconds)) {
                    --round;
                    continue;
                }
            }
            run.report.hubBusy = trip.failure.hubBusy();
            run.report.errors << trip.failure.message;
            run.authFailed = trip.failure.needsSignIn();
            run.report.signInNeeded = run.authFailed;
            run.report.hubUnreachable = trip.failure.status == 0 && !run.transport->isCancelled();
            if (run.report.hubUnreachable) {
                QMutexLocker guard(&g_runningMutex);
                g_linkDropped.insert(heldKey);
            }
            return false;
        }
        QElapsedTimer applying;
        applying.start();
        Status applied = applyRoundTrip(run, trip, batch);
        run.report.applyMilliseconds += applying.elapsed();
        if (!applied) {
            run.report.errors << applied.error();
            return false;
        }
        cursor = trip.nextCursor;
        run.report.cursor = cursor;
        manyMayCome = trip.more;
        tooSlowInARow = 0;
        // Pushes that go through bring the batch back to its size, a step (a doubling) at a time.
        if (!batch.isEmpty() && run.pushShrink > 0 && ++run.pushSuccesses >= std::max(1, m_options.pushRecoverAfter)) {
            --run.pushShrink;
            run.pushSuccesses = 0;
        }
        // A hub that resumes a cut page: a cut no longer costs the page, so pages may be large (fewer round trips, better
        // compression). Else a full page tells the ratio the next one will likely have; a short last page says little.
        if (trip.resumable && m_options.resumablePageBudget > 0 && !linkDropped)
            budget = std::max(budget, m_options.resumablePageBudget);
        else if (m_options.pageWireTarget > 0 && trip.answerWireBytes > 0 && trip.answerJsonBytes * 2 >= budget)
            budget = std::clamp(qint64(double(m_options.pageWireTarget) * double(trip.answerJsonBytes) / double(trip.answerWireBytes)),
                                MinPageBudget, m_options.pageBudget);
        if (run.notify) {
            run.progress.changesSent += int(batch.size());
            run.progress.changesReceived = run.report.changesReceived;
            run.notify(run.progress);
        }
        if (!trip.more && batch.size() == pending.size() && pending.size() < m_options.pushBatch) {
            QMutexLocker guard(&g_runningMutex);
            g_linkDropped.remove(heldKey); // a sync that completes: large pages again
            return true;
        }
    }
    return false;
}

Status SyncEngine::applyRoundTrip(Run &run, const SyncRoundTrip &trip, const QList<OutboxEntry> &pushed)
{
    SyncStore &book = m_store.sync();
    ChangeLog &log = m_store.changes();
    const MediaStore &media = m_store.media();
    const QString now = nowIso();
    int sent = 0, rejected = 0, received = 0, appliedCount = 0;
    QHash<QString, const OutboxEntry *> pushedById;
    for (const OutboxEntry &e : pushed)
        pushedById.insert(e.change.id, &e);

    // Verdicts, the page and the new cursor: one transaction. Killed before it commits, the next sync
    // sends the same changes again (the hub answers "duplicate") and asks for the same page.
    QStringList deferredNow;
    Status s = m_store.atomically([&]() -> Status {
        sent = rejected = received = appliedCount = 0;
        deferredNow.clear();
        QStringList accepted;
        for (const SyncRoundTrip::Verdict &v : trip.verdicts) {
            const OutboxEntry *entry = pushedById.value(v.id);
            if (!entry)
                continue;
            if (v.status == u"applied"_s || v.status == u"duplicate"_s) {
                accepted << v.id;
                // The hub's reception time of our own work: it never comes back in a pull (we sent it), and a
                // deadline is judged on it, not on this device's clock.
                if (entry->change.kind == u"submission"_s && !v.received.isEmpty())
                    if (Status r = book.recordReceived(entry->change.row, v.received); !r)
                        return r;
            } else if (v.retry) {
                // Not final (the hub did not remember it): kept pending with the reason, sent again next sync.
                deferredNow << v.id;
                const QString notBefore = v.retryAfterSeconds > 0
                    ? QDateTime::currentDateTimeUtc().addSecs(v.retryAfterSeconds).toString(Qt::ISODateWithMs)
                    : QString();
                if (Status r = log.markDeferred(v.id, v.reason, notBefore); !r)
                    return r;
            } else {
                ++rejected;
                if (Status r = log.markRejected(v.id, v.reason.isEmpty() ? v.status : v.reason); !r)
                    return r;
            }
        }
        if (Status m = log.markSent(accepted); !m)
            return m;
        sent = int(accepted.size());
        const QSet<QString> acceptedSet(accepted.cbegin(), accepted.cend());
        // Files our accepted changes refer to go up after the records.
        if (!accepted.isEmpty()) {
            for (const OutboxEntry &e : pushed) {
                if (!acceptedSet.contains(e.change.id))
                    continue;
                for (const Attachment &a : attachmentsOf(e.change.fields)) {
                    if (!media.contains(a.sha256))
                        continue;
                    if (Status q = book.queueFile(run.profile.id, a, QueuedFile::Up, now); !q)
                        return q;
                }
            }
        }
        QList<Change> page;
        QList<QString> receivedTimes;
        QHash<QString, QString> clampedFrom; // change id → the HLC its device wrote, for the changes the hub clamped
        page.reserve(trip.received.size());
        for (const QJsonObject &item : trip.received) {
            QString error;
            auto change = Change::fromJson(item, &error);
            if (!change) {
                qCWarning(lcSync) << "skipping a change the hub sent that does not parse:" << error;
                continue;
            }
            if (item.value(u"clamped"_s).toBool() && item.value(u"device_hlc"_s).isString())
                clampedFrom.insert(change->id, item.value(u"device_hlc"_s).toString());
            page.append(std::move(*change));
            receivedTimes.append(item.value(u"received"_s).toString());
        }
        received = int(page.size());
        auto verdicts = log.applyAll(page, ChangeLog::DefaultMaxAheadMs, clampedFrom);
        if (!verdicts)
            return Status::failure(verdicts.error());
        for (qsizetype i = 0; i < page.size(); ++i) {
            const Change &change = page.at(i);
            if (verdicts->at(i) == ApplyVerdict::Applied)
                ++appliedCount;
            // The hub's received time: the evidence a deadline is judged on, whatever the device clock said.
            if (change.kind == u"submission"_s && !receivedTimes.at(i).isEmpty())
                if (Status r = book.recordReceived(change.row, receivedTimes.at(i)); !r)
                    return r;
            if (change.isDelete() || !change.fields.contains(u"attachments"_s))
                continue;
            for (const Attachment &a : attachmentsOf(change.fields)) {
                if (!isSha256(a.sha256) || media.contains(a.sha256))
                    continue;
                if (Status q = book.queueFile(run.profile.id, a, QueuedFile::Down, now); !q)
                    return q;
            }
        }
        if (Status c = book.setCursor(run.profile.id, trip.nextCursor); !c)
            return c;
        if (trip.answerProtocol > 0 && trip.answerProtocol != run.state.hubProtocol)
            if (Status p = book.setHubProtocol(run.profile.id, trip.answerProtocol); !p)
                return p;
        // Back to a hub of protocol 3: the mark it gave in the short form is none it reads (review-p4, F1); the board
        // asks for everything once ("").
        if (trip.answerProtocol > 0 && trip.answerProtocol < 4 && run.state.hubProtocol >= 4 && trip.lastSeenUntil.isEmpty())
            if (Status u = book.setLastSeenUntil(run.profile.id, u""_s); !u)
                return u;
        if (!trip.lastSeen.isEmpty()) {
            QHash<QString, QDateTime> contacts;
            for (auto it = trip.lastSeen.cbegin(); it != trip.lastSeen.cend(); ++it)
                contacts.insert(it.key(), QDateTime::fromString(it.value(), Qt::ISODateWithMs));
            if (Status c = m_store.recordContacts(contacts, u"hub"_s); !c)
                return c;
        }
        if (!trip.lastSeenUntil.isEmpty())
            if (Status u = book.setLastSeenUntil(run.profile.id, trip.lastSeenUntil); !u)
                return u;
        return success();
    });
    if (s) {
        run.report.contactsReceived += int(trip.lastSeen.size());
        if (!trip.lastSeenUntil.isEmpty())
            run.state.lastSeenUntil = trip.lastSeenUntil;
        if (trip.answerProtocol > 0 && trip.answerProtocol < 4 && run.state.hubProtocol >= 4 && trip.lastSeenUntil.isEmpty())
            run.state.lastSeenUntil.clear();
        if (trip.answerProtocol > 0)
            run.state.hubProtocol = trip.answerProtocol;
        run.report.changesSent += sent;
        run.report.changesRejected += rejected;
        run.report.changesDeferred += int(deferredNow.size());
        for (const QString &id : std::as_const(deferredNow))
            run.deferred.insert(id);
        run.report.changesReceived += received;
        run.report.recordsApplied += appliedCount;
    }
    return s;
}

void SyncEngine::syncMedia(Run &run)
{
    const DataPolicy &policy = run.state.policy;
    const bool policyAllows = !(policy.media == MediaPolicy::Never || (policy.media == MediaPolicy::UnmeteredOnly && m_options.metered));
    if (!policyAllows && m_options.mediaAnyway.isEmpty())
        return;
    // Small files first, large ones last; at equal size, what we send before what we fetch.
    QList<QueuedFile> items = m_store.sync().queuedFiles(run.profile.id);
    if (!policyAllows) // only what the person asked for anyway
        items.removeIf([this](const QueuedFile &item) { return !m_options.mediaAnyway.contains(item.sha256); });

    const QString month = thisMonth();
    const qint64 usedBefore = run.state.usageMonth == month ? run.state.usageBytes : 0;
    run.progress.phase = SyncProgress::Phase::Media;
    run.progress.filesTotal = int(items.size());
    if (run.notify && !items.isEmpty())
        run.notify(run.progress);
    for (const QueuedFile &item : std::as_const(items)) {
        if (run.transport->isCancelled())
            return;
        if (policy.monthlyCapMB > 0 && !m_options.mediaAnyway.contains(item.sha256)) {
            const qint64 used = usedBefore + run.transport->bytesUp() + run.transport->bytesDown();
            if (used + item.size > policy.monthlyCapMB * 1024 * 1024) {
                const QString capped = tr("Files wait for next month: this month's data cap (%1 MB) would be passed.")
                                           .arg(policy.monthlyCapMB);
                if (!run.report.errors.contains(capped))
                    run.report.errors << capped;
                continue; // larger files follow (smallest first); only one asked for anyway may still go
            }
        }
        if (!transferMedia(run, item))
            return; // the link is down: the rest waits for the next sync
        ++run.progress.filesDone;
        if (run.notify)
            run.notify(run.progress);
    }
}

bool SyncEngine::transferMedia(Run &run, const QueuedFile &file)
{
    SyncStore &book = m_store.sync();
    const MediaStore &media = m_store.media();
    const QString &sha = file.sha256;
    auto dequeue = [&]() { return book.dequeueFile(run.profile.id, sha, file.direction); };
    auto noteFailure = [&](const HubFailure &f) {
        (void)book.noteFileFailure(run.profile.id, sha, file.direction, f.message);
        // A file the hub does not have yet (its author has not sent it) is no error of this sync.
        if (f.status != 404)
            run.report.errors << f.message;
        return f.status != 0; // a network failure ends the media phase
    };

    if (file.direction == QueuedFile::Up) {
        if (!media.contains(sha)) {
            (void)dequeue();
            return true;
        }
        UploadRequest up;
        up.sha256 = sha;
        up.filePath = media.pathOf(sha);
        up.size = QFileInfo(up.filePath).size();
        if (!up.run(*run.transport))
            return noteFailure(up.failure);
        ++run.report.mediaSent;
        (void)dequeue();
        return true;
    }

    if (media.contains(sha)) {
        (void)dequeue();
        return true;
    }
    const QString partDir = QDir(m_store.dataDir()).filePath(u"sync-partial"_s);
    QDir().mkpath(partDir);
    DownloadRequest down;
    down.sha256 = sha;
    down.partPath = QDir(partDir).filePath(sha + u".part"_s);
    down.expectedSize = file.size; // what the record states, and what the cost shown and the cap counted
    if (!down.run(*run.transport)) {
        if (down.failure.code == u"too_large"_s) {
            // Not fetched again at every sync: the record lies, and each try would cost its stated size again. A
            // record naming the file anew (attached again) queues it again.
            run.report.errors << down.failure.message;
            (void)dequeue();
            return true;
        }
        return noteFailure(down.failure);
    }
    auto imported = media.importFile(down.partPath);
    if (!imported || imported->sha256 != sha) {
        run.report.errors << tr("Could not store a downloaded file: %1").arg(imported ? tr("its hash changed") : imported.error());
        QFile::remove(down.partPath);
        return true;
    }
    Status recorded = m_store.atomically([&]() -> Status {
        if (Status r = book.recordFile(sha, imported->size, imported->mime); !r)
            return r;
        return book.dequeueFile(run.profile.id, sha, QueuedFile::Down);
    });
    if (!recorded) {
        run.report.errors << recorded.error();
        return true;
    }
    QFile::remove(down.partPath);
    ++run.report.mediaFetched;
    return true;
}

} // namespace Continuite
