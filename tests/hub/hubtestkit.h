// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Helpers shared by the hub's integration tests: the real hub on loopback, spoken to over HTTP with libcurl.

#include "sync/change.h"
#include "sync/hlc.h"
#include "sync/hub/hubcrypto.h"
#include "sync/hub/hubengine.h"
#include "sync/hub/hubserver.h"
#include "sync/hub/postgreshubstorage.h"
#include "sync/signing.h"
#include "tests/loopbackhub.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

#include <QDeadlineTimer>
#include <QFile>
#include <QRandomGenerator>

#include <curl/curl.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <optional>

namespace HubTest {

using namespace Qt::StringLiterals;
using namespace Continuite;
using namespace Continuite::Hub;

struct HttpReply
{
    long status = 0;
    QByteArray body;
    QMap<QByteArray, QByteArray> headers; ///< lower-case names
    qint64 wireBytes = 0;                 ///< request + response, headers included
    QString curlError;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(const char *name) const { return headers.value(QByteArray(name).toLower()); }
};

inline size_t collectBody(char *data, size_t size, size_t n, void *user)
{
    static_cast<QByteArray *>(user)->append(data, qsizetype(size * n));
    return size * n;
}

inline size_t collectHeader(char *data, size_t size, size_t n, void *user)
{
    const QByteArray line = QByteArray(data, qsizetype(size * n)).trimmed();
    const int colon = line.indexOf(':');
    if (colon > 0)
        static_cast<QMap<QByteArray, QByteArray> *>(user)->insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    return size * n;
}

/// One device speaking to the hub; keeps its connection alive between requests like a real client.
class Client
{
public:
    explicit Client(QString base)
        : m_base(std::move(base))
        , m_curl(curl_easy_init())
    {
    }
    ~Client() { curl_easy_cleanup(m_curl); }
    Client(const Client &) = delete;

    QString token;
    QString deviceId = newUuid();
    QJsonObject person;
    QByteArray localAddress; ///< the address requests leave from ("127.0.0.2": another device on the same network)
    QByteArray caFile;       ///< https: the certificates to trust (a test's self-signed one)
    QByteArray pinnedKey;    ///< https: "sha256//…", the only key believed, no CA (a classroom hub's, as its pupils pin it)

    HttpReply request(const char *method, const QString &path, const QByteArray &body = {}, QList<QByteArray> headers = {})
    {
        HttpReply reply;
        curl_easy_reset(m_curl);
        const QByteArray url = (m_base + path).toUtf8();
        curl_easy_setopt(m_curl, CURLOPT_URL, url.constData());
        curl_easy_setopt(m_curl, CURLOPT_TIMEOUT, 60L);
        const QByteArray interface = "host!" + localAddress;
        if (!localAddress.isEmpty())
            curl_easy_setopt(m_curl, CURLOPT_INTERFACE, interface.constData());
        if (!caFile.isEmpty())
            curl_easy_setopt(m_curl, CURLOPT_CAINFO, caFile.constData());
        if (!pinnedKey.isEmpty()) {
            curl_easy_setopt(m_curl, CURLOPT_SSL_VERIFYPEER, 0L);
            curl_easy_setopt(m_curl, CURLOPT_SSL_VERIFYHOST, 0L);
            curl_easy_setopt(m_curl, CURLOPT_PINNEDPUBLICKEY, pinnedKey.constData());
        }
        curl_easy_setopt(m_curl, CURLOPT_WRITEFUNCTION, collectBody);
        curl_easy_setopt(m_curl, CURLOPT_WRITEDATA, &reply.body);
        curl_easy_setopt(m_curl, CURLOPT_HEADERFUNCTION, collectHeader);
        curl_easy_setopt(m_curl, CURLOPT_HEADERDATA, &reply.headers);
        if (qstrcmp(method, "HEAD") == 0)
            curl_easy_setopt(m_curl, CURLOPT_NOBODY, 1L);
        else
            curl_easy_setopt(m_curl, CURLOPT_CUSTOMREQUEST, method);
        if (qstrcmp(method, "GET") != 0 && qstrcmp(method, "HEAD") != 0) {
            curl_easy_setopt(m_curl, CURLOPT_POSTFIELDS, body.constData());
            curl_easy_setopt(m_curl, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.size()));
        }
        if (!token.isEmpty())
            headers << "Authorization: Bearer " + token.toLatin1();
        headers << "Expect:";
        if (!body.isEmpty() && !std::any_of(headers.begin(), headers.end(), [](const QByteArray &h) { return h.toLower().startsWith("content-type"); }))
            headers << "Content-Type: application/json";
        curl_slist *list = nullptr;
        for (const QByteArray &h : headers)
            list = curl_slist_append(list, h.constData());
        curl_easy_setopt(m_curl, CURLOPT_HTTPHEADER, list);
        const CURLcode rc = curl_easy_perform(m_curl);
        curl_slist_free_all(list);
        if (rc != CURLE_OK) {
            reply.curlError = QString::fromLatin1(curl_easy_strerror(rc));
            return reply;
        }
        curl_easy_getinfo(m_curl, CURLINFO_RESPONSE_CODE, &reply.status);
        long requestSize = 0, headerSize = 0;
        curl_off_t up = 0, down = 0;
        curl_easy_getinfo(m_curl, CURLINFO_REQUEST_SIZE, &requestSize);
        curl_easy_getinfo(m_curl, CURLINFO_HEADER_SIZE, &headerSize);
        curl_easy_getinfo(m_curl, CURLINFO_SIZE_UPLOAD_T, &up);
        curl_easy_getinfo(m_curl, CURLINFO_SIZE_DOWNLOAD_T, &down);
        reply.wireBytes = requestSize + headerSize + up + down;
        return reply;
    }

