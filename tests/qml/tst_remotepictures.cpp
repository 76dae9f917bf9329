// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// A lesson's text that names a picture on the internet ("![](https://tracker.example/p.png?eleve=lea)") had every
// pupil's app fetch it as the lesson was shown (Text.MarkdownText loads it through the QML engine): the site learns
// each pupil's address and reading time, and the picture costs their data (review-media18, finding 3). Here the
// "internet" is a real HTTP server on loopback that counts what it is asked; the lesson list and the lesson's page,
// the app's own screens, are rendered offscreen and must ask it nothing. The controls: the server answers a direct
// request (and counts it), the lesson's own picture (media:) is still drawn, and each outside picture is named in words.

#include "localonlynetwork.h"
#include "session.h"

#include "content/store.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QImage>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

Q_IMPORT_QML_PLUGIN(ContinuitePlugin)

using namespace Qt::StringLiterals;

namespace {

/// A web server that answers every request with a green picture, and keeps each request's first line.
class CountingServer : public QObject
{
public:
    QStringList requests;

    bool start()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_heads[socket] += socket->readAll();
                    if (!m_heads[socket].contains("\r\n\r\n"))
                        return;
                    requests << QString::fromLatin1(m_heads[socket].left(m_heads[socket].indexOf("\r\n")));
                    QImage green(40, 40, QImage::Format_RGB32);
                    green.fill(Qt::green);
                    QByteArray png;
                    QBuffer buffer(&png);
                    buffer.open(QIODevice::WriteOnly);
                    green.save(&buffer, "png");
                    socket->write("HTTP/1.0 200 OK\r\nContent-Type: image/png\r\nContent-Length: " + QByteArray::number(png.size())
                                  + "\r\nConnection: close\r\n\r\n" + png);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        return m_server.listen(QHostAddress::LocalHost, 0);
    }
    QString url(const QString &path) const { return u"http://127.0.0.1:%1/%2"_s.arg(m_server.serverPort()).arg(path); }

private:
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_heads;
};

int pixelsLike(const QImage &image, QRgb colour)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += qAbs(qRed(image.pixel(x, y)) - qRed(colour)) < 24 && qAbs(qGreen(image.pixel(x, y)) - qGreen(colour)) < 24
                && qAbs(qBlue(image.pixel(x, y)) - qBlue(colour)) < 24;
    return n;
}

} // namespace

