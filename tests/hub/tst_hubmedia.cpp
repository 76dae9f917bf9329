// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// Media: content-addressed blobs, resumable uploads cut anywhere, ranged downloads, scope, limits.
#include "hubtestkit.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <thread>

using namespace HubTest;

namespace {

QByteArray randomBytes(int size, quint32 seed)
{
    QRandomGenerator rng(seed);
    QByteArray data(size, Qt::Uninitialized);
    rng.fillRange(reinterpret_cast<quint32 *>(data.data()), size / 4);
    return data;
}

QString sha256(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

/// Starts a PATCH and drops the connection after exactly @p sent body bytes, as a lost mobile link would.
void cutUpload(int port, const QString &token, const QString &sha, const QByteArray &data, qint64 offset, qint64 sent)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(quint16(port));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    QVERIFY(::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0);
    const QByteArray head = "PATCH /v1/uploads/" + sha.toLatin1() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
        + token.toLatin1() + "\r\nUpload-Offset: " + QByteArray::number(offset) + "\r\nUpload-Length: "
        + QByteArray::number(data.size()) + "\r\nContent-Type: application/offset+octet-stream\r\nContent-Length: "
        + QByteArray::number(data.size() - offset) + "\r\n\r\n";
    QVERIFY(::write(fd, head.constData(), size_t(head.size())) == head.size());
    if (sent > 0)
        QVERIFY(::write(fd, data.constData() + offset, size_t(sent)) == sent);
    ::shutdown(fd, SHUT_RDWR);
    ::close(fd);
}

/// What a client does: ask the offset, send the rest; on 409 (the cut request still finishing) ask again.
long resumeUpload(Client &c, const QString &sha, const QByteArray &data)
{
    for (int attempt = 0; attempt < 200; ++attempt) {
        const HttpReply head = c.request("HEAD", u"/v1/uploads/"_s + sha);
        if (head.status != 200)
            return head.status;
        const qint64 offset = head.header("Upload-Offset").toLongLong();
        if (head.header("Upload-Complete") == "1")
            return 200;
        const HttpReply r = c.request("PATCH", u"/v1/uploads/"_s + sha, data.mid(offset),
                                      {"Upload-Offset: " + QByteArray::number(offset),
                                       "Upload-Length: " + QByteArray::number(data.size()),
                                       "Content-Type: application/offset+octet-stream"});
        if (r.status != 409)
            return r.status;
        QTest::qWait(10);
    }
    return 0;
}

} // namespace

