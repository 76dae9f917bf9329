// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// The hub as a fleet (issue 13): three `continuite-hub serve` processes on one PostgreSQL database and one blob
// directory, behind HAProxy 2.6 running the shipped deploy/haproxy/continuite.cfg over TLS. Real processes, real
// devices (client stores, libcurl), loopback only. Processes are killed and stopped while devices sync: nothing
// answered is lost, every device ends up with what the hub holds, the sign-in throttle and revocations hold
// whichever process a request reaches.

#include "../hub/hubtestkit.h"
#include "../sync/synctestkit.h"
#include "sync/hub/loginthrottle.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QSslSocket>
#include <QTcpSocket>
#include <QUrl>
#include <QTest>
#include <QThread>

#include <csignal>
#include <thread>

using namespace SyncTest;

namespace {

constexpr int HubCount = 3;
const QString TeacherLogin = u"mme.bernard"_s;
const QString TeacherPassword = u"flotte-2026"_s;
const QStringList AllKinds{u"class"_s, u"member"_s, u"lesson"_s, u"assignment"_s, u"submission"_s, u"feedback"_s, u"progress"_s};

int freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Waits until @p path contains @p text (a process's log); false after @p ms.
bool waitForText(const QString &path, const QByteArray &text, int ms)
{
    QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired()) {
        if (readFile(path).contains(text))
            return true;
        QThread::msleep(50);
    }
    return false;
}

/// Three hubs on one database and one folder, and HAProxy in front of them.
class Fleet
{
public:
    Fleet(const QString &pem, const QString &ca)
        : m_pem(pem)
        , m_ca(ca)
    {
        if (!m_database.isPostgres())
            qFatal("tst_fleet runs on PostgreSQL only (CONTINUITE_TEST_DATABASE=postgresql, set by ctest)");
        m_database.storage(1); // the schema, as `admin migrate` makes it
        for (int i = 0; i < HubCount; ++i)
            m_hubPorts << freePort();
        m_frontPort = freePort();
        m_statsPort = freePort();
        for (int i = 0; i < HubCount; ++i)
            m_hubs.push_back(std::make_unique<QProcess>());
    }
    ~Fleet()
    {
        for (auto &hub : m_hubs)
            stopProcess(*hub, SIGKILL);
        stopProcess(m_haproxy, SIGTERM);
    }

    static QString hubExecutable() { return QStringLiteral(CONTINUITE_HUB_EXE); }
    QString frontUrl() const { return u"https://127.0.0.1:%1"_s.arg(m_frontPort); }
    QString hubUrl(int i) const { return u"http://127.0.0.1:%1"_s.arg(m_hubPorts.at(i)); }
    QString blobDir() const { return m_data.path(); }
    QString databaseUrl() const { return m_database.url(); }
    QString logPath(int i) const { return m_logs.filePath(u"hub%1.log"_s.arg(i + 1)); }
    qint64 hubPid(int i) const { return m_hubs.at(i)->processId(); }
    QProcess &hub(int i) { return *m_hubs.at(i); }

    bool startHub(int i)
    {
        QProcess &p = *m_hubs.at(i);
        const QString log = logPath(i);
        QFile::remove(log);
        p.setStandardOutputFile(log, QIODevice::Append);
        p.setStandardErrorFile(log, QIODevice::Append);
        // As deploy/README.md runs them: the front is the trusted proxy that says who the client is.
        p.start(hubExecutable(), {u"serve"_s, u"--data"_s, blobDir(), u"--database"_s, databaseUrl(), u"--listen"_s,
                                  u"127.0.0.1:%1"_s.arg(m_hubPorts.at(i)), u"--workers"_s, u"4"_s, u"--trusted-proxy"_s,
                                  u"127.0.0.1"_s, u"--client-ip-header"_s, u"X-Forwarded-For"_s, u"--log-format"_s, u"json"_s});
        return p.waitForStarted() && waitForText(log, "listening", 30000);
    }

    /// Kills hub @p i with @p signal; its exit code (-1 for a crash or a signal's death).
    int stopHub(int i, int signal) { return stopProcess(*m_hubs.at(i), signal); }

    /// Starts HAProxy with the shipped configuration; @p without names a line to leave out of it (a negative control
    /// that shows what the line is for), and then the front is restarted on the same ports.
    bool startFront(const QByteArray &without = {})
    {
        stopProcess(m_haproxy, SIGTERM);
        QString config = QStringLiteral(CONTINUITE_SOURCE_DIR "/deploy/haproxy/continuite.cfg");
        if (!without.isEmpty()) {
            QByteArray text = readFile(config);
            const qsizetype at = text.indexOf(without);
            if (at < 0)
                return false;
            text.remove(at, without.size());
            config = m_logs.filePath(u"without.cfg"_s);
            QFile f(config);
            if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
                return false;
        }
        const QString global = m_logs.filePath(u"global.cfg"_s);
        QFile g(global);
        if (!g.open(QIODevice::WriteOnly) || g.write("global\n    log stderr format raw local0\n    maxconn 2000\n") <= 0)
            return false;
        g.close();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"CONTINUITE_FRONT"_s, u"127.0.0.1:%1"_s.arg(m_frontPort));
        env.insert(u"CONTINUITE_CERT"_s, m_pem);
        env.insert(u"CONTINUITE_STATS"_s, u"127.0.0.1:%1"_s.arg(m_statsPort));
        for (int i = 0; i < HubCount; ++i)
            env.insert(u"CONTINUITE_HUB%1"_s.arg(i + 1), u"127.0.0.1:%1"_s.arg(m_hubPorts.at(i)));
        m_haproxy.setProcessEnvironment(env);
        m_haproxy.setStandardOutputFile(m_logs.filePath(u"haproxy.log"_s));
        m_haproxy.setStandardErrorFile(m_logs.filePath(u"haproxy.log"_s), QIODevice::Append);
        m_haproxy.start(QStandardPaths::findExecutable(u"haproxy"_s, {u"/usr/sbin"_s, u"/usr/bin"_s}),
                        {u"-db"_s, u"-f"_s, global, u"-f"_s, config});
        return m_haproxy.waitForStarted() && waitUntilUp(HubCount, 30000);
    }
    QByteArray frontLog() const { return readFile(m_logs.filePath(u"haproxy.log"_s)); }

