// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "sync/client/httptransport.h"

#include "sync/classroom/classroomkey.h"
#include "sync/client/synclog.h"
#include "sync/inflate.h"

#include <QFile>
#include <QIODevice>
#include <QRandomGenerator>

#include <curl/curl.h>
#include <zstd.h>

#include <chrono>
#include <algorithm>
#include <memory>
#include <thread>
#include <utility>

Q_LOGGING_CATEGORY(lcSync, "continuite.sync")

namespace Continuite {

using namespace Qt::StringLiterals;

namespace {

/// Bodies smaller than this go plain: a zstd frame costs more than it saves on a few dozen bytes.
constexpr qsizetype CompressFrom = 256;

struct Transfer
{
    const HttpRequest *request = nullptr;
    HttpResponse *response = nullptr;
    std::atomic<bool> *cancelled = nullptr;
    qint64 maxBytes = 0;
    const std::function<void(qint64, qint64)> *progress = nullptr;
    qint64 bytesUpBefore = 0;
    qint64 bytesDownBefore = 0;
    bool sinkFailed = false;
    bool tooLarge = false;
};

size_t onHeader(char *data, size_t size, size_t n, void *user)
{
    auto *t = static_cast<Transfer *>(user);
    const QByteArray line = QByteArray(data, qsizetype(size * n)).trimmed();
    if (line.startsWith("HTTP/")) {
        t->response->headers.clear(); // a new response (after a 100 Continue or a redirect)
        // Its status, for the sink while the body streams ("HTTP/1.1 206 Partial Content"); read again at the end.
        const QList<QByteArray> parts = line.split(' ');
        t->response->status = parts.size() > 1 ? parts.at(1).toLong() : 0;
        return size * n;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon > 0)
        t->response->headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    return size * n;
}

size_t onBody(char *data, size_t size, size_t n, void *user)
{
    auto *t = static_cast<Transfer *>(user);
    const size_t bytes = size * n;
    if (t->request->sink) {
        // Only a file is streamed out; an error's JSON body is kept for its message.
        const QByteArray type = t->response->headers.value("content-type");
        if (!type.startsWith("application/json")) {
            if (!t->request->sink(data, bytes, t->response->status)) {
                t->sinkFailed = true;
                return 0;
            }
            return bytes;
        }
    }
    if (t->response->body.size() + qint64(bytes) > t->maxBytes) {
        t->tooLarge = true;
        return 0;
    }
    t->response->body.append(data, qsizetype(bytes));
    return bytes;
}

size_t onRead(char *buffer, size_t size, size_t n, void *user)
{
    auto *t = static_cast<Transfer *>(user);
    const qint64 got = t->request->source->read(buffer, qint64(size * n));
    return got < 0 ? CURL_READFUNC_ABORT : size_t(got);
}

int onProgress(void *user, curl_off_t, curl_off_t dlnow, curl_off_t, curl_off_t ulnow)
{
    auto *t = static_cast<Transfer *>(user);
    if (t->progress && *t->progress)
        (*t->progress)(t->bytesUpBefore + qint64(ulnow), t->bytesDownBefore + qint64(dlnow));
    return t->cancelled->load() ? 1 : 0;
}

bool isTransient(CURLcode code)
{
    switch (code) {
    case CURLE_COULDNT_CONNECT:
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_OPERATION_TIMEDOUT:
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_PARTIAL_FILE:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
    case CURLE_WEIRD_SERVER_REPLY:
    case CURLE_BAD_CONTENT_ENCODING:
        return true;
    default:
        return false;
    }
}

/// The first byte of "Content-Range: bytes FIRST-LAST/SIZE", or -1.
qint64 contentRangeFirst(const QByteArray &header)
{
    if (!header.startsWith("bytes "))
        return -1;
    const qsizetype dash = header.indexOf('-');
    bool ok = false;
    const qint64 first = dash > 6 ? header.mid(6, dash - 6).toLongLong(&ok) : -1;
    return ok && first >= 0 ? first : -1;
}

/**
 * With VERIFYPEER off (a classroom: no CA vouches for it), libcurl checks the pin only when the server shows a
 * certificate; an anonymous suite shows none, and only the platform's OpenSSL configuration keeps those out.
 * TLS 1.2 at least, and a cipher list of our own without anonymous, null, PSK or SRP suites, so a server without a
 * certificate never completes the handshake, whatever openssl.cnf says (SECURITY.md, "The classroom hub").
 */
void refuseAnonymousTls(CURL *curl)
{
    curl_easy_setopt(curl, CURLOPT_SSLVERSION, long(CURL_SSLVERSION_TLSv1_2));
    curl_easy_setopt(curl, CURLOPT_SSL_CIPHER_LIST, "DEFAULT:!aNULL:!eNULL:!PSK:!SRP");
}

} // namespace

HttpTransport::HttpTransport(QString baseUrl, Options options)
    : m_baseUrl(std::move(baseUrl))
    , m_options(options)
    , m_curl(curl_easy_init())
{
    QString fragment;
    if (const qsizetype hash = m_baseUrl.indexOf(u'#'); hash >= 0) {
        fragment = m_baseUrl.mid(hash + 1);
        m_baseUrl.truncate(hash);
    }
    while (m_baseUrl.endsWith(u'/'))
        m_baseUrl.chop(1);
    m_requestBase = m_baseUrl;
    if (!fragment.isEmpty()) {
        m_baseUrl += u'#' + fragment;
        // A pin is 44 base64 characters after "sha256//", on https; anything else was never checked.
        m_pin = fragment.toLatin1();
        m_badFragment = !m_requestBase.startsWith(u"https://"_s, Qt::CaseInsensitive) || !m_pin.startsWith("sha256//")
            || QByteArray::fromBase64(m_pin.mid(8)).size() != 32 || m_pin.size() != 8 + 44;
    }
    // A classroom's address is only used https and pinned. One kept from before classrooms were https
    // ("http://192.168.1.10:8765/k7pq2m"), or typed by hand, would carry the token, or the login and PIN, in clear to
    // whatever answers at that address: nothing is sent, the pupil joins again with the code (SECURITY.md).
    if (m_pin.isEmpty() && ClassroomKey::looksLikeClassroom(m_requestBase))
        m_badFragment = true;
}

HttpTransport::~HttpTransport()
{
    curl_easy_cleanup(static_cast<CURL *>(m_curl));
}

int HttpTransport::backoffMs(int attempt, int baseMs, int maxMs)
{
    const qint64 ceiling = std::min<qint64>(maxMs, qint64(baseMs) << std::min(attempt - 1, 20));
    // Full jitter: thousands of devices retrying after an outage spread out instead of arriving together.
    return int(ceiling / 2 + QRandomGenerator::global()->bounded(ceiling / 2 + 1));
}

bool HttpTransport::sleepCancellable(int ms)
{
    const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
    while (std::chrono::steady_clock::now() < until) {
        if (m_cancelled)
            return false;
        std::this_thread::sleep_for(std::min<std::chrono::steady_clock::duration>(std::chrono::milliseconds(50),
                                                                                  until - std::chrono::steady_clock::now()));
    }
    return !m_cancelled;
}

HttpResponse HttpTransport::perform(const HttpRequest &request)
{
    CURL *curl = static_cast<CURL *>(m_curl);
    HttpResponse response;
    if (m_cancelled) {
        response.error = tr("The sync was cancelled.");
        return response;
    }
    if (m_badFragment) {
        response.error = tr("This classroom's address was not checked against the code on the teacher's screen: join the "
                            "classroom again with that code.");
        return response;
    }
    curl_easy_reset(curl); // keeps the connection cache: the next request reuses the open connection
    const QByteArray url = (m_requestBase + request.path).toUtf8();
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, long(m_options.connectTimeoutMs));
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME, long(m_options.stallSeconds));
    curl_easy_setopt(curl, CURLOPT_TCP_KEEPALIVE, 1L);
    curl_easy_setopt(curl, CURLOPT_HTTP_VERSION, long(CURL_HTTP_VERSION_2TLS));
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    const QByteArray caFile = QFile::encodeName(m_options.caFile);
    if (!caFile.isEmpty())
        curl_easy_setopt(curl, CURLOPT_CAINFO, caFile.constData()); // copied by libcurl
    if (!m_pin.isEmpty()) {
        // A classroom hub: its key, checked when the pupil joined, is the only one believed; no CA vouches for a
        // laptop's self-signed certificate, nor for the address it has on the room's network. libcurl checks the pin
        // whatever VERIFYPEER says, before any byte of the request is sent.
        curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);
        curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 0L);
        curl_easy_setopt(curl, CURLOPT_PINNEDPUBLICKEY, m_pin.constData());
        refuseAnonymousTls(curl);
    }
    if (m_options.rateCapBytesPerSecond > 0) {
        curl_easy_setopt(curl, CURLOPT_MAX_SEND_SPEED_LARGE, curl_off_t(m_options.rateCapBytesPerSecond));
        curl_easy_setopt(curl, CURLOPT_MAX_RECV_SPEED_LARGE, curl_off_t(m_options.rateCapBytesPerSecond));
    }

    Transfer transfer{&request, &response, &m_cancelled, m_options.maxResponseBytes, &m_options.progress, m_bytesUp, m_bytesDown};
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, onHeader);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &transfer);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, onBody);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &transfer);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, onProgress);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, &transfer);
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);

    QList<QByteArray> headers{"Accept:", "Expect:"};
    if (!m_token.isEmpty())
        headers << "Authorization: Bearer " + m_token;
    if (request.acceptZstd)
        headers << (request.acceptBzip2 ? "Accept-Encoding: zstd, bzip2" : "Accept-Encoding: zstd");
    if (!request.resumeTag.isEmpty())
        headers << "Range: bytes=" + QByteArray::number(request.resumeBytes.size()) + '-' << "If-Range: " + request.resumeTag;
    QByteArray body = request.body;
    if (request.method == "GET") {
        curl_easy_setopt(curl, CURLOPT_HTTPGET, 1L);
    } else if (request.source) {
        curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
        curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, request.method.constData());
        curl_easy_setopt(curl, CURLOPT_READFUNCTION, onRead);
        curl_easy_setopt(curl, CURLOPT_READDATA, &transfer);
        curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, curl_off_t(request.sourceLength));
        headers << "Content-Type: application/offset+octet-stream";
    } else {
        if (request.compressBody && body.size() >= CompressFrom) {
            QByteArray packed(qsizetype(ZSTD_compressBound(size_t(body.size()))), Qt::Uninitialized);
            const size_t n = ZSTD_compress(packed.data(), size_t(packed.size()), body.constData(), size_t(body.size()), 3);
            if (!ZSTD_isError(n) && qsizetype(n) < body.size()) {
                packed.truncate(qsizetype(n));
                body = packed;
                headers << "Content-Encoding: zstd";
            }
        }
        if (request.method != "POST")
            curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, request.method.constData());
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.constData());
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.size()));
        // No Content-Type: every body of the hub's API is JSON, which its endpoint says (PROTOCOL.md), and "Content-Type:"
        // keeps libcurl from naming one of its own: 32 bytes of every request (an empty sync is ≈ 350).
        headers << "Content-Type:";
    }
    headers << request.headers;
    curl_slist *list = nullptr;
    for (const QByteArray &h : std::as_const(headers))
        list = curl_slist_append(list, h.constData());
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, list);

    const CURLcode rc = curl_easy_perform(curl);
    curl_slist_free_all(list);
    // A page asked from where a cut stopped it: the hub sent the rest from byte FIRST (at most where we stopped), and the
    // bytes before it are those we kept. Whole or cut again, the answer is the joined bytes (a cut keeps them for the next).
    if (!request.resumeTag.isEmpty() && response.status == 206) {
        const qint64 first = contentRangeFirst(response.header("content-range"));
        if (response.header("etag") == request.resumeTag && first > 0 && first <= request.resumeBytes.size()) {
            response.body.prepend(request.resumeBytes.left(first));
            response.resumedFrom = first;
        } else {
            response.body.clear(); // not the rest of what we hold: nothing of it is usable, the next attempt asks it whole
            response.headers.remove("etag");
        }
    }

    long requestSize = 0, headerSize = 0;
    curl_off_t up = 0, down = 0;
    curl_easy_getinfo(curl, CURLINFO_REQUEST_SIZE, &requestSize);
    curl_easy_getinfo(curl, CURLINFO_HEADER_SIZE, &headerSize);
    curl_easy_getinfo(curl, CURLINFO_SIZE_UPLOAD_T, &up);
    curl_easy_getinfo(curl, CURLINFO_SIZE_DOWNLOAD_T, &down);
    // A POST body under 64 KB goes out in the same buffer as the headers and libcurl counts it in both
    // REQUEST_SIZE and SIZE_UPLOAD; larger and streamed bodies are counted in SIZE_UPLOAD only.
    const bool bodyWithHeaders = !request.source && request.method != "GET" && body.size() < 64 * 1024;
    response.bytesUp = bodyWithHeaders ? std::max<qint64>(requestSize, up) : requestSize + up;
    response.bytesDown = headerSize + down;
    m_bytesUp += response.bytesUp;
    m_bytesDown += response.bytesDown;
    ++m_requests;
    response.curlCode = int(rc);

    if (rc != CURLE_OK) {
        response.status = 0;
        if (m_cancelled)
            response.error = tr("The sync was cancelled.");
        else if (transfer.tooLarge)
            response.error = tr("The hub's answer is too large.");
        else if (transfer.sinkFailed)
            response.error = tr("Could not write the file being downloaded (is the disk full?).");
        else if (rc == CURLE_OPERATION_TIMEDOUT)
            response.error = tr("The connection stalled or timed out (%1).").arg(QString::fromLatin1(curl_easy_strerror(rc)));
        else
            response.error = tr("Network error: %1.").arg(QString::fromLatin1(curl_easy_strerror(rc)));
        response.transient = !m_cancelled && !transfer.tooLarge && !transfer.sinkFailed && isTransient(rc);
        return response;
    }
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &response.status);
    // A 206 to a request that asked no range (a proxy's or a cache's doing): part of something, not the answer, whatever
    // its body says (review of perf16, finding 4: it was taken as the answer). Asked again, whole.
    const bool askedRange = !request.resumeTag.isEmpty()
        || std::any_of(request.headers.cbegin(), request.headers.cend(), [](const QByteArray &h) { return h.toLower().startsWith("range:"); });
    if (response.status == 206 && !askedRange) {
        response.error = tr("The hub's answer arrived damaged.");
        response.body.clear();
        response.headers.remove("etag");
        response.transient = true;
        return response;
    }
    if (response.status == 206 && !request.resumeTag.isEmpty()) {
        if (response.resumedFrom == 0) {
            response.error = tr("The hub's answer arrived damaged.");
            response.transient = true;
            return response;
        }
        response.status = 200; // the whole answer, joined
    }
    bool ok = false;
    const QByteArray retryAfter = response.header("retry-after");
    if (!retryAfter.isEmpty()) {
        const int seconds = retryAfter.toInt(&ok);
        response.retryAfterSeconds = ok ? seconds : -1;
    }
    if (const QByteArray encoding = response.header("content-encoding"); encoding == "zstd" || (encoding == "bzip2" && request.acceptBzip2)) {
        // One stream or two for bzip2, one frame for zstd (PROTOCOL.md), within the answer's limit (sync/inflate.h).
        Inflate::Result unpacked = encoding == "zstd" ? Inflate::zstd(response.body, m_options.maxResponseBytes)
                                                      : Inflate::bzip2(response.body, m_options.maxResponseBytes);
        response.body = std::move(unpacked.data);
        if (!unpacked.ok()) {
            response.error = tr("The hub's answer arrived damaged.");
            response.transient = true;
            return response;
        }
    }
    const long s = response.status;
    response.transient = s == 408 || s == 429 || s == 500 || s == 502 || s == 503 || s == 504;
    if (response.transient)
        response.error = tr("The hub is busy or unavailable (HTTP %1).").arg(s);
    return response;
}