class TestHubMedia : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestHub> hub;
    std::unique_ptr<Client> teacher, s1, s2, t2, s3;
    QString classA, classB;

    QJsonObject attachment(const QByteArray &data, const QString &name)
    {
        return {{u"sha256"_s, sha256(data)}, {u"size"_s, double(data.size())}, {u"mime"_s, u"application/pdf"_s}, {u"name"_s, name}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        HubLimits limits;
        limits.maxUploadBytes = 2 * 1024 * 1024;
        limits.quotaBytes = 5 * 1024 * 1024;
        hub = std::make_unique<TestHub>(limits);
        teacher = hub->teacher(u"prof"_s);
        t2 = hub->teacher(u"autre"_s);
        classA = hub->createClass(*teacher);
        classB = hub->createClass(*t2);
        s1 = hub->student(*teacher, classA, u"m1"_s);
        s2 = hub->student(*teacher, classA, u"m2"_s);
        s3 = hub->student(*t2, classB, u"m3"_s);
    }

    void uploadCutAndResumed_data()
    {
        QTest::addColumn<QList<qint64>>("cuts");
        QTest::newRow("cut before the first byte") << QList<qint64>{0};
        QTest::newRow("cut after one byte") << QList<qint64>{1};
        QTest::newRow("cut at 64 KiB") << QList<qint64>{65536};
        QTest::newRow("cut one byte before the end") << QList<qint64>{300 * 1024 - 1};
        QTest::newRow("cut five times") << QList<qint64>{7, 4096, 100000, 100001, 250000};
    }

    void uploadCutAndResumed()
    {
        QFETCH(QList<qint64>, cuts);
        static quint32 seed = 1;
        const QByteArray data = randomBytes(300 * 1024, seed++);
        const QString sha = sha256(data);
        qint64 offset = 0;
        for (const qint64 cut : cuts) {
            cutUpload(hub->server().port(), teacher->token, sha, data, offset, cut - offset);
            // Wait until the hub has kept what it received: the offset it reports is exactly the cut.
            HttpReply head;
            for (int i = 0; i < 200; ++i) {
                head = teacher->request("HEAD", u"/v1/uploads/"_s + sha);
                if (head.header("Upload-Offset").toLongLong() == cut)
                    break;
                QTest::qWait(5);
            }
            QCOMPARE(head.header("Upload-Offset").toLongLong(), cut);
            // Then until it has let the cut request go: it holds the upload until it sees the connection closed, and
            // a slice sent before then is refused (409 upload_in_progress; a client asks again). The next cut came
            // too early 2 runs in 300 under load (session 16): its bytes were refused, Upload-Offset stayed 100000
            // where 100001 was expected. An empty slice at the cut is answered 204 once the upload is free (and it
            // lets it go before answering); it cannot take the upload before the cut request did, whose bytes are in.
            HttpReply empty;
            for (int i = 0; i < 400; ++i) {
                empty = teacher->request("PATCH", u"/v1/uploads/"_s + sha, {},
                                         {"Upload-Offset: " + QByteArray::number(cut), "Upload-Length: " + QByteArray::number(data.size()),
                                          "Content-Type: application/offset+octet-stream"});
                if (empty.status != 409)
                    break;
                QTest::qWait(5);
            }
            QVERIFY2(empty.status == 204, empty.body.constData());
            QCOMPARE(empty.header("Upload-Offset").toLongLong(), cut);
            offset = cut;
        }
        QCOMPARE(teacher->request("GET", u"/v1/media/"_s + sha).status, 404L); // not a blob until complete
        QCOMPARE(resumeUpload(*teacher, sha, data), 201L);
        const HttpReply got = teacher->request("GET", u"/v1/media/"_s + sha);
        QCOMPARE(got.status, 200L);
        QCOMPARE(got.body.size(), data.size());
        QCOMPARE(sha256(got.body), sha);
    }

    void twoUploadsOfTheSameBlobAtOnce()
    {
        const QByteArray data = randomBytes(1024 * 1024, 4242);
        const QString sha = sha256(data);
        // The teacher's laptop and phone send the same video at once (one person: who wins does not change who
        // may read it; two people with the same file is secondSenderOfAStoredFile below).
        Client a(hub->url()), b(hub->url());
        a.token = teacher->token;
        b.token = teacher->token;
        long ra = 0, rb = 0;
        std::thread ta([&] { ra = resumeUpload(a, sha, data); });
        std::thread tb([&] { rb = resumeUpload(b, sha, data); });
        ta.join();
        tb.join();
        QVERIFY2((ra == 201 || ra == 200) && (rb == 201 || rb == 200), qPrintable(u"%1 %2"_s.arg(ra).arg(rb)));
        QVERIFY(ra == 201 || rb == 201); // exactly one of them stored it
        teacher->sync({change(u"lesson"_s, newUuid(), classA, *teacher,
                              {{u"title"_s, u"vidéo"_s}, {u"attachments"_s, QJsonArray{attachment(data, u"v.webm"_s)}}})});
        const HttpReply got = teacher->request("GET", u"/v1/media/"_s + sha);
        QCOMPARE(sha256(got.body), sha);
    }

    void wrongBytesNeverBecomeABlob()
    {
        const QByteArray data = randomBytes(4096, 77);
        QByteArray corrupt = data;
        corrupt[100] = char(corrupt[100] ^ 0x55);
        const QString sha = sha256(data);
        QCOMPARE(resumeUpload(*teacher, sha, corrupt), 422L);
        QCOMPARE(teacher->request("GET", u"/v1/media/"_s + sha).status, 404L);
        QCOMPARE(teacher->request("HEAD", u"/v1/uploads/"_s + sha).header("Upload-Offset"), QByteArray("0"));
        QCOMPARE(resumeUpload(*teacher, sha, data), 201L);
    }

    void downloadsOnlyInScope()
    {
        const QByteArray published = randomBytes(20000, 1001), draft = randomBytes(20000, 1002), work = randomBytes(20000, 1003);
        for (const QByteArray *d : {&published, &draft})
            QCOMPARE(resumeUpload(*teacher, sha256(*d), *d), 201L);
        QCOMPARE(resumeUpload(*s2, sha256(work), work), 201L);
        const QString assignment = newUuid();
        teacher->sync({change(u"lesson"_s, newUuid(), classA, *teacher,
                              {{u"title"_s, u"publiée"_s}, {u"status"_s, u"published"_s},
                               {u"attachments"_s, QJsonArray{attachment(published, u"fiche.pdf"_s)}}}),
                       change(u"lesson"_s, newUuid(), classA, *teacher,
                              {{u"title"_s, u"brouillon"_s}, {u"status"_s, u"draft"_s},
                               {u"attachments"_s, QJsonArray{attachment(draft, u"corrigé.pdf"_s)}}}),
                       change(u"assignment"_s, assignment, classA, *teacher, {{u"title"_s, u"devoir"_s}, {u"status"_s, u"published"_s}})});
        const QJsonObject r = s2->sync({change(u"submission"_s, newUuid(), classA, *s2,
                                               {{u"assignment_id"_s, assignment}, {u"student"_s, s2->id()},
                                                {u"attachments"_s, QJsonArray{attachment(work, u"photo.jpg"_s)}}})});
        QCOMPARE(verdictOf(r), u"applied"_s);

        QCOMPARE(s1->request("GET", u"/v1/media/"_s + sha256(published)).status, 200L);
        QCOMPARE(s1->request("GET", u"/v1/media/"_s + sha256(draft)).status, 404L);  // a draft's file
        QCOMPARE(s1->request("GET", u"/v1/media/"_s + sha256(work)).status, 404L);   // another student's work
        QCOMPARE(s3->request("GET", u"/v1/media/"_s + sha256(published)).status, 404L); // another class
        QCOMPARE(t2->request("GET", u"/v1/media/"_s + sha256(work)).status, 404L);
        QCOMPARE(teacher->request("GET", u"/v1/media/"_s + sha256(work)).status, 200L);
        QCOMPARE(teacher->request("GET", u"/v1/media/"_s + sha256(draft)).status, 200L);
        QCOMPARE(s2->request("GET", u"/v1/media/"_s + sha256(work)).status, 200L);
        QCOMPARE(Client(hub->url()).request("GET", u"/v1/media/"_s + sha256(published)).status, 401L);
    }

    void rangesAndValidators()
    {
        const QByteArray data = randomBytes(50000, 31337);
        const QString sha = sha256(data);
        QCOMPARE(resumeUpload(*teacher, sha, data), 201L);
        const QString path = u"/v1/media/"_s + sha;
        const QByteArray etag = '"' + sha.toLatin1() + '"';

        const HttpReply full = teacher->request("GET", path);
        QCOMPARE(full.header("ETag"), etag);
        QCOMPARE(full.header("Accept-Ranges"), QByteArray("bytes"));

        const HttpReply part = teacher->request("GET", path, {}, {"Range: bytes=1000-1999"});
        QCOMPARE(part.status, 206L);
        QCOMPARE(part.header("Content-Range"), QByteArray("bytes 1000-1999/50000"));
        QCOMPARE(part.body, data.mid(1000, 1000));

        const HttpReply tail = teacher->request("GET", path, {}, {"Range: bytes=49000-", "If-Range: " + etag});
        QCOMPARE(tail.status, 206L);
        QCOMPARE(tail.body, data.mid(49000));

        const HttpReply suffix = teacher->request("GET", path, {}, {"Range: bytes=-10"});
        QCOMPARE(suffix.status, 206L);
        QCOMPARE(suffix.body, data.right(10));

        const HttpReply changed = teacher->request("GET", path, {}, {"Range: bytes=1000-1999", "If-Range: \"something-else\""});
        QCOMPARE(changed.status, 200L);
        QCOMPARE(changed.body, data);

        QCOMPARE(teacher->request("GET", path, {}, {"Range: bytes=60000-"}).status, 416L);
        QCOMPARE(teacher->request("GET", path, {}, {"If-None-Match: " + etag}).status, 304L);
        const HttpReply head = teacher->request("HEAD", path);
        QCOMPARE(head.status, 200L);
        QCOMPARE(head.header("Content-Length"), QByteArray("50000"));
    }

    // Two pupils of different classes hand in the same file (a worksheet saved from the same site). The second
    // names a file the hub already holds, which she may not read yet ("naming is not reading"), and the hub tells
    // her it is complete, so she never proves she has it: her teacher cannot open her work. Known, not fixed yet
    // (issue 11): the fix is a proof of possession (the upload answered as new to someone who may not read the
    // stored file, its bytes checked, then she holds it). The positive control: her own upload of a new file.
    void secondSenderOfAStoredFile()
    {
        const QByteArray sheet = randomBytes(30000, 7070);
        const QString sha = sha256(sheet);
        QCOMPARE(resumeUpload(*s1, sha, sheet), 201L);
        const QString theirs = newUuid();
        teacher->sync({change(u"assignment"_s, theirs, classA, *teacher, {{u"title"_s, u"fiche"_s}, {u"status"_s, u"published"_s}})});
        QCOMPARE(verdictOf(s1->sync({change(u"submission"_s, newUuid(), classA, *s1,
                                            {{u"assignment_id"_s, theirs}, {u"student"_s, s1->id()},
                                             {u"attachments"_s, QJsonArray{attachment(sheet, u"fiche.pdf"_s)}}})})),
                 u"applied"_s);
        QCOMPARE(teacher->request("GET", u"/v1/media/"_s + sha).status, 200L);

        const QString hers = newUuid();
        t2->sync({change(u"assignment"_s, hers, classB, *t2, {{u"title"_s, u"fiche"_s}, {u"status"_s, u"published"_s}})});
        const QByteArray own = randomBytes(30000, 7071);
        QCOMPARE(verdictOf(s3->sync({change(u"submission"_s, newUuid(), classB, *s3,
                                            {{u"assignment_id"_s, hers}, {u"student"_s, s3->id()},
                                             {u"attachments"_s, QJsonArray{attachment(sheet, u"fiche.pdf"_s),
                                                                           attachment(own, u"photo.jpg"_s)}}})})),
                 u"applied"_s);
        // She may not read s1's copy: the hub asks her for the bytes, as for a file it does not hold.
        const HttpReply head = s3->request("HEAD", u"/v1/uploads/"_s + sha);
        QCOMPARE(head.header("Upload-Offset"), QByteArray("0"));
        QVERIFY(!head.headers.contains("upload-complete"));
        QCOMPARE(t2->request("GET", u"/v1/media/"_s + sha).status, 404L); // her name granted nothing yet
        QCOMPARE(resumeUpload(*s3, sha, sheet), 201L);
        QCOMPARE(resumeUpload(*s3, sha256(own), own), 201L);
        QCOMPARE(t2->request("GET", u"/v1/media/"_s + sha256(own)).status, 200L); // positive control
        QCOMPARE(t2->request("GET", u"/v1/media/"_s + sha).body, sheet);
    }

    void limits()
    {
        const QByteArray big = randomBytes(3 * 1024 * 1024, 9);
        const HttpReply tooBig = teacher->request("PATCH", u"/v1/uploads/"_s + sha256(big), big.left(1024),
                                                  {"Upload-Offset: 0", "Upload-Length: " + QByteArray::number(big.size())});
        QCOMPARE(tooBig.status, 413L);
        QCOMPARE(tooBig.json().value(u"field"_s).toString(), u"Upload-Length"_s);

        // s3's quota is 5 MiB: three files of 2 MiB do not fit.
        for (quint32 i = 0; i < 2; ++i) {
            const QByteArray file = randomBytes(2 * 1024 * 1024, 500 + i);
            QCOMPARE(resumeUpload(*s3, sha256(file), file), 201L);
        }
        const QByteArray third = randomBytes(2 * 1024 * 1024, 600);
        const HttpReply over = s3->request("PATCH", u"/v1/uploads/"_s + sha256(third), third,
                                           {"Upload-Offset: 0", "Upload-Length: " + QByteArray::number(third.size())});
        QCOMPARE(over.status, 413L);
        QCOMPARE(over.json().value(u"error"_s).toString(), u"quota"_s);
    }

    void abandonedUploadsAreClearedAtStart() // last: the restart moves the hub to another port
    {
        const QByteArray data = randomBytes(10000, 8080), recent = randomBytes(10000, 8081);
        QFile old(hub->dataDir() + u"/uploads/"_s + sha256(data) + u".part"_s);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write(data.left(5000));
        old.flush();
        QVERIFY(old.setFileTime(QDateTime::currentDateTimeUtc().addDays(-30), QFileDevice::FileModificationTime));
        old.close();
        cutUpload(hub->server().port(), teacher->token, sha256(recent), recent, 0, 3000);
        HttpReply head;
        for (int i = 0; i < 200 && head.header("Upload-Offset") != "3000"; ++i) {
            head = teacher->request("HEAD", u"/v1/uploads/"_s + sha256(recent));
            QTest::qWait(5);
        }
        QCOMPARE(head.header("Upload-Offset"), QByteArray("3000"));
        QCOMPARE(teacher->request("HEAD", u"/v1/uploads/"_s + sha256(data)).header("Upload-Offset"), QByteArray("5000"));
        hub->restart();
        teacher = std::make_unique<Client>(hub->url());
        QVERIFY(teacher->login(u"prof"_s, u"password-prof"_s));
        QCOMPARE(teacher->request("HEAD", u"/v1/uploads/"_s + sha256(data)).header("Upload-Offset"), QByteArray("0"));
        QCOMPARE(teacher->request("HEAD", u"/v1/uploads/"_s + sha256(recent)).header("Upload-Offset"), QByteArray("3000"));
    }
};

QTEST_GUILESS_MAIN(TestHubMedia)
#include "tst_hubmedia.moc"
