// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// Proof of possession (SECURITY.md, "Files"). Naming a file is not reading it; sending its bytes is. Before: when a
// second pupil handed in a file someone else had uploaded first, the hub told her upload it was complete, she never
// sent it, her submission's name granted nothing and her teacher could not open her work. And the upload and media
// endpoints told anyone who knew a hash whether the hub held that file (Upload-Complete, 403 against 404).
#include "hubtestkit.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace HubTest;

namespace {

QByteArray someBytes(int size, quint32 seed)
{
    QRandomGenerator rng(seed);
    QByteArray data(size, Qt::Uninitialized);
    rng.fillRange(reinterpret_cast<quint32 *>(data.data()), size / 4);
    return data;
}

HttpReply patch(Client &c, const QString &sha, qint64 offset, qint64 length, const QByteArray &bytes)
{
    return c.request("PATCH", u"/v1/uploads/"_s + sha, bytes,
                     {"Upload-Offset: " + QByteArray::number(offset), "Upload-Length: " + QByteArray::number(length),
                      "Content-Type: application/offset+octet-stream"});
}

/// Everything a person can observe of a hash through the upload and media endpoints, without its bytes.
struct Observed
{
    long headStatus = 0;
    QByteArray headOffset;
    bool headComplete = false;
    long getStatus = 0;
    QByteArray getBody;
    long mediaStatus = 0;
    QByteArray mediaBody;
    long mediaHeadStatus = 0;
    long partialPatchStatus = 0;
    QByteArray partialPatchOffset;

