// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// https between the client engine and the hub: Debian's libmicrohttpd is built with GnuTLS, so the hub
// serves TLS itself (serve --tls-cert/--tls-key); libcurl verifies the hub's certificate. The certificate
// is self-signed, made by the openssl command line in the test, and trusted through the transport's caFile.
#include "synctestkit.h"

#include <QProcess>
#include <QStandardPaths>
#include <QScopeGuard>
#include <QTcpServer>
#include <QTest>

using namespace SyncTest;

namespace {

/// A TCP port nothing listens on right now.
int freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost) ? probe.serverPort() : 0;
}

/// `openssl s_client` against 127.0.0.1:@p port with @p versionArguments; true when the handshake completed.
bool handshake(int port, const QStringList &versionArguments, QString *said)
{
    QProcess p;
    p.start(QStandardPaths::findExecutable(u"openssl"_s),
            QStringList{u"s_client"_s, u"-connect"_s, u"127.0.0.1:%1"_s.arg(port), u"-brief"_s} + versionArguments);
    p.closeWriteChannel(); // end of input: it closes the connection once the handshake is over, or fails
    if (!p.waitForFinished(30000))
        p.kill();
    *said = QString::fromLocal8Bit(p.readAllStandardOutput() + p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0 && said->contains(u"CONNECTION ESTABLISHED"_s);
}

} // namespace

class tst_SyncTls : public QObject
{
    Q_OBJECT

    QTemporaryDir m_keys;
    QString m_cert, m_key;

