// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import Continuite

// Says `text` to a screen reader without moving the keyboard focus: Qt 6.4 has no announce(), but a
// notification that shows is spoken by Orca (default script: onShowingChanged). Each new non-empty text
// hides and shows it again, in the same frame, so nothing flickers. Draws nothing.
// The notification sits in a status bar: Orca 43 says "notification" before the words of any other one
// (speech_generator._generateRoleName drops the role only when script_utilities.isStatusBarNotification).
// Orca reads the words from the label inside it (below), for speech and braille alike.
Item {
    id: root

    /// What to say; saying the same words again needs announce().
    property string text

    /// Says @p message now (even when it is the same as last time).
    function announce(message: string) {
        root.visible = false;
        root.text = message;
        root.visible = message.length > 0;
    }

    implicitWidth: 1
    implicitHeight: 1
    visible: false
    Accessible.role: Accessible.StatusBar
    onTextChanged: {
        root.visible = false;
        root.visible = root.text.length > 0;
    }

    // The words are a label inside the notification, and the notification has no name of its own: Orca 43 speaks
    // the notification's name and then its labels, but builds the braille flash and its list of past messages
    // (notification_messages) from the labels only (default.onShowingChanged, unrelatedLabels). A bare named
    // notification flashed an empty message on a braille display (issue 18, F4); a label with the same words as the
    // name would be skipped as a duplicate.
    Item {
        objectName: "notification"
        width: 1
        height: 1
        Accessible.role: Accessible.Notification

        Text {
            objectName: "notificationText"
            width: 1
            height: 1
            clip: true
            color: "transparent"
            text: root.text
            textFormat: Text.PlainText
            Accessible.role: Accessible.StaticText
            Accessible.name: root.text
        }
    }
}
