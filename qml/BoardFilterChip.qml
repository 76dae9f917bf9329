// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Controls.Basic
import Continuite

// A chip above the continuity board: shows one state only (or everyone); checked while it is the filter.
Button {
    id: root

    /// The BoardModel level it shows ("" for everyone).
    required property int filter // a WorkStates.Standing, or -1: everyone
    required property BoardModel board

    checkable: true
    checked: root.board.filter === root.filter
    onClicked: root.board.filter = root.filter
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.PageTab
    Accessible.name: root.text
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()
    padding: 6
    leftPadding: 14
    rightPadding: 14
    contentItem: Label {
        Accessible.ignored: true
        text: root.text
        textFormat: Text.PlainText
        color: root.checked ? Theme.textOnPrimary : Theme.primaryDark
        font.pixelSize: Theme.fontSmall
        font.bold: root.checked
    }
    background: Rectangle {
        implicitHeight: 30
        radius: 15
        color: root.checked ? Theme.primary : root.hovered ? Theme.infoSurface : Theme.surface
        border.color: root.visualFocus ? Theme.focus : Theme.primary
        border.width: root.visualFocus ? 3 : 1
        // On the blue fill the ring's dark orange is close to the blue (1.48:1): a white line between them, as
        // PrimaryButton (review of app15, finding 9).
        Rectangle {
            anchors.fill: parent
            anchors.margins: 3
            visible: root.visualFocus && root.checked
            radius: Math.max(0, parent.radius - 3)
            color: "transparent"
            border.color: Theme.textOnPrimary
            border.width: 2
        }
    }
}
