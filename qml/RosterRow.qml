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
    implicitHeight: Math.max(40, row.implicitHeight + (root.stacked ? 12 : 6))
    radius: Theme.radius
    color: Theme.surface
    border.width: root.current ? 3 : 1
    border.color: root.current ? Theme.focus : Theme.border
    Accessible.role: Accessible.ListItem
    Accessible.name: root.hasPin ? qsTr("%1, login code %2, PIN %3").arg(root.name).arg(root.login).arg(root.pin) : qsTr("%1, login code %2").arg(root.name).arg(root.login)

    /// The height of one line of the row: its buttons'.
    readonly property real lineHeight: Math.max(32, newPinButton.implicitHeight)
    /// What the code, the PIN and the buttons take on one line.
    readonly property real controlsWidth: codeGroup.implicitWidth + pinGroup.implicitWidth + newPinButton.implicitWidth + removeButton.implicitWidth + 3 * row.spacing
    /// The name on a line of its own, above the code, the PIN and the buttons, when it would not fit whole beside them
    /// ("Très grande", a long name): a teacher reads every pupil's whole name at every text size (review-app22 F1:
    /// at 1.5 the names shrank to "…"). Below it, what does not fit on one line goes on the next.
    readonly property bool stacked: nameMetrics.advanceWidth(root.name) + 2 + row.spacing + root.controlsWidth > row.width

    FontMetrics {
        id: nameMetrics
        font: nameLabel.font
    }

    Flow {
        id: row
        x: 16
        width: root.width - 26
        anchors.verticalCenter: parent.verticalCenter
        spacing: 10
        Label {
            id: nameLabel
            objectName: "rosterName"
            width: root.stacked ? row.width : Math.floor(row.width - root.controlsWidth - row.spacing) - 1
            height: root.stacked ? implicitHeight : Math.max(implicitHeight, root.lineHeight)
            verticalAlignment: Text.AlignVCenter
            text: root.name
            textFormat: Text.PlainText
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.text
            // A name longer than the whole row goes on two lines, never "…".
            wrapMode: Text.Wrap
        }
        Row {
            id: codeGroup
            spacing: 6
            Label {
                height: root.lineHeight
                verticalAlignment: Text.AlignVCenter
                text: qsTr("Code")
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }
            Label {
                // One column down the list (the codes are as long as each other, in a monospace font).
                width: Math.max(90, implicitWidth)
                height: root.lineHeight
                verticalAlignment: Text.AlignVCenter
                text: root.login
                textFormat: Text.PlainText
                font.family: "DejaVu Sans Mono"
                font.pixelSize: Theme.fontBody + 2
                font.bold: true
                color: Theme.primaryDark
            }
        }
        Row {
            id: pinGroup
            spacing: 6
            Label {
                height: root.lineHeight
                verticalAlignment: Text.AlignVCenter
                text: qsTr("PIN")
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }
            Label {
                width: Math.max(60, implicitWidth)
                height: root.lineHeight
                verticalAlignment: Text.AlignVCenter
                text: root.hasPin ? root.pin : "••••"
                textFormat: Text.PlainText
                font.family: "DejaVu Sans Mono"
                font.pixelSize: Theme.fontBody + 2
                font.bold: root.hasPin
                color: root.hasPin ? Theme.warning : Theme.textMuted
            }
        }
        PrimaryButton {
            id: newPinButton
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
            id: removeButton
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
