// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Controls.Basic
import QtTest
import Continuite

// The board's lessons × students grid (issue 14): a class of its own on the real store, two lessons published
// and a draft, two students whose tablets sent back their progress — Zoé opened one lesson and finished the
// other (the three parts ticked), Adam did nothing — then their teacher reads the cells and walks them by keyboard.
TestCase {
    id: testCase

    name: "LessonGrid"
    width: 1024
    height: 600
    visible: true
    when: windowShown

    Component {
        id: boardComponent
        BoardPage {
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
    Component {
        id: rosterComponent
        RosterModel {
            session: Session
        }
    }
    Component {
        id: boardModelComponent
        BoardModel {
            session: Session
        }
    }
    Component {
        id: editorComponent
        LessonEditor {
            session: Session
        }
    }

    property string classId
    property var lessonIds: []
    property var students: ({})

    function asTeacher() {
        Session.lock();
        verify(Session.unlock("mme.martin", "demo-prof"), Session.error);
    }
    function lesson(title, publish) {
        const editor = createTemporaryObject(editorComponent, testCase);
        editor.startNew(testCase.classId);
        editor.title = title;
        editor.beforeClass = "Lire la page.";
        editor.inClass = "Exercices ensemble.";
        editor.afterClass = "Exercice 3.";
        verify(publish ? editor.publish() : editor.save(), editor.error);
        return editor.lessonId;
    }

    function initTestCase() {
        asTeacher();
        const classes = createTemporaryObject(classesComponent, testCase);
        // Named after the demo class ("6e B" first): the teacher's home picks the first class, and tst_teacherhome expects 6e B.
        testCase.classId = classes.createClass("Grille (test)");
        verify(testCase.classId.length > 0, classes.error);
        const roster = createTemporaryObject(rosterComponent, testCase, {
                "classId": testCase.classId
            });
        for (const name of ["Zoé Grille", "Adam Grille"])
            verify(roster.addStudent(name) >= 0, roster.error);
        // Their person ids (what progress rows carry), as the board knows them.
        const board = createTemporaryObject(boardModelComponent, testCase, {
                "classId": testCase.classId
            });
        compare(board.count, 2);
        const students = {};
        for (let row = 0; row < board.count; ++row)
            students[board.nameAt(row)] = board.data(board.index(row, 0), BoardModel.PersonIdRole);
        testCase.students = students;
        testCase.lessonIds = [lesson("Les fractions", true), lesson("Le brouillon", false), lesson("Les angles", true)];
        // Zoé's tablet sent back: the fractions opened, the angles finished (the three parts ticked).
        compare(testStore.recordProgressAs(students["Zoé Grille"], "Zoé Grille", testCase.lessonIds[0], false), "");
        compare(testStore.recordProgressAs(students["Zoé Grille"], "Zoé Grille", testCase.lessonIds[2], true), "");
    }
    // The other test files count the teacher's lessons: this file's go away.
    function cleanupTestCase() {
        asTeacher();
        for (const id of testCase.lessonIds)
            compare(testStore.deleteLesson(id), "");
        Session.lock();
    }

    function makeBoard() {
        const page = createTemporaryObject(boardComponent, testCase, {
                "classId": testCase.classId,
                "className": "Grille (test)"
            });
        verify(page);
        return page;
    }
    function rowItem(page, name) {
        const grid = page.lessonGrid.grid;
        const row = grid.rowOf(testCase.students[name]);
        verify(row >= 0, name);
        tryVerify(() => page.lessonGrid.list.itemAtIndex(row) !== null);
        return page.lessonGrid.list.itemAtIndex(row);
    }

    function test_cellsFromTheProgressRows() {
        const page = makeBoard();
        mouseClick(findChild(page, "viewGrid"));
        compare(page.view, 1);
        verify(page.lessonGrid.visible && !page.list.visible);
        const grid = page.lessonGrid.grid;
        // Published lessons only, in the class's order: the draft is no column.
        compare(grid.lessonTitles, ["Les fractions", "Les angles"]);
        compare(grid.lessonIds, [testCase.lessonIds[0], testCase.lessonIds[2]]);
        compare(grid.count, 2);
        const zoe = grid.rowOf(testCase.students["Zoé Grille"]);
        const adam = grid.rowOf(testCase.students["Adam Grille"]);
        compare(grid.stateAt(zoe, 0), "opened");
        compare(grid.stateAt(zoe, 1), "done");
        // The positive control: a student who did nothing has nothing ticked.
        compare(grid.stateAt(adam, 0), "none");
        compare(grid.stateAt(adam, 1), "none");
        compare(grid.stateAt(adam, 2), "", "no third column");
        // What is drawn: a sign and a word in each cell, not colour alone.
        const zoeItem = rowItem(page, "Zoé Grille");
        compare(findChild(zoeItem, "gridName").text, "Zoé Grille");
        compare(findChild(zoeItem, "gridCell0").cellState, "opened");
        compare(findChild(zoeItem, "gridCell1").cellState, "done");
        compare(findChild(zoeItem, "gridCell1").stateText, "Finished");
        compare(findChild(rowItem(page, "Adam Grille"), "gridCell0").stateText, "Not opened");
        verify(zoeItem.summaryText.indexOf("1 finished") >= 0, zoeItem.summaryText);
    }

    function test_keyboardWalksTheCellsAndOpensTheStudent() {
        const page = makeBoard();
        findChild(page, "viewGrid").forceActiveFocus();
        keyClick(Qt.Key_Space);
        compare(page.view, 1);
        verify(page.lessonGrid.list.activeFocus, "the grid has the keyboard once shown");
        const list = page.lessonGrid.list;
        const zoe = page.lessonGrid.grid.rowOf(testCase.students["Zoé Grille"]);
        list.currentIndex = zoe;
        compare(page.lessonGrid.currentColumn, 0);
        const item = rowItem(page, "Zoé Grille");
        verify(findChild(item, "gridCell0").isCurrent);
        verify(item.Accessible.name.indexOf("Les fractions: Opened") > 0, item.Accessible.name);
        keyClick(Qt.Key_Right);
        compare(page.lessonGrid.currentColumn, 1);
        verify(findChild(item, "gridCell1").isCurrent && !findChild(item, "gridCell0").isCurrent);
        verify(item.Accessible.name.indexOf("Les angles: Finished") > 0, item.Accessible.name);
        keyClick(Qt.Key_Right);
        compare(page.lessonGrid.currentColumn, 1, "stops at the last lesson");
        // Enter opens her page, as a line of the list does; back returns to the grid.
        keyClick(Qt.Key_Return);
        verify(page.studentPage.visible);
        compare(page.studentPage.name, "Zoé Grille");
        page.closeStudent();
        verify(page.lessonGrid.visible && page.lessonGrid.list.activeFocus);
        // And back to the list.
        mouseClick(findChild(page, "viewList"));
        compare(page.view, 0);
        verify(page.list.visible && !page.lessonGrid.visible);
    }

    // At 1024×600 with very large text the lessons still fit or scroll sideways, and the names stay readable.
    function test_fitsAtVeryLargeText() {
        const before = Session.textScale;
        Session.textScale = Session.maxTextScale;
        const page = makeBoard();
        page.showView(1);
        const item = rowItem(page, "Zoé Grille");
        verify(!findChild(item, "gridName").truncated);
        verify(item.height <= 100, item.height);
        Session.textScale = before;
    }
}
