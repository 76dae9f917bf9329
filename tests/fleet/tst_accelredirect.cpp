// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// Files sent by the front (issue 13): the hub run with --accel-redirect behind real nginx (Debian 12's 1.22) running
// the shipped deploy/nginx/continuite.conf over TLS. The hub says who may read a file; nginx sends its bytes from the
// hub's folder. A pupil's device downloads and resumes through it; nobody reaches the files round the hub's check.

#include "../hub/hubtestkit.h"
#include "../sync/synctestkit.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>
#include <QThread>

#include <csignal>

#include <sys/stat.h>

using namespace SyncTest;

namespace {

constexpr auto Prefix = "/continuite-blobs/";

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

QString sha256Of(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

/// What the hub's /metrics says it sent for downloads (body bytes), read on its own address; -1 when it says nothing
/// (before any download, or if the metric went: a test comparing with it then fails instead of passing on 0).
qint64 mediaBytesSent(const QString &hubUrl)
{
    HubTest::Client scraper(hubUrl);
    const HubTest::HttpReply r = scraper.request("GET", u"/metrics"_s);
    const QRegularExpression line(u"continuite_hub_sent_bytes_total\\{endpoint=\"media\"\\} (\\d+)"_s);
    const QRegularExpressionMatch m = line.match(QString::fromUtf8(r.body));
    return m.hasMatch() ? m.captured(1).toLongLong() : -1;
}

/**
 * deploy/README.md §9 step 3, played on @p hubDir as written, for nginx's workers running as nobody: the group of their
 * own is `nogroup` here (no groupadd nor usermod on the machine that runs the tests: nobody is in nogroup already), the
 * folder is the hub's. The command is read from the README, so that a step changed there is the step tested. Empty:
 * done; else why not.
 */
QString playReadmeGroupSteps(const QString &hubDir)
{
    const QString readme = QString::fromUtf8(readFile(QStringLiteral(CONTINUITE_SOURCE_DIR "/deploy/README.md")));
    const QRegularExpressionMatch m = QRegularExpression(u"`(groupadd continuite-files;[^`]*)`"_s).match(readme);
    if (!m.hasMatch())
        return u"no `groupadd continuite-files; …` command in deploy/README.md §9"_s;
    if (!readme.contains(u"UMask=0027"_s))
        return u"deploy/README.md §9 no longer says UMask=0027"_s;
    QStringList run;
    for (QString command : m.captured(1).simplified().split(u';', Qt::SkipEmptyParts)) {
        command = command.trimmed();
        if (command.startsWith(u"groupadd "_s) || command.startsWith(u"usermod "_s))
            continue; // the group and its member: nogroup and nobody stand for them
        run << command.replace(u"continuite-files"_s, u"nogroup"_s).replace(u"/srv/continuite"_s, hubDir);
    }
    QProcess bash;
    bash.setProcessChannelMode(QProcess::MergedChannels);
    bash.start(u"bash"_s, {u"-O"_s, u"nullglob"_s, u"-e"_s, u"-c"_s, run.join(u"\n"_s)});
    if (!bash.waitForFinished(30000) || bash.exitStatus() != QProcess::NormalExit || bash.exitCode() != 0)
        return u"the README's steps failed: "_s + run.join(u"; "_s) + u": "_s + QString::fromUtf8(bash.readAll());
    return {};
}

/// Whether the user nobody (nginx's workers here), in no group but nogroup, can read @p path.
bool nobodyReads(const QString &path)
{
    QProcess cat;
    cat.start(u"setpriv"_s, {u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s, u"cat"_s, path});
    return cat.waitForFinished(10000) && cat.exitStatus() == QProcess::NormalExit && cat.exitCode() == 0;
}

} // namespace

class tst_AccelRedirect : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<HubTest::TestHub> m_hub;
    QProcess m_nginx;
    int m_port = 0;
    bool m_asRoot = false; ///< nginx's workers run as nobody and the README's group steps were played
    QString m_ca;

    QString frontUrl() const { return u"https://127.0.0.1:%1"_s.arg(m_port); }

