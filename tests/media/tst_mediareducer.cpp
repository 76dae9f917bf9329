// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// What MediaReducer hands to the store is what it checked (review-media20, finding 4). A picture already light enough
// is kept as it is; it used to be attached by its name, opened again by the store later (the CLI prepares every file
// of the command first, the app runs its preparation thread first): someone who can write in the folder the teacher
// attaches from swapped the symlink in between, and a private key was stored as "schema.png", image/png. Here the
// swap is made exact, between prepare() and the store's import, with the real MediaReducer and MediaStore.

#include "content/mediareducer.h"
#include "content/mediastore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace Continuite;
using namespace Qt::StringLiterals;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

const QByteArray FakeKey = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ==\n"
                           "-----END OPENSSH PRIVATE KEY-----\n";

} // namespace

class tst_MediaReducer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_picture; ///< a small clean PNG: kept as it is
    QString m_key;     ///< what the attacker wants attached

    /// The teacher's folder: "schema.png", a symlink to the small picture.
    QString freshLink(const QString &name)
    {
        const QString folder = m_dir.filePath(name);
        QDir().mkpath(folder);
        const QString link = folder + u"/schema.png"_s;
        QFile::link(m_picture, link);
        return link;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_picture = m_dir.filePath(u"dessin.png"_s);
        QImage drawing(10, 10, QImage::Format_RGB32);
        drawing.fill(qRgb(30, 80, 200));
        QVERIFY(drawing.save(m_picture, "png"));
        m_key = m_dir.filePath(u"secret_id_ed25519"_s);
        QFile key(m_key);
        QVERIFY(key.open(QIODevice::WriteOnly) && key.write(FakeKey) == FakeKey.size());
    }

    // Control: without a swap, the small picture is kept as it is (not made light: nothing to gain) and stored
    // byte for byte, under its name, as a PNG.
    void aLightPictureIsStoredAsItIs()
    {
        const QString link = freshLink(u"calme"_s);
        const MediaReducer reducer(m_dir.filePath(u"light"_s));
        auto prepared = reducer.prepare(link, {});
        QVERIFY2(prepared, qPrintable(prepared.error()));
        QVERIFY(!prepared->reduced); // kept as it is: the case under attack below
        QCOMPARE(prepared->name, u"schema.png"_s);
        QCOMPARE(prepared->size, QFileInfo(m_picture).size());
        const MediaStore store(m_dir.filePath(u"store-calme"_s));
        auto stored = store.importFile(prepared->path);
        QVERIFY2(stored, qPrintable(stored.error()));
        QCOMPARE(stored->sha256, sha256Of(readAll(m_picture)));
        QCOMPARE(stored->name, u"schema.png"_s);
        QCOMPARE(stored->mime, u"image/png"_s);
        reducer.discard(prepared->path);
    }

    // The attack: the link is pointed at a private key after the check. The store must get the picture that was
    // checked. Failed before the fix: the key was stored as schema.png.
    void aLinkSwappedAfterTheCheckChangesNothing()
    {
        const QString link = freshLink(u"attaque"_s);
        const MediaReducer reducer(m_dir.filePath(u"light"_s));
        auto prepared = reducer.prepare(link, {});
        QVERIFY2(prepared, qPrintable(prepared.error()));
        QVERIFY(!prepared->reduced);

        QVERIFY(QFile::remove(link));
        QVERIFY(QFile::link(m_key, link));
        QCOMPARE(QFileInfo(link).symLinkTarget(), QFileInfo(m_key).absoluteFilePath()); // the swap happened

        const MediaStore store(m_dir.filePath(u"store-attaque"_s));
        auto stored = store.importFile(prepared->path);
        QVERIFY2(stored, qPrintable(stored.error()));
        QVERIFY2(!readAll(store.pathOf(stored->sha256)).contains("PRIVATE KEY"), "the key was stored as schema.png");
        QCOMPARE(stored->sha256, sha256Of(readAll(m_picture)));
        QCOMPARE(stored->size, prepared->size); // what --json says is what was stored
        QCOMPARE(stored->name, u"schema.png"_s);
        // The copy the store took is removed as a light copy is; the person's files are untouched.
        reducer.discard(prepared->path);
        QVERIFY(!QFileInfo::exists(prepared->path));
        QCOMPARE(readAll(m_key), FakeKey);
        QVERIFY(QFileInfo::exists(m_picture));
    }
};

QTEST_GUILESS_MAIN(tst_MediaReducer)
#include "tst_mediareducer.moc"