QByteArray HttpTransport::peerKeySha256(const QString &url, const Options &options, QString *error)
{
    std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), curl_easy_cleanup);
    const QString base = url.section(u'#', 0, 0);
    const QByteArray target = base.toUtf8();
    curl_easy_setopt(curl.get(), CURLOPT_URL, target.constData());
    curl_easy_setopt(curl.get(), CURLOPT_PROTOCOLS_STR, "https");
    curl_easy_setopt(curl.get(), CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl.get(), CURLOPT_CONNECTTIMEOUT_MS, long(options.connectTimeoutMs));
    curl_easy_setopt(curl.get(), CURLOPT_HTTP_VERSION, long(CURL_HTTP_VERSION_1_1));
    // The TCP connection and the TLS handshake, then nothing: the request is never written.
    curl_easy_setopt(curl.get(), CURLOPT_CONNECT_ONLY, 1L);
    curl_easy_setopt(curl.get(), CURLOPT_SSL_VERIFYPEER, 0L);
    curl_easy_setopt(curl.get(), CURLOPT_SSL_VERIFYHOST, 0L);
    curl_easy_setopt(curl.get(), CURLOPT_CERTINFO, 1L);
    refuseAnonymousTls(curl.get());
    const CURLcode rc = curl_easy_perform(curl.get());
    if (rc != CURLE_OK) {
        if (error)
            *error = tr("Network error: %1.").arg(QString::fromLatin1(curl_easy_strerror(rc)));
        return {};
    }
    curl_certinfo *chain = nullptr;
    if (curl_easy_getinfo(curl.get(), CURLINFO_CERTINFO, &chain) == CURLE_OK && chain && chain->num_of_certs > 0) {
        for (curl_slist *field = chain->certinfo[0]; field; field = field->next) {
            const QByteArray line(field->data);
            if (line.startsWith("Cert:")) {
                const QByteArray hash = ClassroomKey::spkiSha256OfPem(line.mid(5));
                if (hash.size() == 32)
                    return hash;
            }
        }
    }
    if (error)
        *error = tr("The server at this address showed no usable certificate.");
    return {};
}

