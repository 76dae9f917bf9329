// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import Continuite

// Ctrl++ / Ctrl+- make text bigger or smaller by one step (Normal, Large, Very large), Ctrl+0 back to normal,
// from any screen. The session keeps the size for the person signed in.
Item {
    id: root

    /// One step between the sizes offered in the settings.
    readonly property real step: 0.25

    function bigger() {
        Session.textScale = Math.min(Session.maxTextScale, Session.textScale + root.step);
        root.saySize();
    }
    function smaller() {
        Session.textScale = Math.max(Session.minTextScale, Session.textScale - root.step);
        root.saySize();
    }
    function normal() {
        Session.textScale = 1.0;
        root.saySize();
    }
    /// Says the size the keys gave (the same words as the settings' choices): a screen-reader user who magnifies
    /// too hears that the key did something, and at the end of the scale that it is already there (review-a11y23, N3).
    function saySize() {
        const scale = Session.textScale;
        const words = scale < 1.125 ? qsTr("Normal text size") : scale < 1.375 ? qsTr("Large text") : qsTr("Very large text");
        sizeSaid.announce(scale >= Session.maxTextScale && scale > 1 ? qsTr("%1 (the largest)").arg(words) : words);
    }

    Announcement {
        id: sizeSaid
        objectName: "textSizeAnnouncement"
    }

    // Key strings, not StandardKey.ZoomIn / ZoomOut (the same keys on Linux): Qt 6.4's qmllint cannot resolve
    // StandardKey, a value type's enum, and all_qmllint is kept without a warning.
    Shortcut {
        // "Ctrl+=": the same key as "+" without Shift on many keyboards.
        sequences: ["Ctrl++", "Ctrl+="]
        context: Qt.ApplicationShortcut
        onActivated: root.bigger()
    }
    Shortcut {
        sequences: ["Ctrl+-"]
        context: Qt.ApplicationShortcut
        onActivated: root.smaller()
    }
    Shortcut {
        sequence: "Ctrl+0"
        context: Qt.ApplicationShortcut
        onActivated: root.normal()
    }
}
