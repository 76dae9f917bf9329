// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Controls.Basic
import Continuite

// A small rounded label on a piece of work: late (red), due soon or waiting (orange), new or sent
// (blue, green), or neutral. Its words always say it too: colour is never the only sign.
Rectangle {
    id: root

    /// WorkStates.Tone; Theme.qml turns it into colours.
    property int tone: WorkStates.Neutral
    property string text
    /// Said before the text, not read out (a tick for done).
    property string mark

    visible: text.length > 0
    implicitWidth: label.implicitWidth + 20
    implicitHeight: Math.max(26, label.implicitHeight + 6)
    radius: 13
    color: Theme.toneSurface(tone)
    border.color: Qt.darker(color, 1.15)
    Accessible.role: Accessible.StaticText
    Accessible.name: text

    Label {
        id: label
        anchors.centerIn: parent
        text: root.mark + root.text
        textFormat: Text.PlainText
        font.pixelSize: Theme.fontSmall
        font.bold: true
        color: Theme.toneColour(root.tone)
    }
}
