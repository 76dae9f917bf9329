// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Continuite

// A button beside a date field that opens a month's calendar (issue 14: the lesson's class day and the assignment's
// due date were only a text field "07/12/2026"). Monday first, French day and month names; by the keyboard: arrows
// move a day or a week, Page Up / Page Down a month, Home today, Enter or Space chooses, Escape closes. The field
// stays, to type a date. Qt 6.4 has no calendar pop-up: this one is made of QtQuick.Controls' MonthGrid (since 6.3).
PrimaryButton {
    id: control

    /// The field's text ("07/12/2026", "07/12/2026 18:00", "2026-12-07"): the day it names is shown chosen.
    property string fieldText
    /// That day, or an invalid Date when the field names none (the calendar opens on today).
    readonly property date date: control.parse(control.fieldText)
    /// The day the keyboard is on, in the pop-up.
    property date focusDate: new Date()
    /// The month's name in the title: French, or British English for an English UI (the grid follows the app's
    /// locale, which the app sets to one of these two).
    readonly property var calendarLocale: Qt.uiLanguage.startsWith("en") ? Qt.locale("en_GB") : Qt.locale("fr_FR")
    /// The month shown.
    property int shownMonth: focusDate.getMonth()
    property int shownYear: focusDate.getFullYear()
    readonly property alias popup: popup
    /// The month's grid while the calendar is open; null while it is closed (it is made on opening: below).
    readonly property MonthGrid grid: calendar.item ? (calendar.item as DatePickerCalendar).monthGrid : null
    /// A day was chosen (local midnight).
    signal picked(date day)

    function parse(text: string): date {
        let m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(text);
        if (m)
            return new Date(Number(m[3]), Number(m[2]) - 1, Number(m[1]));
        m = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})/.exec(text);
        if (m)
            return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
        return new Date(NaN);
    }
    function sameDay(a: date, b: date): bool {
        return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
    }
    function openCalendar() {
        const start = isNaN(control.date.getTime()) ? new Date() : control.date;
        control.moveTo(new Date(start.getFullYear(), start.getMonth(), start.getDate()));
        popup.open();
    }
    /// @p day in words, as a screen reader says it ("lundi 7 décembre 2026"). Qt 6.4's Locale has no toString() of a
    /// date: the name read "[object Object]" (review-a11y22).
    function spoken(day: date): string {
        return day.toLocaleDateString(control.calendarLocale, "dddd d MMMM yyyy");
    }
    function moveTo(day: date) {
        control.focusDate = day;
        control.shownMonth = day.getMonth();
        control.shownYear = day.getFullYear();
        // Qt 6.4 does not make Orca say a name that changes on the focused grid: each move is said (review-a11y22).
        if (popup.opened)
            daySaid.announce(control.spoken(day));
    }
    function moveBy(days: int) {
        const d = control.focusDate;
        control.moveTo(new Date(d.getFullYear(), d.getMonth(), d.getDate() + days));
    }
    function moveMonths(months: int) {
        const d = control.focusDate;
        const first = new Date(d.getFullYear(), d.getMonth() + months, 1);
        const last = new Date(first.getFullYear(), first.getMonth() + 1, 0).getDate();
        control.moveTo(new Date(first.getFullYear(), first.getMonth(), Math.min(d.getDate(), last)));
    }
    /// Says the calendar's keys, as its hint shows them.
    function sayKeys() {
        daySaid.announce(qsTr("Arrows: a day or a week · Page Up/Down: a month · Enter: choose"));
    }
    function choose(day: date) {
        daySaid.announce(qsTr("Date chosen: %1").arg(control.spoken(day)));
        popup.close();
        control.picked(new Date(day.getFullYear(), day.getMonth(), day.getDate()));
        control.forceActiveFocus();
    }

    secondary: true
    text: qsTr("Calendar…")
    Accessible.name: qsTr("Choose the date in a calendar")
    ToolTip.visible: hovered || visualFocus
    ToolTip.delay: 600
    ToolTip.text: qsTr("Choose the date in a calendar")
    onClicked: control.openCalendar()

    Announcement {
        id: daySaid
        objectName: "dayAnnouncement"
    }

    Popup {
        id: popup
        objectName: "datePopup"
        y: control.height + 4
        x: Math.min(0, (control.parent ? control.parent.width : 0) - control.x - width)
        modal: true
        focus: true
        padding: 12
        // The month is made as the pop-up opens and dropped when it closes (below).
        onAboutToShow: {
            if (calendar.status === Loader.Null)
                calendar.setSource(Qt.resolvedUrl("DatePickerCalendar.qml"), {
                        "control": control
                    });
        }
        onOpened: control.grid.forceActiveFocus()
        onClosed: calendar.source = ""
        background: Rectangle {
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border
        }

        // Made while the calendar is open only: a month is 42 day cells, and the lessons' and assignments' pages each
        // hold a picker, so a teacher's home made 84 cells (and, in Qt 6.4, 84 warnings of MonthGrid setting a context
        // property on them) that nobody had asked for.
        // A file of its own (DatePickerCalendar.qml): Qt 6.4's Loader cannot make a component of this file, which is bound
        // (pragma ComponentBehavior), and Qt makes a popup's contentItem in a context of its own.
        Loader {
            id: calendar
        }
    }
}