    /// The servers HAProxy's health checks find up in the syncs' backend (its statistics, as CSV).
    int serversUp()
    {
        HubTest::Client stats(u"http://127.0.0.1:%1"_s.arg(m_statsPort));
        const HubTest::HttpReply r = stats.request("GET", u"/;csv"_s);
        int up = 0;
        for (const QByteArray &line : r.body.split('\n')) {
            const QList<QByteArray> cols = line.split(',');
            if (cols.size() > 17 && cols.at(0) == "continuite_hubs" && cols.at(1).startsWith("hub") && cols.at(17) == "UP")
                ++up;
        }
        return up;
    }
    bool waitUntilUp(int count, int ms)
    {
        QDeadlineTimer deadline(ms);
        while (!deadline.hasExpired()) {
            if (serversUp() == count)
                return true;
            QThread::msleep(200);
        }
        return false;
    }

    /// `continuite-hub admin …` on the fleet's database; its exit code.
    int admin(const QStringList &args, const QByteArray &input = {}, QByteArray *output = nullptr)
    {
        QProcess p;
        p.start(hubExecutable(), QStringList{u"admin"_s} + args + QStringList{u"--database"_s, databaseUrl()});
        if (!p.waitForStarted())
            return -1;
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000))
            return -1;
        if (output)
            *output = p.readAllStandardOutput();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    /// A device of the school, signed in through the front (or straight to the hub at @p url).
    std::unique_ptr<Device> device(const QString &login, const QString &secret, qint64 rateCap = 0, const QString &url = {},
                                   std::function<void(qint64)> sent = {})
    {
        SyncEngine::Options o = fastOptions();
        o.transport.caFile = m_ca;
        o.transport.maxAttempts = 6;
        o.transport.rateCapBytesPerSecond = rateCap;
        if (sent) {
            // The transport counts from its construction: add up over the transports the engine makes.
            auto counted = std::make_shared<std::pair<qint64, qint64>>(0, 0); // before this transport, this one's last
            o.transport.progress = [counted, sent](qint64 up, qint64) {
                if (up < counted->second)
                    counted->first += counted->second;
                counted->second = up;
                sent(counted->first + up);
            };
        }
        auto d = std::make_unique<Device>(Store::Options{}, o);
        if (!d->login(url.isEmpty() ? frontUrl() : url, login, secret))
            return nullptr;
        return d;
    }

    /// The parts (unfinished uploads) hub @p i has open, by their file's name.
    QStringList openParts(int i) const
    {
        QStringList parts;
        const QDir fds(u"/proc/%1/fd"_s.arg(hubPid(i)));
        for (const QString &fd : fds.entryList(QDir::Files | QDir::System)) {
            const QString target = QFile::symLinkTarget(fds.filePath(fd));
            if (target.endsWith(u".part"_s))
                parts << target;
        }
        return parts;
    }

private:
    static int stopProcess(QProcess &p, int signal)
    {
        if (p.state() == QProcess::NotRunning)
            return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        ::kill(pid_t(p.processId()), signal);
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
        }
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    HubTest::TestDatabase m_database;
    QTemporaryDir m_data;
    QTemporaryDir m_logs;
    QString m_pem;
    QString m_ca;
    QList<int> m_hubPorts;
    int m_frontPort = 0;
    int m_statsPort = 0;
    std::vector<std::unique_ptr<QProcess>> m_hubs;
    QProcess m_haproxy;
};

/// Each blob file of the hub's folder is named by its own SHA-256; how many there are.
int verifiedBlobs(const QString &dir, bool *allIntact)
{
    int n = 0;
    *allIntact = true;
    QDirIterator it(dir + u"/blobs"_s, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        QCryptographicHash h(QCryptographicHash::Sha256);
        if (!f.open(QIODevice::ReadOnly) || !h.addData(&f) || QString::fromLatin1(h.result().toHex()) != it.fileName())
            *allIntact = false;
        ++n;
    }
    return n;
}

} // namespace

class tst_Fleet : public QObject
{
    Q_OBJECT

    QTemporaryDir m_keys;
    QString m_pem; ///< certificate and key, for HAProxy
    QString m_ca;  ///< the certificate alone, for the devices
    std::unique_ptr<Fleet> m_fleet;

