// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// Files on the hub: an unfinished upload counts against its uploader's quota and expires on a timer
// (issue 11, point 7), and a file is visible under its name only once its row is committed, so a reader is never
// refused a file that was uploaded (point 12).
#include "hubtestkit.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace HubTest;

namespace {

QByteArray fileOf(qsizetype size, char seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char(seed + i * 7 + i / 251);
    return bytes;
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

HttpReply patch(Client &c, const QString &sha, qint64 offset, qint64 length, const QByteArray &bytes)
{
    return c.request("PATCH", u"/v1/uploads/"_s + sha, bytes,
                     {"Upload-Offset: " + QByteArray::number(offset), "Upload-Length: " + QByteArray::number(length),
                      "Content-Type: application/offset+octet-stream"});
}

/// What HEAD says: the offset, and whether the file is complete.
QPair<qint64, bool> where(Client &c, const QString &sha)
{
    const HttpReply r = c.request("HEAD", u"/v1/uploads/"_s + sha);
    return {r.header("Upload-Offset").toLongLong(), r.header("Upload-Complete") == "1"};
}

/// Runs @p sql on the hub's database from another connection, as a fault injector or an older hub would.
bool onHubDatabase(const QString &dataDir, const QString &sql, const QVariantList &values = {})
{
    const QString name = u"fault-"_s + newUuid();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(dataDir + u"/hub.sqlite"_s);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(sql);
            for (const QVariant &v : values)
                q.addBindValue(v);
            ok = q.exec();
            if (!ok)
                qWarning() << q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QJsonObject lessonWith(Client &teacher, const QString &classId, const QString &sha, qint64 size)
{
    return change(u"lesson"_s, newUuid(), classId, teacher,
                  {{u"title"_s, u"Le cycle de l’eau"_s}, {u"status"_s, u"published"_s},
                   {u"attachments"_s, QJsonArray{QJsonObject{{u"sha256"_s, sha}, {u"size"_s, double(size)},
                                                             {u"mime"_s, u"image/png"_s}, {u"name"_s, u"eau.png"_s}}}}});
}

} // namespace

class TestHubUploadQuota : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unfinishedUploadsCountAgainstTheQuota()
    {
        HubLimits limits;
        limits.quotaBytes = 1 << 20;
        TestHub hub(limits);
        auto teacher = hub.teacher(u"prof"_s);
        const QString classId = hub.createClass(*teacher);
        auto student = hub.student(*teacher, classId, u"code1"_s);

        // She announces 900 KiB and sends 10 KiB of it...
        const QByteArray big = fileOf(900 * 1024, 'a');
        QCOMPARE(patch(*student, sha256(big), 0, big.size(), big.left(10 * 1024)).status, 204L);
        // ...then starts a second file that would not fit beside the first: refused, whatever she has finished.
        const QByteArray second = fileOf(300 * 1024, 'b');
        HttpReply r = patch(*student, sha256(second), 0, second.size(), second.left(1024));
        QCOMPARE(r.status, 413L);
        QCOMPARE(r.json().value(u"error"_s).toString(), u"quota"_s);
        QVERIFY(r.json().value(u"message"_s).toString().contains(u"unfinished"_s));
        // Many unfinished uploads cannot add up beyond it either.
        int refused = 0;
        for (int i = 0; i < 20; ++i) {
            const QByteArray other = fileOf(100 * 1024, char('c' + i));
            refused += patch(*student, sha256(other), 0, other.size(), other.left(10)).status == 413;
        }
        QVERIFY2(refused >= 19, qPrintable(QString::number(refused)));

        // Positive controls: resuming the first upload is free (it is already counted) and completes it; a file
        // that fits is accepted; another student's quota is her own.
        QCOMPARE(patch(*student, sha256(big), 10 * 1024, big.size(), big.mid(10 * 1024)).status, 201L);
        QCOMPARE(student->request("GET", u"/v1/media/"_s + sha256(big)).body, big);
        auto other = hub.student(*teacher, classId, u"code2"_s);
        QCOMPARE(patch(*other, sha256(second), 0, second.size(), second).status, 201L);
    }

    void unfinishedUploadsExpireOnATimer()
    {
        HubLimits limits;
        limits.quotaBytes = 1 << 20;
        limits.uploadExpirySeconds = 2;
        limits.uploadSweepSeconds = 1;
        TestHub hub(limits);
        auto teacher = hub.teacher(u"prof"_s);
        const QString classId = hub.createClass(*teacher);
        auto student = hub.student(*teacher, classId, u"code1"_s);

        const QByteArray done = fileOf(50 * 1024, 'd');
        QCOMPARE(patch(*student, sha256(done), 0, done.size(), done).status, 201L);
        const QByteArray abandoned = fileOf(900 * 1024, 'e');
        QCOMPARE(patch(*student, sha256(abandoned), 0, abandoned.size(), abandoned.left(4096)).status, 204L);
        QCOMPARE(where(*student, sha256(abandoned)).first, 4096);
        // Nobody writes to it: the hub, still running, forgets it and gives the quota back.
        QTRY_COMPARE_WITH_TIMEOUT(where(*student, sha256(abandoned)).first, 0, 30000);
        QVERIFY(!QFile::exists(hub.dataDir() + u"/uploads/"_s + sha256(abandoned) + u".part"_s));
        const QByteArray next = fileOf(900 * 1024, 'f');
        QCOMPARE(patch(*student, sha256(next), 0, next.size(), next).status, 201L);
        // Stored files are never swept.
        QCOMPARE(student->request("GET", u"/v1/media/"_s + sha256(done)).status, 200L);
    }

    void aFileIsVisibleOnlyOnceItsRowIsCommitted()
    {
        TestHub hub;
        auto teacher = hub.teacher(u"prof"_s);
        const QString classId = hub.createClass(*teacher);
        auto student = hub.student(*teacher, classId, u"code1"_s);
        const QByteArray bytes = fileOf(64 * 1024, 'g');
        const QString sha = sha256(bytes);
        QCOMPARE(verdictOf(teacher->sync({lessonWith(*teacher, classId, sha, bytes.size())})), u"applied"_s);

        // The blob's row cannot be written (a full disk, a database error) when the last bytes arrive.
        QVERIFY(onHubDatabase(hub.dataDir(), u"CREATE TRIGGER refuse_blobs BEFORE INSERT ON blobs "
                                             "BEGIN SELECT RAISE(ABORT, 'injected fault'); END"_s));
        const HttpReply failed = patch(*teacher, sha, 0, bytes.size(), bytes);
        QCOMPARE(failed.status, 503L);
        QCOMPARE(failed.json().value(u"error"_s).toString(), u"unavailable"_s);
        // The hub must not say "complete": a client would drop the file from its queue for good.
        const auto afterFault = where(*teacher, sha);
        QVERIFY2(!afterFault.second, "HEAD says complete for a file without its row");
        QCOMPARE(afterFault.first, qint64(bytes.size())); // nothing received is lost
        QCOMPARE(student->request("GET", u"/v1/media/"_s + sha).status, 404L);

        // The fault goes away; the client does what PROTOCOL.md says: HEAD, then PATCH the (empty) rest.
        QVERIFY(onHubDatabase(hub.dataDir(), u"DROP TRIGGER refuse_blobs"_s));
        QCOMPARE(patch(*teacher, sha, afterFault.first, bytes.size(), {}).status, 201L);
        QVERIFY(where(*teacher, sha).second);
        QCOMPARE(student->request("GET", u"/v1/media/"_s + sha).body, bytes);
        QCOMPARE(teacher->request("GET", u"/v1/media/"_s + sha).status, 200L);
    }

    void repairAtStartMakesLeftoversWhole()
    {
        TestHub hub;
        auto teacher = hub.teacher(u"prof"_s);
        const QString classId = hub.createClass(*teacher);
        auto student = hub.student(*teacher, classId, u"code1"_s);
        // What an older hub left when it died between the rename and the row: a stored file with no row.
        const QByteArray orphan = fileOf(10 * 1024, 'h');
        const QString orphanSha = sha256(orphan);
        QVERIFY(QDir().mkpath(hub.dataDir() + u"/blobs/"_s + orphanSha.left(2)));
        QFile o(hub.dataDir() + u"/blobs/"_s + orphanSha.left(2) + u'/' + orphanSha);
        QVERIFY(o.open(QIODevice::WriteOnly) && o.write(orphan) == orphan.size());
        o.close();
        // What this hub leaves when it dies between the row and the rename: a row, the whole file still a part.
        const QByteArray pending = fileOf(20 * 1024, 'i');
        const QString pendingSha = sha256(pending);
        QFile p(hub.dataDir() + u"/uploads/"_s + pendingSha + u".part"_s);
        QVERIFY(p.open(QIODevice::WriteOnly) && p.write(pending) == pending.size());
        p.close();
        QVERIFY(onHubDatabase(hub.dataDir(), u"INSERT INTO blobs(sha256, size, owner) VALUES(?, ?, ?)"_s,
                              {pendingSha, pending.size(), teacher->id()}));
        QCOMPARE(verdictOf(teacher->sync({lessonWith(*teacher, classId, orphanSha, orphan.size()),
                                          lessonWith(*teacher, classId, pendingSha, pending.size())})),
                 u"applied"_s);

        hub.restart(); // on the same port (LoopbackHub keeps it); fresh clients sign in
        Client pupil(hub.url());
        QVERIFY(pupil.login(u"code1"_s, u"4821"_s));
        Client prof(hub.url());
        QVERIFY(prof.login(u"prof"_s, u"password-prof"_s));
        QCOMPARE(pupil.request("GET", u"/v1/media/"_s + orphanSha).body, orphan);
        QCOMPARE(pupil.request("GET", u"/v1/media/"_s + pendingSha).body, pending);
        QVERIFY(where(prof, pendingSha).second);
        // Positive control: a teacher of another class still may not read them.
        auto outsider = hub.teacher(u"autre"_s);
        QCOMPARE(outsider->request("GET", u"/v1/media/"_s + orphanSha).status, 404L);
    }
};

QTEST_GUILESS_MAIN(TestHubUploadQuota)
#include "tst_hubuploadquota.moc"
