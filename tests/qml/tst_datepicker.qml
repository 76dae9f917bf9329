// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtTest
import Continuite

// The calendar beside the lesson's class day and the assignment's due date (issue 14: only a text field "07/12/2026"
// before): it opens on the field's day, in French with Monday first, moves by the keyboard (a day, a week, a month),
// chooses with Enter, and the field stays to type a date. The assignment keeps its hour.
TestCase {
    id: testCase

    name: "DatePicker"
    width: 1024
    height: 600
    visible: true
    when: windowShown

    Component {
        id: pickerComponent
        DatePicker {
            x: 20
            y: 20
        }
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
        id: spyComponent
        SignalSpy {
        }
    }
    ClassModel {
        id: classes
        session: Session
    }

    function cleanupTestCase() {
        Session.lock();
    }

    // A closed calendar makes no month: the lessons' and assignments' pages each hold a picker, and a teacher's home made
    // their 84 day cells (with 84 Qt warnings) before anyone opened one. Control: opened, the month's 42 days are there.
    function test_aClosedCalendarMakesNoDays() {
        const picker = createTemporaryObject(pickerComponent, testCase, {
                "fieldText": "07/12/2026"
            });
        verify(picker);
        compare(picker.grid, null, "no month is made before the calendar opens");
        compare(findChild(picker, "monthGrid"), null);
        compare(findChild(picker.popup.contentItem, "monthTitle"), null);
        mouseClick(picker);
        tryVerify(() => picker.popup.opened);
        verify(picker.grid);
        verify(picker.grid.contentItem.children.length >= 42, picker.grid.contentItem.children.length);
        keyClick(Qt.Key_Escape);
        tryVerify(() => !picker.popup.opened);
        tryCompare(picker, "grid", null);
    }

    // review-a11y22: the calendar's name read "Choisir la date dans un calendrier : [object Object]" (Qt 6.4's Locale has
    // no toString() of a date), and a move or a choice was silent. Control: the words are the day's, in French.
    function test_theDayIsSaidInWords() {
        const picker = createTemporaryObject(pickerComponent, testCase, {
                "fieldText": "07/12/2026"
            });
        mouseClick(picker);
        tryVerify(() => picker.popup.opened);
        verify(picker.grid.Accessible.name.indexOf("lundi 7 décembre 2026") > 0, picker.grid.Accessible.name);
        verify(picker.grid.Accessible.name.indexOf("[object") < 0, picker.grid.Accessible.name);
        const daySaid = findChild(picker, "dayAnnouncement");
        verify(daySaid);
        keyClick(Qt.Key_Right);
        compare(daySaid.text, "mardi 8 décembre 2026");
        keyClick(Qt.Key_PageDown);
        compare(daySaid.text, "vendredi 8 janvier 2027");
        keyClick(Qt.Key_Return);
        tryVerify(() => !picker.popup.opened);
        compare(daySaid.text, "Date chosen: vendredi 8 janvier 2027");
    }

    // review-a11y22, L8: inside the calendar, Tab did nothing and said nothing. Now it says the calendar's keys, and
    // the keyboard stays on the day. Control: Right still says the next day.
    function test_tabSaysTheKeys() {
        const picker = createTemporaryObject(pickerComponent, testCase, {
                "fieldText": "07/12/2026"
            });
        mouseClick(picker);
        tryVerify(() => picker.popup.opened);
        const daySaid = findChild(picker, "dayAnnouncement");
        keyClick(Qt.Key_Tab);
        compare(daySaid.text, "Arrows: a day or a week · Page Up/Down: a month · Enter: choose");
        verify(picker.grid.activeFocus, "the keyboard stays on the day");
        keyClick(Qt.Key_Right);
        compare(daySaid.text, "mardi 8 décembre 2026");
    }

    function test_opensOnTheFieldsDayInFrench() {
        const picker = createTemporaryObject(pickerComponent, testCase, {
                "fieldText": "07/12/2026"
            });
        mouseClick(picker);
        tryVerify(() => picker.popup.opened);
        compare(findChild(picker.popup.contentItem, "monthTitle").text, "Décembre 2026");
        compare(picker.grid.month, 11);
        compare(picker.grid.year, 2026);
        // Monday first: 1 December 2026 is a Tuesday, so the grid starts on Monday 30 November.
        compare(picker.calendarLocale.firstDayOfWeek, Locale.Monday);
        const first = picker.grid.contentItem.children[0];
        compare(first.model.day, 30);
        compare(first.model.month, 10);
        verify(picker.grid.activeFocus, "the keyboard is in the calendar");
        keyClick(Qt.Key_Escape);
        tryVerify(() => !picker.popup.opened);
        // The control: a field with no date opens on today.
        picker.fieldText = "";
        mouseClick(picker);
        tryVerify(() => picker.popup.opened);
        const today = new Date();
        compare(picker.grid.month, today.getMonth());
        verify(picker.sameDay(picker.focusDate, today));
        keyClick(Qt.Key_Escape);
    }

    function test_keyboardMovesAndChooses() {
        const picker = createTemporaryObject(pickerComponent, testCase, {
                "fieldText": "07/12/2026"
            });
        const spy = createTemporaryObject(spyComponent, testCase, {
                "target": picker,
                "signalName": "picked"
            });
        picker.forceActiveFocus();
        keyClick(Qt.Key_Return);
        tryVerify(() => picker.popup.opened);
        keyClick(Qt.Key_Right); // 8 December
        keyClick(Qt.Key_Down); // 15 December
        keyClick(Qt.Key_PageDown); // 15 January 2027
        compare(findChild(picker.popup.contentItem, "monthTitle").text, "Janvier 2027");
        keyClick(Qt.Key_Left); // 14 January
        keyClick(Qt.Key_Return);
        tryVerify(() => !picker.popup.opened);
        compare(spy.count, 1);
        compare(Qt.formatDate(spy.signalArguments[0][0], "dd/MM/yyyy"), "14/01/2027");
        verify(picker.activeFocus, "the keyboard comes back to the button");
    }

    function test_dueDateKeepsItsHour() {
        Session.lock();
        verify(Session.unlock("mme.martin", "demo-prof"), Session.error);
        const page = createTemporaryObject(assignmentsComponent, testCase, {
                "classId": classes.classIdAt(0),
                "className": classes.nameAt(0)
            });
        mouseClick(findChild(page, "newAssignment"));
        verify(page.editing);
        // Typing stays the other way (the control).
        const due = findChild(page, "dueField");
        due.forceActiveFocus();
        due.selectAll();
        for (const c of "04/12/2026 17:30")
            keyClick(c);
        compare(page.editor.dueText, "04/12/2026 17:30");
        const picker = findChild(page, "dueDayPicker");
        verify(picker && picker.visible);
        mouseClick(picker);
        tryVerify(() => picker.popup.opened);
        compare(picker.grid.month, 11);
        keyClick(Qt.Key_Right);
        keyClick(Qt.Key_Space);
        tryVerify(() => !picker.popup.opened);
        compare(page.editor.dueText, "05/12/2026 17:30");
        compare(due.text, "05/12/2026 17:30");
        verify(page.editor.dueDisplay.length > 0, "a date the editor understands");
        // No hour yet: 18:00.
        due.forceActiveFocus();
        due.selectAll();
        keyClick(Qt.Key_Backspace);
        compare(page.editor.dueText, "");
        mouseClick(picker);
        tryVerify(() => picker.popup.opened);
        keyClick(Qt.Key_Return);
        tryVerify(() => !picker.popup.opened);
        compare(page.editor.dueText, Qt.formatDate(new Date(), "dd/MM/yyyy") + " 18:00");
    }
}
