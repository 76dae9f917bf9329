// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// Issue 19: a device whose link cannot carry its pushes at the hub's minimum body rate (2G, or a school's uplink
// shared by a class). The hub cuts such a body and says 408 too_slow with Retry-After; the device sent the same push
// again, was cut again, and gave up: its work never went. Now it waits the Retry-After (with jitter), halves its push,
// and keeps the smaller size for the next pushes until some go through. The real hub in-process on loopback, a real
// slow link (the fault proxy's rate cap), real client stores; what each request carried is read from the hub's own
// log (one JSON line a request, with its bytes in). No timing assertions: the link's pace decides only how often the
// hub cuts.

#include "synctestkit.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>
#include <utility>

using namespace SyncTest;

namespace {

/// The hub's log lines of /v1/sync requests (its JSON log), caught while a test runs.
struct SyncLog
{
    struct Line
    {
        int status = 0; ///< 0: cut before its answer (the hub's 408, said on the socket)
        qint64 bytesIn = 0;
    };
    static QMutex mutex;
    static QList<Line> lines;
    static QtMessageHandler previous;

    static void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (message.startsWith(u'{') && message.contains(u"\"endpoint\":\"sync\""_s)) {
            const QJsonObject o = QJsonDocument::fromJson(message.toUtf8()).object();
            QMutexLocker lock(&mutex);
            lines.append({o.value(u"status"_s).toInt(), qint64(o.value(u"bytes_in"_s).toDouble())});
            return;
        }
        if (previous)
            previous(type, context, message);
    }
    static QList<Line> take()
    {
        QMutexLocker lock(&mutex);
        return std::exchange(lines, {});
    }
};
QMutex SyncLog::mutex;
QList<SyncLog::Line> SyncLog::lines;
QtMessageHandler SyncLog::previous = nullptr;

/// A teacher with a class and @p count published lessons of ≈1.5 KB of JSON each that do not compress (so the
/// bytes on the wire are known), waiting to be sent.
bool writeLessons(Device &teacher, const QString &classId, int count, quint32 seed)
{
    for (int i = 0; i < count; ++i) {
        Store::LessonInput in;
        in.classId = classId;
        in.title = u"Leçon %1"_s.arg(i);
        in.beforeClass = QString::fromLatin1(pseudoRandomBytes(900, seed + quint32(i)).toBase64());
        auto l = teacher.store->createLesson(in);
        if (!l || !teacher.store->publishLesson(l->meta.id))
            return false;
    }
    return true;
}

qint64 largestAnswered(const QList<SyncLog::Line> &lines)
{
    qint64 most = 0;
    for (const SyncLog::Line &l : lines)
        if (l.status == 200)
            most = std::max(most, l.bytesIn);
    return most;
}

int cut(const QList<SyncLog::Line> &lines)
{
    return int(std::count_if(lines.begin(), lines.end(), [](const SyncLog::Line &l) { return l.status == 0; }));
}

} // namespace

class tst_SyncBackoff : public QObject
{
    Q_OBJECT

    /// The hub asks a body with a known token to keep up with 4 KiB/s after a second; the proxy carries 3 KB/s up: a
    /// push of more than ≈11 KB on the wire is cut (the full batch, ≈17.5 KB), half of it (≈9 KB) goes through.
    static Hub::HubLimits slowLinkLimits()
    {
        Hub::HubLimits limits;
        limits.minBodyBytesPerSecond = 4096;
        limits.bodyTimeoutSeconds = 1;
        limits.jsonLog = true;
        return limits;
    }
    static SyncEngine::Options teacherOptions()
    {
        SyncEngine::Options o = fastOptions();
        o.pushBudget = 32 * 1024; // 29 changes, ≈17.5 KB on the wire once compressed (the control below)
        o.pushRecoverAfter = 4;
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        SyncLog::previous = qInstallMessageHandler(&SyncLog::handler);
    }
    void cleanupTestCase() { qInstallMessageHandler(SyncLog::previous); }

