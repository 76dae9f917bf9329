// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Controls.Basic
import QtTest
import Continuite

// Writing a lesson without knowing Markdown (issue 14): the lesson editor's toolbar (Title, Bold, List, Link,
// Image) on the selection of a text box, then in the real editor on a lesson of a class of its own, where the
// words written reach the lesson and a picture attached goes into the text.
TestCase {
    id: testCase

    name: "MarkdownToolbar"
    width: 1024
    height: 600
    visible: true
    when: windowShown

    Component {
        id: boxComponent
        Column {
            property alias area: area
            property alias toolbar: toolbar
            width: 600
            MarkdownToolbar {
                id: toolbar
                width: 600
                area: area
            }
            TextArea {
                id: area
                width: 600
                height: 200
                persistentSelection: true
            }
        }
    }
    Component {
        id: lessonsComponent
        TeacherLessonsPage {
            width: 774
            height: 548
            focus: true
        }
    }
    Component {
        id: classesComponent
        ClassModel {
            session: Session
        }
    }

    property var lessonIds: []

    function init() {
        Session.lock();
        verify(Session.unlock("mme.martin", "demo-prof"), Session.error);
    }
    // The other test files count the teacher's lessons: this file's go away.
    function cleanupTestCase() {
        Session.lock();
        verify(Session.unlock("mme.martin", "demo-prof"), Session.error);
        for (const id of testCase.lessonIds)
            compare(testStore.deleteLesson(id), "");
        Session.lock();
    }

    function makeBox(text) {
        const box = createTemporaryObject(boxComponent, testCase);
        verify(box);
        box.area.text = text;
        box.area.forceActiveFocus();
        return box;
    }

    function test_boldWrapsTheSelection() {
        const box = makeBox("C'est important ici");
        box.area.select(6, 15);
        compare(box.area.selectedText, "important");
        compare(box.area.text, "C'est important ici", "nothing written before the click");
        mouseClick(findChild(box.toolbar, "boldButton"));
        compare(box.area.text, "C'est **important** ici");
        compare(box.area.selectedText, "important", "the words stay chosen");
        verify(box.area.activeFocus, "the text box keeps the keyboard");
        // Nothing chosen: words to type over, already selected.
        box.area.cursorPosition = box.area.length;
        mouseClick(findChild(box.toolbar, "boldButton"));
        compare(box.area.text, "C'est **important** ici**bold words**");
        compare(box.area.selectedText, "bold words");
        keyClick(Qt.Key_O);
        keyClick(Qt.Key_K);
        compare(box.area.text, "C'est **important** ici**ok**");
    }

    function test_ctrlBAndCtrlKFromTheText() {
        const box = makeBox("Va sur le site");
        box.area.select(10, 14);
        keyClick(Qt.Key_B, Qt.ControlModifier);
        compare(box.area.text, "Va sur le **site**");
        box.area.select(0, 2);
        keyClick(Qt.Key_K, Qt.ControlModifier);
        compare(box.area.text, "[Va](https://) sur le **site**");
        compare(box.area.selectedText, "https://", "the address is chosen, to be typed over");
        for (const c of "a.fr")
            keyClick(c);
        compare(box.area.text, "[Va](a.fr) sur le **site**");
    }

    function test_listAndTitleOnTheLinesChosen() {
        const box = makeBox("un\ndeux\ntrois");
        box.area.select(1, 5); // from inside "un" to inside "deux"
        mouseClick(findChild(box.toolbar, "listButton"));
        compare(box.area.text, "- un\n- deux\ntrois");
        // Again: the marks go away (a toggle, as in a word processor).
        mouseClick(findChild(box.toolbar, "listButton"));
        compare(box.area.text, "un\ndeux\ntrois");
        // A line already in the list keeps one mark when the others join it.
        box.area.text = "- un\ndeux";
        box.area.select(0, box.area.length);
        mouseClick(findChild(box.toolbar, "listButton"));
        compare(box.area.text, "- un\n- deux");
        // Title: the line of the cursor only.
        box.area.text = "un\ndeux\ntrois";
        box.area.cursorPosition = 4;
        mouseClick(findChild(box.toolbar, "titleButton"));
        compare(box.area.text, "un\n## deux\ntrois");
        mouseClick(findChild(box.toolbar, "linkButton"));
        verify(box.area.text.indexOf("[words of the link](https://)") >= 0, box.area.text);
    }

    function test_buttonsByKeyboard() {
        const box = makeBox("mot");
        box.area.select(0, 3);
        const bold = findChild(box.toolbar, "boldButton");
        bold.forceActiveFocus(Qt.TabFocusReason);
        verify(bold.activeFocus);
        keyClick(Qt.Key_Return);
        compare(box.area.text, "**mot**", "the selection survived the trip to the toolbar");
        compare(bold.Accessible.name, "Put the chosen words in bold (Ctrl+B)");
    }

    // In the editor: the toolbar writes in the part shown, which reaches the lesson; a picture attached to the
    // lesson goes into the text from the Image button and shows in the preview.
    function test_inTheLessonEditor() {
        const classes = createTemporaryObject(classesComponent, testCase);
        const classId = classes.createClass("Atelier de mise en forme (test)");
        verify(classId.length > 0, classes.error);
        const page = createTemporaryObject(lessonsComponent, testCase, {
                "classId": classId,
                "className": "Atelier de mise en forme (test)"
            });
        page.newLesson();
        page.editor.title = "Mise en forme";
        verify(page.editor.save(), page.editor.error);
        testCase.lessonIds = testCase.lessonIds.concat([page.editor.lessonId]);
        const toolbar = findChild(page, "markdownToolbar");
        verify(toolbar && toolbar.visible);
        page.sectionArea.forceActiveFocus();
        page.sectionArea.text = "Lis la page";
        page.sectionArea.select(3, 11); // " la page", as a double click and a drag often take the space too
        mouseClick(findChild(toolbar, "boldButton"));
        compare(page.editor.beforeClass, "Lis **la page**");
        // Image, with no picture attached yet: only "Attach a picture…".
        mouseClick(findChild(toolbar, "imageButton"));
        const menu = findChild(toolbar, "picturesMenu");
        tryVerify(() => menu.opened);
        menu.close();
        verify(page.attachFile(Qt.resolvedUrl("../../content/demo/media/pizza.png")), page.editor.error);
        tryCompare(page.editor.attachments, "count", 1, 20000);
        const sha = page.editor.attachments.data(page.editor.attachments.index(0, 0), AttachmentModel.Sha256Role);
        verify(sha.length === 64, sha);
        page.sectionArea.forceActiveFocus();
        page.sectionArea.cursorPosition = page.sectionArea.length;
        mouseClick(findChild(toolbar, "imageButton"));
        tryVerify(() => menu.opened);
        let item = null;
        for (let i = 0; i < menu.count; ++i)
            if (menu.itemAt(i) && menu.itemAt(i).visible && menu.itemAt(i).text.indexOf("pizza") === 0)
                item = menu.itemAt(i);
        verify(item, "the picture attached is offered");
        waitForItemPolished(menu.contentItem);
        mouseClick(item);
        compare(page.editor.beforeClass, "Lis **la page**![pizza](media:" + sha + ")");
    }
}