    HttpReply post(const QString &path, const QJsonObject &body, QList<QByteArray> headers = {})
    {
        return request("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
    }

    bool login(const QString &loginName, const QString &password)
    {
        const HttpReply r = post(u"/v1/login"_s, {{u"login"_s, loginName}, {u"password"_s, password},
                                                  {u"device_id"_s, deviceId}, {u"device_name"_s, u"test device"_s}});
        if (r.status != 200)
            return false;
        token = r.json().value(u"token"_s).toString();
        person = r.json().value(u"person"_s).toObject();
        return !token.isEmpty();
    }
    QString id() const { return person.value(u"id"_s).toString(); }

    /// One sync round trip; the cursor is remembered.
    QJsonObject sync(const QList<QJsonObject> &changes = {}, qint64 budget = -1)
    {
        QJsonArray array;
        for (const QJsonObject &c : changes)
            array.append(c);
        QJsonObject body{{u"cursor"_s, cursor}, {u"changes"_s, array}};
        if (budget > 0)
            body.insert(u"budget"_s, double(budget));
        const HttpReply r = post(u"/v1/sync"_s, body);
        lastStatus = r.status;
        lastRetryAfter = r.header("retry-after").toInt();
        const QJsonObject o = r.json();
        if (r.status == 200)
            cursor = o.value(u"cursor"_s).toString();
        return o;
    }
    /// Pulls until "more" is false; returns every change received.
    QJsonArray pullAll(qint64 budget = -1, int *requests = nullptr)
    {
        QJsonArray all;
        for (int i = 0; i < 10000; ++i) {
            const QJsonObject page = sync({}, budget);
            if (requests)
                ++*requests;
            for (const QJsonValue &c : page.value(u"changes"_s).toArray())
                all.append(c);
            if (!page.value(u"more"_s).toBool())
                break;
        }
        return all;
    }

    QString cursor;
    long lastStatus = 0;
    int lastRetryAfter = 0; ///< seconds, from the last sync's Retry-After (a 429), 0 without one

private:
    QString m_base;
    CURL *m_curl;
};

inline QString nextHlc(const QString &device)
{
    static std::atomic<quint32> counter{0};
    return HlcTimestamp{QDateTime::currentMSecsSinceEpoch(), counter++ % 999999, device}.toString();
}

inline QJsonObject change(const QString &kind, const QString &row, const QString &classId, const Client &author,
                          const QJsonObject &fields, const QString &hlc = {})
{
    return QJsonObject{{u"id"_s, newUuid()}, {u"kind"_s, kind}, {u"row"_s, row}, {u"class"_s, classId},
                       {u"hlc"_s, hlc.isEmpty() ? nextHlc(author.deviceId) : hlc}, {u"author"_s, author.id()},
                       {u"device"_s, author.deviceId}, {u"fields"_s, fields}};
}

inline QString verdictOf(const QJsonObject &syncReply, int i = 0)
{
    return syncReply.value(u"verdicts"_s).toArray().at(i).toObject().value(u"status"_s).toString();
}

inline QString reasonOf(const QJsonObject &syncReply, int i = 0)
{
    return syncReply.value(u"verdicts"_s).toArray().at(i).toObject().value(u"reason"_s).toString();
}

/// A device with its own ed25519 key, as the app makes one per installation.
struct KeyedDevice
{
    Signing::KeyPair keys = Signing::newKeyPair();
    QString deviceId = newUuid();

