// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "sync/client/hubrequests.h"

#include "sync/client/synclog.h"
#include "sync/pagecolumns.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace Continuite {

using namespace Qt::StringLiterals;

namespace {

QJsonObject parseObject(const QByteArray &body, bool *ok)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    *ok = error.error == QJsonParseError::NoError && doc.isObject();
    return doc.object();
}

HubFailure damaged()
{
    return HubFailure{200, u"damaged"_s, QCoreApplication::translate("SyncRoundTrip", "The hub's answer arrived damaged; the sync will try again."), true};
}

} // namespace

HubFailure HubFailure::from(const HttpResponse &r)
{
    if (r.ok())
        return {};
    HubFailure f;
    f.status = r.status;
    f.transient = r.transient;
    f.retryAfterSeconds = r.retryAfterSeconds;
    if (r.status == 0) {
        f.code = u"network"_s;
        f.message = r.error;
        return f;
    }
    bool ok = false;
    const QJsonObject o = parseObject(r.body, &ok);
    f.code = o.value(u"error"_s).toString(u"http_%1"_s.arg(r.status));
    f.field = o.value(u"field"_s).toString();
    const QString hubMessage = o.value(u"message"_s).toString();
    if (r.status == 401)
        f.message = QCoreApplication::translate("HubFailure", "The hub does not accept this device any more (%1). Sign in again.")
                        .arg(hubMessage.isEmpty() ? f.code : hubMessage);
    else if (!hubMessage.isEmpty())
        f.message = QCoreApplication::translate("HubFailure", "The hub refused (HTTP %1): %2").arg(r.status).arg(hubMessage);
    else
        f.message = r.error.isEmpty() ? QCoreApplication::translate("HubFailure", "The hub answered HTTP %1.").arg(r.status) : r.error;
    return f;
}

bool LoginRequest::run(HttpTransport &transport)
{
    QJsonObject body{{u"login"_s, login}, {u"password"_s, password}, {u"device_id"_s, deviceId},
                     {u"device_name"_s, deviceName.left(200)}};
    if (!deviceKey.isEmpty()) {
        body.insert(u"device_key"_s, deviceKey);
        body.insert(u"device_proof"_s, deviceProof);
    }
    if (!previousToken.isEmpty())
        body.insert(u"token"_s, previousToken);
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    const HttpResponse r = transport.send([&] { return HttpRequest::make("POST", u"/v1/login"_s, json, true); });
    failure = HubFailure::from(r);
    if (!failure.isNull()) {
        if (r.status == 401)
            failure.message = tr("Wrong login or password (or PIN).");
        else if (failure.code == u"too_many_devices"_s)
            failure.message = tr("This account is signed in on too many devices: one you no longer use must be signed "
                                 "out first (in the settings of another device, or by a teacher), then sign in here.");
        else if (failure.code == u"device_signed_out"_s)
            failure.message = tr("This device was signed out of this account for good. Reset the app on it (or install "
                                 "it again) to sign in as a new device.");
        else if (failure.code == u"device_key_in_use"_s)
            failure.message = tr("This device's key already belongs to another device of this account (or a teacher "
                                 "vouched for it under another name). Reset the app on this device (or install it again) "
                                 "to sign in as a new device.");
        return false;
    }
    bool ok = false;
    const QJsonObject o = parseObject(r.body, &ok);
    const QJsonObject person = o.value(u"person"_s).toObject();
    answer = {o.value(u"token"_s).toString(), person.value(u"id"_s).toString(), person.value(u"login"_s).toString(),
              person.value(u"display_name"_s).toString(), person.value(u"role"_s).toString()};
    if (!ok || answer.token.isEmpty() || answer.personId.isEmpty()) {
        failure = damaged();
        return false;
    }
    return true;
}

