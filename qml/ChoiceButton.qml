// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Controls.Basic
import Continuite

// One of a few ways to choose from (how to sign in: the school's server, the classroom, a USB stick), drawn like a
// PrimaryButton: filled when it is the one chosen, outlined otherwise. A tab with its checked state (Qt 6.4 ignores
// Accessible.checked on a Button); but Orca 43 says no state for a page tab (formatting.py, ROLE_PAGE_TAB), so the
// chosen one also says so in its description, which Orca reads as the keyboard arrives (issue 18). The page
// chooses (`current`); a click does not toggle.
TabButton {
    id: control

    property bool current: false

    focusPolicy: Qt.StrongFocus
    checkable: false
    autoExclusive: false
    checked: control.current
    width: implicitWidth
    padding: 10
    leftPadding: 18
    rightPadding: 18
    font.pixelSize: Theme.fontBody
    font.bold: true
    Accessible.name: text
    // Qt 6.4 never tells a screen reader that a Qt Quick control is disabled: the description says it.
    Accessible.description: !enabled ? qsTr("unavailable") : control.current ? qsTr("Chosen way") : ""
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()

    contentItem: Label {
        text: control.text
        textFormat: Text.PlainText
        font: control.font
        color: control.current ? Theme.textOnPrimary : Theme.primary
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
        Accessible.ignored: true
    }
    background: Rectangle {
        implicitHeight: 40
        implicitWidth: 120
        radius: Theme.radius
        opacity: control.enabled ? 1 : 0.45
        color: control.current ? (control.down ? Theme.primaryDark : Theme.primary) : (control.down ? Theme.surfaceAlt : Theme.surface)
        border.color: control.visualFocus ? Theme.focus : Theme.primary
        border.width: control.visualFocus ? 3 : (control.current ? 0 : 1)
        // On the blue fill the ring's dark orange is close to the blue (1.48:1): a white line between them, as
        // PrimaryButton (review of app15, finding 9).
        Rectangle {
            anchors.fill: parent
            anchors.margins: 3
            visible: control.visualFocus && control.current
            radius: Math.max(0, parent.radius - 3)
            color: "transparent"
            border.color: Theme.textOnPrimary
            border.width: 2
        }
    }
}
