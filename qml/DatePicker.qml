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
    readonly property alias grid: grid
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
    function moveTo(day: date) {
        control.focusDate = day;
        control.shownMonth = day.getMonth();
        control.shownYear = day.getFullYear();
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
    function choose(day: date) {
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

    Popup {
        id: popup
        objectName: "datePopup"
        y: control.height + 4
        x: Math.min(0, (control.parent ? control.parent.width : 0) - control.x - width)
        modal: true
        focus: true
        padding: 12
        onOpened: grid.forceActiveFocus()
        background: Rectangle {
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border
        }

        ColumnLayout {
            spacing: 6
            RowLayout {
                Layout.fillWidth: true
                PrimaryButton {
                    objectName: "previousMonth"
                    secondary: true
                    leftPadding: 14
                    rightPadding: 14
                    text: "‹"
                    focusPolicy: Qt.NoFocus
                    Accessible.name: qsTr("Previous month")
                    onClicked: control.moveMonths(-1)
                }
                Label {
                    objectName: "monthTitle"
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    textFormat: Text.PlainText
                    text: {
                        const name = control.calendarLocale.standaloneMonthName(control.shownMonth, Locale.LongFormat);
                        return name.charAt(0).toUpperCase() + name.slice(1) + " " + control.shownYear;
                    }
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.text
                }
                PrimaryButton {
                    objectName: "nextMonth"
                    secondary: true
                    leftPadding: 14
                    rightPadding: 14
                    text: "›"
                    focusPolicy: Qt.NoFocus
                    Accessible.name: qsTr("Next month")
                    onClicked: control.moveMonths(1)
                }
            }
            // The day names and the first day of the week follow the app's locale (French: lundi first).
            DayOfWeekRow {
                Layout.fillWidth: true
                delegate: Label {
                    required property string shortName
                    text: shortName
                    textFormat: Text.PlainText
                    horizontalAlignment: Text.AlignHCenter
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                    color: Theme.textMuted
                }
            }
            MonthGrid {
                id: grid
                objectName: "monthGrid"
                Layout.fillWidth: true
                month: control.shownMonth
                year: control.shownYear
                focus: true
                activeFocusOnTab: true
                Accessible.role: Accessible.Table
                Accessible.name: qsTr("%1: %2").arg(control.Accessible.name).arg(control.calendarLocale.toString(control.focusDate, "dddd d MMMM yyyy"))
                Keys.onLeftPressed: control.moveBy(-1)
                Keys.onRightPressed: control.moveBy(1)
                Keys.onUpPressed: control.moveBy(-7)
                Keys.onDownPressed: control.moveBy(7)
                Keys.onPressed: event => {
                    if (event.key === Qt.Key_PageUp)
                        control.moveMonths(-1);
                    else if (event.key === Qt.Key_PageDown)
                        control.moveMonths(1);
                    else if (event.key === Qt.Key_Home)
                        control.moveTo(new Date());
                    else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter || event.key === Qt.Key_Space)
                        control.choose(control.focusDate);
                    else
                        return;
                    event.accepted = true;
                }
                onClicked: day => control.choose(day)
                delegate: Rectangle {
                    id: cell
                    required property var model
                    readonly property bool isFocus: control.sameDay(cell.model.date, control.focusDate)
                    readonly property bool isChosen: !isNaN(control.date.getTime()) && control.sameDay(cell.model.date, control.date)
                    implicitWidth: Math.max(36, dayLabel.implicitWidth + 12)
                    implicitHeight: Math.max(32, dayLabel.implicitHeight + 8)
                    radius: 6
                    color: cell.isChosen ? Theme.primary : cell.model.today ? Theme.surfaceAlt : "transparent"
                    border.width: cell.isFocus && grid.activeFocus ? 3 : cell.model.today ? 1 : 0
                    border.color: cell.isFocus && grid.activeFocus ? Theme.focus : Theme.primary
                    opacity: cell.model.month === grid.month ? 1 : 0.55
                    Label {
                        id: dayLabel
                        anchors.centerIn: parent
                        text: cell.model.day
                        textFormat: Text.PlainText
                        font.pixelSize: Theme.fontBody
                        font.bold: cell.model.today || cell.isChosen
                        color: cell.isChosen ? Theme.textOnPrimary : Theme.text
                    }
                }
            }
            Label {
                Layout.fillWidth: true
                Layout.maximumWidth: grid.implicitWidth
                text: qsTr("Arrows: a day or a week · Page Up/Down: a month · Enter: choose")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
        }
    }
}