    std::unique_ptr<Device> device(const QString &login, const QString &secret, const QString &url = {})
    {
        SyncEngine::Options o = fastOptions();
        o.transport.caFile = m_ca;
        auto d = std::make_unique<Device>(Store::Options{}, o);
        if (!d->login(url.isEmpty() ? frontUrl() : url, login, secret))
            return nullptr;
        return d;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString nginx = QStandardPaths::findExecutable(u"nginx"_s, {u"/usr/sbin"_s, u"/usr/bin"_s});
        if (nginx.isEmpty()) {
            if (qEnvironmentVariable("CI") == u"true"_s)
                QFAIL("nginx is not installed (Debian 12: apt-get install nginx, see scripts/deps.sh)");
            QSKIP("nginx is not installed (Debian 12: apt-get install nginx)");
        }
        QVERIFY(m_dir.isValid());
        // Run as root (CI): nginx's workers run as nobody, as www-data would, and read the hub's files only as the
        // README's steps allow them (§9 step 3: the hub's UMask=0027, a group of their own, the folders setgid). A
        // permission mistake there shows here. Not root: nginx runs as this user, and the steps are not played.
        m_asRoot = ::geteuid() == 0;
        if (m_asRoot)
            ::umask(0027);
        Continuite::Hub::HubLimits limits;
        limits.trustedProxy = u"127.0.0.1"_s;
        limits.clientIpHeader = u"X-Forwarded-For"_s;
        limits.accelRedirectPrefix = QString::fromLatin1(Prefix);
        m_hub = std::make_unique<HubTest::TestHub>(limits);

        m_ca = m_dir.filePath(u"front.crt"_s);
        const QString key = m_dir.filePath(u"front.key"_s);
        QProcess openssl;
        openssl.start(QStandardPaths::findExecutable(u"openssl"_s),
                      {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s, u"-nodes"_s,
                       u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s,
                       u"-keyout"_s, key, u"-out"_s, m_ca});
        QVERIFY(openssl.waitForFinished(60000) && openssl.exitCode() == 0);

        // The shipped file, with this test's addresses and paths in place of the examples it gives.
        QByteArray site = readFile(QStringLiteral(CONTINUITE_SOURCE_DIR "/deploy/nginx/continuite.conf"));
        m_port = freePort();
        const struct
        {
            QByteArray from, to;
        } swaps[] = {{"server 127.0.0.1:8081", "server 127.0.0.1:" + QByteArray::number(QUrl(m_hub->url()).port())},
                     {"listen 443 ssl http2", "listen 127.0.0.1:" + QByteArray::number(m_port) + " ssl http2"},
                     {"/etc/nginx/certs/continuite.crt", QFile::encodeName(m_ca)},
                     {"/etc/nginx/certs/continuite.key", QFile::encodeName(key)},
                     {"/var/lib/continuite-hub/blobs/", QFile::encodeName(m_hub->dataDir()) + "/blobs/"}};
        for (const auto &s : swaps) {
            QVERIFY2(site.contains(s.from), s.from.constData());
            site.replace(s.from, s.to);
        }
        if (m_asRoot) {
            const QString failed = playReadmeGroupSteps(m_hub->dataDir());
            QVERIFY2(failed.isEmpty(), qPrintable(failed));
            // The hub's folder as `install -d` makes it (README §2, 0755); the test's own folder lets nginx's workers
            // reach their temporary files.
            QVERIFY(QFile::setPermissions(m_hub->dataDir(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                                | QFileDevice::ReadGroup | QFileDevice::ExeGroup
                                                                | QFileDevice::ReadOther | QFileDevice::ExeOther));
            QVERIFY(QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                            | QFileDevice::ExeGroup | QFileDevice::ExeOther));
        }
        const QString prefix = m_dir.filePath(u"nginx"_s);
        QVERIFY(QDir().mkpath(prefix + u"/logs"_s));
        QFile conf(prefix + u"/nginx.conf"_s);
        QVERIFY(conf.open(QIODevice::WriteOnly));
        // Root in CI: the workers run as nobody, in nogroup (the README's continuite-files); nginx ignores it otherwise.
        conf.write((m_asRoot ? "user nobody nogroup;\n" : "") + QByteArray("worker_processes 1;\nerror_log logs/error.log;\n"
                   "pid logs/nginx.pid;\nevents { worker_connections 256; }\nhttp {\n"
                   "    access_log logs/access.log;\n    client_body_temp_path logs/body;\n    proxy_temp_path logs/proxy;\n"
                   "    fastcgi_temp_path logs/fcgi;\n    uwsgi_temp_path logs/uwsgi;\n    scgi_temp_path logs/scgi;\n")
                   + site + "}\n");
        conf.close();
        m_nginx.setProcessChannelMode(QProcess::MergedChannels);
        m_nginx.start(nginx, {u"-p"_s, prefix, u"-c"_s, prefix + u"/nginx.conf"_s, u"-g"_s, u"daemon off;"_s});
        QVERIFY(m_nginx.waitForStarted());
        QDeadlineTimer up(20000);
        bool answering = false;
        while (!answering && !up.hasExpired() && m_nginx.state() == QProcess::Running) {
            HubTest::Client c(frontUrl());
            c.caFile = QFile::encodeName(m_ca);
            answering = c.request("GET", u"/v1/version"_s).status == 200;
            if (!answering)
                QThread::msleep(100);
        }
        QVERIFY2(answering, QByteArray(m_nginx.readAll() + readFile(prefix + u"/logs/error.log"_s)).constData());
    }

