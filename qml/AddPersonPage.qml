pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Continuite

// "Add a person on this device": the school server's address, then the login code and PIN of their card.
// The sign-in runs in the background (SyncController.addPerson); once it works their space opens and the
// first sync starts. On a failure everything typed stays, with what went wrong and what to do.
// Keyboard: Tab moves between the fields and buttons, Enter goes to the next field then signs in,
// Escape goes back to the cards (and stops a sign-in in progress).
FocusScope {
    id: root

    objectName: "addPerson"

    /// Nobody is on this device yet: this is the first screen, with nothing to go back to.
    property bool firstRun: false
    readonly property alias hubField: hubField
    readonly property alias loginField: loginField
    readonly property alias pinField: pinField
    readonly property alias addButton: addButton
    readonly property alias backButton: backButton
    /// What went wrong last, for the person (and tests); empty when nothing did.
    property string message
    readonly property bool busy: SyncController.addingPerson

    signal back

    /// Fresh fields (the address this device already uses, if any) and the keyboard in the first empty one.
    function start() {
        hubField.text = SyncController.knownHubUrl();
        loginField.text = "";
        pinField.text = "";
        root.message = "";
        (hubField.text.length > 0 ? loginField : hubField).field.forceActiveFocus();
    }

    function submit() {
        if (root.busy)
            return;
        const error = SyncController.addPerson(hubField.text, loginField.text, pinField.text);
        root.message = error;
        if (error.length === 0)
            return;
        if (SyncController.normalizedHubUrl(hubField.text).length === 0)
            hubField.field.forceActiveFocus();
        else if (loginField.text.trim().length === 0)
            loginField.field.forceActiveFocus();
        else
            pinField.field.forceActiveFocus();
    }

    function goBack() {
        if (root.firstRun)
            return;
        if (root.busy)
            SyncController.cancel();
        root.message = "";
        pinField.text = "";
        root.back();
    }

    Keys.onEscapePressed: root.goBack()
    Keys.onBackPressed: root.goBack()

    Connections {
        target: SyncController
        function onAddPersonFinished(ok: bool, message: string) {
            if (ok)
                return; // their space opens
            root.message = message;
            // The typed PIN is kept, selected: typing again replaces it.
            pinField.field.forceActiveFocus();
            pinField.field.selectAll();
        }
    }

    Rectangle {
        id: card
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.top: parent.top
        width: Math.min(parent.width, 680)
        height: column.implicitHeight + 2 * Theme.margin
        radius: 14
        color: Theme.surface
        border.color: Theme.border

        ColumnLayout {
            id: column
            anchors.fill: parent
            anchors.margins: Theme.margin
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                text: root.firstRun ? qsTr("Welcome! Nobody uses this device yet.") : qsTr("Add a person on this device")
                font.pixelSize: Theme.fontTitle + 2
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Type what is written on your login card. This first time needs a network; afterwards your work stays on this device and syncs when it can.")
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            SettingsField {
                id: hubField
                Layout.fillWidth: true
                enabled: !root.busy
                label: qsTr("Address of the school's server")
                placeholderText: qsTr("e.g. http://192.168.1.10:8080")
                inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                onAccepted: loginField.field.forceActiveFocus()
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                SettingsField {
                    id: loginField
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    enabled: !root.busy
                    label: qsTr("Login code")
                    placeholderText: qsTr("e.g. K7PQ2M")
                    inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhPreferUppercase
                    onAccepted: pinField.field.forceActiveFocus()
                }
                SettingsField {
                    id: pinField
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    enabled: !root.busy
                    secret: true
                    label: qsTr("PIN (teachers: password)")
                    inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                    onAccepted: root.submit()
                }
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                PrimaryButton {
                    id: addButton
                    text: qsTr("Sign in and add")
                    enabled: !root.busy
                    Accessible.name: qsTr("Sign in to the school's server and add this person")
                    onClicked: root.submit()
                }
                BusyIndicator {
                    running: root.busy
                    visible: running
                    implicitWidth: 32
                    implicitHeight: 32
                    Accessible.name: qsTr("Signing in…")
                }
                Label {
                    Layout.fillWidth: true
                    visible: root.busy
                    text: qsTr("Signing in to the school's server…")
                    color: Theme.textMuted
                    wrapMode: Text.Wrap
                }
                Item {
                    Layout.fillWidth: !root.busy
                }
                PrimaryButton {
                    id: backButton
                    visible: !root.firstRun
                    secondary: true
                    text: root.busy ? qsTr("Stop") : qsTr("Back")
                    Accessible.name: root.busy ? qsTr("Stop signing in and go back to the profile cards") : qsTr("Back to the profile cards")
                    onClicked: root.goBack()
                }
            }
            ErrorBanner {
                Layout.fillWidth: true
                text: root.message
            }
            Label {
                Layout.fillWidth: true
                visible: root.firstRun
                text: qsTr("No card yet? Ask your teacher. To try Continuité without a school server, start it with --demo.")
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
            }
        }
    }
}
