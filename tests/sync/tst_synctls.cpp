// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// https between the client engine and the hub: Debian's libmicrohttpd is built with GnuTLS, so the hub
// serves TLS itself (serve --tls-cert/--tls-key); libcurl verifies the hub's certificate. The certificate
// is self-signed, made by the openssl command line in the test, and trusted through the transport's caFile.
#include "synctestkit.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace SyncTest;

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
        HubProcess hub(limits);
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
        HubProcess hub(limits);
        hub.addTeacher(u"prof"_s, u"mot-de-passe"_s);
        // Without the school's certificate, a device must not talk to whoever answers (no password sent).
        Device stranger({}, fastOptions());
        QVERIFY(!stranger.login(hub.server().url(), u"prof"_s, u"mot-de-passe"_s));
        // Plain http to a TLS port gets no answer either.
        QString plain = hub.server().url();
        plain.replace(u"https://"_s, u"http://"_s);
        QVERIFY(!stranger.login(plain, u"prof"_s, u"mot-de-passe"_s));
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
