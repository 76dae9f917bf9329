// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Controls.Basic
import Continuite

// A message the person must see (wrong PIN, a store that could not open): red on light red, never only colour.
Rectangle {
    id: root

    property string text

    visible: text.length > 0
    implicitHeight: message.implicitHeight + 20
    radius: Theme.radius
    color: Theme.errorSurface
    border.color: Theme.error
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    /// Says the message again (the same error a second time changes no property, so nothing would be said).
    function sayAgain() {
        if (root.text.length > 0)
            announcer.announce(root.text);
    }

    Announcement {
        id: announcer
        objectName: "errorAnnouncement"
        // A screen reader says the message as it appears, wherever the keyboard is.
        text: root.text
    }
    Label {
        id: message
        Accessible.ignored: true
        anchors.fill: parent
        anchors.margins: 10
        text: "⚠ " + root.text
        textFormat: Text.PlainText
        color: Theme.error
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontBody
        verticalAlignment: Text.AlignVCenter
    }
}