    QString publicKey() const { return QString::fromLatin1(keys.publicKey.toBase64()); }
    /// The sign-in's "device_proof": this key's signature of @p id (this device's own id by default).
    QString proof(const QString &id = {}) const
    {
        return Signing::signMessage(Signing::deviceMessage(id.isEmpty() ? deviceId : id, keys.publicKey), keys.secretKey);
    }

    /// A change written on this device by @p person, signed.
    QJsonObject signedChange(const QString &kind, const QString &row, const QString &classId, const QString &person,
                             const QJsonObject &fields) const
    {
        QJsonObject c{{u"id"_s, newUuid()}, {u"kind"_s, kind}, {u"row"_s, row}, {u"class"_s, classId},
                      {u"hlc"_s, nextHlc(deviceId)}, {u"author"_s, person}, {u"device"_s, deviceId}, {u"fields"_s, fields}};
        return sign(c);
    }
    /// @p c (any change claiming this device) signed with this device's key.
    QJsonObject sign(QJsonObject c) const
    {
        c.remove(u"sig"_s);
        QString error;
        const std::optional<Change> change = Change::fromJson(c, &error);
        if (!change) // a test that builds a malformed change must say so, not crash
            qFatal("KeyedDevice::sign: not a change: %s", qPrintable(error));
        c.insert(u"sig"_s, Signing::sign(*change, keys.secretKey));
        return c;
    }
};

/// Signs in on @p device with its key registered, as SyncEngine::login does; the client speaks as that device.
inline std::unique_ptr<Client> keyedLogin(const QString &url, const QString &login, const QString &password,
                                          const KeyedDevice &device)
{
    auto c = std::make_unique<Client>(url);
    c->deviceId = device.deviceId;
    const HttpReply r = c->post(u"/v1/login"_s, {{u"login"_s, login}, {u"password"_s, password},
                                                 {u"device_id"_s, device.deviceId}, {u"device_key"_s, device.publicKey()},
                                                 {u"device_proof"_s, device.proof()}});
    if (r.status != 200)
        qWarning() << "keyed login failed" << r.body;
    c->token = r.json().value(u"token"_s).toString();
    c->person = r.json().value(u"person"_s).toObject();
    return c;
}

inline QString hexSha256(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

/// Uploads @p data whole in one PATCH; returns the status (201 stored, 200 already there).
inline long uploadFile(Client &c, const QByteArray &data)
{
    return c.request("PATCH", u"/v1/uploads/"_s + hexSha256(data), data,
                     {"Upload-Offset: 0", "Upload-Length: " + QByteArray::number(data.size()),
                      "Content-Type: application/offset+octet-stream"})
        .status;
}

/// An "attachments" entry naming @p data.
inline QJsonObject attachmentOf(const QByteArray &data, const QString &name)
{
    return QJsonObject{{u"sha256"_s, hexSha256(data)}, {u"size"_s, double(data.size())}, {u"mime"_s, u"image/jpeg"_s},
                       {u"name"_s, name}};
}

/// One entry of "device_keys": @p by (a teacher's signed-in device) vouches that @p device of @p person signs with @p key.
inline QJsonObject vouch(const KeyedDevice &by, const QString &device, const QString &person, const QByteArray &key)
{
    return QJsonObject{{u"device"_s, device}, {u"person"_s, person}, {u"key"_s, QString::fromLatin1(key.toBase64())},
                       {u"sig"_s, Signing::signMessage(Signing::vouchMessage(device, person, key), by.keys.secretKey)}};
}

/// A sync that relays @p changes with @p keys vouched for (a teacher's device passing on a return pack).
inline QJsonObject relay(Client &relayer, const QJsonArray &keys, const QList<QJsonObject> &changes)
{
    QJsonArray list;
    for (const QJsonObject &c : changes)
        list.append(c);
    QJsonObject body{{u"changes"_s, list}};
    if (!keys.isEmpty())
        body.insert(u"device_keys"_s, keys);
    const HttpReply r = relayer.post(u"/v1/sync"_s, body);
    relayer.lastStatus = r.status;
    return r.json();
}

using Continuite::Testing::TestDatabase;
using Continuite::Testing::testPostgresServer;

/// The real hub in a temporary data directory (its records in PostgreSQL on the PostgreSQL run), on a free
/// loopback port.
class TestHub : public Continuite::Testing::LoopbackHub
{
public:
    explicit TestHub(HubLimits limits = {})
        : LoopbackHub(limits)
    {
        start();
    }
    void start() { QVERIFY(LoopbackHub::start()); }
    void restart() { QVERIFY(LoopbackHub::restart()); }
    /// A fresh device signing in as @p login; false when the hub refuses.
    bool signsIn(const QString &login, const QString &password)
    {
        Client c(url());
        return c.login(login, password);
    }

    /// A teacher account and a signed-in device of theirs.
    std::unique_ptr<Client> teacher(const QString &login)
    {
        server().engine().addTeacher(login, u"Teacher "_s + login, "password-" + login.toUtf8(), true);
        auto c = std::make_unique<Client>(url());
        if (!c->login(login, u"password-"_s + login))
            qWarning() << "teacher login failed";
        return c;
    }

    /// A teacher account signed in on @p device with its key registered (a device that may vouch).
    std::unique_ptr<Client> keyedTeacher(const QString &login, const KeyedDevice &device)
    {
        server().engine().addTeacher(login, u"Teacher "_s + login, "password-" + login.toUtf8(), true);
        return keyedLogin(url(), login, u"password-"_s + login, device);
    }

    /// A class created by @p teacher.
    QString createClass(Client &teacher, const QString &name = u"6e B"_s)
    {
        const QString id = newUuid();
        const QJsonObject r = teacher.sync({change(u"class"_s, id, id, teacher, {{u"name"_s, name}})});
        if (verdictOf(r) != u"applied"_s)
            qWarning() << "class creation failed" << r;
        return id;
    }

    /// A student added by @p teacher to @p classId (login code and PIN as a teacher device makes them), signed in.
    /// @p memberRow, when given, receives the id of her roster row.
    std::unique_ptr<Client> student(Client &teacher, const QString &classId, const QString &login, const QString &pin = u"4821"_s,
                                    QString *memberRow = nullptr)
    {
        const QString person = newUuid();
        const QString row = newUuid();
        if (memberRow)
            *memberRow = row;
        const QJsonObject r = teacher.sync({change(u"member"_s, row, classId, teacher,
                                                   {{u"person"_s, person}, {u"role"_s, u"student"_s},
                                                    {u"display_name"_s, QString(u"Élève "_s + login)}, {u"login"_s, login},
                                                    {u"pin_hash"_s, QString::fromLatin1(Crypto::hashSecret(pin.toUtf8(), Crypto::Cost::Minimal))}})});
        if (verdictOf(r) != u"applied"_s)
            qWarning() << "student creation failed" << r;
        auto c = std::make_unique<Client>(url());
        if (!c->login(login, pin))
            qWarning() << "student login failed";
        return c;
    }

};

} // namespace HubTest

#ifdef CONTINUITE_HUB_EXE
#include <QFile>
#include <QProcess>
#include <QTcpServer>

namespace HubTest {

/// `continuite-hub serve` as school IT runs it: a separate process, for what only a process shows
/// (its peak memory, how it stops on SIGTERM).
class HubProcess
{
public:
    HubProcess()
    {
        QVERIFY(m_dir.isValid());
        m_database.storage(1); // its schema, as `admin migrate` makes it
    }
    ~HubProcess() { kill(); }

