import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Continuite

// A labelled text field of the settings page; `secret` hides what is typed. Enter emits accepted().
ColumnLayout {
    id: root

    property string label
    /// What a screen reader says for the field; the label by default (set it when the label is shown elsewhere).
    property string accessibleName: label
    property bool secret: false
    property alias text: field.text
    property alias placeholderText: field.placeholderText
    property alias inputMethodHints: field.inputMethodHints
    readonly property alias field: field
    signal accepted

    spacing: 2

    Label {
        Layout.fillWidth: true
        visible: root.label.length > 0
        text: root.label
        wrapMode: Text.Wrap
        color: Theme.text
        font.pixelSize: Theme.fontSmall
        font.bold: true
        Accessible.ignored: true
    }
    TextField {
        id: field
        Layout.fillWidth: true
        echoMode: root.secret ? TextInput.Password : TextInput.Normal
        maximumLength: 1024
        font.pixelSize: Theme.fontBody
        color: Theme.text
        placeholderTextColor: Theme.textMuted
        selectByMouse: true
        activeFocusOnTab: true
        Accessible.name: root.accessibleName
        Keys.onReturnPressed: root.accepted()
        Keys.onEnterPressed: root.accepted()
        background: Rectangle {
            implicitHeight: 36
            radius: 8
            color: field.enabled ? Theme.surface : Theme.background
            border.width: field.activeFocus ? 3 : 1
            border.color: field.activeFocus ? Theme.focus : Theme.border
        }
    }
}
