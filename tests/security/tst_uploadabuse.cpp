// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// Unfinished uploads cannot fill the hub's disk (SECURITY.md, "What cannot sink the hub"): found by attacking the
// hub after issue 11. An upload's Upload-Length was counted against its starter's quota once, when it started: a
// student who announced 1 byte, then sent 200 MiB under a larger Upload-Length, wrote them all, counted as 1 byte,
// again and again under other names. And nothing bounded how many unfinished uploads one person may leave, each a
// file on the hub's disk however small.
#include "hubtestkit.h"

#include <QDir>
#include <QDirIterator>

using namespace HubTest;

namespace {

HttpReply patch(Client &c, const QString &sha, qint64 offset, qint64 length, const QByteArray &bytes)
{
    return c.request("PATCH", u"/v1/uploads/"_s + sha, bytes,
                     {"Upload-Offset: " + QByteArray::number(offset), "Upload-Length: " + QByteArray::number(length),
                      "Content-Type: application/offset+octet-stream"});
}

/// Bytes under the hub's uploads/ directory (unfinished uploads).
qint64 unfinishedBytes(const QString &dataDir)
{
    qint64 total = 0;
    QDirIterator it(dataDir + u"/uploads"_s, {u"*.part"_s}, QDir::Files);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

QString fakeSha(int i)
{
    return hexSha256("no such file " + QByteArray::number(i));
}

} // namespace

class TestUploadAbuse : public QObject
{
    Q_OBJECT

private:
    static HubLimits limits()
    {
        HubLimits l;
        l.quotaBytes = 1024 * 1024; // 1 MiB a person
        l.maxUploadBytes = 8 * 1024 * 1024;
        return l;
    }

private Q_SLOTS:
    void announcingOneLengthThenSendingMoreIsCounted()
    {
        TestHub hub(limits());
        auto teacher = hub.teacher(u"prof"_s);
        const QString classId = hub.createClass(*teacher);
        auto pupil = hub.student(*teacher, classId, u"eleve"_s);

        // She starts an upload of 1 byte (nothing sent yet), then sends 3 MiB of it under an Upload-Length of 4 MiB:
        // three times her quota, never finished, so never a file that would count.
        const QByteArray junk(3 * 1024 * 1024, 'j');
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(patch(*pupil, fakeSha(i), 0, 1, {}).status, 204L);
            const HttpReply more = patch(*pupil, fakeSha(i), 0, 4 * 1024 * 1024, junk);
            QCOMPARE(more.status, 413L);
            QCOMPARE(more.json().value(u"error"_s).toString(), u"quota"_s);
        }
        QVERIFY2(unfinishedBytes(hub.dataDir()) <= 1024 * 1024,
                 qPrintable(u"%1 bytes of unfinished uploads for a quota of 1 MiB"_s.arg(unfinishedBytes(hub.dataDir()))));

        // Positive controls: an honest upload resumed at the length it announced is taken whole, up to her quota;
        // an upload restarted at another length that fits starts again from 0.
        const QByteArray photo(700 * 1024, 'p');
        const QString sha = hexSha256(photo);
        QCOMPARE(patch(*pupil, sha, 0, photo.size(), photo.left(300 * 1024)).status, 204L);
        QCOMPARE(patch(*pupil, sha, 300 * 1024, photo.size(), photo.mid(300 * 1024)).status, 201L);
        QCOMPARE(pupil->request("GET", u"/v1/media/"_s + sha).body, photo);
        const QByteArray small(1000, 's');
        QCOMPARE(patch(*pupil, hexSha256(small), 0, 5000, small).status, 204L);
        const HttpReply restarted = patch(*pupil, hexSha256(small), 1000, small.size(), {});
        QCOMPARE(restarted.status, 409L); // another length: the upload starts again
        QCOMPARE(restarted.header("Upload-Offset"), QByteArray("0"));
        QCOMPARE(patch(*pupil, hexSha256(small), 0, small.size(), small).status, 201L);
    }

    void unfinishedUploadsAreBoundedInNumber()
    {
        TestHub hub(limits());
        auto teacher = hub.teacher(u"prof"_s);
        const QString classId = hub.createClass(*teacher);
        auto pupil = hub.student(*teacher, classId, u"eleve"_s);
        auto classmate = hub.student(*teacher, classId, u"voisin"_s);

        // One byte each: far under her quota, but each one a file on the hub's disk.
        int accepted = 0;
        for (int i = 0; i < 200; ++i) {
            const HttpReply r = patch(*pupil, fakeSha(1000 + i), 0, 2, QByteArray(1, 'x'));
            if (r.status != 204) {
                QCOMPARE(r.status, 413L);
                break;
            }
            ++accepted;
        }
        QVERIFY2(accepted < 200, "two hundred unfinished uploads of one person were all kept");
        QCOMPARE(accepted, 64); // UploadStore::MaxUnfinishedPerPerson, as PROTOCOL.md says
        // Positive controls: finishing one makes room for the next; her classmate is not affected.
        const QByteArray file(2000, 'f');
        QCOMPARE(patch(*pupil, hexSha256(file), 0, file.size(), file).status, 413L);
        QCOMPARE(patch(*classmate, hexSha256(file), 0, file.size(), file).status, 201L);
        const QByteArray two("ab");
        QCOMPARE(patch(*pupil, fakeSha(1000), 1, 2, "y").status, 422L); // wrong bytes: the upload is dropped
        QCOMPARE(patch(*pupil, hexSha256(two), 0, two.size(), two).status, 201L);
    }
};

QTEST_GUILESS_MAIN(TestUploadAbuse)
#include "tst_uploadabuse.moc"