bool SyncRoundTrip::run(HttpTransport &transport)
{
    // Hand-built so the empty sync stays tiny: {"cursor":"…"} and nothing else.
    QByteArray json = "{\"cursor\":" + QJsonDocument(QJsonArray{cursor}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    if (!changes.isEmpty())
        json += ",\"changes\":" + QJsonDocument(changes).toJson(QJsonDocument::Compact);
    if (!deviceKeys.isEmpty())
        json += ",\"device_keys\":" + QJsonDocument(deviceKeys).toJson(QJsonDocument::Compact);
    if (budget > 0 && (budget != HubDefaultBudget || columns)) // with columns, no budget asks for the hub's largest page
        json += ",\"budget\":" + QByteArray::number(budget);
    if (signatures)
        json += ",\"signatures\":true";
    if (columns)
        json += ",\"columns\":" + QByteArray::number(PageColumns::Version);
    const bool shortAnswer = hubProtocol >= 4;
    if (shortAnswer)
        json += ",\"v\":4";
    if (lastSeenAfter)
        json += (shortAnswer ? ",\"seen\":" : ",\"last_seen_after\":")
            + QJsonDocument(QJsonArray{*lastSeenAfter}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    json += '}';
    const HttpResponse r = transport.send(
        [&] {
            HttpRequest request = HttpRequest::make("POST", u"/v1/sync"_s, json, true);
            request.acceptBzip2 = columns && bzip2; // where a large page may come (PROTOCOL.md, "bzip2")
            request.resumeBytes = resumeBytes;
            request.resumeTag = resumeTag;
            return request;
        },
        [this](const HttpResponse &answer) { return handBackTooSlow && answer.status == 408; });
    resumeBytes = r.keptBytes;
    resumeTag = r.keptTag;
    failure = HubFailure::from(r);
    if (!failure.isNull())
        return false;
    resumeBytes.clear();
    resumeTag.clear();
    bool ok = false;
    const QJsonObject o = parseObject(r.body, &ok);
    const QJsonValue cursorValue = o.value(u"cursor"_s);
    // A short answer (asked with "v": 4) leaves out empty verdicts and changes; anything present must still be a list.
    const QJsonValue changesValue = o.value(u"changes"_s);
    const QJsonValue verdictsValue = o.value(u"verdicts"_s);
    auto listOrLeftOut = [shortAnswer](const QJsonValue &v) { return v.isArray() || (shortAnswer && v.isUndefined()); };
    if (!ok || !cursorValue.isString() || !listOrLeftOut(changesValue) || !listOrLeftOut(verdictsValue)) {
        failure = damaged();
        return false;
    }
    // What the hub speaks: it says so in an answer that brings something; a hub asked "v": 4 that answers in the long
    // form (an empty list, "more": false) does not know it (an older hub, or one put back to an older version).
    answerProtocol = 0;
    if (const double said = o.value(u"protocol"_s).toDouble(0); said >= 1 && said <= 1e6)
        answerProtocol = int(std::min<double>(said, Protocol));
    else if (shortAnswer && ((verdictsValue.isArray() && verdictsValue.toArray().isEmpty())
                             || (changesValue.isArray() && changesValue.toArray().isEmpty()) || o.value(u"more"_s) == QJsonValue(false)))
        answerProtocol = 3;
    verdicts.clear();
    received.clear();
    for (const QJsonValue &v : verdictsValue.toArray()) {
        const QJsonObject vo = v.toObject();
        const QString status = vo.value(u"status"_s).toString();
        const QString reason = vo.value(u"reason"_s).toString();
        const bool retry = status == u"rejected"_s && (vo.value(u"retry"_s).toBool() || reason.startsWith(u"internal"_s));
        // A quota refusal waits as long as the hub says (its own "retry_after", else the answer's Retry-After).
        int wait = 0;
        if (retry) {
            const double after = vo.value(u"retry_after"_s).toDouble(0);
            if (after > 0)
                wait = int(std::min(after, double(MaxRetryAfterSeconds)));
            else if (reason.startsWith(u"quota"_s) && r.retryAfterSeconds > 0)
                wait = std::min(r.retryAfterSeconds, MaxRetryAfterSeconds);
        }
        verdicts.append({vo.value(u"id"_s).toString(), status, reason, vo.value(u"received"_s).toString(), retry, wait});
    }
    for (const QJsonValue &c : changesValue.toArray())
        received.append(c.toObject());
    // A hub that knows columns sends them only when asked; one that does not ignores the question and sends every key in
    // its change. Columns that do not fit the changes are a damaged page: nothing of it is applied.
    if (const QJsonValue columnsValue = o.value(u"columns"_s); !columnsValue.isUndefined()) {
        QString why;
        if (!columns || !columnsValue.isObject() || !PageColumns::expand(columnsValue.toObject(), received, &why)) {
            qCWarning(lcSync).noquote() << "a sync page's columns do not fit its changes:" << (why.isEmpty() ? u"not asked for"_s : why);
            received.clear();
            failure = damaged();
            return false;
        }
    }
    nextCursor = cursorValue.toString();
    more = o.value(u"more"_s).toBool();
    lastSeen.clear();
    lastSeenUntil.clear();
    const QJsonObject seen = o.value(u"last_seen"_s).toObject();
    for (auto it = seen.constBegin(); it != seen.constEnd(); ++it)
        if (it.value().isString())
            lastSeen.insert(it.key(), it.value().toString());
    // With contacts, or alone in a short answer (the hub's mark in its short form, once: PROTOCOL.md, "Short answers").
    lastSeenUntil = o.value(u"last_seen_until"_s).toString();
    if (lastSeenUntil.size() > 40) // longer than any hub takes back: none (review-p4, F4)
        lastSeenUntil.clear();
    answerJsonBytes = r.body.size();
    answerWireBytes = r.bytesDown;
    resumable = !r.header("etag").isEmpty();
    return true;
}

bool UploadOffsetRequest::run(HttpTransport &transport)
{
    const HttpResponse r = transport.send([&] { return HttpRequest::make("GET", u"/v1/uploads/"_s + sha256); });
    failure = HubFailure::from(r);
    if (!failure.isNull())
        return false;
    bool ok = false;
    offset = r.header("upload-offset").toLongLong(&ok);
    complete = r.header("upload-complete") == "1";
    if (!ok) {
        failure = damaged();
        return false;
    }
    return true;
}

bool UploadRequest::run(HttpTransport &transport)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        failure = HubFailure{0, u"local"_s, tr("Could not read the file to send (%1).").arg(file.errorString()), false};
        return false;
    }
    for (int round = 0; round < maxRounds; ++round) {
        UploadOffsetRequest where;
        where.sha256 = sha256;
        if (!where.run(transport)) {
            failure = where.failure;
            return false;
        }
        if (where.complete)
            return true;
        qint64 offset = where.offset;
        if (offset > size)
            offset = 0;
        if (!file.seek(offset)) {
            failure = HubFailure{0, u"local"_s, tr("Could not read the file to send."), false};
            return false;
        }
        const QList<QByteArray> headers{"Upload-Offset: " + QByteArray::number(offset), "Upload-Length: " + QByteArray::number(size)};
        HttpRequest request = HttpRequest::make("PATCH", u"/v1/uploads/"_s + sha256);
        request.headers = headers;
        request.source = &file;
        request.sourceLength = size - offset;
        // One attempt here: after a failure the offset is asked again, so nothing the hub has is resent.
        const HttpResponse r = transport.perform(request);
        if (r.status == 200 || r.status == 201)
            return true;
        if (r.status == 204 || r.status == 409 || r.transient) {
            // A cut or a busy hub: wait a little, then ask where the hub got to.
            failure = HubFailure::from(r);
            if (!transport.backoff(round + 1, r.retryAfterSeconds))
                return false;
            continue;
        }
        if (r.status == 422) // the hub got damaged bytes and dropped them: start again from 0
            continue;
        failure = HubFailure::from(r);
        return false;
    }
    if (failure.isNull())
        failure = HubFailure{0, u"network"_s, tr("The upload did not complete; it will resume at the next sync."), true};
    return false;
}

