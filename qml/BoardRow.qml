// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Continuite

// One line of the continuity board: the state (mark, words and colour), the student, the last contact
// (a sync with the school's server or a USB pack, and which), the last activity, lessons opened and
// completed, work late or missing. A click (or Enter in the list) opens the student's page.
Rectangle {
    id: root

    signal activated

    required property string name
    required property string login
    required property int level // WorkStates.Standing
    required property string levelText
    required property string levelWord
    required property string lastSeenText
    required property string lastSyncText
    required property string lastSyncVia
    required property string lastSyncDetail
    required property int daysSinceSync
    required property string lessonsText
    required property string workText
    required property int missing
    required property int late
    property bool current: false

    // The last contact's and the last activity's columns (BoardPage's headings take them too): at "Très grande" wider and
    // in the small size, which the lessons' and the work's columns have already ("aujou…": issue 14).
    readonly property int lastSyncWidth: Theme.largeText ? 124 : 110
    readonly property int lastSeenWidth: Theme.largeText ? 124 : 92
    /// Between the columns, and the row's margins: less at "Très grande", where the name's column takes the state's
    /// chip too ("○ Pas encore connecté" on two lines).
    readonly property int columnSpacing: Theme.largeText ? 6 : 8
    readonly property int sideMargin: Theme.largeText ? 8 : 12
    readonly property int whenSize: Theme.largeText ? Theme.fontSmall : Theme.fontBody
    readonly property color levelColour: Theme.standingColour(root.level)
    readonly property color levelSurface: Theme.standingSurface(root.level)
    /// The state's mark and word, on the chip.
    readonly property string chipText: (root.level === WorkStates.Silent ? "⚠" : root.level === WorkStates.Behind ? "●" : root.level === WorkStates.NotConnectedYet ? "○" : "✓") + " " + root.levelWord

    component LevelChip: Rectangle {
        id: chip
        property alias labelName: chipLabel.objectName
        property alias text: chipLabel.text
        property color colour
        property color surface
        implicitWidth: chipLabel.implicitWidth + 18
        implicitHeight: Math.max(28, chipLabel.implicitHeight + 8)
        radius: 14
        color: chip.surface
        border.color: chip.colour
        Label {
            id: chipLabel
            anchors.fill: parent
            anchors.leftMargin: 10
            anchors.rightMargin: 8
            verticalAlignment: Text.AlignVCenter
            color: chip.colour
            font.pixelSize: Theme.fontSmall
            font.bold: true
            wrapMode: Text.Wrap // "Pas encore connecté" on two lines rather than cut
            maximumLineCount: 2
            elide: Text.ElideRight
        }
    }

    implicitHeight: Math.max(48, row.implicitHeight + 12) // grows with the text size
    radius: Theme.radius
    color: Theme.surface
    border.width: root.current ? 3 : 1
    border.color: root.current ? Theme.focus : Theme.border
    Accessible.role: Accessible.ListItem
    // Each thing said once (issue 18): the last contact was also the row's description, which Orca's "where am I" says
    // after the name, and a student not connected yet heard "no sync, no USB pack" twice (her state says it, then her
    // last contact); the state's own full stop is not doubled either.
    Accessible.name: qsTr("%1: %2. %3 Last activity: %4. Lessons: %5. Work: %6.").arg(root.name).arg(root.levelText.replace(/\.$/, "")).arg(root.level === WorkStates.NotConnectedYet ? "" : root.lastSyncDetail).arg(root.lastSeenText).arg(root.lessonsText).arg(root.workText).replace(/ {2,}/g, " ")

    HoverHandler {
        id: hover
        cursorShape: Qt.PointingHandCursor
    }
    TapHandler {
        onTapped: root.activated()
    }
    ToolTip.visible: hover.hovered
    ToolTip.delay: 600
    ToolTip.text: root.lastSyncDetail

    // A coloured edge as well as the chip: the state reads at a glance down the list.
    Rectangle {
        width: 6
        height: parent.height - 12
        radius: 3
        anchors.left: parent.left
        anchors.leftMargin: 3
        anchors.verticalCenter: parent.verticalCenter
        color: root.levelColour
    }

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: root.sideMargin
        anchors.rightMargin: root.sideMargin
        spacing: root.columnSpacing
        // The chip in its own column; with large text it moves above the name, where its word has room (a mark
        // alone, "○", said nothing to a teacher who did not know the colours: review-app19).
        LevelChip {
            visible: !Theme.largeText
            Layout.preferredWidth: 124
            labelName: Theme.largeText ? "" : "levelChip"
            text: root.chipText
            colour: root.levelColour
            surface: root.levelSurface
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.largeText ? 2 : 0
            LevelChip {
                visible: Theme.largeText
                Layout.maximumWidth: parent.width
                labelName: Theme.largeText ? "levelChip" : ""
                text: root.chipText
                colour: root.levelColour
                surface: root.levelSurface
            }
            Label {
                Layout.fillWidth: true
                text: root.name
                textFormat: Text.PlainText
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap // a long name takes two lines rather than losing its end
                maximumLineCount: 2
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                text: root.login
                textFormat: Text.PlainText
                font.pixelSize: Theme.fontSmall - 1
                color: Theme.textMuted
            }
        }
        ColumnLayout {
            Layout.preferredWidth: root.lastSyncWidth
            Layout.maximumWidth: root.lastSyncWidth
            spacing: 0
            Label {
                objectName: "lastSyncLabel"
                // Its width set, not taken from the column: a wrapped text there was a polish loop.
                Layout.preferredWidth: root.lastSyncWidth
                Layout.maximumWidth: root.lastSyncWidth
                text: root.lastSyncText
                textFormat: Text.PlainText
                // Red when it is what makes the student silent, or when the device never reached the school.
                color: root.level === WorkStates.Silent ? Theme.error : root.daysSinceSync < 0 ? Theme.textMuted : Theme.text
                font.pixelSize: root.whenSize
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                visible: root.lastSyncVia.length > 0
                text: root.lastSyncVia === "usb" ? qsTr("USB pack") : root.lastSyncVia === "classroom" ? qsTr("classroom") : qsTr("server")
                textFormat: Text.PlainText
                font.pixelSize: Theme.fontSmall - 1
                color: Theme.textMuted
                elide: Text.ElideRight
            }
        }
        Label {
            objectName: "lastSeenLabel"
            Layout.preferredWidth: root.lastSeenWidth
            Layout.maximumWidth: root.lastSeenWidth
            text: root.lastSeenText
            textFormat: Text.PlainText
            color: root.level === WorkStates.Silent ? Theme.error : Theme.text
            font.bold: root.level === WorkStates.Silent
            font.pixelSize: root.whenSize
            wrapMode: Text.WordWrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }
        Label {
            Layout.preferredWidth: 118
            text: root.lessonsText
            textFormat: Text.PlainText
            color: Theme.text
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
            maximumLineCount: Theme.largeText ? 3 : 2
        }
        Label {
            Layout.preferredWidth: 88
            text: root.workText
            textFormat: Text.PlainText
            color: root.missing > 0 || root.late > 0 ? Theme.warning : Theme.text
            font.bold: root.missing > 0
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
            maximumLineCount: 2
        }
    }
}
