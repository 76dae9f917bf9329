// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Continuite

// Settings of the person signed in: the hub (address and connection), how much data sync may use, and
// the PIN or password that opens the profile on this device, and the size of text for this person. Escape goes back.
FocusScope {
    id: root

    /// What Main says when this page opens (a screen reader hears the page's title, not only the control focused).
    readonly property string spokenTitle: qsTr("Settings of %1").arg(Session.currentName)

    objectName: "settings"

    readonly property bool teacher: Session.currentIsTeacher
    readonly property alias hubField: hubField
    readonly property alias hubSecretField: hubSecretField
    readonly property alias connectButton: connectButton
    readonly property alias policyNever: policyNever
    readonly property alias policyUnmetered: policyUnmetered
    readonly property alias policyAlways: policyAlways
    readonly property alias capField: capField
    readonly property alias rateCapField: rateCapField
    readonly property alias savePolicyButton: savePolicyButton
    readonly property alias oldSecretField: oldSecretField
    readonly property alias newSecretField: newSecretField
    readonly property alias repeatSecretField: repeatSecretField
    readonly property alias changeSecretButton: changeSecretButton
    readonly property alias textNormal: textNormal
    readonly property alias textLarge: textLarge
    readonly property alias textVeryLarge: textVeryLarge
    /// What the last action said, for the person (and tests): "" or a sentence.
    property string hubMessage
    property bool hubMessageIsError: false
    property string policyMessage
    property bool policyMessageIsError: false
    property string secretMessage
    property bool secretMessageIsError: false

    signal back

    // Each function first clears its message: the same words again are then said again (StatusMessage).
    function connectHub() {
        root.hubMessage = "";
        if (hubField.text.trim().length === 0) {
            root.hubMessageIsError = true;
            root.hubMessage = qsTr("Type the hub's address first, for example http://192.168.1.10:8080.");
            hubField.field.forceActiveFocus();
            return;
        }
        if (hubSecretField.text.length === 0) {
            root.hubMessageIsError = true;
            root.hubMessage = root.teacher ? qsTr("Type your password to connect.") : qsTr("Type the PIN on your card to connect.");
            hubSecretField.field.forceActiveFocus();
            return;
        }
        root.hubMessage = "";
        HubSignIn.connectToHub(hubField.text, hubSecretField.text);
    }

    /// A cap typed by the person: a whole number, 0 when empty, or -1 when it is not one.
    function capFrom(text: string): int {
        const typed = text.trim();
        return typed.length === 0 ? 0 : /^\d+$/.test(typed) ? parseInt(typed, 10) : -1;
    }

    function savePolicy() {
        root.policyMessage = "";
        const cap = root.capFrom(capField.text);
        const rate = root.capFrom(rateCapField.text);
        if (cap < 0 || rate < 0) {
            root.policyMessageIsError = true;
            root.policyMessage = cap < 0 ? qsTr("The monthly cap is a whole number of MB (0: no cap).") : qsTr("The speed cap is a whole number of kB/s (0: no cap).");
            if (cap < 0)
                capField.field.forceActiveFocus();
            else
                rateCapField.field.forceActiveFocus();
            return;
        }
        const policy = policyNever.checked ? MediaPolicy.Never : policyUnmetered.checked ? MediaPolicy.UnmeteredOnly : MediaPolicy.Always;
        const error = DataPolicySettings.save(policy, cap, rate);
        root.policyMessageIsError = error.length > 0;
        root.policyMessage = error.length > 0 ? error : qsTr("Saved.");
    }

    function changeSecret() {
        root.secretMessage = "";
        const error = Session.changeSecret(oldSecretField.text, newSecretField.text, repeatSecretField.text);
        root.secretMessageIsError = error.length > 0;
        root.secretMessage = error.length > 0 ? error : (root.teacher ? qsTr("Your password on this device is changed.") : qsTr("Your PIN on this device is changed."));
        oldSecretField.text = "";
        newSecretField.text = "";
        repeatSecretField.text = "";
        if (error.length > 0)
            oldSecretField.field.forceActiveFocus();
    }

    /// The policy shown: what the store says, until the person picks another.
    function loadPolicy() {
        policyNever.checked = DataPolicySettings.mediaPolicy === MediaPolicy.Never;
        policyUnmetered.checked = DataPolicySettings.mediaPolicy === MediaPolicy.UnmeteredOnly;
        policyAlways.checked = DataPolicySettings.mediaPolicy === MediaPolicy.Always;
        capField.text = DataPolicySettings.monthlyCapMB.toString();
        rateCapField.text = DataPolicySettings.rateCapKBps.toString();
    }

    /// The size shown: the session's (a click, Ctrl++ or another person's unlock may change it).
    function loadTextSize() {
        textNormal.checked = Session.textScale < 1.125;
        textLarge.checked = Session.textScale >= 1.125 && Session.textScale < 1.375;
        textVeryLarge.checked = Session.textScale >= 1.375;
    }

    Component.onCompleted: {
        loadTextSize();
        hubField.text = SyncController.hubUrl;
        loadPolicy();
        backButton.forceActiveFocus();
    }
    Keys.onEscapePressed: root.back()
    Keys.onBackPressed: root.back()

    Connections {
        target: Session
        function onTextScaleChanged() {
            root.loadTextSize();
        }
    }
    Connections {
        target: HubSignIn
        function onConnectFinished(ok: bool, message: string) {
            root.hubMessage = "";
            root.hubMessageIsError = !ok;
            root.hubMessage = message;
            if (ok) {
                hubSecretField.text = "";
                root.loadPolicy();
            }
        }
    }

    Flickable {
        id: flick
        objectName: "settingsScroll"
        anchors.fill: parent
        contentHeight: page.implicitHeight + 2 * Theme.margin
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: PageScrollBar {}
        readonly property FocusInView focusInView: FocusInView {
            flickable: flick
        }

        ColumnLayout {
            id: page
            x: Theme.margin
            y: Theme.margin
            width: flick.width - 2 * Theme.margin
            spacing: Theme.spacing

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                PrimaryButton {
                    id: backButton
                    secondary: true
                    text: qsTr("← Back")
                    Accessible.name: qsTr("Back to my lessons")
                    onClicked: root.back()
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Settings of %1").arg(Session.currentName)
                    textFormat: Text.PlainText
                    font.pixelSize: Theme.fontHeading
                    font.bold: true
                    color: Theme.text
                    elide: Text.ElideRight
                }
            }

            GridLayout {
                Layout.fillWidth: true
                // Three cards side by side at the normal size; fewer, wider ones when the text is larger.
                columns: Math.max(1, Math.min(3, Math.floor(page.width / Theme.textScale / 300)))
                columnSpacing: Theme.spacing
                rowSpacing: Theme.spacing

                SettingsSection {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    title: qsTr("Hub")
                    // Pupils are "tu", teachers "vous" (issue 14): the words differ by role, not only the French.
                    description: SyncController.connected ? (root.teacher ? qsTr("Connected to %1. Your classes' work syncs by itself when there is a network.") : qsTr("Connected to %1. Your work syncs by itself when there is a network.")).arg(SyncController.hubUrl)
                                 : root.teacher ? qsTr("Not connected: everything stays on this device. The school's hub administrator gives the hub's address.") : qsTr("Not connected: everything stays on this device. Ask your teacher or school for the hub's address.")

                    SettingsField {
                        id: hubField
                        Layout.fillWidth: true
                        label: qsTr("Hub address")
                        placeholderText: qsTr("e.g. http://192.168.1.10:8080")
                        inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
                        onAccepted: hubSecretField.field.forceActiveFocus()
                    }
                    SettingsField {
                        id: hubSecretField
                        Layout.fillWidth: true
                        secret: true
                        owner: Session.currentName
                        label: root.teacher ? qsTr("Your password") : qsTr("The PIN on your card")
                        onAccepted: root.connectHub()
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        PrimaryButton {
                            id: connectButton
                            text: SyncController.connected ? qsTr("Connect again") : qsTr("Connect")
                            // Unavailable, never disabled, while it connects: the keyboard stays on it (issue 18).
                            available: !HubSignIn.connecting
                            busyText: HubSignIn.connecting ? qsTr("Connecting…") : ""
                            Accessible.name: qsTr("Connect to the hub with this address")
                            onActivated: root.connectHub()
                        }
                        BusyIndicator {
                            running: HubSignIn.connecting
                            visible: running
                            implicitWidth: 32
                            implicitHeight: 32
                            Accessible.name: qsTr("Connecting…")
                        }
                    }
                    StatusMessage {
                        objectName: "hubMessageLabel"
                        Layout.fillWidth: true
                        message: root.hubMessage
                        error: root.hubMessageIsError
                        font.pixelSize: Theme.fontSmall
                    }
                }

                SettingsSection {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    enabled: SyncController.connected
                    title: qsTr("Data use")
                    description: SyncController.connected ? qsTr("Lessons and work always sync. Files (images, videos, PDFs) are heavier:") : qsTr("Once connected to a hub, choose here when files (images, videos, PDFs) may use the network.")

                    ButtonGroup {
                        id: policyGroup
                    }
                    SettingsChoice {
                        id: policyNever
                        Layout.fillWidth: true
                        text: qsTr("Never download or send files")
                        ButtonGroup.group: policyGroup
                    }
                    SettingsChoice {
                        id: policyUnmetered
                        Layout.fillWidth: true
                        text: qsTr("Files only on unmetered networks (Wi-Fi, cable)")
                        ButtonGroup.group: policyGroup
                    }
                    SettingsChoice {
                        id: policyAlways
                        Layout.fillWidth: true
                        text: qsTr("Files always")
                        ButtonGroup.group: policyGroup
                    }
                    SettingsField {
                        id: capField
                        Layout.fillWidth: true
                        label: qsTr("Monthly cap in MB (0: no cap)")
                        inputMethodHints: Qt.ImhDigitsOnly
                        field.validator: IntValidator {
                            bottom: 0
                            top: 1000000
                        }
                        onAccepted: root.savePolicy()
                    }
                    SettingsField {
                        id: rateCapField
                        Layout.fillWidth: true
                        label: qsTr("Speed cap in kB/s (0: no cap)")
                        accessibleName: qsTr("Speed cap of syncs in kilobytes per second (0: no cap)")
                        inputMethodHints: Qt.ImhDigitsOnly
                        field.validator: IntValidator {
                            bottom: 0
                            top: 1000000
                        }
                        onAccepted: root.savePolicy()
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("A speed cap leaves part of a shared connection to the rest of the household; syncs take longer.")
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.Wrap
                    }
                    PrimaryButton {
                        id: savePolicyButton
                        text: qsTr("Save")
                        Accessible.name: qsTr("Save the data policy")
                        onClicked: root.savePolicy()
                    }
                    Label {
                        Layout.fillWidth: true
                        text: !SyncController.networkInformation ? qsTr("This device cannot tell whether its network is metered: files wait as on mobile data.") : SyncController.metered ? qsTr("The network now is metered (mobile data).") : qsTr("The network now is not metered.")
                        textFormat: Text.PlainText
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.Wrap
                    }
                    StatusMessage {
                        objectName: "policyMessageLabel"
                        Layout.fillWidth: true
                        message: root.policyMessage
                        error: root.policyMessageIsError
                        font.pixelSize: Theme.fontSmall
                    }
                }

                SettingsSection {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    title: root.teacher ? qsTr("My password") : qsTr("My PIN")
                    description: root.teacher ? qsTr("It opens your profile on this device.") : qsTr("It opens your profile on this device. To connect to the hub, use the PIN on your card.")

                    SettingsField {
                        id: oldSecretField
                        Layout.fillWidth: true
                        secret: true
                        owner: Session.currentName
                        label: root.teacher ? qsTr("Current password") : qsTr("Current PIN")
                        onAccepted: newSecretField.field.forceActiveFocus()
                    }
                    SettingsField {
                        id: newSecretField
                        Layout.fillWidth: true
                        secret: true
                        owner: Session.currentName
                        label: root.teacher ? qsTr("New password (6 characters or more)") : qsTr("New PIN (4 digits or more)")
                        inputMethodHints: root.teacher ? Qt.ImhSensitiveData : Qt.ImhDigitsOnly | Qt.ImhSensitiveData
                        onAccepted: repeatSecretField.field.forceActiveFocus()
                    }
                    SettingsField {
                        id: repeatSecretField
                        Layout.fillWidth: true
                        secret: true
                        owner: Session.currentName
                        label: root.teacher ? qsTr("New password again") : qsTr("New PIN again")
                        inputMethodHints: newSecretField.inputMethodHints
                        onAccepted: root.changeSecret()
                    }
                    PrimaryButton {
                        id: changeSecretButton
                        text: root.teacher ? qsTr("Change my password") : qsTr("Change my PIN")
                        onClicked: root.changeSecret()
                    }
                    StatusMessage {
                        objectName: "secretMessageLabel"
                        Layout.fillWidth: true
                        message: root.secretMessage
                        error: root.secretMessageIsError
                        font.pixelSize: Theme.fontSmall
                    }
                }
            }

            SettingsSection {
                Layout.fillWidth: true
                title: qsTr("Text size")
                description: qsTr("For you only on this device. Ctrl++ and Ctrl+- change it from any screen, Ctrl+0 goes back to normal.")

                ButtonGroup {
                    id: textSizeGroup
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacing * 2
                    SettingsChoice {
                        id: textNormal
                        text: qsTr("Normal")
                        Accessible.name: qsTr("Normal text size")
                        ButtonGroup.group: textSizeGroup
                        onClicked: Session.textScale = 1.0
                    }
                    SettingsChoice {
                        id: textLarge
                        text: qsTr("Large")
                        Accessible.name: qsTr("Large text")
                        ButtonGroup.group: textSizeGroup
                        onClicked: Session.textScale = 1.25
                    }
                    SettingsChoice {
                        id: textVeryLarge
                        text: qsTr("Very large")
                        Accessible.name: qsTr("Very large text")
                        ButtonGroup.group: textSizeGroup
                        onClicked: Session.textScale = 1.5
                    }
                }
            }

            SettingsSection {
                Layout.fillWidth: true
                visible: SyncController.rejectedChanges.length > 0
                title: qsTr("Refused by the hub")
                description: root.teacher ? qsTr("These changes are kept on this device; the hub will not take them. The hub's reason is beside each one.") : qsTr("These changes are kept on this device; the hub will not take them. Ask your teacher if you do not understand why.")
                Repeater {
                    model: SyncController.rejectedChanges
                    delegate: Label {
                        required property string modelData
                        Layout.fillWidth: true
                        text: "• " + modelData
                        textFormat: Text.PlainText
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                }
            }
        }
    }
}
