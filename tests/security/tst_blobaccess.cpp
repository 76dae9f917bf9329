// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// Issue 11, point 14 (files): knowing a file's hash must not open it. Before, a student who named another student's
// photo in her own submission (or a teacher in a lesson of her class) could download it; and 200 rows naming a file
// elsewhere on the hub, with ids chosen to sort first, hid the one row that let a student read it.
#include "hubtestkit.h"

#include <QRandomGenerator>

using namespace HubTest;

namespace {

QByteArray someBytes(int size, quint32 seed)
{
    QRandomGenerator rng(seed);
    QByteArray data(size, Qt::Uninitialized);
    rng.fillRange(reinterpret_cast<quint32 *>(data.data()), size / 4);
    return data;
}

} // namespace

class TestBlobAccess : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestHub> hub;
    std::unique_ptr<Client> martin; ///< teaches class A (Léa)
    std::unique_ptr<Client> dubois; ///< teaches class B (Tom): the second teacher, who does not teach Léa
    std::unique_ptr<Client> lea, tom;
    QString classA, classB, assignmentA, assignmentB;

    QString mediaPath(const QByteArray &data) const { return u"/v1/media/"_s + hexSha256(data); }

private Q_SLOTS:
    void init()
    {
        hub = std::make_unique<TestHub>();
        martin = hub->teacher(u"mme.martin"_s);
        dubois = hub->teacher(u"m.dubois"_s);
        classA = hub->createClass(*martin, u"6e A"_s);
        classB = hub->createClass(*dubois, u"6e B"_s);
        lea = hub->student(*martin, classA, u"lea.m"_s);
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

    void namingAHashDoesNotOpenTheFile()
    {
        // Tom's photo, handed in to his teacher.
        const QByteArray photo = someBytes(30000, 7);
        QCOMPARE(uploadFile(*tom, photo), 201L);
        QCOMPARE(verdictOf(tom->sync({change(u"submission"_s, newUuid(), classB, *tom,
                                             {{u"assignment_id"_s, assignmentB}, {u"student"_s, tom->id()},
                                              {u"attachments"_s, QJsonArray{attachmentOf(photo, u"photo.jpg"_s)}}})})),
                 u"applied"_s);
        // Léa learnt its hash; she names it in her own submission. The submission is hers, the photo is not.
        QCOMPARE(verdictOf(lea->sync({change(u"submission"_s, newUuid(), classA, *lea,
                                             {{u"assignment_id"_s, assignmentA}, {u"student"_s, lea->id()},
                                              {u"attachments"_s, QJsonArray{attachmentOf(photo, u"vol.jpg"_s)}}})})),
                 u"applied"_s);
        QCOMPARE(lea->request("GET", mediaPath(photo)).status, 404L);
        QCOMPARE(lea->request("HEAD", mediaPath(photo)).status, 404L);
        // So does her teacher, the second teacher who does not teach Tom, in a lesson of her class.
        QCOMPARE(verdictOf(martin->sync({change(u"lesson"_s, newUuid(), classA, *martin,
                                                {{u"title"_s, u"Vol"_s}, {u"status"_s, u"published"_s},
                                                 {u"attachments"_s, QJsonArray{attachmentOf(photo, u"vol.jpg"_s)}}})})),
                 u"applied"_s);
        QCOMPARE(martin->request("GET", mediaPath(photo)).status, 404L);
        QCOMPARE(lea->request("GET", mediaPath(photo)).status, 404L);

        // Positive controls: Tom and his teacher read it; Léa reads her own upload and her teacher's published file,
        // and a file named before it is uploaded (the usual order) is readable once it is.
        QCOMPARE(tom->request("GET", mediaPath(photo)).status, 200L);
        QCOMPARE(dubois->request("GET", mediaPath(photo)).status, 200L);
        const QByteArray mine = someBytes(20000, 8), sheet = someBytes(20000, 9);
        QCOMPARE(verdictOf(lea->sync({change(u"submission"_s, newUuid(), classA, *lea,
                                             {{u"assignment_id"_s, assignmentA}, {u"student"_s, lea->id()},
                                              {u"attachments"_s, QJsonArray{attachmentOf(mine, u"ma photo.jpg"_s)}}})})),
                 u"applied"_s);
        QCOMPARE(uploadFile(*lea, mine), 201L);
        QCOMPARE(lea->request("GET", mediaPath(mine)).status, 200L);
        QCOMPARE(martin->request("GET", mediaPath(mine)).status, 200L);
        QCOMPARE(dubois->request("GET", mediaPath(mine)).status, 404L);
        QCOMPARE(uploadFile(*martin, sheet), 201L);
        QCOMPARE(verdictOf(martin->sync({change(u"lesson"_s, newUuid(), classA, *martin,
                                                {{u"title"_s, u"Fiche"_s}, {u"status"_s, u"published"_s},
                                                 {u"attachments"_s, QJsonArray{attachmentOf(sheet, u"fiche.pdf"_s)}}})})),
                 u"applied"_s);
        QCOMPARE(lea->request("GET", mediaPath(sheet)).status, 200L);
        // She hands the worksheet back in her submission: she may read it, so the name stands for her teacher too.
        QCOMPARE(verdictOf(lea->sync({change(u"submission"_s, newUuid(), classA, *lea,
                                             {{u"assignment_id"_s, assignmentA}, {u"student"_s, lea->id()},
                                              {u"attachments"_s, QJsonArray{attachmentOf(sheet, u"fiche.pdf"_s)}}})})),
                 u"applied"_s);
        QCOMPARE(tom->request("GET", mediaPath(sheet)).status, 404L);
    }

    void rowsElsewhereCannotCrowdOutTheOneThatGrants()
    {
        // The second teacher, who does not teach Léa, names a worksheet's hash in 200 drafts of his class, with row
        // ids that sort before any other.
        const QByteArray sheet = someBytes(20000, 11);
        QList<QJsonObject> drafts;
        for (int i = 0; i < 200; ++i)
            drafts << change(u"lesson"_s, u"00000000-0000-4000-8000-%1"_s.arg(i, 12, 10, QLatin1Char('0')), classB, *dubois,
                             {{u"title"_s, u"leurre %1"_s.arg(i)}, {u"status"_s, u"draft"_s},
                              {u"attachments"_s, QJsonArray{attachmentOf(sheet, u"fiche.pdf"_s)}}});
        const QJsonObject r = dubois->sync(drafts);
        QCOMPARE(verdictOf(r, 199), u"applied"_s);
        // Léa's teacher uploads the same worksheet and publishes it to her class.
        QCOMPARE(uploadFile(*martin, sheet), 201L);
        QCOMPARE(verdictOf(martin->sync({change(u"lesson"_s, newUuid(), classA, *martin,
                                                {{u"title"_s, u"Fiche"_s}, {u"status"_s, u"published"_s},
                                                 {u"attachments"_s, QJsonArray{attachmentOf(sheet, u"fiche.pdf"_s)}}})})),
                 u"applied"_s);
        QCOMPARE(lea->request("GET", mediaPath(sheet)).status, 200L);
        // Control: his drafts grant nothing to his own student.
        QCOMPARE(tom->request("GET", mediaPath(sheet)).status, 404L);
    }
};

QTEST_GUILESS_MAIN(TestBlobAccess)
#include "tst_blobaccess.moc"
