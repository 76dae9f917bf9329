// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Continuite

// A tab of the lesson reader: the section's name and a hint of where it happens.
TabButton {
    id: root

    property string hint
    /// The student ticked this part (shown as ✓ after its name).
    property bool done: false

    // Only the part shown is on the Tab chain (Left/Right move between parts, Tab goes on to the text), as
    // in any tab list; a screen reader hears "tab, 1 of 3" and whether it is checked.
    focusPolicy: checked ? Qt.StrongFocus : Qt.ClickFocus
    Accessible.name: text
    Accessible.description: done ? qsTr("%1, done").arg(hint) : hint
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()
    implicitHeight: Math.max(54, implicitContentHeight + topPadding + bottomPadding)

    contentItem: ColumnLayout {
        spacing: 0
        Label {
            Layout.fillWidth: true
            Accessible.ignored: true
            text: root.done ? root.text + "  ✓" : root.text
            textFormat: Text.PlainText
            horizontalAlignment: Text.AlignHCenter
            // On two lines rather than past the tab's edges at very large text (the "1" of "1 · Avant la classe"
            // went off the window: review-app19).
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: root.checked ? Theme.primaryDark : Theme.textMuted
        }
        Label {
            Layout.fillWidth: true
            Accessible.ignored: true
            text: root.hint
            textFormat: Text.PlainText
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall - 1
            color: Theme.textMuted
        }
    }
    background: Rectangle {
        color: root.checked ? Theme.surface : "transparent"
        radius: Theme.radius
        border.color: root.visualFocus ? Theme.focus : root.checked ? Theme.border : "transparent"
        border.width: root.visualFocus ? 3 : 1
        Rectangle {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            height: 4
            radius: 2
            color: root.checked ? Theme.accent : "transparent"
        }
    }
}
