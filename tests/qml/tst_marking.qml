// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Pdf
import QtTest
import Continuite

// Marking work that is a photo or a file (issue 14), as Mme Martin does on a Sunday evening at 1024×600: the
// photos as thumbnails in Correction, opened big and zoomed, the comment on several lines, the score out of its
// scale, and "Next ›" from one pupil's work to the next without going back to the list. The class "Atelier de
// correction" (testMarking, tst_qml.cpp): Adam two photos, Chloé a PDF, Zoé a photo handed in twice.
TestCase {
    id: testCase

    name: "Marking"
    width: 1024
    height: 600
    visible: true
    when: windowShown

    Component {
        id: homeComponent
        TeacherHome {
            width: 1024
            height: 548
            focus: true
        }
    }
    Component {
        id: reviewComponent
        ReviewPage {
            // What the Correction page gets at 1024×600 once the side menu folds away: the whole width.
            width: 1024
            height: 548
            focus: true
        }
    }

    property var made: ({})

    function init() {
        Session.lock();
        verify(Session.unlock("mme.martin", "demo-prof"), Session.error);
        if (testCase.made.classId === undefined) {
            testCase.made = testMarking.fillPhotoWork();
            verify(testCase.made.error === undefined, testCase.made.error);
        }
    }
    function cleanupTestCase() {
        Session.lock();
    }
    function openReview() {
        const page = createTemporaryObject(reviewComponent, testCase, {
                "classId": testCase.made.classId
            });
        verify(page);
        tryCompare(page.review, "assignmentId", testCase.made.assignmentId);
        compare(page.review.count, 4); // Adam 1, Chloé 1, Zoé 2 versions
        compare(page.review.studentNameAt(0), "Adam Petit");
        compare(page.review.studentNameAt(1), "Chloé Roux");
        compare(page.review.studentNameAt(3), "Zoé Martin");
        return page;
    }
    function rowOf(page, name) {
        for (let r = page.review.count - 1; r >= 0; --r)
            if (page.review.studentNameAt(r) === name)
                return r; // the latest version: the last of her rows
        return -1;
    }

    function openVoiceReview(voice) {
        const page = createTemporaryObject(reviewComponent, testCase, {
                "classId": voice.classId
            });
        verify(page);
        tryCompare(page.assignments, "count", 2);
        return page;
    }
    function assignmentRow(page, id) {
        for (let r = 0; r < page.assignments.count; ++r)
            if (page.assignments.assignmentIdAt(r) === id)
                return r;
        return -1;
    }

    function test_photoThumbnailsOpenBigAndZoom() {
        const page = openReview();
        // Adam's card shows his two photos as thumbnails.
        page.submissionList.positionViewAtIndex(0, 0);
        const card = page.submissionList.itemAtIndex(0);
        verify(card);
        const second = findChild(card, "thumbnail1");
        verify(second, "a thumbnail for each photo");
        verify(findChild(card, "thumbnail0"));
        verify(!findChild(card, "thumbnail2"));
        verify(!page.marking);

        compare(page.spokenTitle, "", "the list of work: the section's own name is said");
        // A click on the second opens it big, in the app, on that photo.
        mouseClick(second);
        // Seen big, it is a page of its own: its title is said as it opens (issue 18, M5).
        compare(page.spokenTitle, "Work of " + page.markingPage.work.studentName);
        verify(page.marking);
        const marking = page.markingPage;
        compare(marking.row, 0);
        compare(marking.fileIndex, 1);
        compare(marking.files.length, 2);
        verify(marking.thumbnails.visible, "two photos: the strip to go from one to the other");
        const viewer = marking.viewer.item;
        verify(viewer);
        compare(viewer.objectName, "imageViewer");
        compare(String(viewer.source), String(marking.files[1].url));
        tryCompare(viewer.image, "status", Image.Ready, 10000);
        // Big enough to read: the photo takes the viewer's width (not a thumbnail in a corner).
        verify(viewer.image.width > 550, "photo " + viewer.image.width + " px wide");
        verify(viewer.image.height > viewer.view.height, "a notebook page is read by scrolling down");

        // Zoom with the keys: + bigger, − smaller, 0 back to the width.
        verify(viewer.activeFocus, "the keyboard is on the photo");
        // Named, with its keys, for a screen reader (it was an unnamed Tab stop: issue 18).
        compare(viewer.Accessible.name, "Photo " + marking.files[1].name);
        verify(viewer.Accessible.description.indexOf("zoom") > 0, viewer.Accessible.description);
        const fitted = viewer.image.width;
        keyClick(Qt.Key_Plus);
        compare(viewer.zoom, 1.25);
        // Said, each time (issue 18, F9): the keys gave no feedback to a screen reader.
        const zoomSaid = findChild(viewer, "zoomAnnouncement");
        verify(zoomSaid, "the zoom is announced");
        compare(zoomSaid.text, "Zoom 125 %");
        verify(zoomSaid.visible);
        verify(viewer.image.width > fitted);
        keyClick(Qt.Key_Minus);
        keyClick(Qt.Key_Minus);
        verify(viewer.zoom < 1);
        keyClick(Qt.Key_0);
        compare(viewer.zoom, 1);
        compare(zoomSaid.text, "Zoom 100 %");
        // The wheel scrolls the page down; Ctrl+wheel zooms.
        mouseWheel(viewer.view, 200, 200, 0, -120);
        compare(viewer.zoom, 1, "the wheel alone does not zoom");
        tryVerify(() => viewer.view.contentY > 0, 2000, "the wheel alone scrolls");
        mouseWheel(viewer.view, 200, 200, 0, 120, Qt.NoButton, Qt.ControlModifier);
        verify(viewer.zoom > 1, "Ctrl+wheel zooms");
        // The zoom buttons, for the mouse.
        mouseClick(findChild(viewer, "zoomFit"));
        compare(viewer.zoom, 1);

        // The first photo from the strip, with the keyboard.
        marking.thumbnails.forceActiveFocus();
        keyClick(Qt.Key_Left);
        compare(marking.fileIndex, 0);
        compare(String(marking.viewer.item.source), String(marking.files[0].url));

        // Escape: back to the list, on Adam's card.
        keyClick(Qt.Key_Escape);
        verify(!page.marking);
        compare(page.submissionList.currentIndex, 0);
        verify(page.submissionList.activeFocus);
        // Enter on a card opens it big too.
        keyClick(Qt.Key_Return);
        verify(page.marking);
        compare(page.markingPage.fileIndex, 0);
    }

    function test_enterOpensTheFirstWorkAfterAnEmptyAssignment() {
        // Mme Martin goes from an assignment nobody has handed in (the list of work empty) to one with work,
        // Enter to its list, Enter again: the first pupil's work opens (issue 18; the audit found Enter did
        // nothing there, the list had no current card until an arrow was pressed).
        const page = openReview();
        page.review.assignmentId = "";
        tryCompare(page.review, "count", 0);
        page.review.assignmentId = testCase.made.assignmentId;
        tryCompare(page.review, "count", 4);
        // As the audit found it in the app: the list filled while hidden has no current card.
        page.submissionList.currentIndex = -1;
        page.submissionList.forceActiveFocus(Qt.TabFocusReason);
        compare(page.submissionList.currentIndex, 0, "the first card is the current one");
        keyClick(Qt.Key_Return);
        verify(page.marking, "Enter opens it big");
        keyClick(Qt.Key_Escape);
        verify(!page.marking);
        page.submissionList.currentIndex = -1;
        keyClick(Qt.Key_Return);
        verify(page.marking, "Enter opens the first one when none is current");
    }

    function test_nextGoesToTheNextPupilInOrder() {
        const page = openReview();
        page.openMarking(0, 0);
        const marking = page.markingPage;
        compare(marking.work.studentName, "Adam Petit");
        compare(findChild(marking, "position").text, "1 of 3");
        verify(marking.nextButton.enabled);
        compare(marking.nextButton.text, "Next ›");

        // Chloé: her PDF in the app's PDF viewer.
        mouseClick(marking.nextButton);
        compare(marking.work.studentName, "Chloé Roux");
        compare(findChild(marking, "position").text, "2 of 3");
        compare(marking.files.length, 1);
        verify(!marking.thumbnails.visible, "one file: no strip");
        compare(marking.viewer.item.objectName, "pdf");
        tryCompare(marking.viewer.item.document, "status", PdfDocument.Ready, 10000);

        // Zoé, with the keyboard (Alt+→): her latest version, not the first.
        keyClick(Qt.Key_Right, Qt.AltModifier);
        compare(marking.work.studentName, "Zoé Martin");
        compare(marking.work.version, 2);
        compare(marking.row, 3);
        compare(findChild(marking, "position").text, "3 of 3");

        // The last one: Next is off and says so; Alt+→ does nothing.
        verify(!marking.nextButton.enabled);
        compare(marking.nextButton.text, "Last one");
        keyClick(Qt.Key_Right, Qt.AltModifier);
        compare(marking.row, 3);
        // And back (Alt+←): Chloé.
        keyClick(Qt.Key_Left, Qt.AltModifier);
        compare(marking.work.studentName, "Chloé Roux");
        // From Zoé's first version, the next is nobody either (she is the last pupil).
        compare(page.review.nextStudentRow(2), -1);
        compare(page.review.nextStudentRow(0), 1);
        compare(page.review.nextStudentRow(1), 3);
    }

    function test_commentKeepsItsLinesAndScoreItsScale() {
        const page = openReview();
        const adam = rowOf(page, "Adam Petit");
        page.openMarking(adam, 0);
        const marking = page.markingPage;
        compare(findChild(marking, "scaleLabel").text, "/ 20");

        // A comment on two lines (Enter goes to the line), Tab to the score, Enter returns.
        marking.commentBox.forceActiveFocus();
        keyClick(Qt.Key_B);
        keyClick(Qt.Key_I);
        keyClick(Qt.Key_E);
        keyClick(Qt.Key_N);
        keyClick(Qt.Key_Return);
        keyClick(Qt.Key_V);
        keyClick(Qt.Key_U);
        compare(marking.commentBox.text, "bien\nvu");
        keyClick(Qt.Key_Tab);
        verify(marking.scoreField.activeFocus, "Tab goes from the comment to the score");
        keyClick(Qt.Key_1);
        keyClick(Qt.Key_6);
        keyClick(Qt.Key_Return);
        compare(page.review.error, "");
        verify(marking.work.returned);
        compare(marking.work.feedback, "bien\nvu");
        compare(findChild(marking, "returnedLabel").text, "✓ Returned, 16 / 20");
        verify(marking.nextButton.activeFocus, "returned: Enter again goes on to the next one");

        // Closed and opened again: the comment comes back with its line break, to be amended.
        keyClick(Qt.Key_Escape);
        verify(!page.marking);
        page.openMarking(adam, 0);
        compare(marking.commentBox.text, "bien\nvu");
        compare(marking.scoreField.text, "16");
        // A new page, as after restarting the app: read from the store again.
        const again = openReview();
        again.openMarking(rowOf(again, "Adam Petit"), 0);
        compare(again.markingPage.commentBox.text, "bien\nvu");
    }

    // In the teacher's home: the side menu folds away while a work is open big, and comes back on another page
    // (Alt+5 from the photo) and on the way back to the list.
    function test_sideMenuFoldsOnlyWhileMarking() {
        const home = createTemporaryObject(homeComponent, testCase);
        verify(home);
        home.chooseClass(testCase.made.classId);
        home.showSection(3);
        const review = home.pages.children[3];
        compare(review.objectName, "reviewPage");
        tryCompare(review.review, "count", 4);
        const menu = findChild(home, "sideMenu");
        verify(menu.visible);
        review.openMarking(0, 0);
        verify(review.marking);
        verify(!menu.visible, "folded: the photo gets the width");
        keyClick(Qt.Key_5, Qt.AltModifier);
        compare(home.section, 4);
        verify(menu.visible, "the board has its menu");
        keyClick(Qt.Key_4, Qt.AltModifier);
        compare(home.section, 3);
        verify(!menu.visible, "back on the work still open big");
        review.markingPage.forceActiveFocus();
        keyClick(Qt.Key_Escape);
        verify(!review.marking);
        verify(menu.visible);
    }

    function test_scoreAboveTheScaleIsRefused() {
        const page = openReview();
        const chloe = rowOf(page, "Chloé Roux");
        page.openMarking(chloe, 0);
        const marking = page.markingPage;
        verify(!marking.work.returned);
        // 25 on a /20 (a slip of the finger): refused with a sentence that says the scale, nothing written.
        marking.commentBox.text = "Relis la consigne.";
        marking.scoreField.text = "25";
        mouseClick(findChild(marking, "returnWork"));
        compare(page.review.error, "The score 25 is above the scale: at most 20.");
        const message = findChild(marking, "markingMessage");
        verify(message.visible);
        compare(message.text, "⚠ " + page.review.error, "drawn with a glyph, not only in red");
        // Said as it appears, wherever the keyboard is (an alert label alone is silent in Orca 43: issue 18).
        const said = findChild(message, "statusAnnouncement");
        compare(said.text, page.review.error);
        verify(!marking.work.returned, "nothing reached Chloé");
        verify(marking.scoreField.activeFocus, "the score field to correct");
        compare(marking.commentBox.text, "Relis la consigne.", "the comment is kept");
        // Below zero neither.
        marking.scoreField.text = "-2";
        mouseClick(findChild(marking, "returnWork"));
        verify(page.review.error.indexOf("cannot be negative") >= 0, page.review.error);
        verify(!marking.work.returned);

        // Positive control: 20, the top of the scale, is returned.
        marking.scoreField.text = "20";
        mouseClick(findChild(marking, "returnWork"));
        compare(page.review.error, "");
        verify(marking.work.returned);
        compare(marking.work.scoreText, "20");
        compare(message.text, "✓ Returned to Chloé Roux.");
        compare(said.text, "Returned to Chloé Roux.");
    }
    function test_aWorkTheAppCannotShowSaysWhyWithTheKeyboard() {
        // Positive control: a photo opened big takes the keyboard in the viewer, named.
        const photos = openReview();
        photos.openMarking(0, 0);
        const photo = photos.markingPage.viewer.item;
        compare(photo.objectName, "imageViewer");
        verify(photo.activeFocus, "the keyboard is on the photo");
        compare(photo.Accessible.name, "Photo " + photos.markingPage.files[0].name);

        // Inès answered aloud: her capsule is a file the app cannot show (review-a11y23, N1: the keyboard was left on
        // an unnamed "layered pane", and the sentence saying why was a label no key reached).
        const voice = testMarking.fillVoiceWork();
        verify(voice.error === undefined, voice.error);
        const page = openVoiceReview(voice);
        page.chooseAssignment(assignmentRow(page, voice.assignmentId));
        tryCompare(page.review, "count", 2);
        page.submissionList.forceActiveFocus();
        page.submissionList.currentIndex = rowOf(page, "Inès Garnier");
        keyClick(Qt.Key_Return);
        verify(page.marking, "Enter opens it big");
        const marking = page.markingPage;
        compare(marking.files.length, 1);
        compare(marking.file.name, "capsule-vocale-ines.opus");
        const focused = marking.Window.activeFocusItem;
        verify(focused && focused.Accessible.name.length > 0, "the keyboard is on something named, not on " + focused);
        verify(focused.Accessible.description.indexOf("cannot be shown") > 0, "which says why nothing is shown: "
               + focused.Accessible.name + " / " + focused.Accessible.description);
        const why = findChild(marking.viewer.item, "cannotShow");
        verify(why, "the viewer says why nothing is shown");
        verify(why.activeFocus, "the keyboard is on the sentence that says why, not on " + focused);
        compare(why.Accessible.name, "File handed in by Inès Garnier");
        compare(why.Accessible.description, "“capsule-vocale-ines.opus” cannot be shown in the app.");
        compare(why.text, why.Accessible.description, "what is read is what is drawn");
        verify(why.visible && why.width > 100, "drawn too");

        // No keyboard trap around it: Tab to the comment, Shift+Tab back on it, Shift+Tab on out of the viewer.
        keyClick(Qt.Key_Tab);
        verify(marking.commentBox.activeFocus, "Tab goes on to the comment");
        keyClick(Qt.Key_Backtab, Qt.ShiftModifier);
        verify(why.activeFocus, "Shift+Tab comes back to it");
        keyClick(Qt.Key_Backtab, Qt.ShiftModifier);
        verify(!why.activeFocus && !marking.viewer.activeFocus, "Shift+Tab leaves the viewer, to "
               + marking.Window.activeFocusItem);
        verify(marking.Window.activeFocusItem && marking.Window.activeFocusItem.Accessible.name.length > 0,
               "for something named");

        // Malo wrote his answer, no file: opening it puts the keyboard in the comment box; Shift+Tab from there goes to
        // his words, named (it went to the unnamed pane around them, as the voice answer did).
        page.openMarking(rowOf(page, "Malo Henry"), 0);
        compare(marking.work.studentName, "Malo Henry");
        compare(marking.files.length, 0);
        verify(marking.commentBox.activeFocus, "a work without files: the comment box has the keyboard");
        keyClick(Qt.Key_Backtab, Qt.ShiftModifier);
        const words = findChild(marking.viewer.item, "pupilTextReading");
        verify(words.activeFocus, "Shift+Tab from the comment reaches his words, not " + marking.Window.activeFocusItem);
        compare(words.Accessible.name, "What Malo Henry wrote");
    }

    function test_enterOnAnAssignmentWithNothingHandedInKeepsTheKeyboard() {
        // Mme Martin in Correction, Enter on an assignment nobody has handed in: the keyboard stays on it and the empty
        // state is said (review-a11y23, N2: the keyboard went to the hidden list of work; nothing had it, nothing was said).
        const voice = testMarking.fillVoiceWork();
        verify(voice.error === undefined, voice.error);
        const page = openVoiceReview(voice);
        const empty = assignmentRow(page, voice.emptyAssignmentId);
        const full = assignmentRow(page, voice.assignmentId);
        verify(empty >= 0 && full >= 0);
        page.assignmentList.forceActiveFocus();
        page.assignmentList.currentIndex = empty;
        tryCompare(page.review, "assignmentId", voice.emptyAssignmentId);
        compare(page.review.count, 0);
        verify(!page.submissionList.visible);
        keyClick(Qt.Key_Return);
        verify(page.assignmentList.activeFocus, "the keyboard stays on the assignment, not on " + page.Window.activeFocusItem);
        const said = findChild(page, "emptyAnnouncement");
        verify(said, "the empty state has its announcement");
        compare(said.text, "Nothing handed in for this assignment yet.");
        verify(said.visible, "said");
        // Again: said again (the same words).
        said.visible = false;
        keyClick(Qt.Key_Enter);
        verify(page.assignmentList.activeFocus);
        verify(said.visible, "keypad Enter says it too");

        // Positive control: on the one with work, Enter takes the keyboard to its list of work, on the first card.
        page.assignmentList.currentIndex = full;
        tryCompare(page.review, "count", 2);
        keyClick(Qt.Key_Return);
        verify(page.submissionList.activeFocus, "Enter goes to the work handed in");
        compare(page.submissionList.currentIndex, 0);
    }
}
