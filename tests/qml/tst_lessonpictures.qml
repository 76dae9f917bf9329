// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Controls.Basic
import QtTest
import Continuite

// Pictures shown as themselves in the lesson editor's text box (issue 14): "![Une pizza…](media:514cba0ff98…)" over
// three lines invited clicks in its 64 letters, which broke the picture (review-app19). A picture on a line of its own
// shows its thumbnail and its description over its Markdown; a click chooses it whole, so Delete takes it away in one
// key. In a class of its own; its lesson is deleted at the end.
TestCase {
    id: testCase

    name: "LessonPictures"
    width: 1024
    height: 600
    visible: true
    when: windowShown

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
    function cleanupTestCase() {
        Session.lock();
        verify(Session.unlock("mme.martin", "demo-prof"), Session.error);
        for (const id of testCase.lessonIds)
            compare(testStore.deleteLesson(id), "");
        Session.lock();
    }

    /// The chips shown over @p area's text.
    function chipsOf(area) {
        const chips = [];
        for (let i = 0; i < area.children.length; ++i) {
            const child = area.children[i];
            if (child.objectName === "pictureChip" && child.visible)
                chips.push(child);
        }
        return chips;
    }

    function test_pictureShownInTheText() {
        const classes = createTemporaryObject(classesComponent, testCase);
        const classId = classes.createClass("Atelier des images (test)");
        verify(classId.length > 0, classes.error);
        const page = createTemporaryObject(lessonsComponent, testCase, {
                "classId": classId,
                "className": "Atelier des images (test)"
            });
        page.newLesson();
        page.editor.title = "Images";
        verify(page.editor.save(), page.editor.error);
        testCase.lessonIds = testCase.lessonIds.concat([page.editor.lessonId]);
        verify(page.attachFile(Qt.resolvedUrl("../../content/demo/media/pizza.png")), page.editor.error);
        tryCompare(page.editor.attachments, "count", 1, 20000);
        const sha = page.editor.attachments.data(page.editor.attachments.index(0, 0), AttachmentModel.Sha256Role);
        const code = "![Une pizza en huit parts](media:" + sha + ")";
        const area = page.sectionArea;
        area.text = "Regarde bien.\n\n" + code + "\n\nCombien de parts ?";
        waitForRendering(area);
        // The picture on its own line: a chip over its Markdown, with its thumbnail and its words.
        let chips = [];
        tryVerify(() => (chips = testCase.chipsOf(area)).length === 1, 5000, "one picture shown");
        const chip = chips[0];
        const start = area.text.indexOf("![");
        const end = start + code.length;
        const first = area.positionToRectangle(start);
        const last = area.positionToRectangle(end);
        verify(chip.y <= first.y + 0.5 && chip.y + chip.height >= last.y + last.height - 0.5, "the chip covers the picture's Markdown");
        const thumbnail = findChild(chip, "pictureThumbnail");
        tryCompare(thumbnail, "status", Image.Ready, 5000);
        verify(thumbnail.paintedWidth > 0 && thumbnail.paintedHeight > 0);
        compare(findChild(chip, "pictureWords").text, "Picture: Une pizza en huit parts");
        // The words around it are not covered.
        const words = area.positionToRectangle(area.text.indexOf("Combien"));
        verify(words.y >= chip.y + chip.height - 0.5, "the next words stay in view");
        // A click chooses it whole; Delete takes it away in one key, and Ctrl+Z brings it back.
        mouseClick(chip);
        verify(area.activeFocus);
        compare(area.selectionStart, start);
        compare(area.selectionEnd, end);
        keyClick(Qt.Key_Delete);
        compare(page.editor.beforeClass, "Regarde bien.\n\n\n\nCombien de parts ?");
        tryVerify(() => testCase.chipsOf(area).length === 0);
        keyClick(Qt.Key_Z, Qt.ControlModifier);
        compare(page.editor.beforeClass, "Regarde bien.\n\n" + code + "\n\nCombien de parts ?");
        tryVerify(() => testCase.chipsOf(area).length === 1);
        // In a list item, indented (as in the demo's lessons): shown too.
        area.text = "1. Observe bien cette pizza :\n\n   " + code + "\n\n2. Compte les parts.";
        waitForRendering(area);
        tryVerify(() => testCase.chipsOf(area).length === 1, 5000, "the indented picture is shown");
        // The control: a picture among words is left as it is written (a chip would hide the words around it).
        area.text = "Regarde " + code + " bien.";
        waitForRendering(area);
        tryVerify(() => testCase.chipsOf(area).length === 0);
    }
}
