// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Continuite

// One card of the settings page: a title, a line saying what it is for, then its controls.
Rectangle {
    id: root

    property string title
    property string description
    default property alias content: column.data

    implicitHeight: column.implicitHeight + 2 * Theme.margin
    radius: 14
    color: Theme.surface
    border.color: Theme.border

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.margin
        spacing: 8

        Label {
            Layout.fillWidth: true
            text: root.title
            textFormat: Text.PlainText
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
            Accessible.name: root.title
        }
        Label {
            Layout.fillWidth: true
            visible: root.description.length > 0
            text: root.description
            textFormat: Text.PlainText
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
    }
}