    /// The hub built with the tests, or another one named by CONTINUITE_TEST_HUB_EXE (e.g. main's, to see a
    /// test fail before a fix).
    static QString executable() { return qEnvironmentVariable("CONTINUITE_TEST_HUB_EXE", QStringLiteral(CONTINUITE_HUB_EXE)); }
    QString dataDir() const { return m_dir.path(); }
    QString url() const { return m_url; }
    int port() const { return m_port; }
    qint64 pid() const { return m_process.processId(); }
    QProcess &process() { return m_process; }

    /// Runs `continuite-hub admin …` on this hub's data; the exit code.
    int admin(const QStringList &args, const QByteArray &stdinData = {})
    {
        QProcess p;
        p.start(executable(), QStringList{u"admin"_s} + args + QStringList{u"--data"_s, dataDir()} + databaseArgs());
        if (!p.waitForStarted())
            return -1;
        p.write(stdinData);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            return -1;
        }
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    /// Starts serving on a free loopback port; true once it listens.
    bool start(const QStringList &extra = {})
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        m_port = probe.serverPort();
        probe.close();
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(executable(), QStringList{u"serve"_s, u"--data"_s, dataDir(), u"--listen"_s, u"127.0.0.1:%1"_s.arg(m_port)}
                                          + databaseArgs() + extra);
        if (!m_process.waitForStarted())
            return false;
        m_said.clear();
        while (!m_said.contains(u"listening"_s) && m_process.waitForReadyRead(30000))
            m_said += QString::fromUtf8(m_process.readAllStandardOutput());
        m_url = u"http://127.0.0.1:%1"_s.arg(m_port);
        if (m_said.contains(u"listening"_s))
            return true;
        m_said += QString::fromUtf8(m_process.readAllStandardError());
        return false;
    }
    /// What the hub said on its way up (its errors too when it did not start).
    QString said() const { return m_said; }