class TestRemotePictures : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    CountingServer m_server;
    QString m_lessonId;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        Session *session = Session::instance();
        session->setDataDir(m_dir.path());
        QVERIFY(session->isReady());
        Continuite::Store *store = session->store();
        QVERIFY(store->addProfile(u"mme.martin"_s, u"Mme Martin"_s, Continuite::Role::Teacher, u"prof-1234"_s));
        QVERIFY(session->unlock(u"mme.martin"_s, u"prof-1234"_s));
        const auto cls = store->createClass(u"6e B"_s);
        QVERIFY(cls);

        // The lesson's own picture, a red square, attached and linked by its content as the store links it.
        QImage red(120, 120, QImage::Format_RGB32);
        red.fill(qRgb(220, 20, 20));
        const QString picture = m_dir.filePath(u"schema.png"_s);
        QVERIFY(red.save(picture));
        QFile file(picture);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());

        // What a text from elsewhere (or a forged change) may hold: every way Markdown names a picture on the web.
        const QString text = u"Le schéma : ![le schéma rouge](media:%1)\n\n"
                             "Un traceur : ![le logo de la classe](%2)\n\n"
                             "Avec un titre : ![la frise](%3 \"Frise\")\n\n"
                             "En HTML : <img src=\"%4\" alt=\"une carte\">\n\n"
                             "Par référence : ![le plan][plan]\n\n"
                             "Un fichier : ![les notes](file:///etc/hostname)\n\n"
                             "<table background=\"%7\"><tr><td>Une case</td></tr></table>\n\n"
                             "<p style=\"background-image: url(%8)\">Un fond</p>\n\n"
                             "Un lien reste un lien : [la fiche](%5).\n\n"
                             "[plan]: %6\n"_s.arg(sha, m_server.url(u"p.png?eleve=lea"_s), m_server.url(u"frise.png"_s),
                                                   m_server.url(u"carte.png"_s), m_server.url(u"fiche.html"_s),
                                                   m_server.url(u"plan.png"_s), m_server.url(u"fond.png"_s), m_server.url(u"css.png"_s));
        Continuite::Store::LessonInput in{cls->meta.id, u"Les images"_s, u"Résumé ![r](%1)"_s.arg(m_server.url(u"resume.png"_s)),
                                          text, {}, {}, {picture}, {}, {}, {}};
        const auto lesson = store->createLesson(in);
        QVERIFY2(lesson, qPrintable(lesson.error()));
        QCOMPARE(lesson->attachments.size(), 1);
        QCOMPARE(lesson->attachments.first().sha256, sha);
        m_lessonId = lesson->meta.id;
        QVERIFY(store->publishLesson(m_lessonId));
        session->notifyDataChanged();
    }

    // The control: the server is there and counts what it is asked.
    void theServerAnswersADirectRequest()
    {
        const qsizetype before = m_server.requests.size();
        QNetworkAccessManager network;
        std::unique_ptr<QNetworkReply> reply(network.get(QNetworkRequest(QUrl(m_server.url(u"direct.png"_s)))));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(m_server.requests.size(), before + 1);
        m_server.requests.clear();
    }

    void theLessonAsksTheInternetNothing()
    {
        QQmlApplicationEngine engine;
        engine.addImportPath(u"qrc:/"_s);
        engine.loadData(uR"(
            import QtQuick
            import QtQuick.Window
            import Continuite
            Window {
                width: 1000; height: 1400; visible: true
                color: "white"
                LessonList { id: list; x: 0; y: 0; width: 1000; height: 300 }
                LessonReaderPage { id: page; objectName: "page"; x: 0; y: 300; width: 1000; height: 1100; lessonId: "%1" }
            })"_s.arg(m_lessonId).toUtf8());
        QCOMPARE(engine.rootObjects().size(), 1);
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QObject *page = window->findChild<QObject *>(u"page"_s);
        QVERIFY(page);
        QObject *reader = page->property("reader").value<QObject *>();
        QVERIFY(reader && reader->property("found").toBool());

        // Long enough for any fetch to reach the server (it answers loopback in milliseconds).
        QImage shot;
        for (int i = 0; i < 20; ++i) {
            QTest::qWait(100);
            shot = window->grabWindow();
        }
        QVERIFY2(m_server.requests.isEmpty(), qPrintable(u"the app asked the server: "_s + m_server.requests.join(u", "_s)));
        QVERIFY2(pixelsLike(shot, qRgb(0, 255, 0)) == 0, "a picture from the internet is drawn");
        // The lesson's own picture is drawn (the red square).
        QVERIFY2(pixelsLike(shot, qRgb(220, 20, 20)) > 100 * 100, "the lesson's own picture is not drawn");
        // Each outside picture is named in words where it was; the plain link stays a link.
        const QString shown = reader->property("beforeClass").toString();
        for (const QString &description : {u"le logo de la classe"_s, u"la frise"_s, u"une carte"_s, u"les notes"_s})
            QVERIFY2(shown.contains(u"Picture not loaded: "_s + description), qPrintable(shown));
        QVERIFY2(shown.contains(u"\\![le plan][plan]"_s), qPrintable(shown)); // a plain link now
        QVERIFY2(shown.contains(u"[la fiche](%1)"_s.arg(m_server.url(u"fiche.html"_s))), qPrintable(shown));
        QVERIFY(!shown.contains(u"/etc/hostname"_s));
        shot.save(QDir::tempPath() + u"/continuite-remote-pictures.png"_s);
    }

    // review-media20, finding 3: a pupil's answer or file name holding `<img src="http://…">` made the teacher's app
    // fetch it (a Label takes such a string for StyledText): the pupil learns when her work was opened, and from where.
    // The teacher's cards and the marking page's file rows show those words as typed. The control in the same window:
    // a plain Label given the same kind of string does fetch, so the count is able to see one.
    void aPupilsWordsAskTheInternetNothing()
    {
        m_server.requests.clear();
        QQmlApplicationEngine engine;
        engine.addImportPath(u"qrc:/"_s);
        const QString tag = u"<img src=\"%1\">"_s;
        engine.loadData(uR"(
            import QtQuick
            import QtQuick.Controls.Basic
            import QtQuick.Window
            import Continuite
            Window {
                width: 900; height: 900; visible: true
                Column {
                    width: 880
                    SubmissionCard {
                        objectName: "card"; width: 880
                        index: 0; studentName: "Léa"; version: 1; versionCount: 1; isLatest: true; whenText: "hier"
                        late: false; text: '%1Voici mon travail.'; answersText: '%2Q1'; attachmentsText: ""
                        autoScoreText: ""; feedback: ""; scoreText: ""; returned: false
                        attachments: [{ name: '%3cahier.jpg', kind: "other", url: "", available: true, sizeText: "1 KB" }]
                    }
                    AttachmentRow {
                        objectName: "row"; width: 880
                        index: 0; name: '%4cahier.jpg'; sizeText: "1 KB"; kind: "other"; kindText: "File"; url: ""; available: true; checking: false
                    }
                    Label { objectName: "control"; text: '%5Un autre texte' }
                }
            })"_s.arg(tag.arg(m_server.url(u"text.png?eleve=lea"_s)), tag.arg(m_server.url(u"answers.png"_s)),
                      tag.arg(m_server.url(u"thumbnail.png"_s)), tag.arg(m_server.url(u"row.png"_s)),
                      tag.arg(m_server.url(u"control.png"_s)))
                             .toUtf8());
        QCOMPARE(engine.rootObjects().size(), 1);
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QTRY_VERIFY_WITH_TIMEOUT(m_server.requests.join(u' ').contains(u"control.png"_s), 10000); // the control
        for (int i = 0; i < 10; ++i)
            QTest::qWait(100);
        QCOMPARE(m_server.requests.size(), 1);
        // The words are shown as typed, tag and all.
        auto *card = window->findChild<QQuickItem *>(u"card"_s);
        QVERIFY(card);
        auto *pupilText = card->findChild<QQuickItem *>(u"pupilText"_s);
        QVERIFY(pupilText);
        QVERIFY(pupilText->property("text").toString().startsWith(u"<img src="_s));
        QCOMPARE(pupilText->property("textFormat").toInt(), 0); // Text.PlainText
        window->grabWindow().save(QDir::tempPath() + u"/continuite-pupils-words.png"_s);
    }

    // The app's engine fetches nothing from outside whatever a screen shows (review-media20, finding 3): the factory
    // main() installs refuses every request but file:, qrc: and data:. The same Label as the control above (which
    // fetched without it) asks the server nothing, and the refusal is counted.
    void theAppsEngineAsksTheInternetNothing()
    {
        m_server.requests.clear();
        const int refusedBefore = LocalOnlyNetworkFactory::refused();
        QQmlApplicationEngine engine;
        LocalOnlyNetworkFactory::install(engine);
        engine.loadData(uR"(
            import QtQuick
            import QtQuick.Controls.Basic
            import QtQuick.Window
            Window {
                width: 400; height: 200; visible: true
                Label { text: '<img src="%1">Un texte' }
            })"_s.arg(m_server.url(u"refused.png"_s)).toUtf8());
        QCOMPARE(engine.rootObjects().size(), 1);
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QTRY_VERIFY_WITH_TIMEOUT(LocalOnlyNetworkFactory::refused() > refusedBefore, 10000);
        for (int i = 0; i < 10; ++i)
            QTest::qWait(100);
        QVERIFY2(m_server.requests.isEmpty(), qPrintable(m_server.requests.join(u", "_s)));
    }
};

QTEST_MAIN(TestRemotePictures)
#include "tst_remotepictures.moc"
