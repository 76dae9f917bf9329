// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// A client process killed mid-sync (QProcess::kill, like a power cut or a closed laptop lid) at several
// moments of a pull and of a push: the next run resumes, and nothing is lost or doubled.

#include "synctestkit.h"
#include "tests/storeinternals.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace SyncTest;

namespace {
const QString TeacherLogin = u"m.bernard"_s;
const QString TeacherPassword = u"decimales-2026"_s;
const QString Runner = QStringLiteral(CONTINUITE_SYNCRUNNER);
const QString Cli = QStringLiteral(CONTINUITE_CLI);
} // namespace

class tst_SyncKill : public QObject
{
    Q_OBJECT

    /// Runs the client process until it exits (its exit code) or @p killAfterBytes crossed the proxy (-1: killed).
    static int runAndMaybeKill(FaultProxy &proxy, const QString &dataDir, const QString &profile, qint64 killAfterBytes,
                                bool cli)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        const qint64 start = proxy.bytesDown() + proxy.bytesUp();
        if (cli) // the active profile syncs, as a person or a cron job would run it
            p.start(Cli, {u"--data"_s, dataDir, u"sync"_s, u"--json"_s});
        else
            p.start(Runner, {dataDir, profile});
        if (!p.waitForStarted(10000))
            qFatal("cannot start the client process");
        bool killed = false;
        while (p.state() != QProcess::NotRunning) {
            if (killAfterBytes >= 0 && proxy.bytesDown() + proxy.bytesUp() - start >= killAfterBytes) {
                p.kill();
                killed = true;
                break;
            }
            p.waitForFinished(5);
        }
        p.waitForFinished(30000);
        if (killed)
            return -1;
        if (p.exitCode() != 0)
            qWarning() << "client process:" << p.readAllStandardOutput();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void killedMidSync_data()
    {
        QTest::addColumn<bool>("push");
        QTest::addColumn<bool>("cli");
        QTest::addRow("pull") << false << false;
        QTest::addRow("push") << true << false;
        QTest::addRow("cli-pull") << false << true;
        QTest::addRow("cli-push") << true << true;
    }
    void killedMidSync()
    {
        QFETCH(bool, push);
        QFETCH(bool, cli);
        SyncHub hub;
        hub.addTeacher(TeacherLogin, TeacherPassword);
        FaultProxy proxy;
        QVERIFY(proxy.start(u"127.0.0.1"_s, quint16(hub.port())));
        const QString url = u"http://127.0.0.1:%1"_s.arg(proxy.port());

        QString profileId;
        auto writer = std::make_unique<Device>();
        QVERIFY(writer->login(url, TeacherLogin, TeacherPassword));
        profileId = writer->profile.id;
        auto c = writer->store->createClass(u"CM2"_s);
        QVERIFY(c);
        for (int i = 0; i < 120; ++i) {
            Store::LessonInput in;
            in.classId = c->meta.id;
            in.title = u"Leçon %1"_s.arg(i);
            in.beforeClass = QString::fromLatin1(pseudoRandomBytes(6000, quint32(i)).toBase64());
            auto l = writer->store->createLesson(in);
            QVERIFY(l);
        }
        auto reader = std::make_unique<Device>();
        QVERIFY(reader->login(url, TeacherLogin, TeacherPassword));
        const QString readerDir = reader->dataDir();
        if (!push)
            QVERIFY(writer->syncUntilClean());

        Device *killedDevice = push ? writer.get() : reader.get();
        const QString dir = killedDevice->dataDir();
        QVERIFY(killedDevice->store->setActiveProfile(killedDevice->profile));
        // Close the in-process store: from now on only the client process touches it.
        killedDevice->engine.reset();
        killedDevice->store.reset();
        proxy.setRate(push ? FaultProxy::Direction::Up : FaultProxy::Direction::Down, 400 * 1024);
        int kills = 0;
        for (qint64 at : {3000LL, 150000LL, 400000LL})
            kills += runAndMaybeKill(proxy, dir, profileId, at, cli) == -1 ? 1 : 0;
        QVERIFY(kills >= 2); // the data set is large enough that most runs were cut short
        proxy.clearFaults();
        QCOMPARE(runAndMaybeKill(proxy, dir, profileId, -1, cli), 0); // the next run completes

        auto s = Store::open(dir);
        QVERIFY(s);
        killedDevice->store = std::move(s).value();
        killedDevice->engine = std::make_unique<SyncEngine>(*killedDevice->store, fastOptions());
        killedDevice->store->setCurrent(killedDevice->profile);
        QVERIFY(writer->syncUntilClean());
        QVERIFY(reader->syncUntilClean());
        QCOMPARE(writer->pending(), 0);
        // Every lesson exactly once, identical on both devices. (Members are left out: the hub refuses the
        // teacher's own member row, reported; the writer keeps it as rejected.)
        QCOMPARE(Continuite::StoreInternals::database(*reader->store).scalar(u"SELECT count(*) FROM lessons"_s).toInt(), 120);
        QCOMPARE(snapshot(*reader->store, {u"class"_s, u"lesson"_s}), snapshot(*writer->store, {u"class"_s, u"lesson"_s}));
        Q_UNUSED(readerDir)
    }
};

QTEST_GUILESS_MAIN(tst_SyncKill)
#include "tst_synckill.moc"