bool DownloadRequest::run(HttpTransport &transport)
{
    for (int round = 1; round <= maxRounds; ++round) {
        QFile part(partPath);
        if (!part.open(QIODevice::ReadWrite)) {
            failure = HubFailure{0, u"local"_s, tr("Could not write the file being downloaded (%1).").arg(part.errorString()), false};
            return false;
        }
        qint64 have = part.size();
        if (expectedSize >= 0 && have > expectedSize) {
            part.resize(0);
            have = 0;
        }
        part.seek(have);
        HttpRequest request = HttpRequest::make("GET", u"/v1/media/"_s + sha256);
        // No If-Range: a file is named by its SHA-256 and never changes. (A front that sends the files itself, nginx
        // with the hub's --accel-redirect, compares If-Range with an ETag of its own and would send it all again.)
        if (have > 0)
            request.headers << "Range: bytes=" + QByteArray::number(have) + '-';
        // Never past the stated size: a 206 continues after what we have, anything else starts the file again.
        qint64 received = 0;
        bool tooLarge = false;
        request.sink = [&](const char *data, size_t n, long status) {
            const qint64 start = status == 206 ? have : 0;
            if (expectedSize >= 0 && start + received + qint64(n) > expectedSize) {
                tooLarge = true;
                return false;
            }
            received += qint64(n);
            return part.write(data, qint64(n)) == qint64(n);
        };
        const HttpResponse r = transport.perform(request);
        part.flush();
        if (tooLarge) {
            part.close();
            QFile::remove(partPath);
            qCWarning(lcSync) << "file" << sha256 << "is larger than the" << expectedSize << "bytes its record states; refused";
            failure = HubFailure{0, u"too_large"_s,
                                 tr("A file is larger than the lesson or the work naming it says: it was not downloaded, "
                                    "so that it costs no more than was shown. Ask for it to be attached again."),
                                 false};
            return false;
        }
        if (r.status == 200 && have > 0) {
            // The hub ignored the range and sent the whole file after the bytes we had: keep only what it sent.
            part.seek(have);
            const QByteArray all = part.readAll();
            part.resize(0);
            part.seek(0);
            part.write(all);
            part.flush();
        }
        part.close();
        const bool answered = r.status == 200 || r.status == 206 || r.status == 416;
        if (!answered) {
            failure = HubFailure::from(r);
            if (!r.transient && r.status != 0)
                return false;
            if (!transport.backoff(round, r.retryAfterSeconds))
                return false;
            continue;
        }
        if (!r.error.isEmpty()) {
            if (!transport.backoff(round, r.retryAfterSeconds))
                return false;
            continue;
        }
        if (sha256OfFile(partPath) == sha256) { // whole (a record may state more than the file: it cost less)
            failure = {};
            return true;
        }
        if (expectedSize >= 0 && QFileInfo(partPath).size() < expectedSize) { // cut short without an error: resume
            if (!transport.backoff(round, r.retryAfterSeconds))
                return false;
            continue;
        }
        qCWarning(lcSync) << "downloaded file" << sha256 << "does not match its hash; fetching it again";
        QFile::remove(partPath); // a damaged byte somewhere: never stored, fetched again
        failure = HubFailure{r.status, u"hash_mismatch"_s, tr("A file arrived damaged; it will be fetched again."), true};
    }
    if (failure.isNull())
        failure = HubFailure{0, u"network"_s, tr("The download did not complete; it will resume at the next sync."), true};
    return false;
}

QString sha256OfFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&f))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace Continuite
