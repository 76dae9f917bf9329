import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Continuite

// A tab of the lesson reader: the section's name and a hint of where it happens.
TabButton {
    id: root

    property string hint

    focusPolicy: Qt.NoFocus // the reader switches sections with Left/Right
    Accessible.name: text
    Accessible.description: hint
    implicitHeight: Math.max(54, implicitContentHeight + topPadding + bottomPadding)

    contentItem: ColumnLayout {
        spacing: 0
        Label {
            Layout.fillWidth: true
            text: root.text
            horizontalAlignment: Text.AlignHCenter
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: root.checked ? Theme.primaryDark : Theme.textMuted
        }
        Label {
            Layout.fillWidth: true
            text: root.hint
            horizontalAlignment: Text.AlignHCenter
            font.pixelSize: Theme.fontSmall - 1
            color: Theme.textMuted
        }
    }
    background: Rectangle {
        color: root.checked ? Theme.surface : "transparent"
        radius: Theme.radius
        border.color: root.checked ? Theme.border : "transparent"
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