    struct PupilRun
    {
        bool clean = false; ///< her hand-in and its file are on the hub
        QString error;
    };
    /// A pupil's device from start to end, on the calling thread: signs in (through the front, or at @p url), hands
    /// in @p file for @p assignment on a link of @p rateCap bytes/s, and syncs until all of it is on the hub.
    PupilRun handIn(const NewStudent &card, const QString &assignment, const QString &file, qint64 rateCap,
                    const QString &url = {}, std::function<void(qint64)> sent = {}, std::atomic<bool> *submitted = nullptr)
    {
        PupilRun run;
        auto d = m_fleet->device(card.member.login, card.pin, rateCap, url, std::move(sent));
        if (!d || !d->syncUntilClean()) {
            run.error = u"could not sign in and sync"_s;
        } else {
            Store::SubmissionInput in;
            in.assignmentId = assignment;
            in.text = u"Voici mon travail."_s;
            in.attachmentPaths << file;
            if (!d->store->submit(in))
                run.error = u"could not hand in"_s;
            if (submitted)
                *submitted = true;
            run.clean = run.error.isEmpty() && d->syncUntilClean(8) && d->pending() == 0;
            if (run.error.isEmpty() && !run.clean)
                run.error = u"her hand-in is not all on the hub"_s;
        }
        return run;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (QStandardPaths::findExecutable(u"haproxy"_s, {u"/usr/sbin"_s, u"/usr/bin"_s}).isEmpty()) {
            if (qEnvironmentVariable("CI") == u"true"_s)
                QFAIL("haproxy is not installed (Debian 12: apt-get install haproxy, see scripts/deps.sh)");
            QSKIP("haproxy is not installed (Debian 12: apt-get install haproxy)");
        }
        QVERIFY(m_keys.isValid());
        m_ca = m_keys.filePath(u"front.crt"_s);
        const QString key = m_keys.filePath(u"front.key"_s);
        QProcess p;
        p.start(QStandardPaths::findExecutable(u"openssl"_s),
                {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s, u"-nodes"_s,
                 u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s,
                 u"-keyout"_s, key, u"-out"_s, m_ca});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        m_pem = m_keys.filePath(u"front.pem"_s);
        QFile pem(m_pem);
        QVERIFY(pem.open(QIODevice::WriteOnly));
        pem.write(readFile(m_ca) + readFile(key));
    }

    void init()
    {
        m_fleet = std::make_unique<Fleet>(m_pem, m_ca);
        for (int i = 0; i < HubCount; ++i)
            QVERIFY2(m_fleet->startHub(i), readFile(m_fleet->logPath(i)).constData());
        QVERIFY2(m_fleet->startFront(), m_fleet->frontLog().constData());
        QCOMPARE(m_fleet->admin({u"add-teacher"_s, u"--login"_s, TeacherLogin, u"--name"_s, u"Mme Bernard"_s, u"--password-stdin"_s},
                                TeacherPassword.toUtf8() + '\n'),
                 0);
    }
    void cleanup()
    {
        if (QTest::currentTestFailed()) {
            for (int i = 0; i < HubCount; ++i)
                qWarning().noquote() << "hub" << i + 1 << "log tail:" << readFile(m_fleet->logPath(i)).right(3000);
            qWarning().noquote() << "haproxy log tail:" << m_fleet->frontLog().right(3000);
        }
        m_fleet.reset();
    }

    /// A class's day through the front: the teacher publishes, 27 pupils sign in and hand in (some with a photo)
    /// while one hub is killed and restarted and another is stopped and restarted, the teacher gives feedback and
    /// every pupil gets hers. Then every device holds what the hub holds, each hand-in is there once, every file
    /// verifies.
    void aSchoolDayThroughTheFront()
    {
        constexpr int Pupils = 27;
        auto laptop = m_fleet->device(TeacherLogin, TeacherPassword);
        QVERIFY(laptop);
        auto cls = laptop->store->createClass(u"4e C"_s);
        QVERIFY(cls);
        QList<NewStudent> cards;
        for (int i = 0; i < Pupils; ++i) {
            auto s = laptop->store->addStudent(cls->meta.id, u"Élève %1"_s.arg(i + 1));
            QVERIFY(s);
            cards << *s;
        }
        Store::LessonInput lesson;
        lesson.classId = cls->meta.id;
        lesson.title = u"La photosynthèse"_s;
        lesson.beforeClass = u"Lis la fiche et regarde le schéma."_s;
        auto l = laptop->store->createLesson(lesson);
        QVERIFY(l && laptop->store->publishLesson(l->meta.id));
        Store::AssignmentInput work;
        work.classId = cls->meta.id;
        work.title = u"Schéma de la feuille"_s;
        work.instructions = u"Dessine et légende une feuille."_s;
        auto a = laptop->store->createAssignment(work);
        QVERIFY(a && laptop->store->publishAssignment(a->meta.id));
        QVERIFY(laptop->syncUntilClean());

        QTemporaryDir photos;
        std::vector<std::unique_ptr<Device>> pupils;
        int withPhoto = 0;
        for (int i = 0; i < Pupils; ++i) {
            if (i == 9) // a hub dies (the OOM killer, a power cut): whatever it answered 2xx is kept
                QCOMPARE(m_fleet->stopHub(1, SIGKILL), -1);
            if (i == 14)
                QVERIFY(m_fleet->startHub(1));
            if (i == 18) // a hub stopped for an upgrade: it finishes what it has and exits cleanly
                QCOMPARE(m_fleet->stopHub(2, SIGTERM), 0);
            if (i == 23)
                QVERIFY(m_fleet->startHub(2));
            auto d = m_fleet->device(cards.at(i).member.login, cards.at(i).pin);
            QVERIFY2(d, qPrintable(cards.at(i).member.login));
            QVERIFY(d->syncUntilClean());
            Store::SubmissionInput in;
            in.assignmentId = a->meta.id;
            in.text = u"Ma feuille, par l’élève %1."_s.arg(i + 1);
            if (i % 3 == 0) {
                in.attachmentPaths << writeFile(photos.path(), u"feuille-%1.jpg"_s.arg(i), pseudoRandomBytes(150 * 1024 + i, quint32(i + 1)));
                ++withPhoto;
            }
            QVERIFY(d->store->submit(in));
            QVERIFY2(d->syncUntilClean(), qPrintable(cards.at(i).member.login));
            QCOMPARE(d->pending(), 0);
            pupils.push_back(std::move(d));
        }
        QVERIFY(m_fleet->waitUntilUp(HubCount, 30000));

        QVERIFY(laptop->syncUntilClean());
        const QList<Submission> handedIn = laptop->store->submissions(a->meta.id);
        QCOMPARE(handedIn.size(), Pupils);
        for (const Submission &s : handedIn)
            QVERIFY(laptop->store->giveFeedback(s.meta.id, u"Bien légendé."_s, 16.0));
        QVERIFY(laptop->syncUntilClean());
        for (auto &d : pupils) {
            QVERIFY(d->syncUntilClean());
            const QList<Submission> mine = d->store->submissions(a->meta.id);
            QCOMPARE(mine.size(), 1);
            QCOMPARE(d->store->feedback(mine.first().meta.id).size(), 1);
        }

        // What the hub holds, as a device signing in afresh receives it: the teacher's, and a few pupils'.
        auto fresh = m_fleet->device(TeacherLogin, TeacherPassword);
        QVERIFY(fresh && fresh->syncUntilClean());
        QCOMPARE(snapshot(*fresh->store, AllKinds), snapshot(*laptop->store, AllKinds));
        for (int i : {0, 10, 20, Pupils - 1}) {
            auto again = m_fleet->device(cards.at(i).member.login, cards.at(i).pin);
            QVERIFY(again && again->syncUntilClean());
            QCOMPARE(snapshot(*again->store, AllKinds), snapshot(*pupils.at(size_t(i))->store, AllKinds));
        }
        // Every hand-in once, every file there and whole (the teacher's device fetched them all from the fleet).
        QProcess psql;
        psql.start(u"psql"_s, {m_fleet->databaseUrl(), u"-Atc"_s,
                               u"SELECT count(*), count(DISTINCT id) FROM rows WHERE kind = 'submission'"_s});
        QVERIFY(psql.waitForFinished(30000));
        QCOMPARE(psql.readAllStandardOutput().trimmed(), QByteArray::number(Pupils) + '|' + QByteArray::number(Pupils));
        bool intact = false;
        QCOMPARE(verifiedBlobs(m_fleet->blobDir(), &intact), withPhoto);
        QVERIFY(intact);
        int onLaptop = 0;
        QVERIFY(allBlobsIntact(*laptop->store, &onLaptop));
        QCOMPARE(onLaptop, withPhoto);
    }