    void cleanupTestCase()
    {
        if (m_nginx.state() == QProcess::Running) {
            ::kill(pid_t(m_nginx.processId()), SIGQUIT);
            if (!m_nginx.waitForFinished(10000))
                m_nginx.kill();
        }
        m_hub.reset();
    }

    /// A lesson's video goes up through nginx and comes down to a pupil's laptop through it: nginx sends the bytes, the
    /// hub none; a download cut half-way resumes from where it was, nginx sending the rest only.
    void aPupilsFilesComeFromTheFront()
    {
        m_hub->server().engine().addTeacher(u"mme.roux"_s, u"Mme Roux"_s, "fichiers-2026", true);
        auto laptop = device(u"mme.roux"_s, u"fichiers-2026"_s);
        QVERIFY(laptop);
        auto cls = laptop->store->createClass(u"5e A"_s);
        QVERIFY(cls);
        auto card = laptop->store->addStudent(cls->meta.id, u"Inès"_s);
        QVERIFY(card);
        const QByteArray video = pseudoRandomBytes(600 * 1024, 77);
        Store::LessonInput lesson;
        lesson.classId = cls->meta.id;
        lesson.title = u"Les volcans"_s;
        lesson.beforeClass = u"Regarde la vidéo."_s;
        lesson.attachmentPaths << writeFile(m_dir.path(), u"volcans.webm"_s, video);
        auto l = laptop->store->createLesson(lesson);
        QVERIFY(l && laptop->store->publishLesson(l->meta.id));
        QVERIFY(laptop->syncUntilClean());

        // The teacher's laptop fetched nothing (it has the file): one download straight to the hub makes the count.
        HubTest::Client warm(m_hub->url());
        warm.localAddress = "127.0.0.2";
        QVERIFY(warm.login(u"mme.roux"_s, u"fichiers-2026"_s));
        QCOMPARE(warm.request("GET", u"/v1/media/"_s + sha256Of(video)).body, video);
        const qint64 sentBefore = mediaBytesSent(m_hub->url());
        QVERIFY2(sentBefore >= video.size(), "the hub's /metrics counts no download bytes");
        auto ines = device(card->member.login, card->pin);
        QVERIFY(ines && ines->syncUntilClean());
        int files = 0;
        QVERIFY(allBlobsIntact(*ines->store, &files));
        QCOMPARE(files, 1);
        QCOMPARE(mediaBytesSent(m_hub->url()) - sentBefore, 0); // the hub sent no byte of it: nginx did
        if (m_asRoot) {
            // A file the hub made after the README's steps (uploaded through the front, then moved into blobs/) is
            // nginx's workers' to read, through the group it inherited (before the steps were played, nginx's workers
            // ran as root); nothing else of the hub's is (its database).
            const QString blob = m_hub->dataDir() + u"/blobs/"_s + sha256Of(video).left(2) + u'/' + sha256Of(video);
            QVERIFY2(QFileInfo(blob).groupId() == 65534, qPrintable(blob));
            QVERIFY(nobodyReads(blob));
            if (!m_hub->database().isPostgres())
                QVERIFY(!nobodyReads(m_hub->dataDir() + u"/hub.sqlite"_s));
        }

        // A cut download resumed through the front: a range from where it stopped, the rest only.
        const QString sha = sha256Of(video);
        HubTest::Client pupil(frontUrl());
        pupil.caFile = QFile::encodeName(m_ca);
        QVERIFY(pupil.login(card->member.login, card->pin));
        const HubTest::HttpReply rest = pupil.request("GET", u"/v1/media/"_s + sha, {}, {"Range: bytes=400000-"});
        QCOMPARE(rest.status, 206);
        QCOMPARE(rest.body, video.mid(400000));
        const HubTest::HttpReply whole = pupil.request("GET", u"/v1/media/"_s + sha);
        QCOMPARE(whole.status, 200);
        QCOMPARE(whole.body, video);
        QCOMPARE(mediaBytesSent(m_hub->url()) - sentBefore, 0);

        // Straight to the hub (not through the proxy), the hub sends the file itself: no redirect leaks out.
        HubTest::Client straight(m_hub->url());
        straight.localAddress = "127.0.0.2";
        straight.token = pupil.token;
        const HubTest::HttpReply direct = straight.request("GET", u"/v1/media/"_s + sha);
        QCOMPARE(direct.status, 200);
        QCOMPARE(direct.body, video);
        QVERIFY(direct.header("X-Accel-Redirect").isEmpty());

        // From the proxy's own address with its client header, but not nginx's marker (HAProxy's front, another local
        // program): the bytes, not an empty answer that would leave a resumed download with nothing.
        HubTest::Client haproxyLike(m_hub->url());
        haproxyLike.token = pupil.token;
        const HubTest::HttpReply fromTheFront = haproxyLike.request("GET", u"/v1/media/"_s + sha, {}, {"X-Forwarded-For: 192.0.2.7"});
        QCOMPARE(fromTheFront.status, 200);
        QVERIFY(fromTheFront.header("X-Accel-Redirect").isEmpty());
        QCOMPARE(fromTheFront.body, video);
        // Positive control: the same with nginx's marker is the redirect (what nginx receives).
        const HubTest::HttpReply marked = haproxyLike.request("GET", u"/v1/media/"_s + sha, {},
                                                              {"X-Forwarded-For: 192.0.2.7", "X-Continuite-Accel: /continuite-blobs/"});
        QCOMPARE(marked.status, 200);
        QCOMPARE(marked.header("X-Accel-Redirect"), "/continuite-blobs/" + sha.left(2).toLatin1() + '/' + sha.toLatin1());
        QVERIFY(marked.body.isEmpty());
    }