    /// The attack is the network's: the push is cut (408) at the hub's minimum rate. The device still gets all its work
    /// through, in smaller pushes after the cut (each request's bytes as the hub received them).
    void aPushCutForItsPaceGoesAgainSmaller()
    {
        SyncHub hub(slowLinkLimits());
        FaultProxy proxy;
        QVERIFY(proxy.start(u"127.0.0.1"_s, quint16(hub.port())));
        const QString url = u"http://127.0.0.1:%1"_s.arg(proxy.port());
        hub.addTeacher(u"prof"_s, u"motdepasse1"_s);
        Device teacher({}, teacherOptions());
        QVERIFY(teacher.login(url, u"prof"_s, u"motdepasse1"_s));
        auto c = teacher.store->createClass(u"6e B"_s);
        QVERIFY(c);
        QVERIFY(teacher.syncUntilClean());
        QVERIFY(writeLessons(teacher, c->meta.id, 24, 1));
        const int waiting = teacher.pending();
        QVERIFY(waiting >= 24);

        proxy.setRate(FaultProxy::Direction::Up, 3000);
        SyncLog::take();
        const SyncReport r = teacher.sync();
        const QList<SyncLog::Line> lines = SyncLog::take();
        // Everything went (before: the same push sent again and cut each time, then given up, all of it left waiting).
        QVERIFY2(r.recordsComplete && r.errors.isEmpty(), qPrintable(r.errors.join(u'\n')));
        QCOMPARE(teacher.pending(), 0);
        QCOMPARE(r.changesSent, waiting);
        // The hub cut at least one push, and said so; the pushes it answered were smaller than the full batch (the
        // control below: ≈17.5 KB for the same lessons).
        QVERIFY2(r.tooSlow >= 1 && cut(lines) >= 1, qPrintable(u"408s %1, cut %2"_s.arg(r.tooSlow).arg(cut(lines))));
        QVERIFY2(largestAnswered(lines) <= 12 * 1024, qPrintable(u"largest push %1 B"_s.arg(largestAnswered(lines))));
        QVERIFY(r.pushBudget < teacherOptions().pushBudget);

        // The smaller size stays for the next sync (no new cut on the same link)...
        QVERIFY(writeLessons(teacher, c->meta.id, 4, 100));
        const SyncReport next = teacher.sync();
        QVERIFY2(next.recordsComplete && next.errors.isEmpty(), qPrintable(next.errors.join(u'\n')));
        QCOMPARE(next.tooSlow, 0);
        QCOMPARE(teacher.pending(), 0);
        // ...and pushes that go through bring it back to its size, a doubling at a time, once the link is good again.
        proxy.setRate(FaultProxy::Direction::Up, 0);
        int budget = next.pushBudget;
        for (int round = 0; round < 8 && budget < teacherOptions().pushBudget; ++round) {
            QVERIFY(writeLessons(teacher, c->meta.id, 12, 200 + quint32(round) * 20));
            const SyncReport more = teacher.sync();
            QVERIFY(more.recordsComplete);
            QVERIFY(more.pushBudget >= budget);
            budget = more.pushBudget;
        }
        QCOMPARE(budget, int(teacherOptions().pushBudget));
    }

    /// The positive control: the same lessons on a link that keeps up are pushed whole, at the full batch, and nothing
    /// is cut.
    void aPushThatKeepsUpStaysWhole()
    {
        SyncHub hub(slowLinkLimits());
        FaultProxy proxy;
        QVERIFY(proxy.start(u"127.0.0.1"_s, quint16(hub.port())));
        const QString url = u"http://127.0.0.1:%1"_s.arg(proxy.port());
        hub.addTeacher(u"prof"_s, u"motdepasse1"_s);
        Device teacher({}, teacherOptions());
        QVERIFY(teacher.login(url, u"prof"_s, u"motdepasse1"_s));
        auto c = teacher.store->createClass(u"6e B"_s);
        QVERIFY(c);
        QVERIFY(teacher.syncUntilClean());
        QVERIFY(writeLessons(teacher, c->meta.id, 24, 1));
        SyncLog::take();
        const SyncReport r = teacher.sync();
        const QList<SyncLog::Line> lines = SyncLog::take();
        QVERIFY2(r.recordsComplete && r.errors.isEmpty(), qPrintable(r.errors.join(u'\n')));
        QCOMPARE(teacher.pending(), 0);
        QCOMPARE(r.tooSlow, 0);
        QCOMPARE(cut(lines), 0);
        QCOMPARE(r.pushBudget, int(teacherOptions().pushBudget));
        QVERIFY2(largestAnswered(lines) >= 15 * 1024, qPrintable(u"largest push %1 B"_s.arg(largestAnswered(lines))));
    }
};

QTEST_GUILESS_MAIN(tst_SyncBackoff)
#include "tst_syncbackoff.moc"