    /// A pupil's photo on a slow link: the hub receiving it is killed half-way; the upload goes on through another
    /// hub from where the shared folder has it, not from the start.
    void anUploadCutGoesOnThroughAnotherHub()
    {
        auto laptop = m_fleet->device(TeacherLogin, TeacherPassword);
        QVERIFY(laptop);
        auto cls = laptop->store->createClass(u"4e D"_s);
        QVERIFY(cls);
        auto card = laptop->store->addStudent(cls->meta.id, u"Lina"_s);
        Store::AssignmentInput work;
        work.classId = cls->meta.id;
        work.title = u"Photo du montage"_s;
        auto a = laptop->store->createAssignment(work);
        QVERIFY(card && a && laptop->store->publishAssignment(a->meta.id));
        QVERIFY(laptop->syncUntilClean());

        constexpr qint64 Size = 2 * 1024 * 1024;
        QTemporaryDir dir;
        const QString photo = writeFile(dir.path(), u"montage.jpg"_s, pseudoRandomBytes(Size, 42));
        // Lina's phone, on its own thread from start to end (a store belongs to the thread that opened it).
        std::atomic<qint64> sent{0}; // bytes her phone put on the wire, in flight included
        std::atomic<bool> handedIn{false};
        PupilRun lina;
        std::atomic<bool> finished{false};
        std::thread phone([&] {
            lina = handIn(*card, a->meta.id, photo, 256 * 1024, {}, [&](qint64 up) { sent = up; }, &handedIn);
            finished = true;
        });
        int killed = -1;
        qint64 partAtKill = 0;
        qint64 sentAtKill = 0;
        QDeadlineTimer deadline(120000);
        while (killed < 0 && !deadline.hasExpired() && !finished) {
            for (int i = 0; i < HubCount && killed < 0; ++i) {
                const QStringList parts = handedIn ? m_fleet->openParts(i) : QStringList();
                if (!parts.isEmpty() && QFileInfo(parts.first()).size() > Size / 2) {
                    partAtKill = QFileInfo(parts.first()).size();
                    sentAtKill = sent;
                    QCOMPARE(m_fleet->stopHub(i, SIGKILL), -1);
                    killed = i;
                }
            }
            QThread::msleep(20);
        }
        phone.join();
        QVERIFY2(killed >= 0, "no hub was seen receiving the upload");
        QVERIFY2(lina.clean, qPrintable(lina.error));
        // Started again from zero, at least the whole file would go after the kill; resumed, what was missing.
        const qint64 after = sent - sentAtKill;
        qInfo() << "part on the shared folder at the kill" << partAtKill << "B; sent after it" << after << "B";
        QVERIFY2(after < Size - partAtKill / 2, qPrintable(u"%1 bytes sent after the kill"_s.arg(after)));
        QVERIFY(after >= Size - partAtKill - 64 * 1024);
        bool intact = false;
        QCOMPARE(verifiedBlobs(m_fleet->blobDir(), &intact), 1);
        QVERIFY(intact);
        QVERIFY(m_fleet->startHub(killed));
        QVERIFY(laptop->syncUntilClean());
        int onLaptop = 0;
        QVERIFY(allBlobsIntact(*laptop->store, &onLaptop));
        QCOMPARE(onLaptop, 1);
    }