    bool operator==(const Observed &o) const
    {
        return headStatus == o.headStatus && headOffset == o.headOffset && headComplete == o.headComplete
            && getStatus == o.getStatus && getBody == o.getBody && mediaStatus == o.mediaStatus && mediaBody == o.mediaBody
            && mediaHeadStatus == o.mediaHeadStatus && partialPatchStatus == o.partialPatchStatus
            && partialPatchOffset == o.partialPatchOffset;
    }
    QByteArray describe() const
    {
        return "HEAD " + QByteArray::number(headStatus) + " offset " + headOffset + (headComplete ? " complete" : "")
            + "; GET " + QByteArray::number(getStatus) + " " + getBody + "; media " + QByteArray::number(mediaStatus) + " "
            + mediaBody + "; media HEAD " + QByteArray::number(mediaHeadStatus) + "; PATCH of a first slice "
            + QByteArray::number(partialPatchStatus) + " offset " + partialPatchOffset;
    }
};

/// What @p c sees of @p sha (a file of @p size bytes): the offset queries, a download, and a first slice of bytes
/// that are not the file (so that nothing is completed), whose part is then left to expire.
Observed observe(Client &c, const QString &sha, qint64 size)
{
    Observed o;
    const HttpReply head = c.request("HEAD", u"/v1/uploads/"_s + sha);
    o.headStatus = head.status;
    o.headOffset = head.header("Upload-Offset");
    o.headComplete = head.headers.contains("upload-complete");
    const HttpReply get = c.request("GET", u"/v1/uploads/"_s + sha);
    o.getStatus = get.status;
    o.getBody = get.body;
    const HttpReply media = c.request("GET", u"/v1/media/"_s + sha);
    o.mediaStatus = media.status;
    o.mediaBody = media.body;
    o.mediaHeadStatus = c.request("HEAD", u"/v1/media/"_s + sha).status;
    const HttpReply slice = patch(c, sha, 0, size, QByteArray(1000, 'x'));
    o.partialPatchStatus = slice.status;
    o.partialPatchOffset = slice.header("Upload-Offset");
    return o;
}

/// Runs @p sql on the hub's database beside the running hub (a fault injected, then taken away).
bool onHubDatabase(const QString &dataDir, const QString &sql)
{
    const QString name = u"fault-"_s + newUuid();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(dataDir + u"/hub.sqlite"_s);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
        ok = db.open() && QSqlQuery(db).exec(sql);
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

class TestPossession : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestHub> hub;
    std::unique_ptr<Client> martin; ///< teaches class A (Léa, Zoé)
    std::unique_ptr<Client> dubois; ///< teaches class B (Tom): the second teacher, who does not teach Léa
    std::unique_ptr<Client> lea, zoe, tom;
    QString classA, classB, assignmentA, assignmentB;

    QString mediaPath(const QByteArray &data) const { return u"/v1/media/"_s + hexSha256(data); }

    QJsonObject handIn(Client &student, const QString &classId, const QString &assignment, const QList<QByteArray> &files)
    {
        QJsonArray attachments;
        for (const QByteArray &f : files)
            attachments.append(attachmentOf(f, u"photo.jpg"_s));
        return student.sync({change(u"submission"_s, newUuid(), classId, student,
                                    {{u"assignment_id"_s, assignment}, {u"student"_s, student.id()},
                                     {u"attachments"_s, attachments}})});
    }

    void startHub(HubLimits limits = {})
    {
        hub = std::make_unique<TestHub>(limits);
        martin = hub->teacher(u"mme.martin"_s);
        dubois = hub->teacher(u"m.dubois"_s);
        classA = hub->createClass(*martin, u"6e A"_s);
        classB = hub->createClass(*dubois, u"6e B"_s);
        lea = hub->student(*martin, classA, u"lea.m"_s);
        zoe = hub->student(*martin, classA, u"zoe.k"_s);
        tom = hub->student(*dubois, classB, u"tom.d"_s);
        assignmentA = newUuid();
        assignmentB = newUuid();
        QCOMPARE(verdictOf(martin->sync({change(u"assignment"_s, assignmentA, classA, *martin,
                                                {{u"title"_s, u"A"_s}, {u"status"_s, u"published"_s}})})),
                 u"applied"_s);
        QCOMPARE(verdictOf(dubois->sync({change(u"assignment"_s, assignmentB, classB, *dubois,
                                                {{u"title"_s, u"B"_s}, {u"status"_s, u"published"_s}})})),
                 u"applied"_s);
    }

private Q_SLOTS:
    void init() { startHub(); }

    void aHashAloneTellsNothing()
    {
        // Tom hands in a photo. Léa learnt its hash (a pack she carried, a screenshot of a log).
        const QByteArray photo = someBytes(30000, 21);
        QCOMPARE(uploadFile(*tom, photo), 201L);
        QCOMPARE(verdictOf(handIn(*tom, classB, assignmentB, {photo})), u"applied"_s);
        // A file of the same size that nobody ever sent: what the hub says of it is what it must say of Tom's.
        const QByteArray never = someBytes(30000, 22);
        const Observed stored = observe(*lea, hexSha256(photo), photo.size());
        const Observed absent = observe(*lea, hexSha256(never), never.size());
        QVERIFY2(stored == absent, QByteArray("a stored file answers: " + stored.describe() + "\na file never sent answers: " + absent.describe()).constData());
        QCOMPARE(stored.mediaStatus, 404L);
        QVERIFY(!stored.mediaBody.contains(photo.left(64)));
        // So does the second teacher, who does not teach Tom.
        QVERIFY(observe(*martin, hexSha256(photo), photo.size()) == observe(*martin, hexSha256(never), never.size()));
        // Naming it in her own work opens nothing, for her or her teacher.
        QCOMPARE(verdictOf(handIn(*lea, classA, assignmentA, {photo})), u"applied"_s);
        QCOMPARE(lea->request("GET", mediaPath(photo)).status, 404L);
        QCOMPARE(martin->request("GET", mediaPath(photo)).status, 404L);

        // Positive controls: to Tom, and to his teacher who may read it, the same endpoints say it is stored.
        const HttpReply head = tom->request("HEAD", u"/v1/uploads/"_s + hexSha256(photo));
        QCOMPARE(head.header("Upload-Complete"), QByteArray("1"));
        QCOMPARE(head.header("Upload-Offset"), QByteArray::number(photo.size()));
        QCOMPARE(dubois->request("HEAD", u"/v1/uploads/"_s + hexSha256(photo)).header("Upload-Complete"), QByteArray("1"));
        QCOMPARE(patch(*dubois, hexSha256(photo), 0, photo.size(), photo).status, 200L); // nothing to send
        QCOMPARE(dubois->request("GET", mediaPath(photo)).body, photo);
        QCOMPARE(tom->request("GET", mediaPath(photo)).body, photo);
    }

    void wrongBytesForAHashGainNothing()
    {
        const QByteArray photo = someBytes(30000, 31);
        QCOMPARE(uploadFile(*tom, photo), 201L);
        QCOMPARE(verdictOf(handIn(*lea, classA, assignmentA, {photo})), u"applied"_s);
        // Léa sends bytes of the right length that are not the file, whole, in one go and then in two slices.
        QByteArray forged = photo;
        forged[12345] = char(forged[12345] ^ 0x01);
        const QString sha = hexSha256(photo);
        QCOMPARE(patch(*lea, sha, 0, photo.size(), forged).status, 422L);
        QCOMPARE(patch(*lea, sha, 0, photo.size(), forged.left(20000)).status, 204L);
        QCOMPARE(patch(*lea, sha, 20000, photo.size(), forged.mid(20000)).status, 422L);
        QCOMPARE(lea->request("GET", mediaPath(photo)).status, 404L);
        QCOMPARE(martin->request("GET", mediaPath(photo)).status, 404L);
        QCOMPARE(lea->request("HEAD", u"/v1/uploads/"_s + sha).header("Upload-Offset"), QByteArray("0"));
        // Tom's file is untouched.
        QCOMPARE(tom->request("GET", mediaPath(photo)).body, photo);

        // Positive control: the right bytes make her a holder; her earlier hand-in now reaches her teacher.
        QCOMPARE(patch(*lea, sha, 0, photo.size(), photo).status, 201L);
        QCOMPARE(lea->request("GET", mediaPath(photo)).body, photo);
        QCOMPARE(martin->request("GET", mediaPath(photo)).body, photo);
        QCOMPARE(lea->request("HEAD", u"/v1/uploads/"_s + sha).header("Upload-Complete"), QByteArray("1"));
    }

    void aSecondSenderProvesItAndHerTeacherReadsIt()
    {
        // The class worksheet, photographed once and shared by two pupils of different classes: Tom sends it first.
        const QByteArray sheet = someBytes(40000, 41);
        const QString sha = hexSha256(sheet);
        QCOMPARE(uploadFile(*tom, sheet), 201L);
        QCOMPARE(verdictOf(handIn(*tom, classB, assignmentB, {sheet})), u"applied"_s);
        // Léa hands in the same file, records first as her device does.
        QCOMPARE(verdictOf(handIn(*lea, classA, assignmentA, {sheet})), u"applied"_s);
        const HttpReply head = lea->request("HEAD", u"/v1/uploads/"_s + sha);
        QCOMPARE(head.header("Upload-Offset"), QByteArray("0"));
        QVERIFY(!head.headers.contains("upload-complete"));
        // Sent in two slices, as after a cut.
        QCOMPARE(patch(*lea, sha, 0, sheet.size(), sheet.left(15000)).status, 204L);
        QCOMPARE(lea->request("HEAD", u"/v1/uploads/"_s + sha).header("Upload-Offset"), QByteArray("15000"));
        QCOMPARE(patch(*lea, sha, 15000, sheet.size(), sheet.mid(15000)).status, 201L);
        QCOMPARE(martin->request("GET", mediaPath(sheet)).body, sheet);
        QCOMPARE(lea->request("GET", mediaPath(sheet)).body, sheet);

        // It holds across a restart (the holder is in the database, not in memory).
        hub->restart();
        martin = std::make_unique<Client>(hub->url());
        QVERIFY(martin->login(u"mme.martin"_s, u"password-mme.martin"_s));
        Client leaAgain(hub->url()), zoeAgain(hub->url()), duboisAgain(hub->url());
        QVERIFY(leaAgain.login(u"lea.m"_s, u"4821"_s));
        QVERIFY(zoeAgain.login(u"zoe.k"_s, u"4821"_s));
        QVERIFY(duboisAgain.login(u"m.dubois"_s, u"password-m.dubois"_s));
        QCOMPARE(martin->request("GET", mediaPath(sheet)).body, sheet);
        QCOMPARE(leaAgain.request("GET", mediaPath(sheet)).body, sheet);
        // Her proof is hers: her classmate, who names the same hash without sending it, still gets nothing, and
        // what she may read opens nothing of hers to the other class's teacher.
        QCOMPARE(verdictOf(handIn(zoeAgain, classA, assignmentA, {sheet})), u"applied"_s);
        QCOMPARE(zoeAgain.request("GET", mediaPath(sheet)).status, 404L);
        const QByteArray own = someBytes(20000, 42);
        QCOMPARE(uploadFile(leaAgain, own), 201L);
        QCOMPARE(verdictOf(handIn(leaAgain, classA, assignmentA, {own})), u"applied"_s);
        QCOMPARE(duboisAgain.request("GET", mediaPath(own)).status, 404L);
        QCOMPARE(martin->request("GET", mediaPath(own)).body, own);
        // Tom and his teacher are unaffected.
        QCOMPARE(duboisAgain.request("GET", mediaPath(sheet)).body, sheet);
    }

    void finishingSomeoneElsesUploadProvesNothing()
    {
        // Tom's worksheet is stored. Léa, who has it too, sends it whole, but the hub cannot record her (a full
        // disk): her complete upload waits under its name for its end to be sent again.
        if (hub->database().isPostgres())
            QSKIP("the full disk is a trigger injected into hub.sqlite: SQLite only");
        const QByteArray sheet = someBytes(30000, 71);
        const QString sha = hexSha256(sheet);
        QCOMPARE(uploadFile(*tom, sheet), 201L);
        QCOMPARE(verdictOf(handIn(*lea, classA, assignmentA, {sheet})), u"applied"_s);
        QVERIFY(onHubDatabase(hub->dataDir(), u"CREATE TRIGGER refuse_holders BEFORE INSERT ON blob_holders "
                                              "BEGIN SELECT RAISE(ABORT, 'injected fault'); END"_s));
        QCOMPARE(patch(*lea, sha, 0, sheet.size(), sheet).status, 503L);
        QVERIFY(onHubDatabase(hub->dataDir(), u"DROP TRIGGER refuse_holders"_s));
        // Zoé knows only the hash. The offset query shows a complete upload; she sends its empty end.
        const HttpReply head = zoe->request("HEAD", u"/v1/uploads/"_s + sha);
        QCOMPARE(head.header("Upload-Offset"), QByteArray::number(sheet.size()));
        QCOMPARE(verdictOf(handIn(*zoe, classA, assignmentA, {sheet})), u"applied"_s);
        patch(*zoe, sha, sheet.size(), sheet.size(), {});
        // The bytes were Léa's: Zoé holds nothing, her hand-in opens nothing.
        QCOMPARE(zoe->request("GET", mediaPath(sheet)).status, 404L);
        // Positive control: Léa holds it, and her teacher reads her work.
        QCOMPARE(lea->request("GET", mediaPath(sheet)).body, sheet);
        QCOMPARE(martin->request("GET", mediaPath(sheet)).body, sheet);
    }

    void aHolderIsChargedAsIfSheHadBeenFirst()
    {
        // The rule: a person's quota counts every file she sent, whether or not someone sent it first; otherwise
        // her quota would tell her that the file was already on the hub.
        HubLimits limits;
        limits.quotaBytes = 100 * 1024;
        startHub(limits);
        const QByteArray big = someBytes(60 * 1024, 51), other = someBytes(60 * 1024, 52);
        QCOMPARE(uploadFile(*tom, big), 201L);
        QCOMPARE(uploadFile(*lea, big), 201L); // a holder now (positive control: taken from her as a new file)
        // A second file of hers does not fit: the held one counts.
        const HttpReply over = patch(*lea, hexSha256(other), 0, other.size(), other);
        QCOMPARE(over.status, 413L);
        QCOMPARE(over.json().value(u"error"_s).toString(), u"quota"_s);
        // With a full quota, a stored file she may not read is refused exactly as a new one.
        QCOMPARE(uploadFile(*zoe, other), 201L);
        const QByteArray third = someBytes(60 * 1024, 53);
        const HttpReply fullStored = patch(*zoe, hexSha256(big), 0, big.size(), big);
        const HttpReply fullNew = patch(*zoe, hexSha256(third), 0, third.size(), third);
        QCOMPARE(fullStored.status, 413L);
        QCOMPARE(fullStored.status, fullNew.status);
        QCOMPARE(fullStored.body, fullNew.body);
        // Positive controls: sending again what she holds costs nothing; Tom, its first uploader, is charged once.
        QCOMPARE(uploadFile(*lea, big), 200L);
        const QByteArray small = someBytes(30 * 1024, 54);
        QCOMPARE(uploadFile(*tom, small), 201L);
    }

    void aHubUpgradedFromSchema3LearnsPossession()
    {
        // A hub of before: schema 3, no holders. Made here by taking today's file back.
        if (hub->database().isPostgres())
            QSKIP("an upgrade of SQLite's schema 3: SQLite only");
        const QByteArray sheet = someBytes(20000, 61);
        QCOMPARE(uploadFile(*tom, sheet), 201L);
        hub->stop();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"downgrade"_s);
            db.setDatabaseName(hub->dataDir() + u"/hub.sqlite"_s);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const QString &sql : {u"DROP TABLE blob_holders"_s, u"DROP TABLE ungranted_blob_refs"_s,
                                     u"DROP TABLE record_usage"_s, u"DROP TABLE account_creators"_s,
                                     u"DROP INDEX vouchers_by"_s, u"DROP TABLE answer_releases"_s, u"DROP TABLE shared_usage"_s,
                                     u"PRAGMA user_version = 3"_s})
                QVERIFY2(q.exec(sql), qPrintable(sql));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"downgrade"_s);
        hub->start();
        Client leaAgain(hub->url()), martinAgain(hub->url());
        QVERIFY(leaAgain.login(u"lea.m"_s, u"4821"_s));
        QVERIFY(martinAgain.login(u"mme.martin"_s, u"password-mme.martin"_s));
        QCOMPARE(verdictOf(handIn(leaAgain, classA, assignmentA, {sheet})), u"applied"_s);
        QCOMPARE(martinAgain.request("GET", mediaPath(sheet)).status, 404L);
        QCOMPARE(uploadFile(leaAgain, sheet), 201L);
        QCOMPARE(martinAgain.request("GET", mediaPath(sheet)).body, sheet);
    }
};

QTEST_GUILESS_MAIN(TestPossession)
#include "tst_possession.moc"
