// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Controls.Basic
import Continuite

// A clear, large button; `secondary` makes it an outlined one. Shows keyboard focus with an orange ring.
Button {
    id: control

    property bool secondary: false

    focusPolicy: Qt.StrongFocus
    padding: 10
    leftPadding: 18
    rightPadding: 18
    font.pixelSize: Theme.fontBody
    font.bold: true
    // Said without its drawn arrows and signs ("‹ Retour" is "Retour"; "■ Arrêter" is "Arrêter").
    Accessible.name: text.replace(/^[‹›●■✓⚙↗✎]\s*/, "").replace(/\s*[‹›]$/, "")
    // Qt 6.4 never tells a screen reader that a Qt Quick control is disabled: the description says it.
    Accessible.description: enabled ? "" : qsTr("unavailable")
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()

    contentItem: Label {
        text: control.text
        font: control.font
        color: control.secondary ? Theme.primary : Theme.textOnPrimary
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
        // The button says its name; its drawn words (with their glyphs: "‹ Leçons") are not read twice.
        Accessible.ignored: true
    }
    background: Rectangle {
        implicitHeight: 40
        implicitWidth: 120
        radius: Theme.radius
        opacity: control.enabled ? 1 : 0.45
        color: control.secondary ? (control.down ? Theme.surfaceAlt : Theme.surface) : (control.down ? Theme.primaryDark : Theme.primary)
        border.color: control.visualFocus ? Theme.focus : Theme.primary
        border.width: control.visualFocus ? 3 : (control.secondary ? 1 : 0)
    }
}