    /// A hub stopped for an upgrade (SIGTERM) while a pupil's photo is arriving: it takes no new connection (the
    /// front sends every new request to the others at once, none is refused or left waiting), finishes the upload it
    /// is receiving (answered by that hub, nothing sent twice) and exits cleanly.
    void aStoppingHubFinishesWhatItReceivesAndTakesNothingNew()
    {
        auto laptop = m_fleet->device(TeacherLogin, TeacherPassword);
        QVERIFY(laptop);
        auto cls = laptop->store->createClass(u"4e F"_s);
        QVERIFY(cls);
        auto card = laptop->store->addStudent(cls->meta.id, u"Maé"_s);
        Store::AssignmentInput work;
        work.classId = cls->meta.id;
        work.title = u"Photo de la maquette"_s;
        auto a = laptop->store->createAssignment(work);
        QVERIFY(card && a && laptop->store->publishAssignment(a->meta.id));
        QVERIFY(laptop->syncUntilClean());

        // 1 MiB at 256 KiB/s: four seconds on the wire; stopped half-way, what is left fits in the hub's grace (5 s).
        constexpr qint64 Size = 1024 * 1024;
        QTemporaryDir dir;
        const QString photo = writeFile(dir.path(), u"maquette.jpg"_s, pseudoRandomBytes(Size, 43));
        // A front's connections to every hub, kept open (as HAProxy's http-reuse keeps them).
        std::vector<std::unique_ptr<HubTest::Client>> kept;
        for (int i = 0; i < HubCount; ++i) {
            kept.push_back(std::make_unique<HubTest::Client>(m_fleet->hubUrl(i)));
            QCOMPARE(kept.back()->request("GET", u"/v1/version"_s).status, 200);
        }
        std::atomic<qint64> sent{0};
        std::atomic<bool> handedIn{false};
        PupilRun mae;
        std::atomic<bool> finished{false};
        std::thread phone([&] {
            mae = handIn(*card, a->meta.id, photo, 256 * 1024, {}, [&](qint64 up) { sent = up; }, &handedIn);
            finished = true;
        });
        int stopped = -1;
        qint64 partAtStop = 0;
        qint64 sentAtStop = 0;
        QDeadlineTimer deadline(120000);
        while (stopped < 0 && !deadline.hasExpired() && !finished) {
            for (int i = 0; i < HubCount && stopped < 0; ++i) {
                const QStringList parts = handedIn ? m_fleet->openParts(i) : QStringList();
                if (!parts.isEmpty() && QFileInfo(parts.first()).size() > Size / 2) {
                    partAtStop = QFileInfo(parts.first()).size();
                    sentAtStop = sent;
                    QVERIFY(::kill(pid_t(m_fleet->hubPid(i)), SIGTERM) == 0);
                    stopped = i;
                }
            }
            QThread::msleep(20);
        }
        if (stopped < 0) {
            phone.join();
            QFAIL("no hub was seen receiving the upload");
        }
        // While it finishes the upload: a new connection to it is refused at once (not left in its queue unserved)...
        const QString log = m_fleet->logPath(stopped);
        QVERIFY(waitForText(log, "stopping", 5000));
        const bool uploadStillRunning = !finished;
        QTcpSocket knock;
        knock.connectToHost(QHostAddress::LocalHost, quint16(QUrl(m_fleet->hubUrl(stopped)).port()));
        const bool connected = knock.waitForConnected(1000);
        const QAbstractSocket::SocketError why = knock.error();
        knock.abort();
        // ...a request on a connection kept open before the stop is served (not sent away for Retry-After's 5 s), and
        // that connection is closed after it, so the next one goes elsewhere.
        const HubTest::HttpReply onKept = kept.at(size_t(stopped))->request("GET", u"/v1/version"_s);
        // ...and what reaches the front meanwhile is served by the other hubs, none refused nor held up.
        QList<int> statuses;
        for (int i = 0; i < 12; ++i) {
            HubTest::Client c(m_fleet->frontUrl());
            c.caFile = QFile::encodeName(m_ca);
            statuses << c.request("GET", u"/v1/version"_s).status;
        }
        const int exitCode = m_fleet->hub(stopped).waitForFinished(60000) ? m_fleet->stopHub(stopped, SIGTERM) : -2;
        phone.join();
        QVERIFY2(uploadStillRunning, "the upload ended before the hub was told to stop: nothing was in flight");
        QVERIFY2(!connected && why == QAbstractSocket::ConnectionRefusedError,
                 qPrintable(u"a new connection to the stopping hub: %1"_s.arg(connected ? u"accepted"_s : QString::number(why))));
        QCOMPARE(statuses, QList<int>(12, 200));
        QCOMPARE(onKept.status, 200);
        QVERIFY(onKept.header("Connection").toLower().contains("close"));
        QCOMPARE(exitCode, 0);
        QVERIFY2(mae.clean, qPrintable(mae.error));
        // The stopping hub answered the upload itself, after it was told to stop, and nothing went twice.
        const QByteArray text = readFile(log);
        const QRegularExpression answered(u"\"endpoint\":\"upload\".*\"status\":20[01]"_s);
        QVERIFY2(QString::fromUtf8(text.mid(text.indexOf("stopping"))).contains(answered),
                 "the upload in flight was not answered by the hub that received it");
        const qint64 after = sent - sentAtStop;
        qInfo() << "part at the stop" << partAtStop << "B; sent after it" << after << "B";
        QVERIFY2(after <= Size - partAtStop + 64 * 1024, qPrintable(u"%1 bytes sent after the stop"_s.arg(after)));
        bool intact = false;
        QCOMPARE(verifiedBlobs(m_fleet->blobDir(), &intact), 1);
        QVERIFY(intact);
        QVERIFY(m_fleet->startHub(stopped));
        QVERIFY(m_fleet->waitUntilUp(HubCount, 30000));
    }

