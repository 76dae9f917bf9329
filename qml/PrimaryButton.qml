// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Controls.Basic
import Continuite

// A clear, large button; `secondary` makes it an outlined one. Shows keyboard focus with an orange ring.
Button {
    id: control

    property bool secondary: false
    /// True on the app's blue bar: the light focus ring (Theme.focusOnPrimary), the dark orange being 1.48:1 there.
    /// (Not "onPrimary": a name "on" + capital is read as a signal handler, and qmllint says so.)
    property bool lightRing: false
    /// False: the button cannot act now (a sync under way) but stays enabled, so that the keyboard is not dropped
    /// on nothing when it is the focused button (issue 18): drawn and said unavailable, a press does nothing.
    property bool available: true
    /// What the button says while unavailable ("Sync under way"): words that tell why, read when the keyboard comes
    /// back to it; "unavailable" when empty (issue 18).
    property string busyText
    /// True: words longer than the button go on more lines instead of ending in "…" (a button as wide as its column,
    /// whose words are a title: review-app22 F6, "✓ « Avant la cla…" at "Très grande").
    property bool wraps: false
    /// A press while available (use it instead of clicked() when `available` may be false).
    signal activated

    focusPolicy: Qt.StrongFocus
    padding: 10
    leftPadding: 18
    rightPadding: 18
    font.pixelSize: Theme.fontBody
    font.bold: true
    // Said without its drawn arrows and signs ("‹ Retour" is "Retour"; "■ Arrêter" is "Arrêter").
    Accessible.name: text.replace(/^[‹›●■✓⚙↗✎]\s*/, "").replace(/\s*[‹›]$/, "")
    // Qt 6.4 never tells a screen reader that a Qt Quick control is disabled: the description says it.
    Accessible.description: enabled && available ? "" : (busyText.length > 0 ? busyText : qsTr("unavailable"))
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()
    onClicked: if (control.available) control.activated()

    contentItem: Label {
        text: control.text
        textFormat: Text.PlainText
        font: control.font
        color: control.secondary ? Theme.primary : Theme.textOnPrimary
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: control.wraps ? Text.ElideNone : Text.ElideRight
        wrapMode: control.wraps ? Text.Wrap : Text.NoWrap
        // The button says its name; its drawn words (with their glyphs: "‹ Leçons") are not read twice.
        Accessible.ignored: true
    }
    background: Rectangle {
        implicitHeight: 40
        implicitWidth: 120
        radius: Theme.radius
        opacity: control.enabled && control.available ? 1 : 0.45
        color: control.secondary ? (control.down ? Theme.surfaceAlt : Theme.surface) : (control.down ? Theme.primaryDark : Theme.primary)
        border.color: control.visualFocus ? (control.lightRing ? Theme.focusOnPrimary : Theme.focus) : Theme.primary
        border.width: control.visualFocus ? 3 : (control.secondary ? 1 : 0)
        // On a blue button the ring's dark orange is close to the blue: a white line between them.
        Rectangle {
            anchors.fill: parent
            anchors.margins: 3
            visible: control.visualFocus && !control.secondary
            radius: Theme.radius - 3
            color: "transparent"
            border.color: Theme.textOnPrimary
            border.width: 2
        }
    }
}
