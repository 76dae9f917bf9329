// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtTest
import QtQuick.Pdf
import Continuite

// The lesson reader: three sections with rendered Markdown, the attached files, progress, the keyboard.
TestCase {
    id: testCase

    name: "LessonReader"
    width: 1024
    height: 600
    visible: true
    when: windowShown

    LessonModel {
        id: lessons
        session: Session
    }
    Component {
        id: readerComponent
        LessonReaderPage {
            width: 1024
            height: 560
            focus: true
        }
    }
    Component {
        id: pdfComponent
        PdfViewerPage {
            width: 1024
            height: 560
        }
    }
    Component {
        id: markdownComponent
        SpokenMarkdown {
            width: 600
            font.pixelSize: 16
        }
    }
    Component {
        id: spyComponent
        SignalSpy {
        }
    }

    function init() {
        Session.lock();
        verify(Session.unlock("ines", "2468"), Session.error);
        compare(lessons.count, 3);
    }

    function makeReader(row) {
        const page = createTemporaryObject(readerComponent, testCase, {
                "lessonId": lessons.lessonIdAt(row)
            });
        verify(page);
        page.forceActiveFocus();
        return page;
    }

    function test_sections() {
        const page = makeReader(0);
        verify(page.reader.found);
        compare(page.reader.title, "Partager l'unité : qu'est-ce qu'une fraction ?");
        compare(page.tabs.count, 3);
        compare(page.currentSection, 0);
        const before = findChild(page, "beforeClass");
        const during = findChild(page, "inClass");
        const after = findChild(page, "afterClass");
        verify(before && during && after);
        verify(before.markdown.indexOf("Observe bien cette pizza") >= 0);
        verify(before.markdown.indexOf("file://") >= 0, "the pizza image points at the blob on this device");
        verify(during.markdown.indexOf("| Fraction | Se lit |") >= 0);
        verify(after.markdown.indexOf("quiz") >= 0);
        verify(before.visible && !during.visible && !after.visible);
        // Rendered as rich text: the pizza (240 px) and a dozen paragraphs make a tall text.
        verify(before.text.implicitHeight > 500, "rendered height " + before.text.implicitHeight);
        verify(before.text.contentWidth <= before.width);
    }

    function test_keyboard() {
        const page = makeReader(1);
        const back = createTemporaryObject(spyComponent, testCase, {
                "target": page,
                "signalName": "back"
            });
        keyClick(Qt.Key_Right);
        compare(page.currentSection, 1);
        verify(findChild(page, "inClass").visible);
        keyClick(Qt.Key_Right);
        compare(page.currentSection, 2);
        keyClick(Qt.Key_Right);
        compare(page.currentSection, 2, "no section after the third");
        keyClick(Qt.Key_Left);
        compare(page.currentSection, 1);
        keyClick(Qt.Key_1);
        compare(page.currentSection, 0);
        keyClick(Qt.Key_3);
        compare(page.currentSection, 2);
        keyClick(Qt.Key_Escape);
        compare(back.count, 1);
    }

    // What a screen reader reads (issue 18): Qt 6.4 gives it no words for a Text item and no description
    // for an image in Markdown, so each part has a read-only text carrying both; the parts are tabs.
    function test_screenReader() {
        const page = makeReader(0);
        const before = findChild(page, "beforeClass");
        const spoken = before.reading.Accessible.description;
        const words = spoken.indexOf("Observe bien cette pizza");
        const image = spoken.indexOf("Image: Une pizza coupée en 8 parts égales, dont 3 sont garnies");
        verify(words >= 0 && image > words, spoken);
        verify(spoken.indexOf("media/pizza.png") < 0 && spoken.indexOf("file://") < 0, "no file name read out");
        compare(before.reading.text, spoken, "the same words through the text interface");
        compare(before.reading.Accessible.name, "Before class");
        verify(before.reading.activeFocusOnTab);
        // Only the part shown is on the Tab chain; Left/Right move the keyboard with the part.
        verify(page.tabs.itemAt(0).activeFocusOnTab && page.tabs.itemAt(0).checked);
        verify(!page.tabs.itemAt(1).activeFocusOnTab && !page.tabs.itemAt(1).checked);
        page.tabs.itemAt(0).forceActiveFocus(Qt.TabFocusReason);
        keyClick(Qt.Key_Right);
        compare(page.currentSection, 1);
        verify(page.tabs.itemAt(1).activeFocus && page.tabs.itemAt(1).checked, "the keyboard follows the part shown");
        keyClick(Qt.Key_Tab);
        verify(findChild(page, "inClass").reading.activeFocus, "Tab goes on to the part's words");
        // From the words, 3 shows the third part and the keyboard reads it.
        keyClick(Qt.Key_3);
        compare(page.currentSection, 2);
        verify(findChild(page, "afterClass").reading.activeFocus);
        // Enter on a tab shows its part too.
        page.tabs.itemAt(2).forceActiveFocus(Qt.TabFocusReason);
        keyClick(Qt.Key_Left);
        keyClick(Qt.Key_Return);
        compare(page.currentSection, 1);
    }

    // Orca 43 reads no line of a Qt 6.4 text box by itself: as the arrows move the caret, the line under it
    // is announced (a notification that shows, which Orca speaks); landing on the text says all of it.
    function test_lineByLine() {
        const page = makeReader(0);
        const section = findChild(page, "beforeClass");
        const reading = section.reading;
        const said = findChild(section, "lineReader");
        reading.forceActiveFocus(Qt.TabFocusReason);
        const whole = reading.text;
        compare(reading.Accessible.description, whole, "landing on the text says all of it");
        keyClick(Qt.Key_Down);
        const second = said.text;
        verify(said.visible && second.length > 0 && second !== whole, "Down says one line: " + second);
        verify(whole.indexOf(second) > 0, "a line of the text, not the first: " + second);
        keyClick(Qt.Key_Down);
        const third = said.text;
        verify(third !== second && whole.indexOf(third) > whole.indexOf(second), "the next line: " + third);
        keyClick(Qt.Key_Up);
        compare(said.text, second, "Up reads the line before again");
        keyClick(Qt.Key_Up);
        verify(whole.startsWith(said.text), "back on the first line: " + said.text);
        compare(reading.Accessible.description, whole, "the description stays the whole text");
        // Down until the image: its description is read in its place.
        for (let i = 0; i < 6 && said.text.indexOf("Image: Une pizza") < 0; ++i)
            keyClick(Qt.Key_Down);
        verify(said.text.indexOf("Image: Une pizza coupée en 8 parts égales") === 0, said.text);
    }

    // Links in a lesson are buttons after the text (a keyboard cannot reach a link inside a Text); a
    // link to a file of the pupil's computer or to a program is never offered, nor opened when clicked.
    function test_links() {
        const md = createTemporaryObject(markdownComponent, testCase, {
                "markdown": "Lis [la fiche](https://eduscol.education.fr/fractions), "
                    + "[tes notes](file:///home/eleve/notes.txt) et [écris-moi](mailto:prof@ecole.fr)."
            });
        verify(md);
        const opened = createTemporaryObject(spyComponent, testCase, {
                "target": md,
                "signalName": "linkActivated"
            });
        const row = findChild(md, "spokenLinks");
        verify(row.visible);
        verify(md.implicitHeight > md.shown.implicitHeight, "the links take room under the text");
        const first = findChild(md, "spokenLink0");
        compare(first.Accessible.name, "Link: la fiche");
        compare(findChild(md, "spokenLink1").Accessible.name, "Link: écris-moi");
        verify(!findChild(md, "spokenLink2"), "the file: link is not offered");
        first.forceActiveFocus(Qt.TabFocusReason);
        keyClick(Qt.Key_Return);
        compare(opened.count, 1);
        compare(opened.signalArguments[0][0], "https://eduscol.education.fr/fractions");
        // Clicked in the rendered text: the file link opens nothing and says why; a web link opens.
        md.open("file:///home/eleve/notes.txt");
        compare(opened.count, 1);
        verify(findChild(md, "linkRefusal").text.indexOf("file:///home/eleve/notes.txt") >= 0);
        verify(findChild(md, "linkRefused").visible, "the eye sees why nothing opened");
        md.open("mailto:prof@ecole.fr");
        compare(opened.count, 2);

        const plain = createTemporaryObject(markdownComponent, testCase, { "markdown": "Pas de lien." });
        verify(!findChild(plain, "spokenLinks").visible);
        compare(plain.implicitHeight, plain.shown.implicitHeight);
    }

    function test_openingMarksProgress() {
        compare(lessons.data(lessons.index(2, 0), LessonModel.StateRole), WorkStates.ToRead);
        const page = makeReader(2);
        compare(lessons.data(lessons.index(2, 0), LessonModel.StateRole), WorkStates.Started);
        verify(page.reader.tracksProgress);
        verify(!page.reader.completed);
        const done = findChild(page, "doneButton");
        verify(done && done.visible && done.enabled);
        // One ✓ per part (issue 14): the lesson is completed when the third part is ticked.
        const said = findChild(page, "doneAnnouncement");
        for (let part = 0; part < 3; ++part) {
            verify(!page.reader.completed, "part " + part);
            page.currentSection = part;
            verify(done.enabled);
            done.forceActiveFocus(Qt.TabFocusReason);
            keyClick(Qt.Key_Space);
            verify(!done.enabled);
            // The keyboard does not fall into nothing: it is on the part's tab, and the mark is said.
            verify(page.tabs.itemAt(part).activeFocus, "focus on the part's tab after marking it done");
            verify(said.visible && said.text.indexOf("done") > 0, said.text);
        }
        verify(page.reader.completed);
        verify(said.text.indexOf("Lesson done") > 0, said.text);
        compare(lessons.data(lessons.index(2, 0), LessonModel.StateRole), WorkStates.Done);
    }

    function test_attachments() {
        const page = makeReader(0);
        compare(page.reader.attachments.count, 2);
        const list = findChild(page, "attachments");
        verify(list);
        compare(list.count, 2);
        tryVerify(() => list.itemAtIndex(1) !== null, 5000, "the delegates are made");
        const pdfRow = list.itemAtIndex(1);
        compare(pdfRow.name, "fiche-fractions.pdf");
        compare(pdfRow.kind, "pdf");
        verify(pdfRow.available);
        const opened = createTemporaryObject(spyComponent, testCase, {
                "target": page,
                "signalName": "openPdf"
            });
        list.forceActiveFocus();
        list.currentIndex = 1;
        keyClick(Qt.Key_Return);
        compare(opened.count, 1);
        compare(opened.signalArguments[0][1], "fiche-fractions.pdf");
        verify(String(opened.signalArguments[0][0]).startsWith("file://"));
        // A screen reader calls the rows buttons: Space presses them too.
        keyClick(Qt.Key_Space);
        compare(opened.count, 2);
    }

    function test_pdfOpensInTheApp() {
        const page = makeReader(0);
        const url = page.reader.attachments.data(page.reader.attachments.index(1, 0), AttachmentModel.UrlRole);
        const viewer = createTemporaryObject(pdfComponent, testCase, {
                "source": url,
                "name": "fiche-fractions.pdf"
            });
        verify(viewer);
        tryCompare(viewer.document, "status", 2 /* PdfDocument.Ready */);
        compare(viewer.document.pageCount, 2);
        // The pages render off the GUI thread and show: the first is drawn at the viewer's width, as tall as
        // an A4 page is, with "Page 1 of 2" for a screen reader.
        const pages = findChild(viewer, "pdfPages");
        verify(pages);
        tryVerify(() => findChild(pages, "pdfPage0") && findChild(pages, "pdfPage0").status === PdfPage.Ready, 10000, "page 1 is drawn");
        const first = findChild(pages, "pdfPage0");
        verify(first.width > 500);
        verify(Math.abs(first.height / first.width - 297 / 210) < 0.05, "A4 portrait: " + first.height / first.width);
        // Its words for a screen reader (issue 18): the page is an image, so a read-only text over it says
        // "Page 1 of 2" and the page's words, reached with Tab and read line by line with the arrows.
        const words = findChild(pages, "pdfPageText0");
        verify(words, "page 1 has its words for a screen reader");
        compare(words.Accessible.name, "Page 1 of 2");
        compare(words.Accessible.editable, false);
        tryVerify(() => first.textRead, 10000, "page 1's words are read");
        verify(words.Accessible.description.indexOf("Fiche d") === 0, words.Accessible.description);
        verify(words.Accessible.description.indexOf("Quelle fraction de chaque figure est coloriée ?") > 0, words.Accessible.description);
        tryVerify(() => findChild(pages, "pdfPageText1") && findChild(pages, "pdfPage1").textRead, 10000, "page 2's words are read, though not drawn");
        verify(findChild(pages, "pdfPageText1").text.length > 20, findChild(pages, "pdfPageText1").text);
        pages.forceActiveFocus();
        keyClick(Qt.Key_Tab);
        verify(words.activeFocus, "Tab goes from the pages to page 1’s words, not to " + testCase.Window.activeFocusItem);
        const said = findChild(words, "lineReader");
        keyClick(Qt.Key_Down);
        verify(said.visible && said.text.length > 0 && said.text !== words.text, "Down says one line: " + said.text);
        keyClick(Qt.Key_Tab);
        verify(findChild(pages, "pdfPageText1").activeFocus, "Tab goes on to page 2's words");
        // The keyboard reads on: Page Down moves down, End reaches the last page, Home comes back.
        pages.forceActiveFocus();
        keyClick(Qt.Key_PageDown);
        verify(pages.contentY > 0, "Page Down scrolls");
        keyClick(Qt.Key_End);
        tryVerify(() => findChild(pages, "pdfPage1") && findChild(pages, "pdfPage1").status === PdfPage.Ready, 10000, "page 2 is drawn");
        keyClick(Qt.Key_Home);
        tryCompare(pages, "contentY", 0);
    }

    function test_pdfClosedWhileItRendersDoesNotCrash() {
        // A pupil opens the worksheet and goes back at once, again and again (Qt 6.4's PdfMultiPageView crashed
        // here: its image thread rendered into the document the closed viewer had freed). Each render now owns
        // its document; the viewers go while their pages render, and the app lives on.
        const page = makeReader(0);
        const url = page.reader.attachments.data(page.reader.attachments.index(1, 0), AttachmentModel.UrlRole);
        for (let i = 0; i < 25; ++i) {
            const viewer = pdfComponent.createObject(testCase, {
                    "source": url,
                    "name": "fiche-fractions.pdf",
                    "width": 400 + 40 * i
                });
            verify(viewer);
            tryCompare(viewer.document, "status", 2 /* PdfDocument.Ready */);
            wait(4 * i); // the pages have started to render, some further than others
            viewer.width += 100; // and a resize asks for them anew
            wait(i % 3);
            viewer.destroy();
        }
        // The renders still running end into nothing; a last viewer still works.
        wait(300);
        const viewer = createTemporaryObject(pdfComponent, testCase, {
                "source": url,
                "name": "fiche-fractions.pdf"
            });
        const pages = findChild(viewer, "pdfPages");
        tryVerify(() => findChild(pages, "pdfPage0") && findChild(pages, "pdfPage0").status === PdfPage.Ready, 10000, "page 1 is drawn");
    }

    function test_pdfThatIsNotOneSaysSo() {
        // A damaged download: the viewer says so instead of a blank page.
        const viewer = createTemporaryObject(pdfComponent, testCase, {
                "source": Qt.resolvedUrl("tst_lessonreader.qml"),
                "name": "abime.pdf"
            });
        tryCompare(viewer.document, "status", PdfDocument.Error);
        verify(!findChild(viewer, "pdfPage0"), "no page drawn");
    }
}
