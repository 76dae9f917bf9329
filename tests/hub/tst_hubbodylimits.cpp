// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// Nothing a client sends can swell the hub: every body is bounded before it is in memory (issue 11, point 5).
// The real `continuite-hub serve` process takes a barrage of hostile bodies — compression bombs in every
// encoding, chunked and unannounced bodies, absurd lengths — and its peak memory (VmHWM) barely moves, while an
// honest zstd sync beside them succeeds.
#include "hubtestkit.h"

#include <zlib.h>
#include <zstd.h>

using namespace HubTest;

namespace {

/// A gzip (or, with @p zlibWrapper, a zlib "deflate") stream of @p inflated zero bytes.
QByteArray zlibBomb(qint64 inflated, bool zlibWrapper)
{
    z_stream z{};
    deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, zlibWrapper ? 15 : 15 + 16, 9, Z_DEFAULT_STRATEGY);
    const QByteArray zeros(1 << 20, '\0');
    QByteArray out;
    QByteArray buffer(1 << 16, Qt::Uninitialized);
    for (qint64 done = 0; done < inflated; done += zeros.size()) {
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(zeros.constData()));
        z.avail_in = uInt(zeros.size());
        const int flush = done + zeros.size() >= inflated ? Z_FINISH : Z_NO_FLUSH;
        do {
            z.next_out = reinterpret_cast<Bytef *>(buffer.data());
            z.avail_out = uInt(buffer.size());
            deflate(&z, flush);
            out.append(buffer.constData(), buffer.size() - qsizetype(z.avail_out));
        } while (z.avail_out == 0);
    }
    deflateEnd(&z);
    return out;
}

/// One zstd frame of @p inflated zero bytes that does not say its size (so only inflating it tells).
QByteArray zstdBomb(qint64 inflated, int windowLog = 0)
{
    ZSTD_CCtx *c = ZSTD_createCCtx();
    ZSTD_CCtx_setParameter(c, ZSTD_c_compressionLevel, 1);
    ZSTD_CCtx_setParameter(c, ZSTD_c_contentSizeFlag, 0);
    if (windowLog)
        ZSTD_CCtx_setParameter(c, ZSTD_c_windowLog, windowLog);
    const QByteArray zeros(1 << 20, '\0');
    QByteArray out;
    QByteArray buffer(qsizetype(ZSTD_CStreamOutSize()), Qt::Uninitialized);
    for (qint64 done = 0; done < inflated; done += zeros.size()) {
        const bool last = done + zeros.size() >= inflated;
        ZSTD_inBuffer in{zeros.constData(), size_t(zeros.size()), 0};
        size_t left = 0;
        do {
            ZSTD_outBuffer o{buffer.data(), size_t(buffer.size()), 0};
            left = ZSTD_compressStream2(c, &o, &in, last ? ZSTD_e_end : ZSTD_e_continue);
            out.append(buffer.constData(), qsizetype(o.pos));
        } while (last ? left != 0 : in.pos < in.size);
    }
    ZSTD_freeCCtx(c);
    return out;
}

QByteArray zstd(const QByteArray &plain)
{
    QByteArray out(qsizetype(ZSTD_compressBound(size_t(plain.size()))), Qt::Uninitialized);
    out.resize(qsizetype(ZSTD_compress(out.data(), size_t(out.size()), plain.constData(), size_t(plain.size()), 3)));
    return out;
}

} // namespace

class TestHubBodyLimits : public QObject
{
    Q_OBJECT

private:
    HubProcess hub;
    std::unique_ptr<Client> teacher;
    QString classId;

    QByteArray head(const char *method, const char *path, const QList<QByteArray> &headers, bool withToken)
    {
        QByteArray h = QByteArray(method) + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n";
        if (withToken)
            h += "Authorization: Bearer " + teacher->token.toLatin1() + "\r\n";
        for (const QByteArray &line : headers)
            h += line + "\r\n";
        return h + "\r\n";
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(hub.admin({u"add-teacher"_s, u"--login"_s, u"prof"_s, u"--name"_s, u"Prof"_s, u"--password-stdin"_s},
                          "a long enough password\n")
                == 0);
        QVERIFY(hub.start());
        teacher = std::make_unique<Client>(hub.url());
        QVERIFY(teacher->login(u"prof"_s, u"a long enough password"_s));
        classId = newUuid();
        QCOMPARE(verdictOf(teacher->sync({change(u"class"_s, classId, classId, *teacher, {{u"name"_s, u"5e A"_s}})})),
                 u"applied"_s);
    }

