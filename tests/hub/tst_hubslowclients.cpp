// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// People attacking the hub's HTTP layer with slowness and size (issue 19): slowloris, a body larger than the
// limit sent a byte at a time, a gzip bomb trickled in, hundreds of idle kept-alive connections. Each beside
// honest devices that must still be served (the positive control). The real hub on loopback, raw sockets for
// the attacker, libcurl for the honest; every wait bounded.
#include "hubtestkit.h"

#include <atomic>
#include <thread>
#include <vector>

using namespace HubTest;

namespace {

/// What the hub has sent on @p fd within @p ms (all of it once the hub closes), without sending anything.
QByteArray readFor(int fd, int ms, bool untilClosed = false)
{
    QByteArray answer;
    QDeadlineTimer deadline(ms);
    char buf[4096];
    while (!deadline.hasExpired()) {
        pollfd p{fd, POLLIN, 0};
        if (::poll(&p, 1, int(std::max<qint64>(1, deadline.remainingTime()))) <= 0)
            break;
        const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
        if (n <= 0)
            break;
        answer.append(buf, n);
        if (!untilClosed && answer.contains("\r\n\r\n") && rawJson(answer).size() > 0)
            break;
    }
    return answer;
}

/// True once the hub has closed @p fd (end of stream or reset), within @p ms.
bool closedByHub(int fd, int ms)
{
    QDeadlineTimer deadline(ms);
    char buf[4096];
    while (!deadline.hasExpired()) {
        pollfd p{fd, POLLIN, 0};
        if (::poll(&p, 1, 200) <= 0)
            continue;
        const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
        if (n <= 0)
            return true;
    }
    return false;
}

/// Sends @p bytes one at a time, one every @p gapMs, until the hub answers or closes; the bytes sent.
int trickle(int fd, const QByteArray &bytes, int gapMs)
{
    int sent = 0;
    for (; sent < bytes.size(); ++sent) {
        pollfd p{fd, POLLIN, 0};
        if (::poll(&p, 1, gapMs) > 0)
            break; // the hub said something (or closed): stop, as a client reading its answers would
        if (::send(fd, bytes.constData() + sent, 1, MSG_NOSIGNAL) != 1)
            break;
    }
    return sent;
}

} // namespace

