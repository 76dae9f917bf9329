// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// The hub's HTTP layer on cpp-httplib (thread per connection): the default until the event-loop layer
// (hubservermhd.cpp, cmake -DCONTINUITE_HUB_EVENT_LOOP=ON, issue 19) has passed the whole suite.
#include "sync/hub/hubserver.h"

#include "sync/hub/hubwire.h"

#include "sync/hub/bodyrules.h"

#include "sync/hub/hubengine.h"
#include "sync/hub/hublog.h"
#include "sync/hub/mediastore.h"
#include "sync/hub/sqlitehubstorage.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>

#include <httplib.h>

#include <algorithm>
#include <cctype>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace Continuite::Hub {

using namespace Qt::StringLiterals;

namespace {

// 2: "last_seen_after" / "last_seen" in /v1/sync (a teacher's students' last contact).
constexpr int ProtocolVersion = 3;
const char *const JsonType = "application/json";
thread_local qint64 t_started = 0;

qint64 monotonicMs()
{
    static QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer.elapsed();
}

BodyRules::BodyHeaders bodyHeaders(const httplib::Request &req)
{
    BodyRules::BodyHeaders h;
    h.method = req.method;
    h.contentLengthCount = int(req.get_header_value_count("Content-Length"));
    h.contentLength = req.get_header_value("Content-Length");
    h.transferEncodingCount = int(req.get_header_value_count("Transfer-Encoding"));
    h.contentEncodingCount = int(req.get_header_value_count("Content-Encoding"));
    h.contentEncoding = req.get_header_value("Content-Encoding");
    return h;
}

std::string str(const QString &s)
{
    return s.toStdString();
}

QString qstr(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

void setJson(httplib::Response &res, int status, const QByteArray &body)
{
    res.status = status;
    res.set_content(body.constData(), size_t(body.size()), JsonType);
}

void setError(httplib::Response &res, const HubError &e)
{
    QJsonObject o{{u"error"_s, e.code}, {u"message"_s, e.message}};
    if (!e.field.isEmpty())
        o.insert(u"field"_s, e.field);
    if (e.retryAfter > 0)
        res.set_header("Retry-After", std::to_string(e.retryAfter));
    setJson(res, e.status, QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// cpp-httplib 0.11 keeps the connection whatever "Connection: close" says, and would read the unread body of a
// refused request as the next request (a desync a proxy could be fooled by). A content provider that reports
// failure once the answer is written is the one way a handler has to make it close the socket.
void closeAfterAnswer(httplib::Response &res)
{
    auto body = std::make_shared<std::string>(std::move(res.body));
    res.body.clear();
    const std::string type = res.get_header_value("Content-Type");
    res.headers.erase("Content-Type");
    res.set_header("Connection", "close");
    res.set_content_provider(body->size(), type.empty() ? JsonType : type.c_str(),
                             [body](size_t offset, size_t, httplib::DataSink &sink) {
                                 if (offset < body->size())
                                     sink.write(body->data() + offset, body->size() - offset);
                                 return false; // all written: now close
                             });
}

bool acceptsZstd(const httplib::Request &req)
{
    const std::string accept = req.get_header_value("Accept-Encoding");
    // With gzip or br also offered, cpp-httplib compresses the response itself; do not stack encodings.
    return accept.find("zstd") != std::string::npos && accept.find("gzip") == std::string::npos
        && accept.find("br") == std::string::npos;
}

qint64 headerNumber(const httplib::Request &req, const char *name, bool required)
{
    if (!req.has_header(name)) {
        if (required)
            throw HubError::invalid(QString::fromLatin1(name), u"Header \"%1\" is required."_s.arg(QString::fromLatin1(name)));
        return -1;
    }
    const std::string v = req.get_header_value(name);
    bool ok = v.size() <= 15 && !v.empty();
    for (char c : v)
        ok = ok && c >= '0' && c <= '9';
    if (!ok)
        throw HubError::invalid(QString::fromLatin1(name),
                                u"Header \"%1\" must be a whole number of bytes."_s.arg(QString::fromLatin1(name)));
    return std::stoll(v);
}

} // namespace

struct HubServer::Private
{
    QString dataDir;
    HubLimits limits;
    QStringList trustedProxies; ///< limits.trustedProxy, split on commas
    std::unique_ptr<SqliteHubStorage> storage;
    std::unique_ptr<HubEngine> engine;
    std::unique_ptr<MediaStore> media;
    std::unique_ptr<httplib::Server> http; ///< an httplib::SSLServer when the hub serves https
    bool tls = false;
    std::thread thread;
    int port = -1;
    QString host;
    std::string pathPrefix; ///< "/code" (lower case) or empty
    PrefixGate prefixGate;  ///< judges each request to a prefixed hub first (join-code guessing)
    std::atomic<int> inFlight{0};

    void routes();
    Session session(const httplib::Request &req);
    /// The body once inflated (zstd, at most @p inflatedLimit bytes), as sent otherwise.
    QByteArray jsonBody(const httplib::Request &req, qint64 inflatedLimit);
    /// How large a body this request may send (authenticates a large /v1/sync first).
    BodyRules::RouteLimit routeLimit(const httplib::Request &req);
    /// Why the request is refused before its body is read, or nothing (see BodyRules).
    std::optional<HubError> bodyRefusal(const httplib::Request &req);
    void reply(const httplib::Request &req, httplib::Response &res, int status, const QByteArray &body);
    template<typename Fn>
    void guarded(const httplib::Request &req, httplib::Response &res, Fn &&fn);
    void upload(const httplib::Request &req, httplib::Response &res, const httplib::ContentReader &reader);
    /// Removes expired partial uploads every limits.uploadSweepSeconds, until stop().
    void sweepUploads();
    /// At start: publishes uploads recorded but not moved into place, records stored files without a row.
    void repairBlobs();

    std::thread sweeper;
    std::mutex sweepMutex;
    std::condition_variable sweepWake;
    bool sweepStop = false;
    void download(const httplib::Request &req, httplib::Response &res);
};

Session HubServer::Private::session(const httplib::Request &req)
{
    const std::string auth = req.get_header_value("Authorization");
    static const std::string bearer = "Bearer ";
    if (auth.compare(0, bearer.size(), bearer) != 0)
        return engine->authenticate(QString());
    return engine->authenticate(QString::fromLatin1(auth.substr(bearer.size())).trimmed());
}

QByteArray HubServer::Private::jsonBody(const httplib::Request &req, qint64 inflatedLimit)
{
    // bodyRefusal() let through only plain or zstd bodies of an announced length within the route's limit.
    const std::string encoding = req.get_header_value("Content-Encoding");
    if (encoding == "zstd")
        return Wire::inflateZstd(QByteArray::fromRawData(req.body.data(), qsizetype(req.body.size())), inflatedLimit);
    if (!encoding.empty() && encoding != "identity")
        throw HubError(415, u"unsupported_encoding"_s, u"Send bodies plain or with Content-Encoding: zstd."_s);
    return QByteArray(req.body.data(), qsizetype(req.body.size()));
}

BodyRules::RouteLimit HubServer::Private::routeLimit(const httplib::Request &req)
{
    if (req.path == "/v1/sync") {
        // Only a signed-in device may send a large body: anyone else's costs at most a small one.
        const qint64 declared = BodyRules::declaredLength(bodyHeaders(req));
        if (declared > limits.maxJsonBodyBytes) {
            session(req); // 401 before the body is read
            return {limits.maxSyncBodyBytes, true};
        }
        return {limits.maxJsonBodyBytes, true};
    }
    if (req.path.rfind("/v1/uploads/", 0) == 0)
        return {limits.maxUploadBytes, false}; // streamed to disk, never held in memory
    return {limits.maxJsonBodyBytes, true};
}

std::optional<HubError> HubServer::Private::bodyRefusal(const httplib::Request &req)
{
    try {
        return BodyRules::refusal(bodyHeaders(req), routeLimit(req));
    } catch (const HubError &e) {
        return e;
    } catch (const StorageError &) {
        return HubError(503, u"unavailable"_s, u"The hub's database is unavailable; try again later."_s, {}, 5);
    }
}

void HubServer::Private::reply(const httplib::Request &req, httplib::Response &res, int status, const QByteArray &body)
{
    if (body.size() >= 128 && acceptsZstd(req)) {
        const QByteArray packed = Wire::deflateZstd(body, Wire::zstdLevelFor(body.size(), limits.largeAnswerZstdLevel));
        if (!packed.isEmpty()) {
            res.set_header("Content-Encoding", "zstd");
            setJson(res, status, packed);
            return;
        }
    }
    setJson(res, status, body);
}

template<typename Fn>
void HubServer::Private::guarded(const httplib::Request &, httplib::Response &res, Fn &&fn)
{
    // Under overload, answer at once rather than queue: clients back off with jitter and retry.
    struct InFlight
    {
        std::atomic<int> &n;
        ~InFlight() { --n; }
    } inFlightGuard{inFlight};
    if (++inFlight > limits.maxInFlight) {
        setError(res, HubError(429, u"busy"_s, u"The hub is busy; try again in a moment."_s, {}, 1));
        return;
    }
    try {
        fn();
    } catch (const HubError &e) {
        res.headers.erase("Content-Encoding");
        setError(res, e);
    } catch (const StorageError &e) {
        qCWarning(lcHub) << "storage failure:" << e.what();
        setError(res, HubError(503, u"unavailable"_s, u"The hub's database is unavailable; try again later."_s, {}, 5));
    } catch (const std::exception &e) {
        qCWarning(lcHub) << "internal error:" << e.what();
        setError(res, HubError(500, u"internal"_s, u"Internal error."_s));
    }
}

void HubServer::Private::sweepUploads()
{
    std::unique_lock lock(sweepMutex);
    while (!sweepStop) {
        sweepWake.wait_for(lock, std::chrono::seconds(limits.uploadSweepSeconds), [this] { return sweepStop; });
        if (sweepStop)
            break;
        lock.unlock();
        if (const int stale = media->removeStaleUploads(std::chrono::seconds(limits.uploadExpirySeconds)))
            qCInfo(lcHub) << "removed" << stale << "unfinished uploads nobody wrote to for" << limits.uploadExpirySeconds << "s";
        lock.lock();
    }
}

void HubServer::Private::repairBlobs()
{
    // Uploads verified and recorded, then interrupted before their rename: publish them.
    for (const QString &sha : media->partNames()) {
        std::optional<BlobInfo> row;
        storage->read([&](HubTransaction &tx) { row = tx.blob(sha); });
        if (row && media->partSize(sha) == row->size && media->verifyUpload(sha) && media->publishUpload(sha))
            qCInfo(lcHub) << "published upload" << sha << "recorded before the hub stopped";
    }
    // Files an older hub renamed into place before a row that never committed: readable again by whoever
    // may read a record naming them (the uploader is not known).
    QStringList orphans;
    const QStringList names = media->blobNames();
    storage->read([&](HubTransaction &tx) {
        for (const QString &sha : names)
            if (!tx.blob(sha))
                orphans << sha;
    });
    if (orphans.isEmpty())
        return;
    storage->write([&](HubTransaction &tx) {
        for (const QString &sha : std::as_const(orphans))
            tx.putBlob(BlobInfo{sha, media->blobSize(sha), u""_s}); // not null: the column is NOT NULL
    });
    qCWarning(lcHub) << "recorded" << orphans.size() << "stored files that had no row";
}

void HubServer::Private::upload(const httplib::Request &req, httplib::Response &res, const httplib::ContentReader &reader)
{
    // Always drain what the client sends, so the connection stays usable whatever we answer.
    bool bodyRead = false;
    auto drain = [&] {
        if (!bodyRead) {
            bodyRead = true;
            reader([](const char *, size_t) { return true; });
        }
    };
    guarded(req, res, [&] {
        const QString sha = qstr(req.matches[1]);
        const Session s = session(req);
        const qint64 offset = headerNumber(req, "Upload-Offset", true);
        const qint64 length = headerNumber(req, "Upload-Length", true);
        if (length <= 0)
            throw HubError::invalid(u"Upload-Length"_s, u"Header \"Upload-Length\" must be at least 1."_s);
        if (length > limits.maxUploadBytes)
            throw HubError(413, u"too_large"_s, u"Files are limited to %1 bytes on this hub."_s.arg(limits.maxUploadBytes),
                           u"Upload-Length"_s);
        if (engine->storedFor(s, sha, media->hasBlob(sha))) {
            drain();
            res.status = 200;
            res.set_header("Upload-Offset", std::to_string(media->blobSize(sha)));
            return;
        }
        auto lock = media->tryLockUpload(sha);
        if (!lock.owns_lock()) {
            res.set_header("Upload-Offset", std::to_string(media->partSize(sha)));
            throw HubError(409, u"upload_in_progress"_s, u"Another upload of this file is in progress; ask the offset again later."_s);
        }
        engine->reserveUpload(s, *media, sha, length);
        const qint64 current = media->partSize(sha);
        if (offset != current) {
            res.set_header("Upload-Offset", std::to_string(current));
            throw HubError(409, u"offset_mismatch"_s, u"The upload is at byte %1; resume from there."_s.arg(current),
                           u"Upload-Offset"_s);
        }
        if (current > length)
            throw HubError::invalid(u"Upload-Length"_s, u"Header \"Upload-Length\" is smaller than what was already uploaded."_s);
        QFile part(media->partPath(sha));
        if (!part.open(QIODevice::WriteOnly | QIODevice::Append))
            throw StorageError("cannot open an upload file");
        qint64 written = current;
        bool tooLong = false;
        bodyRead = reader([&](const char *data, size_t n) {
            if (written + qint64(n) > length) {
                tooLong = true;
                return false;
            }
            if (part.write(data, qint64(n)) != qint64(n))
                return false;
            written += qint64(n);
            return true;
        });
        part.close(); // whatever arrived is kept: the client resumes from here after a cut
        if (tooLong)
            throw HubError(413, u"too_large"_s, u"More bytes than \"Upload-Length\" announced."_s, u"body"_s);
        if (written < length) {
            res.status = 204;
            res.set_header("Upload-Offset", std::to_string(written));
            return;
        }
        if (!media->verifyUpload(sha))
            throw HubError(422, u"hash_mismatch"_s, u"The uploaded bytes do not have this SHA-256; upload the file again."_s);
        // The row first: a file visible under its name always has one. Should the rename fail (or the hub
        // stop here), the upload stays complete under uploads/, HEAD says not complete, and sending the
        // (empty) rest again, or the repair at start, publishes it.
        engine->recordUpload(s, media->uploadStarter(sha), sha, length);
        if (!media->publishUpload(sha))
            throw StorageError("cannot move a verified upload into place");
        res.status = 201;
        res.set_header("Upload-Offset", std::to_string(length));
    });
    if (!bodyRead && !res.body.empty()) {
        // An error before reading, or reading stopped short (more bytes than announced): do not keep a
        // half-read connection, its rest would be read as the next request.
        closeAfterAnswer(res);
    }
}

void HubServer::Private::download(const httplib::Request &req, httplib::Response &res)
{
    guarded(req, res, [&] {
        const QString sha = qstr(req.matches[1]);
        const Session s = session(req);
        if (!engine->storedFor(s, sha, media->hasBlob(sha))) // the same answer whether the hub holds it or not
            throw HubError(404, u"not_found"_s, u"None of the files you may read on this hub has this name."_s);
        const std::string etag = "\"" + sha.toStdString() + "\"";
        const qint64 size = media->blobSize(sha);
        res.set_header("ETag", etag);
        res.set_header("Accept-Ranges", "bytes");
        res.set_header("Cache-Control", "private, max-age=31536000, immutable");
        if (req.get_header_value("If-None-Match") == etag) {
            res.status = 304;
            return;
        }
        const bool rangeApplies = req.has_header("Range")
            && (!req.has_header("If-Range") || req.get_header_value("If-Range") == etag);
        const Wire::ByteRange range = rangeApplies ? Wire::parseRange(req.get_header_value("Range"), size)
                                                   : Wire::ByteRange{Wire::ByteRange::Whole, 0, size - 1};
        if (range.kind == Wire::ByteRange::Unsatisfiable) {
            res.set_header("Content-Range", "bytes */" + std::to_string(size));
            throw HubError(416, u"range_not_satisfiable"_s, u"The file has %1 bytes."_s.arg(size));
        }
        const bool partial = range.kind == Wire::ByteRange::Partial;
        const qint64 first = range.first;
        const qint64 last = range.last;
        const qint64 length = last - first + 1;
        if (partial) {
            res.status = 206;
            res.set_header("Content-Range",
                           "bytes " + std::to_string(first) + "-" + std::to_string(last) + "/" + std::to_string(size));
        } else {
            res.status = 200;
        }
        auto file = std::make_shared<QFile>(media->blobPath(sha));
        if (!file->open(QIODevice::ReadOnly))
            throw HubError(404, u"not_found"_s, u"No such file on this hub."_s);
        res.set_content_provider(size_t(length), "application/octet-stream",
                                 [file, first](size_t offset, size_t length, httplib::DataSink &sink) {
                                     if (!file->seek(first + qint64(offset)))
                                         return false;
                                     const QByteArray chunk = file->read(qint64(std::min<size_t>(length, 64 * 1024)));
                                     if (chunk.isEmpty())
                                         return false;
                                     return sink.write(chunk.constData(), size_t(chunk.size()));
                                 });
    });
}

void HubServer::Private::routes()
{
    http->Get("/v1/health", [this](const httplib::Request &, httplib::Response &res) {
        try {
            storage->read([](HubTransaction &tx) { tx.lastSeq(); });
            setJson(res, 200, "{\"status\":\"ok\"}");
        } catch (const StorageError &) {
            setError(res, HubError(503, u"unavailable"_s, u"The hub's database is unavailable."_s, {}, 5));
        }
    });
    http->Get("/v1/version", [this](const httplib::Request &, httplib::Response &res) {
        const QJsonObject o{{u"version"_s, HubServer::version()},
                            {u"protocol"_s, ProtocolVersion},
                            {u"max_upload_bytes"_s, double(limits.maxUploadBytes)},
                            {u"max_sync_body_bytes"_s, double(limits.maxSyncBodyBytes)},
                            {u"max_budget"_s, double(limits.maxBudget)},
                            {u"max_changes_per_push"_s, limits.maxChangesPerPush}};
        setJson(res, 200, QJsonDocument(o).toJson(QJsonDocument::Compact));
    });
    http->Post("/v1/login", [this](const httplib::Request &req, httplib::Response &res) {
        guarded(req, res, [&] {
            const std::string forwarded = limits.clientIpHeader.isEmpty()
                ? std::string()
                : req.get_header_value(limits.clientIpHeader.toLatin1().constData());
            const QString address = Wire::clientAddress(req.remote_addr, forwarded, trustedProxies);
            const QJsonObject answer = engine->login(Wire::parseJsonObject(jsonBody(req, limits.maxJsonBodyBytes)), address);
            reply(req, res, 200, QJsonDocument(answer).toJson(QJsonDocument::Compact));
        });
    });
    http->Post("/v1/sync", [this](const httplib::Request &req, httplib::Response &res) {
        guarded(req, res, [&] {
            const Session s = session(req);
            const QJsonObject request = Wire::parseJsonObject(jsonBody(req, limits.maxInflatedBytes));
            reply(req, res, 200, engine->sync(s, request));
        });
    });
    http->Get("/v1/devices", [this](const httplib::Request &req, httplib::Response &res) {
        guarded(req, res, [&] {
            const Session s = session(req);
            reply(req, res, 200, QJsonDocument(engine->devices(s)).toJson(QJsonDocument::Compact));
        });
    });
    http->Delete(R"(/v1/devices/([^/]{1,64}))", [this](const httplib::Request &req, httplib::Response &res) {
        guarded(req, res, [&] {
            const Session s = session(req);
            engine->revokeDevice(s, qstr(req.matches[1]), qstr(req.get_param_value("person")));
            res.status = 204;
        });
    });
    http->Get(R"(/v1/media/([0-9a-f]{64}))", [this](const httplib::Request &req, httplib::Response &res) { download(req, res); });
    http->Get(R"(/v1/uploads/([0-9a-f]{64}))", [this](const httplib::Request &req, httplib::Response &res) {
        guarded(req, res, [&] {
            const QString sha = qstr(req.matches[1]);
            const bool complete = engine->storedFor(session(req), sha, media->hasBlob(sha));
            const qint64 offset = complete ? media->blobSize(sha) : media->partSize(sha);
            res.set_header("Upload-Offset", std::to_string(offset));
            if (complete)
                res.set_header("Upload-Complete", "1");
            setJson(res, 200, QJsonDocument(QJsonObject{{u"offset"_s, double(offset)}, {u"complete"_s, complete}}).toJson(QJsonDocument::Compact));
        });
    });
    http->Patch(R"(/v1/uploads/([0-9a-f]{64}))",
               [this](const httplib::Request &req, httplib::Response &res, const httplib::ContentReader &reader) {
                   upload(req, res, reader);
               });

    http->set_pre_routing_handler([this](const httplib::Request &req, httplib::Response &res) {
        t_started = monotonicMs();
        // Ranges are ours to apply (If-Range, 416); keep cpp-httplib from applying them a second time.
        // The Request object is not const where cpp-httplib made it.
        const_cast<httplib::Request &>(req).ranges.clear();
        if (!pathPrefix.empty()) {
            // A classroom hub answers only under its join code: strip it, or say there is nothing here.
            std::string &path = const_cast<httplib::Request &>(req).path;
            std::string head = path.substr(0, pathPrefix.size());
            std::transform(head.begin(), head.end(), head.begin(), [](unsigned char c) { return char(std::tolower(c)); });
            const bool rightPrefix = head == pathPrefix && path.size() > pathPrefix.size() && path[pathPrefix.size()] == '/';
            if (const int wait = prefixGate ? prefixGate(QString::fromStdString(req.remote_addr), rightPrefix) : 0; wait > 0) {
                res.set_header("Retry-After", std::to_string(wait));
                setError(res, HubError(429, u"too_many_attempts"_s, u"Too many wrong join codes from this address: wait, then check the code."_s));
                return httplib::Server::HandlerResponse::Handled;
            }
            if (!rightPrefix) {
                setError(res, HubError(404, u"not_found"_s, u"No such endpoint; see PROTOCOL.md."_s));
                return httplib::Server::HandlerResponse::Handled;
            }
            path.erase(0, pathPrefix.size());
        }
        if (auto refusal = bodyRefusal(req)) {
            // The body is left unread: the connection cannot carry another request.
            setError(res, *refusal);
            closeAfterAnswer(res);
            return httplib::Server::HandlerResponse::Handled;
        }
        return httplib::Server::HandlerResponse::Unhandled;
    });
    http->set_error_handler(httplib::Server::HandlerWithResponse([](const httplib::Request &, httplib::Response &res) {
        if (!res.body.empty() || res.status == 304 || res.content_length_ > 0) // ours already (closeAfterAnswer)
            return httplib::Server::HandlerResponse::Unhandled;
        switch (res.status) {
        case 404:
            setError(res, HubError(404, u"not_found"_s, u"No such endpoint; see PROTOCOL.md."_s));
            break;
        case 413:
            setError(res, HubError(413, u"too_large"_s, u"The request is too large."_s));
            break;
        case 416:
            setError(res, HubError(416, u"range_not_satisfiable"_s, u"The range is not satisfiable."_s));
            break;
        default:
            if (res.status >= 400)
                setError(res, HubError(res.status, u"bad_request"_s, u"The request could not be read."_s));
            break;
        }
        return httplib::Server::HandlerResponse::Handled;
    }));
    http->set_exception_handler([](const httplib::Request &, httplib::Response &res, std::exception_ptr) {
        setError(res, HubError(500, u"internal"_s, u"Internal error."_s));
    });
    http->set_logger([](const httplib::Request &req, const httplib::Response &res) {
        const qint64 ms = t_started > 0 ? monotonicMs() - t_started : 0;
        t_started = 0;
        const size_t bytes = res.body.empty() ? res.content_length_ : res.body.size();
        qCInfo(lcHub).noquote() << Wire::loggable(req.method, 16) << Wire::loggable(req.path)
                                << res.status << bytes << "B" << ms << "ms";
    });
}

HubServer::HubServer(const QString &dataDir, HubLimits limits)
    : d(std::make_unique<Private>())
{
    d->dataDir = dataDir;
    d->limits = limits;
    for (const QString &proxy : limits.trustedProxy.split(u',', Qt::SkipEmptyParts))
        d->trustedProxies << QHostAddress(proxy.trimmed()).toString();
    if (!QDir().mkpath(dataDir))
        throw StorageError("cannot create " + dataDir.toStdString());
    d->storage = std::make_unique<SqliteHubStorage>(dataDir + u"/hub.sqlite"_s);
    d->engine = std::make_unique<HubEngine>(*d->storage, limits);
    d->media = std::make_unique<MediaStore>(dataDir);
    if (const int stale = d->media->removeStaleUploads(std::chrono::seconds(limits.uploadExpirySeconds)))
        qCInfo(lcHub) << "removed" << stale << "unfinished uploads nobody wrote to for" << limits.uploadExpirySeconds << "s";
    d->repairBlobs();
    if (!limits.tlsCertificateFile.isEmpty() || !limits.tlsKeyFile.isEmpty()) {
        // Debian's cpp-httplib is built with OpenSSL: the hub can serve https on its own.
        auto tls = std::make_unique<httplib::SSLServer>(QFile::encodeName(limits.tlsCertificateFile).constData(),
                                                        QFile::encodeName(limits.tlsKeyFile).constData());
        if (!tls->is_valid())
            throw std::runtime_error("cannot use the TLS certificate " + limits.tlsCertificateFile.toStdString() + " with the key "
                                     + limits.tlsKeyFile.toStdString() + " (both PEM files, readable, and a matching pair)");
        d->http = std::move(tls);
        d->tls = true;
    } else {
        d->http = std::make_unique<httplib::Server>();
    }
    const int threads = limits.threads;
    d->http->new_task_queue = [threads] { return new httplib::ThreadPool(size_t(threads)); };
    d->http->set_read_timeout(limits.readTimeoutSeconds, 0);
    d->http->set_write_timeout(limits.writeTimeoutSeconds, 0);
    d->http->set_keep_alive_timeout(limits.keepAliveSeconds);
    d->http->set_keep_alive_max_count(1000);
    // Headers and body go out in two writes: without TCP_NODELAY, Nagle and delayed ACKs add 40 ms to every answer.
    d->http->set_tcp_nodelay(true);
    d->http->set_payload_max_length(size_t(std::max({limits.maxUploadBytes, limits.maxSyncBodyBytes, limits.maxJsonBodyBytes})));
    d->routes();
}

HubServer::~HubServer()
{
    stop();
}

void HubServer::setPathPrefix(const QString &prefix, PrefixGate gate)
{
    d->pathPrefix = prefix.isEmpty() ? std::string() : "/" + prefix.toLower().toStdString();
    d->prefixGate = std::move(gate);
}

bool HubServer::start(const QString &host, int port)
{
    d->host = host;
    if (port == 0)
        d->port = d->http->bind_to_any_port(str(host));
    else
        d->port = d->http->bind_to_port(str(host), port) ? port : -1;
    if (d->port <= 0)
        return false;
    d->thread = std::thread([this] { d->http->listen_after_bind(); });
    d->sweepStop = false;
    d->sweeper = std::thread([this] { d->sweepUploads(); });
    while (!d->http->is_running())
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    return true;
}

void HubServer::stop()
{
    if (d->sweeper.joinable()) {
        {
            std::lock_guard lock(d->sweepMutex);
            d->sweepStop = true;
        }
        d->sweepWake.notify_all();
        d->sweeper.join();
    }
    if (d->thread.joinable()) {
        d->http->stop(); // stops accepting; the pool finishes the requests in flight before the thread returns
        d->thread.join();
    }
}

bool HubServer::isRunning() const
{
    return d->http->is_running();
}

int HubServer::port() const
{
    return d->port;
}

int HubServer::requestsInFlight() const
{
    return d->inFlight.load();
}

qint64 HubServer::longestQueueWaitMs() const
{
    return -1; // not known: cpp-httplib's waiting happens in the kernel's accept queue
}

int HubServer::connectionsOpen() const
{
    return -1; // not known to cpp-httplib's layer
}

QString HubServer::url() const
{
    const QString host = d->host.contains(u':') ? u'[' + d->host + u']' : d->host;
    return (d->tls ? u"https://%1:%2"_s : u"http://%1:%2"_s).arg(host).arg(d->port);
}

HubEngine &HubServer::engine()
{
    return *d->engine;
}

MediaStore &HubServer::media()
{
    return *d->media;
}

QString HubServer::version()
{
    return QStringLiteral(CONTINUITE_HUB_VERSION);
}

} // namespace Continuite::Hub
