import QtQuick
import QtQuick.Controls.Basic
import Continuite

// A text field of the teacher's forms: clear border, an orange ring when it has the keyboard.
TextField {
    id: field

    font.pixelSize: Theme.fontBody
    color: Theme.text
    placeholderTextColor: Theme.textMuted
    selectByMouse: true
    Accessible.name: placeholderText
    // Text loaded into the field shows from its start, not scrolled to its end.
    onTextChanged: if (!activeFocus) cursorPosition = 0
    background: Rectangle {
        implicitHeight: 40
        implicitWidth: 200
        radius: 8
        color: field.enabled ? Theme.surface : Theme.background
        border.width: field.activeFocus ? 3 : 1
        border.color: field.activeFocus ? Theme.focus : Theme.border
    }
}