    void kill()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }

    /// A field of /proc/PID/status in kB (VmRSS, VmHWM), -1 when unreadable.
    qint64 statusKb(const char *field) const
    {
        QFile f(u"/proc/%1/status"_s.arg(pid()));
        if (!f.open(QIODevice::ReadOnly))
            return -1;
        for (const QByteArray &line : f.readAll().split('\n'))
            if (line.startsWith(QByteArray(field).append(':')))
                return line.mid(qsizetype(qstrlen(field)) + 1).trimmed().split(' ').value(0).toLongLong();
        return -1;
    }
    /// Resets VmHWM to the current RSS (Linux: "5" > /proc/PID/clear_refs).
    bool resetPeak() const
    {
        QFile f(u"/proc/%1/clear_refs"_s.arg(pid()));
        return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
    }

    /// `--database URL` on the PostgreSQL run, else nothing.
    QStringList databaseArgs() const
    {
        return m_database.isPostgres() ? QStringList{u"--database"_s, m_database.url()} : QStringList{};
    }
    const TestDatabase &database() const { return m_database; }

private:
    TestDatabase m_database;
    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_url;
    QString m_said;
    int m_port = 0;
};

} // namespace HubTest
#endif

namespace HubTest {

/// A connection to the hub on loopback (from @p from, another address of 127/8, when given) that has sent nothing yet:
/// the kernel completes it before the hub accepts it. -1 if it cannot connect. A @p receiveBuffer in bytes keeps the
/// kernel's receive buffer that small (set before connecting, so the window offered to the hub is small too).
inline int openLoopback(int port, const char *from = nullptr, int receiveBuffer = 0)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    if (receiveBuffer > 0)
        ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &receiveBuffer, sizeof receiveBuffer);
    if (from) {
        sockaddr_in local{};
        local.sin_family = AF_INET;
        ::inet_pton(AF_INET, from, &local.sin_addr);
        ::bind(fd, reinterpret_cast<sockaddr *>(&local), sizeof local);
    }
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(quint16(port));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

inline bool sendAll(int fd, const QByteArray &bytes)
{
    return ::send(fd, bytes.constData(), size_t(bytes.size()), MSG_NOSIGNAL) == ssize_t(bytes.size());
}

/// One GET /v1/health on @p fd, kept alive; the answer's head (and @p whole: all until the hub closes).
inline QByteArray askHealth(int fd, bool whole = false)
{
    const QByteArray request = "GET /v1/health HTTP/1.1\r\nHost: x\r\n\r\n";
    ::send(fd, request.constData(), size_t(request.size()), MSG_NOSIGNAL);
    QByteArray answer;
    char buf[2048];
    pollfd p{fd, POLLIN, 0};
    while (::poll(&p, 1, 10000) > 0) {
        const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
        if (n <= 0)
            break;
        answer.append(buf, n);
        if (!whole && answer.contains("\r\n\r\n") && answer.contains("}"))
            break;
    }
    return answer;
}