    /// Nobody reaches a file round the hub's check: not without a token, not from another class, not by asking for
    /// nginx's internal location (plainly or percent-encoded), not by forging the proxy's header at the hub.
    /// (After the test above: the file is its lesson's.)
    void nobodyReachesAFileRoundTheHub()
    {
        m_hub->server().engine().addTeacher(u"m.blanc"_s, u"M. Blanc"_s, "autre-classe-26", true);
        auto other = device(u"m.blanc"_s, u"autre-classe-26"_s);
        QVERIFY(other);
        auto cls = other->store->createClass(u"3e B"_s);
        QVERIFY(cls);
        auto card = other->store->addStudent(cls->meta.id, u"Tom"_s);
        QVERIFY(card && other->syncUntilClean());

        // The file of the other class's lesson (the first test's), and a pupil of this class.
        const QString sha = sha256Of(pseudoRandomBytes(600 * 1024, 77));
        HubTest::Client tom(frontUrl());
        tom.caFile = QFile::encodeName(m_ca);
        QVERIFY(tom.login(card->member.login, card->pin));
        const qint64 sentBefore = mediaBytesSent(m_hub->url());

        // Positive control: its teacher reads it through the front.
        HubTest::Client roux(frontUrl());
        roux.caFile = tom.caFile;
        QVERIFY(roux.login(u"mme.roux"_s, u"fichiers-2026"_s));
        const HubTest::HttpReply allowed = roux.request("GET", u"/v1/media/"_s + sha);
        QCOMPARE(allowed.status, 200);
        QCOMPARE(allowed.body.size(), 600 * 1024);

        const HubTest::HttpReply elsewhere = tom.request("GET", u"/v1/media/"_s + sha);
        QCOMPARE(elsewhere.status, 404);
        QVERIFY(elsewhere.body.size() < 1024);
        HubTest::Client nobody(frontUrl());
        nobody.caFile = tom.caFile;
        QCOMPARE(nobody.request("GET", u"/v1/media/"_s + sha).status, 401);
        const QString internal = QString::fromLatin1(Prefix) + sha.left(2) + u'/' + sha;
        const QStringList paths{internal, u"/%63ontinuite-blobs/"_s + sha.left(2) + u'/' + sha, u"/v1/media/../.."_s + internal,
                                u"//continuite-blobs/"_s + sha.left(2) + u'/' + sha};
        for (const QString &path : paths) {
            const HubTest::HttpReply r = tom.request("GET", path);
            QVERIFY2(r.status == 404 || r.status == 400, qPrintable(path + u": "_s + QString::number(r.status)));
            QVERIFY2(r.body.size() < 1024, qPrintable(path));
        }
        // At the hub itself, with the proxy's header made up by a device on another address: the file, not a redirect
        // (the header is believed from the trusted proxy's address only).
        HubTest::Client forged(m_hub->url());
        forged.localAddress = "127.0.0.2";
        forged.token = roux.token;
        const HubTest::HttpReply f = forged.request("GET", u"/v1/media/"_s + sha, {},
                                                    {"X-Forwarded-For: 127.0.0.1", "X-Continuite-Accel: /continuite-blobs/"});
        QCOMPARE(f.status, 200);
        QVERIFY(f.header("X-Accel-Redirect").isEmpty());
        QCOMPARE(f.body.size(), 600 * 1024);
        // /metrics through the front: refused (nginx's rule, and the hub's own check behind it).
        QCOMPARE(tom.request("GET", u"/metrics"_s).status, 404);
        QCOMPARE(tom.request("GET", u"/%6detrics"_s).status, 404);
        // What the hub sent itself: the forged request's file, and the refusals' few words.
        const qint64 sent = mediaBytesSent(m_hub->url()) - sentBefore;
        QVERIFY2(sent >= 600 * 1024 && sent < 600 * 1024 + 2048, qPrintable(QString::number(sent)));
    }
};

QTEST_GUILESS_MAIN(tst_AccelRedirect)
#include "tst_accelredirect.moc"
