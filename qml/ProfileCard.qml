// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Continuite

// One person on this device: a big, friendly card with their initials, name and role.
AbstractButton {
    id: root

    required property int index
    required property string login
    required property string displayName
    required property string initials
    required property string roleText
    required property bool isTeacher
    required property bool lastUsed
    property bool selected: false
    property bool current: false

    implicitWidth: 196
    // Taller when the name takes two lines (large text).
    implicitHeight: Math.max(160, implicitContentHeight + topPadding + bottomPadding)
    padding: 10
    focusPolicy: Qt.NoFocus // the grid owns the keyboard; arrows move between cards
    Accessible.role: Accessible.Button
    Accessible.name: root.lastUsed ? qsTr("%1, %2, used this device last").arg(root.displayName).arg(root.roleText) : qsTr("%1, %2").arg(root.displayName).arg(root.roleText)

    readonly property var avatarColours: ["#1F56A8", "#1E7B45", "#8E3B97", "#B5541B", "#0F6E7A", "#A4253A"]
    readonly property color avatarColour: {
        let hash = 0;
        for (let i = 0; i < root.login.length; ++i)
            hash = (hash * 31 + root.login.charCodeAt(i)) % 9973;
        return avatarColours[hash % avatarColours.length];
    }

    background: Rectangle {
        radius: 14
        color: root.selected ? Theme.surfaceAlt : (root.hovered ? "#FAFBFE" : Theme.surface)
        border.width: root.current || root.selected ? 3 : 1
        border.color: root.current ? Theme.focus : (root.selected ? Theme.primary : Theme.border)
    }

    contentItem: ColumnLayout {
        spacing: 6
        Rectangle {
            Layout.alignment: Qt.AlignHCenter
            width: 64
            height: 64
            radius: 32
            color: root.avatarColour
            Label {
                anchors.centerIn: parent
                text: root.initials
                textFormat: Text.PlainText
                color: "white"
                font.pixelSize: Theme.fontInitials
                font.bold: true
            }
        }
        Label {
            Layout.fillWidth: true
            text: root.displayName
            textFormat: Text.PlainText
            horizontalAlignment: Text.AlignHCenter
            // Whose card it is, whole: on two lines at large text ("Hugo Ber…" at 1.5, review-app22 F13).
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
            font.pixelSize: Theme.fontTitle - 2
            font.bold: true
            color: Theme.text
        }
        Label {
            Layout.fillWidth: true
            text: root.lastUsed ? qsTr("%1 · last here").arg(root.roleText) : root.roleText
            textFormat: Text.PlainText
            horizontalAlignment: Text.AlignHCenter
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
        }
    }
}
