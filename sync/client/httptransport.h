// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

#include <atomic>
#include <functional>

class QIODevice;

namespace Continuite {

/// One HTTP request as the sync engine builds it (one request type per endpoint builds these).
struct HttpRequest
{
    QByteArray method = "GET";
    QString path;                ///< e.g. "/v1/sync", appended to the hub URL
    QByteArray body;             ///< sent as is (POST); compressed with zstd when compressBody and worth it
    QList<QByteArray> headers;   ///< extra "Name: value" lines
    bool compressBody = false;
    bool acceptZstd = false;     ///< send "Accept-Encoding: zstd" and inflate the answer
    /// With acceptZstd, "Accept-Encoding: zstd, bzip2": a sync page that may be large (PROTOCOL.md, "bzip2"); only there,
    /// the 7 bytes not being worth it on every request
    bool acceptBzip2 = false;
    /// Streams the response body here instead of keeping it (downloads), with the response's status (206 for a
    /// range); returning false aborts the transfer at once.
    std::function<bool(const char *data, size_t size, long status)> sink;
    /// Streams the request body from here (uploads), @p sourceLength bytes from its current position.
    QIODevice *source = nullptr;
    qint64 sourceLength = 0;
    /// A large answer cut on its way (a sync's page, PROTOCOL.md "A page cut on its way"): the bytes that came, as they
    /// came (packed), and its ETag. The request asks for the rest (Range, If-Range) and the answer is joined to them.
    /// Set by a caller of HttpTransport::send() (the first request it makes) to resume a page an earlier send kept
    /// (HttpResponse::keptBytes); send() sets them itself on its later attempts.
    QByteArray resumeBytes;
    QByteArray resumeTag;

    static HttpRequest make(QByteArray method, QString path, QByteArray body = {}, bool json = false)
    {
        HttpRequest r;
        r.method = std::move(method);
        r.path = std::move(path);
        r.body = std::move(body);
        r.compressBody = json;
        r.acceptZstd = json;
        return r;
    }
};

/// What came back, or why nothing usable did.
struct HttpResponse
{
    long status = 0;                       ///< 0 when the transfer failed
    QByteArray body;                       ///< inflated when it came with Content-Encoding: zstd (or bzip2)
    QMap<QByteArray, QByteArray> headers;  ///< lower-case names
    int curlCode = 0;
    QString error;                         ///< empty when a complete answer arrived (any status)
    bool transient = false;                ///< worth retrying: network failure, stall, 408/429/5xx
    int retryAfterSeconds = -1;
    qint64 bytesUp = 0;                    ///< this attempt, headers included
    qint64 bytesDown = 0;
    qint64 resumedFrom = 0;                ///< > 0: the answer's first bytes were kept from a cut attempt
    /// send(), a transient failure: the bytes of a page cut on its way that the last attempts kept, and its ETag, to ask
    /// for its rest in a later send of the same request (HttpRequest::resumeBytes); empty when none.
    QByteArray keptBytes;
    QByteArray keptTag;

