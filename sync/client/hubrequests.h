// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "sync/client/httptransport.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

class QFile;

namespace Continuite {

/// Why a request to the hub did not succeed, in words for the person, plus what the engine needs to decide.
struct HubFailure
{
    /// The status of a classroom join refused before anything was sent: the key shown is not the one the code typed
    /// binds (ClassroomKey), or the address cannot be checked (plain http, a code without its key code).
    static constexpr long WrongClassroomKey = -2;
    /// HTTP status; 0 for a network failure; WrongClassroomKey when a classroom showed a key its code does not bind
    long status = 0;
    QString code;         ///< the hub's error code ("unauthorized", "forbidden", …) or "network"
    QString message;      ///< for a person: what happened and what to do
    bool transient = false;
    int retryAfterSeconds = -1; ///< the hub's Retry-After, when it said one
    QString field;              ///< the request field a 400 names, if any

    bool isNull() const { return message.isEmpty(); }
    bool needsSignIn() const { return status == 401; }
    /// The hub could not take the request now (busy, stopping, or the request came too slowly): try again later.
    bool hubBusy() const { return status == 408 || status == 429 || status == 503; }
    /// Turns an unsuccessful response into a failure (empty when the response succeeded).
    static HubFailure from(const HttpResponse &response);
};

/// POST /v1/login: a login and password (or a student's login code and PIN) for a device token.
struct LoginRequest
{
    Q_DECLARE_TR_FUNCTIONS(LoginRequest)
public:
    QString login;
    QString password;
    QString deviceId;
    QString deviceName;
    QString deviceKey; ///< base64 ed25519 public key of the device, optional
    QString deviceProof; ///< with deviceKey: that key's signature of Signing::deviceMessage(deviceId, key)
    /// The token this device last had for this login, optional: proves it signed in before, so other people's
    /// failed attempts do not lock it out (PROTOCOL.md, /v1/login).
    QString previousToken;

    struct Answer
    {
        QString token;
        QString personId;
        QString personLogin;
        QString displayName;
        QString role;
    };
    Answer answer;
    HubFailure failure;

    bool run(HttpTransport &transport);
};

/// POST /v1/sync: the outbox and the cursor go up; verdicts and a page of changes after the cursor come down.
struct SyncRoundTrip
{
    Q_DECLARE_TR_FUNCTIONS(SyncRoundTrip)
public:
    QString cursor;
    QJsonArray changes;
    QJsonArray deviceKeys; ///< vouches for the keys of devices whose changes this request relays (RelayKeys)
    /// Page size the client asks for, in bytes of JSON; 0 (or HubDefaultBudget without columns) lets the hub choose: its
    /// default page, or with columns its largest.
    qint64 budget = 0;
    /// The page a hub serves when the request names none (PROTOCOL.md, "Limits"): asking it costs no bytes.
    static constexpr qint64 HubDefaultBudget = 256 * 1024;
    bool signatures = false; ///< ask for each pulled change's "sig" (a relay's proof); applying needs none
    /// Ask for the page's ids and clocks in columns (PageColumns, PROTOCOL.md "Columns"): fewer bytes for a large page, and
    /// a page as large as the hub serves when no budget is named. Worth its 12 bytes only where many changes may come.
    bool columns = false;
    /// With columns: name bzip2 beside zstd in Accept-Encoding (PROTOCOL.md, "bzip2"; SyncEngine::Options::pageBzip2).
    bool bzip2 = false;
    /// A teacher's device asks for its students' last contact with the hub since this mark ("" the first time).
    std::optional<QString> lastSeenAfter;
    /// In: the protocol the hub said it speaks (SyncState::hubProtocol). From 4 the request says "v": 4 and the answer
    /// leaves out what is empty (PROTOCOL.md, "Short answers"): an empty sync is ≈ 80 bytes smaller.
    int hubProtocol = 0;
    /// The newest protocol this client speaks.
    static constexpr int Protocol = 4;
    /// A 408 too_slow (the body fell behind the hub's minimum rate) is returned at once as the failure rather than sent
    /// again as it is: the caller sends fewer changes (SyncEngine halves its push batch).
    bool handBackTooSlow = false;

