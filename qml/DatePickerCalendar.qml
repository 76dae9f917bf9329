// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Continuite

// The month a DatePicker shows while its pop-up is open (DatePicker.qml): a file of its own, made by the picker's Loader
// when the pop-up opens and dropped when it closes. Qt 6.4 cannot make a bound inline component through a Loader.
// Its words keep the picker's translation context (qsTranslate): they were the picker's, and are translated there.
ColumnLayout {
    id: root

    /// The picker this calendar belongs to: its month, its day and what choosing does.
    required property DatePicker control
    readonly property alias monthGrid: grid

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
            Accessible.name: qsTranslate("DatePicker", "Previous month")
            onClicked: root.control.moveMonths(-1)
        }
        Label {
            objectName: "monthTitle"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            textFormat: Text.PlainText
            text: {
                const name = root.control.calendarLocale.standaloneMonthName(root.control.shownMonth, Locale.LongFormat);
                return name.charAt(0).toUpperCase() + name.slice(1) + " " + root.control.shownYear;
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
            Accessible.name: qsTranslate("DatePicker", "Next month")
            onClicked: root.control.moveMonths(1)
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
        month: root.control.shownMonth
        year: root.control.shownYear
        focus: true
        activeFocusOnTab: true
        Accessible.role: Accessible.Table
        Accessible.name: qsTranslate("DatePicker", "%1: %2").arg(root.control.Accessible.name).arg(root.control.spoken(root.control.focusDate))
        Keys.onLeftPressed: root.control.moveBy(-1)
        Keys.onRightPressed: root.control.moveBy(1)
        Keys.onUpPressed: root.control.moveBy(-7)
        Keys.onDownPressed: root.control.moveBy(7)
        Keys.onPressed: event => {
            if (event.key === Qt.Key_PageUp)
                root.control.moveMonths(-1);
            else if (event.key === Qt.Key_PageDown)
                root.control.moveMonths(1);
            else if (event.key === Qt.Key_Home)
                root.control.moveTo(new Date());
            else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter || event.key === Qt.Key_Space)
                root.control.choose(root.control.focusDate);
            else if (event.key === Qt.Key_Tab || event.key === Qt.Key_Backtab)
                root.control.sayKeys(); // the calendar is all there is: Tab did nothing, in silence (review-a11y22, L8)
            else
                return;
            event.accepted = true;
        }
        onClicked: day => root.control.choose(day)
        delegate: Rectangle {
            id: cell
            required property var model
            readonly property bool isFocus: root.control.sameDay(cell.model.date, root.control.focusDate)
            readonly property bool isChosen: !isNaN(root.control.date.getTime()) && root.control.sameDay(cell.model.date, root.control.date)
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
        text: qsTranslate("DatePicker", "Arrows: a day or a week · Page Up/Down: a month · Enter: choose")
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSmall
        color: Theme.textMuted
    }
}
