// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// Nothing a client sends can crash the hub, read what it may not, or write what it may not:
// every bad request gets a clear JSON error and the hub keeps serving everyone else.
#include "hubtestkit.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace HubTest;

namespace {

int openSocket(int port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(quint16(port));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0)
        return -1;
    return fd;
}

/// Sends raw bytes and returns the status line of the answer (path exactly as written: no client normalises it).
QByteArray rawRequest(int port, const QByteArray &request)
{
    const int fd = openSocket(port);
    if (fd < 0)
        return {};
    ::write(fd, request.constData(), size_t(request.size()));
    QByteArray answer;
    char buf[4096];
    pollfd p{fd, POLLIN, 0};
    while (::poll(&p, 1, 10000) > 0) {
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n <= 0)
            break;
        answer.append(buf, n);
        if (answer.contains("\r\n\r\n"))
            break;
    }
    ::close(fd);
    return answer.left(answer.indexOf("\r\n"));
}

} // namespace

class TestHubBadInput : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestHub> hub;
    std::unique_ptr<Client> teacher, student;
    QString classId;

private Q_SLOTS:
    void initTestCase()
    {
        HubLimits limits;
        limits.maxSyncBodyBytes = 256 * 1024;
        limits.maxInflatedBytes = 512 * 1024;
        limits.readTimeoutSeconds = 2;
        hub = std::make_unique<TestHub>(limits);
        teacher = hub->teacher(u"prof"_s);
        classId = hub->createClass(*teacher);
        student = hub->student(*teacher, classId, u"code1"_s, u"2468"_s);
    }

    void badRequests_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field");
        const QByteArray device = newUuid().toLatin1();
        QTest::newRow("malformed JSON") << QByteArray("POST") << u"/v1/sync"_s << QByteArray("{\"cursor\":") << 400 << u"body"_s;
        QTest::newRow("not an object") << QByteArray("POST") << u"/v1/sync"_s << QByteArray("[1,2]") << 400 << u"body"_s;
        QTest::newRow("invalid UTF-8") << QByteArray("POST") << u"/v1/sync"_s << QByteArray("{\"cursor\":\"\xff\xfe\"}") << 400 << u"body"_s;
        QTest::newRow("cursor of the wrong type") << QByteArray("POST") << u"/v1/sync"_s << QByteArray("{\"cursor\":12}") << 400 << u"cursor"_s;
        QTest::newRow("forged cursor") << QByteArray("POST") << u"/v1/sync"_s << QByteArray("{\"cursor\":\"1.2.'; DROP TABLE changes;--\"}") << 400 << u"cursor"_s;
        QTest::newRow("negative cursor") << QByteArray("POST") << u"/v1/sync"_s << QByteArray("{\"cursor\":\"-5.0\"}") << 400 << u"cursor"_s;
        QTest::newRow("changes not an array") << QByteArray("POST") << u"/v1/sync"_s << QByteArray("{\"changes\":{}}") << 400 << u"changes"_s;
        QTest::newRow("huge budget") << QByteArray("POST") << u"/v1/sync"_s << QByteArray("{\"budget\":1e308}") << 400 << u"budget"_s;
        QTest::newRow("negative budget") << QByteArray("POST") << u"/v1/sync"_s << QByteArray("{\"budget\":-1}") << 400 << u"budget"_s;
        QTest::newRow("budget as text") << QByteArray("POST") << u"/v1/sync"_s << QByteArray("{\"budget\":\"lots\"}") << 400 << u"budget"_s;
        QTest::newRow("login without password") << QByteArray("POST") << u"/v1/login"_s
                                                << QByteArray("{\"login\":\"prof\",\"device_id\":\"" + device + "\"}") << 400 << u"password"_s;
        QTest::newRow("login with a numeric password") << QByteArray("POST") << u"/v1/login"_s
                                                       << QByteArray("{\"login\":\"prof\",\"password\":1234,\"device_id\":\"" + device + "\"}") << 400 << u"password"_s;
        QTest::newRow("device id not a UUID") << QByteArray("POST") << u"/v1/login"_s
                                              << QByteArray("{\"login\":\"prof\",\"password\":\"x\",\"device_id\":\"../../etc\"}") << 400 << u"device_id"_s;
        QTest::newRow("unknown endpoint") << QByteArray("GET") << u"/v1/everything"_s << QByteArray() << 404 << QString();
        QTest::newRow("media name not a hash") << QByteArray("GET") << u"/v1/media/hub.sqlite"_s << QByteArray() << 404 << QString();
        QTest::newRow("upload name not a hash") << QByteArray("PATCH") << u"/v1/uploads/..%2f..%2fhub.sqlite"_s << QByteArray("x") << 404 << QString();
        QTest::newRow("upload without offset") << QByteArray("PATCH") << u"/v1/uploads/"_s + QString(64, u'a') << QByteArray("x") << 400 << u"Upload-Offset"_s;
        QTest::newRow("unknown device") << QByteArray("DELETE") << u"/v1/devices/"_s + newUuid() << QByteArray() << 404 << QString();
    }

    void badRequests()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, field);
        const HttpReply r = teacher->request(method.constData(), path, body);
        QCOMPARE(r.status, long(status));
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
        const QJsonObject error = r.json();
        QVERIFY2(!error.value(u"error"_s).toString().isEmpty(), r.body.constData());
        QVERIFY(!error.value(u"message"_s).toString().isEmpty());
        QCOMPARE(error.value(u"field"_s).toString(), field);
        QCOMPARE(hub->server().isRunning(), true);
    }

    void pathTraversalIsNeverServed()
    {
        const int port = hub->server().port();
        const QByteArray auth = "Authorization: Bearer " + teacher->token.toLatin1() + "\r\n";
        for (const char *path : {"/v1/media/../../hub.sqlite", "/v1/media/..%2F..%2Fhub.sqlite", "/v1/../hub.sqlite",
                                 "/v1/media/%2e%2e/hub.sqlite", "/v1/uploads/../hub.sqlite"}) {
            const QByteArray status = rawRequest(port, "GET " + QByteArray(path) + " HTTP/1.1\r\nHost: x\r\n" + auth + "\r\n");
            QVERIFY2(status.startsWith("HTTP/1.1 4"), QByteArray(QByteArray(path) + " -> " + status).constData());
        }
    }

    void tooLarge()
    {
        const QByteArray big = "{\"cursor\":\"\",\"pad\":\"" + QByteArray(300 * 1024, 'a') + "\"}";
        HttpReply r = teacher->request("POST", u"/v1/sync"_s, big);
        QCOMPARE(r.status, 413L);
        QCOMPARE(r.json().value(u"error"_s).toString(), u"too_large"_s);
        r = teacher->request("POST", u"/v1/login"_s, "{\"login\":\"" + QByteArray(100 * 1024, 'a') + "\"}");
        QCOMPARE(r.status, 413L);
        QCOMPARE(teacher->request("GET", u"/v1/health"_s).status, 200L);
    }

    void invalidChangesAreRejectedOneByOne()
    {
        QJsonObject wrongType = change(u"lesson"_s, newUuid(), classId, *teacher, {{u"title"_s, 42}});
        QJsonObject huge = change(u"lesson"_s, newUuid(), classId, *teacher, {{u"position"_s, 1e300}});
        QJsonObject negative = change(u"progress"_s, newUuid(), classId, *student, {{u"seconds_spent"_s, -5}});
        QJsonObject unknownField = change(u"lesson"_s, newUuid(), classId, *teacher, {{u"owner"_s, u"me"_s}});
        QJsonObject badKind = change(u"grades"_s, newUuid(), classId, *teacher, {{u"title"_s, u"x"_s}});
        QJsonObject badId = change(u"lesson"_s, newUuid(), classId, *teacher, {{u"title"_s, u"x"_s}});
        badId.insert(u"id"_s, u"../../etc/passwd"_s);
        QJsonObject sql = change(u"lesson"_s, newUuid(), classId, *teacher, {{u"title"_s, u"'); DROP TABLE changes; --"_s}});
        const QJsonObject r = teacher->sync({wrongType, huge, negative, unknownField, badKind, badId, sql});
        QCOMPARE(teacher->lastStatus, 200L);
        for (int i = 0; i < 6; ++i) {
            QCOMPARE(verdictOf(r, i), u"rejected"_s);
            QVERIFY2(reasonOf(r, i).startsWith(u"invalid: field"_s), qPrintable(reasonOf(r, i)));
        }
        QVERIFY(reasonOf(r, 0).contains(u"fields.title"_s));
        QCOMPARE(verdictOf(r, 6), u"applied"_s); // SQL in a string is just text
        Client other(hub->url());
        QVERIFY(other.login(u"prof"_s, u"password-prof"_s));
        bool found = false;
        for (const QJsonValue &c : other.pullAll())
            found = found || c.toObject().value(u"fields"_s).toObject().value(u"title"_s).toString() == u"'); DROP TABLE changes; --"_s;
        QVERIFY(found);
    }

    void memberWithTheLeastFields()
    {
        // Found by the fuzzer: a student member with no display name made the whole batch fail (503) forever.
        const QJsonObject r = teacher->sync({change(u"member"_s, newUuid(), classId, *teacher,
                                                    {{u"person"_s, newUuid()}, {u"role"_s, u"student"_s}})});
        QCOMPARE(teacher->lastStatus, 200L);
        QCOMPARE(verdictOf(r), u"applied"_s);
    }

    void tokens()
    {
        Client none(hub->url());
        HttpReply r = none.request("POST", u"/v1/sync"_s, "{}");
        QCOMPARE(r.status, 401L);
        QCOMPARE(r.json().value(u"error"_s).toString(), u"unauthorized"_s);
        none.token = u"not-a-token"_s;
        QCOMPARE(none.request("POST", u"/v1/sync"_s, "{}").status, 401L);
        none.token = QString(5000, u'x');
        QCOMPARE(none.request("GET", u"/v1/devices"_s).status, 401L);

        Client device(hub->url());
        QVERIFY(device.login(u"prof"_s, u"password-prof"_s));
        QCOMPARE(device.request("DELETE", u"/v1/devices/"_s + device.deviceId).status, 204L);
        r = device.request("POST", u"/v1/sync"_s, "{}");
        QCOMPARE(r.status, 401L);
        QCOMPARE(r.json().value(u"error"_s).toString(), u"revoked"_s);
        QVERIFY(device.login(u"prof"_s, u"password-prof"_s)); // signing in again gives a fresh token
        QCOMPARE(device.request("POST", u"/v1/sync"_s, "{}").status, 200L);
    }

    void guessingAPinIsThrottled()
    {
        Client guesser(hub->url());
        int throttledAt = -1;
        HttpReply r;
        for (int i = 0; i < 10 && throttledAt < 0; ++i) {
            r = guesser.post(u"/v1/login"_s, {{u"login"_s, u"code1"_s}, {u"password"_s, QString::number(1000 + i)},
                                              {u"device_id"_s, guesser.deviceId}});
            if (r.status == 429)
                throttledAt = i;
            else
                QCOMPARE(r.status, 401L);
        }
        QVERIFY2(throttledAt > 0 && throttledAt <= LoginThrottle::FreeFailuresPerLogin, "no throttling");
        QVERIFY(r.header("Retry-After").toInt() > 0);
        // Even the right PIN waits now.
        QVERIFY(!guesser.login(u"code1"_s, u"2468"_s));
        // Other accounts are not locked out by it.
        Client other(hub->url());
        QVERIFY(other.login(u"prof"_s, u"password-prof"_s));
    }

    void slowClientIsCutOffAndOthersAreServed()
    {
        const int fd = openSocket(hub->server().port());
        QVERIFY(fd >= 0);
        const QByteArray start = "POST /v1/sync HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{\"cur";
        QCOMPARE(::write(fd, start.constData(), size_t(start.size())), ssize_t(start.size()));
        // While it dawdles, everyone else is served.
        for (int i = 0; i < 5; ++i)
            QCOMPARE(teacher->request("GET", u"/v1/health"_s).status, 200L);
        // The hub hangs up on it (read timeout) instead of waiting forever.
        pollfd p{fd, POLLIN, 0};
        bool closed = false;
        for (int i = 0; i < 30 && !closed; ++i) {
            if (::poll(&p, 1, 1000) > 0) {
                char buf[512];
                const ssize_t n = ::read(fd, buf, sizeof buf);
                closed = n <= 0 || QByteArray(buf, int(n)).startsWith("HTTP/1.1 4");
            }
        }
        ::close(fd);
        QVERIFY(closed);
    }
    // Overload answered 429 at once, with a positive control: tst_hubburst, overloadAnswers429AtOnceAndSlowUploadsHoldNoWorker.
};

QTEST_GUILESS_MAIN(TestHubBadInput)
#include "tst_hubbadinput.moc"