class TestHubSlowClients : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { curl_global_init(CURL_GLOBAL_DEFAULT); }

    void slowlorisHoldsNoWorkerAndHonestSyncsAreServed()
    {
        HubLimits limits;
        limits.readTimeoutSeconds = 3;
        TestHub hub(limits);
        auto teacher = hub.teacher(u"prof"_s);
        const QString classId = hub.createClass(*teacher);
        // 200 connections, each sending its request's head one byte a second, never finishing it.
        const QByteArray head = "POST /v1/sync HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + teacher->token.toLatin1()
            + "\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n";
        std::vector<int> attackers;
        for (int i = 0; i < 200; ++i) {
            attackers.push_back(openLoopback(hub.server().port()));
            QVERIFY(attackers.back() >= 0);
        }
        std::atomic<bool> stop{false};
        std::thread dribble([&] {
            for (int second = 0; second < 60 && !stop; ++second) {
                for (int fd : attackers)
                    ::send(fd, head.constData() + std::min<qsizetype>(second, head.size() - 2), 1, MSG_NOSIGNAL | MSG_DONTWAIT);
                for (int i = 0; i < 10 && !stop; ++i)
                    std::this_thread::sleep_for(std::chrono::milliseconds(100));
            }
        });
        QTRY_VERIFY_WITH_TIMEOUT(hub.server().connectionsOpen() >= 200, 20000);
        // Past the read timeout, still dribbling: they are held by the event loop, none of them by a worker...
        QTest::qWait(limits.readTimeoutSeconds * 1000 + 1000);
        QCOMPARE(hub.server().requestsInFlight(), 0);
        // ...and honest devices are served beside them (the positive control): pushes and pulls.
        for (int i = 0; i < 10; ++i) {
            const QJsonObject r = teacher->sync({change(u"lesson"_s, newUuid(), classId, *teacher, {{u"title"_s, u"Leçon %1"_s.arg(i)}})});
            QCOMPARE(teacher->lastStatus, 200L);
            QCOMPARE(verdictOf(r), u"applied"_s);
        }
        Client other(hub.url());
        QVERIFY(other.login(u"prof"_s, u"password-prof"_s));
        QVERIFY(other.pullAll().size() >= 11);
        // Once they fall silent, the hub hangs up on them after the read timeout.
        stop = true;
        dribble.join();
        for (int fd : attackers)
            QVERIFY(closedByHub(fd, (limits.readTimeoutSeconds + 20) * 1000));
        for (int fd : attackers)
            ::close(fd);
    }

    void bodyLargerThanTheLimitSentSlowlyIsRefusedAtItsHeaders_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        const QByteArray sha(64, 'd');
        QTest::newRow("10 MiB sign-in") << QByteArray("POST /v1/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                                      "Content-Length: 10485760\r\n\r\n")
                                        << 413 << u"too_large"_s;
        QTest::newRow("upload over the file limit")
            << QByteArray("PATCH /v1/uploads/" + sha + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer TOKEN\r\nUpload-Offset: 0\r\n"
                          "Upload-Length: 4194304\r\nContent-Length: 4194304\r\n\r\n")
            << 413 << u"too_large"_s;
        QTest::newRow("upload longer than announced")
            << QByteArray("PATCH /v1/uploads/" + sha + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer TOKEN\r\nUpload-Offset: 0\r\n"
                          "Upload-Length: 100\r\nContent-Length: 1048576\r\n\r\n")
            << 413 << u"too_large"_s;
    }

    void bodyLargerThanTheLimitSentSlowlyIsRefusedAtItsHeaders()
    {
        QFETCH(QByteArray, head);
        QFETCH(int, status);
        QFETCH(QString, error);
        HubLimits limits;
        limits.maxUploadBytes = 1 << 20;
        limits.readTimeoutSeconds = 3;
        TestHub hub(limits);
        auto teacher = hub.teacher(u"prof"_s);
        head.replace("TOKEN", teacher->token.toLatin1());
        const int fd = openLoopback(hub.server().port());
        QVERIFY(fd >= 0);
        // The head at once, then the body a byte every 50 ms: the hub answers before the body is read, and closes.
        QVERIFY(sendAll(fd, head));
        const int sent = trickle(fd, QByteArray(400, 'x'), 50); // 20 s at most
        QVERIFY2(sent < 200, QByteArray::number(sent).constData()); // told within 10 s, not after the body
        const QByteArray answer = readFor(fd, 10000);
        QVERIFY2(rawStatus(answer) == status, answer.constData());
        QCOMPARE(rawJson(answer).value(u"error"_s).toString(), error);
        // Closed by the hub: at once, or (a refusal written while the body arrived) once the attacker stops
        // sending, at the read timeout. An honest client closes on its own ("Connection: close").
        QVERIFY(closedByHub(fd, (limits.readTimeoutSeconds + 10) * 1000));
        ::close(fd);
        // The positive control: an honest sign-in sent as slowly is answered.
        const QByteArray body = QJsonDocument(QJsonObject{{u"login"_s, u"prof"_s}, {u"password"_s, u"password-prof"_s},
                                                          {u"device_id"_s, newUuid()}, {u"device_name"_s, u"slow phone"_s}})
                                    .toJson(QJsonDocument::Compact);
        const int honest = openLoopback(hub.server().port());
        QVERIFY(sendAll(honest, "POST /v1/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
                                    + QByteArray::number(body.size()) + "\r\n\r\n"));
        QCOMPARE(trickle(honest, body, 20), int(body.size()));
        const QByteArray welcome = readFor(honest, 20000);
        QVERIFY2(rawStatus(welcome) == 200, welcome.constData());
        QVERIFY(!rawJson(welcome).value(u"token"_s).toString().isEmpty());
        ::close(honest);
    }

    void gzipBombTrickledInIsRefusedBeforeItsBody()
    {
        TestHub hub;
        auto teacher = hub.teacher(u"prof"_s);
        const int fd = openLoopback(hub.server().port());
        QVERIFY(fd >= 0);
        // The head of a 40 KB gzip body (of gigabytes once inflated), then its bytes one at a time.
        QVERIFY(sendAll(fd, "POST /v1/sync HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + teacher->token.toLatin1()
                                + "\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\nContent-Length: 40000\r\n\r\n"));
        const int sent = trickle(fd, QByteArray("\x1f\x8b\x08\x00", 4) + QByteArray(396, '\0'), 50);
        QVERIFY2(sent < 200, QByteArray::number(sent).constData());
        const QByteArray answer = readFor(fd, 10000);
        QVERIFY2(rawStatus(answer) == 415, answer.constData());
        QCOMPARE(rawJson(answer).value(u"error"_s).toString(), u"unsupported_encoding"_s);
        ::close(fd);
        // The positive control: the same device's plain sync, trickled in the same way, is served.
        const QByteArray body = QJsonDocument(QJsonObject{{u"cursor"_s, teacher->cursor}, {u"changes"_s, QJsonArray()}})
                                    .toJson(QJsonDocument::Compact);
        const int honest = openLoopback(hub.server().port());
        QVERIFY(sendAll(honest, "POST /v1/sync HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + teacher->token.toLatin1()
                                    + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
                                    + "\r\n\r\n"));
        QCOMPARE(trickle(honest, body, 20), int(body.size()));
        const QByteArray answered = readFor(honest, 20000);
        QVERIFY2(rawStatus(answered) == 200, answered.constData());
        QVERIFY(rawJson(answered).contains(u"cursor"_s));
        ::close(honest);
    }

    void sixHundredIdleConnectionsLeaveHonestSyncsServed()
    {
        HubLimits limits;
        limits.readTimeoutSeconds = 120; // idle kept-alive connections stay open for the whole test
        TestHub hub(limits);
        auto teacher = hub.teacher(u"prof"_s);
        const QString classId = hub.createClass(*teacher);
        // 600 devices make one request each on a kept-alive connection, then say nothing more.
        std::vector<int> idle;
        for (int i = 0; i < 600; ++i) {
            const int fd = openLoopback(hub.server().port());
            QVERIFY(fd >= 0);
            QVERIFY(sendAll(fd, "GET /v1/health HTTP/1.1\r\nHost: x\r\n\r\n"));
            idle.push_back(fd);
        }
        for (int fd : idle)
            QVERIFY(readFor(fd, 20000).startsWith("HTTP/1.1 200"));
        QTRY_VERIFY_WITH_TIMEOUT(hub.server().connectionsOpen() >= 600, 20000);
        QCOMPARE(hub.server().requestsInFlight(), 0);
        // Honest devices beside them: 20 of them sign in, push and pull (the positive control).
        for (int i = 0; i < 20; ++i) {
            Client device(hub.url());
            QVERIFY(device.login(u"prof"_s, u"password-prof"_s));
            const QJsonObject r = device.sync({change(u"lesson"_s, newUuid(), classId, device, {{u"title"_s, u"Leçon %1"_s.arg(i)}})});
            QCOMPARE(device.lastStatus, 200L);
            QCOMPARE(verdictOf(r), u"applied"_s);
        }
        QVERIFY(teacher->pullAll().size() >= 20); // the 20 lessons (the teacher had the class already)
        // The idle ones are still there, and still served when they speak again.
        QVERIFY(hub.server().connectionsOpen() >= 600);
        QVERIFY(sendAll(idle.front(), "GET /v1/health HTTP/1.1\r\nHost: x\r\n\r\n"));
        QVERIFY(readFor(idle.front(), 20000).startsWith("HTTP/1.1 200"));
        for (int fd : idle)
            ::close(fd);
    }
};

QTEST_GUILESS_MAIN(TestHubSlowClients)
#include "tst_hubslowclients.moc"
