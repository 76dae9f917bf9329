import QtQuick
import QtQuick.Controls.Basic
import Continuite

// A drop-down list in the app's look: white with a thin border, the orange ring when the keyboard is on it.
ComboBox {
    id: control

    font.pixelSize: Theme.fontBody
    background: Rectangle {
        implicitHeight: 40
        radius: 8
        color: Theme.surface
        border.width: control.visualFocus ? 3 : 1
        border.color: control.visualFocus ? Theme.focus : Theme.border
    }
}
