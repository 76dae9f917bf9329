// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Continuite

// A file attached to a lesson being written: its name, its size, a warning mark when heavy, and ✕ to remove.
Rectangle {
    id: root

    required property int index
    required property string name
    required property string sizeText
    required property bool heavy
    property bool current: false
    signal remove(int row)

    implicitWidth: row.implicitWidth + 16
    // Taller with the text (the words ran over 32 px at very large text).
    implicitHeight: Math.max(32, row.implicitHeight + 8)
    radius: 16
    color: root.heavy ? Theme.warningSurface : Theme.surfaceAlt
    border.width: root.current ? 3 : 1
    border.color: root.current ? Theme.focus : root.heavy ? Theme.warning : Theme.border
    Accessible.role: Accessible.ListItem
    Accessible.name: root.heavy ? qsTr("%1, %2, heavy for mobile data").arg(root.name).arg(root.sizeText) : qsTr("%1, %2").arg(root.name).arg(root.sizeText)

    RowLayout {
        id: row
        anchors.centerIn: parent
        spacing: 6
        Label {
            text: (root.heavy ? "⚠ " : "") + root.name
            textFormat: Text.PlainText // what a person typed or named: never markup (review-media20, 3)
            color: Theme.text
            font.pixelSize: Theme.fontSmall
            Layout.maximumWidth: 220
            elide: Text.ElideMiddle
        }
        Label {
            text: root.sizeText
            textFormat: Text.PlainText
            color: root.heavy ? Theme.warning : Theme.textMuted
            font.pixelSize: Theme.fontSmall
            font.bold: root.heavy
        }
        ToolButton {
            text: "✕"
            font.pixelSize: Theme.fontSmall
            padding: 3
            // Its mark whole at every size: 24 px cut it at very large text (review-app22 F6).
            implicitWidth: Math.max(24, implicitContentWidth + leftPadding + rightPadding)
            implicitHeight: Math.max(24, implicitContentHeight + topPadding + bottomPadding)
            focusPolicy: Qt.NoFocus // Delete removes the current file from the keyboard
            Accessible.name: qsTr("Remove %1").arg(root.name)
            onClicked: root.remove(root.index)
        }
    }
}
