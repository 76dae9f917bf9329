// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtTest
import Continuite

// Every drop-down of the teacher's assignment editor (the linked lesson, a quiz question's kind) and of Échanges (the
// pack's class and who it is for) looks like the rest of the app (issue 14): white with a thin border, not the Basic
// style's grey box that reads as disabled; a long choice ends with "…" on one line rather than being cut mid-word.
TestCase {
    id: testCase

    name: "DropDowns"
    width: 1024
    height: 600
    visible: true
    when: windowShown

    ClassModel {
        id: classes
        session: Session
    }
    Component {
        id: assignmentsComponent
        AssignmentsPage {
            width: 774
            height: 548
            focus: true
        }
    }
    Component {
        id: exchangesComponent
        ExchangesPage {
            width: 1024
            height: 548
        }
    }

    function init() {
        Session.lock();
        verify(Session.unlock("mme.martin", "demo-prof"), Session.error);
    }
    function cleanupTestCase() {
        Session.lock();
    }

    /// The drop-downs under @p item that are shown.
    function dropDowns(item) {
        const found = [];
        const walk = node => {
            if (!node || !node.visible)
                return;
            if (node.popup !== undefined && node.displayText !== undefined && node.indicator !== undefined)
                found.push(node);
            const children = node.children;
            for (let i = 0; i < children.length; ++i)
                walk(children[i]);
        };
        walk(item);
        return found;
    }
    function looksEnabled(box) {
        const back = box.background;
        return Qt.colorEqual(back.color, Theme.surface) && Qt.colorEqual(back.border.color, Theme.border) && back.border.width >= 1;
    }

    function test_assignmentEditorDropDowns() {
        const page = createTemporaryObject(assignmentsComponent, testCase, {
                "classId": classes.classIdAt(0),
                "className": classes.nameAt(0)
            });
        mouseClick(findChild(page, "newAssignment"));
        verify(page.editing);
        mouseClick(findChild(page, "quizBox"));
        tryCompare(page.questionList, "count", 1);
        waitForRendering(page);
        const boxes = dropDowns(page);
        // The class filter (hidden behind the editor), the linked lesson, the question's kind.
        verify(boxes.length >= 2, boxes.length);
        for (const box of boxes)
            verify(looksEnabled(box), box.Accessible.name + ": " + box.background.color);
        // The lesson box with a long title: on its two lines at most (app24: the title whole where it fits), ended by
        // "…" past them, inside the box.
        let lessonBox = null;
        for (const box of boxes)
            if (box.Accessible.name.indexOf("lesson this assignment follows") >= 0)
                lessonBox = box;
        verify(lessonBox);
        lessonBox.currentIndex = 0;
        page.editor.lessonId = page.editor.lessonId; // no change
        lessonBox.activated(0);
        waitForRendering(page);
        const text = findChild(lessonBox, "choiceText");
        verify(text, "the box's text is the app's one-line text");
        compare(lessonBox.lines, 2);
        verify(text.lineCount >= 1 && text.lineCount <= lessonBox.lines, text.lineCount);
        verify(text.x + text.width <= lessonBox.width);
    }

    function test_exchangesDropDowns() {
        const page = createTemporaryObject(exchangesComponent, testCase);
        waitForRendering(page);
        const boxes = dropDowns(page);
        verify(boxes.length >= 2, "the pack's class and who it is for");
        for (const box of boxes)
            verify(looksEnabled(box), box.Accessible.name + ": " + box.background.color);
    }
}
