// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Continuite

// A labelled text field of the settings page; `secret` hides what is typed. Enter emits accepted().
ColumnLayout {
    id: root

    property string label
    /// What a screen reader says for the field; the label by default (set it when the label is shown elsewhere).
    property string accessibleName: label
    property bool secret: false
    property alias text: field.text
    /// Shown in the empty field (not for a secret: Qt 6.4 reads a password field's placeholder as its only
    /// name, so there it says whose secret it is and what it is).
    property string placeholderText
    /// Whose secret a `secret` field holds (a person's name), said by a screen reader with the label.
    property string owner
    property alias inputMethodHints: field.inputMethodHints
    readonly property alias field: field
    signal accepted

    spacing: 2

    Label {
        Layout.fillWidth: true
        visible: root.label.length > 0
        text: root.label
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        color: Theme.text
        font.pixelSize: Theme.fontSmall
        font.bold: true
        Accessible.ignored: true
    }
    TextField {
        id: field
        Layout.fillWidth: true
        echoMode: root.secret ? TextInput.Password : TextInput.Normal
        maximumLength: 1024
        font.pixelSize: Theme.fontBody
        color: Theme.text
        // Read as markup (StyledText): a "<" gets a zero-width space, so it is no tag (review-media21, finding 6).
        placeholderText: (!root.secret ? root.placeholderText : root.owner.length > 0 ? qsTr("%1: %2", "whose secret: what it is").arg(root.owner).arg(root.accessibleName) : root.accessibleName).replace(/</g, "<\u200B")
        placeholderTextColor: root.secret ? "transparent" : Theme.textMuted
        selectByMouse: true
        activeFocusOnTab: true
        Accessible.name: root.accessibleName
        // Orca 43 reads no words of a Qt 6.4 text field (every text-attribute run it asks for comes back
        // empty): the description says what the field holds, as it was when the keyboard arrived (never a
        // secret's). Empty, it is the placeholder, as Qt sets it.
        property string spokenValue
        Accessible.description: !root.secret && spokenValue.length > 0 ? spokenValue : placeholderText
        Component.onCompleted: spokenValue = text
        onActiveFocusChanged: if (!activeFocus) spokenValue = text
        onTextChanged: if (!activeFocus) spokenValue = text
        Keys.onReturnPressed: root.accepted()
        Keys.onEnterPressed: root.accepted()
        background: Rectangle {
            implicitHeight: 36
            radius: 8
            color: field.enabled ? Theme.surface : Theme.background
            border.width: field.activeFocus ? 3 : 1
            border.color: field.activeFocus ? Theme.focus : Theme.border
        }
    }
}
