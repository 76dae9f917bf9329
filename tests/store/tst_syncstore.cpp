// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "content/store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Continuite;
using namespace Qt::StringLiterals;

/**
 * The store's side of syncing (SyncStore), the one writer of sign-ins, cursors, the file queue, files and the
 * hub's reception times for the sync engine, the packs and the classroom hub (each wrote its own SQL before).
 * On a real store file, reopened where it matters: what a device finds after a restart.
 */
class TstSyncStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QString m_lea;

    SyncStore &book() { return m_store->sync(); }
    void reopen()
    {
        m_store.reset();
        auto s = Store::open(m_dir.path());
        QVERIFY2(s, qPrintable(s.error()));
        m_store = std::move(s).value();
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        reopen();
        auto lea = m_store->addProfile(u"lea"_s + QString::number(QDateTime::currentMSecsSinceEpoch()), u"Léa"_s,
                                       Role::Student, u"4242"_s);
        QVERIFY2(lea, qPrintable(lea.error()));
        m_lea = lea->id;
    }

    void aSignInKeepsTheCursorOnlyOnTheSameHub()
    {
        QVERIFY(!book().state(m_lea));
        QVERIFY(book().saveSignIn(m_lea, u"http://hub.school"_s, u"token-1"_s));
        QVERIFY(book().setCursor(m_lea, u"c-42"_s));
        QVERIFY(book().setLastSeenUntil(m_lea, u"2026-12-01T08:00:00Z"_s));
        // Signing in again to the same hub (a new token): where the sync got stays.
        QVERIFY(book().saveSignIn(m_lea, u"http://hub.school"_s, u"token-2"_s));
        reopen();
        auto st = book().state(m_lea);
        QVERIFY(st);
        QCOMPARE(st->token, u"token-2"_s);
        QCOMPARE(st->cursor, u"c-42"_s);
        QCOMPARE(st->lastSeenUntil, u"2026-12-01T08:00:00Z"_s);
        // Another hub starts from nothing: its cursor means nothing there.
        QVERIFY(book().saveSignIn(m_lea, u"http://other.hub"_s, u"token-3"_s));
        st = book().state(m_lea);
        QCOMPARE(st->hub, u"http://other.hub"_s);
        QCOMPARE(st->cursor, QString());
        QCOMPARE(st->lastSeenUntil, QString());
    }

    void aPolicyIsRefusedWithASentence()
    {
        // Positive control first: a signed-in profile keeps its policy.
        QVERIFY(book().saveSignIn(m_lea, u"http://hub.school"_s, u"t"_s));
        QVERIFY(book().setPolicy(m_lea, {MediaPolicy::UnmeteredOnly, 300, 64 * 1024}));
        reopen();
        const auto st = book().state(m_lea);
        QCOMPARE(st->policy.media, MediaPolicy::UnmeteredOnly);
        QCOMPARE(st->policy.monthlyCapMB, qint64(300));
        QCOMPARE(st->policy.rateCapBytesPerSecond, qint64(64 * 1024));
        const Status negative = book().setPolicy(m_lea, {MediaPolicy::Always, -1, 0});
        QVERIFY(!negative);
        QVERIFY2(negative.error().contains(u"negative"_s), qPrintable(negative.error()));
        const Status nobody = book().setPolicy(u"someone-never-signed-in"_s, {});
        QVERIFY(!nobody);
        QVERIFY2(nobody.error().contains(u"login"_s), qPrintable(nobody.error()));
        QCOMPARE(book().state(m_lea)->policy.monthlyCapMB, qint64(300)); // the refusals changed nothing
    }

    void theQueueGoesSmallestFirstAndHoldsAFileOnce()
    {
        const QString now = u"2026-12-05T10:00:00Z"_s;
        const Attachment big{u"b"_s.repeated(64), 5'000'000, u"video/webm"_s, u"film.webm"_s};
        const Attachment photo{u"a"_s.repeated(64), 200'000, u"image/jpeg"_s, u"cahier.jpg"_s};
        const Attachment same{u"c"_s.repeated(64), 200'000, u"image/jpeg"_s, u"autre.jpg"_s};
        QVERIFY(book().queueFile(m_lea, big, QueuedFile::Down, now));
        QVERIFY(book().queueFile(m_lea, photo, QueuedFile::Down, now));
        QVERIFY(book().queueFile(m_lea, same, QueuedFile::Up, now));
        QVERIFY(book().queueFile(m_lea, photo, QueuedFile::Down, now)); // twice: still once
        QCOMPARE(book().queuedFileCount(m_lea), 3);
        const QList<QueuedFile> files = book().queuedFiles(m_lea);
        QCOMPARE(files.size(), 3);
        // Smallest first; at equal size, what goes up before what comes down; the film last.
        QCOMPARE(files.at(0).sha256, same.sha256);
        QCOMPARE(files.at(0).direction, QueuedFile::Up);
        QCOMPARE(files.at(1).sha256, photo.sha256);
        QCOMPARE(files.at(2).sha256, big.sha256);
        QCOMPARE(files.at(2).size, qint64(5'000'000));
        // A failed try keeps the file waiting; dequeuing one direction leaves the other person's queue alone.
        QVERIFY(book().noteFileFailure(m_lea, big.sha256, QueuedFile::Down, u"cut"_s));
        QCOMPARE(book().queuedFileCount(m_lea), 3);
        QVERIFY(book().dequeueFile(m_lea, photo.sha256, QueuedFile::Up)); // not queued that way: nothing goes
        QCOMPARE(book().queuedFileCount(m_lea), 3);
        QVERIFY(book().dequeueFile(m_lea, photo.sha256, QueuedFile::Down));
        QCOMPARE(book().queuedFileCount(m_lea), 2);
        QCOMPARE(book().queuedFileCount(u"someone-else"_s), 0);
    }

    void aFileIsRecordedOnceWithItsType()
    {
        const QString sha = u"d"_s.repeated(64);
        QCOMPARE(book().fileMime(sha), QString());
        QVERIFY(book().recordFile(sha, 1234, u"application/pdf"_s));
        QVERIFY(book().recordFile(sha, 1234, u"text/plain"_s)); // the first record stands
        reopen();
        QCOMPARE(book().fileMime(sha), u"application/pdf"_s);
    }

    void aWriteJoinsTheCallersTransaction()
    {
        QVERIFY(book().saveSignIn(m_lea, u"http://hub.school"_s, u"t"_s));
        QVERIFY(book().setCursor(m_lea, u"before"_s));
        // A page whose last step fails: its cursor and its queued file are rolled back with it.
        const Status s = m_store->atomically([&]() -> Status {
            if (Status c = book().setCursor(m_lea, u"after"_s); !c)
                return c;
            if (Status q = book().queueFile(m_lea, {u"e"_s.repeated(64), 10, u"image/png"_s, {}}, QueuedFile::Down, u"now"_s); !q)
                return q;
            return Status::failure(u"the page did not parse"_s);
        });
        QVERIFY(!s);
        QCOMPARE(book().state(m_lea)->cursor, u"before"_s);
        QCOMPARE(book().queuedFileCount(m_lea), 0);
        // Positive control: the same page without the failure lands whole.
        QVERIFY(m_store->atomically([&]() -> Status {
            if (Status c = book().setCursor(m_lea, u"after"_s); !c)
                return c;
            return book().queueFile(m_lea, {u"e"_s.repeated(64), 10, u"image/png"_s, {}}, QueuedFile::Down, u"now"_s);
        }));
        QCOMPARE(book().state(m_lea)->cursor, u"after"_s);
        QCOMPARE(book().queuedFileCount(m_lea), 1);
    }

    void aPinnedKeyIsTheOneTrusted()
    {
        const QByteArray key(32, '\x07');
        QVERIFY(book().pinnedKey(u"laptop-1"_s, m_lea).publicKey.isEmpty());
        QVERIFY(!book().knowsADeviceOf(m_lea));
        QVERIFY(book().pinKey(u"laptop-1"_s, m_lea, key));
        reopen();
        QCOMPARE(book().pinnedKey(u"laptop-1"_s, m_lea).person, m_lea);
        QCOMPARE(book().pinnedKey(u"laptop-1"_s, m_lea).publicKey, key);
        QVERIFY(book().knowsADeviceOf(m_lea));
        // Someone whose id starts like hers is not her.
        QVERIFY(!book().knowsADeviceOf(m_lea.left(m_lea.size() - 1)));
        QVERIFY(book().pinnedKey(u"laptop-2"_s, m_lea).publicKey.isEmpty());
        // Per (device, person): her sister on the same laptop is not pinned by her pin, but the laptop has one key.
        QVERIFY(book().pinnedKey(u"laptop-1"_s, u"ines"_s).publicKey.isEmpty());
        QVERIFY(!book().deviceHasAnotherKey(u"laptop-1"_s, key));
        QVERIFY(book().deviceHasAnotherKey(u"laptop-1"_s, QByteArray(32, '\x08')));
        QVERIFY(!book().deviceHasAnotherKey(u"laptop-2"_s, QByteArray(32, '\x08')));
        QVERIFY(book().pinKey(u"laptop-1"_s, u"ines"_s, key));
        QCOMPARE(book().pinnedKey(u"laptop-1"_s, u"ines"_s).publicKey, key);
        QCOMPARE(book().pinnedKey(u"laptop-1"_s, m_lea).publicKey, key);
    }
};

QTEST_GUILESS_MAIN(TstSyncStore)
#include "tst_syncstore.moc"
