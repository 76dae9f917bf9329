// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Controls.Basic
import Continuite

// What an action said (saved, a wrong PIN, work returned…): drawn with ✓ or ⚠ (never only colour), and said by
// a screen reader as it appears, wherever the keyboard is (issue 18). An alert alone is silent: Orca 43 speaks a
// notification that shows, not an alert inside a window (default.onShowingChanged), so the words also go through
// an Announcement (a notification in a status bar) each time they change. Not a Label with an AlertMessage
// role: Qt 6.4 makes every Text item a plain label whatever its role, so the alert is this Item.
Item {
    id: root

    /// The words ("" hides the message).
    property string message
    /// A problem (⚠, red) rather than a success (✓, green).
    property bool error: false
    /// The glyph drawn before the words; "" for none.
    property string glyph: root.error ? "⚠ " : "✓ "
    property alias font: label.font
    property alias wrapMode: label.wrapMode
    /// What is drawn (the glyph, then the words).
    readonly property alias text: label.text

    /// Says the message again (the same words a second time change no property, so nothing would be said).
    function sayAgain() {
        if (root.message.length > 0)
            announcer.announce(root.message);
    }

    visible: root.message.length > 0
    implicitWidth: label.implicitWidth
    implicitHeight: label.implicitHeight
    Accessible.role: Accessible.AlertMessage
    Accessible.name: root.message

    Label {
        id: label
        width: root.width
        text: root.glyph + root.message
        textFormat: Text.PlainText
        color: root.error ? Theme.error : Theme.success
        wrapMode: Text.Wrap
        Accessible.ignored: true
    }
    Announcement {
        id: announcer
        objectName: "statusAnnouncement"
        text: root.message
    }
}