    void hostileBodiesAreRefusedBeforeTheyAreInMemory_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<qint64>("filler");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");

        const QByteArray gzip = zlibBomb(256LL << 20, false); // ≈250 KB that inflate to 256 MiB
        const QByteArray deflate = zlibBomb(256LL << 20, true);
        const QByteArray smallGzip = zlibBomb(48LL << 20, false); // fits the 64 KiB of a sign-in
        const QByteArray zbomb = zstdBomb(256LL << 20);
        const QByteArray wideWindow = zstdBomb(4 << 20, 27);
        auto len = [](const QByteArray &b) -> QByteArray { return "Content-Length: " + QByteArray::number(b.size()); };
        const QByteArray sha(64, 'c');

        // A route that needs a token says so from the head of a request without one, before the body rules.
        QTest::newRow("gzip bomb, no token") << head("POST", "/v1/sync", {"Content-Encoding: gzip", len(smallGzip)}, false)
                                             << smallGzip << qint64(0) << 401 << u"unauthorized"_s;
        QTest::newRow("large gzip bomb, no token") << head("POST", "/v1/sync", {"Content-Encoding: gzip", len(gzip)}, false)
                                                   << gzip << qint64(0) << 401 << u"unauthorized"_s;
        QTest::newRow("gzip bomb, signed in") << head("POST", "/v1/sync", {"Content-Encoding: gzip", len(gzip)}, true) << gzip
                                              << qint64(0) << 415 << u"unsupported_encoding"_s;
        QTest::newRow("gzip bomb at sign-in") << head("POST", "/v1/login", {"Content-Encoding: gzip", len(smallGzip)}, false)
                                              << smallGzip << qint64(0) << 415 << u"unsupported_encoding"_s;
        QTest::newRow("deflate bomb") << head("POST", "/v1/sync", {"Content-Encoding: deflate", len(deflate)}, true) << deflate
                                      << qint64(0) << 415 << u"unsupported_encoding"_s;
        QTest::newRow("br") << head("POST", "/v1/sync", {"Content-Encoding: br", "Content-Length: 65536"}, true) << QByteArray()
                            << qint64(65536) << 415 << u"unsupported_encoding"_s;
        QTest::newRow("two encodings") << head("POST", "/v1/sync", {"Content-Encoding: zstd", "Content-Encoding: gzip", len(gzip)}, true)
                                       << gzip << qint64(0) << 415 << u"unsupported_encoding"_s;
        QTest::newRow("chunked, 256 MiB") << head("POST", "/v1/sync", {"Transfer-Encoding: chunked"}, true) << QByteArray()
                                          << qint64(256LL << 20) << 411 << u"length_required"_s;
        QTest::newRow("chunked sign-in") << head("POST", "/v1/login", {"Transfer-Encoding: chunked"}, false) << QByteArray()
                                         << qint64(64LL << 20) << 411 << u"length_required"_s;
        QTest::newRow("no length, 256 MiB until close") << head("POST", "/v1/sync", {}, true) << QByteArray()
                                                        << qint64(256LL << 20) << 411 << u"length_required"_s;
        QTest::newRow("10 GB announced") << head("POST", "/v1/sync", {"Content-Length: 10000000000"}, true) << QByteArray()
                                         << qint64(32LL << 20) << 413 << u"too_large"_s;
        // A length beyond 64 bits is refused by libmicrohttpd itself, before the hub sees the request: 413 and the
        // connection closed, with its own short HTML page rather than the hub's JSON (Debian 12's 0.9.75 has no hook).
        QTest::newRow("length beyond 64 bits") << head("POST", "/v1/sync", {"Content-Length: 99999999999999999999"}, true)
                                               << QByteArray() << qint64(1 << 20) << 413 << QString();
        QTest::newRow("length beyond 15 digits") << head("POST", "/v1/sync", {"Content-Length: 9999999999999999"}, true)
                                                 << QByteArray() << qint64(1 << 20) << 413 << u"too_large"_s;
        QTest::newRow("two lengths") << head("POST", "/v1/sync", {"Content-Length: 10", "Content-Length: 100000000"}, true)
                                     << QByteArray() << qint64(1 << 20) << 400 << u"invalid"_s;
        // RFC 9112 §5.1: a space before the colon is a 400 (a review, session 11: the hub took "Content-Length : 5"
        // for another header, so a lenient proxy in front could frame the body differently). Before: 411 and 200.
        QTest::newRow("space before a length's colon") << head("POST", "/v1/sync", {"Content-Length : 5"}, true)
                                                       << QByteArray("{}   ") << qint64(0) << 400 << u"invalid"_s;
        QTest::newRow("a spaced length beside a real one") << head("POST", "/v1/sync", {"Content-Length: 2", "Content-Length : 5"}, true)
                                                           << QByteArray("{}") << qint64(0) << 400 << u"invalid"_s;
        QTest::newRow("spaced chunked beside a length") << head("POST", "/v1/sync", {"Content-Length: 2", "Transfer-Encoding : chunked"}, true)
                                                        << QByteArray("{}") << qint64(0) << 400 << u"invalid"_s;
        QTest::newRow("10 MiB without a token") << head("POST", "/v1/sync", {"Content-Length: 10485760"}, false) << QByteArray()
                                                << qint64(10 << 20) << 401 << u"unauthorized"_s;
        QTest::newRow("zstd bomb, signed in") << head("POST", "/v1/sync", {"Content-Encoding: zstd", len(zbomb)}, true) << zbomb
                                              << qint64(0) << 413 << u"too_large"_s;
        QTest::newRow("zstd bomb, no token") << head("POST", "/v1/sync", {"Content-Encoding: zstd", len(zbomb)}, false) << zbomb
                                             << qint64(0) << 401 << u"unauthorized"_s;
        QTest::newRow("zstd bomb at sign-in") << head("POST", "/v1/login", {"Content-Encoding: zstd", len(zbomb)}, false) << zbomb
                                              << qint64(0) << 413 << u"too_large"_s;
        QTest::newRow("zstd with a 128 MiB window") << head("POST", "/v1/sync", {"Content-Encoding: zstd", len(wideWindow)}, true)
                                                    << wideWindow << qint64(0) << 413 << u"too_large"_s;
        QTest::newRow("control: the same, well formed") << head("POST", "/v1/sync", {"Content-Length: 2"}, true)
                                                        << QByteArray("{}") << qint64(0) << 200 << QString();
        QTest::newRow("gzip upload") << head("PATCH", QByteArray("/v1/uploads/" + sha).constData(),
                                             {"Content-Encoding: gzip", "Upload-Offset: 0", "Upload-Length: 300000000", len(gzip)}, true)
                                     << gzip << qint64(0) << 415 << u"unsupported_encoding"_s;
    }

    void hostileBodiesAreRefusedBeforeTheyAreInMemory()
    {
        QFETCH(QByteArray, request);
        QFETCH(QByteArray, body);
        QFETCH(qint64, filler);
        QFETCH(int, status);
        QFETCH(QString, error);
        const QByteArray answer = rawExchange(hub.port(), request, body, filler);
        QVERIFY2(rawStatus(answer) == status, answer.left(400).constData());
        QCOMPARE(hub.process().state(), QProcess::Running);
        if (error.isEmpty())
            return; // answered by the HTTP library (see the row)
        const QJsonObject json = rawJson(answer);
        QCOMPARE(json.value(u"error"_s).toString(), error);
        QVERIFY(!json.value(u"message"_s).toString().isEmpty());
        QCOMPARE(hub.process().state(), QProcess::Running);
    }

    void peakMemoryStaysWithinTheLimitsUnderABarrage()
    {
        // What one request may cost at most: a sync body of 16 MiB on the wire inflated to at most 32 MiB
        // (PROTOCOL.md, "Limits"). The whole barrage, one request after another, stays under that one
        // request's 48 MiB; before the fix one 250 KB gzip body took the hub past 256 MiB.
        constexpr qint64 AllowedRiseKb = 48 * 1024;
        QVERIFY(teacher->sync().contains(u"cursor"_s)); // the everyday path is warm
        QVERIFY2(hub.resetPeak(), "cannot reset VmHWM (/proc/PID/clear_refs)");
        const qint64 before = hub.statusKb("VmRSS");
        QVERIFY(before > 0);
        for (int round = 0; round < 2; ++round) {
            const QByteArray gzip = zlibBomb(256LL << 20, false);
            const QByteArray zbomb = zstdBomb(256LL << 20);
            const QList<QPair<QByteArray, QPair<QByteArray, qint64>>> barrage{
                {head("POST", "/v1/sync", {"Content-Encoding: gzip", "Content-Length: " + QByteArray::number(gzip.size())}, false), {gzip, 0}},
                {head("POST", "/v1/sync", {"Content-Encoding: gzip", "Content-Length: " + QByteArray::number(gzip.size())}, true), {gzip, 0}},
                {head("POST", "/v1/sync", {"Transfer-Encoding: chunked"}, true), {{}, 256LL << 20}},
                {head("POST", "/v1/sync", {}, true), {{}, 256LL << 20}},
                {head("POST", "/v1/sync", {"Content-Length: 10000000000"}, true), {{}, 32LL << 20}},
                {head("POST", "/v1/sync", {"Content-Length: 10485760"}, false), {{}, 10 << 20}},
                {head("POST", "/v1/sync", {"Content-Encoding: zstd", "Content-Length: " + QByteArray::number(zbomb.size())}, true), {zbomb, 0}},
                {head("POST", "/v1/login", {"Content-Encoding: zstd", "Content-Length: " + QByteArray::number(zbomb.size())}, false), {zbomb, 0}},
            };
            for (const auto &[request, body] : barrage) {
                const int status = rawStatus(rawExchange(hub.port(), request, body.first, body.second));
                QVERIFY2(status >= 400 && status < 500, QByteArray::number(status).constData());
            }
        }
        const qint64 peak = hub.statusKb("VmHWM");
        qInfo("hub RSS before the barrage %lld kB, peak during it %lld kB (rise %lld kB, allowed %lld kB)", before, peak,
              peak - before, AllowedRiseKb);
        QVERIFY2(peak - before < AllowedRiseKb, qPrintable(u"peak rose by %1 kB"_s.arg(peak - before)));
        QCOMPARE(hub.process().state(), QProcess::Running);
    }

    void honestZstdSyncBesideTheBarrageSucceeds()
    {
        // The positive control: a real push of 400 lessons, zstd-compressed as the app sends it, is applied whole.
        QJsonArray changes;
        for (int i = 0; i < 400; ++i)
            changes.append(change(u"lesson"_s, newUuid(), classId, *teacher,
                                  {{u"title"_s, u"Leçon %1"_s.arg(i)}, {u"in_class"_s, QString(2000, u'é')}}));
        const QByteArray plain = QJsonDocument(QJsonObject{{u"cursor"_s, teacher->cursor}, {u"changes"_s, changes}}).toJson(QJsonDocument::Compact);
        QVERIFY(plain.size() > 1 << 20);
        const HttpReply r = teacher->request("POST", u"/v1/sync"_s, zstd(plain), {"Content-Encoding: zstd"});
        QCOMPARE(r.status, 200L);
        const QJsonArray verdicts = r.json().value(u"verdicts"_s).toArray();
        QCOMPARE(verdicts.size(), 400);
        for (const QJsonValue &v : verdicts)
            QCOMPARE(v.toObject().value(u"status"_s).toString(), u"applied"_s);
        Client other(hub.url());
        QVERIFY(other.login(u"prof"_s, u"a long enough password"_s));
        int lessons = 0;
        for (const QJsonValue &c : other.pullAll())
            lessons += c.toObject().value(u"kind"_s).toString() == u"lesson"_s;
        QCOMPARE(lessons, 400);
        // An honest empty DELETE (Content-Length: 0) still works: only unannounced bodies are refused.
        QCOMPARE(other.request("DELETE", u"/v1/devices/"_s + other.deviceId).status, 204L);
    }
};

QTEST_GUILESS_MAIN(TestHubBodyLimits)
#include "tst_hubbodylimits.moc"
