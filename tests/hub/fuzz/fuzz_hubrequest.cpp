// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// libFuzzer entry: the first byte chooses what the rest is fed to. Every parser must answer with a value
// or a HubError, never crash, hang or break its own invariants.
#include "sync/change.h"
#include "sync/hlc.h"
#include "sync/hub/bodyrules.h"
#include "sync/hub/hubcrypto.h"
#include "sync/hub/hubengine.h"
#include "sync/hub/hubroute.h"
#include "sync/hub/hubwire.h"
#include "sync/hub/sqlitehubstorage.h"
#include "sync/pagecolumns.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cstdlib>

using namespace Continuite;
using namespace Continuite::Hub;
using namespace Qt::StringLiterals;

namespace {

struct World
{
    QTemporaryDir dir;
    std::unique_ptr<SqliteHubStorage> storage;
    std::unique_ptr<HubEngine> engine;
    Session teacher;
    Session student;
    QString classId = newUuid();
};

World *makeWorld()
{
    static int argc = 1;
    static char name[] = "fuzz_hubrequest";
    static char *argv[] = {name, nullptr};
    new QCoreApplication(argc, argv);
    auto *w = new World;
    w->storage = std::make_unique<SqliteHubStorage>(w->dir.path() + u"/hub.sqlite"_s, SqliteHubStorage::Durability::Volatile);
    w->engine = std::make_unique<HubEngine>(*w->storage);
    w->engine->addTeacher(u"prof"_s, u"Prof"_s, "password-prof", true);
    const QString device = newUuid();
    const QJsonObject login = w->engine->login({{u"login"_s, u"prof"_s}, {u"password"_s, u"password-prof"_s}, {u"device_id"_s, device}}, u"fuzz"_s);
    w->teacher = w->engine->authenticate(login.value(u"token"_s).toString());
    const QString person = newUuid();
    auto change = [&](const QString &kind, const QString &row, const QJsonObject &fields) {
        static quint32 counter = 0;
        return QJsonObject{{u"id"_s, newUuid()}, {u"kind"_s, kind}, {u"row"_s, row}, {u"class"_s, w->classId},
                           {u"hlc"_s, HlcTimestamp{1700000000000, counter++, device}.toString()},
                           {u"author"_s, w->teacher.account.id}, {u"device"_s, device}, {u"fields"_s, fields}};
    };
    w->engine->sync(w->teacher, {{u"changes"_s, QJsonArray{
        change(u"class"_s, w->classId, {{u"name"_s, u"6e"_s}}),
        change(u"member"_s, newUuid(), {{u"person"_s, person}, {u"role"_s, u"student"_s}, {u"login"_s, u"eleve"_s},
                                        {u"pin_hash"_s, QString::fromLatin1(Crypto::hashSecret("1234", Crypto::Cost::Minimal))}}),
        change(u"lesson"_s, newUuid(), {{u"title"_s, u"L"_s}, {u"status"_s, u"published"_s}})}}});
    const QJsonObject studentLogin = w->engine->login({{u"login"_s, u"eleve"_s}, {u"password"_s, u"1234"_s}, {u"device_id"_s, newUuid()}}, u"fuzz"_s);
    w->student = w->engine->authenticate(studentLogin.value(u"token"_s).toString());
    return w;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static World *world = makeWorld();
    if (size == 0)
        return 0;
    const QByteArray in(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    if (data[0] >= 224 && data[0] < 240) {
        // The body rules (issue 19 review): headers as lines "method, Content-Length…, Transfer-Encoding…,
        // Content-Encoding…", each repeated as often as it appears. Whatever they say, a body let through has
        // one announced length within the route's limit, and a number parsed is exactly the digits it came from.
        const QList<QByteArray> lines = in.split('\n');
        BodyRules::BodyHeaders h;
        h.method = lines.value(0).toStdString();
        for (const QByteArray &line : lines.mid(1)) {
            const QByteArray value = line.mid(2);
            switch (line.isEmpty() ? 0 : line.at(0)) {
            case 'L':
                if (h.contentLengthCount++ == 0)
                    h.contentLength = value.toStdString();
                break;
            case 'T':
                ++h.transferEncodingCount;
                break;
            case 'E':
                if (h.contentEncodingCount++ == 0)
                    h.contentEncoding = value.toStdString();
                break;
            }
        }
        const BodyRules::RouteLimit limit{data[0] & 1 ? qint64(64 * 1024) : qint64(16 << 20), bool(data[0] & 2)};
        const std::optional<HubError> refused = BodyRules::refusal(h, limit);
        const qint64 length = BodyRules::declaredLength(h);
        if (length < 0 || length > 999999999999999LL)
            std::abort();
        if (!refused) {
            if (h.transferEncodingCount > 0 || h.contentLengthCount > 1 || length > limit.wireBytes
                || (BodyRules::methodHasBody(h.method) && h.contentLengthCount != 1)
                || (h.contentEncodingCount > 0 && h.contentEncoding != "identity" && (h.contentEncoding != "zstd" || !limit.zstdAllowed)))
                std::abort();
        } else if (refused->status < 400 || refused->status > 499) {
            std::abort();
        }
        if (const std::optional<qint64> n = BodyRules::wholeNumber(h.contentLength)) {
            std::string digits = h.contentLength; // a number is only its digits (leading zeros aside)
            digits.erase(0, std::min(digits.find_first_not_of('0'), digits.size() - 1));
            if (std::to_string(*n) != digits)
                std::abort();
        }
        return 0;
    }
    if (data[0] >= 240) {
        // The HTTP layer's routing (issue 19): "METHOD PATH" as libmicrohttpd hands them over, with or without
        // a classroom's prefix. Every argument taken from a path is in its strict form, never a file name.
        const qsizetype space = in.indexOf(' ');
        const std::string method = in.left(std::max<qsizetype>(space, 0)).toStdString();
        const std::string path = in.mid(space + 1).toStdString();
        const HubRoute r = HubRoute::match(method, path, data[0] & 1 ? "/k7pq2m" : "");
        switch (r.endpoint) {
        case HubRoute::Media:
        case HubRoute::Upload:
        case HubRoute::UploadOffset:
            if (r.argument.size() != 64 || r.argument.find_first_not_of("0123456789abcdef") != std::string::npos)
                std::abort();
            break;
        case HubRoute::RevokeDevice:
            if (r.argument.empty() || r.argument.size() > 64 || r.argument.find('/') != std::string::npos)
                std::abort();
            break;
        default:
            if (!r.argument.empty())
                std::abort();
        }
        return 0;
    }
    try {
        switch (data[0] % 6) {
        case 0:
            if (auto c = SyncCursor::parse(QString::fromUtf8(in)); c && !SyncCursor::parse(c->toString()))
                std::abort(); // what we print we must read back
            break;
        case 1: {
            QString error;
            if (auto c = Change::fromJson(QJsonDocument::fromJson(in).object(), &error)) {
                QString again;
                if (!Change::fromJson(c->toJson(), &again))
                    std::abort(); // a valid change stays valid on the wire
                c->canonical();
            } else if (error.isEmpty()) {
                std::abort(); // a rejection always names its reason
            }
            break;
        }
        case 2:
            Wire::inflateZstd(in, 1 << 20);
            break;
        case 3: {
            const qint64 fileSize = 1000;
            const auto r = Wire::parseRange(in.toStdString(), fileSize);
            if (r.kind == Wire::ByteRange::Partial && (r.first < 0 || r.first > r.last || r.last >= fileSize))
                std::abort();
            break;
        }
        case 4:
        case 5: {
            const QByteArray body = world->engine->sync(data[0] % 6 == 4 ? world->teacher : world->student, Wire::parseJsonObject(in));
            QJsonParseError error;
            const QJsonObject answer = QJsonDocument::fromJson(body, &error).object();
            if (error.error != QJsonParseError::NoError)
                std::abort(); // the hub always answers valid JSON
            if (answer.contains(u"columns"_s)) { // a page in columns always fits its changes (PROTOCOL.md, "Columns")
                QList<QJsonObject> changes;
                for (const QJsonValue &c : answer.value(u"changes"_s).toArray())
                    changes << c.toObject();
                if (!PageColumns::expand(answer.value(u"columns"_s).toObject(), changes))
                    std::abort();
            }
            break;
        }
        }
    } catch (const HubError &) {
    }
    return 0;
}