    bool ok() const { return error.isEmpty() && status >= 200 && status < 300; }
    QByteArray header(const char *name) const { return headers.value(QByteArray(name).toLower()); }
};

/**
 * @brief The one place libcurl lives: a blocking HTTP/1.1 (HTTP/2 over TLS) client for one hub.
 *
 * Threading: the easy interface, used synchronously on the caller's thread. The sync engine is a
 * blocking job: the CLI runs it on its main thread, the app on a worker thread; a sync is a handful of
 * sequential requests, so the multi interface would buy nothing but callbacks. cancel() is
 * thread-safe and aborts a transfer in flight (checked by the progress callback and between retries).
 *
 * One easy handle is reused for every request, so its connection stays alive between them
 * (keep-alive). Headers are kept lean (no Accept, no User-Agent, no Expect: 100-continue): an empty
 * sync must fit in a few hundred bytes on the wire.
 *
 * Bad links: a connect timeout, stall detection (less than 1 byte/s for stallSeconds aborts the
 * transfer), and send() retries transient failures with exponential backoff, full jitter and the
 * hub's Retry-After.
 *
 * A classroom hub (the teacher's laptop) has a self-signed certificate: its URL carries the SHA-256 of the key
 * its pupils' devices checked when they joined, as a fragment ("https://10.0.0.2:8765/k7pq2m#sha256//BASE64").
 * That key is then the only one accepted (CURLOPT_PINNEDPUBLICKEY), in place of a CA's word; a fragment that is not
 * such a pin, a pin on plain http, or a classroom-shaped address without a pin (ClassroomKey::looksLikeClassroom:
 * one kept from before classrooms were https), sends nothing. SyncEngine::login makes the pin from the code the pupil typed
 * (peerKeySha256, then ClassroomKey::keyCode).
 */
class HttpTransport
{
    Q_DECLARE_TR_FUNCTIONS(HttpTransport)
public:
    struct Options
    {
        int connectTimeoutMs = 10000;
        int stallSeconds = 20;        ///< no byte for this long: the transfer is abandoned and retried
        int maxAttempts = 6;          ///< per request, first try included
        int backoffBaseMs = 500;
        int backoffMaxMs = 60000;
        int retryAfterMaxSeconds = 300;
        qint64 rateCapBytesPerSecond = 0; ///< both directions; 0 is unlimited
        qint64 maxResponseBytes = 64LL * 1024 * 1024; ///< after inflating
        /// Called on the transfer's thread while bytes move (often: throttle in the callee), with the
        /// totals since construction, the transfer in flight included (bodies only for that one).
        std::function<void(qint64 bytesUp, qint64 bytesDown)> progress;
        /// https: a PEM file of the certificates to trust instead of the system's (a school hub's own
        /// self-signed certificate); empty: the system's CA store. Peers are always verified.
        QString caFile;
    };

    explicit HttpTransport(QString baseUrl, Options options);
    explicit HttpTransport(QString baseUrl)
        : HttpTransport(std::move(baseUrl), Options{})
    {
    }
    ~HttpTransport();
    HttpTransport(const HttpTransport &) = delete;
    HttpTransport &operator=(const HttpTransport &) = delete;

    /// The URL as given (trailing slashes dropped), its pin fragment included.
    QString baseUrl() const { return m_baseUrl; }
    void setToken(const QString &token) { m_token = token.toLatin1(); }
    void setRateCap(qint64 bytesPerSecond) { m_options.rateCapBytesPerSecond = bytesPerSecond; }
    const Options &options() const { return m_options; }

    /// One attempt, no retry.
    HttpResponse perform(const HttpRequest &request);
    /**
     * Attempts @p make() until an answer that is not transient, or maxAttempts. @p make is called
     * before every attempt, so a resumable request can ask from where it stopped. A transient answer for
     * which @p handBack says true is returned at once, not retried: the caller changes the request first
     * (a push the link could not carry at the hub's pace, 408, goes again smaller), then backoff().
     */
    HttpResponse send(const std::function<HttpRequest()> &make, const std::function<bool(const HttpResponse &)> &handBack = {});

    /// Waits before retry number @p attempt (backoff with jitter, or the hub's Retry-After); false when cancelled.
    bool backoff(int attempt, int retryAfterSeconds = -1);

    void cancel() { m_cancelled = true; }
    bool isCancelled() const { return m_cancelled; }

    // Totals since construction, headers included.
    qint64 bytesUp() const { return m_bytesUp; }
    qint64 bytesDown() const { return m_bytesDown; }
    int requests() const { return m_requests; }
    int retries() const { return m_retries; }

    /// The delay before retry number @p attempt (1-based): full jitter over an exponential ceiling.
    static int backoffMs(int attempt, int baseMs, int maxMs);

    /**
     * The SHA-256 of the public key (SPKI) in the certificate the https server at @p url shows, read from a bare
     * TLS handshake: no HTTP request goes out, so nothing secret does (not even the URL's path). The certificate is
     * not verified here: the caller judges the key. Empty, with @p error, when there is no TLS server there.
     */
    static QByteArray peerKeySha256(const QString &url, const Options &options, QString *error);

private:
    bool sleepCancellable(int ms);

    QString m_baseUrl;
    QString m_requestBase;  ///< m_baseUrl without its fragment
    QByteArray m_pin;       ///< "sha256//…" from the fragment, or empty
    bool m_badFragment = false;
    Options m_options;
    QByteArray m_token;
    void *m_curl = nullptr;
    std::atomic<bool> m_cancelled{false};
    qint64 m_bytesUp = 0;
    qint64 m_bytesDown = 0;
    int m_requests = 0;
    int m_retries = 0;
};

} // namespace Continuite
