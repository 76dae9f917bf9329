// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Dialogs
import QtQuick.Layouts
import Continuite

// "Add a person on this device", three ways in (AddPersonFlow.Way). With the school's server: its address, then the
// login code and PIN of their card. In class, with no internet: the address and 14-character code on the teacher's
// screen (the teacher's laptop serves the class on the room's network), then the card's login code and PIN. With no
// network at all: the pack their teacher made for them on a USB stick, then the code and PIN of their card.
// AddPersonFlow (C++) owns the steps: it checks what was typed, signs in in the background, and says how it ended as
// a Failure and the field to fix; this page shows one state per step (typing, signing in, failed, done) and never
// reads an HTTP status. On a failure everything typed stays, with what went wrong and what to do; nothing is half-made.
// Keyboard: Tab moves between the fields and buttons, Enter goes to the next field then adds,
// Escape goes back to the cards (and stops what is in progress).
FocusScope {
    id: root

    objectName: "addPerson"

    /// Nobody is on this device yet: this is the first screen, with nothing to go back to.
    property bool firstRun: false
    /// The pack chosen on the USB stick (the pack way).
    property url packFile
    readonly property string packPath: decodeURIComponent("" + root.packFile)
    readonly property bool hasPack: root.packPath.length > 0
    readonly property alias flow: flow
    /// AddPersonFlow.Way: the school's server, the classroom, or a pack.
    readonly property int way: flow.way
    readonly property alias hubWayButton: hubWayButton
    readonly property alias classroomWayButton: classroomWayButton
    readonly property alias packWayButton: packWayButton
    readonly property alias classAddressField: classAddressField
    readonly property alias classCodeField: classCodeField
    readonly property alias packButton: packButton
    readonly property alias packs: flow.packs
    readonly property alias drives: drives
    readonly property alias hubField: hubField
    readonly property alias loginField: loginField
    readonly property alias pinField: pinField
    readonly property alias addButton: addButton
    readonly property alias backButton: backButton
    /// What went wrong last, for the person (and tests); empty when nothing did.
    readonly property string message: flow.message
    readonly property bool busy: flow.busy
    // Signing in disables the fields: the keyboard waits on the button that signs in (unavailable meanwhile), not on
    // nothing (issue 18); once it is over, the failure puts it on the field to fix.
    // The start is said too (issue 18): the busy words only appear as a label, which Orca does not read out.
    onBusyChanged: {
        if (!root.busy)
            return;
        if (loginField.field.activeFocus || pinField.field.activeFocus || addButton.activeFocus)
            addButton.forceActiveFocus();
        busyAnnouncement.announce(flow.busyText);
    }

    signal back

    /// Fresh fields (the address this device already uses, if any) and the keyboard in the first empty one.
    function start() {
        hubField.text = SyncController.knownHubUrl();
        loginField.text = "";
        pinField.text = "";
        classAddressField.text = "";
        classCodeField.text = "";
        root.packFile = "";
        flow.way = AddPersonFlow.SchoolServer;
        flow.reset();
        (hubField.text.length > 0 ? loginField : hubField).field.forceActiveFocus();
    }

    function setWay(way: int) {
        if (root.busy)
            return;
        flow.way = way;
        flow.reset();
        // Said when the person picks a way (issue 18): the keyboard goes on to the first field, past these words. Not as
        // the words are first set: the page is made, hidden, with the chooser each time it comes back, and Orca said them
        // on the way back to the cards (session 21, "Changer de personne").
        waySaid.announce(wayExplained.text);
        if (way === AddPersonFlow.Pack && !root.hasPack)
            packButton.forceActiveFocus();
        else if (way === AddPersonFlow.Pack)
            loginField.field.forceActiveFocus();
        else if (way === AddPersonFlow.Classroom)
            (classAddressField.text.length === 0 ? classAddressField : classCodeField.text.length === 0 ? classCodeField : loginField).field.forceActiveFocus();
        else
            (hubField.text.length > 0 ? loginField : hubField).field.forceActiveFocus();
    }

    /// The file name of the chosen pack, for the person ("" when none).
    function packName(): string {
        return root.packPath.substring(root.packPath.lastIndexOf("/") + 1);
    }

    function submit() {
        if (root.busy)
            return;
        flow.submit(hubField.text, classAddressField.text, classCodeField.text, root.packFile, loginField.text, pinField.text);
    }

    /// The keyboard on the field a failure names; a PIN, a code or an address typed is selected: typing again replaces it.
    function focusFieldToFix() {
        const field = flow.fieldToFix;
        if (field === AddPersonFlow.PackField) {
            packButton.forceActiveFocus();
            return;
        }
        const entry = field === AddPersonFlow.HubAddressField ? hubField : field === AddPersonFlow.ClassroomAddressField ? classAddressField
            : field === AddPersonFlow.ClassroomCodeField ? classCodeField : field === AddPersonFlow.LoginField ? loginField
            : field === AddPersonFlow.PinField ? pinField : null;
        if (!entry)
            return;
        entry.field.forceActiveFocus();
        if (flow.failure !== AddPersonFlow.Incomplete)
            entry.field.selectAll();
    }

    function goBack() {
        if (root.busy && flow.way === AddPersonFlow.Pack) {
            flow.cancel(); // stays here: the pack is still on the stick
            return;
        }
        if (root.firstRun)
            return;
        if (root.busy)
            flow.cancel();
        flow.reset();
        pinField.text = "";
        root.back();
    }

    Keys.onEscapePressed: root.goBack()
    Keys.onBackPressed: root.goBack()

    AddPersonFlow {
        id: flow
        session: Session
        sync: SyncController
        onStepChanged: if (step === AddPersonFlow.Failed) root.focusFieldToFix()
    }
    // The USB sticks plugged in, and the packs on them, looked at again every few seconds on the "pack" way.
    UsbDriveModel {
        id: drives
    }
    Timer {
        interval: 3000
        repeat: true
        running: root.visible && flow.way === AddPersonFlow.Pack
        onTriggered: drives.refresh()
    }
    FileDialog {
        id: packDialog
        title: qsTr("Choose the pack your teacher gave you")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("Continuité packs (*.continuite)"), qsTr("All files (*)")]
        onAccepted: {
            root.packFile = selectedFile;
            flow.reset();
            loginField.field.forceActiveFocus();
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
                textFormat: Text.PlainText
                font.pixelSize: Theme.fontTitle + 2
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                ChoiceButton {
                    id: hubWayButton
                    current: flow.way === AddPersonFlow.SchoolServer
                    enabled: !root.busy
                    text: qsTr("With the school's server")
                    Accessible.name: qsTr("Sign in with the school's server (needs a network)")
                    onClicked: root.setWay(AddPersonFlow.SchoolServer)
                }
                ChoiceButton {
                    id: classroomWayButton
                    current: flow.way === AddPersonFlow.Classroom
                    enabled: !root.busy
                    text: qsTr("In class, on the room's network")
                    Accessible.name: qsTr("In class: join the classroom your teacher's computer serves on the room's network (no internet needed)")
                    onClicked: root.setWay(AddPersonFlow.Classroom)
                }
                ChoiceButton {
                    id: packWayButton
                    current: flow.way === AddPersonFlow.Pack
                    enabled: !root.busy
                    text: qsTr("I have a pack on a USB stick")
                    Accessible.name: qsTr("I have a pack on a USB stick (no network needed)")
                    onClicked: root.setWay(AddPersonFlow.Pack)
                }
            }
            Label {
                id: wayExplained
                Layout.fillWidth: true
                text: flow.way === AddPersonFlow.Classroom ? qsTr("Type the address and the code shown on your teacher's screen, then what is written on your login card. No internet needed: this device syncs with your teacher's computer in class.") : flow.way === AddPersonFlow.Pack ? qsTr("Choose the pack your teacher made for you (your name is on it), then type what is written on your login card. No network needed: your work stays on this device and goes back to your teacher on the stick.") : qsTr("Type what is written on your login card. This first time needs a network; afterwards your work stays on this device and syncs when it can.")
                textFormat: Text.PlainText
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            // The packs on the sticks plugged in, as big buttons: no file dialog to find one's way in (issue 14).
            Repeater {
                model: flow.way === AddPersonFlow.Pack ? drives : null
                delegate: ColumnLayout {
                    id: stick
                    required property int index
                    required property string name
                    required property var packs
                    Layout.fillWidth: true
                    spacing: 4
                    Repeater {
                        model: stick.packs
                        delegate: PrimaryButton {
                            required property int index
                            required property string modelData
                            readonly property url file: drives.fileUrl(stick.index, modelData)
                            objectName: "stickPack" + stick.index + "_" + index
                            Layout.fillWidth: true
                            enabled: !root.busy
                            secondary: String(root.packFile) !== String(file)
                            text: qsTr("%1 (on %2)").arg(modelData).arg(stick.name)
                            Accessible.name: qsTr("The pack %1 on the USB stick %2").arg(modelData).arg(stick.name)
                            Accessible.checkable: true
                            Accessible.checked: !secondary
                            onClicked: {
                                root.packFile = file;
                                flow.reset();
                                loginField.field.forceActiveFocus();
                            }
                        }
                    }
                }
            }
            RowLayout {
                Layout.fillWidth: true
                visible: flow.way === AddPersonFlow.Pack
                spacing: Theme.spacing
                PrimaryButton {
                    id: packButton
                    secondary: true
                    enabled: !root.busy
                    text: root.hasPack ? qsTr("Another pack…") : qsTr("Choose the pack…")
                    Accessible.name: qsTr("Choose the pack file on the USB stick")
                    onClicked: packDialog.open()
                }
                Label {
                    objectName: "packName"
                    Layout.fillWidth: true
                    text: root.hasPack ? root.packName() : qsTr("No pack chosen yet")
                    textFormat: Text.PlainText
                    color: root.hasPack ? Theme.text : Theme.textMuted
                    font.bold: root.hasPack
                    elide: Text.ElideMiddle
                }
            }
            SettingsField {
                id: hubField
                Layout.fillWidth: true
                visible: flow.way === AddPersonFlow.SchoolServer
                enabled: !root.busy
                label: qsTr("Address of the school's server")
                placeholderText: qsTr("e.g. http://192.168.1.10:8080")
                inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                onAccepted: loginField.field.forceActiveFocus()
            }
            RowLayout {
                Layout.fillWidth: true
                visible: flow.way === AddPersonFlow.Classroom
                spacing: Theme.spacing
                SettingsField {
                    id: classAddressField
                    Layout.fillWidth: true
                    Layout.preferredWidth: 2
                    enabled: !root.busy
                    label: qsTr("Address on your teacher's screen")
                    placeholderText: qsTr("e.g. 192.168.1.10:8765")
                    inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                    onAccepted: classCodeField.field.forceActiveFocus()
                }
                SettingsField {
                    id: classCodeField
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    enabled: !root.busy
                    label: qsTr("Classroom code")
                    placeholderText: qsTr("14 letters and digits")
                    inputMethodHints: Qt.ImhPreferUppercase | Qt.ImhNoPredictiveText
                    onAccepted: loginField.field.forceActiveFocus()
                }
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
                    label: flow.way !== AddPersonFlow.SchoolServer ? qsTr("PIN on your card") : qsTr("PIN (teachers: password)")
                    // Whose secret, once the card's code is typed (issue 18): a screen reader spells the code.
                    owner: loginField.text.trim().length > 0 ? qsTr("Card %1").arg(loginField.text.trim().split("").join(" ")) : ""
                    inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                    onAccepted: root.submit()
                }
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                PrimaryButton {
                    id: addButton
                    text: flow.way === AddPersonFlow.Pack ? qsTr("Add from the pack") : flow.way === AddPersonFlow.Classroom ? qsTr("Join the class and add") : qsTr("Sign in and add")
                    // Unavailable while signing in, never disabled: the keyboard waits here (issue 18, onBusyChanged).
                    available: !root.busy
                    busyText: flow.busyText
                    Accessible.name: flow.way === AddPersonFlow.Pack ? qsTr("Check the PIN with the pack and add this person") : flow.way === AddPersonFlow.Classroom ? qsTr("Sign in to the classroom and add this person") : qsTr("Sign in to the school's server and add this person")
                    onActivated: root.submit()
                }
                BusyIndicator {
                    running: root.busy
                    visible: running
                    implicitWidth: 32
                    implicitHeight: 32
                    Accessible.name: flow.way === AddPersonFlow.Pack ? flow.packs.busyText : qsTr("Signing in…")
                }
                ProgressBar {
                    Layout.preferredWidth: 120
                    visible: root.busy && flow.way === AddPersonFlow.Pack
                    from: 0
                    to: 1
                    value: flow.packs.progress
                    Accessible.name: flow.packs.busyText
                }
                Label {
                    Layout.fillWidth: true
                    visible: root.busy
                    text: flow.busyText
                    textFormat: Text.PlainText
                    color: Theme.textMuted
                    wrapMode: Text.Wrap
                }
                Item {
                    Layout.fillWidth: !root.busy
                }
                PrimaryButton {
                    id: backButton
                    visible: !root.firstRun || (root.busy && flow.way === AddPersonFlow.Pack)
                    secondary: true
                    text: root.busy ? qsTr("Stop") : qsTr("Back")
                    Accessible.name: root.busy ? (flow.way === AddPersonFlow.Pack ? qsTr("Stop: nobody is added") : qsTr("Stop signing in and go back to the profile cards")) : qsTr("Back to the profile cards")
                    onClicked: root.goBack()
                }
            }
            ErrorBanner {
                Layout.fillWidth: true
                text: root.message
            }
            Label {
                Layout.fillWidth: true
                visible: root.firstRun && flow.way !== AddPersonFlow.Classroom // in class, the teacher is there to ask
                text: qsTr("No card yet? Ask your teacher. No network at home? Ask for a pack made for you on a USB stick.")
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
            }
        }
    }
    Announcement {
        id: waySaid
        objectName: "wayAnnouncement"
    }
    Announcement {
        id: busyAnnouncement
        objectName: "busyAnnouncement"
    }
}
