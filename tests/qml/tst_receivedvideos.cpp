// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// A video or sound received with a lesson is given to the app's player only once read through (review-media20, finding
// 2(c)). QtMultimedia decodes whatever picture size a file's frames state, and hides its pipeline: a 3.6 MB WebM that
// states 640 × 352 while its frames are 16383 × 16383 cost the player 1.35 GB and froze the window for 11 s. Here the
// real lesson page over a real store holds three files from tests/media/lyingwebm.h: a liar (its only frame 8000²),
// one whose picture grows in its third second, and the same generator's honest clip. The hostile two are offered as
// files (opened as a file would be, caught here by a URL handler) and the player is never given them; the honest one
// opens the app's player (MediaPlayerPage, as Main pushes it), which plays it to its end: the control.

#include "lyingwebm.h"
#include "uncheckablevideo.h"
#include "session.h"
#include "attachmentmodel.h"

#include "content/mediastore.h"
#include "content/store.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlContext>
#include <QQmlExpression>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <algorithm>

Q_IMPORT_QML_PLUGIN(ContinuitePlugin)

using namespace Qt::StringLiterals;

/// Stands for the desktop: what Qt.openUrlExternally() was asked to open (a file is offered, not played here).
class DesktopCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened << url; }
};

/// A minimal OpenDocument text, as LibreOffice starts one: a zip whose first entry, stored, is "mimetype" (what the
/// desktop and QMimeDatabase read to tell its type), then its content.
QByteArray openDocumentText()
{
    const auto crc32 = [](const QByteArray &data) {
        quint32 crc = 0xFFFFFFFFu;
        for (const char c : data) {
            crc ^= quint8(c);
            for (int k = 0; k < 8; ++k)
                crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
        }
        return ~crc;
    };
    const auto le = [](quint32 v, int bytes) {
        QByteArray out;
        for (int i = 0; i < bytes; ++i)
            out.append(char((v >> (8 * i)) & 0xFF));
        return out;
    };
    const QList<std::pair<QByteArray, QByteArray>> entries{
        {"mimetype", "application/vnd.oasis.opendocument.text"},
        {"content.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content "
                        "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                        "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
                        "<office:body><office:text><text:p>Lire la page 12.</text:p></office:text></office:body>"
                        "</office:document-content>"}};
    QByteArray zip, central;
    for (const auto &[name, data] : entries) {
        const QByteArray common = le(20, 2) + le(0, 2) + le(0, 2) /* stored */ + le(0, 2) + le(0x21, 2) + le(crc32(data), 4)
                                + le(quint32(data.size()), 4) + le(quint32(data.size()), 4) + le(quint32(name.size()), 2) + le(0, 2);
        central += QByteArray("PK\x01\x02", 4) + le(20, 2) + common + le(0, 2) + le(0, 2) + le(0, 2) + le(0, 4)
                 + le(quint32(zip.size()), 4) + name;
        zip += QByteArray("PK\x03\x04", 4) + common + name + data;
    }
    return zip + central + QByteArray("PK\x05\x06", 4) + le(0, 2) + le(0, 2) + le(quint32(entries.size()), 2)
         + le(quint32(entries.size()), 2) + le(quint32(central.size()), 4) + le(quint32(zip.size()), 4) + le(0, 2);
}

