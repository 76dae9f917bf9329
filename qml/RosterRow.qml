// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Continuite

// One student of the roster: name, login code, and the PIN when it was just made (else a "New PIN" button);
// "Remove…" asks the page to take them off the roster.
Rectangle {
    id: root

    required property int index
    required property string name
    required property string login
    required property string pin
    required property bool hasPin
    property bool current: false
    signal newPin(int row)
    signal remove(int row)

    // Compact, so that a class shows more than four students at 1024×600 (issue 14); grows with the text size.
    implicitHeight: Math.max(40, row.implicitHeight + 6)
    radius: Theme.radius
    color: Theme.surface
    border.width: root.current ? 3 : 1
    border.color: root.current ? Theme.focus : Theme.border
    Accessible.role: Accessible.ListItem
    Accessible.name: root.hasPin ? qsTr("%1, login code %2, PIN %3").arg(root.name).arg(root.login).arg(root.pin) : qsTr("%1, login code %2").arg(root.name).arg(root.login)

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: 16
        anchors.rightMargin: 10
        spacing: Theme.spacing
        Label {
            Layout.fillWidth: true
            text: root.name
            textFormat: Text.PlainText
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.text
            elide: Text.ElideRight
        }
        Label {
            text: qsTr("Code")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
        }
        Label {
            Layout.preferredWidth: 90
            text: root.login
            textFormat: Text.PlainText
            font.family: "DejaVu Sans Mono"
            font.pixelSize: Theme.fontBody + 2
            font.bold: true
            color: Theme.primaryDark
        }
        Label {
            text: qsTr("PIN")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
        }
        Label {
            Layout.preferredWidth: 60
            text: root.hasPin ? root.pin : "••••"
            textFormat: Text.PlainText
            font.family: "DejaVu Sans Mono"
            font.pixelSize: Theme.fontBody + 2
            font.bold: root.hasPin
            color: root.hasPin ? Theme.warning : Theme.textMuted
        }
        PrimaryButton {
            secondary: true
            text: qsTr("New PIN")
            Accessible.name: qsTr("Give %1 a new PIN").arg(root.name)
            topPadding: 4
            bottomPadding: 4
            implicitHeight: Math.max(32, implicitContentHeight + topPadding + bottomPadding)
            onClicked: root.newPin(root.index)
            // Not remembered as the list's focus once the keyboard leaves it: Tab back into the roster lands on the
            // roster, not here (issue 18: Tab went round the page without coming back to the roster).
            onActiveFocusChanged: if (!activeFocus) focus = false
        }
        PrimaryButton {
            objectName: "removeStudent"
            secondary: true
            text: qsTr("Remove…")
            Accessible.name: qsTr("Remove %1 from the class").arg(root.name)
            topPadding: 4
            bottomPadding: 4
            implicitHeight: Math.max(32, implicitContentHeight + topPadding + bottomPadding)
            onClicked: root.remove(root.index)
            onActiveFocusChanged: if (!activeFocus) focus = false
        }
    }
}
