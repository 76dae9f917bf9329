// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Controls.Basic
import Continuite

// A drop-down list in the app's look: white with a thin border, the orange ring when the keyboard is on it.
ComboBox {
    id: control

    /// Lines the choice may take before its end is cut: more than one where a cut choice hides what matters (the
    /// class worked on, in the teacher's side menu, read "6e B — Mathém…" at very large text; issue 14).
    property int lines: 1

    font.pixelSize: Theme.fontBody
    // The choice on one line (or on `lines`), its end replaced by "…" when the box is narrower (the Basic style's text field cut it
    // mid-word: "Partager l'unité : qu'es"); the whole of it in the tooltip. The box says its name and choice, so the
    // text is not read again.
    contentItem: Text {
        objectName: "choiceText"
        leftPadding: 12
        rightPadding: 4 // the control keeps room for its arrow
        text: control.displayText
        textFormat: Text.PlainText
        font: control.font
        color: control.enabled ? Theme.text : Theme.textMuted
        verticalAlignment: Text.AlignVCenter
        wrapMode: control.lines > 1 ? Text.Wrap : Text.NoWrap
        maximumLineCount: control.lines
        elide: Text.ElideRight
        Accessible.ignored: true
    }
    PlainToolTip {
        visible: control.hovered && (control.contentItem as Text).truncated
        delay: 600
        text: control.displayText
    }
    background: Rectangle {
        implicitHeight: 40
        radius: 8
        color: Theme.surface
        border.width: control.visualFocus ? 3 : 1
        border.color: control.visualFocus ? Theme.focus : Theme.border
    }
}
