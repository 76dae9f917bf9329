// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// The sync engine end to end: the real hub on loopback, real client stores, real libcurl, through the
// fault-injecting proxy. Every test ends by checking what a teacher or a student would check.

#include "synctestkit.h"

#include "sync/client/hubrequests.h"
#include "sync/client/httptransport.h"
#include "sync/signing.h"
#include "tests/storeinternals.h"

#include <QLockFile>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTranslator>
#include <QUuid>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <thread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#include <bzlib.h>
#include <zstd.h>

using namespace SyncTest;

namespace {

const QString TeacherLogin = u"mme.martin"_s;
const QString TeacherPassword = u"fractions-2026"_s;
const QStringList AllKinds{u"class"_s, u"member"_s, u"lesson"_s, u"assignment"_s, u"submission"_s, u"feedback"_s, u"progress"_s};

QString lessonBody(int i)
{
    QString body = u"# Leçon %1\n\n"_s.arg(i);
    for (int p = 0; p < 20; ++p)
        body += u"Une fraction partage l'unité en parts égales ; le dénominateur %1 dit en combien de parts. "_s.arg(p + i);
    return body;
}

/// When the hub received a submission, as the sync recorded it. Read from the table: Store::submission()
/// does not load received_at yet (its row reader selects only the synced fields; reported).
QDateTime receivedAt(Store &store, const QString &submissionId)
{
    return QDateTime::fromString(Continuite::StoreInternals::database(store).scalar(u"SELECT received_at FROM submissions WHERE id = ?"_s, {submissionId}).toString(),
                                 Qt::ISODateWithMs);
}

} // namespace

class tst_SyncEngine : public QObject
{
    Q_OBJECT

    std::unique_ptr<SyncHub> m_hub;
    std::unique_ptr<FaultProxy> m_proxy;
    std::unique_ptr<Device> m_teacher;
    QString m_classId;
    QString m_studentLogin;
    QString m_studentPin;
    QTemporaryDir m_files;

    QString url() const { return u"http://127.0.0.1:%1"_s.arg(m_proxy->port()); }

    /// A class with one student; the teacher's device has synced it to the hub.
    void setUpClass()
    {
        m_hub = std::make_unique<SyncHub>();
        m_proxy = std::make_unique<FaultProxy>();
        QVERIFY(m_proxy->start(u"127.0.0.1"_s, quint16(m_hub->port())));
        m_hub->addTeacher(TeacherLogin, TeacherPassword);
        m_teacher = std::make_unique<Device>();
        QVERIFY(m_teacher->login(url(), TeacherLogin, TeacherPassword));
        auto c = m_teacher->store->createClass(u"6e B"_s);
        QVERIFY2(c, qPrintable(c.error()));
        m_classId = c->meta.id;
        auto s = m_teacher->store->addStudent(m_classId, u"Léa Dupont"_s);
        QVERIFY2(s, qPrintable(s.error()));
        m_studentLogin = s->member.login;
        m_studentPin = s->pin;
        QVERIFY(m_teacher->syncUntilClean());
        QCOMPARE(m_teacher->pending(), 0);
    }

    Lesson publishLesson(int i, const QStringList &attachments = {})
    {
        Store::LessonInput in;
        in.classId = m_classId;
        in.title = u"Leçon %1"_s.arg(i);
        in.beforeClass = lessonBody(i);
        in.attachmentPaths = attachments;
        auto l = m_teacher->store->createLesson(in);
        if (!l)
            qFatal("%s", qPrintable(l.error()));
        auto p = m_teacher->store->publishLesson(l->meta.id);
        if (!p)
            qFatal("%s", qPrintable(p.error()));
        return *p;
    }

    Assignment publishAssignment(const QString &title)
    {
        Store::AssignmentInput in;
        in.classId = m_classId;
        in.title = title;
        in.instructions = u"Explique avec tes mots pourquoi 2/4 = 1/2."_s;
        auto a = m_teacher->store->createAssignment(in);
        if (!a)
            qFatal("%s", qPrintable(a.error()));
        auto p = m_teacher->store->publishAssignment(a->meta.id);
        if (!p)
            qFatal("%s", qPrintable(p.error()));
        return *p;
    }

    std::unique_ptr<Device> studentDevice(Store::Options storeOptions = {}, SyncEngine::Options options = fastOptions())
    {
        auto d = std::make_unique<Device>(storeOptions, options);
        if (!d->login(url(), m_studentLogin, m_studentPin))
            return nullptr;
        return d;
    }

