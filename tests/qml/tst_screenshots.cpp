// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// Offscreen screenshots of a student's walk through the app, in French as it ships: the profile chooser,
// the PIN typed, the lesson list, the lesson reader, its sections, the PDF worksheet. The PNGs are written
// to <build>/screenshots/ for people to look at; the test checks each is a real picture, not a blank one.
#include "addpersonflow.h"
#include "workstates.h"
#include "democourse.h"
#include "profilemodel.h"
#include "datapolicysettings.h"
#include "session.h"
#include "synccontroller.h"

#include "faultproxy.h"
#include "phonephoto.h"
#include "testclip.h"
#include "sync/hub/hubengine.h"
#include "sync/hub/hubserver.h"
#include "sync/client/syncengine.h"

#include <QAbstractItemModel>
#include <QColor>
#include <QDir>
#include <QFile>
#include <QFontMetricsF>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

Q_IMPORT_QML_PLUGIN(ContinuitePlugin)

using namespace Qt::StringLiterals;

class TestScreenshots : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QTranslator m_translator;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
    // The sync screenshots: a real hub on loopback behind the fault proxy, a teacher's device of its own.
    QTemporaryDir m_hubDir;
    QTemporaryDir m_teacherDir;
    std::unique_ptr<Continuite::Hub::HubServer> m_hub;
    Continuite::FaultProxy m_proxy;
    quint16 m_proxyPort = 0;
    QString m_pupilLogin;
    /// The written work answered in answeringAText (handed in since: no longer in À faire).
    QString m_textAssignmentId;
    QString m_pupilPin;

    QString hubUrl() const { return u"http://127.0.0.1:%1"_s.arg(m_proxyPort); }
    SyncController *sync() const { return SyncController::instance(); }

    /// The student writes something (opens a lesson), as the reader does: a change waits to be sent.
    void writeSomething()
    {
        Continuite::Store *store = Session::instance()->store();
        const auto lessons = store->lessons();
        QVERIFY(!lessons.isEmpty());
        QVERIFY(store->recordProgress(lessons.first().meta.id, false, 60));
        Session::instance()->notifyDataChanged();
    }

    QString screen() const { return m_window->property("screen").toString(); }
    /// Whether this process has loaded the QML plugin file @p fileName (issue 16: the first frame loads only what the
    /// profile chooser needs; QtPdf's and QtMultimedia's plugins come with the viewer and the player).
    static bool qmlPluginLoaded(const QString &fileName)
    {
        QFile maps(u"/proc/self/maps"_s);
        if (!maps.open(QIODevice::ReadOnly))
            qFatal("no /proc/self/maps");
        return QString::fromLocal8Bit(maps.readAll()).contains(u"/qml/"_s + fileName);
    }
    /// The screen on top of the window's stack.
    QQuickItem *topScreen() const
    {
        auto *stack = m_window->findChild<QQuickItem *>(u"stack"_s);
        return stack ? stack->property("currentItem").value<QQuickItem *>() : nullptr;
    }

    /// The item named @p name among @p parent's visual descendants (list delegates are not QObject children).
    static QQuickItem *findItem(QQuickItem *parent, const QString &name)
    {
        for (QQuickItem *child : parent->childItems()) {
            if (child->objectName() == name)
                return child;
            if (QQuickItem *found = findItem(child, name))
                return found;
        }
        return nullptr;
    }

    /// The page shown in the teacher's home (its StackLayout's current child).
    QQuickItem *currentPage() const
    {
        auto *stack = m_window->findChild<QQuickItem *>(u"stack"_s);
        auto *home = stack ? stack->property("currentItem").value<QQuickItem *>() : nullptr;
        auto *pages = home ? home->property("pages").value<QQuickItem *>() : nullptr;
        if (!pages)
            return nullptr;
        const int index = pages->property("currentIndex").toInt();
        const auto children = pages->childItems();
        return index >= 0 && index < children.size() ? children.at(index) : nullptr;
    }

    /// Waits until the StackView has finished its transition, so the grab shows one screen.
    bool settled()
    {
        auto *stack = m_window->findChild<QQuickItem *>(u"stack"_s);
        return stack && !stack->property("busy").toBool();
    }

    void typeText(const QString &text)
    {
        for (const QChar c : text)
            QTest::keyClick(m_window, c.toLatin1());
    }

    /// The words of the app's own that a person sees on the window now: labels and buttons, placeholders of
    /// fields. Not what people wrote (a lesson's or an instruction's Markdown, the text being typed in a field):
    /// a teacher may well write "tu" to her pupils.
    static void collectTexts(QQuickItem *item, QStringList &out)
    {
        if (!item->isVisible() || item->opacity() == 0.0)
            return;
        const QByteArray type = item->metaObject()->className();
        if (type.startsWith("SpokenMarkdown") || type.startsWith("MarkdownSection"))
            return;
        // What a pupil wrote, shown to her teacher, is hers ("tu" to a classmate), not the app speaking.
        if (item->objectName() == u"pupilText")
            return;
        const bool editable = item->inherits("QQuickTextEdit") || item->inherits("QQuickTextInput");
        if (item->inherits("QQuickText") || editable) {
            const QString text = editable ? item->property("placeholderText").toString() : item->property("text").toString();
            if (!text.trimmed().isEmpty())
                out << text;
        }
        for (QQuickItem *child : item->childItems())
            collectTexts(child, out);
    }

    /// Pupils are "tu", teachers "vous" (issue 14): every string on a teacher's screen is checked for "tu",
    /// every string on a pupil's for "vous".
    void checkAddress(const QString &name)
    {
        Session *session = Session::instance();
        if (!session->isUnlocked())
            return;
        static const QRegularExpression tu(u"(^|[^\\w’'])(tu|ton|ta|tes|toi|te|t’)(?=$|[^\\w])"_s,
                                           QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        static const QRegularExpression vous(u"(^|[^\\w])(vous|votre|vos)(?=$|[^\\w])"_s,
                                             QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        const QRegularExpression &wrong = session->currentIsTeacher() ? tu : vous;
        QStringList texts;
        collectTexts(m_window->contentItem(), texts);
        QStringList found;
        for (const QString &text : std::as_const(texts))
            if (wrong.match(text).hasMatch())
                found << text;
        QVERIFY2(found.isEmpty(), qPrintable(u"%1 (%2) speaks to a %3 with the wrong word:\n  "_s.arg(name, session->currentName(),
                     session->currentIsTeacher() ? u"teacher (\"tu\")"_s : u"pupil (\"vous\")"_s) + found.join(u"\n  "_s)));
    }

    /// Grabs the window into <build>/screenshots/@p name and checks it is a real picture.
    /// The first visible item under @p item that leaves the window sideways, or a text drawn past its own box; "" when
    /// none. The answer page was 1091 px wide at 1024×600: its right-hand side (the "Remis" chip, "Mes versions") cut.
    static QString outOfTheWindow(QQuickItem *item, qreal windowWidth)
    {
        if (!item->isVisible() || item->width() <= 0)
            return {};
        const QRectF box = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
        const QString name = QString::fromLatin1(item->metaObject()->className()) + u' ' + item->objectName() + u" \""_s
            + item->property("text").toString().left(40) + u'"';
        if (box.left() < -0.5 || box.right() > windowWidth + 0.5)
            return u"%1 spans %2…%3"_s.arg(name).arg(box.left()).arg(box.right());
        // A text with no elide draws past its box when its box is too narrow (a clipped one draws nothing outside).
        if (item->inherits("QQuickText") && !item->clip() && item->property("elide").toInt() == 0
            && item->property("contentWidth").toReal() > item->width() + 1)
            return u"%1 draws %2 px of text in %3"_s.arg(name).arg(item->property("contentWidth").toReal()).arg(item->width());
        for (QQuickItem *child : item->childItems())
            if (const QString found = outOfTheWindow(child, windowWidth); !found.isEmpty())
                return found;
        return {};
    }
    /// The answer page fits the window: every row inside its width, and "Remettre" in view without scrolling.
    void answerPageFits()
    {
        QQuickItem *page = topScreen();
        QVERIFY(page);
        QTRY_VERIFY(settled());
        const QString out = outOfTheWindow(page, m_window->width());
        QVERIFY2(out.isEmpty(), qPrintable(out));
        auto *submit = page->findChild<QQuickItem *>(u"submitButton"_s);
        QVERIFY(submit && submit->isVisible());
        const QRectF button = submit->mapRectToScene(QRectF(0, 0, submit->width(), submit->height()));
        const QRectF shown = page->mapRectToScene(QRectF(0, 0, page->width(), page->height()));
        QVERIFY2(shown.contains(button), qPrintable(u"\"Remettre\" at %1,%2 (bottom %3) in a page of %4×%5"_s.arg(button.x())
                                                        .arg(button.y()).arg(button.bottom()).arg(shown.width()).arg(shown.height())));
    }

    /// On the written work at 1024×600 the instructions and the answer box show together, whole: with the teacher's
    /// files between them, the column opened scrolled to the answer (which has the keyboard) and the instructions were
    /// out of view above it, only their box's bottom edge showing.
    void instructionsAndAnswerSeen()
    {
        QQuickItem *page = topScreen();
        QVERIFY(page);
        auto *view = page->findChild<QQuickItem *>(u"answerView"_s);
        QVERIFY(view);
        for (const QString &name : {u"instructionsBox"_s, u"answerBox"_s}) {
            QQuickItem *box = findItem(page, name);
            QVERIFY2(box, qPrintable(name));
            const QRectF at = box->mapRectToItem(view, QRectF(0, 0, box->width(), box->height()));
            QVERIFY2(at.top() >= -0.5 && at.bottom() <= view->height() + 0.5,
                     qPrintable(u"%1 at %2…%3 in a column %4 high"_s.arg(name).arg(at.top()).arg(at.bottom()).arg(view->height())));
        }
        // The teacher's files are there, below (the wheel or Tab reach them).
        QQuickItem *files = findItem(page, u"assignmentFiles"_s);
        QVERIFY(files && files->isVisible());
    }

    /// The sync bar's two sentences are whole (at very large text the offline one ended "ton travail partira à la …":
    /// review-app19, ui19).
    void syncBarWhole()
    {
        QTRY_VERIFY(settled());
        for (const QString &name : {u"syncStateText"_s, u"syncDetailsText"_s}) {
            QQuickItem *label = findItem(m_window->contentItem(), name);
            QVERIFY2(label, qPrintable(name));
            // A teacher's technical line is folded behind "Détails" at very large text (review-app22 F7): then the link shows.
            if (name == u"syncDetailsText"_s && !label->isVisible()) {
                QQuickItem *details = findItem(m_window->contentItem(), u"detailsButton"_s);
                QVERIFY2(details && details->isVisible(), "the sync bar's details are folded with no Détails link");
                continue;
            }
            QVERIFY2(label->isVisible(), qPrintable(name));
            // Read once the bar has grown for its lines (a moment after the text size changed, it is still short).
            QTRY_VERIFY2(!label->property("truncated").toBool(), qPrintable(u"%1 cut: %2"_s.arg(name, label->property("text").toString())));
        }
    }
    /// The same screen at "Très grande" text, shot as @p name, then back to the normal size (the Très grande series
    /// lacked these states: review-app19, ui19).
    void shootVeryLarge(const QString &name)
    {
        Session::instance()->setTextScale(Session::MaxTextScale);
        syncBarWhole();
        shoot(name);
        Session::instance()->setTextScale(1.0);
        QTRY_VERIFY(settled());
    }

    /// The visible texts under @p item that are cut (elided, or lines dropped past their maximum), one per line; ""
    /// when none. Issue 14 at "Très grande": the header's "Mme Martin · p…", marking's date line "(horloge de
    /// l’appareil,…", the board's "aujou…", the answer page's "leçon : Placer …".
    static QString cutTexts(QQuickItem *item)
    {
        if (!item || !item->isVisible() || item->width() <= 0 || item->opacity() <= 0)
            return {};
        QString found;
        // A file's name cut in its middle keeps its start and its type, on purpose ("IMG_2026…1830.jpg"). A summary
        // ends on its last whole line with "…" (issue 14: "summaries end on a whole line"); a picture's words in its
        // chip are whole in its accessible name. Still cut at "Très grande" and not yet fixed (review-app22 F6, see
        // notes/app24.md): what stillCut() names.
        if (item->inherits("QQuickText") && item->property("truncated").toBool() && item->property("elide").toInt() != Qt::ElideMiddle
            && !item->objectName().endsWith(u"Summary"_s) && item->objectName() != u"pictureWords"_s && !stillCut(item)
            // Drawn in no colour: a secret field's placeholder, there for a screen reader only (SettingsField).
            && item->property("color").value<QColor>().alpha() > 0)
            found = u"%1 \"%2\" (%3 px wide)\n"_s.arg(item->objectName(), item->property("text").toString()).arg(item->width());
        for (QQuickItem *child : item->childItems())
            found += cutTexts(child);
        return found;
    }
    /// The texts still cut at "Très grande" that review-app22 F6 found and are not fixed yet (notes/app23.md, app24.md):
    /// each is named here, so that any other cut text fails the walk.
    static bool stillCut(const QQuickItem *item)
    {
        const QString name = item->objectName();
        const QQuickItem *parent = item->parentItem();
        // (The settings' "Mme Martin : Nouveau mot de passe…" that review-app22 F6's listing showed is a secret field's
        // placeholder drawn in no colour, for a screen reader: not a cut the eye sees.)
        Q_UNUSED(name);
        Q_UNUSED(parent);
        // Nothing left: app24 fixed the class drop-down, the quiz's kinds, the grid's titles, the roster's placeholders,
        // the ✕ and the assignment editor's lesson box.
        return false;
    }

    /// No text cut under @p item; @p what names it in the failure.
    void textsWhole(QQuickItem *item, const QString &what)
    {
        QVERIFY2(item && item->isVisible(), qPrintable(what));
        // Read once laid out at this size (a frame after the size changed, a label may still have its old width).
        QTRY_VERIFY2(cutTexts(item).isEmpty(), qPrintable(u"%1, cut:\n%2"_s.arg(what, cutTexts(item))));
    }

    /// @p item is drawn whole inside the window's width (nothing cut at the right edge).
    void fitsTheWindow(QQuickItem *item, const QString &what)
    {
        QVERIFY2(item && item->isVisible(), qPrintable(what));
        const QRectF at = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
        QVERIFY2(at.left() >= -0.5 && at.right() <= m_window->width() + 0.5,
                 qPrintable(u"%1 at x %2…%3 in a window %4 wide"_s.arg(what).arg(at.left()).arg(at.right()).arg(m_window->width())));
    }

    void shoot(const QString &name)
    {
        QTRY_VERIFY(settled());
        checkAddress(name);
        if (QTest::currentTestFailed())
            return;
        const QImage image = m_window->grabWindow();
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1024, 600));
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 3)
            for (int x = 0; x < image.width(); x += 3)
                colours.insert(image.pixel(x, y));
        // Text, cards, the theme's colours and anti-aliasing: a screen with content has hundreds.
        QVERIFY2(colours.size() > 40, qPrintable(u"%1 has only %2 colours"_s.arg(name).arg(colours.size())));
        QDir().mkpath(QStringLiteral(CONTINUITE_SCREENSHOT_DIR));
        const QString path = QStringLiteral(CONTINUITE_SCREENSHOT_DIR) + u'/' + name;
        QVERIFY(image.save(path));
        qInfo("wrote %s (%lld colours)", qPrintable(path), qint64(colours.size()));
        // At "Très grande", no text cut anywhere in the window, on every shot (review-app22 F6: the check was applied
        // to four screens, and the reader's ✓ button, the lesson cards' dates and the assignment list were cut).
        if (Session::instance()->textScale() >= Session::MaxTextScale)
            textsWhole(m_window->contentItem(), name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        {
            auto store = Continuite::Store::open(m_dir.path());
            QVERIFY2(store, qPrintable(store.error()));
            const DemoCourse demo = DemoCourse::fill(**store, QStringLiteral(CONTINUITE_SOURCE_DIR "/content/demo"));
            QVERIFY2(demo.error.isEmpty(), qPrintable(demo.error));
            // The written work comes with the worksheet and a short video of the board; the video is not on this
            // device yet (held back by the data policy, as its blob is absent): the answer page says so.
            const QString clip = m_dir.filePath(u"le-point-E.webm"_s);
            QVERIFY(TestClip::make(clip, 640, 360, 3, true, "smpte"));
            for (Continuite::Assignment a : (*store)->assignments()) {
                if (a.type == Continuite::AssignmentType::Quiz)
                    continue;
                for (const QString &path : {QStringLiteral(CONTINUITE_SOURCE_DIR "/content/demo/media/fiche-fractions.pdf"), clip}) {
                    auto imported = (*store)->media().importFile(path);
                    QVERIFY2(imported, qPrintable(imported.error()));
                    a.attachments << *imported;
                }
                auto updated = (*store)->updateAssignment(a);
                QVERIFY2(updated, qPrintable(updated.error()));
                QVERIFY(QFile::remove((*store)->media().pathOf(a.attachments.last().sha256)));
            }
            QFile::remove(clip);
        }
        // French, as the app starts by default.
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        QVERIFY(m_translator.load(u":/i18n/continuite_fr.qm"_s));
        QCoreApplication::installTranslator(&m_translator);

        Session::instance()->setDataDir(m_dir.path());
        QVERIFY(Session::instance()->isReady());
        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->addImportPath(u"qrc:/"_s);
        m_engine->load(QUrl(u"qrc:/Continuite/Main.qml"_s));
        QCOMPARE(m_engine->rootObjects().size(), 1);
        m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
        QVERIFY(m_window);
        m_window->resize(1024, 600);
        m_window->requestActivate();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    // A layout that never settles fails the walk (issue 14): Qt Quick Layouts then warn "Polish loop detected" and leave
    // the screen laid out half-way, a warning that scrolled past in this test's output for sessions (BoardPage.qml,
    // ReviewPage.qml). Set before each function: Qt clears the patterns after each one.
    void init()
    {
        QTest::failOnWarning(QRegularExpression(u"Polish loop detected"_s));
    }

    void profileChooser()
    {
        QCOMPARE(screen(), u"profiles"_s);
        QCOMPARE(m_window->title(), u"Continuité"_s);
        shoot(u"01-profils.png"_s);
        // The first screen did not load the PDF viewer's nor the media player's libraries (issue 16); control: the
        // controls it shows were, and read the same way.
        QVERIFY(qmlPluginLoaded(u"QtQuick/Controls/libqtquickcontrols2plugin.so"_s));
        QVERIFY(!qmlPluginLoaded(u"QtQuick/Pdf/libpdfquickplugin.so"_s));
        QVERIFY(!qmlPluginLoaded(u"QtMultimedia/libquickmultimediaplugin.so"_s));
    }

    void addingAPerson()
    {
        // From the cards, by keyboard: Tab to "Add a person on this device", Enter; a code but no PIN.
        auto *button = m_window->findChild<QQuickItem *>(u"addPersonButton"_s);
        QVERIFY(button);
        button->forceActiveFocus(Qt::TabFocusReason);
        QTest::keyClick(m_window, Qt::Key_Return);
        auto *page = m_window->findChild<QQuickItem *>(u"addPerson"_s);
        QVERIFY(page);
        QTRY_VERIFY(page->isVisible());
        typeText(u"192.168.1.10:8080"_s);
        QTest::keyClick(m_window, Qt::Key_Return);
        typeText(u"K7PQ2M"_s);
        QTest::keyClick(m_window, Qt::Key_Return);
        QTest::keyClick(m_window, Qt::Key_Return);
        QVERIFY(!page->property("message").toString().isEmpty());
        shoot(u"01b-ajouter-une-personne.png"_s);
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_VERIFY(!page->isVisible());

        // A brand-new device: nobody yet, so the first screen is this page.
        QTemporaryDir empty;
        QVERIFY(empty.isValid());
        Session::instance()->setDataDir(empty.path());
        QTRY_VERIFY(page->isVisible());
        QCOMPARE(page->property("firstRun").toBool(), true);
        shoot(u"01c-premier-demarrage.png"_s);

        // In class with no internet: the address and code on the teacher's screen, then the card, by keyboard.
        QVERIFY(QMetaObject::invokeMethod(page, "setWay", Q_ARG(int, int(AddPersonFlow::Classroom))));
        QCOMPARE(page->property("way").toInt(), int(AddPersonFlow::Classroom));
        typeText(u"192.168.1.10:8765"_s);
        QTest::keyClick(m_window, Qt::Key_Return);
        typeText(u"K7PQ2M-ABCD-EFGH"_s);
        QTest::keyClick(m_window, Qt::Key_Return);
        typeText(u"lea"_s);
        QTest::keyClick(m_window, Qt::Key_Return);
        typeText(u"1234"_s);
        shoot(u"01d-premier-demarrage-en-classe.png"_s);
        // A code typed short: what to do, said before any network.
        auto *codeField = page->property("classCodeField").value<QQuickItem *>();
        QVERIFY(codeField);
        codeField->setProperty("text", u"K7P"_s);
        QTest::keyClick(m_window, Qt::Key_Return);
        QVERIFY(page->property("message").toString().contains(u"14"_s));
        shoot(u"01e-en-classe-code-incomplet.png"_s);
        // At home with no network: the stick her teacher gave her is plugged in; its packs are big buttons.
        QTemporaryDir media;
        QVERIFY(media.isValid() && QDir(media.path()).mkpath(u"CLE_LEA"_s));
        for (const QString &name : {u"6e-B-2026-11-30.continuite"_s, u"6e-B-lea-2026-12-04.continuite"_s}) {
            QFile pack(media.filePath(u"CLE_LEA/"_s + name));
            QVERIFY(pack.open(QIODevice::WriteOnly));
            pack.write("CNTP");
        }
        QVERIFY(QMetaObject::invokeMethod(page, "setWay", Q_ARG(int, int(AddPersonFlow::Pack))));
        auto *drives = page->property("drives").value<QObject *>();
        QVERIFY(drives);
        drives->setProperty("mediaRoots", QStringList{media.path()});
        QCOMPARE(drives->property("count").toInt(), 1);
        QQuickItem *first = nullptr;
        QTRY_VERIFY((first = findItem(page, u"stickPack0_0"_s)) && first->isVisible());
        shoot(u"01f-premier-demarrage-cle-usb.png"_s);
        QVERIFY(QMetaObject::invokeMethod(page, "setWay", Q_ARG(int, int(AddPersonFlow::SchoolServer))));
        Session::instance()->setDataDir(m_dir.path());
        QTRY_VERIFY(!page->isVisible());
        QCOMPARE(screen(), u"profiles"_s);
    }

    void typingThePin()
    {
        // Keyboard only: move to Léa's card, Enter, a wrong PIN first.
        auto *grid = m_window->findChild<QQuickItem *>(u"profileGrid"_s);
        QVERIFY(grid);
        QTRY_VERIFY(grid->hasActiveFocus());
        auto *profiles = qobject_cast<ProfileModel *>(grid->property("model").value<QObject *>());
        QVERIFY(profiles);
        const int lea = profiles->indexOf(u"lea"_s);
        QVERIFY(lea >= 0);
        for (int i = 0; i < lea; ++i)
            QTest::keyClick(m_window, Qt::Key_Right);
        QTest::keyClick(m_window, Qt::Key_Return);
        typeText(u"1111"_s);
        QTest::keyClick(m_window, Qt::Key_Return);
        QVERIFY(!Session::instance()->isUnlocked());
        // Whose card, and what to do (issue 14).
        QCOMPARE(Session::instance()->error(), u"Ce n’est pas le code PIN de la carte de Léa Dubois. Code oublié\u00a0? Demande un nouveau code à ton professeur."_s);
        shoot(u"02-code-faux.png"_s);
    }

    void lessonList()
    {
        typeText(u"1234"_s);
        QTest::keyClick(m_window, Qt::Key_Return);
        QVERIFY(Session::instance()->isUnlocked());
        // A student lands on "À faire"; key 2 shows the lessons.
        QTRY_COMPARE(screen(), u"todo"_s);
        QCOMPARE(m_window->title(), u"Continuité — Léa Dubois"_s);
        QTest::keyClick(m_window, Qt::Key_2);
        QTRY_COMPARE(screen(), u"lessons"_s);
        shoot(u"03-lecons.png"_s);
    }

    void lessonReader()
    {
        QTest::keyClick(m_window, Qt::Key_Return); // the first lesson
        QTRY_COMPARE(screen(), u"reader"_s);
        shoot(u"04-lecon-avant.png"_s);
        // One ✓ per part (issue 14): "Avant la classe" ticked, the tab says so.
        auto *done = topScreen()->findChild<QQuickItem *>(u"doneButton"_s);
        QVERIFY(done && done->isEnabled());
        QVERIFY(QMetaObject::invokeMethod(done, "clicked"));
        QTRY_VERIFY(!done->isEnabled());
        shoot(u"04b-lecon-avant-faite.png"_s);
        QTest::keyClick(m_window, Qt::Key_Right);
        shoot(u"05-lecon-en-classe.png"_s);
        QTest::keyClick(m_window, Qt::Key_Right);
        shoot(u"06-lecon-apres.png"_s);
    }

    void pdfWorksheet()
    {
        auto *stack = m_window->findChild<QQuickItem *>(u"stack"_s);
        QVERIFY(stack);
        auto *reader = stack->property("currentItem").value<QQuickItem *>();
        QVERIFY(reader);
        auto *files = reader->findChild<QQuickItem *>(u"attachments"_s);
        QVERIFY(files);
        files->forceActiveFocus();
        files->setProperty("currentIndex", 1);
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_COMPARE(screen(), u"pdf"_s);
        QVERIFY(qmlPluginLoaded(u"QtQuick/Pdf/libpdfquickplugin.so"_s)); // loaded with the viewer, when first opened
        auto *viewer = stack->property("currentItem").value<QQuickItem *>();
        auto *document = viewer->property("document").value<QObject *>();
        QVERIFY(document);
        QTRY_COMPARE(document->property("pageCount").toInt(), 2);
        // The first page drawn (PdfPage's status Ready), not its placeholder.
        QTRY_VERIFY(findItem(viewer, u"pdfPage0"_s) && findItem(viewer, u"pdfPage0"_s)->property("status").toInt() == 2);
        shoot(u"07-fiche-pdf.png"_s);
        // Tab reads the first page's words (issue 18): not drawn a second time, a frame shows the page read.
        auto *words = findItem(viewer, u"pdfPageText0"_s);
        QVERIFY(words);
        QTest::keyClick(m_window, Qt::Key_Tab);
        QTRY_VERIFY(words->hasActiveFocus());
        QTRY_VERIFY(words->property("text").toString().contains(u"Quelle fraction de chaque figure"_s));
        shoot(u"07b-fiche-pdf-page-lue.png"_s);
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_COMPARE(screen(), u"reader"_s);
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_COMPARE(screen(), u"lessons"_s);
    }

    // ---- The student's work (Léa is still in) -----------------------------------------------------

    void studentTodo()
    {
        QTest::keyClick(m_window, Qt::Key_1);
        QTRY_COMPARE(screen(), u"todo"_s);
        auto *page = topScreen();
        QVERIFY(page);
        auto *todo = page->property("todoPage").value<QQuickItem *>()->property("todo").value<QObject *>();
        // The whole flipped lesson (issue 14): three lessons to read and two pieces of work, by class day.
        QCOMPARE(todo->property("count").toInt(), 5);
        QCOMPARE(todo->property("lessonCount").toInt(), 3);
        QCOMPARE(todo->property("newCount").toInt(), 2);
        shoot(u"s1-a-faire.png"_s);
    }

    /// Puts the "À faire" list's keyboard on the row of the assignment of @p kind ("text", "quiz").
    void selectTodoRow(const QString &kind)
    {
        auto *todoPage = topScreen()->property("todoPage").value<QQuickItem *>();
        auto *model = todoPage->property("todo").value<QAbstractItemModel *>();
        auto *list = todoPage->property("list").value<QQuickItem *>();
        QVERIFY(model && list);
        const int kindRole = model->roleNames().key("kind");
        int row = -1;
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->data(model->index(r, 0), kindRole).toString() == kind)
                row = r;
        QVERIFY2(row >= 0, qPrintable(kind));
        list->forceActiveFocus();
        list->setProperty("currentIndex", row);
    }

    void answeringAText()
    {
        // The explanation, then Enter.
        selectTodoRow(u"text"_s);
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_COMPARE(screen(), u"answer"_s);
        auto *page = topScreen();
        auto *work = page->property("work").value<QObject *>();
        QVERIFY(work);
        QCOMPARE(work->property("kind").toString(), u"text"_s);
        m_textAssignmentId = page->property("assignmentId").toString();
        auto *editor = page->findChild<QQuickItem *>(u"answerText"_s);
        QVERIFY(editor);
        QTRY_VERIFY(editor->hasActiveFocus());
        // A photo of the exercise book, as the phone took it: the work keeps a light grey copy and shows both sizes.
        const QString photo = m_dir.filePath(u"IMG_20261205_1830.jpg"_s);
        {
            QFile f(photo);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(PhonePhoto::jpeg(PhonePhoto::notebookPage(), 92));
        }
        bool added = false;
        QSignalSpy fileAdded(work, SIGNAL(fileAdded(bool)));
        QVERIFY(QMetaObject::invokeMethod(work, "addFile", Q_RETURN_ARG(bool, added), Q_ARG(QUrl, QUrl::fromLocalFile(photo))));
        QVERIFY2(added, qPrintable(work->property("error").toString()));
        QVERIFY(fileAdded.wait(60000)); // made light in the background
        QVERIFY2(fileAdded.first().at(0).toBool(), qPrintable(work->property("error").toString()));
        const QStringList sizes = work->property("fileSizes").toStringList();
        QVERIFY2(sizes.size() == 1 && sizes.first().contains(u"→"_s), qPrintable(sizes.join(u'|')));
        // The teacher's files, with their cost before it is spent, and the video that waits.
        QCOMPARE(work->property("missingFiles").toStringList().size(), 1);
        QVERIFY(work->property("downloadCostText").toString().contains(u"vidéo comprise"_s));
        editor->forceActiveFocus();
        typeText(u"Salut Sami ! D'abord, tu reperes l'unite : elle est partagee en 4."_s);
        QTRY_COMPARE(work->property("draftState").toInt(), int(WorkStates::DraftSaved));
        answerPageFits();
        instructionsAndAnswerSeen();
        shoot(u"s2-reponse-brouillon.png"_s);
        QTest::keyClick(m_window, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(page->property("work").value<QObject *>()->property("history").value<QObject *>()->property("count").toInt(), 1);
        answerPageFits();
        shoot(u"s3-reponse-rendue.png"_s);
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_COMPARE(screen(), u"todo"_s);
        shoot(u"s4-a-faire-apres-rendu.png"_s);
    }

    void answeringAQuiz()
    {
        selectTodoRow(u"quiz"_s);
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_COMPARE(screen(), u"answer"_s);
        auto *page = topScreen();
        auto *work = page->property("work").value<QObject *>();
        QCOMPARE(work->property("kind").toString(), u"quiz"_s);
        auto *questions = work->property("questions").value<QAbstractItemModel *>();
        QVERIFY(questions);
        QVERIFY(QMetaObject::invokeMethod(questions, "setChoice", Q_ARG(int, 0), Q_ARG(int, 0), Q_ARG(bool, true)));
        QVERIFY(QMetaObject::invokeMethod(questions, "setAnswerText", Q_ARG(int, 1), Q_ARG(QString, u"3/4"_s)));
        QTRY_COMPARE(work->property("draftState").toInt(), int(WorkStates::DraftSaved));
        shoot(u"s5-quiz.png"_s);
        // Handing in with four questions left asks first (issue 14).
        auto *submit = page->findChild<QQuickItem *>(u"submitButton"_s);
        QVERIFY(submit);
        QVERIFY(QMetaObject::invokeMethod(submit, "clicked"));
        auto *warning = page->findChild<QQuickItem *>(u"unansweredWarning"_s);
        QTRY_VERIFY(warning && warning->isVisible());
        shoot(u"s5b-quiz-pas-fini.png"_s);
        Session::instance()->setTextScale(Session::MaxTextScale);
        QTRY_VERIFY(settled());
        QVERIFY(warning->isVisible());
        fitsTheWindow(warning, u"the half-empty quiz's warning"_s);
        shootVeryLarge(u"t8-texte-tres-grand-quiz-pas-fini.png"_s);
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_COMPARE(screen(), u"todo"_s);
    }

    void studentAssignments()
    {
        QTest::keyClick(m_window, Qt::Key_3);
        QTRY_COMPARE(screen(), u"assignments"_s);
        shoot(u"s6-devoirs.png"_s);
    }

    void backToTheChooser()
    {
        Session::instance()->lock();
        QTRY_COMPARE(screen(), u"profiles"_s);
        QVERIFY(m_window->title() == u"Continuité"_s);
    }

    void teacherLessons()
    {
        // The teacher's password, then her home; her lessons: the draft is hers only.
        QVERIFY(Session::instance()->unlock(u"mme.martin"_s, u"demo-prof"_s));
        QTRY_COMPARE(screen(), u"teacherHome"_s);
        QTRY_VERIFY(settled());
        QTest::keyClick(m_window, Qt::Key_2, Qt::AltModifier);
        QQuickItem *page = currentPage();
        QVERIFY(page);
        auto *lessons = page->property("lessons").value<QObject *>();
        QVERIFY(lessons);
        QCOMPARE(lessons->property("count").toInt(), 4);
        shoot(u"08-professeur-lecons.png"_s);
        Session::instance()->lock();
        QTRY_COMPARE(screen(), u"profiles"_s);
    }

    void studentsAtWork()
    {
        // Hugo reads the first lesson to the end and hands in the quiz; Inès has not opened anything.
        Continuite::Store *store = Session::instance()->store();
        QVERIFY(Session::instance()->unlock(u"hugo"_s, u"5678"_s));
        const auto lessons = store->lessons();
        QVERIFY(store->recordProgress(lessons.at(0).meta.id, true, 900));
        QVERIFY(store->recordProgress(lessons.at(1).meta.id, false, 120));
        const auto work = store->assignments();
        QVERIFY(!work.isEmpty());
        QJsonObject answers;
        for (const auto &q : work.at(0).quiz.questions)
            answers.insert(q.id, q.type == Continuite::QuizQuestion::Type::Choice ? QJsonValue(QJsonArray{q.correct.value(0)})
                                                                                   : QJsonValue(q.accepted.value(0)));
        QVERIFY(store->submit({work.at(0).meta.id, {}, answers, {}}));
        Session::instance()->lock();
        QTRY_COMPARE(screen(), u"profiles"_s);
    }

    void teacherClasses()
    {
        QVERIFY(Session::instance()->unlock(u"mme.martin"_s, u"demo-prof"_s));
        QTRY_COMPARE(screen(), u"teacherHome"_s);
        QTRY_VERIFY(settled());
        QTest::keyClick(m_window, Qt::Key_1, Qt::AltModifier);
        QQuickItem *page = currentPage();
        QCOMPARE(page->objectName(), u"classesPage"_s);
        // A student added now: her login code and PIN are on screen, to print on her card.
        auto *roster = page->property("roster").value<QObject *>();
        QVERIFY(roster);
        int row = -1;
        QVERIFY(QMetaObject::invokeMethod(roster, "addStudent", Q_RETURN_ARG(int, row), Q_ARG(QString, u"Jade Moreau"_s)));
        QVERIFY(row >= 0);
        QCOMPARE(roster->property("count").toInt(), 4);
        shoot(u"20-professeur-classe.png"_s);
        // Taking her off again asks first, and says her work would stay; Escape keeps her.
        QVERIFY(QMetaObject::invokeMethod(page, "askToRemove", Q_ARG(int, row)));
        auto *dialog = page->property("removeDialog").value<QObject *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->property("opened").toBool());
        shoot(u"20b-professeur-retirer-eleve.png"_s);
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_VERIFY(!dialog->property("visible").toBool());
        QCOMPARE(roster->property("count").toInt(), 4);
    }

    void teacherLessonEditor()
    {
        // The first lesson in the editor: Markdown on the left, the students' view on the right.
        QTest::keyClick(m_window, Qt::Key_2, Qt::AltModifier);
        QQuickItem *page = currentPage();
        QCOMPARE(page->objectName(), u"teacherLessons"_s);
        auto *lessons = page->property("lessons").value<QObject *>();
        QString first;
        QVERIFY(QMetaObject::invokeMethod(lessons, "lessonIdAt", Q_RETURN_ARG(QString, first), Q_ARG(int, 0)));
        QVERIFY(QMetaObject::invokeMethod(page, "editLesson", Q_ARG(QString, first)));
        QVERIFY(page->property("editing").toBool());
        shoot(u"22-professeur-editeur-lecon.png"_s);
        // While writing, the side menu folds away and the formatting buttons share the parts' row: the text box
        // gets the room (review of issue 14, finding 9: ≈115 px, six lines, at 1024×600).
        QVERIFY(!findItem(topScreen(), u"sideMenu"_s)->isVisible());
        {
            auto *area = page->property("sectionArea").value<QQuickItem *>();
            QQuickItem *view = area->parentItem()->parentItem(); // the ScrollView's Flickable
            QVERIFY2(view->height() >= 150, qPrintable(u"the text box is %1 px high"_s.arg(view->height())));
        }
        {
            // "En classe" holds a table: Gras over the whole part leaves the table as it is and a sentence under the
            // buttons says so (review-app19 finding 9); the chip says the published lesson has changes not saved.
            page->setProperty("section", 1);
            auto *area = page->property("sectionArea").value<QQuickItem *>();
            QVERIFY(area->property("text").toString().contains(u"\n|:-"_s) || area->property("text").toString().contains(u"\n|--"_s));
            area->forceActiveFocus();
            QVERIFY(QMetaObject::invokeMethod(area, "selectAll"));
            QQuickItem *toolbar = findItem(page, u"markdownToolbar"_s);
            QVERIFY(toolbar);
            QVERIFY(QMetaObject::invokeMethod(findItem(toolbar, u"boldButton"_s), "clicked"));
            auto *notice = toolbar->property("noticePopup").value<QObject *>();
            QVERIFY(notice);
            QTRY_VERIFY(notice->property("opened").toBool());
            QQuickItem *chip = findItem(page, u"editorState"_s);
            QVERIFY(chip);
            QCOMPARE(chip->property("text").toString(), u"Publiée, modifications non enregistrées"_s);
            shoot(u"22b-professeur-editeur-tableau-garde.png"_s);
            bool loaded = false;
            QVERIFY(QMetaObject::invokeMethod(page->property("editor").value<QObject *>(), "load", Q_RETURN_ARG(bool, loaded), Q_ARG(QString, first)));
            QVERIFY(loaded); // as it was: the walk goes on with the lesson untouched
            QVERIFY(QMetaObject::invokeMethod(notice, "close"));
            page->setProperty("section", 0);
        }

        // A new lesson with a video too heavy for a family on mobile data: the warning shows.
        QVERIFY(QMetaObject::invokeMethod(page, "newLesson"));
        auto *editor = page->property("editor").value<QObject *>();
        editor->setProperty("title", u"Les fractions décimales"_s);
        editor->setProperty("summary", u"Dixièmes et centièmes."_s);
        editor->setProperty("beforeClass", u"## Les dixièmes\n\nRegarde la vidéo jointe, puis réponds :\n\n- Combien de dixièmes dans une unité ?\n- Écris **0,3** en fraction."_s);
        editor->setProperty("plannedDateText", QDate::currentDate().addDays(7).toString(u"dd/MM/yyyy"_s));
        const QString video = m_dir.filePath(u"dixiemes.mp4"_s);
        {
            QFile f(video);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(3'400'000, 'v'));
        }
        bool attached = false;
        editor->setProperty("lightVideos", false); // not a real video: attached as it is, heavy
        QVERIFY(QMetaObject::invokeMethod(page, "attachFile", Q_RETURN_ARG(bool, attached), Q_ARG(QUrl, QUrl::fromLocalFile(video))));
        QVERIFY2(attached, qPrintable(editor->property("error").toString()));
        QVERIFY(QMetaObject::invokeMethod(page, "attachFile", Q_RETURN_ARG(bool, attached),
                                          Q_ARG(QUrl, QUrl::fromLocalFile(QStringLiteral(CONTINUITE_SOURCE_DIR "/content/demo/media/fiche-fractions.pdf")))));
        QCOMPARE(editor->property("heavyCount").toInt(), 1);
        // A photo of the board from the teacher's phone: the lesson keeps its light copy, and says so.
        const QString board = m_dir.filePath(u"tableau.jpg"_s);
        {
            QFile f(board);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(PhonePhoto::jpeg(PhonePhoto::notebookPage({u"Les dixièmes"_s, u"3/10 = 0,3"_s}, 7), 92));
        }
        QSignalSpy boardAttached(editor, SIGNAL(attachFinished(bool)));
        QVERIFY(QMetaObject::invokeMethod(page, "attachFile", Q_RETURN_ARG(bool, attached), Q_ARG(QUrl, QUrl::fromLocalFile(board))));
        QVERIFY2(attached, qPrintable(editor->property("error").toString()));
        QVERIFY(boardAttached.wait(60000)); // made light in the background
        QVERIFY2(boardAttached.first().at(0).toBool(), qPrintable(editor->property("error").toString()));
        QVERIFY2(editor->property("lastAttachedText").toString().contains(u"→"_s), qPrintable(editor->property("lastAttachedText").toString()));
        QCOMPARE(editor->property("heavyCount").toInt(), 1); // the photo is not heavy any more
        shoot(u"23-professeur-nouvelle-lecon.png"_s);
        // A video from the teacher's phone, "version légère" ticked: made light in the background, with its
        // progress and Stop; stopped here, nothing more is attached.
        editor->setProperty("lightVideos", true);
        const QString clip = m_dir.filePath(u"experience-eau.webm"_s);
        QVERIFY(TestClip::make(clip, 854, 480, 20, true, "snow"));
        QVERIFY(QMetaObject::invokeMethod(page, "attachFile", Q_RETURN_ARG(bool, attached), Q_ARG(QUrl, QUrl::fromLocalFile(clip))));
        QVERIFY2(attached, qPrintable(editor->property("error").toString()));
        auto *preparation = editor->property("preparation").value<QObject *>();
        QVERIFY(preparation && preparation->property("busy").toBool());
        QTRY_VERIFY_WITH_TIMEOUT(preparation->property("progress").toDouble() >= 0.1, 60000);
        shoot(u"23a-professeur-video-legere.png"_s);
        QVERIFY(QMetaObject::invokeMethod(preparation, "stop"));
        QTRY_VERIFY(!preparation->property("busy").toBool());
        QCOMPARE(editor->property("heavyCount").toInt(), 1);
        // Publish: "In class" and "After class" are still empty; the teacher is asked, and goes back.
        QVERIFY(QMetaObject::invokeMethod(page, "askToPublish"));
        auto *dialog = m_window->findChild<QObject *>(u"publishDialog"_s);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->property("opened").toBool());
        QVERIFY(dialog->property("message").toString().contains(u"En classe"_s));
        shoot(u"23b-professeur-publier-incomplet.png"_s);
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_VERIFY(!dialog->property("visible").toBool());
        QVERIFY(!editor->property("published").toBool());
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_VERIFY(!page->property("editing").toBool());
    }

    void teacherAssignmentEditor()
    {
        QTest::keyClick(m_window, Qt::Key_3, Qt::AltModifier);
        QQuickItem *page = currentPage();
        QCOMPARE(page->objectName(), u"assignmentsPage"_s);
        auto *assignments = page->property("assignments").value<QObject *>();
        QCOMPARE(assignments->property("count").toInt(), 2);
        shoot(u"24-professeur-devoirs.png"_s);
        QString quiz;
        QVERIFY(QMetaObject::invokeMethod(assignments, "assignmentIdAt", Q_RETURN_ARG(QString, quiz), Q_ARG(int, 0)));
        QVERIFY(QMetaObject::invokeMethod(page, "editAssignment", Q_ARG(QString, quiz)));
        auto *editor = page->property("editor").value<QObject *>();
        QVERIFY(editor->property("isQuiz").toBool());
        shoot(u"25-professeur-devoir-quiz.png"_s);
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_VERIFY(!page->property("editing").toBool());
    }

    void teacherReview()
    {
        // Hugo's quiz, returned with a comment and a score typed in the card, then clicked.
        QTest::keyClick(m_window, Qt::Key_4, Qt::AltModifier);
        QQuickItem *page = currentPage();
        QCOMPARE(page->objectName(), u"reviewPage"_s);
        auto *review = page->property("review").value<QObject *>();
        QTRY_COMPARE(review->property("count").toInt(), 1);
        auto *list = page->property("submissionList").value<QQuickItem *>();
        QVERIFY(list);
        QTRY_VERIFY(findItem(list, u"commentField"_s));
        QQuickItem *comment = findItem(list, u"commentField"_s);
        comment->forceActiveFocus();
        typeText(u"Tres bien, Hugo."_s);
        QTest::keyClick(m_window, Qt::Key_Tab);
        typeText(u"5"_s);
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_VERIFY(review->property("error").toString().isEmpty());
        auto *model = qobject_cast<QAbstractItemModel *>(review);
        QVERIFY(model);
        QTRY_VERIFY(model->data(model->index(0, 0), model->roleNames().key("returned")).toBool());
        QCOMPARE(model->data(model->index(0, 0), model->roleNames().key("feedback")).toString(), u"Tres bien, Hugo."_s);
        {
            // The quiz's card holds its content: "Mark ›", the answers and "Return" inside its border (review-app19
            // finding 13).
            QQuickItem *submissions = findItem(m_window->contentItem(), u"submissions"_s);
            QVERIFY(submissions);
            QQuickItem *card = nullptr;
            QMetaObject::invokeMethod(submissions, "itemAtIndex", Q_RETURN_ARG(QQuickItem *, card), Q_ARG(int, 0));
            QVERIFY(card);
            const QRectF cardAt = card->mapRectToScene(QRectF(0, 0, card->width(), card->height()));
            for (QQuickItem *item : card->findChildren<QQuickItem *>()) {
                if (!item->isVisible() || item->width() <= 0)
                    continue;
                const QRectF at = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
                QVERIFY2(at.right() <= cardAt.right() + 0.5,
                         qPrintable(u"%1 \"%2\" ends at x %3, past its card's border at %4"_s.arg(QString::fromUtf8(item->metaObject()->className()))
                                        .arg(item->property("text").toString().left(40)).arg(at.right()).arg(cardAt.right())));
            }
        }
        shoot(u"26-professeur-correction.png"_s);

        // The written work, handed in with a photo of the exercise book (answeringAText): its thumbnail in the
        // card, then the photo big beside the comment and the score out of 20 (issue 14).
        auto *assignments = page->property("assignments").value<QAbstractItemModel *>();
        int withPhoto = -1;
        for (int r = 0; r < assignments->rowCount() && withPhoto < 0; ++r) {
            QVERIFY(QMetaObject::invokeMethod(page, "chooseAssignment", Q_ARG(int, r)));
            QVariantMap first;
            QVERIFY(QMetaObject::invokeMethod(review, "rowAt", Q_RETURN_ARG(QVariantMap, first), Q_ARG(int, 0)));
            if (!first.value(u"attachments"_s).toList().isEmpty())
                withPhoto = r;
        }
        QVERIFY2(withPhoto >= 0, "the photo handed in is in Review");
        QTRY_VERIFY(findItem(list, u"thumbnailImage"_s));
        QTRY_COMPARE(findItem(list, u"thumbnailImage"_s)->property("status").toInt(), 1); // Image.Ready: the photo, small
        shoot(u"26b-professeur-correction-vignette.png"_s);
        QVERIFY(QMetaObject::invokeMethod(page, "openMarking", Q_ARG(int, 0), Q_ARG(int, 0)));
        QTRY_VERIFY(page->property("marking").toBool());
        auto *marking = page->property("markingPage").value<QQuickItem *>();
        auto *photo = findItem(marking, u"photo"_s);
        QVERIFY(photo);
        QTRY_COMPARE(photo->property("status").toInt(), 1); // Image.Ready
        QVERIFY2(photo->width() > 600, "the photo takes the room the side menu gave up");
        shoot(u"26c-professeur-correction-photo.png"_s);
        marking->property("commentBox").value<QQuickItem *>()->forceActiveFocus();
        typeText(u"Ta droite est bien graduee."_s);
        QTest::keyClick(m_window, Qt::Key_Return);
        typeText(u"Pense a ecrire l'unite."_s);
        QTest::keyClick(m_window, Qt::Key_Tab);
        typeText(u"25"_s);
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_VERIFY(!review->property("error").toString().isEmpty()); // above the scale: said, nothing sent
        shoot(u"26d-professeur-correction-note-trop-haute.png"_s);
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_VERIFY(!page->property("marking").toBool());
    }

    void teacherBoard()
    {
        QTest::keyClick(m_window, Qt::Key_5, Qt::AltModifier);
        QQuickItem *page = currentPage();
        QCOMPARE(page->objectName(), u"boardPage"_s);
        auto *board = page->property("board").value<QObject *>();
        QCOMPARE(board->property("count").toInt(), 4);
        QVERIFY(board->property("notConnectedCount").toInt() >= 2); // Inès and Jade: never seen, grey (issue 14)
        // At the normal size, the control of largeText()'s checks: the same top bar and rows, whole.
        textsWhole(m_window->property("header").value<QQuickItem *>(), u"the top bar at normal size"_s);
        textsWhole(findItem(page, u"boardList"_s), u"the board's rows at normal size"_s);
        shoot(u"21-professeur-tableau.png"_s);
        // A chip: only those not connected yet.
        board->setProperty("filter", int(WorkStates::NotConnectedYet));
        QTRY_COMPARE(board->property("count").toInt(), board->property("notConnectedCount").toInt());
        shoot(u"21b-professeur-tableau-pas-connectes.png"_s);
        board->setProperty("filter", -1);
        // A line opens the student's page: Hugo's.
        auto *model = qobject_cast<QAbstractItemModel *>(board);
        int hugo = -1;
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->data(model->index(r, 0), model->roleNames().key("name")).toString().startsWith(u"Hugo"_s))
                hugo = r;
        QVERIFY(hugo >= 0);
        QVERIFY(QMetaObject::invokeMethod(page, "openStudent", Q_ARG(int, hugo)));
        auto *student = page->property("studentPage").value<QQuickItem *>();
        QTRY_VERIFY(student && student->isVisible());
        shoot(u"21c-professeur-eleve.png"_s);
        QVERIFY(QMetaObject::invokeMethod(page, "closeStudent"));
        // The second tab: lessons × students (issue 14), from the keyboard, with the lessons the demo pupils opened.
        QVERIFY(QMetaObject::invokeMethod(page, "showView", Q_ARG(int, 1)));
        auto *lessonGrid = page->property("lessonGrid").value<QQuickItem *>();
        QTRY_VERIFY(lessonGrid && lessonGrid->isVisible());
        auto *grid = lessonGrid->property("grid").value<QObject *>();
        QCOMPARE(grid->property("count").toInt(), 4);
        const int lessonCount = grid->property("lessonCount").toInt();
        QVERIFY(lessonCount >= 3);
        // It opens on the newest lesson (the last column), the one a teacher checks on Sunday evening.
        QTRY_COMPARE(lessonGrid->property("currentColumn").toInt(), lessonCount - 1);
        shoot(u"21d-professeur-lecons-eleves.png"_s);
        QTest::keyClick(m_window, Qt::Key_Left);
        QCOMPARE(lessonGrid->property("currentColumn").toInt(), lessonCount - 2);
        QVERIFY(QMetaObject::invokeMethod(page, "showView", Q_ARG(int, 0)));
        Session::instance()->lock();
        QTRY_COMPARE(screen(), u"profiles"_s);
    }

    void studentSeesFeedback()
    {
        // Hugo's quiz came back with a comment: "À faire" brings it back first, with who wrote it (issue 14).
        QVERIFY(Session::instance()->unlock(u"hugo"_s, u"5678"_s));
        QTRY_COMPARE(screen(), u"todo"_s);
        auto *todo = topScreen()->property("todoPage").value<QQuickItem *>()->property("todo").value<QObject *>();
        QTRY_COMPARE(todo->property("newFeedbackCount").toInt(), 1);
        shoot(u"s8-a-faire-commentaire.png"_s);
        shootVeryLarge(u"t9-texte-tres-grand-commentaire.png"_s);
        selectTodoRow(u"quiz"_s);
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_COMPARE(screen(), u"answer"_s);
        shoot(u"s8b-commentaire-sur-le-travail.png"_s);
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_COMPARE(screen(), u"todo"_s);
        QTRY_COMPARE(todo->property("newFeedbackCount").toInt(), 0);
        QTest::keyClick(m_window, Qt::Key_3);
        QTRY_COMPARE(screen(), u"assignments"_s);
        shoot(u"s8c-devoirs-deja-remis.png"_s);
        Session::instance()->lock();
        QTRY_COMPARE(screen(), u"profiles"_s);
    }

    void studentVideo()
    {
        // A lesson with a short video, published by the teacher on this device; Léa watches it in the app.
        QVERIFY(Session::instance()->unlock(u"mme.martin"_s, u"demo-prof"_s));
        Continuite::Store *store = Session::instance()->store();
        Continuite::Store::LessonInput in;
        in.classId = store->classes().constFirst().meta.id;
        in.title = u"La droite graduée en vidéo"_s;
        in.beforeClass = u"Regarde la vidéo : la droite se remplit quart par quart."_s;
        in.attachmentPaths = {QStringLiteral(CONTINUITE_SOURCE_DIR "/tests/qml/data/droite.webm")};
        auto lesson = store->createLesson(in);
        QVERIFY2(lesson, qPrintable(lesson.error()));
        QVERIFY(store->publishLesson(lesson->meta.id));
        Session::instance()->lock();
        QTRY_COMPARE(screen(), u"profiles"_s);
        QVERIFY(Session::instance()->unlock(u"lea"_s, u"1234"_s));
        QTRY_COMPARE(screen(), u"todo"_s);
        QTest::keyClick(m_window, Qt::Key_2);
        QTRY_COMPARE(screen(), u"lessons"_s);
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(m_window, Qt::Key_Down);
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_COMPARE(screen(), u"reader"_s);
        auto *files = topScreen()->findChild<QQuickItem *>(u"attachments"_s);
        QVERIFY(files);
        // The video is read through in the background before it may be played (review-media20, 2(c)).
        auto *rows = files->property("model").value<QAbstractItemModel *>();
        QVERIFY(rows);
        QTRY_VERIFY_WITH_TIMEOUT(!rows->data(rows->index(0, 0), rows->roleNames().key("checking")).toBool(), 30000);
        files->forceActiveFocus();
        files->setProperty("currentIndex", 0);
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_COMPARE(screen(), u"media"_s);
        QVERIFY(qmlPluginLoaded(u"QtMultimedia/libquickmultimediaplugin.so"_s)); // with the player, when first opened
        auto *player = topScreen()->property("player").value<QObject *>();
        QVERIFY(player);
        QTRY_COMPARE_WITH_TIMEOUT(player->property("duration").toLongLong(), qint64(2000), 10000);
        shoot(u"s7-video.png"_s);
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_COMPARE(screen(), u"reader"_s);
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_COMPARE(screen(), u"lessons"_s);
        Session::instance()->lock();
        QTRY_COMPARE(screen(), u"profiles"_s);
    }

    void syncBarUpToDate()
    {
        // A school hub with one teacher who made a class, a student card and a lesson on her own laptop.
        using namespace Continuite;
        m_hub = std::make_unique<Hub::HubServer>(m_hubDir.path());
        QVERIFY(m_hub->start(u"127.0.0.1"_s, 0));
        QVERIFY(m_proxy.start(u"127.0.0.1"_s, quint16(m_hub->port())));
        m_proxyPort = m_proxy.port();
        m_hub->engine().addTeacher(u"prof.sync"_s, u"M. Laurent"_s, "cahier-2026", true);
        SyncEngine::Options fast;
        fast.transport.connectTimeoutMs = 3000;
        fast.transport.stallSeconds = 120; // the "syncing" picture holds a stalled answer
        fast.transport.maxAttempts = 2;
        fast.transport.backoffBaseMs = 50;
        fast.transport.backoffMaxMs = 200;
        sync()->setEngineOptions(fast);
        {
            auto teacher = Store::open(m_teacherDir.path());
            QVERIFY(teacher);
            SyncEngine engine(**teacher, fast);
            auto me = engine.login(hubUrl(), u"prof.sync"_s, u"cahier-2026"_s);
            QVERIFY2(me, qPrintable(me.error()));
            (*teacher)->setCurrent(*me);
            auto c = (*teacher)->createClass(u"5e A — Sciences"_s);
            QVERIFY(c);
            auto pupil = (*teacher)->addStudent(c->meta.id, u"Camille Roux"_s);
            QVERIFY(pupil);
            m_pupilLogin = pupil->member.login.toLower();
            m_pupilPin = pupil->pin;
            Store::LessonInput in;
            in.classId = c->meta.id;
            in.title = u"Le cycle de l’eau"_s;
            in.beforeClass = u"# Le cycle de l’eau\n\nRegarde le schéma."_s;
            auto lesson = (*teacher)->createLesson(in);
            QVERIFY(lesson);
            QVERIFY((*teacher)->publishLesson(lesson->meta.id));
            auto report = engine.sync(*me);
            QVERIFY(report && report->recordsComplete);
        }
        // Camille's card, typed on the family laptop: her profile comes from the hub.
        {
            SyncEngine engine(*Session::instance()->store(), fast);
            auto camille = engine.login(hubUrl(), m_pupilLogin, m_pupilPin);
            QVERIFY2(camille, qPrintable(camille.error()));
        }
        QVERIFY(Session::instance()->unlock(m_pupilLogin, m_pupilPin));
        QTRY_COMPARE(screen(), u"todo"_s); // a student's home
        QTRY_COMPARE_WITH_TIMEOUT(sync()->state(), SyncController::UpToDate, 30000);
        auto *bar = m_window->findChild<QQuickItem *>(u"syncBar"_s);
        QVERIFY(bar && bar->isVisible());
        QVERIFY(sync()->lastSync().isValid());
        shoot(u"10-synchro-a-jour.png"_s);
        // The keyboard reaches the bar's button from the lessons, with Tab alone.
        auto *button = m_window->findChild<QQuickItem *>(u"syncButton"_s);
        QVERIFY(button);
        QStringList path;
        for (int i = 0; i < 8 && !button->hasActiveFocus(); ++i) {
            QTest::keyClick(m_window, Qt::Key_Tab);
            path << (m_window->activeFocusItem() ? QString::fromLatin1(m_window->activeFocusItem()->metaObject()->className()) : u"none"_s);
        }
        QVERIFY2(button->hasActiveFocus(), qPrintable(path.join(u", "_s)));
        QSignalSpy synced(sync(), &SyncController::syncFinished);
        QTest::keyClick(m_window, Qt::Key_Space);
        QVERIFY(synced.wait(30000));
        QCOMPARE(sync()->state(), SyncController::UpToDate);
    }

    void syncBarSyncing()
    {
        // A change to send, and a hub whose answer does not come: the bar shows the sync in flight.
        writeSomething();
        QCOMPARE(sync()->state(), SyncController::Pending);
        m_proxy.setStallAfter(Continuite::FaultProxy::Direction::Down, 0, Continuite::FaultProxy::FaultScope::EveryConnection);
        auto *button = m_window->findChild<QQuickItem *>(u"syncButton"_s);
        QVERIFY(button);
        QTest::mouseClick(m_window, Qt::LeftButton, {}, button->mapToScene(QPointF(button->width() / 2, button->height() / 2)).toPoint());
        QTRY_VERIFY_WITH_TIMEOUT(sync()->isSyncing() && sync()->bytesUp() > 0, 30000);
        // Unavailable while it runs (drawn faded, said "indisponible"), never disabled: a disabled button drops the
        // keyboard on nothing (issue 18).
        QVERIFY(button->isEnabled());
        QVERIFY(!button->property("available").toBool());
        shoot(u"11-synchro-en-cours.png"_s);
        // The answer comes: sent, up to date.
        m_proxy.clearFaults();
        m_proxy.releaseStalls();
        QTRY_COMPARE_WITH_TIMEOUT(sync()->state(), SyncController::UpToDate, 60000);
        QCOMPARE(sync()->pendingChanges(), 0);
    }

    void syncBarOffline()
    {
        // The hub cannot be reached: the work waits here, and the bar says so.
        m_proxy.stop();
        writeSomething();
        QVERIFY(sync()->syncNow());
        QTRY_COMPARE_WITH_TIMEOUT(sync()->state(), SyncController::Offline, 30000);
        QVERIFY(sync()->pendingChanges() > 0);
        shoot(u"12-synchro-hors-ligne.png"_s);
        // Back online: it goes.
        QVERIFY(m_proxy.start(u"127.0.0.1"_s, quint16(m_hub->port()), m_proxyPort));
        QVERIFY(sync()->syncNow());
        QTRY_COMPARE_WITH_TIMEOUT(sync()->state(), SyncController::UpToDate, 30000);
        QCOMPARE(sync()->pendingChanges(), 0);
    }

    void settingsPage()
    {
        // From the header's "Settings" button, by keyboard: Tab to it, Enter.
        auto *settings = m_window->findChild<QQuickItem *>(u"settingsButton"_s);
        QVERIFY(settings);
        settings->forceActiveFocus(Qt::TabFocusReason);
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_COMPARE(screen(), u"settings"_s);
        shoot(u"13-reglages.png"_s);

        // A speed cap typed in the data policy and Enter: the controller and the engine's sync state have it.
        auto *page = m_window->findChild<QQuickItem *>(u"stack"_s)->property("currentItem").value<QQuickItem *>();
        QVERIFY(page);
        auto fieldOf = [&page](const char *name) {
            auto *settingsField = page->property(name).value<QQuickItem *>();
            return settingsField ? settingsField->property("field").value<QQuickItem *>() : nullptr;
        };
        QQuickItem *capField = fieldOf("capField");
        QQuickItem *rateField = fieldOf("rateCapField");
        auto *saveButton = page->property("savePolicyButton").value<QQuickItem *>();
        QVERIFY(capField && rateField && saveButton);
        QVERIFY(rateField->isEnabled());
        capField->forceActiveFocus(Qt::TabFocusReason);
        QTest::keyClick(m_window, Qt::Key_Tab);
        QVERIFY(rateField->hasActiveFocus());
        QTest::keyClick(m_window, Qt::Key_Tab);
        QVERIFY(saveButton->hasActiveFocus());
        rateField->setProperty("text", QString());
        rateField->forceActiveFocus(Qt::TabFocusReason);
        QTest::keyClick(m_window, '6');
        QTest::keyClick(m_window, '4');
        QTest::keyClick(m_window, Qt::Key_Return);
        QVERIFY2(!page->property("policyMessageIsError").toBool(), qPrintable(page->property("policyMessage").toString()));
        QCOMPARE(DataPolicySettings::instance()->rateCapKBps(), 64);
        const QString camille = Session::instance()->store()->current()->id;
        QCOMPARE(Session::instance()->store()->sync().state(camille)->policy.rateCapBytesPerSecond, qint64(64 * 1024));
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_COMPARE(screen(), u"todo"_s);
        // Open again: the cap kept is shown; lifted (0) for the screens that follow.
        QMetaObject::invokeMethod(m_window, "openSettings");
        QTRY_COMPARE(screen(), u"settings"_s);
        page = m_window->findChild<QQuickItem *>(u"stack"_s)->property("currentItem").value<QQuickItem *>();
        rateField = fieldOf("rateCapField");
        QVERIFY(rateField);
        QCOMPARE(rateField->property("text").toString(), u"64"_s);
        rateField->setProperty("text", u"0"_s);
        QMetaObject::invokeMethod(page, "savePolicy");
        QCOMPARE(DataPolicySettings::instance()->rateCapKBps(), 0);
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_COMPARE(screen(), u"todo"_s);
        Session::instance()->lock();
        QTRY_COMPARE(screen(), u"profiles"_s);
        // Someone not connected yet: the bar says everything stays here, the settings say how to connect.
        QVERIFY(Session::instance()->unlock(u"lea"_s, u"1234"_s));
        QTRY_COMPARE(screen(), u"todo"_s);
        QCOMPARE(sync()->state(), SyncController::NotConnected);
        QMetaObject::invokeMethod(m_window, "openSettings");
        QTRY_COMPARE(screen(), u"settings"_s);
        shoot(u"14-reglages-non-connecte.png"_s);
        QTest::keyClick(m_window, Qt::Key_Escape);
        Session::instance()->lock();
        QTRY_COMPARE(screen(), u"profiles"_s);
    }

    void exchangesTeacher()
    {
        // The teacher opens "Échanges" from the header by keyboard, writes the class pack to a stick...
        QVERIFY(Session::instance()->unlock(u"mme.martin"_s, u"demo-prof"_s));
        QTRY_COMPARE(screen(), u"teacherHome"_s);
        auto *button = m_window->findChild<QQuickItem *>(u"exchangesButton"_s);
        QVERIFY(button);
        button->forceActiveFocus(Qt::TabFocusReason);
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_COMPARE(screen(), u"exchanges"_s);
        auto *page = m_window->findChild<QQuickItem *>(u"stack"_s)->property("currentItem").value<QQuickItem *>();
        QVERIFY(page);
        bool written = false;
        QMetaObject::invokeMethod(page, "exportTo", Q_RETURN_ARG(bool, written),
                                  Q_ARG(QUrl, QUrl::fromLocalFile(m_dir.filePath(u"6eB-2026-11-30.continuite"_s))));
        QVERIFY(written);
        shoot(u"15-echanges-paquet-classe.png"_s);

        // ...then opens the classroom; Léa's laptop joins with the code and her PIN and syncs.
        QObject *lan = page->property("lan").value<QObject *>();
        QVERIFY(lan);
        lan->setProperty("listenHost", u"127.0.0.1"_s);
        lan->setProperty("preferredPort", 0);
        QMetaObject::invokeMethod(page, "toggleServing");
        QVERIFY(lan->property("serving").toBool());
        // A new card printed today (the demo's own students have no PIN hash on the roster).
        const auto classes = Session::instance()->store()->classes();
        QVERIFY(!classes.isEmpty());
        const auto zoe = Session::instance()->store()->addStudent(classes.first().meta.id, u"Zoé Martin"_s);
        QVERIFY(zoe);
        QMetaObject::invokeMethod(page, "toggleServing");
        QMetaObject::invokeMethod(page, "toggleServing");
        QVERIFY(lan->property("serving").toBool());
        QTemporaryDir leaDir;
        {
            auto lea = Continuite::Store::open(leaDir.path());
            QVERIFY(lea);
            Continuite::SyncEngine engine(**lea);
            auto me = engine.login(lan->property("url").toString(), zoe->member.login, zoe->pin);
            QVERIFY2(me, qPrintable(me.error()));
            (*lea)->setCurrent(*me);
            QVERIFY(engine.sync(*me)->errors.isEmpty());
            const auto assignments = (*lea)->assignments();
            QVERIFY(!assignments.isEmpty());
            QVERIFY((*lea)->submit({assignments.first().meta.id, u"Trois quarts."_s, {}, {}}));
            QVERIFY(engine.sync(*me)->errors.isEmpty());
        }
        QMetaObject::invokeMethod(lan, "refresh");
        QTRY_COMPARE(lan->property("studentsSignedIn").toInt(), 1);
        QCOMPARE(lan->property("workReceived").toInt(), 1);
        // The QR code whole in the window, the code beside it in its card (review-app19 finding 13).
        fitsTheWindow(findItem(page, u"lanQr"_s), u"the QR code"_s);
        fitsTheWindow(findItem(page, u"lanCode"_s), u"the join code"_s);
        QVERIFY(!findItem(page, u"lanCode"_s)->property("truncated").toBool());
        shoot(u"16-echanges-classe-ouverte.png"_s);
        Session::instance()->setTextScale(Session::MaxTextScale);
        QTRY_VERIFY(settled());
        fitsTheWindow(findItem(page, u"lanQr"_s), u"the QR code at very large text"_s);
        fitsTheWindow(findItem(page, u"lanCode"_s), u"the join code at very large text"_s);
        {
            // The code whole and clear of the QR code (it ran under it).
            QQuickItem *code = findItem(page, u"lanCode"_s);
            QQuickItem *qr = findItem(page, u"lanQr"_s);
            // Read once laid out again at this size (a frame after the size changed, the card still has its old one).
            QTRY_VERIFY2(code->property("contentWidth").toReal() <= code->width() + 1,
                         qPrintable(u"the code draws %1 px in %2"_s.arg(code->property("contentWidth").toReal()).arg(code->width())));
            const QRectF codeAt = code->mapRectToScene(QRectF(0, 0, code->property("contentWidth").toReal(), code->height()));
            const QRectF qrAt = qr->mapRectToScene(QRectF(0, 0, qr->width(), qr->height()));
            QVERIFY2(!codeAt.intersects(qrAt), "the code runs under the QR code");
        }
        shootVeryLarge(u"t10-texte-tres-grand-classe-ouverte.png"_s);
        QMetaObject::invokeMethod(page, "toggleServing");
        QVERIFY(!lan->property("serving").toBool());
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_COMPARE(screen(), u"teacherHome"_s);
        Session::instance()->lock();
        QTRY_COMPARE(screen(), u"profiles"_s);
    }

    void exchangesStudent()
    {
        // Hugo, at home with no internet: he imports the class pack, then prepares to join the classroom.
        QVERIFY(Session::instance()->unlock(u"hugo"_s, u"5678"_s));
        QTRY_COMPARE(screen(), u"todo"_s);
        QMetaObject::invokeMethod(m_window, "openExchanges");
        QTRY_COMPARE(screen(), u"exchanges"_s);
        auto *page = m_window->findChild<QQuickItem *>(u"stack"_s)->property("currentItem").value<QQuickItem *>();
        QVERIFY(page);
        bool imported = false;
        QMetaObject::invokeMethod(page, "importFrom", Q_RETURN_ARG(bool, imported),
                                  Q_ARG(QUrl, QUrl::fromLocalFile(m_dir.filePath(u"6eB-2026-11-30.continuite"_s))));
        QVERIFY(imported);
        page->property("addressField").value<QObject *>()->setProperty("text", u"192.168.1.10:8765"_s);
        page->property("codeField").value<QObject *>()->setProperty("text", u"K7PQ2M-ABCD-EFGH"_s);
        shoot(u"17-echanges-eleve.png"_s);
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_COMPARE(screen(), u"todo"_s);
        Session::instance()->lock();
        QTRY_COMPARE(screen(), u"profiles"_s);
    }

    void inEnglish()
    {
        // --lang en: the same screens in English, with the English translation installed as the app does
        // (AppTranslations): without it the plurals read "3 lesson(s)", "Due in 7 day(s)" (review-app19).
        QCoreApplication::removeTranslator(&m_translator);
        QTranslator english;
        QVERIFY(english.load(u":/i18n/continuite_en.qm"_s));
        QCoreApplication::installTranslator(&english);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        m_engine->retranslate();
        QTRY_COMPARE(m_window->title(), u"Continuité"_s);
        QVERIFY(Session::instance()->unlock(u"hugo"_s, u"5678"_s));
        QTRY_COMPARE(screen(), u"todo"_s);
        // Every word on the screen, to check that no "(s)" is left.
        // Walked by the items' visual children: pages a Loader or a StackView made are not the window's QObject children.
        const auto shownTexts = [this] {
            QStringList texts;
            QList<QQuickItem *> items{m_window->contentItem()};
            while (!items.isEmpty()) {
                QQuickItem *item = items.takeLast();
                if (!item->isVisible())
                    continue;
                items << item->childItems();
                if (item->metaObject()->indexOfProperty("text") < 0)
                    continue;
                const QString text = item->property("text").toString();
                if (!text.isEmpty())
                    texts << text;
            }
            return texts.join(u'\n');
        };
        QTRY_VERIFY2(!shownTexts().contains(u"(s)"_s), qPrintable(shownTexts()));
        QVERIFY2(shownTexts().size() > 100, "the screen's words were read (the control)");
        shoot(u"s9-english-todo.png"_s);
        QTest::keyClick(m_window, Qt::Key_2);
        QTRY_COMPARE(screen(), u"lessons"_s);
        QTest::keyClick(m_window, Qt::Key_Down);
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_COMPARE(screen(), u"reader"_s);
        QTRY_VERIFY2(!shownTexts().contains(u"(s)"_s), qPrintable(shownTexts()));
        shoot(u"09-english-reader.png"_s);
        Session::instance()->lock();
        QTRY_COMPARE(screen(), u"profiles"_s);
        QCoreApplication::removeTranslator(&english);
    }

    void largeText()
    {
        // "Très grande" text at 1024×600, in French again: a student's À faire and a lesson, the teacher's board and
        // settings. Pages may scroll more; nothing may be cut or overlap.
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        QCoreApplication::installTranslator(&m_translator);
        m_engine->retranslate();
        QVERIFY(Session::instance()->unlock(u"lea"_s, u"1234"_s));
        QTRY_COMPARE(screen(), u"todo"_s);
        QMetaObject::invokeMethod(m_window, "openSettings");
        QTRY_COMPARE(screen(), u"settings"_s);
        Session::instance()->setTextScale(Session::MaxTextScale);
        QVERIFY(topScreen()->property("textVeryLarge").value<QObject *>()->property("checked").toBool());
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_COMPARE(screen(), u"todo"_s);
        syncBarWhole();
        textsWhole(m_window->property("header").value<QQuickItem *>(), u"the top bar (a pupil)"_s);
        shoot(u"t1-texte-tres-grand-a-faire.png"_s);
        // Devoirs with its "Déjà remis" at this size (review-app19: no very large shot of it).
        QTest::keyClick(m_window, Qt::Key_3);
        QTRY_COMPARE(screen(), u"assignments"_s);
        shoot(u"t1b-texte-tres-grand-deja-remis.png"_s);
        QTest::keyClick(m_window, Qt::Key_2);
        QTRY_COMPARE(screen(), u"lessons"_s);
        // The lesson cards: the class day, the date that matters to a family, was the part cut (review-app22 F6).
        shoot(u"t12-texte-tres-grand-lecons.png"_s);
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_COMPARE(screen(), u"reader"_s);
        {
            // The title whole on two lines, each part's tab inside the window (its "1" went off the left edge:
            // review-app19).
            QQuickItem *title = findItem(topScreen(), u"readerTitle"_s);
            QVERIFY(title);
            QVERIFY2(!title->property("truncated").toBool(), qPrintable(title->property("text").toString()));
            for (QQuickItem *item : topScreen()->findChildren<QQuickItem *>()) {
                if (item->inherits("QQuickTabButton") && item->isVisible()) {
                    for (QQuickItem *label : item->findChildren<QQuickItem *>())
                        if (label->isVisible() && label->property("text").toString().contains(u"·"_s))
                            fitsTheWindow(label, label->property("text").toString());
                }
            }
        }
        shoot(u"t2-texte-tres-grand-lecon.png"_s);
        // After class: the homework as cards, whole ("Quiz — Lire et …": review-app22 F6).
        QTest::keyClick(m_window, Qt::Key_Right);
        QTest::keyClick(m_window, Qt::Key_Right);
        shoot(u"t2b-texte-tres-grand-lecon-apres.png"_s);
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_COMPARE(screen(), u"lessons"_s);
        // Her written work at this size (handed in: opened as from "Déjà remis"): the page fits the window, the
        // hand-in row in view.
        QVERIFY(!m_textAssignmentId.isEmpty());
        QTest::keyClick(m_window, Qt::Key_1);
        QTRY_COMPARE(screen(), u"todo"_s);
        QVERIFY(QMetaObject::invokeMethod(topScreen(), "openAssignment", Q_ARG(QString, m_textAssignmentId)));
        QTRY_COMPARE(screen(), u"answer"_s);
        answerPageFits();
        textsWhole(topScreen(), u"the answer page"_s); // "leçon : Placer …" was cut
        {
            // Handed in with no hub: the way to the USB stick, at this size too (issue 14).
            QQuickItem *usb = findItem(topScreen(), u"usbButton"_s);
            QVERIFY(usb && usb->isVisible());
            fitsTheWindow(usb, u"the USB stick button"_s);
        }
        shoot(u"t7-texte-tres-grand-reponse.png"_s);
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_COMPARE(screen(), u"todo"_s);
        Session::instance()->lock();
        QTRY_COMPARE(screen(), u"profiles"_s);

        // The teacher, by keyboard: Ctrl++ twice.
        QVERIFY(Session::instance()->unlock(u"mme.martin"_s, u"demo-prof"_s));
        QTRY_COMPARE(screen(), u"teacherHome"_s);
        QTRY_VERIFY(settled());
        QCOMPARE(Session::instance()->textScale(), 1.0);
        QTest::keyClick(m_window, Qt::Key_Plus, Qt::ControlModifier);
        QTest::keyClick(m_window, Qt::Key_Plus, Qt::ControlModifier);
        QCOMPARE(Session::instance()->textScale(), Session::MaxTextScale);
        QTest::keyClick(m_window, Qt::Key_5, Qt::AltModifier);
        QVERIFY(currentPage());
        {
            // The side menu's words whole ("Classes et …", "Suivi des él…": review-app19), and each state chip with
            // its word, not a mark alone.
            QQuickItem *menu = findItem(m_window->contentItem(), u"sideMenu"_s);
            QVERIFY(menu);
            int navTexts = 0;
            for (QQuickItem *item : menu->findChildren<QQuickItem *>(u"navText"_s)) {
                ++navTexts;
                QVERIFY2(!item->property("truncated").toBool(), qPrintable(item->property("text").toString()));
            }
            QCOMPARE(navTexts, 5);
            // Every entry inside the menu: "Suivi des élèves", the teacher's home, was cut at its bottom.
            QQuickItem *last = findItem(menu, u"navBoard"_s);
            QVERIFY(last && last->isVisible());
            const QRectF lastAt = last->mapRectToItem(menu, QRectF(0, 0, last->width(), last->height()));
            QVERIFY2(lastAt.bottom() <= menu->height() + 0.5, qPrintable(u"the last entry ends at %1 in a menu %2 high"_s.arg(lastAt.bottom()).arg(menu->height())));
            syncBarWhole();
            // The teacher's name and role in the top bar ("Mme Martin · p…"), each cell of the board ("aujou…").
            textsWhole(m_window->property("header").value<QQuickItem *>(), u"the top bar (a teacher)"_s);
            textsWhole(findItem(currentPage(), u"boardList"_s), u"the board's rows"_s);
            QQuickItem *chip = findItem(currentPage(), u"levelChip"_s);
            QVERIFY(chip && chip->isVisible());
            QVERIFY2(chip->property("text").toString().size() > 2 && !chip->property("truncated").toBool(), qPrintable(chip->property("text").toString()));
        }
        shoot(u"t3-texte-tres-grand-tableau.png"_s);
        {
            QQuickItem *board = currentPage();
            // The chips filtering the board, at this size (review-app19: no "Très grande" shot of them).
            QObject *model = board->property("board").value<QObject *>();
            QVERIFY(model);
            model->setProperty("filter", int(WorkStates::NotConnectedYet));
            shoot(u"t3d-texte-tres-grand-tableau-pas-connectes.png"_s);
            model->setProperty("filter", -1);
            // A student's page at this size.
            QVERIFY(QMetaObject::invokeMethod(board, "openStudent", Q_ARG(int, 0)));
            QQuickItem *student = board->property("studentPage").value<QQuickItem *>();
            QTRY_VERIFY(student && student->isVisible());
            shoot(u"t3e-texte-tres-grand-eleve.png"_s);
            QVERIFY(QMetaObject::invokeMethod(board, "closeStudent"));
            QTRY_VERIFY(!student->isVisible());
            QVERIFY(QMetaObject::invokeMethod(board, "showView", Q_ARG(int, 1)));
            shoot(u"t3b-texte-tres-grand-lecons-eleves.png"_s);
            QVERIFY(QMetaObject::invokeMethod(board, "showView", Q_ARG(int, 0)));
        }
        // The roster: every pupil's whole name (review-app22 F1: "…").
        QTest::keyClick(m_window, Qt::Key_1, Qt::AltModifier);
        QCOMPARE(currentPage()->objectName(), u"classesPage"_s);
        shoot(u"t11-texte-tres-grand-classe.png"_s);
        // The assignments, listed and one edited ("0 …" for "0 sur 3 remis", "À rendre le 04/12…": review-app22 F6).
        QTest::keyClick(m_window, Qt::Key_3, Qt::AltModifier);
        {
            QQuickItem *page = currentPage();
            QCOMPARE(page->objectName(), u"assignmentsPage"_s);
            shoot(u"t13-texte-tres-grand-devoirs.png"_s);
            QString quiz;
            QVERIFY(QMetaObject::invokeMethod(page->property("assignments").value<QObject *>(), "assignmentIdAt", Q_RETURN_ARG(QString, quiz), Q_ARG(int, 0)));
            QVERIFY(QMetaObject::invokeMethod(page, "editAssignment", Q_ARG(QString, quiz)));
            shoot(u"t14-texte-tres-grand-devoir.png"_s);
            QTest::keyClick(m_window, Qt::Key_Escape);
            QTRY_VERIFY(!page->property("editing").toBool());
        }
        // The lesson editor with its formatting buttons at very large text (review of issue 14, finding 9).
        QTest::keyClick(m_window, Qt::Key_2, Qt::AltModifier);
        {
            QQuickItem *lessons = currentPage();
            QCOMPARE(lessons->objectName(), u"teacherLessons"_s);
            QString first;
            QVERIFY(QMetaObject::invokeMethod(lessons->property("lessons").value<QObject *>(), "lessonIdAt", Q_RETURN_ARG(QString, first), Q_ARG(int, 0)));
            QVERIFY(QMetaObject::invokeMethod(lessons, "editLesson", Q_ARG(QString, first)));
            shoot(u"t6-texte-tres-grand-editeur.png"_s);
            // Seven lines of text at least, the editor scrolling as a whole if it must.
            auto *area = lessons->property("sectionArea").value<QQuickItem *>();
            const qreal lines = area->parentItem()->parentItem()->height() / QFontMetricsF(area->property("font").value<QFont>()).height();
            QVERIFY2(lines >= 7, qPrintable(u"the text box shows %1 lines"_s.arg(lines)));
            QVERIFY(QMetaObject::invokeMethod(lessons, "closeEditor"));
        }
        // Marking a photo with very large text: the photo keeps its room, the comment and the score stay whole.
        QTest::keyClick(m_window, Qt::Key_4, Qt::AltModifier);
        QQuickItem *review = currentPage();
        QCOMPARE(review->objectName(), u"reviewPage"_s);
        auto *work = review->property("review").value<QObject *>();
        for (int r = 0; r < review->property("assignments").value<QAbstractItemModel *>()->rowCount(); ++r) {
            QVERIFY(QMetaObject::invokeMethod(review, "chooseAssignment", Q_ARG(int, r)));
            QVariantMap first;
            QVERIFY(QMetaObject::invokeMethod(work, "rowAt", Q_RETURN_ARG(QVariantMap, first), Q_ARG(int, 0)));
            if (!first.value(u"attachments"_s).toList().isEmpty())
                break;
        }
        QVERIFY(QMetaObject::invokeMethod(review, "openMarking", Q_ARG(int, 0), Q_ARG(int, 0)));
        QTRY_VERIFY(review->property("marking").toBool());
        QTRY_COMPARE(findItem(review, u"photo"_s)->property("status").toInt(), 1);
        {
            // The student's words get three lines at least, or all of them (one line, cut mid-sentence: walk t5).
            QQuickItem *words = findItem(review, u"pupilWords"_s);
            QQuickItem *text = findItem(review, u"pupilText"_s);
            QVERIFY(words && text && text->isVisible());
            const qreal line = QFontMetricsF(text->property("font").value<QFont>()).height();
            const qreal wanted = qMin(words->property("contentHeight").toReal(), 3 * line);
            QVERIFY2(words->height() >= wanted - 1, qPrintable(u"the student's words get %1 px (%2 wanted)"_s.arg(words->height()).arg(wanted)));
        }
        textsWhole(review, u"marking"_s); // the date line ended "(horloge de l’appareil,…"
        shoot(u"t5-texte-tres-grand-correction-photo.png"_s);
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_VERIFY(!review->property("marking").toBool());
        QMetaObject::invokeMethod(m_window, "openSettings");
        QTRY_COMPARE(screen(), u"settings"_s);
        shoot(u"t4-texte-tres-grand-reglages.png"_s);
        {
            // Scrolled to the end: the cards below the first (review-app19: no very large shot of them).
            QQuickItem *scroll = findItem(topScreen(), u"settingsScroll"_s);
            QVERIFY(scroll);
            const qreal end = scroll->property("contentHeight").toReal() - scroll->height();
            QVERIFY2(end > 0, "the settings scroll at this size");
            scroll->setProperty("contentY", end);
            shoot(u"t4b-texte-tres-grand-reglages-suite.png"_s);
        }
        QTest::keyClick(m_window, Qt::Key_Escape);
        Session::instance()->lock();
        QTRY_COMPARE(screen(), u"profiles"_s);
        QCOMPARE(Session::instance()->textScale(), 1.0);
    }

    /// The grid's names stay in view when the lessons scroll sideways (review of issue 14, finding 2): a class of
    /// its own with eight lessons, more than 1024×600 shows, at normal and very large text. Last in the walk: the
    /// class it adds shows on no other screenshot.
    void lessonGridScrolled()
    {
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        QVERIFY(Session::instance()->unlock(u"mme.martin"_s, u"demo-prof"_s));
        QTRY_COMPARE(screen(), u"teacherHome"_s);
        QTRY_VERIFY(settled());
        Continuite::Store *store = Session::instance()->store();
        auto schoolClass = store->createClass(u"6e D — Mathématiques"_s);
        QVERIFY2(schoolClass, qPrintable(schoolClass.error()));
        const QString classId = schoolClass->meta.id;
        QStringList pupils;
        for (const QString &name : {u"Marie-Charlotte Dupontel"_s, u"Noé Bernard"_s, u"Yanis Haddad"_s}) {
            auto added = store->addStudent(classId, name);
            QVERIFY2(added, qPrintable(added.error()));
            pupils << added->member.personId;
        }
        const QStringList titles = {u"Les fractions"_s, u"Proportionnalité et pourcentages dans la vie courante"_s,
                                    u"Les angles"_s, u"Les quadrilatères"_s, u"Les multiplications"_s, u"Le cercle"_s,
                                    u"Les aires"_s, u"Les nombres décimaux"_s};
        QStringList lessonIds;
        for (const QString &title : titles) {
            auto lesson = store->createLesson({classId, title, {}, u"Lire la page."_s, u"Exercices."_s, u"Exercice 3."_s});
            QVERIFY2(lesson, qPrintable(lesson.error()));
            QVERIFY(store->publishLesson(lesson->meta.id));
            lessonIds << lesson->meta.id;
        }
        // Noé opened the first six and finished four; Yanis opened the last one; nothing came from Marie-Charlotte.
        const Continuite::Profile teacher = *store->current();
        store->setCurrent({pupils[1], u"noe"_s, u"Noé Bernard"_s, Continuite::Role::Student, true});
        for (int i = 0; i < 6; ++i)
            QVERIFY(store->recordProgress(lessonIds[i], i < 4, 60));
        store->setCurrent({pupils[2], u"yanis"_s, u"Yanis Haddad"_s, Continuite::Role::Student, true});
        QVERIFY(store->recordProgress(lessonIds.last(), false, 60));
        store->setCurrent(teacher);
        Session::instance()->notifyDataChanged();

        auto *home = topScreen();
        QVERIFY(QMetaObject::invokeMethod(home, "chooseClass", Q_ARG(QString, classId)));
        QTest::keyClick(m_window, Qt::Key_5, Qt::AltModifier);
        QQuickItem *page = currentPage();
        QCOMPARE(page->objectName(), u"boardPage"_s);
        QTRY_COMPARE(page->property("classId").toString(), classId);
        for (const bool large : {false, true}) {
            Session::instance()->setTextScale(large ? Session::MaxTextScale : 1.0);
            QVERIFY(QMetaObject::invokeMethod(page, "showView", Q_ARG(int, 1)));
            auto *lessonGrid = page->property("lessonGrid").value<QQuickItem *>();
            QTRY_VERIFY(lessonGrid && lessonGrid->isVisible());
            auto *list = lessonGrid->property("list").value<QQuickItem *>();
            QTRY_COMPARE(lessonGrid->property("currentColumn").toInt(), int(titles.size()) - 1);
            QTRY_VERIFY(list->property("contentX").toDouble() > 0); // scrolled to the newest lesson
            // Every row shown: its name at the grid's left edge, whole in view; the newest lesson's cell in view.
            const QRectF view = list->mapRectToScene(QRectF(0, 0, list->width(), list->height()));
            int rows = 0;
            for (QQuickItem *row : list->property("contentItem").value<QQuickItem *>()->childItems()) {
                QQuickItem *name = findItem(row, u"gridNameCell"_s);
                if (!name || !row->isVisible())
                    continue;
                const QRectF at = name->mapRectToScene(QRectF(0, 0, name->width(), name->height()));
                QVERIFY2(qAbs(at.left() - view.left()) < 1, qPrintable(u"a name at %1, the grid at %2"_s.arg(at.left()).arg(view.left())));
                QQuickItem *last = findItem(row, u"gridCell%1"_s.arg(titles.size() - 1));
                QVERIFY(last);
                const QRectF lastAt = last->mapRectToScene(QRectF(0, 0, last->width(), last->height()));
                QVERIFY2(lastAt.left() >= at.right() - 1 && lastAt.right() <= view.right() + 1,
                         qPrintable(u"the newest lesson at %1–%2, names end at %3, the grid at %4"_s.arg(lastAt.left()).arg(lastAt.right()).arg(at.right()).arg(view.right())));
                ++rows;
            }
            QCOMPARE(rows, 3);
            shoot(large ? u"t3c-texte-tres-grand-lecons-eleves-defile.png"_s : u"21e-professeur-lecons-eleves-defile.png"_s);
        }
        Session::instance()->setTextScale(1.0);
        QVERIFY(QMetaObject::invokeMethod(page, "showView", Q_ARG(int, 0)));
        Session::instance()->lock();
        QTRY_COMPARE(screen(), u"profiles"_s);
    }

    // The check's control, run on its own (ctest tst_screenshots_polish_control, which passes only when this function
    // fails on it): the warning as Qt Quick Layouts word it (seen at ReviewPage.qml:81 and BoardPage.qml:136 before this
    // session's fixes). Were the check blind (init() not run, the pattern gone stale), this function would pass. The
    // warning is raised by hand: two layouts planted to loop in isolation (a width that asks for the other width, the
    // board's old heading at a larger text) settled outside the app's pages; the real loops were the failing runs
    // before the fixes (the note of session 19).
    void aLayoutThatNeverSettlesFails()
    {
        if (qEnvironmentVariableIsEmpty("CONTINUITE_PLANT_POLISH_LOOP"))
            QSKIP("the check's control runs on its own (tst_screenshots_polish_control)");
        qWarning("qrc:/Continuite/Planted.qml:1:1: QML RowLayout: Qt Quick Layouts: Polish loop detected. Aborting after two "
                 "iterations.");
    }

    void cleanupTestCase()
    {
        m_engine.reset();
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
