// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Dialogs
import QtQuick.Layouts
import Continuite

// "Add a person on this device", three ways in. With the school's server: its address, then the login code
// and PIN of their card; the sign-in runs in the background (SyncController.addPerson), then their space
// opens and the first sync starts. In class, with no internet: the address and 14-character code on the
// teacher's screen (the teacher's laptop serves the class on the room's network), then the card's login code
// and PIN; the same sign-in, to the classroom's URL (LanController.joinUrl, as Échanges joins). With no network at all: the pack their teacher made for them on a USB
// stick, then the code and PIN of their card; the pack checks the PIN, their profile is made from it and
// it is imported, in the background (ExchangesController.startFromPack), then their space opens, offline.
// On a failure everything typed stays, with what went wrong and what to do; nothing is half-made.
// Keyboard: Tab moves between the fields and buttons, Enter goes to the next field then adds,
// Escape goes back to the cards (and stops what is in progress).
FocusScope {
    id: root

    objectName: "addPerson"

    /// Nobody is on this device yet: this is the first screen, with nothing to go back to.
    property bool firstRun: false
    /// "hub": sign in to the school's server; "classroom": the teacher's laptop on the room's network;
    /// "pack": a pack on a USB stick, no network needed.
    property string way: "hub"
    /// The pack chosen on the USB stick (the "pack" way).
    property url packFile
    readonly property string packPath: decodeURIComponent("" + root.packFile)
    readonly property bool hasPack: root.packPath.length > 0
    readonly property alias hubWayButton: hubWayButton
    readonly property alias classroomWayButton: classroomWayButton
    readonly property alias packWayButton: packWayButton
    readonly property alias classAddressField: classAddressField
    readonly property alias classCodeField: classCodeField
    readonly property alias packButton: packButton
    readonly property alias packs: packs
    readonly property alias drives: drives
    readonly property alias hubField: hubField
    readonly property alias loginField: loginField
    readonly property alias pinField: pinField
    readonly property alias addButton: addButton
    readonly property alias backButton: backButton
    /// What went wrong last, for the person (and tests); empty when nothing did.
    property string message
    readonly property bool busy: SyncController.addingPerson || packs.busy
    // Signing in disables the fields: the keyboard waits on the button that signs in (unavailable meanwhile), not on
    // nothing (issue 18); once it is over, submit's answer puts it on the field to fix.
    // The start is said too (issue 18): the busy words only appear as a label, which Orca does not read out.
    onBusyChanged: {
        if (!root.busy)
            return;
        if (loginField.field.activeFocus || pinField.field.activeFocus || addButton.activeFocus)
            addButton.forceActiveFocus();
        busyAnnouncement.announce(root.busyText());
    }
    /// What the page is doing while busy ("Signing in to the classroom…").
    function busyText(): string {
        return root.way === "pack" ? packs.busyText : root.way === "classroom" ? qsTr("Signing in to the classroom…") : qsTr("Signing in to the school's server…");
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
        root.way = "hub";
        root.message = "";
        (hubField.text.length > 0 ? loginField : hubField).field.forceActiveFocus();
    }

    function setWay(way: string) {
        if (root.busy)
            return;
        root.way = way;
        root.message = "";
        if (way === "pack" && !root.hasPack)
            packButton.forceActiveFocus();
        else if (way === "pack")
            loginField.field.forceActiveFocus();
        else if (way === "classroom")
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
        if (root.way === "pack") {
            root.submitPack();
            return;
        }
        if (root.way === "classroom") {
            root.submitClassroom();
            return;
        }
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

    /// The classroom's URL from the address and code on the teacher's screen, then the same sign-in as with
    /// the school's server (the checks and the URL are LanController's, shared with Échanges).
    function submitClassroom() {
        const problem = classroom.joinProblem(classAddressField.text, classCodeField.text);
        if (problem.length > 0) {
            root.message = problem;
            (classroom.joinUrl(classAddressField.text, "").length === 0 ? classAddressField : classCodeField).field.forceActiveFocus();
            return;
        }
        const error = SyncController.addPerson(classroom.joinUrl(classAddressField.text, classCodeField.text), loginField.text, pinField.text);
        root.message = error;
        if (error.length === 0)
            return;
        (loginField.text.trim().length === 0 ? loginField : pinField).field.forceActiveFocus();
    }

    function submitPack() {
        if (packs.startFromPack(root.packFile, loginField.text, pinField.text)) {
            root.message = "";
            return;
        }
        root.message = packs.error;
        if (!root.hasPack)
            packButton.forceActiveFocus();
        else if (loginField.text.trim().length === 0)
            loginField.field.forceActiveFocus();
        else
            pinField.field.forceActiveFocus();
    }

    function goBack() {
        if (root.busy && root.way === "pack") {
            packs.cancel();
            return;
        }
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
        function onAddPersonFinished(ok: bool, message: string, hubStatus: int) {
            if (ok)
                return; // their space opens
            root.message = root.way === "classroom" ? classroom.joinFailure(classAddressField.text, hubStatus, message) : message;
            // 404: no classroom with this code; -2: what answers is not the computer the code binds (HubFailure).
            if (root.way === "classroom" && (hubStatus === 404 || hubStatus === -2)) {
                classCodeField.field.forceActiveFocus(); // the code is what is wrong
                classCodeField.field.selectAll();
                return;
            }
            if (root.way === "classroom" && hubStatus === 0) {
                classAddressField.field.forceActiveFocus();
                classAddressField.field.selectAll();
                return;
            }
            // The typed PIN is kept, selected: typing again replaces it.
            pinField.field.forceActiveFocus();
            pinField.field.selectAll();
        }
    }

    // Only its checks and URL: this device serves nothing.
    LanController {
        id: classroom
    }
    ExchangesController {
        id: packs
        session: Session
        onFinished: ok => {
            if (ok)
                return; // their space opens
            root.message = packs.error;
            pinField.field.forceActiveFocus();
            pinField.field.selectAll();
        }
    }
    // The USB sticks plugged in, and the packs on them, looked at again every few seconds on the "pack" way.
    UsbDriveModel {
        id: drives
    }
    Timer {
        interval: 3000
        repeat: true
        running: root.visible && root.way === "pack"
        onTriggered: drives.refresh()
    }
    FileDialog {
        id: packDialog
        title: qsTr("Choose the pack your teacher gave you")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("Continuité packs (*.continuite)"), qsTr("All files (*)")]
        onAccepted: {
            root.packFile = selectedFile;
            root.message = "";
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
                    current: root.way === "hub"
                    enabled: !root.busy
                    text: qsTr("With the school's server")
                    Accessible.name: qsTr("Sign in with the school's server (needs a network)")
                    onClicked: root.setWay("hub")
                }
                ChoiceButton {
                    id: classroomWayButton
                    current: root.way === "classroom"
                    enabled: !root.busy
                    text: qsTr("In class, on the room's network")
                    Accessible.name: qsTr("In class: join the classroom your teacher's computer serves on the room's network (no internet needed)")
                    onClicked: root.setWay("classroom")
                }
                ChoiceButton {
                    id: packWayButton
                    current: root.way === "pack"
                    enabled: !root.busy
                    text: qsTr("I have a pack on a USB stick")
                    Accessible.name: qsTr("I have a pack on a USB stick (no network needed)")
                    onClicked: root.setWay("pack")
                }
            }
            Label {
                id: wayExplained
                Layout.fillWidth: true
                // Said when the way changes (issue 18): the keyboard goes on to the first field, past these words.
                onTextChanged: waySaid.announce(text)
                text: root.way === "classroom" ? qsTr("Type the address and the code shown on your teacher's screen, then what is written on your login card. No internet needed: this device syncs with your teacher's computer in class.") : root.way === "pack" ? qsTr("Choose the pack your teacher made for you (your name is on it), then type what is written on your login card. No network needed: your work stays on this device and goes back to your teacher on the stick.") : qsTr("Type what is written on your login card. This first time needs a network; afterwards your work stays on this device and syncs when it can.")
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            // The packs on the sticks plugged in, as big buttons: no file dialog to find one's way in (issue 14).
            Repeater {
                model: root.way === "pack" ? drives : null
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
                                root.message = "";
                                loginField.field.forceActiveFocus();
                            }
                        }
                    }
                }
            }
            RowLayout {
                Layout.fillWidth: true
                visible: root.way === "pack"
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
                    color: root.hasPack ? Theme.text : Theme.textMuted
                    font.bold: root.hasPack
                    elide: Text.ElideMiddle
                }
            }
            SettingsField {
                id: hubField
                Layout.fillWidth: true
                visible: root.way === "hub"
                enabled: !root.busy
                label: qsTr("Address of the school's server")
                placeholderText: qsTr("e.g. http://192.168.1.10:8080")
                inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                onAccepted: loginField.field.forceActiveFocus()
            }
            RowLayout {
                Layout.fillWidth: true
                visible: root.way === "classroom"
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
                    label: root.way !== "hub" ? qsTr("PIN on your card") : qsTr("PIN (teachers: password)")
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
                    text: root.way === "pack" ? qsTr("Add from the pack") : root.way === "classroom" ? qsTr("Join the class and add") : qsTr("Sign in and add")
                    // Unavailable while signing in, never disabled: the keyboard waits here (issue 18, onBusyChanged).
                    available: !root.busy
                    busyText: root.busy ? root.busyText() : ""
                    Accessible.name: root.way === "pack" ? qsTr("Check the PIN with the pack and add this person") : root.way === "classroom" ? qsTr("Sign in to the classroom and add this person") : qsTr("Sign in to the school's server and add this person")
                    onActivated: root.submit()
                }
                BusyIndicator {
                    running: root.busy
                    visible: running
                    implicitWidth: 32
                    implicitHeight: 32
                    Accessible.name: root.way === "pack" ? packs.busyText : qsTr("Signing in…")
                }
                ProgressBar {
                    Layout.preferredWidth: 120
                    visible: root.busy && root.way === "pack"
                    from: 0
                    to: 1
                    value: packs.progress
                    Accessible.name: packs.busyText
                }
                Label {
                    Layout.fillWidth: true
                    visible: root.busy
                    text: root.busyText()
                    color: Theme.textMuted
                    wrapMode: Text.Wrap
                }
                Item {
                    Layout.fillWidth: !root.busy
                }
                PrimaryButton {
                    id: backButton
                    visible: !root.firstRun || (root.busy && root.way === "pack")
                    secondary: true
                    text: root.busy ? qsTr("Stop") : qsTr("Back")
                    Accessible.name: root.busy ? (root.way === "pack" ? qsTr("Stop: nobody is added") : qsTr("Stop signing in and go back to the profile cards")) : qsTr("Back to the profile cards")
                    onClicked: root.goBack()
                }
            }
            ErrorBanner {
                Layout.fillWidth: true
                text: root.message
            }
            Label {
                Layout.fillWidth: true
                visible: root.firstRun && root.way !== "classroom" // in class, the teacher is there to ask
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
