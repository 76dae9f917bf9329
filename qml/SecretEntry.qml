// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Continuite

// The PIN (student) or password (teacher) of the chosen person, with the error if it was wrong.
Rectangle {
    id: root

    property string personName
    property bool isTeacher: false
    property string error
    /// The error the banner has said (cleared with it, so that the next one is new).
    property string errorSaid
    readonly property alias field: secretField
    signal submitted(string secret)
    signal cancelled

    /// After a wrong secret: the field empties and the error is said again when it is the same one. A new error was
    /// said as it appeared (its words changed); saying it here too made Orca say it twice in a row (heard in the Orca
    /// run, session 17).
    function clear() {
        secretField.clear();
        if (root.error === root.errorSaid)
            errorBanner.sayAgain();
        root.errorSaid = root.error;
    }
    function focusField() {
        secretField.forceActiveFocus();
    }

    onErrorChanged: if (root.error.length === 0)
        root.errorSaid = ""
    implicitHeight: column.implicitHeight + 2 * Theme.margin
    radius: 14
    color: Theme.surface
    border.color: Theme.border

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        Label {
            text: root.isTeacher ? qsTr("Password for %1").arg(root.personName) : qsTr("PIN for %1").arg(root.personName)
            textFormat: Text.PlainText
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
        }
        RowLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true
            TextField {
                id: secretField
                Layout.preferredWidth: 260
                echoMode: TextInput.Password
                maximumLength: 128
                font.pixelSize: Theme.fontTitle
                // Qt 6.4 gives a password field no name and reads its placeholder instead: the placeholder says
                // whose secret it is and what it is; the short hint drawn below is what the eye sees.
                // Read as markup (StyledText): a "<" in a name gets a zero-width space, so it is no tag (review-media21, 6).
                placeholderText: root.isTeacher ? qsTr("Password of %1").arg(root.personName.replace(/</g, "<\u200B")) : qsTr("PIN of %1 (4 digits)").arg(root.personName.replace(/</g, "<\u200B"))
                placeholderTextColor: "transparent"
                color: Theme.text
                inputMethodHints: root.isTeacher ? Qt.ImhSensitiveData | Qt.ImhNoPredictiveText : Qt.ImhDigitsOnly | Qt.ImhSensitiveData
                Accessible.name: root.isTeacher ? qsTr("Password for %1").arg(root.personName) : qsTr("PIN for %1").arg(root.personName)
                Keys.onReturnPressed: root.submitted(secretField.text)
                Keys.onEnterPressed: root.submitted(secretField.text)
                Keys.onEscapePressed: root.cancelled()
                Label {
                    x: secretField.leftPadding
                    width: secretField.width - secretField.leftPadding - secretField.rightPadding
                    anchors.verticalCenter: parent.verticalCenter
                    visible: secretField.length === 0 && secretField.preeditText.length === 0
                    text: root.isTeacher ? qsTr("Your password") : qsTr("4 digits")
                    textFormat: Text.PlainText
                    color: Theme.textMuted
                    font: secretField.font
                    elide: Text.ElideRight
                    Accessible.ignored: true
                }
                background: Rectangle {
                    implicitHeight: 44
                    radius: 8
                    color: Theme.surface
                    border.width: secretField.activeFocus ? 3 : 1
                    border.color: secretField.activeFocus ? Theme.focus : Theme.border
                }
            }
            PrimaryButton {
                text: qsTr("Open")
                Accessible.name: qsTr("Open the space of %1").arg(root.personName)
                onClicked: root.submitted(secretField.text)
            }
            PrimaryButton {
                secondary: true
                text: qsTr("Back")
                Accessible.name: qsTr("Back to the profile cards")
                onClicked: root.cancelled()
            }
            Item {
                Layout.fillWidth: true
            }
        }
        ErrorBanner {
            id: errorBanner
            objectName: "secretError"
            Layout.fillWidth: true
            text: root.error
        }
    }
}