    /// Two pupils hand in the same file at once, each reaching another hub: one upload goes on, the other waits
    /// its turn (409, then finds the file there), and the two never write into one part file together (which
    /// mixes their bytes: the hash fails, 422, and both start again).
    void twoHubsReceivingOneFileAtOnceStaySafe()
    {
        auto laptop = m_fleet->device(TeacherLogin, TeacherPassword);
        QVERIFY(laptop);
        auto cls = laptop->store->createClass(u"4e E"_s);
        QVERIFY(cls);
        auto ana = laptop->store->addStudent(cls->meta.id, u"Ana"_s);
        auto ben = laptop->store->addStudent(cls->meta.id, u"Ben"_s);
        Store::AssignmentInput work;
        work.classId = cls->meta.id;
        work.title = u"La fiche du TP"_s;
        auto a = laptop->store->createAssignment(work);
        QVERIFY(ana && ben && a && laptop->store->publishAssignment(a->meta.id));
        QVERIFY(laptop->syncUntilClean());

        constexpr qint64 Size = 1536 * 1024;
        QTemporaryDir dir;
        const QString sheet = writeFile(dir.path(), u"fiche.pdf"_s, pseudoRandomBytes(Size, 7)); // the same file for both
        PupilRun anaRun, benRun;
        std::thread anaPhone([&] { anaRun = handIn(*ana, a->meta.id, sheet, 192 * 1024, m_fleet->hubUrl(0)); });
        std::thread benPhone([&] { benRun = handIn(*ben, a->meta.id, sheet, 192 * 1024, m_fleet->hubUrl(1)); });
        anaPhone.join();
        benPhone.join();
        QVERIFY2(anaRun.clean, qPrintable(anaRun.error));
        QVERIFY2(benRun.clean, qPrintable(benRun.error));
        bool intact = false;
        QCOMPARE(verifiedBlobs(m_fleet->blobDir(), &intact), 1);
        QVERIFY(intact);
        const QRegularExpression mixed(u"\"endpoint\":\"upload\".*\"status\":422"_s);
        for (int i = 0; i < HubCount; ++i)
            QVERIFY2(!QString::fromUtf8(readFile(m_fleet->logPath(i))).contains(mixed), "an upload's bytes were mixed with another's");
        // Both hand-ins reach the teacher with the file.
        QVERIFY(laptop->syncUntilClean());
        QCOMPARE(laptop->store->submissions(a->meta.id).size(), 2);
        int onLaptop = 0;
        QVERIFY(allBlobsIntact(*laptop->store, &onLaptop));
        QCOMPARE(onLaptop, 1);
    }