class TestReceivedVideos : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_lessonId;
    DesktopCatcher m_desktop;

    static int role(const QAbstractItemModel *model, const QByteArray &name)
    {
        const QHash<int, QByteArray> names = model->roleNames();
        return names.key(name, -1);
    }
    /// What Enter on a row of the page's file list does.
    static void openAt(QQuickItem *list, int row)
    {
        QQmlExpression expression(qmlContext(list), list, u"openAt(%1)"_s.arg(row));
        expression.evaluate();
        QVERIFY2(!expression.hasError(), qPrintable(expression.error().toString()));
    }
    static QVariant value(const QAbstractItemModel *model, int row, const QByteArray &name)
    {
        return model->data(model->index(row, 0), role(model, name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QDesktopServices::setUrlHandler(u"file"_s, &m_desktop, "open");
        Session *session = Session::instance();
        session->setDataDir(m_dir.path());
        QVERIFY(session->isReady());
        Continuite::Store *store = session->store();
        QVERIFY(store->addProfile(u"mme.martin"_s, u"Mme Martin"_s, Continuite::Role::Teacher, u"prof-1234"_s));
        QVERIFY(session->unlock(u"mme.martin"_s, u"prof-1234"_s));
        const auto cls = store->createClass(u"6e B"_s);
        QVERIFY(cls);
        const auto write = [this](const QString &name, const QByteArray &bytes) {
            QFile f(m_dir.filePath(name));
            return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() ? f.fileName() : QString();
        };
        // Zeros after each key-frame header: the decoder reads them as a grey picture of that size.
        const QString liar = write(u"menteuse.webm"_s, LyingWebm::make({640, 352}, {{8000, 8000}}, 20000));
        const QString grows = write(u"grandit.webm"_s, LyingWebm::make({640, 352}, {{640, 352}, {640, 352}, {8000, 8000}}, 20000));
        const QString honest = write(u"honnete.webm"_s, LyingWebm::make({640, 352}, {{640, 352}, {640, 352}, {640, 352}}, 4000));
        // Review-media21, finding 1: an MJPEG in Matroska named .webm, stating 640 × 352 and holding a 10000² JPEG
        // (784 MB in the player): no parser reads its size here, so it is not played either.
        const QString mjpeg = write(u"mjpeg.webm"_s, UncheckableVideo::mjpeg({640, 352}, {{10000, 10000}}));
        // The control of finding 3: a file of no kind the app opens still goes to the desktop's program.
        const QString notes = write(u"consignes.txt"_s, "Lire la page 12.\n");
        QVERIFY(!liar.isEmpty() && !grows.isEmpty() && !honest.isEmpty() && !mjpeg.isEmpty() && !notes.isEmpty());
        Continuite::Store::LessonInput in{cls->meta.id, u"Les vidéos"_s, {}, u"Regardez les vidéos."_s, {}, {}, {liar, grows, honest, mjpeg, notes},
                                          {}, {}, {}};
        const auto lesson = store->createLesson(in);
        QVERIFY2(lesson, qPrintable(lesson.error()));
        QCOMPARE(lesson->attachments.size(), 5);
        for (const auto &a : lesson->attachments)
            QVERIFY2(a.mime.startsWith(u"video/"_s) || a.name == u"consignes.txt", qPrintable(a.mime)); // sent as videos: the type is the sender's word
        m_lessonId = lesson->meta.id;
        QVERIFY(store->publishLesson(m_lessonId));
        session->notifyDataChanged();
    }

    void cleanupTestCase() { QDesktopServices::unsetUrlHandler(u"file"_s); }

    void aLyingVideoIsOfferedAsAFileAndNeverPlayed()
    {
        QQmlApplicationEngine engine;
        engine.addImportPath(u"qrc:/"_s);
        engine.loadData(uR"(
            import QtQuick
            import QtQuick.Window
            import Continuite
            Window {
                id: window
                width: 1000; height: 800; visible: true
                color: "white"
                property Item player: null
                Component {
                    id: mediaComponent
                    MediaPlayerPage { objectName: "player"; width: 1000; height: 800 }
                }
                LessonReaderPage {
                    id: page; objectName: "page"; anchors.fill: parent; lessonId: "%1"
                    visible: !window.player
                    // As Main pushes the player: the page only asks for it.
                    onOpenMedia: (source, name, kind) => window.player = mediaComponent.createObject(window.contentItem, {
                        "source": source, "name": name, "kind": kind })
                }
            })"_s.arg(m_lessonId).toUtf8());
        QCOMPARE(engine.rootObjects().size(), 1);
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QObject *page = window->findChild<QObject *>(u"page"_s);
        QVERIFY(page);
        QSignalSpy openMedia(page, SIGNAL(openMedia(QUrl, QString, QString)));
        QVERIFY(openMedia.isValid());
        QObject *reader = page->property("reader").value<QObject *>();
        QTRY_VERIFY_WITH_TIMEOUT(reader && reader->property("found").toBool(), 10000);
        auto *files = reader->property("attachments").value<QAbstractItemModel *>();
        QVERIFY(files);
        QTRY_COMPARE_WITH_TIMEOUT(files->rowCount(), 5, 10000);
        auto *list = window->findChild<QQuickItem *>(u"attachments"_s);
        QVERIFY(list);

        // Each file is read through in the background; while it is, the window goes on and the row opens nothing.
        QTRY_VERIFY_WITH_TIMEOUT(!value(files, 0, "checking").toBool() && !value(files, 1, "checking").toBool()
                                     && !value(files, 2, "checking").toBool() && !value(files, 3, "checking").toBool()
                                     && !value(files, 4, "checking").toBool(),
                                 60000);
        QDir::temp().mkpath(u"."_s);
        window->grabWindow().save(QDir::tempPath() + u"/continuite-received-videos.png"_s);

        int honestRow = -1, notesRow = -1;
        auto *dialog = window->findChild<QObject *>(u"refusedFileDialog"_s);
        QVERIFY(dialog);
        for (int row = 0; row < 5; ++row) {
            const QString name = value(files, row, "name").toString();
            if (name == u"honnete.webm") {
                honestRow = row;
                continue;
            }
            if (name == u"consignes.txt") {
                notesRow = row;
                continue;
            }
            // The liar, the one that grows and the MJPEG: never the player, and never the desktop's either, whose
            // player would decode the same pictures (review-media21, finding 3: the blob sniffs as video/webm).
            QVERIFY2(value(files, row, "kind").toString() == u"other", qPrintable(name + u" is offered as "_s + value(files, row, "kind").toString()));
            QVERIFY2(value(files, row, "kindText").toString().contains(u"not played"_s), qPrintable(value(files, row, "kindText").toString()));
            QVERIFY(value(files, row, "refused").toBool());
            const QString why = value(files, row, "refusedWhy").toString();
            QVERIFY2(why.contains(name == u"mjpeg.webm" ? u"image/jpeg"_s : u"8000"_s), qPrintable(why));
            QVERIFY2(why.contains(name), qPrintable(why)); // the file's name, not its blob's
            m_desktop.opened.clear();
            openAt(list, row);
            QTest::qWait(200);
            QVERIFY2(openMedia.isEmpty(), qPrintable(name + u" was given to the player"_s));
            QVERIFY2(m_desktop.opened.isEmpty(), qPrintable(name + u" was handed to the desktop"_s));
            // It says why, and offers a copy to save.
            QTRY_VERIFY(dialog->property("visible").toBool());
            QCOMPARE(dialog->property("message").toString(), why);
            if (name == u"mjpeg.webm")
                window->grabWindow().save(QDir::tempPath() + u"/continuite-refused-file.png"_s);
            QVERIFY(dialog->property("title").toString().contains(name));
            QMetaObject::invokeMethod(dialog, "close");
            QTRY_VERIFY(!dialog->property("visible").toBool());
            // The copy is the file, byte for byte.
            const QString copy = m_dir.filePath(u"copie-"_s + name);
            QString failure;
            QVERIFY(QMetaObject::invokeMethod(files, "saveCopy", Q_RETURN_ARG(QString, failure), Q_ARG(int, row),
                                              Q_ARG(QUrl, QUrl::fromLocalFile(copy))));
            QVERIFY2(failure.isEmpty(), qPrintable(failure));
            QFile saved(copy), original(m_dir.filePath(name));
            QVERIFY(saved.open(QIODevice::ReadOnly) && original.open(QIODevice::ReadOnly));
            QVERIFY(saved.readAll() == original.readAll());
        }

        // The control of finding 3: a plain file still opens in its usual program.
        QVERIFY(notesRow >= 0);
        QVERIFY(!value(files, notesRow, "refused").toBool());
        m_desktop.opened.clear();
        openAt(list, notesRow);
        QTRY_COMPARE(m_desktop.opened.size(), 1);
        QCOMPARE(m_desktop.opened.first(), value(files, notesRow, "url").toUrl());
        QVERIFY(!dialog->property("visible").toBool());

        // The control: the honest clip is a video, opens the app's player, and plays to its end.
        QVERIFY(honestRow >= 0);
        QCOMPARE(value(files, honestRow, "kind").toString(), u"video"_s);
        m_desktop.opened.clear();
        openAt(list, honestRow);
        QTRY_COMPARE_WITH_TIMEOUT(openMedia.size(), 1, 5000);
        QCOMPARE(openMedia.first().at(0).toUrl(), value(files, honestRow, "url").toUrl());
        QVERIFY(m_desktop.opened.isEmpty());
        auto *player = window->findChild<QQuickItem *>(u"player"_s);
        QVERIFY(player);
        QObject *media = player->property("player").value<QObject *>();
        QVERIFY(media);
        QMetaObject::invokeMethod(player, "togglePlay");
        // QMediaPlayer::EndOfMedia is 6.
        QTRY_COMPARE_WITH_TIMEOUT(media->property("mediaStatus").toInt(), 6, 30000);
    }
    // Review-media21, finding 4: one checking thread for the app, first come first served, and a check stayed queued
    // when its page went. Now the file a person asks for goes next, and a file nobody waits for any more is never read.
    // Three files of tiny pieces (each refused within a second now) wait before an honest video; the person asks for
    // the video: it is read before at least two of them. Then three more are queued by a model that goes away at once:
    // once a later model's video is read, at most the one already being read has a verdict.
    void theFileAskedForIsCheckedFirstAndForgottenOnesAreDropped()
    {
        const Continuite::MediaStore &media = Session::instance()->store()->media();
        const auto stored = [&](const QString &name, const QByteArray &bytes) {
            const auto a = media.importBytes(bytes, {}, name);
            return a ? *a : Continuite::Attachment{};
        };
        QList<Continuite::Attachment> slow;
        for (int i = 0; i < 3; ++i)
            slow << stored(u"lent-%1.mka"_s.arg(i), UncheckableVideo::laced(4 * 1000 * 1000, i));
        const Continuite::Attachment video = stored(u"video.webm"_s, LyingWebm::make({640, 352}, {{640, 352}}, 4000));
        for (const auto &a : std::as_const(slow))
            QVERIFY(!a.sha256.isEmpty());
        AttachmentModel model;
        QList<QString> done; // in the order their checks ended
        connect(&model, &QAbstractItemModel::dataChanged, this, [&](const QModelIndex &from) {
            if (!model.data(from, AttachmentModel::CheckingRole).toBool())
                done << model.data(from, AttachmentModel::NameRole).toString();
        });
        model.setAttachments(slow + QList<Continuite::Attachment>{video}, &media);
        QVERIFY(model.data(model.index(3), AttachmentModel::CheckingRole).toBool());
        model.checkFirst(3);
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 4, 60000);
        qInfo() << "checked in this order:" << done;
        QVERIFY2(done.indexOf(u"video.webm"_s) <= 1, qPrintable(done.join(u", "_s)));
        QCOMPARE(model.data(model.index(3), AttachmentModel::KindRole).toString(), u"video"_s);
        for (int row = 0; row < 3; ++row) {
            QVERIFY(model.data(model.index(row), AttachmentModel::RefusedRole).toBool());
            QVERIFY2(model.data(model.index(row), AttachmentModel::RefusedWhyRole).toString().contains(u"pieces"_s),
                     qPrintable(model.data(model.index(row), AttachmentModel::RefusedWhyRole).toString()));
        }

        QList<Continuite::Attachment> forgotten;
        for (int i = 3; i < 6; ++i)
            forgotten << stored(u"oublie-%1.mka"_s.arg(i), UncheckableVideo::laced(4 * 1000 * 1000, i));
        {
            AttachmentModel gone;
            gone.setAttachments(forgotten, &media);
        }
        AttachmentModel later;
        later.setAttachments({stored(u"ensuite.webm"_s, LyingWebm::make({640, 352}, {{640, 352}, {640, 352}}, 4000))}, &media);
        QTRY_VERIFY_WITH_TIMEOUT(!later.data(later.index(0), AttachmentModel::CheckingRole).toBool(), 60000);
        QCOMPARE(later.data(later.index(0), AttachmentModel::KindRole).toString(), u"video"_s);
        int read = 0;
        for (const auto &a : std::as_const(forgotten))
            read += AttachmentModel::playable(a.sha256).has_value();
        QVERIFY2(read <= 1, qPrintable(QString::number(read) + u" files nobody waited for were read"_s));
    }
    // Review-media20, finding 8: a file of no kind the app opens was handed to the desktop as it came, by its blob's
    // name, which has no extension, so the desktop's program was chosen from its content, whatever the sender named it:
    // an HTML page called devoir.pdf opened in the browser, an executable called exercices.odt or a desktop entry
    // called lanceur.txt in whatever runs them. Now the app reads the first bytes itself; only a file whose content is a
    // kind it may hand over (text, PDF, office documents) goes to the desktop, and one sent as a PDF must be one to
    // reach the app's PDF viewer. The others say what they hold and offer a copy. Controls: a text file and an
    // OpenDocument text still go to the desktop; a real PDF still opens in the app's viewer.
    void aFileGoesToTheDesktopOnlyWhenItsContentIsAKindItMay()
    {
        Continuite::Store *store = Session::instance()->store();
        const Continuite::MediaStore &media = store->media();
        QFile self(QCoreApplication::applicationFilePath()); // an executable: this test
        QVERIFY(self.open(QIODevice::ReadOnly));
        QFile pdf(QStringLiteral(CONTINUITE_SOURCE_DIR "/content/demo/media/fiche-fractions.pdf"));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        struct Sent
        {
            QString name, mime;
            QByteArray bytes;
            QString opens; // "desktop", "pdf" or "" (refused: a copy is offered)
            QString says;  // in the refusal
        };
        const QList<Sent> sent{
            {u"devoir.pdf"_s, u"application/pdf"_s,
             "<!DOCTYPE html>\n<html><body><script>fetch('file:///home/')</script>Devoir</body></html>\n", {}, u"text/html"_s},
            {u"exercices.odt"_s, u"application/vnd.oasis.opendocument.text"_s, self.read(64 * 1024), {}, u"executable"_s},
            {u"lanceur.txt"_s, u"text/plain"_s, "[Desktop Entry]\nType=Application\nName=Devoir\nExec=sh -c 'echo pris'\n", {},
             u"application/x-desktop"_s},
            {u"consignes-2.txt"_s, u"text/plain"_s, "Lire la page 13, puis faire l'exercice 4.\n", u"desktop"_s, {}},
            {u"fiche.odt"_s, u"application/vnd.oasis.opendocument.text"_s, openDocumentText(), u"desktop"_s, {}},
            {u"fiche-fractions.pdf"_s, u"application/pdf"_s, pdf.readAll(), u"pdf"_s, {}},
        };
        Continuite::Store::LessonInput in{store->lessons().first().meta.classId, u"Les fichiers"_s, {}, u"Les fiches."_s, {}, {}, {}, {}, {}, {}};
        auto lesson = store->createLesson(in);
        QVERIFY2(lesson, qPrintable(lesson.error()));
        for (const Sent &s : sent) {
            auto a = media.importBytes(s.bytes, {}, s.name);
            QVERIFY2(a, qPrintable(a.error()));
            a->name = s.name;
            a->mime = s.mime; // the sender's word (a modified app, or the hub: it checks only sizes)
            lesson->attachments << *a;
        }
        QVERIFY(store->updateLesson(*lesson));
        QVERIFY(store->publishLesson(lesson->meta.id));
        Session::instance()->notifyDataChanged();

        QQmlApplicationEngine engine;
        engine.addImportPath(u"qrc:/"_s);
        engine.loadData(uR"(
            import QtQuick
            import QtQuick.Window
            import Continuite
            Window {
                width: 1000; height: 800; visible: true
                color: "white"
                LessonReaderPage { objectName: "page"; anchors.fill: parent; lessonId: "%1" }
            })"_s.arg(lesson->meta.id).toUtf8());
        QCOMPARE(engine.rootObjects().size(), 1);
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
        QVERIFY(window && QTest::qWaitForWindowExposed(window));
        QObject *page = window->findChild<QObject *>(u"page"_s);
        QVERIFY(page);
        QSignalSpy openPdf(page, SIGNAL(openPdf(QUrl, QString)));
        QVERIFY(openPdf.isValid());
        QObject *reader = page->property("reader").value<QObject *>();
        QTRY_VERIFY_WITH_TIMEOUT(reader && reader->property("found").toBool(), 10000);
        auto *files = reader->property("attachments").value<QAbstractItemModel *>();
        QVERIFY(files);
        QTRY_COMPARE_WITH_TIMEOUT(files->rowCount(), int(sent.size()), 10000);
        auto *list = window->findChild<QQuickItem *>(u"attachments"_s);
        auto *dialog = window->findChild<QObject *>(u"refusedFileDialog"_s);
        QVERIFY(list && dialog);

        QStringList wrong;
        for (int row = 0; row < files->rowCount(); ++row) {
            const QString name = value(files, row, "name").toString();
            const Sent &s = *std::find_if(sent.cbegin(), sent.cend(), [&](const Sent &x) { return x.name == name; });
            m_desktop.opened.clear();
            openPdf.clear();
            openAt(list, row);
            QTest::qWait(200);
            const QString went = !m_desktop.opened.isEmpty() ? u"desktop"_s : !openPdf.isEmpty() ? u"pdf"_s : QString();
            if (went != s.opens) {
                wrong << u"%1 (its content sniffed, sent as %2) went to «%3»"_s.arg(name, s.mime, went);
                continue;
            }
            if (!s.opens.isEmpty()) {
                QVERIFY(!value(files, row, "refused").toBool());
                QVERIFY(!dialog->property("visible").toBool());
                continue;
            }
            // Refused: it says what the file holds, and offers a copy, byte for byte.
            QVERIFY(value(files, row, "refused").toBool());
            QCOMPARE(value(files, row, "kind").toString(), u"other"_s);
            QVERIFY2(value(files, row, "kindText").toString().contains(u"not opened"_s), qPrintable(value(files, row, "kindText").toString()));
            const QString why = value(files, row, "refusedWhy").toString();
            QVERIFY2(why.contains(name) && why.contains(s.says), qPrintable(why));
            QTRY_VERIFY(dialog->property("visible").toBool());
            QCOMPARE(dialog->property("message").toString(), why);
            if (name == u"devoir.pdf")
                window->grabWindow().save(QDir::tempPath() + u"/continuite-sniffed-file.png"_s);
            QMetaObject::invokeMethod(dialog, "close");
            QTRY_VERIFY(!dialog->property("visible").toBool());
            const QString copy = m_dir.filePath(u"copie-"_s + name);
            QString failure;
            QVERIFY(QMetaObject::invokeMethod(files, "saveCopy", Q_RETURN_ARG(QString, failure), Q_ARG(int, row),
                                              Q_ARG(QUrl, QUrl::fromLocalFile(copy))));
            QVERIFY2(failure.isEmpty(), qPrintable(failure));
            QFile saved(copy);
            QVERIFY(saved.open(QIODevice::ReadOnly));
            QVERIFY(saved.readAll() == s.bytes);
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u"; "_s)));
    }
};

QTEST_MAIN(TestReceivedVideos)
#include "tst_receivedvideos.moc"
