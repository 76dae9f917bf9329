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

#include "content/secrets.h"
#include "content/store.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <functional>

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
    QStringList m_shown; ///< the texts holding markup the last render showed

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
                        index: 0; studentName: '%6Léa'; version: 1; versionCount: 1; isLatest: true; whenText: "hier"
                        late: false; text: '%1Voici mon travail.'; answersText: '%2Q1'; attachmentsText: ""
                        autoScoreText: ""; feedback: ""; scoreText: ""; returned: false
                        attachments: [{ name: '%3cahier.jpg', kind: "other", url: "", available: true, sizeText: "1 KB" }]
                    }
                    AttachmentRow {
                        objectName: "row"; width: 880
                        index: 0; name: '%4cahier.jpg'; sizeText: "1 KB"; kind: "other"; kindText: "File"; url: ""; available: true; checking: false
                        refused: false; refusedWhy: ""
                    }
                    // Placeholders are StyledText: a name in one was fetched from (review-media21, finding 6).
                    SecretEntry { width: 880; height: 200; personName: '%7Léa' }
                    Label { objectName: "control"; text: '%5Un autre texte' }
                }
            })"_s.arg(tag.arg(m_server.url(u"text.png?eleve=lea"_s)), tag.arg(m_server.url(u"answers.png"_s)),
                      tag.arg(m_server.url(u"thumbnail.png"_s)), tag.arg(m_server.url(u"row.png"_s)),
                      tag.arg(m_server.url(u"control.png"_s)), tag.arg(m_server.url(u"placeholder-card.png"_s)),
                      tag.arg(m_server.url(u"placeholder-pin.png"_s)))
                             .toUtf8());
        QCOMPARE(engine.rootObjects().size(), 1);
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QTRY_VERIFY_WITH_TIMEOUT(m_server.requests.join(u' ').contains(u"control.png"_s), 10000); // the control
        for (int i = 0; i < 10; ++i)
            QTest::qWait(100);
        QVERIFY2(m_server.requests.size() == 1, qPrintable(m_server.requests.join(u", "_s)));
        // The words are shown as typed, tag and all.
        auto *card = window->findChild<QQuickItem *>(u"card"_s);
        QVERIFY(card);
        auto *pupilText = card->findChild<QQuickItem *>(u"pupilText"_s);
        QVERIFY(pupilText);
        QVERIFY(pupilText->property("text").toString().startsWith(u"<img src="_s));
        QCOMPARE(pupilText->property("textFormat").toInt(), 0); // Text.PlainText
        window->grabWindow().save(QDir::tempPath() + u"/continuite-pupils-words.png"_s);
    }

    // The sweep of session 20 (review-media20, finding 3, beyond the pupil's answer): what one side typed and the other
    // side reads — a lesson's title, a class's name, a person's name, an assignment's title, a teacher's comment — was
    // taken for StyledText by every Label that did not say otherwise: `<img src="http://…">` made the reader's app fetch
    // that address (the writer learns when and from where her words were read), and `<b>` set the words in bold. The
    // real screens of both sides over a store holding such words are rendered offscreen: the server is asked nothing,
    // and each text that holds markup is shown as typed (PlainText). The control in each window: a Label left to
    // AutoText given the same kind of string does fetch, so the count is able to see one.
    void everyonesWordsAreShownAsTyped()
    {
        Session *session = Session::instance();
        Continuite::Store *store = session->store();
        QVERIFY(session->unlock(u"mme.martin"_s, u"prof-1234"_s));
        const auto typed = [this](const QString &what, const QString &words) {
            return u"<img src=\"%1\"><b>%2</b>"_s.arg(m_server.url(what + u".png"_s), words);
        };
        const QString className = typed(u"class"_s, u"6e C"_s), pupilName = typed(u"name"_s, u"Léa"_s),
                      lessonTitle = typed(u"lesson"_s, u"Les fractions"_s), workTitle = typed(u"assignment"_s, u"Exercice 3"_s),
                      comment = typed(u"comment"_s, u"Bravo"_s);
        const auto cls = store->createClass(className);
        QVERIFY2(cls, qPrintable(cls.error()));
        const QString personId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVERIFY(store->addMember(cls->meta.id, personId, Continuite::Role::Student, pupilName, u"lea.c"_s,
                                 Continuite::Secrets::hash(u"1234"_s)));
        QVERIFY(store->addProfile(u"lea.c"_s, pupilName, Continuite::Role::Student, u"1234"_s, personId));
        Continuite::Store::LessonInput lessonIn{cls->meta.id, lessonTitle, u"Un résumé"_s, u"Lire."_s, {}, {}, {}, {}, {}, {}};
        const auto lesson = store->createLesson(lessonIn);
        QVERIFY2(lesson, qPrintable(lesson.error()));
        QVERIFY(store->publishLesson(lesson->meta.id));
        Continuite::Store::AssignmentInput workIn;
        workIn.classId = cls->meta.id;
        workIn.lessonId = lesson->meta.id;
        workIn.title = workTitle;
        workIn.instructions = u"Réponds."_s;
        workIn.due = QDateTime::currentDateTimeUtc().addDays(2);
        const auto work = store->createAssignment(workIn);
        QVERIFY2(work, qPrintable(work.error()));
        QVERIFY(store->publishAssignment(work->meta.id));
        QVERIFY(session->unlock(u"lea.c"_s, u"1234"_s));
        const auto handedIn = session->store()->submit({work->meta.id, u"Ma réponse"_s, {}, {}});
        QVERIFY2(handedIn, qPrintable(handedIn.error()));
        QVERIFY(session->unlock(u"mme.martin"_s, u"prof-1234"_s));
        QVERIFY(session->store()->giveFeedback(handedIn->meta.id, comment, 15));
        session->notifyDataChanged();

        const auto render = [this](const QString &screens, const QString &shot) -> QStringList {
            m_server.requests.clear();
            // A picture already fetched comes from Qt's cache: each window's control names its own.
            const QString control = u"control-%1.png"_s.arg(QString(shot).remove(u'/'));
            QQmlApplicationEngine engine;
            engine.addImportPath(u"qrc:/"_s);
            engine.loadData(uR"(
                import QtQuick
                import QtQuick.Controls.Basic
                import QtQuick.Window
                import Continuite
                Window {
                    width: 2400; height: 1500; visible: true
                    color: "white"
                    Label { objectName: "control"; x: 0; y: 1470; text: '<img src="%1">Un autre texte' }
                    %2
                })"_s.arg(m_server.url(control), screens).toUtf8());
            if (engine.rootObjects().size() != 1)
                return {u"the screens did not load"_s};
            auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
            if (!QTest::qWaitForWindowExposed(window))
                return {u"no window"_s};
            if (!QTest::qWaitFor([&] { return m_server.requests.join(u' ').contains(control); }, 10000))
                return {u"the control fetched nothing: the count cannot see a fetch"_s};
            for (int i = 0; i < 15; ++i)
                QTest::qWait(100);
            window->grabWindow().save(QDir::tempPath() + shot);
            QStringList problems;
            for (const QString &request : std::as_const(m_server.requests))
                if (!request.contains(control))
                    problems << u"asked the server: "_s + request;
            // Every text that holds markup shows it as typed.
            // The visual tree: a view's delegates have no QObject parent.
            QList<QQuickItem *> items;
            const std::function<void(QQuickItem *)> walk = [&](QQuickItem *item) {
                items << item;
                for (QQuickItem *child : item->childItems())
                    walk(child);
            };
            walk(window->contentItem());
            m_shown.clear();
            for (QQuickItem *item : items) {
                if (!item->inherits("QQuickText") || !item->window() || !item->isVisible() || item->objectName() == u"control") // shown
                    continue;
                const QString text = item->property("text").toString();
                if (!text.contains(u"<img"_s))
                    continue;
                m_shown << text;
                if (item->property("textFormat").toInt() != 0)
                    problems << u"shown as markup: "_s + text;
            }
            return problems;
        };

        // The teacher reads the pupil's name and her own words back: the class, its board and roster, the work handed in.
        QStringList problems = render(uR"(
            ClassesPage { x: 0; y: 0; width: 1200; height: 700; classId: "%1" }
            BoardPage { x: 1200; y: 0; width: 1200; height: 700; classId: "%1"; className: '%2' }
            ReviewPage { x: 0; y: 720; width: 2400; height: 740; classId: "%1" }
        )"_s.arg(cls->meta.id, QString(className).replace(u"'"_s, u"\\'"_s)), u"/continuite-typed-teacher.png"_s);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));
        for (const QString &words : {className, pupilName, workTitle})
            QVERIFY2(m_shown.contains(words) || std::any_of(m_shown.cbegin(), m_shown.cend(), [&](const QString &s) { return s.contains(words); }),
                     qPrintable(words + u" is not shown: "_s + m_shown.join(u" | "_s)));

        // The pupil reads the teacher's words: her lessons, her work to do, the lesson, the work and its comment.
        QVERIFY(session->unlock(u"lea.c"_s, u"1234"_s));
        session->notifyDataChanged();
        problems = render(uR"(
            LessonList { x: 0; y: 0; width: 800; height: 700 }
            TodoPage { x: 800; y: 0; width: 800; height: 700 }
            StudentAssignmentsPage { x: 1600; y: 0; width: 800; height: 700 }
            LessonReaderPage { x: 0; y: 720; width: 1200; height: 740; lessonId: "%1" }
            AnswerPage { x: 1200; y: 720; width: 1200; height: 740; assignmentId: "%2" }
        )"_s.arg(lesson->meta.id, work->meta.id), u"/continuite-typed-pupil.png"_s);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));
        for (const QString &words : {lessonTitle, workTitle, comment})
            QVERIFY2(std::any_of(m_shown.cbegin(), m_shown.cend(), [&](const QString &s) { return s.contains(words); }),
                     qPrintable(words + u" is not shown: "_s + m_shown.join(u" | "_s)));
        QVERIFY(session->unlock(u"mme.martin"_s, u"prof-1234"_s));
    }
    // The rule the test above checks on a few screens, on every one: a Label or Text whose words are not a fixed
    // sentence says how they are read (textFormat), so a new screen cannot show someone's words as markup by
    // forgetting it. Fails naming each file and line that does not say. (Tooltips: PlainToolTip.qml.)
    void everyComputedTextSaysHowItIsRead()
    {
        const QDir qml(QStringLiteral(CONTINUITE_SOURCE_DIR) + u"/qml"_s);
        static const QRegularExpression opener(u"^\\s*(?:[a-zA-Z.]+\\s*:\\s*)?([A-Z][A-Za-z0-9_.]*)\\s*\\{"_s);
        static const QRegularExpression literal(u"^text:\\s*(qsTr\\(\"(?:[^\"\\\\%]|\\\\.)*\"\\)|\"(?:[^\"\\\\]|\\\\.)*\")\\s*(//.*)?$"_s);
        static const QRegularExpression strings(u"\"(?:[^\"\\\\]|\\\\.)*\""_s);
        struct Block
        {
            QString type;
            int textLine = 0;
            QString text;
            bool format = false;
        };
        QStringList silent;
        int checked = 0;
        const QStringList files = qml.entryList({u"*.qml"_s}, QDir::Files);
        QVERIFY(files.size() > 40);
        for (const QString &name : files) {
            QFile file(qml.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
            QList<Block> open;
            for (int i = 0; i < lines.size(); ++i) {
                const QString trimmed = lines.at(i).trimmed();
                QString code = trimmed.startsWith(u"//"_s) ? QString() : QString(trimmed).replace(strings, u"\"\""_s);
                if (const qsizetype comment = code.indexOf(u"//"_s); comment >= 0)
                    code.truncate(comment);
                if (!open.isEmpty()) {
                    Block &block = open.last();
                    if (trimmed.startsWith(u"textFormat:"_s))
                        block.format = true;
                    if (trimmed.startsWith(u"text:"_s) && block.textLine == 0) {
                        block.textLine = i + 1;
                        block.text = trimmed;
                    }
                }
                const QRegularExpressionMatch m = opener.match(code);
                const qsizetype firstBrace = code.indexOf(u'{');
                for (qsizetype j = 0; j < code.size(); ++j) {
                    if (code.at(j) == u'{') {
                        open.append({m.hasMatch() && j == firstBrace ? m.captured(1) : QString()});
                    } else if (code.at(j) == u'}' && !open.isEmpty()) {
                        const Block block = open.takeLast();
                        if ((block.type != u"Label" && block.type != u"Text") || block.textLine == 0)
                            continue;
                        ++checked;
                        if (!block.format && !literal.match(block.text).hasMatch())
                            silent << u"%1:%2: %3"_s.arg(name).arg(block.textLine).arg(block.text);
                    }
                }
            }
        }
        QVERIFY2(checked > 200, qPrintable(QString::number(checked))); // the walk does find the screens' texts
        QVERIFY2(silent.isEmpty(), qPrintable(u"%1 texts do not say how they are read:\n"_s.arg(silent.size()) + silent.join(u'\n')));
    }

    // Review-media21, finding 6: a placeholder is StyledText whatever the field says, and a name in one was read as
    // markup (a file: picture froze the window on a FIFO). Every placeholder that is not a literal either says where
    // its "<" go (a zero-width space after each: no tag, so plain text) or counts (a choice's number).
    void everyComputedPlaceholderIsPlain()
    {
        const QDir qml(QStringLiteral(CONTINUITE_SOURCE_DIR) + u"/qml"_s);
        static const QRegularExpression strings(u"\"(?:[^\"\\\\]|\\\\.)*\""_s);
        static const QRegularExpression counted(u"\\.arg\\([^()]*index[^()]*\\)"_s);
        QStringList markup;
        int checked = 0;
        for (const QString &name : qml.entryList({u"*.qml"_s}, QDir::Files)) {
            QFile file(qml.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
            for (int i = 0; i < lines.size(); ++i) {
                const QString line = lines.at(i).trimmed();
                if (!line.startsWith(u"placeholderText:"_s))
                    continue;
                ++checked;
                QString code = QString(line).replace(strings, u"\"\""_s);
                if (line.contains(u"replace(/</g, \"<\\u200B\")"_s))
                    continue;
                code.replace(counted, QString());
                // What is left may be a condition between literals; a property or an .arg() of one puts words in it.
                const bool words = code.contains(u".arg("_s)
                    || QRegularExpression(u"^placeholderText:\\s*[A-Za-z_][A-Za-z0-9_.]*\\s*$"_s).match(code).hasMatch()
                    || QRegularExpression(u"[:?]\\s*[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z0-9_.]*\\s*(?:$|:)"_s).match(code).hasMatch();
                if (words)
                    markup << u"%1:%2: %3"_s.arg(name).arg(i + 1).arg(line);
            }
        }
        QVERIFY2(checked > 10, qPrintable(QString::number(checked)));
        QVERIFY2(markup.isEmpty(), qPrintable(u"%1 placeholders may be read as markup:\n"_s.arg(markup.size()) + markup.join(u'\n')));
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