    /// What an operator watches: each hub's /metrics (Prometheus) counts what it served, read from the operators'
    /// network only (never through the front, nor by a request the front passed on); every request has an id, the
    /// client's own (the app's) or the front's, in the answer and in the hub's log, one JSON object a line.
    void operatorsSeeMetricsAndRequestIds()
    {
        auto laptop = m_fleet->device(TeacherLogin, TeacherPassword);
        QVERIFY(laptop && laptop->syncUntilClean());
        qint64 syncs = 0;
        for (int i = 0; i < HubCount; ++i) {
            HubTest::Client scraper(m_fleet->hubUrl(i));
            const HubTest::HttpReply r = scraper.request("GET", u"/metrics"_s);
            QCOMPARE(r.status, 200);
            QVERIFY(r.headers.value("content-type").startsWith("text/plain; version=0.0.4"));
            QVERIFY(r.body.contains("continuite_hub_in_flight "));
            QVERIFY(r.body.contains("continuite_hub_request_duration_seconds_bucket{endpoint=\"health\",le=\"+Inf\"}"));
            const QRegularExpression counted(u"continuite_hub_requests_total\\{endpoint=\"sync\",status=\"200\"\\} (\\d+)"_s);
            const QRegularExpressionMatch m = counted.match(QString::fromUtf8(r.body));
            if (m.hasMatch())
                syncs += m.captured(1).toLongLong();
        }
        QVERIFY2(syncs >= 1, "the teacher's syncs are counted by the hubs that served them");
        // Not from the public: through the front (denied there), nor straight with the front's header (passed on).
        HubTest::Client viaFront(m_fleet->frontUrl());
        viaFront.caFile = QFile::encodeName(m_ca);
        QCOMPARE(viaFront.request("GET", u"/metrics"_s).status, 404);
        // Nor encoded (the hubs decode what the front's rules would not see), nor a sign-in past its own places.
        // (Without a body: h2 may cancel a refused request's stream before the client reads the answer.)
        for (const QString &path : {u"/%6detrics"_s, u"/v1/%6cogin"_s}) {
            HubTest::Client encoded(m_fleet->frontUrl());
            encoded.caFile = viaFront.caFile;
            QCOMPARE(encoded.request("GET", path).status, 400);
        }
        HubTest::Client passedOn(m_fleet->hubUrl(0));
        QCOMPARE(passedOn.request("GET", u"/metrics"_s, {}, {"X-Forwarded-For: 203.0.113.5"}).status, 404);

        // The id a client sends is in the log of the hub that served it, and comes back with an answer that is not a
        // success (a success does not repeat it: the client has it); a forged one is replaced, and said.
        const HubTest::HttpReply mine = viaFront.request("GET", u"/v1/version"_s, {}, {"X-Request-Id: pupil-42.7"});
        QCOMPARE(mine.status, 200);
        QVERIFY(!mine.headers.contains("x-request-id"));
        const HubTest::HttpReply refused = viaFront.request("GET", u"/v1/devices"_s, {}, {"X-Request-Id: pupil-42.8"});
        QCOMPARE(refused.status, 401);
        QCOMPARE(refused.headers.value("x-request-id"), QByteArray("pupil-42.8"));
        // Two ids, a sane one last: the front gives the request its own.
        const HubTest::HttpReply two = viaFront.request("GET", u"/v1/devices"_s, {}, {"X-Request-Id: a\"b", "X-Request-Id: ok-2"});
        QCOMPARE(two.status, 401);
        QVERIFY(!two.headers.value("x-request-id").isEmpty());
        QVERIFY(two.headers.value("x-request-id") != "ok-2" && !two.headers.value("x-request-id").contains('"'));
        HubTest::Client straight(m_fleet->hubUrl(1));
        const HubTest::HttpReply forged = straight.request("GET", u"/v1/version"_s, {}, {"X-Request-Id: a\"b,\"status\":200"});
        QVERIFY(QRegularExpression(u"^[0-9a-f]{16}$"_s).match(QString::fromLatin1(forged.headers.value("x-request-id"))).hasMatch());
        bool found = false;
        for (int i = 0; i < HubCount; ++i) {
            for (const QByteArray &line : readFile(m_fleet->logPath(i)).split('\n')) {
                if (line.isEmpty())
                    continue;
                QJsonParseError error;
                const QJsonObject o = QJsonDocument::fromJson(line, &error).object();
                QVERIFY2(error.error == QJsonParseError::NoError && !o.isEmpty(), line.constData()); // every line one object
                if (o.value(u"id"_s).toString() == u"pupil-42.7"_s)
                    found = o.value(u"endpoint"_s).toString() == u"version"_s && o.value(u"status"_s).toInt() == 200;
            }
        }
        QVERIFY2(found, "the request's id is in the log line of the hub that served it");
        // The app sends one too: its syncs are logged under ids of its own (8 hex digits and the attempt).
        QVERIFY(QRegularExpression(u"\"id\":\"[0-9a-f]{8}-1\""_s).match(QString::fromUtf8(readFile(m_fleet->logPath(0)) + readFile(m_fleet->logPath(1)) + readFile(m_fleet->logPath(2)))).hasMatch());
    }

    /// A token the administrator revoked is refused by every hub at once (no process keeps sessions: PROTOCOL.md);
    /// another device's token goes on working on all of them.
    void aRevokedTokenIsRefusedByEveryHub()
    {
        HubTest::Client stolen(m_fleet->frontUrl());
        stolen.caFile = QFile::encodeName(m_ca);
        QVERIFY(stolen.login(TeacherLogin, TeacherPassword));
        HubTest::Client kept(m_fleet->frontUrl());
        kept.caFile = stolen.caFile;
        QVERIFY(kept.login(TeacherLogin, TeacherPassword));
        for (int i = 0; i < HubCount; ++i) {
            for (HubTest::Client *c : {&stolen, &kept}) {
                HubTest::Client direct(m_fleet->hubUrl(i));
                direct.token = c->token;
                direct.sync();
                QCOMPARE(direct.lastStatus, 200);
            }
        }
        QCOMPARE(m_fleet->admin({u"revoke"_s, u"--device"_s, stolen.deviceId}), 0);
        for (int i = 0; i < HubCount; ++i) {
            HubTest::Client direct(m_fleet->hubUrl(i));
            direct.token = stolen.token;
            direct.sync();
            QCOMPARE(direct.lastStatus, 401);
            HubTest::Client other(m_fleet->hubUrl(i));
            other.token = kept.token;
            other.sync();
            QCOMPARE(other.lastStatus, 200);
        }
    }