bool HttpTransport::backoff(int attempt, int retryAfterSeconds)
{
    int delay = backoffMs(attempt, m_options.backoffBaseMs, m_options.backoffMaxMs);
    if (retryAfterSeconds > 0) {
        // The hub's word wins, plus 0–100 % of it at random so a crowd does not come back at once,
        // doubling on each further refusal (PROTOCOL.md, errors).
        const qint64 base = qint64(std::min(retryAfterSeconds, m_options.retryAfterMaxSeconds)) * 1000;
        const qint64 spread = base + qint64(QRandomGenerator::global()->bounded(double(base) + 1));
        delay = int(std::min<qint64>(spread << std::min(attempt - 1, 4), qint64(m_options.retryAfterMaxSeconds) * 2000));
    }
    ++m_retries;
    return sleepCancellable(delay);
}

HttpResponse HttpTransport::send(const std::function<HttpRequest()> &make, const std::function<bool(const HttpResponse &)> &handBack)
{
    HttpResponse response;
    // One id for the request and its retries (each attempt numbered), which the hub writes in its log line: an
    // operator finds a pupil's failing sync in the logs of the front and of whichever hub process served it.
    // Eight hex digits: enough to find one request among a morning's, ≈25 bytes on the wire (an empty sync is ≈430).
    const QByteArray id = QByteArray::number(QRandomGenerator::global()->generate(), 16).rightJustified(8, '0');
    QByteArray keptBytes, keptTag; // a large answer cut on its way, which the hub can send the rest of
    for (int attempt = 1;; ++attempt) {
        HttpRequest request = make();
        request.headers << "X-Request-Id: " + id + '-' + QByteArray::number(attempt);
        // A page cut in an earlier send (a sync that stopped short while the link was down), held by the caller: this
        // send asks for its rest from the first attempt on.
        if (attempt == 1 && !request.resumeTag.isEmpty()) {
            keptBytes = request.resumeBytes;
            keptTag = request.resumeTag;
        }
        request.resumeBytes.clear();
        request.resumeTag.clear();
        if (!keptTag.isEmpty() && !request.sink && !request.source && request.acceptZstd) {
            request.resumeBytes = keptBytes;
            request.resumeTag = keptTag;
        }
        response = perform(request);
        // Cut while its body came: what came is kept, and the next attempt asks for the rest alone (PROTOCOL.md, "A page
        // cut on its way"); a hub that cannot tell it is the same page sends it whole.
        // Only a frame that carries zstd's checksum (its header's Content_Checksum_flag, bit 2 of the byte after the
        // magic number): a joined frame whose parts do not belong together then fails to inflate rather than decoding
        // to other JSON (review of perf16, finding 3). The hub always sets it; a frame without it is asked whole.
        // A bzip2 page (PROTOCOL.md, "bzip2") always carries CRCs: each block's and each stream's.
        const QByteArray encoding = response.header("content-encoding");
        const bool checksummed = encoding == "zstd"
            ? response.body.size() > 4 && response.body.startsWith("\x28\xb5\x2f\xfd") && (quint8(response.body.at(4)) & 0x04) != 0
            : encoding == "bzip2" && request.acceptBzip2 && response.body.startsWith("BZh9");
        if (response.status == 0 && response.transient && checksummed && request.acceptZstd && !response.header("etag").isEmpty()) {
            keptBytes = response.body;
            keptTag = response.header("etag");
        } else if (!(response.status == 0 && response.transient && response.body.isEmpty())) {
            // An answer came (whole, refused, or cut in a form that cannot be resumed): what was kept is of no more use.
            // When nothing came at all (the link still down: no connection, or cut before the answer's first byte), the
            // bytes kept stay for the next attempt: before, that attempt dropped them, and a page cut by a link that stays
            // down a few seconds came again whole (bench/README.md, "Session 18").
            keptBytes.clear();
            keptTag.clear();
        }
        response.keptBytes = keptBytes;
        response.keptTag = keptTag;
        if (!response.transient || attempt >= m_options.maxAttempts || m_cancelled || (handBack && handBack(response)))
            return response;
        qCInfo(lcSync).noquote() << "retrying" << request.path << "after:" << response.error;
        if (!backoff(attempt, response.retryAfterSeconds))
            return response;
    }
}

} // namespace Continuite
