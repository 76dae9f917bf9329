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
    }

    /// A page with the pizza attached, and its picture's Markdown: [page, code].
    function pageWithAPicture(className) {
        const classes = createTemporaryObject(classesComponent, testCase);
        const classId = classes.createClass(className);
        verify(classId.length > 0, classes.error);
        const page = createTemporaryObject(lessonsComponent, testCase, {
                "classId": classId,
                "className": className
            });
        page.newLesson();
        page.editor.title = "Images";
        verify(page.editor.save(), page.editor.error);
        testCase.lessonIds = testCase.lessonIds.concat([page.editor.lessonId]);
        verify(page.attachFile(Qt.resolvedUrl("../../content/demo/media/pizza.png")), page.editor.error);
        tryCompare(page.editor.attachments, "count", 1, 20000);
        const sha = page.editor.attachments.data(page.editor.attachments.index(0, 0), AttachmentModel.Sha256Role);
        return [page, "![Une pizza en huit parts](media:" + sha + ")"];
    }
    /// Whether @p chip's coloured pieces cover the character at @p position of @p area.
    function covers(area, chip, position) {
        const at = area.positionToRectangle(position);
        const middle = chip.mapFromItem(area, at.x + 2, at.y + at.height / 2);
        for (let i = 0; i < chip.children.length; ++i) {
            const piece = chip.children[i];
            if (piece.objectName === "picturePiece" && piece.visible && middle.x >= piece.x && middle.x <= piece.x + piece.width
                    && middle.y >= piece.y && middle.y <= piece.y + piece.height)
                return true;
        }
        return false;
    }

    // A picture in the middle of a sentence shows as itself too, over its Markdown only: the words before and after it
    // stay in view (app20 left it as 100 letters of Markdown).
    function test_pictureAmongWords() {
        const [page, code] = testCase.pageWithAPicture("Images dans les phrases (test)");
        const area = page.sectionArea;
        area.text = "Regarde " + code + " bien.";
        waitForRendering(area);
        let chips = [];
        tryVerify(() => (chips = testCase.chipsOf(area)).length === 1, 5000, "the picture among words is shown");
        const chip = chips[0];
        compare(findChild(chip, "pictureWords").text, "Picture: Une pizza en huit parts");
        tryCompare(findChild(chip, "pictureThumbnail"), "status", Image.Ready, 5000);
        // Its Markdown covered: its first letter, its address, its last letter.
        const start = area.text.indexOf("![");
        const end = start + code.length;
        verify(testCase.covers(area, chip, start), "the chip starts where the picture's Markdown starts");
        verify(testCase.covers(area, chip, start + 40), "the picture's address is under the chip");
        verify(testCase.covers(area, chip, end - 1), "the chip ends where the picture's Markdown ends");
        // The control: the words around it are not covered.
        verify(!testCase.covers(area, chip, 0), "\"Regarde\" stays in view");
        verify(!testCase.covers(area, chip, end + 1), "\"bien.\" stays in view");
        // A click on it chooses it whole.
        const words = findChild(chip, "pictureWords");
        mouseClick(words);
        compare(area.selectionStart, start);
        compare(area.selectionEnd, end);
    }

    // A picture the store does not have (a lesson pasted from elsewhere, a hash typed by hand) said so: its chip looked
    // like a real one, "Picture: Une carte de France", over an empty frame, and the pupils get nothing (review-app22
    // F8). It says "Picture not found" in the warning colour. Control: the attached pizza, beside it, is a picture.
    function test_unknownPictureSaysSo() {
        const [page, code] = testCase.pageWithAPicture("Images introuvables (test)");
        const area = page.sectionArea;
        const unknown = "![Une carte de France](media:" + "0123456789abcdef".repeat(4) + ")";
        area.text = code + "\n\n" + unknown + "\n\nFin.";
        waitForRendering(area);
        let chips = [];
        tryVerify(() => (chips = testCase.chipsOf(area)).length === 2, 5000, "both pictures shown as chips");
        chips.sort((a, b) => a.y - b.y);
        const known = findChild(chips[0], "pictureWords");
        const missing = findChild(chips[1], "pictureWords");
        compare(known.text, "Picture: Une pizza en huit parts");
        compare(missing.text, "Picture not found: Une carte de France");
        verify(Qt.colorEqual(missing.color, Theme.warning), "in the warning colour: " + missing.color);
        verify(Qt.colorEqual(known.color, Theme.text), "the pizza in the text's colour: " + known.color);
    }

    // The arrow keys go over a picture's Markdown in one step, as over one letter: the caret walked through its 100
    // hidden letters, and a letter typed there broke the picture (app20's note).
    function test_arrowsStepOverAPicture() {
        const [page, code] = testCase.pageWithAPicture("Images et flèches (test)");
        const area = page.sectionArea;
        area.text = "Lis\n" + code + "\npuis compte.";
        waitForRendering(area);
        tryVerify(() => testCase.chipsOf(area).length === 1, 5000);
        const start = 4;
        const end = start + code.length;
        area.forceActiveFocus();
        area.cursorPosition = start;
        keyClick(Qt.Key_Right);
        compare(area.cursorPosition, end, "Right: over the picture");
        keyClick(Qt.Key_Left);
        compare(area.cursorPosition, start, "Left: back before it");
        keyClick(Qt.Key_Right, Qt.ShiftModifier);
        compare(area.selectionStart, start);
        compare(area.selectionEnd, end, "Shift+Right chooses it whole");
        // Down from the line above lands before or after it, never inside.
        area.text = "Lis bien ceci :\n" + code + "\npuis compte.";
        waitForRendering(area);
        tryVerify(() => testCase.chipsOf(area).length === 1, 5000);
        const below = area.text.indexOf("![");
        area.cursorPosition = 6;
        keyClick(Qt.Key_Down);
        verify(area.cursorPosition <= below || area.cursorPosition >= below + code.length, "Down lands inside the picture, at " + area.cursorPosition);
        // Backspace right after it takes it away whole; Ctrl+Z brings it back.
        area.cursorPosition = below + code.length;
        keyClick(Qt.Key_Backspace);
        compare(page.editor.beforeClass, "Lis bien ceci :\n\npuis compte.");
        keyClick(Qt.Key_Z, Qt.ControlModifier);
        compare(page.editor.beforeClass, "Lis bien ceci :\n" + code + "\npuis compte.");
        // Delete right before it, the same.
        area.cursorPosition = below;
        keyClick(Qt.Key_Delete);
        compare(page.editor.beforeClass, "Lis bien ceci :\n\npuis compte.");
        keyClick(Qt.Key_Z, Qt.ControlModifier);
        compare(page.editor.beforeClass, "Lis bien ceci :\n" + code + "\npuis compte.");
        // Up from the line below lands before or after it, never inside.
        area.cursorPosition = area.text.indexOf("compte");
        keyClick(Qt.Key_Up);
        verify(area.cursorPosition <= below || area.cursorPosition >= below + code.length, "Up lands inside the picture, at " + area.cursorPosition);
        // Among words too.
        area.text = "Lis " + code + " puis compte.";
        waitForRendering(area);
        tryVerify(() => testCase.chipsOf(area).length === 1, 5000, "the picture among words is shown");
        area.cursorPosition = 4;
        keyClick(Qt.Key_Right);
        compare(area.cursorPosition, 4 + code.length, "Right: over the picture among words");
        // The control: in words, one key is one letter.
        area.cursorPosition = 1;
        keyClick(Qt.Key_Right);
        compare(area.cursorPosition, 2);
        area.cursorPosition = 4 + code.length + 2;
        keyClick(Qt.Key_Backspace);
        compare(page.editor.beforeClass, "Lis " + code + " uis compte.");
    }

    /// The point in @p area's own coordinates where the letter at @p at is drawn (its middle).
    function pointOf(area, at) {
        const r = area.positionToRectangle(at);
        return Qt.point(r.x + 2, r.y + r.height / 2);
    }

    // A selection never cuts a picture: it takes it whole or leaves it (review-app22 F2). A mouse drag from "is" into
    // the chip's middle chose letters 1…49, up to the middle of its hidden hash, while the chip painted itself as
    // chosen whole; Delete then left about 40 hexadecimal letters in the lesson. Control: a drag between two words
    // chooses just those letters, and Delete takes just them.
    function test_dragIntoAPictureTakesItWhole() {
        const [page, code] = testCase.pageWithAPicture("Images et souris (test)");
        const area = page.sectionArea;
        const text = "Lis bien " + code + " puis compte.";
        area.text = text;
        waitForRendering(area);
        let chips = [];
        tryVerify(() => (chips = testCase.chipsOf(area)).length === 1, 5000, "the picture among words is shown");
        const start = text.indexOf("![");
        const end = start + code.length;
        area.forceActiveFocus();
        // The control first: from "is" to "bien"'s "e", letters only.
        let from = testCase.pointOf(area, 1);
        let to = testCase.pointOf(area, 6);
        mousePress(area, from.x, from.y);
        mouseMove(area, (from.x + to.x) / 2, to.y);
        mouseMove(area, to.x, to.y);
        mouseRelease(area, to.x, to.y);
        compare(area.selectionStart, 1, "a drag among words");
        compare(area.selectionEnd, 6, "a drag among words stops where the mouse stops");
        keyClick(Qt.Key_Delete);
        compare(page.editor.beforeClass, "Len " + code + " puis compte.");
        keyClick(Qt.Key_Z, Qt.ControlModifier);
        compare(page.editor.beforeClass, text);
        waitForRendering(area);
        // Forwards, from "is" to the chip's middle (where its hash is drawn).
        from = testCase.pointOf(area, 1);
        to = testCase.pointOf(area, start + 48);
        mousePress(area, from.x, from.y);
        mouseMove(area, (from.x + to.x) / 2, to.y);
        mouseMove(area, to.x, to.y);
        mouseRelease(area, to.x, to.y);
        compare(area.selectionStart, 1);
        compare(area.selectionEnd, end, "the drag took the picture whole (it stopped at " + area.selectionEnd + ")");
        keyClick(Qt.Key_Delete);
        const left = page.editor.beforeClass;
        verify(left.indexOf("media:") < 0 && !/[0-9a-f]{20}/.test(left), "Delete left: " + left);
        compare(left, "L puis compte.");
        keyClick(Qt.Key_Z, Qt.ControlModifier);
        compare(page.editor.beforeClass, text, "one Ctrl+Z brings it all back");
        waitForRendering(area);
        // Backwards, from "compte" to the chip's middle: it takes the picture whole from its start.
        const compte = text.indexOf("compte");
        from = testCase.pointOf(area, compte);
        to = testCase.pointOf(area, start + 48);
        mousePress(area, from.x, from.y);
        mouseMove(area, (from.x + to.x) / 2, to.y);
        mouseMove(area, to.x, to.y);
        mouseRelease(area, to.x, to.y);
        compare(area.selectionEnd, compte);
        compare(area.selectionStart, start, "the drag back took the picture whole (it stopped at " + area.selectionStart + ")");
        keyClick(Qt.Key_Backspace);
        compare(page.editor.beforeClass, "Lis bien compte.");
        keyClick(Qt.Key_Z, Qt.ControlModifier);
        compare(page.editor.beforeClass, text);
        // A selection set inside the picture's words (the Image button chooses its description) is left as it is.
        area.select(start + 2, start + 8);
        compare(area.selectionStart, start + 2);
        compare(area.selectionEnd, start + 8);
    }

    // Ctrl+Backspace right after a picture and Ctrl+Delete right before it take it whole, as a word (review-app22 F3:
    // they took ")" or "![" and left 80 letters of raw Markdown). Control: Ctrl+Backspace after a word takes the word.
    function test_wordKeysTakeAPictureWhole() {
        const [page, code] = testCase.pageWithAPicture("Images et mots (test)");
        const area = page.sectionArea;
        const text = "Lis " + code + " puis.";
        area.text = text;
        waitForRendering(area);
        tryVerify(() => testCase.chipsOf(area).length === 1, 5000);
        const start = 4;
        const end = start + code.length;
        area.forceActiveFocus();
        area.cursorPosition = end;
        keyClick(Qt.Key_Backspace, Qt.ControlModifier);
        compare(page.editor.beforeClass, "Lis  puis.", "Ctrl+Backspace after the picture");
        keyClick(Qt.Key_Z, Qt.ControlModifier);
        compare(page.editor.beforeClass, text, "one Ctrl+Z brings it back");
        // After the picture and a space, as after a word and a space.
        area.cursorPosition = end + 1;
        keyClick(Qt.Key_Backspace, Qt.ControlModifier);
        compare(page.editor.beforeClass, "Lis puis.", "Ctrl+Backspace after the picture and a space");
        keyClick(Qt.Key_Z, Qt.ControlModifier);
        compare(page.editor.beforeClass, text);
        area.cursorPosition = start;
        keyClick(Qt.Key_Delete, Qt.ControlModifier);
        compare(page.editor.beforeClass, "Lis  puis.", "Ctrl+Delete before the picture");
        keyClick(Qt.Key_Z, Qt.ControlModifier);
        compare(page.editor.beforeClass, text);
        // The control: after a word, the word.
        area.cursorPosition = text.indexOf(" puis") + 5;
        keyClick(Qt.Key_Backspace, Qt.ControlModifier);
        compare(page.editor.beforeClass, "Lis " + code + " .");
    }

    // A screen reader hears "Picture: …" where the box holds a picture, not its Markdown's 64 letters (app20's note).
    function test_screenReaderHearsThePicture() {
        const [page, code] = testCase.pageWithAPicture("Images lues (test)");
        const area = page.sectionArea;
        area.text = "Regarde bien.\n\n" + code + "\n\nCombien de parts ?";
        waitForRendering(area);
        const said = area.Accessible.description;
        verify(said.indexOf("media:") < 0, said);
        verify(said.indexOf("Picture: Une pizza en huit parts") >= 0, said);
        // The control: the words around it are read as they are.
        verify(said.indexOf("Regarde bien.") >= 0 && said.indexOf("Combien de parts ?") >= 0, said);
        // And the chip itself says what it is.
        let chips = [];
        tryVerify(() => (chips = testCase.chipsOf(area)).length === 1, 5000);
        compare(chips[0].Accessible.name, "Picture: Une pizza en huit parts");
        compare(chips[0].Accessible.role, Accessible.Graphic);
    }

    // review-a11y22, M1: Up and Down were silent in the lesson's Markdown box. Now each says the line it reaches, a
    // picture as its chip shows it, whole. Controls: typing says nothing more; a line whose Markdown is not a picture
    // is said as it is.
    function test_upAndDownSayTheLine() {
        const [page, code] = testCase.pageWithAPicture("Lignes lues (test)");
        const area = page.sectionArea;
        const said = findChild(area, "lineSaid");
        verify(said);
        area.text = "Lis bien ceci :\n" + code + "\npuis compte.";
        waitForRendering(area);
        area.forceActiveFocus(Qt.TabFocusReason);
        area.cursorPosition = 3;
        keyClick(Qt.Key_X);
        wait(50);
        compare(said.text, "", "a letter typed is not a line read");
        keyClick(Qt.Key_Backspace);
        keyClick(Qt.Key_Down);
        tryCompare(said, "text", "Picture: Une pizza en huit parts");
        keyClick(Qt.Key_Down);
        tryCompare(said, "text", "puis compte.");
        keyClick(Qt.Key_Up);
        tryCompare(said, "text", "Picture: Une pizza en huit parts");
        // Its Markdown is drawn over several lines under the chip: the caret may take one more Up to leave it, and the
        // picture is not said again on the way.
        const before = area.cursorPosition;
        const shown = createTemporaryQmlObject("import QtTest; SignalSpy { signalName: \"visibleChanged\" }", testCase);
        shown.target = said;
        for (let i = 0; i < 3 && said.text !== "Lis bien ceci :"; ++i) {
            keyClick(Qt.Key_Up);
            wait(50);
        }
        compare(said.text, "Lis bien ceci :");
        verify(area.cursorPosition < before);
        compare(shown.count, 2, "one thing said (hidden, shown again) on the way up: the line above");
    }

    // review-a11y22, M5: Delete in "Attached files" took a file away and said only "List with 1 item". Now it says which
    // file went and which one the keyboard is on. Control: the other file stays, and is the one said.
    function test_deletingAFileSaysWhich() {
        const [page, code] = testCase.pageWithAPicture("Fichiers retirés (test)");
        verify(page.attachFile(Qt.resolvedUrl("../../content/demo/media/fiche-fractions.pdf")), page.editor.error);
        tryCompare(page.editor.attachments, "count", 2, 20000);
        const files = findChild(page, "lessonFiles");
        const said = findChild(page, "fileRemovedSaid");
        verify(files && said);
        const model = page.editor.attachments;
        const nameAt = row => model.data(model.index(row, 0), AttachmentModel.NameRole);
        const sizeAt = row => model.data(model.index(row, 0), AttachmentModel.SizeTextRole);
        const gone = nameAt(1);
        const stays = nameAt(0);
        const staysSize = sizeAt(0);
        files.forceActiveFocus(Qt.TabFocusReason);
        files.currentIndex = 1;
        keyClick(Qt.Key_Delete);
        tryCompare(model, "count", 1, 5000);
        compare(nameAt(0), stays);
        compare(said.text, gone + " removed from the lesson. Now on " + stays + ", " + staysSize + ".");
        compare(files.currentIndex, 0);
        keyClick(Qt.Key_Delete);
        tryCompare(model, "count", 0, 5000);
        compare(said.text, stays + " removed from the lesson. No attached file left.");
    }
}