    /// Sign-ins trickled in through the front (TLS, a few bytes every quarter second from one address, as a phone on
    /// a bad link or someone who wants the sign-ins down) hold no hub's place: the front reads a sign-in's body whole
    /// before it takes one of the hubs' few places (argon2id: 64 MB and a quarter second each), so a teacher signing
    /// in meanwhile from another address goes in. Without that line of the configuration, the same trickle keeps her
    /// out: the line is what holds.
    void trickledSignInsHoldNoPlaceAtTheFront()
    {
        auto honestSignIns = [&](int count) {
            QList<int> statuses;
            for (int i = 0; i < count; ++i) {
                HubTest::Client laptop(m_fleet->frontUrl());
                laptop.caFile = QFile::encodeName(m_ca);
                laptop.localAddress = "127.0.0.2";
                statuses << laptop.post(u"/v1/login"_s, {{u"login"_s, TeacherLogin}, {u"password"_s, TeacherPassword},
                                                         {u"device_id"_s, laptop.deviceId}, {u"device_name"_s, u"portable"_s}})
                                .status;
            }
            return statuses;
        };
        // 24 connections from 127.0.0.3, each announcing a 7,000-byte sign-in and sending 20 bytes every 250 ms.
        auto trickle = [&](int seconds) {
            constexpr int Tricklers = 24;
            std::vector<std::unique_ptr<QSslSocket>> sockets;
            for (int i = 0; i < Tricklers; ++i) {
                auto s = std::make_unique<QSslSocket>();
                s->bind(QHostAddress(u"127.0.0.3"_s));
                s->setPeerVerifyMode(QSslSocket::VerifyNone);
                s->connectToHostEncrypted(u"127.0.0.1"_s, quint16(QUrl(m_fleet->frontUrl()).port()));
                sockets.push_back(std::move(s));
            }
            for (auto &s : sockets) {
                if (!s->waitForEncrypted(10000))
                    return -1;
                s->write("POST /v1/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                         "Content-Length: 7000\r\n\r\n{\"login\":\"");
                s->flush();
            }
            QDeadlineTimer until(seconds * 1000);
            while (!until.hasExpired()) {
                for (auto &s : sockets) {
                    if (s->state() == QAbstractSocket::ConnectedState)
                        s->write(QByteArray(20, 'a'));
                    s->flush();
                }
                QTest::qWait(250);
            }
            int open = 0;
            for (auto &s : sockets)
                open += s->state() == QAbstractSocket::ConnectedState ? 1 : 0;
            return open;
        };
        // The trickle runs on this thread's event loop while the teacher signs in on another.
        auto underTrickle = [&](int seconds, int attempts, QList<int> *statuses) {
            std::thread teacher([&] {
                QThread::msleep(1500); // the trickled heads have reached the front (and, without the line, the hubs)
                *statuses = honestSignIns(attempts);
            });
            const int open = trickle(seconds);
            teacher.join();
            return open;
        };

        QList<int> withTheLine;
        QVERIFY(underTrickle(6, 6, &withTheLine) >= 0);
        qInfo() << "sign-ins beside the trickle, shipped configuration:" << withTheLine;
        QCOMPARE(withTheLine, QList<int>(6, 200));

        // The negative control: the same trickle against the front without `option http-buffer-request`.
        QVERIFY2(m_fleet->startFront("    option http-buffer-request\n"), m_fleet->frontLog().right(2000).constData());
        QList<int> withoutTheLine;
        QVERIFY(underTrickle(6, 6, &withoutTheLine) >= 0);
        qInfo() << "sign-ins beside the trickle, without the line:" << withoutTheLine;
        QVERIFY2(withoutTheLine.count(200) < withoutTheLine.size(), "the trickle did not bite: the test proves nothing");
    }

    /// Failed sign-ins spread over the three hubs count once: after the free failures for one login, every hub
    /// makes the guesser wait, whichever hub the failures reached; below them, the right password goes in.
    void theSignInThrottleHoldsAcrossHubs()
    {
        const QByteArray guesser = "X-Forwarded-For: 198.51.100.7";
        auto attempt = [&](int hub, const QString &password) {
            HubTest::Client c(m_fleet->hubUrl(hub));
            const HubTest::HttpReply r = c.post(u"/v1/login"_s, {{u"login"_s, TeacherLogin}, {u"password"_s, password},
                                                                 {u"device_id"_s, c.deviceId}, {u"device_name"_s, u"x"_s}},
                                                {guesser});
            return r;
        };
        // Positive control: four failures over the hubs, under the five free ones: the right password goes in.
        for (int i = 0; i < 4; ++i)
            QCOMPARE(attempt(i % HubCount, u"wrong-%1"_s.arg(i)).status, 401);
        QCOMPARE(attempt(0, TeacherPassword).status, 200);
        // Then six failures, two on each hub: a seventh attempt is refused on every hub, with the wait to keep.
        for (int i = 0; i < 6; ++i) {
            const int status = attempt(i % HubCount, u"guess-%1"_s.arg(i)).status;
            QVERIFY2(status == 401 || status == 429, qPrintable(QString::number(status)));
        }
        for (int hub = 0; hub < HubCount; ++hub) {
            const HubTest::HttpReply r = attempt(hub, TeacherPassword);
            QCOMPARE(r.status, 429);
            QVERIFY(r.headers.value("retry-after").toInt() > 0);
        }
        // Through the front, what a client writes in X-Forwarded-For is replaced by its own address: failures on
        // made-up logins, each claiming another address, lock the one they come from; the front passes the hub's
        // 429 and its Retry-After on.
        HubTest::Client viaFront(m_fleet->frontUrl());
        viaFront.caFile = QFile::encodeName(m_ca);
        auto spoofed = [&](int i) {
            return viaFront.post(u"/v1/login"_s, {{u"login"_s, u"inconnu.%1"_s.arg(i)}, {u"password"_s, u"x"_s},
                                                  {u"device_id"_s, viaFront.deviceId}, {u"device_name"_s, u"x"_s}},
                                 {"X-Forwarded-For: 203.0.113." + QByteArray::number(i % 250 + 1)});
        };
        for (int i = 0; i < Hub::LoginThrottle::FreeFailuresPerAddress; ++i)
            QCOMPARE(spoofed(i).status, 401);
        const HubTest::HttpReply r = spoofed(1000);
        QCOMPARE(r.status, 429);
        QVERIFY(r.headers.value("retry-after").toInt() > 0);
        QCOMPARE(r.json().value(u"error"_s).toString(), u"too_many_attempts"_s);
    }
};

QTEST_GUILESS_MAIN(tst_Fleet)
#include "tst_fleet.moc"