/// The HubLimits::maxInFlight that brings the hub's connection limit to @p connections: HubServer::start() raises its
/// soft open-file limit to the hard one and keeps 32 files, one eighth of the limit (at most 1,024) and maxInFlight for
/// the rest. Empty when this machine's hard limit cannot be brought there (the caller skips).
inline std::optional<int> maxInFlightForConnectionLimit(int connections)
{
    rlimit files{};
    ::getrlimit(RLIMIT_NOFILE, &files);
    if (files.rlim_max == RLIM_INFINITY || files.rlim_max > (1 << 20) || files.rlim_max < 2048)
        return std::nullopt;
    const qint64 most = qint64(files.rlim_max);
    return int(most - 32 - std::min<qint64>(most / 8, 1024) - connections);
}

/// Sends @p head (request line and headers, ending with an empty line) and @p body, then @p fillerBytes
/// bytes of 'a' as fast as the hub takes them (stopping when it stops reading), and returns the hub's whole
/// answer (status line, headers, body), or what arrived before the connection closed. Bounded by @p seconds.
inline QByteArray rawExchange(int port, const QByteArray &head, const QByteArray &body = {}, qint64 fillerBytes = 0,
                              int seconds = 60)
{
    const int fd = openLoopback(port);
    if (fd < 0)
        return {};
    QByteArray pending = head + body;
    const QByteArray chunk(64 * 1024, 'a');
    const bool chunked = head.toLower().contains("transfer-encoding: chunked");
    qint64 left = fillerBytes;
    QByteArray answer;
    QDeadlineTimer deadline(seconds * 1000);
    bool peerClosed = false;
    while (!deadline.hasExpired() && !peerClosed) {
        if (pending.isEmpty() && left > 0) {
            pending = chunk.left(qsizetype(std::min<qint64>(left, chunk.size())));
            left -= pending.size();
            if (chunked) // framed as HTTP chunks, the last one closing the body
                pending = QByteArray::number(pending.size(), 16) + "\r\n" + pending + (left > 0 ? "\r\n" : "\r\n0\r\n\r\n");
        }
        pollfd p{fd, short(POLLIN | (pending.isEmpty() ? 0 : POLLOUT)), 0};
        if (::poll(&p, 1, 200) <= 0) {
            if (pending.isEmpty() && left == 0 && answer.contains("\r\n\r\n"))
                break;
            continue;
        }
        if (p.revents & POLLIN) {
            char buf[16384];
            const ssize_t n = ::read(fd, buf, sizeof buf);
            if (n <= 0)
                peerClosed = true;
            else
                answer.append(buf, n);
        }
        if ((p.revents & POLLOUT) && !pending.isEmpty()) {
            const ssize_t n = ::send(fd, pending.constData(), size_t(pending.size()), MSG_NOSIGNAL);
            if (n < 0) {
                pending.clear();
                left = 0; // the hub closed its side: nothing more will be read
            } else {
                pending.remove(0, qsizetype(n));
            }
        }
        if (p.revents & (POLLERR | POLLHUP))
            peerClosed = true;
        // Once the hub has answered and we have nothing more to send, the exchange is over.
        if (pending.isEmpty() && left == 0 && answer.contains("\r\n\r\n")) {
            const int at = int(answer.indexOf("\r\n\r\n"));
            const QByteArray headers = answer.left(at).toLower();
            const int cl = int(headers.indexOf("content-length:"));
            const qint64 length = cl < 0 ? 0 : headers.mid(cl + 15, headers.indexOf('\r', cl) - cl - 15).trimmed().toLongLong();
            if (answer.size() - at - 4 >= length)
                break;
        }
    }
    ::close(fd);
    return answer;
}

/// The status code of a raw answer ("HTTP/1.1 413 …" → 413), 0 when there is none.
inline int rawStatus(const QByteArray &answer)
{
    return answer.startsWith("HTTP/1.") ? answer.mid(9, 3).toInt() : 0;
}

/// The JSON body of a raw answer.
inline QJsonObject rawJson(const QByteArray &answer)
{
    const int at = int(answer.indexOf("\r\n\r\n"));
    return at < 0 ? QJsonObject() : QJsonDocument::fromJson(answer.mid(at + 4)).object();
}

} // namespace HubTest