    /// Thirty lessons of ≈4 KB of French words (drawn from @p seed): one page of ≈120 KB of JSON, worth resuming.
    void publishThirtyLessons(quint32 seed)
    {
        static const QStringList words{u"la"_s, u"fraction"_s, u"numérateur"_s, u"dénominateur"_s, u"partage"_s, u"gâteau"_s,
                                       u"exercice"_s, u"classe"_s, u"élève"_s, u"droite"_s, u"graduée"_s, u"moitié"_s};
        for (int i = 0; i < 30; ++i) {
            Store::LessonInput in;
            in.classId = m_classId;
            in.title = u"Leçon %1"_s.arg(i);
            while (in.beforeClass.size() < 4000) {
                seed = seed * 1103515245u + 12345u;
                in.beforeClass += words.at(int((seed >> 16) % quint32(words.size()))) + u' ';
            }
            auto l = m_teacher->store->createLesson(in);
            QVERIFY2(l, qPrintable(l.error()));
            QVERIFY(m_teacher->store->publishLesson(l->meta.id));
        }
        QVERIFY(m_teacher->syncUntilClean());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_files.isValid());
    }

    void init() { setUpClass(); }

    void cleanup()
    {
        m_teacher.reset();
        m_proxy.reset();
        m_hub.reset();
    }

    void publishThenSubmit()
    {
        const QByteArray image = pseudoRandomBytes(150 * 1024, 7);
        const QString imagePath = writeFile(m_files.path(), u"fraction.png"_s, image);
        const Lesson lesson = publishLesson(1, {imagePath});
        const Assignment assignment = publishAssignment(u"Devoir 1"_s);
        const SyncReport up = m_teacher->sync();
        QVERIFY2(up.errors.isEmpty(), qPrintable(up.errors.join(u'\n')));
        QCOMPARE(up.changesSent, 4); // lesson + its publication, assignment + its publication
        QCOMPARE(up.mediaSent, 1);

        auto student = studentDevice();
        QVERIFY(student);
        const SyncReport down = student->sync();
        QVERIFY2(down.errors.isEmpty(), qPrintable(down.errors.join(u'\n')));
        QVERIFY(down.recordsComplete);
        QCOMPARE(down.mediaFetched, 1);
        const auto seen = student->store->lesson(lesson.meta.id);
        QVERIFY(seen);
        QCOMPARE(seen->title, lesson.title);
        QCOMPARE(seen->beforeClass, lesson.beforeClass);
        QCOMPARE(seen->attachments.size(), 1);
        QVERIFY(student->store->media().verify(seen->attachments.first().sha256));
        QVERIFY(student->store->assignment(assignment.meta.id));

        // The student hands in work with a photo of their exercise book.
        const QString photo = writeFile(m_files.path(), u"cahier.jpg"_s, pseudoRandomBytes(40 * 1024, 9));
        auto sub = student->store->submit({assignment.meta.id, u"2/4 c'est deux quarts, donc la moitié."_s, {}, {photo}});
        QVERIFY2(sub, qPrintable(sub.error()));
        QVERIFY(!sub->receivedTime.isValid());
        const SyncReport handIn = student->sync();
        QVERIFY2(handIn.errors.isEmpty(), qPrintable(handIn.errors.join(u'\n')));
        QCOMPARE(handIn.changesSent, 1);
        QCOMPARE(handIn.mediaSent, 1);
        QCOMPARE(student->pending(), 0);
        // The student's own device learns when the school received the work from the hub's verdict (its own
        // changes never come back in a pull), and it is the time the teacher sees.
        const QDateTime handedIn = receivedAt(*student->store, sub->meta.id);
        QVERIFY(handedIn.isValid());
        QCOMPARE(student->store->submission(sub->meta.id)->receivedTime, handedIn); // what the student's screens read

        QVERIFY(m_teacher->syncUntilClean());
        const auto work = m_teacher->store->submissions(assignment.meta.id);
        QCOMPARE(work.size(), 1);
        QCOMPARE(work.first().text, sub->text);
        QCOMPARE(receivedAt(*m_teacher->store, work.first().meta.id), handedIn);
        QVERIFY(m_teacher->store->media().verify(work.first().attachments.first().sha256));

        // Nothing new: one request, a few hundred bytes on the wire, headers included.
        m_proxy->resetCounters();
        const SyncReport empty = student->sync();
        QCOMPARE(empty.requests, 1);
        QCOMPARE(empty.changesReceived, 0);
        const qint64 wire = m_proxy->bytesUp() + m_proxy->bytesDown();
        // Issue 16's target: ≤ 350 B (no Content-Type, no budget when it is the hub's default: 344 B; 392 B before). A five-digit port
        // and a cursor of a few digits here, as on a school's hub.
        qInfo() << "empty sync:" << m_proxy->bytesUp() << "B up," << m_proxy->bytesDown() << "B down";
        QVERIFY2(wire <= 350, qPrintable(u"empty sync: %1 bytes"_s.arg(wire)));
        QCOMPARE(empty.bytesUp, m_proxy->bytesUp()); // the engine counts what crossed the wire
        QCOMPARE(empty.bytesDown, m_proxy->bytesDown());

        const QJsonObject status = SyncEngine::statusJson(*student->store, student->profile.id);
        QCOMPARE(status.value(u"pending_changes"_s).toInt(), 0);
        QCOMPARE(status.value(u"queued_media"_s).toInt(), 0);
        QVERIFY(!status.value(u"last_sync"_s).toString().isEmpty());
        QCOMPARE(status.value(u"hub"_s).toString(), url());
    }

    void cutDuringPull_data()
    {
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<bool>("everyConnection");
        for (qint64 offset : {0LL, 1LL, 90LL, 200LL, 700LL, 3000LL, 12000LL, 40000LL})
            for (bool every : {false, true})
                QTest::addRow("%lld-%s", offset, every ? "every" : "once") << offset << every;
    }
    void cutDuringPull()
    {
        QFETCH(qint64, offset);
        QFETCH(bool, everyConnection);
        for (int i = 0; i < 40; ++i)
            publishLesson(i);
        QVERIFY(m_teacher->syncUntilClean());
        auto student = studentDevice();
        QVERIFY(student);
        SyncEngine::Options small = fastOptions();
        small.pageBudget = 16 * 1024; // several pages, so cuts land between and inside them
        SyncEngine engine(*student->store, small);
        m_proxy->setCutAfter(FaultProxy::Direction::Down, offset,
                             everyConnection ? FaultProxy::FaultScope::EveryConnection : FaultProxy::FaultScope::Once);
        auto first = engine.sync(student->profile);
        QVERIFY(first);
        m_proxy->clearFaults();
        for (int i = 0; i < 3 && !engine.sync(student->profile)->recordsComplete; ++i) {
        }
        QCOMPARE(student->store->lessons(m_classId).size(), 40);
        QCOMPARE(snapshot(*student->store, {u"lesson"_s}), snapshot(*m_teacher->store, {u"lesson"_s}));
    }

    /// A page cut on its way is not sent again: the engine asks the hub for the rest from where the cut stopped it
    /// (PROTOCOL.md, "A page cut on its way"), and the student ends with what the teacher published. Bytes down against a
    /// clean first sync of the same class: the page's bytes once, plus one answer's headers.
    void aCutPageIsResumedNotSentAgain_data()
    {
        QTest::addColumn<double>("at");
        for (double at : {0.1, 0.5, 0.9})
            QTest::addRow("%d%%", int(at * 100)) << at;
    }
    void aCutPageIsResumedNotSentAgain()
    {
        QFETCH(double, at);
        publishThirtyLessons(2026);
        if (QTest::currentTestFailed())
            return;

        auto clean = studentDevice();
        QVERIFY(clean);
        m_proxy->resetCounters();
        const SyncReport whole = clean->sync();
        QVERIFY(whole.recordsComplete);
        const qint64 cleanDown = m_proxy->bytesDown();
        QCOMPARE(whole.retries, 0);

        auto cut = studentDevice();
        QVERIFY(cut);
        const qint64 offset = qint64(double(cleanDown) * at);
        QVERIFY2(offset > 1000, qPrintable(QString::number(cleanDown))); // a page worth resuming
        bool fired = false; // said through this thread's event loop, once the sync has returned
        connect(m_proxy.get(), &FaultProxy::cutFired, this, [&] { fired = true; });
        m_proxy->setCutAfter(FaultProxy::Direction::Down, offset, FaultProxy::FaultScope::Once);
        m_proxy->resetCounters();
        const SyncReport resumed = cut->sync();
        m_proxy->clearFaults();
        QTRY_VERIFY(fired);
        QVERIFY2(resumed.recordsComplete, qPrintable(resumed.errors.join(u'\n')));
        QCOMPARE(resumed.retries, 1);
        const qint64 extra = m_proxy->bytesDown() - cleanDown;
        qInfo() << "clean first sync" << cleanDown << "B down; cut at" << offset << "and resumed:" << extra << "B more";
        QVERIFY2(extra < 1000, qPrintable(u"%1 B sent again"_s.arg(extra)));
        QCOMPARE(cut->store->lessons(m_classId).size(), 30);
        QCOMPARE(snapshot(*cut->store, {u"lesson"_s}), snapshot(*m_teacher->store, {u"lesson"_s}));
        QCOMPARE(snapshot(*cut->store, {u"lesson"_s}), snapshot(*clean->store, {u"lesson"_s}));
    }

    /// A link that stays down a moment after a cut (issue 16, session 18): the first attempt to ask for the rest brings
    /// nothing (its request is cut on its way up: the link still down), the next gets through. Before, the transport
    /// dropped the bytes it held as soon as an attempt brought nothing, and that next attempt asked the page whole again
    /// (on a 2G link down for a few seconds, every cut page came twice). Now it asks for the rest: one answer's headers
    /// more, as a cut alone costs (aCutPageIsResumedNotSentAgain, the positive control).
    void aCutPageIsResumedAfterAnAttemptThatBringsNothing()
    {
        publishThirtyLessons(2026);
        if (QTest::currentTestFailed())
            return;
        auto clean = studentDevice();
        QVERIFY(clean);
        m_proxy->resetCounters();
        QVERIFY(clean->sync().recordsComplete);
        const qint64 cleanDown = m_proxy->bytesDown();
        const qint64 cleanUp = m_proxy->bytesUp(); // one request: the first attempt's, as the cut device's will be

        auto cut = studentDevice();
        QVERIFY(cut);
        m_proxy->setCutAfter(FaultProxy::Direction::Down, cleanDown / 2, FaultProxy::FaultScope::Once);
        // The request asking for the rest is longer (Range, If-Range): cut before its end, it brings nothing.
        m_proxy->setCutAfter(FaultProxy::Direction::Up, cleanUp + 10, FaultProxy::FaultScope::Once);
        m_proxy->resetCounters();
        const SyncReport r = cut->sync();
        m_proxy->clearFaults();
        QVERIFY2(r.recordsComplete, qPrintable(r.errors.join(u'\n')));
        QCOMPARE(r.retries, 2);
        const qint64 extra = m_proxy->bytesDown() - cleanDown;
        qInfo() << "clean first sync" << cleanDown << "B down; cut at half, an attempt that brought nothing, then:" << extra << "B more";
        QVERIFY2(extra < 1000, qPrintable(u"%1 B sent again"_s.arg(extra)));
        QCOMPARE(snapshot(*cut->store, {u"lesson"_s}), snapshot(*m_teacher->store, {u"lesson"_s}));
    }

    /// A sync that stops short with a page begun (the link down past the transport's attempts: here one attempt) keeps
    /// that page for the profile's next sync in this process, which asks the same request and gets only the rest (issue
    /// 16, session 18: on a 2G link that dropped for longer than the retries, every sync began its page again and a
    /// student's first sync never completed, bench/README.md). Seen failing: the second sync brought the page whole. The
    /// controls: the lessons are the teacher's; and a held page the hub no longer serves (the teacher published one
    /// more lesson meanwhile, which falls in it) comes whole, with the new lesson, never joined to the bytes held.
    /// And once a sync has stopped short on the link, pages are the hub's default size until one completes: a page begun
    /// at the largest size (a first page asked with columns) is asked again at that size, whole (a loaded hub packs a
    /// 2 MiB page for ≈10 s before its first byte, again for each resume: on a link up 8 s at a time it never came).
    void aPageBegunBySyncThatStoppedShortIsResumedByTheNext_data()
    {
        QTest::addColumn<bool>("pageChanged");
        QTest::addColumn<bool>("largest");
        QTest::addRow("the same page") << false << false;
        QTest::addRow("the page changed meanwhile") << true << false;
        QTest::addRow("a page begun at the largest size") << false << true;
    }
    void aPageBegunBySyncThatStoppedShortIsResumedByTheNext()
    {
        QFETCH(bool, pageChanged);
        QFETCH(bool, largest);
        publishThirtyLessons(2026);
        if (QTest::currentTestFailed())
            return;
        // The clean sync asks as the cut one does (with columns or without: a page in bzip2 or in zstd, whose sizes differ).
        SyncEngine::Options asked = fastOptions();
        asked.pageColumns = largest; // with columns, a first page is the largest; without, the hub's default
        auto clean = studentDevice({}, asked);
        QVERIFY(clean);
        m_proxy->resetCounters();
        QVERIFY(clean->sync().recordsComplete);
        const qint64 cleanDown = m_proxy->bytesDown();

        SyncEngine::Options once = asked;
        once.transport.maxAttempts = 1; // the link stays down past the attempts
        auto cut = studentDevice({}, once);
        QVERIFY(cut);
        m_proxy->setCutAfter(FaultProxy::Direction::Down, cleanDown * 6 / 10, FaultProxy::FaultScope::Once);
        m_proxy->resetCounters();
        const SyncReport stopped = cut->sync();
        m_proxy->clearFaults();
        QVERIFY(!stopped.recordsComplete);
        QCOMPARE(cut->store->lessons(m_classId).size(), 0);
        const qint64 firstDown = m_proxy->bytesDown();
        QVERIFY2(firstDown > cleanDown / 2, qPrintable(QString::number(firstDown)));

        if (pageChanged) {
            Store::LessonInput in;
            in.classId = m_classId;
            in.title = u"Leçon de plus"_s;
            in.beforeClass = u"Une leçon publiée pendant que le lien était coupé."_s;
            auto l = m_teacher->store->createLesson(in);
            QVERIFY2(l, qPrintable(l.error()));
            QVERIFY(m_teacher->store->publishLesson(l->meta.id));
            QVERIFY(m_teacher->syncUntilClean());
        }
        m_proxy->resetCounters();
        const SyncReport next = cut->sync();
        QVERIFY2(next.recordsComplete, qPrintable(next.errors.join(u'\n')));
        const qint64 secondDown = m_proxy->bytesDown();
        qInfo() << "clean first sync" << cleanDown << "B down; stopped short after" << firstDown << "B; the next sync:" << secondDown << "B";
        if (pageChanged) {
            QVERIFY2(secondDown > cleanDown, qPrintable(QString::number(secondDown))); // the new page, whole
            QCOMPARE(cut->store->lessons(m_classId).size(), 31);
        } else if (largest) {
            QVERIFY2(secondDown > cleanDown - firstDown + 1000, qPrintable(QString::number(secondDown))); // asked again, smaller
            QCOMPARE(cut->store->lessons(m_classId).size(), 30);
        } else {
            QVERIFY2(secondDown < cleanDown - firstDown + 1000, qPrintable(u"%1 B, %2 B left of the page"_s.arg(secondDown).arg(cleanDown - firstDown)));
            QCOMPARE(cut->store->lessons(m_classId).size(), 30);
        }
        QCOMPARE(snapshot(*cut->store, {u"lesson"_s}), snapshot(*m_teacher->store, {u"lesson"_s}));
    }

    /// What a client joins after a cut is only the rest of what it holds (review of perf16, finding 4: with the client
    /// taking any 206, every test still passed). Through the fault proxy, as a proxy that changes headers would, with the
    /// real hub: a 206 whose Content-Range starts past what the client kept, a 206 naming another tag, a 206 to a request
    /// that asked no range (seen failing: the client took it as the answer, no retry), and a proxy that strips Range (the
    /// hub then sends the page whole). Each: the page is asked whole again (its bytes come again), the run completes and
    /// the student's lessons are the teacher's. The positive control is aCutPageIsResumedNotSentAgain (the rest alone).
    void aResumeThatIsNotTheRestIsAskedWhole_data()
    {
        QTest::addColumn<int>("direction");
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("replacement");
        QTest::addColumn<bool>("cut");
        QTest::addColumn<bool>("bzip2"); // the devices name bzip2 (SyncEngine::Options::pageBzip2): the pages come in it
        const int down = int(FaultProxy::Direction::Down), up = int(FaultProxy::Direction::Up);
        QTest::addRow("Content-Range past what it kept") << down << u"(Content-Range: bytes )(\\d+)-"_s << u"\\19\\2-"_s << true << true;
        QTest::addRow("a 206 of another tag") << down << u"(HTTP/1\\.1 206 .*?\r\netag: \")"_s << u"\\1x"_s << true << true;
        QTest::addRow("a 206 it did not ask") << down << u"HTTP/1\\.1 200 OK\r\n"_s
                                               << u"HTTP/1.1 206 Partial Content\r\nContent-Range: bytes 0-1/2\r\n"_s << false << true;
        QTest::addRow("Range stripped on the way") << up << u"\r\nRange: bytes="_s << u"\r\nX-Dropped: bytes="_s << true << true;
        // A frame that does not say it carries zstd's checksum: its bytes are not kept (review of perf16, finding 3).
        QTest::addRow("a frame without a checksum") << down << u"\\r\\n\\r\\n\\x{28}\\x{b5}\\x{2f}\\x{fd}\\x{04}"_s
                                                     << (u"\r\n\r\n"_s + QChar(0x28) + QChar(0xb5) + QChar(0x2f) + QChar(0xfd) + QChar(0)) << true
                                                     << false;
        // The same for a bzip2 page that does not start as the hub writes them (block size 9): not kept.
        QTest::addRow("a bzip2 page of another block size") << down << u"\\r\\n\\r\\nBZh9"_s << u"\r\n\r\nBZh8"_s << true << true;
    }
    void aResumeThatIsNotTheRestIsAskedWhole()
    {
        QFETCH(int, direction);
        QFETCH(QString, pattern);
        QFETCH(QString, replacement);
        QFETCH(bool, cut);
        QFETCH(bool, bzip2);
        SyncEngine::Options options = fastOptions();
        options.pageBzip2 = bzip2;
        publishThirtyLessons(77);
        if (QTest::currentTestFailed())
            return;
        auto clean = studentDevice({}, options);
        QVERIFY(clean);
        m_proxy->resetCounters();
        QVERIFY(clean->sync().recordsComplete);
        const qint64 cleanDown = m_proxy->bytesDown();

        auto student = studentDevice({}, options);
        QVERIFY(student);
        bool rewritten = false;
        connect(m_proxy.get(), &FaultProxy::rewriteFired, this, [&] { rewritten = true; });
        const QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
        QVERIFY(re.isValid());
        m_proxy->setRewrite(FaultProxy::Direction(direction), re, replacement);
        if (cut)
            m_proxy->setCutAfter(FaultProxy::Direction::Down, cleanDown / 2, FaultProxy::FaultScope::Once);
        m_proxy->resetCounters();
        const SyncReport report = student->sync();
        m_proxy->clearFaults();
        QTRY_VERIFY(rewritten);
        QVERIFY2(report.recordsComplete, qPrintable(report.errors.join(u'\n')));
        const qint64 extra = m_proxy->bytesDown() - cleanDown;
        qInfo() << "clean" << cleanDown << "B down;" << extra << "B more," << report.retries << "retries";
        QVERIFY2(extra > cleanDown / 3, qPrintable(u"%1 B more than a clean sync: the page was not asked whole"_s.arg(extra)));
        if (QByteArray(QTest::currentDataTag()) == "a frame without a checksum" || QByteArray(QTest::currentDataTag()) == "a bzip2 page of another block size")
            QCOMPARE(report.retries, 1); // not kept, asked whole at once (before: kept, joined, refused, asked again)
        QCOMPARE(student->store->lessons(m_classId).size(), 30);
        QCOMPARE(snapshot(*student->store, {u"lesson"_s}), snapshot(*m_teacher->store, {u"lesson"_s}));
    }

    /// Bytes kept from a cut page that were damaged on the way (a flipped byte before the cut): the joined page does not
    /// inflate (zstd's checksum), so it is asked again whole, and the student still ends with what the teacher published.
    void aDamagedKeptPartIsAskedAgainWhole()
    {
        publishThirtyLessons(99);
        if (QTest::currentTestFailed())
            return;
        auto student = studentDevice();
        QVERIFY(student);
        m_proxy->setCorruptAt(FaultProxy::Direction::Down, 3000, FaultProxy::FaultScope::Once); // in the page's body
        m_proxy->setCutAfter(FaultProxy::Direction::Down, 8000, FaultProxy::FaultScope::Once);  // then cut, same answer
        const SyncReport report = student->sync();
        m_proxy->clearFaults();
        QVERIFY2(report.recordsComplete, qPrintable(report.errors.join(u'\n')));
        QCOMPARE(report.retries, 2); // the rest joined to damaged bytes, then the page whole
        QCOMPARE(student->store->lessons(m_classId).size(), 30);
        QCOMPARE(snapshot(*student->store, {u"lesson"_s}), snapshot(*m_teacher->store, {u"lesson"_s}));
    }

    void cutDuringPush_data()
    {
        QTest::addColumn<qint64>("offset");
        for (qint64 offset : {0LL, 50LL, 180LL, 400LL, 2000LL, 6000LL})
            QTest::addRow("%lld", offset) << offset;
    }
    void cutDuringPush()
    {
        QFETCH(qint64, offset);
        const Assignment a = publishAssignment(u"Devoir"_s);
        QVERIFY(m_teacher->syncUntilClean());
        auto student = studentDevice();
        QVERIFY(student && student->syncUntilClean());
        QStringList ids;
        for (int i = 0; i < 30; ++i) {
            auto s = student->store->submit({a.meta.id, u"Version %1 : 2/4 = 1/2 parce que…"_s.arg(i), {}, {}});
            QVERIFY(s);
            ids << s->meta.id;
        }
        m_proxy->setCutAfter(FaultProxy::Direction::Up, offset, FaultProxy::FaultScope::EveryConnection);
        (void)student->sync();
        m_proxy->clearFaults();
        QVERIFY(student->syncUntilClean());
        QCOMPARE(student->pending(), 0);
        QVERIFY(m_teacher->syncUntilClean());
        const auto versions = m_teacher->store->submissions(a.meta.id);
        QCOMPARE(versions.size(), 30); // none lost, none doubled
        QStringList got;
        for (const Submission &s : versions)
            got << s.meta.id;
        got.sort();
        ids.sort();
        QCOMPARE(got, ids);
    }

    void cutDuringMedia_data()
    {
        QTest::addColumn<bool>("upload");
        QTest::addColumn<qint64>("offset");
        for (bool upload : {true, false})
            for (qint64 offset : {100LL, 5000LL, 70000LL, 200000LL, 390000LL})
                QTest::addRow("%s-%lld", upload ? "upload" : "download", offset) << upload << offset;
    }
    void cutDuringMedia()
    {
        QFETCH(bool, upload);
        QFETCH(qint64, offset);
        const QByteArray bytes = pseudoRandomBytes(400 * 1024, 3);
        const QString path = writeFile(m_files.path(), u"video.bin"_s, bytes);
        const Lesson lesson = publishLesson(1, {path});
        const QString sha = lesson.attachments.first().sha256;
        auto student = studentDevice();
        QVERIFY(student);
        if (upload) {
            m_proxy->setCutAfter(FaultProxy::Direction::Up, offset, FaultProxy::FaultScope::EveryConnection);
            (void)m_teacher->sync();
            m_proxy->clearFaults();
            QVERIFY(m_teacher->syncUntilClean());
        } else {
            QVERIFY(m_teacher->syncUntilClean());
            m_proxy->setCutAfter(FaultProxy::Direction::Down, offset, FaultProxy::FaultScope::EveryConnection);
            (void)student->sync();
            m_proxy->clearFaults();
        }
        QVERIFY(student->syncUntilClean());
        QVERIFY(student->store->media().contains(sha));
        QVERIFY(student->store->media().verify(sha));
        QVERIFY(m_hub->server().media().contains(sha));
        int blobs = 0;
        QVERIFY(allBlobsIntact(*student->store, &blobs));
        QCOMPARE(blobs, 1);
        QCOMPARE(student->store->sync().queuedFileCount(student->profile.id), 0);
    }

    void stallNeverHangs_data()
    {
        QTest::addColumn<int>("direction");
        QTest::addColumn<qint64>("offset");
        QTest::addRow("response-headers") << int(FaultProxy::Direction::Down) << 10LL;
        QTest::addRow("response-body") << int(FaultProxy::Direction::Down) << 400LL;
        QTest::addRow("request") << int(FaultProxy::Direction::Up) << 100LL;
    }
    void stallNeverHangs()
    {
        QFETCH(int, direction);
        QFETCH(qint64, offset);
        for (int i = 0; i < 10; ++i)
            publishLesson(i);
        QVERIFY(m_teacher->syncUntilClean());
        auto student = studentDevice();
        QVERIFY(student);
        m_proxy->setStallAfter(FaultProxy::Direction(direction), offset, FaultProxy::FaultScope::EveryConnection);
        const SyncReport stalled = student->sync(); // returns: the stall is detected, retries give up
        QVERIFY(!stalled.recordsComplete);
        QVERIFY(!stalled.errors.isEmpty());
        m_proxy->clearFaults();
        m_proxy->releaseStalls();
        QVERIFY(student->syncUntilClean());
        QCOMPARE(student->store->lessons(m_classId).size(), 10);
    }

    void hubRestartedMidSync()
    {
        const Assignment a = publishAssignment(u"Devoir"_s);
        for (int i = 0; i < 5; ++i)
            publishLesson(i);
        QVERIFY(m_teacher->syncUntilClean());
        auto student = studentDevice();
        QVERIFY(student && student->syncUntilClean());
        auto s = student->store->submit({a.meta.id, u"Ma réponse"_s, {}, {}});
        QVERIFY(s);
        // The hub takes the push, then its answer is held back while the hub restarts.
        QSignalSpy stalled(m_proxy.get(), &FaultProxy::stallFired);
        m_proxy->setStallAfter(FaultProxy::Direction::Down, 0, FaultProxy::FaultScope::Once);
        SyncReport report;
        std::thread worker([&] { report = student->sync(); });
        QVERIFY(stalled.wait(10000));
        QVERIFY(m_hub->restart());
        worker.join();
        m_proxy->clearFaults();
        QVERIFY(student->syncUntilClean());
        QCOMPARE(student->pending(), 0);
        QVERIFY(m_teacher->syncUntilClean());
        QCOMPARE(m_teacher->store->submissions(a.meta.id).size(), 1);
    }

    void clockYearsOff()
    {
        const Assignment a = publishAssignment(u"Devoir"_s);
        QVERIFY(m_teacher->syncUntilClean());
        const qint64 fiveYears = 5LL * 365 * 24 * 3600 * 1000;
        Store::Options future;
        future.wallClock = [fiveYears] { return QDateTime::currentMSecsSinceEpoch() + fiveYears; };
        Store::Options past;
        past.wallClock = [fiveYears] { return QDateTime::currentMSecsSinceEpoch() - 4 * fiveYears; };
        auto ahead = studentDevice(future);
        auto behind = studentDevice(past);
        QVERIFY(ahead && behind);
        QVERIFY(ahead->syncUntilClean());
        QVERIFY(behind->syncUntilClean());
        QVERIFY(ahead->store->submit({a.meta.id, u"depuis le futur"_s, {}, {}}));
        QVERIFY(behind->store->submit({a.meta.id, u"depuis le passé"_s, {}, {}}));
        QVERIFY(ahead->syncUntilClean());
        QVERIFY(behind->syncUntilClean());
        // The teacher publishes afterwards: both devices still get it, whatever their clocks say.
        const Lesson later = publishLesson(99);
        QVERIFY(m_teacher->syncUntilClean());
        QVERIFY(ahead->syncUntilClean());
        QVERIFY(behind->syncUntilClean());
        QVERIFY(ahead->store->lesson(later.meta.id));
        QVERIFY(behind->store->lesson(later.meta.id));
        const auto versions = m_teacher->store->submissions(a.meta.id);
        QCOMPARE(versions.size(), 2);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const Submission &v : versions) // the hub's received time is trustworthy; the device time is not
            QVERIFY(qAbs(receivedAt(*m_teacher->store, v.meta.id).secsTo(now)) < 24 * 3600);
        QCOMPARE(snapshot(*ahead->store, {u"submission"_s}, u"student = '%1'"_s.arg(ahead->profile.id)).size(), 2);
        QCOMPARE(snapshot(*ahead->store, {u"submission"_s}), snapshot(*behind->store, {u"submission"_s}));
    }

    void corruptedRecordsNeverApplied_data()
    {
        QTest::addColumn<qint64>("offset");
        for (qint64 offset : {600LL, 3000LL, 9000LL, 15000LL})
            QTest::addRow("%lld", offset) << offset;
    }
    void corruptedRecordsNeverApplied()
    {
        // Records have no hash of their own: the zstd frame checksum of the hub's answer must catch a flipped
        // byte, or the damaged lesson would be applied and the cursor moved past it for good.
        QFETCH(qint64, offset);
        for (int i = 0; i < 40; ++i)
            publishLesson(i);
        QVERIFY(m_teacher->syncUntilClean());
        auto student = studentDevice();
        QVERIFY(student);
        SyncEngine::Options small = fastOptions();
        small.pageBudget = 16 * 1024;
        SyncEngine engine(*student->store, small);
        m_proxy->setCorruptAt(FaultProxy::Direction::Down, offset, FaultProxy::FaultScope::Once);
        (void)engine.sync(student->profile);
        m_proxy->clearFaults();
        for (int i = 0; i < 3 && !engine.sync(student->profile)->recordsComplete; ++i) {
        }
        QCOMPARE(student->store->lessons(m_classId).size(), 40);
        QCOMPARE(snapshot(*student->store, {u"lesson"_s}), snapshot(*m_teacher->store, {u"lesson"_s}));
    }

    void corruptedMediaNeverStored_data()
    {
        QTest::addColumn<qint64>("offset");
        for (qint64 offset : {400LL, 1000LL, 30000LL, 120000LL, 199000LL})
            QTest::addRow("%lld", offset) << offset;
    }
    void corruptedMediaNeverStored()
    {
        QFETCH(qint64, offset);
        const QString path = writeFile(m_files.path(), u"image.png"_s, pseudoRandomBytes(200 * 1024, 11));
        const Lesson lesson = publishLesson(1, {path});
        QVERIFY(m_teacher->syncUntilClean());
        auto student = studentDevice();
        QVERIFY(student);
        SyncEngine recordsOnly(*student->store, [] {
            auto o = fastOptions();
            o.media = false;
            return o;
        }());
        QVERIFY(recordsOnly.sync(student->profile)->recordsComplete);
        // Flip one byte of the download (its headers or its body) on every connection: never stored.
        m_proxy->setCorruptAt(FaultProxy::Direction::Down, offset, FaultProxy::FaultScope::EveryConnection);
        (void)student->sync();
        int blobs = 0;
        QVERIFY(allBlobsIntact(*student->store, &blobs));
        m_proxy->clearFaults();
        QVERIFY(student->syncUntilClean());
        QVERIFY(allBlobsIntact(*student->store, &blobs));
        QCOMPARE(blobs, 1);
        QVERIFY(student->store->media().verify(lesson.attachments.first().sha256));
    }

    void corruptedUploadNeverStored()
    {
        const QString path = writeFile(m_files.path(), u"image.png"_s, pseudoRandomBytes(200 * 1024, 12));
        const Lesson lesson = publishLesson(1, {path});
        const QString sha = lesson.attachments.first().sha256;
        // The sync request goes through clean; the upload's body is damaged once.
        SyncEngine recordsOnly(*m_teacher->store, [] {
            auto o = fastOptions();
            o.media = false;
            return o;
        }());
        QVERIFY(recordsOnly.sync(m_teacher->profile)->recordsComplete);
        m_proxy->setCorruptAt(FaultProxy::Direction::Up, 50000, FaultProxy::FaultScope::Once);
        (void)m_teacher->sync();
        m_proxy->clearFaults();
        QVERIFY(m_teacher->syncUntilClean());
        QVERIFY(m_hub->server().media().contains(sha));
        auto student = studentDevice();
        QVERIFY(student && student->syncUntilClean());
        QVERIFY(student->store->media().verify(sha));
    }

    void rejectedChangeKeptWithReason()
    {
        auto student = studentDevice();
        QVERIFY(student && student->syncUntilClean());
        // A student's device writes a lesson (a tampered or buggy client): the hub refuses it.
        QString changeId;
        Status written = Continuite::StoreInternals::database(*student->store).write([&]() -> Status {
            auto c = student->store->changes().record(u"lesson"_s, newUuid(), m_classId, student->profile.id,
                                                       {{u"title"_s, u"Leçon pirate"_s}, {u"status"_s, u"published"_s}});
            if (!c)
                return Status::failure(c.error());
            changeId = c->id;
            return success();
        });
        QVERIFY2(written, qPrintable(written.error()));
        const SyncReport r = student->sync();
        QCOMPARE(r.changesRejected, 1);
        QCOMPARE(student->pending(), 0);
        const auto rejected = student->store->changes().outbox(student->profile.id, u"rejected"_s);
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.first().change.id, changeId);
        QVERIFY2(rejected.first().reason.startsWith(u"forbidden"_s), qPrintable(rejected.first().reason));
        QCOMPARE(SyncEngine::statusJson(*student->store, student->profile.id).value(u"rejected_changes"_s).toInt(), 1);
        // It is not sent again, and stays shown.
        const SyncReport again = student->sync();
        QCOMPARE(again.changesRejected, 0);
        QCOMPARE(again.changesSent, 0);
        QCOMPARE(student->store->changes().count(u"rejected"_s, student->profile.id), 1);
    }

    void lessonEditedOnTwoTeacherDevices()
    {
        const Lesson lesson = publishLesson(1);
        QVERIFY(m_teacher->syncUntilClean());
        Device laptop;
        QVERIFY(laptop.login(url(), TeacherLogin, TeacherPassword));
        // The hub refuses the teacher's own member row (it carries a "login"; reported), so a second
        // teacher device would not know it teaches the class. Until that is fixed, give it that row as
        // the first device wrote it.
        Status copied = Continuite::StoreInternals::database(*laptop.store).write([&]() -> Status {
            for (const OutboxEntry &e : m_teacher->store->changes().outbox(m_teacher->profile.id, u"rejected"_s)) {
                auto r = laptop.store->changes().apply(e.change);
                if (!r)
                    return Status::failure(r.error());
            }
            return success();
        });
        QVERIFY(copied);
        QVERIFY(laptop.syncUntilClean());
        QVERIFY(laptop.store->lesson(lesson.meta.id));

        // Offline, each device edits: one the title, both the summary.
        Lesson a = *m_teacher->store->lesson(lesson.meta.id);
        a.title = u"Partager l'unité"_s;
        a.summary = u"Résumé du bureau"_s;
        QVERIFY(m_teacher->store->updateLesson(a));
        QTest::qWait(5); // a later HLC for the laptop's edit
        Lesson b = *laptop.store->lesson(lesson.meta.id);
        b.summary = u"Résumé du portable"_s;
        b.afterClass = u"Exercices 1 à 4 p. 32"_s;
        QVERIFY(laptop.store->updateLesson(b));

        QVERIFY(m_teacher->syncUntilClean());
        QVERIFY(laptop.syncUntilClean());
        QVERIFY(m_teacher->syncUntilClean());
        const Lesson onDesk = *m_teacher->store->lesson(lesson.meta.id);
        const Lesson onLaptop = *laptop.store->lesson(lesson.meta.id);
        QCOMPARE(onDesk.title, u"Partager l'unité"_s);         // only one device changed it
        QCOMPARE(onDesk.afterClass, u"Exercices 1 à 4 p. 32"_s); // only the other changed this
        QCOMPARE(onDesk.summary, u"Résumé du portable"_s);      // both: the later edit wins
        QCOMPARE(snapshot(*m_teacher->store, {u"lesson"_s}), snapshot(*laptop.store, {u"lesson"_s}));
        // The losing summary is kept in history on both devices.
        for (Store *s : {m_teacher->store.get(), laptop.store.get()}) {
            bool kept = false;
            for (const auto &lost : s->changes().history(u"lesson"_s, lesson.meta.id))
                kept = kept || (lost.field == u"summary"_s && lost.value.toString() == u"Résumé du bureau"_s);
            QVERIFY(kept);
        }
    }

    void resubmittedFromTwoDevices()
    {
        const Assignment a = publishAssignment(u"Devoir"_s);
        QVERIFY(m_teacher->syncUntilClean());
        auto phone = studentDevice();
        auto laptop = studentDevice();
        QVERIFY(phone && laptop);
        QVERIFY(phone->syncUntilClean());
        QVERIFY(laptop->syncUntilClean());
        QVERIFY(phone->store->submit({a.meta.id, u"Réponse du téléphone"_s, {}, {}}));
        QVERIFY(laptop->store->submit({a.meta.id, u"Réponse de l'ordinateur"_s, {}, {}}));
        QVERIFY(phone->syncUntilClean());
        QVERIFY(laptop->syncUntilClean());
        QVERIFY(phone->syncUntilClean());
        QVERIFY(m_teacher->syncUntilClean());
        for (Device *d : {phone.get(), laptop.get(), m_teacher.get()})
            QCOMPARE(d->store->submissions(a.meta.id).size(), 2);
        QCOMPARE(snapshot(*phone->store, {u"submission"_s}), snapshot(*laptop->store, {u"submission"_s}));
    }

    void deletedAssignmentKeepsOfflineWork()
    {
        const Assignment a = publishAssignment(u"Devoir retiré"_s);
        QVERIFY(m_teacher->syncUntilClean());
        auto student = studentDevice();
        QVERIFY(student && student->syncUntilClean());
        QVERIFY(m_teacher->store->deleteAssignment(a.meta.id));
        QVERIFY(m_teacher->syncUntilClean());
        // Offline, the student still answers it.
        auto work = student->store->submit({a.meta.id, u"J'avais fini hors ligne."_s, {}, {}});
        QVERIFY2(work, qPrintable(work.error()));
        QVERIFY(student->syncUntilClean());
        QCOMPARE(student->pending(), 0);
        QCOMPARE(student->store->changes().count(u"rejected"_s), 0);
        QVERIFY(m_teacher->syncUntilClean());
        const auto seen = m_teacher->store->submissions(a.meta.id);
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen.first().text, u"J'avais fini hors ligne."_s);
        QCOMPARE(student->store->submissions(a.meta.id).size(), 1);
    }

    void neverTwoSyncsOfOneProfile()
    {
        for (int i = 0; i < 5; ++i)
            publishLesson(i);
        // Another process holds the profile's lock: this one refuses to start.
        QLockFile other(QDir(m_teacher->store->dataDir()).filePath(u"sync-%1.lock"_s.arg(m_teacher->profile.id)));
        QVERIFY(other.tryLock(0));
        auto refused = m_teacher->engine->sync(m_teacher->profile);
        QVERIFY(!refused);
        other.unlock();
        // Two engines in one process: the second refuses while the first is held by a stall.
        m_proxy->setStallAfter(FaultProxy::Direction::Down, 0, FaultProxy::FaultScope::Once);
        QSignalSpy stalled(m_proxy.get(), &FaultProxy::stallFired);
        std::thread worker([&] { (void)m_teacher->engine->sync(m_teacher->profile); });
        QVERIFY(stalled.wait(10000));
        SyncEngine second(*m_teacher->store, fastOptions());
        auto busy = second.sync(m_teacher->profile);
        QVERIFY(!busy);
        m_proxy->releaseStalls();
        worker.join();
        m_proxy->clearFaults();
        QVERIFY(m_teacher->syncUntilClean());
        QCOMPARE(m_teacher->pending(), 0);
    }

    void dataPolicy()
    {
        const QString path = writeFile(m_files.path(), u"video.bin"_s, pseudoRandomBytes(300 * 1024, 5));
        const Lesson lesson = publishLesson(1, {path});
        QVERIFY(m_teacher->syncUntilClean());
        const QString sha = lesson.attachments.first().sha256;

        SyncEngine::Options metered = fastOptions();
        metered.metered = true;
        auto student = studentDevice();
        QVERIFY(student);
        QVERIFY(student->store->sync().setPolicy(student->profile.id, {MediaPolicy::UnmeteredOnly, 0, 0}));
        SyncEngine onMobile(*student->store, metered);
        const SyncReport mobile = *onMobile.sync(student->profile);
        QVERIFY(mobile.recordsComplete);
        QVERIFY(student->store->lesson(lesson.meta.id)); // the text came
        QVERIFY(!student->store->media().contains(sha)); // the video waits for Wi-Fi
        QCOMPARE(mobile.mediaPending, 1);

        QVERIFY(student->store->sync().setPolicy(student->profile.id, {MediaPolicy::Always, 0, 0}));
        QVERIFY(student->syncUntilClean());
        QVERIFY(student->store->media().verify(sha));
        QVERIFY(!student->store->sync().setPolicy(newUuid(), {}));
    }

    // Issue 15: a lesson held back by the policy offers "download anyway". Only the files asked for pass the
    // policy; the lesson's other file still waits (the policy is not simply switched off).
    void downloadAnywayFetchesOnlyWhatWasAskedFor()
    {
        const QString asked = writeFile(m_files.path(), u"capsule.opus"_s, pseudoRandomBytes(120 * 1024, 31));
        const QString other = writeFile(m_files.path(), u"video.webm"_s, pseudoRandomBytes(200 * 1024, 32));
        const Lesson lesson = publishLesson(2, {asked, other});
        QVERIFY(m_teacher->syncUntilClean());
        QString askedSha, otherSha;
        for (const Attachment &a : lesson.attachments)
            (a.name == u"capsule.opus"_s ? askedSha : otherSha) = a.sha256;

        auto student = studentDevice();
        QVERIFY(student);
        SyncEngine::Options metered = fastOptions();
        metered.metered = true;
        // Unmetered only, on mobile data: everything is held back.
        QVERIFY(student->store->sync().setPolicy(student->profile.id, {MediaPolicy::UnmeteredOnly, 0, 0}));
        SyncEngine held(*student->store, metered);
        QVERIFY(held.sync(student->profile)->recordsComplete);
        QVERIFY(!student->store->media().contains(askedSha));
        QVERIFY(!student->store->media().contains(otherSha));

        metered.mediaAnyway = {askedSha};
        SyncEngine anyway(*student->store, metered);
        const SyncReport r = *anyway.sync(student->profile);
        QVERIFY(r.recordsComplete);
        QVERIFY(student->store->media().verify(askedSha)); // what the person chose to pay for came
        QVERIFY(!student->store->media().contains(otherSha)); // the rest still obeys the policy
        QCOMPARE(r.mediaFetched, 1);

        QVERIFY(student->store->sync().setPolicy(student->profile.id, {MediaPolicy::Always, 0, 0}));
        QVERIFY(student->syncUntilClean()); // positive control: with no limit the other file comes too
        QVERIFY(student->store->media().verify(otherSha));
    }

    void aKeyTakenElsewhereIsToldInFrench()
    {
        // Her laptop's key is live under another device id of hers (a copy of its disk on a second laptop that made
        // itself a new id, here played by a sign-in with the laptop's own key and proof). Its sign-in is then refused
        // 409 device_key_in_use; the app showed the hub's English sentence. Now its own words, in French.
        auto laptop = std::make_unique<Device>();
        HttpTransport transport(url());
        LoginRequest copy;
        copy.login = m_studentLogin;
        copy.password = m_studentPin;
        copy.deviceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QByteArray key = laptop->store->changes().devicePublicKey();
        copy.deviceKey = QString::fromLatin1(key.toBase64());
        copy.deviceProof = laptop->store->changes().signWithThisDevice(Signing::deviceMessage(copy.deviceId, key));
        QVERIFY2(copy.run(transport), qPrintable(copy.failure.message)); // positive control: the copy signs in
        QTranslator french;
        QVERIFY(french.load(u":/i18n/continuite_fr.qm"_s));
        QCoreApplication::installTranslator(&french);
        auto untranslate = qScopeGuard([&] { QCoreApplication::removeTranslator(&french); });
        HubFailure failure;
        const auto signedIn = laptop->engine->login(url(), m_studentLogin, m_studentPin, &failure);
        QVERIFY(!signedIn);
        QCOMPARE(failure.code, u"device_key_in_use"_s);
        QVERIFY2(signedIn.error().startsWith(u"La clé de cet appareil appartient déjà à un autre appareil"_s),
                 qPrintable(signedIn.error()));
        // A sign-in with a key it does not hold (no proof) is refused before anything else, and says so.
        LoginRequest forged = copy;
        forged.deviceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVERIFY(!forged.run(transport));
        QCOMPARE(forged.failure.code, u"invalid"_s);
    }

    void revokedTokenAsksToSignIn()
    {
        auto student = studentDevice();
        QVERIFY(student && student->syncUntilClean());
        QVERIFY(m_hub->server().engine().adminRevoke(student->store->deviceId(), m_studentLogin));
        const SyncReport r = student->sync();
        QVERIFY(!r.recordsComplete);
        QCOMPARE(r.requests, 1); // a 401 is not retried
        QVERIFY(r.errors.first().contains(u"Sign in again"_s));
        QVERIFY(student->login(url(), m_studentLogin, m_studentPin));
        QVERIFY(student->syncUntilClean());
    }

    // A hostile hub (or someone in the middle of a plain-http one) answers with a zstd frame that asks for zstd's
    // largest default window: 128 MiB of the family laptop's memory for a few bytes. It is refused as damaged; the same
    // answer in a frame with the hub's own largest window (8 MiB) is read (review-trust19, finding 4).
    void aHubsAnswerCannotAskForAHugeWindow()
    {
        const QByteArray answer = R"({"ok":true,"words":"bonjour"})";
        const auto frame = [&answer](int windowLog) {
            std::unique_ptr<ZSTD_CCtx, decltype(&ZSTD_freeCCtx)> c(ZSTD_createCCtx(), ZSTD_freeCCtx);
            ZSTD_CCtx_setParameter(c.get(), ZSTD_c_windowLog, windowLog);
            ZSTD_CCtx_setParameter(c.get(), ZSTD_c_contentSizeFlag, 0);
            QByteArray out(4096, Qt::Uninitialized);
            ZSTD_outBuffer o{out.data(), size_t(out.size()), 0};
            ZSTD_inBuffer in{answer.constData(), size_t(answer.size()), 0};
            ZSTD_compressStream2(c.get(), &o, &in, ZSTD_e_continue); // size unknown: the window is not shrunk to it
            ZSTD_inBuffer none{nullptr, 0, 0};
            while (ZSTD_compressStream2(c.get(), &o, &none, ZSTD_e_end) > 0) {
            }
            out.resize(qsizetype(o.pos));
            return out;
        };
        for (const int windowLog : {23, 27}) {
            const QByteArray body = frame(windowLog);
            // The frame asks what the test says (RFC 8878, 3.1.1.1: no single segment, a window descriptor of
            // exponent windowLog − 10 and no mantissa).
            QVERIFY(body.size() > 6 && !(quint8(body.at(4)) & 0x20));
            QCOMPARE(int(quint8(body.at(5))), (windowLog - 10) << 3);
            // One answer on loopback, whatever the request.
            const int listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
            sockaddr_in address{};
            address.sin_family = AF_INET;
            address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
            socklen_t length = sizeof address;
            QVERIFY(::bind(listener, reinterpret_cast<sockaddr *>(&address), length) == 0 && ::listen(listener, 4) == 0);
            QVERIFY(::getsockname(listener, reinterpret_cast<sockaddr *>(&address), &length) == 0);
            std::thread hub([listener, &body] {
                const int fd = ::accept(listener, nullptr, nullptr);
                if (fd < 0)
                    return;
                QByteArray request;
                char buffer[4096];
                while (!request.contains("\r\n\r\n")) {
                    const ssize_t n = ::read(fd, buffer, sizeof buffer);
                    if (n <= 0)
                        break;
                    request.append(buffer, n);
                }
                const QByteArray reply = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: zstd\r\n"
                                         "Connection: close\r\nContent-Length: "
                    + QByteArray::number(body.size()) + "\r\n\r\n" + body;
                [[maybe_unused]] const ssize_t written = ::write(fd, reply.constData(), size_t(reply.size()));
                ::close(fd);
            });
            auto done = qScopeGuard([&] {
                ::shutdown(listener, SHUT_RDWR);
                hub.join();
                ::close(listener);
            });
            HttpTransport transport(u"http://127.0.0.1:%1"_s.arg(ntohs(address.sin_port)));
            const HttpResponse r = transport.perform(HttpRequest::make("GET", u"/v1/health"_s, {}, true));
            if (windowLog == 23) {
                QVERIFY2(r.ok(), qPrintable(r.error)); // the positive control
                QCOMPARE(r.body, answer);
            } else {
                QVERIFY2(!r.ok() && r.error.contains(u"damaged"_s), qPrintable(r.error + u" / "_s + QString::fromUtf8(r.body)));
                QVERIFY(r.body.isEmpty());
            }
        }
    }
    // A page in bzip2 (PROTOCOL.md, "bzip2"), answered by a hostile or damaged hub: one that inflates past the client's
    // answer limit, one with a byte changed (its CRCs), one cut short, one with bytes after its streams are refused as
    // damaged, and so is one of more than two streams (the hub sends one or two), and nothing of them is handed on.
    // Controls: the same answer whole, in one stream and in two (the hub's resumable pages), is read; and a request that did not say it reads bzip2 is not inflated with it.
    // The same for zstd: two frames, bytes after, a checksum changed, cut short, over the limit; control: the frame whole.
    void aBzip2AnswerIsCheckedAndBounded()
    {
        const QByteArray answer = R"({"ok":true,"words":"bonjour « élèves »"})";
        const auto bzip2 = [](const QByteArray &in) {
            unsigned int size = unsigned(in.size() + in.size() / 100 + 600);
            QByteArray out(qsizetype(size), Qt::Uninitialized);
            if (BZ2_bzBuffToBuffCompress(out.data(), &size, const_cast<char *>(in.constData()), unsigned(in.size()), 9, 0, 0) != BZ_OK)
                return QByteArray();
            out.truncate(qsizetype(size));
            return out;
        };
        const QByteArray whole = bzip2(answer);
        QByteArray flipped = whole;
        flipped[flipped.size() / 2] = char(flipped.at(flipped.size() / 2) ^ 0x10);
        struct Case
        {
            const char *name;
            QByteArray body;
            bool readsBzip2;
            bool read;
            QByteArray encoding = "bzip2";
        };
        // The same decoder's rules for zstd (sync/inflate.h): one frame, its checksum, within the limit. A second frame
        // after the first was taken before the decoders had one owner; the hub sends one (PROTOCOL.md).
        const auto zstd = [](const QByteArray &in) {
            std::unique_ptr<ZSTD_CCtx, decltype(&ZSTD_freeCCtx)> c(ZSTD_createCCtx(), ZSTD_freeCCtx);
            ZSTD_CCtx_setParameter(c.get(), ZSTD_c_checksumFlag, 1);
            QByteArray out(qsizetype(ZSTD_compressBound(size_t(in.size()))), Qt::Uninitialized);
            out.truncate(qsizetype(ZSTD_compress2(c.get(), out.data(), size_t(out.size()), in.constData(), size_t(in.size()))));
            return out;
        };
        QByteArray zstdFlipped = zstd(answer);
        zstdFlipped[zstdFlipped.size() - 2] = char(zstdFlipped.at(zstdFlipped.size() - 2) ^ 0x10); // its checksum
        const QList<Case> cases{
            {"whole", whole, true, true},
            {"two streams", bzip2(answer.left(10)) + bzip2(answer.mid(10)), true, true},
            {"over the limit", bzip2(QByteArray(3 * 1024 * 1024, 'a')), true, false},
            {"a byte changed", flipped, true, false},
            {"cut short", whole.left(whole.size() - 6), true, false},
            {"bytes after", whole + "garbage", true, false},
            // The hub sends one stream or two (review-bz20 F1): more is not its page, and 100,000 empty streams would
            // cost the laptop a decoder each (≈3.6 MB allocated, 1.6 µs of CPU: seconds in a 64 MiB answer).
            {"three streams", bzip2(answer.left(5)) + bzip2(answer.mid(5, 5)) + bzip2(answer.mid(10)), true, false},
            {"empty streams before the page", bzip2(QByteArray()).repeated(100000) + whole, true, false},
            {"an empty stream after the two", bzip2(answer.left(10)) + bzip2(answer.mid(10)) + bzip2(QByteArray()), true, false},
            {"not asked", whole, false, false},
            {"zstd, whole", zstd(answer), true, true, "zstd"},
            {"zstd, two frames", zstd(answer.left(10)) + zstd(answer.mid(10)), true, false, "zstd"},
            {"zstd, bytes after", zstd(answer) + "garbage", true, false, "zstd"},
            {"zstd, a checksum byte changed", zstdFlipped, true, false, "zstd"},
            {"zstd, cut short", zstd(answer).chopped(1), true, false, "zstd"},
            {"zstd, over the limit", zstd(QByteArray(3 * 1024 * 1024, 'a')), true, false, "zstd"},
        };
        for (const Case &c : cases) {
            QVERIFY(!c.body.isEmpty());
            const int listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
            sockaddr_in address{};
            address.sin_family = AF_INET;
            address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
            socklen_t length = sizeof address;
            QVERIFY(::bind(listener, reinterpret_cast<sockaddr *>(&address), length) == 0 && ::listen(listener, 4) == 0);
            QVERIFY(::getsockname(listener, reinterpret_cast<sockaddr *>(&address), &length) == 0);
            QByteArray asked;
            std::thread hub([listener, &c, &asked] {
                const int fd = ::accept(listener, nullptr, nullptr);
                if (fd < 0)
                    return;
                char buffer[4096];
                while (!asked.contains("\r\n\r\n")) {
                    const ssize_t n = ::read(fd, buffer, sizeof buffer);
                    if (n <= 0)
                        break;
                    asked.append(buffer, n);
                }
                const QByteArray reply = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: " + c.encoding
                    + "\r\nConnection: close\r\nContent-Length: " + QByteArray::number(c.body.size()) + "\r\n\r\n" + c.body;
                [[maybe_unused]] const ssize_t written = ::write(fd, reply.constData(), size_t(reply.size()));
                ::close(fd);
            });
            auto done = qScopeGuard([&] {
                ::shutdown(listener, SHUT_RDWR);
                hub.join();
                ::close(listener);
            });
            HttpTransport::Options options;
            options.maxResponseBytes = 2 * 1024 * 1024;
            HttpTransport transport(u"http://127.0.0.1:%1"_s.arg(ntohs(address.sin_port)), options);
            HttpRequest request = HttpRequest::make("GET", u"/v1/health"_s, {}, true);
            request.acceptBzip2 = c.readsBzip2;
            const HttpResponse r = transport.perform(request);
            done.dismiss();
            ::shutdown(listener, SHUT_RDWR);
            hub.join();
            ::close(listener);
            QVERIFY2(asked.contains(c.readsBzip2 ? "Accept-Encoding: zstd, bzip2\r\n" : "Accept-Encoding: zstd\r\n"), c.name);
            if (c.read) {
                QVERIFY2(r.ok(), qPrintable(QString::fromLatin1(c.name) + u": "_s + r.error));
                QCOMPARE(r.body, answer);
            } else if (c.readsBzip2) {
                QVERIFY2(!r.ok() && r.error.contains(u"damaged"_s), qPrintable(QString::fromLatin1(c.name) + u": "_s + r.error));
                QVERIFY2(r.body.isEmpty(), c.name);
            } else {
                QCOMPARE(r.body, c.body); // not inflated: the caller finds no JSON in it, as from any hub that lies
            }
        }
    }
};

QTEST_GUILESS_MAIN(tst_SyncEngine)
#include "tst_syncengine.moc"
