// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Controls.Basic
import Continuite

// A drop-down list in the app's look: white with a thin border, the orange ring when the keyboard is on it.
ComboBox {
    id: control

    font.pixelSize: Theme.fontBody
    // The box says its name and choice; the text field inside it would be read again, without a name.
    Component.onCompleted: contentItem.Accessible.ignored = true
    background: Rectangle {
        implicitHeight: 40
        radius: 8
        color: Theme.surface
        border.width: control.visualFocus ? 3 : 1
        border.color: control.visualFocus ? Theme.focus : Theme.border
    }
}