    static SyncEngine::Options trusting(const QString &caFile)
    {
        SyncEngine::Options o = fastOptions();
        o.transport.caFile = caFile;
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_keys.isValid());
        m_cert = m_keys.filePath(u"hub.pem"_s);
        m_key = m_keys.filePath(u"hub.key"_s);
        const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
        QVERIFY2(!openssl.isEmpty(), "the openssl command (Debian package openssl) makes the test's certificate");
        QProcess p;
        p.start(openssl, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s,
                          u"-nodes"_s, u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=127.0.0.1"_s,
                          u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s, u"-keyout"_s, m_key, u"-out"_s, m_cert});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    }

    void syncOverHttps()
    {
        Hub::HubLimits limits;
        limits.tlsCertificateFile = m_cert;
        limits.tlsKeyFile = m_key;
        SyncHub hub(limits);
        hub.addTeacher(u"prof"_s, u"mot-de-passe"_s);
        const QString url = hub.server().url();
        QVERIFY2(url.startsWith(u"https://127.0.0.1:"_s), qPrintable(url));

        // A teacher's device writes a class and a lesson, over https.
        Device desk({}, trusting(m_cert));
        QVERIFY(desk.login(url, u"prof"_s, u"mot-de-passe"_s));
        auto c = desk.store->createClass(u"6e B"_s);
        QVERIFY2(c, qPrintable(c.error()));
        Store::LessonInput in;
        in.classId = c->meta.id;
        in.title = u"Les fractions"_s;
        in.beforeClass = u"Une fraction partage l'unité en parts égales."_s;
        const auto lesson = desk.store->createLesson(in);
        QVERIFY2(lesson, qPrintable(lesson.error()));
        QVERIFY(desk.syncUntilClean());
        QCOMPARE(desk.pending(), 0);

        // Another device of the teacher receives it, over https.
        Device laptop({}, trusting(m_cert));
        QVERIFY(laptop.login(url, u"prof"_s, u"mot-de-passe"_s));
        QVERIFY(laptop.syncUntilClean());
        const auto received = laptop.store->lesson(lesson->meta.id);
        QVERIFY(received);
        QCOMPARE(received->beforeClass, in.beforeClass);
    }

    void untrustedCertificateIsRefused()
    {
        Hub::HubLimits limits;
        limits.tlsCertificateFile = m_cert;
        limits.tlsKeyFile = m_key;
        SyncHub hub(limits);
        hub.addTeacher(u"prof"_s, u"mot-de-passe"_s);
        // Without the school's certificate, a device must not talk to whoever answers (no password sent).
        Device stranger({}, fastOptions());
        QVERIFY(!stranger.login(hub.server().url(), u"prof"_s, u"mot-de-passe"_s));
        // Plain http to a TLS port gets no answer either.
        QString plain = hub.server().url();
        plain.replace(u"https://"_s, u"http://"_s);
        QVERIFY(!stranger.login(plain, u"prof"_s, u"mot-de-passe"_s));
    }

    // Review of F5, R3: the hub's TLS (the classroom's, or a school hub serving TLS itself) accepted TLS 1.0 and 1.1.
    void theHubSpeaksTls12AndUpOnly()
    {
        Hub::HubLimits limits;
        limits.tlsCertificateFile = m_cert;
        limits.tlsKeyFile = m_key;
        SyncHub hub(limits);
        const int port = hub.server().port();
        QString said;
        // A client limited to TLS 1.0, or 1.1, with every suite allowed: no handshake.
        QVERIFY2(!handshake(port, {u"-tls1"_s, u"-cipher"_s, u"DEFAULT:@SECLEVEL=0"_s}, &said), qPrintable(said));
        QVERIFY2(!handshake(port, {u"-tls1_1"_s, u"-cipher"_s, u"DEFAULT:@SECLEVEL=0"_s}, &said), qPrintable(said));
        // Positive controls: TLS 1.2 and 1.3 reach it.
        QVERIFY2(handshake(port, {u"-tls1_2"_s}, &said), qPrintable(said));
        QVERIFY2(handshake(port, {u"-tls1_3"_s}, &said), qPrintable(said));
    }

    // Review of F5, R2: a pinned (classroom) handle runs without CA verification, and libcurl compares the pin only with
    // a certificate the server showed. A server with an anonymous suite shows none: if the platform's OpenSSL
    // configuration allows such suites, the token went to it. The app's own TLS floor and cipher list now refuse them.
    void aPinnedSyncRefusesAServerWithoutACertificate()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString permissive = dir.filePath(u"anon.cnf"_s);
        {
            QFile f(permissive);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("openssl_conf = default_conf\n[default_conf]\nssl_conf = ssl_sect\n[ssl_sect]\n"
                    "system_default = system_default_sect\n[system_default_sect]\nCipherString = ALL:@SECLEVEL=0\n");
        }
        const int port = freePort();
        QVERIFY(port > 0);
        QProcess anonymous; // our child, stopped at the end of the test
        anonymous.setProcessChannelMode(QProcess::MergedChannels);
        anonymous.start(QStandardPaths::findExecutable(u"openssl"_s),
                        {u"s_server"_s, u"-nocert"_s, u"-cipher"_s, u"aNULL:@SECLEVEL=0"_s, u"-tls1_2"_s, u"-accept"_s,
                         u"127.0.0.1:%1"_s.arg(port)});
        QVERIFY(anonymous.waitForStarted());
        QByteArray heard;
        for (int i = 0; i < 100 && !heard.contains("ACCEPT"); ++i) {
            anonymous.waitForReadyRead(100);
            heard += anonymous.readAll();
        }
        QVERIFY2(heard.contains("ACCEPT"), heard.constData());
        auto stop = qScopeGuard([&] {
            anonymous.kill();
            anonymous.waitForFinished();
        });

        // A pupil's device that joined a classroom at this address: its pinned URL, its token.
        const QString data = dir.filePath(u"pupil"_s);
        {
            std::unique_ptr<Store> store = Store::open(data).value();
            auto profile = store->addProfile(u"lea"_s, u"Léa"_s, Role::Student, u"4321"_s);
            QVERIFY2(profile, qPrintable(profile.error()));
            QVERIFY(store->setActiveProfile(*profile));
            const QByteArray pin = "sha256//" + QByteArray(32, '\x5a').toBase64();
            QVERIFY(store->sync().saveSignIn(profile->id, u"https://127.0.0.1:%1/k7pq2m#"_s.arg(port) + QString::fromLatin1(pin),
                                             u"secret-token-of-lea"_s));
        }
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"OPENSSL_CONF"_s, permissive);
        cli.setProcessEnvironment(env);
        cli.start(qEnvironmentVariable("CONTINUITE_TEST_CLI", QStringLiteral(CONTINUITE_CLI)), {u"--data"_s, data, u"sync"_s});
        // Before, the sync's request went through and then waited for an answer the server never gives.
        const bool finished = cli.waitForFinished(30000);
        if (!finished) {
            cli.kill();
            cli.waitForFinished();
        }
        for (int i = 0; i < 5; ++i) {
            anonymous.waitForReadyRead(100);
            heard += anonymous.readAll();
        }
        QVERIFY2(!heard.contains("Authorization") && !heard.contains("POST"), heard.constData());
        QVERIFY2(finished && cli.exitCode() != 0, cli.readAll().constData());

        // Positive control: the anonymous server does complete a handshake, and logs the request, of a client that
        // allows anonymous suites and checks nothing (the curl command, same libcurl).
        const QString curl = QStandardPaths::findExecutable(u"curl"_s);
        QVERIFY2(!curl.isEmpty(), "the curl command (Debian package curl)");
        QProcess control;
        control.start(curl, {u"-sk"_s, u"--max-time"_s, u"3"_s, u"--ciphers"_s, u"aNULL:@SECLEVEL=0"_s, u"--tlsv1.2"_s,
                             u"--tls-max"_s, u"1.2"_s, u"https://127.0.0.1:%1/control"_s.arg(port)});
        QVERIFY(control.waitForFinished(30000));
        for (int i = 0; i < 20 && !heard.contains("GET /control"); ++i) {
            anonymous.waitForReadyRead(100);
            heard += anonymous.readAll();
        }
        QVERIFY2(heard.contains("GET /control"), heard.constData());
    }

    void hubRefusesAKeyThatIsNotItsCertificates()
    {
        // The certificate with a key of another pair: the hub says so instead of serving broken TLS.
        const QString otherKey = m_keys.filePath(u"other.key"_s);
        QProcess p;
        p.start(QStandardPaths::findExecutable(u"openssl"_s),
                {u"genpkey"_s, u"-algorithm"_s, u"EC"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s, u"-out"_s, otherKey});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QTemporaryDir data;
        Hub::HubLimits limits;
        limits.tlsCertificateFile = m_cert;
        limits.tlsKeyFile = otherKey;
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, Hub::HubServer(data.path(), limits));
    }
};

QTEST_GUILESS_MAIN(tst_SyncTls)
#include "tst_synctls.moc"
