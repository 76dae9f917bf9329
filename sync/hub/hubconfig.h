// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

namespace Continuite::Hub {

/// @brief The hub's limits. Many can be changed on `serve`'s command line, within bounds it checks (serveLimits() in
/// hubcommand.cpp; PROTOCOL.md, "Limits" and "Command line"); the others are what every hub runs with, changed by tests
/// only.
struct HubLimits
{
    qint64 maxUploadBytes = 200LL * 1024 * 1024;   ///< largest blob a client may upload
    qint64 quotaBytes = 2LL * 1024 * 1024 * 1024;  ///< blob bytes a user may own
    /// Record bytes a student may write, for as long as her account lives (her changes as the log keeps them):
    /// a year of hand-ins and answers is ≈10 MB; a script pushing submissions for ever stops here.
    qint64 recordQuotaBytes = 256LL * 1024 * 1024;
    /// The same for a teacher: every saved edit of every lesson, over years (≈10 MB a year; accounts the
    /// hub's administrator made, so a wide bound).
    qint64 teacherRecordQuotaBytes = 1024LL * 1024 * 1024;
    /// Records signed by the devices one teacher vouched for, for one pupil (her USB packs, her classroom work, relayed
    /// to the hub): an allowance of its own, apart from both their own quotas, so that neither a relay nor a pack fills
    /// them; for as long as both accounts live (≈6 years of a pupil's hand-ins).
    qint64 vouchedRecordQuotaBytes = 64LL * 1024 * 1024;
    /// The records of the student accounts one teacher created and of the allowances of her vouches, together: a teacher
    /// inventing pupils (she knows their PINs) or vouching for made-up devices gets no fresh quota with each one. Once it
    /// is full, a pupil who has written less than her share (this / the accounts the teacher created) still writes.
    qint64 pupilsRecordQuotaBytes = 4LL * 1024 * 1024 * 1024;
    /// Student accounts one teacher may create, over her account's life (a teacher has a few hundred pupils over
    /// some years): each one brings a record quota of its own, so a teacher inventing pupils would multiply hers.
    int maxStudentsPerTeacher = 500;
    /// Devices (and vouched keys) of one student one teacher may vouch for; each costs her VouchBytes of record quota.
    int maxVouchesPerStudent = 16;
    /// Devices a person may be signed in on at once (not signed out): each sign-in from a new device adds one.
    int maxDevicesPerPerson = 32;
    /// A change refused for "quota" (or "too_many_students") waits only for the administrator to make room: the device
    /// is told to hold it back this long ("retry_after" and Retry-After) instead of sending it again at every sync.
    int quotaRetryAfterSeconds = 3600;
    qint64 maxSyncBodyBytes = 16LL * 1024 * 1024;  ///< largest /v1/sync body on the wire
    qint64 maxInflatedBytes = 32LL * 1024 * 1024;  ///< largest /v1/sync body after zstd
    qint64 maxJsonBodyBytes = 64 * 1024;           ///< any other JSON body
    /// A sign-in's body (also once inflated): its largest valid one, a 1,024-character password of characters JSON
    /// escapes as \uXXXX with a 200-character device name and the longest token, is ≈7.8 KiB.
    qint64 maxLoginBodyBytes = 8 * 1024;
    int maxChangesPerPush = 5000;
    /// The newest protocol this hub answers in (PROTOCOL.md): 3 holds a hub to the long answers of protocol 3, as
    /// before an upgrade (if a new device misreads the short ones); the hub's own (HubEngine::ProtocolVersion) is 4.
    int protocol = 4;
    qint64 defaultBudget = 256 * 1024;             ///< page size when the client names none
    qint64 minBudget = 1024;
    /// Largest page a client may ask: an answer is held in memory until it is sent, and a slow reader of 8 MiB pages
    /// held ≈6 MiB a connection (third review). The app asks 2 MiB once the hub resumes cut pages (SyncEngine::Options::resumablePageBudget).
    /// 2 MiB less the answer's envelope (16 KiB), so that a person's two large answers, each counted at this and its
    /// envelope while it is built, fit her 4 MiB: a teacher's first sync of the anchor's texts is 2 pages (4 at 1 MiB,
    /// −26 KB on the wire; bench/README.md, "Session 18"). Built, an answer counts its packed bytes (≈400 KB).
    qint64 maxBudget = 2032 * 1024; ///< serve --max-page-kb N (16–16,384)
    qint64 clockMaxAheadMs = 5 * 60 * 1000;        ///< remote clocks further ahead are clamped
    /// Worker threads, each on one complete request at a time.
    /// Connections, headers and bodies are on the event loops (libmicrohttpd, epoll): a slow client costs
    /// memory, never a worker.
    int workers = 8;
    int maxInFlight = 48;                          ///< requests queued for or being worked on before answering 429
    qint64 maxQueueWaitMs = 1000;                  ///< a request that waited longer for a worker is answered 503
    int eventThreads = 2;                          ///< event loops (epoll) that hold the connections
    int maxConnections = 8000;                     ///< open connections before answering 503 (and closing)
    /// Request bodies held in memory at once (JSON bodies, and an upload's first bytes while its checks run),
    /// counted at their announced length before any of it is read: beyond, 429 with Retry-After at once.
    qint64 bodyBudgetBytes = 256LL * 1024 * 1024;
    /// The share of bodyBudgetBytes requests without a token may hold (sign-ins: 64 KiB each at most).
    qint64 anonymousBodyBudgetBytes = 16LL * 1024 * 1024;
    /// Bodies larger than maxJsonBodyBytes (large syncs) one person may be sending at once, from all her devices.
    int maxLargeBodiesPerPerson = 2;
    /// JSON bodies one token (one device) may be sending at once: the app sends one request at a time, and a stolen token
    /// cannot fill its owner's part with a thousand connections. (Uploads stream to disk: not counted.)
    int maxBodiesPerToken = 2; ///< serve --max-bodies-per-device N (1–64)
    /// Answers over 64 KiB (a catch-up's pages, up to maxBudget each) one person may be receiving at once, from all her
    /// devices and connections: an answer is held in memory until libmicrohttpd has handed its last byte to the kernel, so
    /// a person reading many first syncs slowly, or not at all, would hold a page each. Beyond, her next sync is answered
    /// with a small page (its "more" says the rest follows).
    int maxLargeAnswersPerPerson = 2; ///< serve --max-large-answers-per-person N (1–64)
    /// All the answers one person may be receiving at once (large and small): beyond, her next sync is answered 429 busy
    /// with Retry-After before it is worked on.
    qint64 personAnswerBudgetBytes = 4LL * 1024 * 1024;
    /// All the sync answers the hub holds at once, everyone's: a large answer is given only while the answers held (and
    /// the one asked, counted at the largest it may be) stay under half of it — else a small page —, and at it, 429 busy
    /// with Retry-After before the sync is worked on. With 500 pupils each allowed their two large pages, the hub's memory
    /// would grow with the accounts in use; this holds it whoever asks.
    qint64 answerBudgetBytes = 256LL * 1024 * 1024; ///< serve --answer-budget-mb N (16–16,384)
    /// The other bodies (≤ 64 KiB) one signed-in person may hold at once, from all her devices and connections: a
    /// pupil opening a thousand connections cannot hold the whole budget (a device sends one request at a time).
    qint64 personBodyBudgetBytes = 4LL * 1024 * 1024;
    /// Tokens the HTTP layer remembers as found valid (keyed by their SHA-256, with their person and device), so that a
    /// body carrying one counts in its person's part of the body budget and not with the requests without a token. Each
    /// person keeps at most maxDevicesPerPerson of them (her least recently used goes); beyond this many in all, the
    /// least recently used of the person holding most goes. A token forgotten counts as unknown until a worker finds it
    /// valid again (its next request).
    int maxKnownTokens = 200000; ///< serve --max-known-tokens N (1,000–1,000,000; a few hundred bytes each)
    int maxConcurrentPasswordChecks = 2;           ///< argon2id takes 64 MB each
    qint64 uploadExpirySeconds = 14LL * 24 * 3600; ///< a partial upload nobody wrote to for this long is removed
    int uploadSweepSeconds = 3600;                 ///< how often partial uploads are checked for expiry
    int maxThrottleEntries = 100000;               ///< logins, addresses and devices the sign-in throttle keeps
    /// Behind a reverse proxy: the proxy's address, whose @c clientIpHeader (e.g. X-Forwarded-For) names the
    /// client. Requests from any other address are judged by their own address; empty: no proxy.
    QString trustedProxy;
    QString clientIpHeader;
    /// Behind nginx: a file a person may read is answered, to requests through the trusted proxy only, with
    /// `X-Accel-Redirect: <prefix><2 hex>/<sha256>` and no body, and nginx sends the bytes from the shared folder
    /// (an `internal` location whose alias is the data folder's blobs/). Empty: the hub sends files itself.
    QString accelRedirectPrefix;
    /// Who may read GET /metrics (Prometheus): these addresses, straight — never a request through the trusted proxy.
    QString metricsAllow = QStringLiteral("127.0.0.1,::1");
    /// One JSON object a request in the log (with its X-Request-Id), for a fleet's log collector; else a line of text.
    bool jsonLog = false;
    int readTimeoutSeconds = 10;                   ///< a connection silent longer (stalled, or idle kept alive) is closed
    /// The kernel's send buffer of each connection (SO_SNDBUF; Linux doubles it), 0: the kernel's own sizing. Left to
    /// itself, Linux gives a loopback connection ≈3 MiB and a fast link up to 4 MiB: an answer would sit there, out of the
    /// hub's count of what it holds (HubLimits::personAnswerBudgetBytes). 256 KiB still fills a 50 ms link at 10 MB/s.
    int socketSendBufferBytes = 256 * 1024; ///< serve --send-buffer-kb N (0, or 16–16,384)
    /// A connection must send a request's whole head within this long of connecting (or of its last answer),
    /// however steadily it trickles it in (slowloris); above three quarters of maxConnections, 2 s.
    int headerTimeoutSeconds = 15;
    /// A request's body must keep up all along: the bytes received must be at least (seconds since its head − its
    /// grace) × minBodyBytesPerSecond, checked every 0.5 s (a 2G phone sends a 64 KiB sync at ≈5 KB/s in 13 s). The
    /// grace is bodyTimeoutSeconds for a body whose token the hub knows, anonymousBodyGraceSeconds for the others (sign-ins,
    /// tokens not yet checked). A body held in memory must moreover be whole within its grace + maxBodySeconds however
    /// large it is (a 16 MiB sync asks ≈56 KB/s, not 4.6 hours at 1 KiB/s). A body that falls behind is answered 408 and
    /// its connection closed; at the connection limit one arriving slower than that rate yields its place like a
    /// connection without a head.
    int bodyTimeoutSeconds = 15;
    int anonymousBodyGraceSeconds = 5; ///< serve --anonymous-body-grace-seconds N (1 – --body-timeout-seconds)
    int maxBodySeconds = 300;          ///< serve --max-body-seconds N (30–3,600)
    /// One slice of a resumable upload (a PATCH) lasts at most this long, however steadily it arrives: then what arrived
    /// is kept, the slice is answered 408 and its connection closed, and the file's claim goes — the client resumes at
    /// the offset (one HEAD and a new PATCH). Without it, a 200 MiB slice at the minimum rate held the claim ≈58 h, and
    /// another device of hers sending the same file waited as long.
    int maxUploadSliceSeconds = 600; ///< serve --max-upload-slice-seconds N (10–86,400)
    qint64 minBodyBytesPerSecond = 1024;
    /// When the body budget (or the token-less share) is full, a newcomer is not refused while slow bodies hold it: it
    /// takes the place of the slowest body (at least this old, counted from its head) of whoever holds most — the address
    /// holding most of the token-less share, or the person or address holding most of the budget (for a person who holds
    /// nothing yet). The evicted one is answered 429 with Retry-After.
    int bodyEvictionAgeMs = 1000; ///< serve --body-eviction-age-ms N (100–60,000)
    /// zstd level of answers of 64 KiB or more (a first sync's pages): 19 saves ≈20 % of the bytes of a
    /// mobile link for ≈0.25 s of CPU a page; a classroom's LAN wants 3 (bench/README.md, "Classroom LAN").
    int largeAnswerZstdLevel = 19;
    /// Each person's allowance of that level: the bytes of pages (before packing) packed at largeAnswerZstdLevel in a
    /// burst, refilled over largeAnswerAllowanceSeconds. Beyond it her pages are packed at level 3 (≈1/50 of the CPU; a
    /// new ETag, so a cut page is then sent whole once). A page costs its packing again when it is resumed, and one
    /// person resuming a 1 MiB page in a loop cost ≈0.45 s of hub CPU a request (review of perf16, finding 1). 16 MiB is
    /// three times a teacher's first sync on the anchor's texts (5 pages).
    qint64 largeAnswerAllowanceBytes = 16 * 1024 * 1024;
    int largeAnswerAllowanceSeconds = 600;
    /// Everyone's allowance of that level together, refilled over the same time (review of trust16, finding 2: the
    /// allowance is per account, and a teacher's pupils — she made them, she knows their PINs — each brought a whole one).
    /// 128 MiB is ≈25 teachers' first syncs on the anchor's texts, ≈1 min of one core at level 19, per 10 minutes. Beyond
    /// it every page is packed at level 3. Moreover a strong page's zstd context (≈18.5 MiB at 19 for 1 MiB) is counted in
    /// the answer budget while it packs, and one that does not fit is level 3 (review of perf16, finding 2).
    qint64 largeAnswerHubAllowanceBytes = 128 * 1024 * 1024;
    /// PEM certificate (with its chain) and private key: the hub serves https itself (libmicrohttpd with
    /// GnuTLS). Both empty: plain http, e.g. behind a TLS proxy.
    QString tlsCertificateFile;
    QString tlsKeyFile;
};

} // namespace Continuite::Hub