    /// The longest a change refused for now is held back, whatever the hub asks: a day.
    static constexpr int MaxRetryAfterSeconds = 24 * 3600;

    struct Verdict
    {
        QString id;
        QString status; ///< "applied", "duplicate" or "rejected"
        QString reason;
        QString received; ///< applied (or replayed) changes: when the hub received it, ISO 8601 UTC
        /// A rejection that is not final (PROTOCOL.md): the hub did not remember it ("retry": true, or an
        /// "internal" reason); the change stays in the outbox and is sent again at a later sync.
        bool retry = false;
        /// With a "quota" (or other) refusal only room made by the hub's administrator cures: how long the hub asks the
        /// device to wait before sending this change again ("retry_after", or the answer's Retry-After); 0: next sync.
        int retryAfterSeconds = 0;
    };
    QList<Verdict> verdicts;
    QList<QJsonObject> received; ///< each a change plus "seq" and "received" (the hub's time)
    QString nextCursor;
    bool more = false;
    QHash<QString, QString> lastSeen; ///< person id -> their last contact with the hub (ISO 8601 UTC), when asked and changed
    QString lastSeenUntil;            ///< the mark to send as lastSeenAfter next time; empty when nothing changed
    /// Out: what the answer said of the hub's protocol (its "protocol", or 3 when it answered "v": 4 in the long form,
    /// as a hub that does not know it does); 0 when it said nothing.
    int answerProtocol = 0;
    qint64 answerJsonBytes = 0; ///< the answer's body once inflated
    qint64 answerWireBytes = 0; ///< the answer as it crossed the wire, headers included
    /// The answer carried an ETag: this hub sends the rest of a page cut on its way, not the whole page again.
    bool resumable = false;
    /// In: a page this very request had begun to bring in an earlier round trip that failed (its packed bytes and ETag),
    /// whose rest it asks for. Out, when run() fails: the page it had begun to bring, to ask again the same way later.
    QByteArray resumeBytes;
    QByteArray resumeTag;
    HubFailure failure;

    bool run(HttpTransport &transport);
};

/// GET /v1/uploads/SHA: how much of a file the hub already has (tus-style resume).
struct UploadOffsetRequest
{
    QString sha256;
    qint64 offset = 0;
    bool complete = false;
    HubFailure failure;

    bool run(HttpTransport &transport);
};

/// PATCH /v1/uploads/SHA: sends a file from the hub's offset on, resuming after every cut.
struct UploadRequest
{
    Q_DECLARE_TR_FUNCTIONS(UploadRequest)
public:
    QString sha256;
    QString filePath;
    qint64 size = 0;
    int maxRounds = 8; ///< offset query + append cycles before giving up for this sync
    qint64 bytesResent = 0; ///< bytes sent that the hub already had (should stay 0)
    HubFailure failure;

    bool run(HttpTransport &transport);
};

/// GET /v1/media/SHA with Range: downloads into a part file, resuming where it stopped, verified by hash.
struct DownloadRequest
{
    Q_DECLARE_TR_FUNCTIONS(DownloadRequest)
public:
    QString sha256;
    QString partPath; ///< kept across runs; only a file whose hash matches leaves it
    /// The size the record naming the file states: what the cost shown and the monthly cap counted. The transfer
    /// stops as soon as more arrives, and the file is refused (failure.code "too_large") and not kept: a record
    /// that says 2 KB never costs 8 MB (SECURITY.md, "Frugal media attacked"). Negative: not checked.
    qint64 expectedSize = -1;
    int maxRounds = 8;
    HubFailure failure;

    /// On success, partPath holds the whole file and its SHA-256 matched.
    bool run(HttpTransport &transport);
};

/// SHA-256 of a file, hex; empty when it cannot be read.
QString sha256OfFile(const QString &path);

} // namespace Continuite
