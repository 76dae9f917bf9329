// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Dialogs
import QtQuick.Layouts
import Continuite

// Roads without internet: packs on a USB stick (export, import, and what moved), and the classroom on the
// room's network — a teacher serves a class, a student joins it with the address and code on the board.
// Escape goes back.
FocusScope {
    id: root

    /// What Main says when this page opens (a screen reader hears the page's title, not only the control focused).
    readonly property string spokenTitle: qsTr("Exchanges without internet")

    objectName: "exchanges"

    readonly property bool teacher: Session.currentIsTeacher
    readonly property alias exchanges: exchanges
    readonly property alias lan: lan
    readonly property alias classBox: classBox
    readonly property alias whoBox: whoBox
    readonly property alias exportButton: exportButton
    readonly property alias drives: drives
    readonly property alias importButton: importButton
    readonly property alias confirmDeviceButton: confirmDeviceButton
    readonly property alias serveButton: serveButton
    readonly property alias addressField: addressField
    readonly property alias codeField: codeField
    readonly property alias pinField: pinField
    readonly property alias joinButton: joinButton
    /// What the last join attempt said (for the person and tests): "" or a sentence.
    property string joinMessage
    property bool joinMessageIsError: false

    signal back

    /// The class chosen in the box ("" when there is none).
    function selectedClass(): string {
        return classBox.currentIndex >= 0 && classBox.currentIndex < exchanges.classIds.length ? exchanges.classIds[classBox.currentIndex] : "";
    }
    /// The student chosen for a one-student pack ("" for the whole class).
    function selectedStudent(): string {
        const logins = exchanges.studentLogins(root.selectedClass());
        return whoBox.currentIndex > 0 && whoBox.currentIndex - 1 < logins.length ? logins[whoBox.currentIndex - 1] : "";
    }
    function exportTo(file: url): bool {
        return exchanges.exportPack(file, root.selectedClass(), root.teacher ? root.selectedStudent() : "");
    }
    function importFrom(file: url): bool {
        return exchanges.importPack(file);
    }
    function chooseExport() {
        if (root.teacher && root.selectedClass().length === 0) {
            exchanges.clear();
            return;
        }
        saveDialog.selectedFile = "file:" + exchanges.suggestedFileName(root.selectedClass(), root.selectedStudent());
        saveDialog.open();
    }
    /// Writes the pack (or the pupil's work) straight onto the USB stick at @p row of the drives found.
    function exportToDrive(row: int): bool {
        if (root.teacher && root.selectedClass().length === 0)
            return false;
        return root.exportTo(drives.fileUrl(row, exchanges.suggestedFileName(root.selectedClass(), root.teacher ? root.selectedStudent() : "")));
    }
    function toggleServing() {
        if (lan.serving)
            lan.stop();
        else
            lan.start(root.selectedClass());
    }
    function joinClassroom() {
        root.joinMessage = ""; // the same words again are then said again (StatusMessage)
        // The same checks and URL as joining from the first screen (AddPersonPage): LanController's.
        const problem = lan.joinProblem(addressField.text, codeField.text);
        if (problem.length > 0) {
            root.joinMessageIsError = true;
            root.joinMessage = problem;
            (lan.joinUrl(addressField.text, "").length === 0 ? addressField : codeField).field.forceActiveFocus();
            return;
        }
        const url = lan.joinUrl(addressField.text, codeField.text);
        if (pinField.text.length === 0) {
            root.joinMessageIsError = true;
            root.joinMessage = qsTr("Type the PIN on your card.");
            pinField.field.forceActiveFocus();
            return;
        }
        root.joinMessage = "";
        HubSignIn.connectToHub(url, pinField.text);
    }

    Component.onCompleted: backButton.forceActiveFocus()
    Keys.onEscapePressed: root.back()
    Keys.onBackPressed: root.back()

    ExchangesController {
        id: exchanges
        session: Session
    }
    LanController {
        id: lan
        session: Session
    }
    // The classroom's address and code are on the screen for the class to copy; a teacher who uses a screen reader
    // hears them when the classroom opens, and hears each pupil who connects or hands in (issue 18).
    readonly property string classroomCounts: qsTr("%n student(s) connected", "", lan.studentsSignedIn) + " · "
                                              + qsTr("%n piece(s) of work received", "", lan.workReceived)
    Connections {
        target: lan
        function onServingChanged() {
            classroomSaid.announce(lan.serving ? qsTr("Classroom open. Students type the address %1 and the code %2.")
                                                 .arg(lan.address).arg(lan.joinCode.split("").join(" "))
                                               : qsTr("Classroom closed."));
        }
        function onCountsChanged() {
            if (lan.studentsSignedIn > 0 || lan.workReceived > 0) // not the zeros of a classroom just opened
                classroomSaid.announce(root.classroomCounts);
        }
    }
    Announcement {
        id: classroomSaid
        objectName: "classroomAnnouncement"
    }
    // A pack being written or read is said as it starts (its summary says the end): the busy row is only drawn.
    Connections {
        target: exchanges
        function onBusyChanged() {
            if (exchanges.busy)
                packBusySaid.announce(exchanges.busyText);
        }
    }
    Announcement {
        id: packBusySaid
        objectName: "packBusyAnnouncement"
    }
    Connections {
        target: HubSignIn
        function onConnectFinished(ok: bool, message: string) {
            root.joinMessageIsError = !ok;
            root.joinMessage = ok ? qsTr("You are in the classroom: your lessons come and your work goes with no internet.") : message;
            if (ok)
                pinField.text = "";
        }
    }

    // The USB sticks plugged in, looked at again every few seconds while the page is open.
    UsbDriveModel {
        id: drives
    }
    Timer {
        interval: 3000
        repeat: true
        running: root.visible
        onTriggered: drives.refresh()
    }
    FileDialog {
        id: saveDialog
        title: root.teacher ? qsTr("Write the pack for the class") : qsTr("Write my work for my teacher")
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("Continuité packs (*.continuite)")]
        defaultSuffix: "continuite"
        onAccepted: root.exportTo(selectedFile)
    }
    FileDialog {
        id: openDialog
        title: qsTr("Choose a pack to import")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("Continuité packs (*.continuite)"), qsTr("All files (*)")]
        onAccepted: root.importFrom(selectedFile)
    }

    Flickable {
        id: flick
        objectName: "exchangesScroll"
        anchors.fill: parent
        contentHeight: page.implicitHeight + 2 * Theme.margin
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: PageScrollBar {}

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
                    objectName: "exchangesBack"
                    secondary: true
                    text: qsTr("← Back")
                    // A teacher comes here from any of her pages, not from lessons of her own.
                    Accessible.name: root.teacher ? qsTr("Back to the page you were on") : qsTr("Back to my lessons")
                    onClicked: root.back()
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Exchanges without internet")
                    font.pixelSize: Theme.fontHeading
                    font.bold: true
                    color: Theme.text
                    elide: Text.ElideRight
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing

                SettingsSection {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    title: qsTr("USB stick")
                    description: root.teacher ? qsTr("Write the class's lessons and assignments for households with no internet; import the work they bring back.") : qsTr("Write your work for your teacher; import the pack your teacher gave you.")

                    Label {
                        visible: root.teacher || exchanges.classIds.length > 1
                        text: qsTr("Class")
                        font.pixelSize: Theme.fontSmall
                        font.bold: true
                        color: Theme.text
                        Accessible.ignored: true
                    }
                    ChoiceBox {
                        id: classBox
                        Layout.fillWidth: true
                        visible: root.teacher || exchanges.classIds.length > 1
                        model: exchanges.classNames
                        activeFocusOnTab: true
                        Accessible.name: qsTr("Class of the pack")
                        onCurrentIndexChanged: whoBox.currentIndex = 0
                    }
                    Label {
                        visible: root.teacher
                        text: qsTr("For")
                        font.pixelSize: Theme.fontSmall
                        font.bold: true
                        color: Theme.text
                        Accessible.ignored: true
                    }
                    ChoiceBox {
                        id: whoBox
                        Layout.fillWidth: true
                        visible: root.teacher
                        model: [qsTr("The whole class"), ...exchanges.studentNames(root.selectedClass())]
                        activeFocusOnTab: true
                        Accessible.name: qsTr("Who the pack is for: the whole class or one student")
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: root.teacher && whoBox.currentIndex === 0
                        text: qsTr("A student starting on a new device with no internet needs a pack made for them (choose their name): only it can check the PIN on their card.")
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.Wrap
                    }
                    // One big button per stick: no file dialog to find one's way in (issue 14).
                    Repeater {
                        model: drives
                        delegate: PrimaryButton {
                            required property int index
                            required property string name
                            required property string freeText
                            objectName: "driveButton" + index
                            Layout.fillWidth: true
                            // Unavailable, never disabled: a disabled button drops the keyboard on nothing (issue 18).
                            available: !exchanges.busy && (!root.teacher || exchanges.classIds.length > 0)
                            busyText: exchanges.busy ? exchanges.busyText : ""
                            text: (root.teacher ? qsTr("Write the pack on %1") : qsTr("Put my work on %1")).arg(name)
                            Accessible.name: (root.teacher ? qsTr("Write the pack on the USB stick %1 (%2)") : qsTr("Put my work on the USB stick %1 (%2)")).arg(name).arg(freeText)
                            onActivated: root.exportToDrive(index)
                        }
                    }
                    Label {
                        objectName: "noDrive"
                        Layout.fillWidth: true
                        visible: drives.count === 0
                        text: root.teacher ? qsTr("Plug in a USB stick: it shows here as a button.") : qsTr("Plug in your USB stick: it shows here as a button.")
                        textFormat: Text.PlainText
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.Wrap
                    }
                    Flow {
                        Layout.fillWidth: true
                        spacing: Theme.spacing
                        PrimaryButton {
                            id: exportButton
                            secondary: drives.count > 0 // the file dialog is the fallback once a stick is there
                            text: drives.count > 0 ? qsTr("Elsewhere…") : root.teacher ? qsTr("Write a pack…") : qsTr("Write my work…")
                            available: !exchanges.busy && (!root.teacher || exchanges.classIds.length > 0)
                            busyText: exchanges.busy ? exchanges.busyText : ""
                            Accessible.name: root.teacher ? qsTr("Write a pack of the class on a USB stick") : qsTr("Write my work on a USB stick for my teacher")
                            onActivated: root.chooseExport()
                        }
                        PrimaryButton {
                            id: importButton
                            secondary: true
                            text: qsTr("Import a pack…")
                            available: !exchanges.busy
                            busyText: exchanges.busy ? exchanges.busyText : ""
                            Accessible.name: qsTr("Import a pack from a USB stick")
                            onActivated: openDialog.open()
                        }
                    }
                    // A year of a class takes seconds: the window goes on, and the person may stop.
                    Label {
                        Layout.fillWidth: true
                        visible: exchanges.busy
                        text: exchanges.busyText
                        textFormat: Text.PlainText
                        color: Theme.textMuted
                        wrapMode: Text.Wrap
                    }
                    RowLayout {
                        objectName: "packBusy"
                        Layout.fillWidth: true
                        visible: exchanges.busy
                        spacing: Theme.spacing
                        BusyIndicator {
                            running: exchanges.busy
                            implicitWidth: 32
                            implicitHeight: 32
                            Accessible.name: exchanges.busyText
                        }
                        ProgressBar {
                            objectName: "packProgress"
                            Layout.fillWidth: true
                            from: 0
                            to: 1
                            value: exchanges.progress
                            Accessible.name: exchanges.busyText
                        }
                        PrimaryButton {
                            id: stopButton
                            secondary: true
                            text: qsTr("Stop")
                            Accessible.name: qsTr("Stop writing or reading the pack: nothing is changed")
                            onClicked: exchanges.cancel()
                        }
                    }

                    Rectangle {
                        id: summary
                        objectName: "summary"
                        Layout.fillWidth: true
                        visible: exchanges.direction.length > 0 && !exchanges.busy
                        implicitHeight: summaryColumn.implicitHeight + 20
                        radius: Theme.radius
                        color: exchanges.error.length > 0 ? Theme.errorSurface : exchanges.direction === "in" ? Theme.successSurface : Theme.infoSurface
                        border.color: exchanges.error.length > 0 ? Theme.error : Theme.border
                        Accessible.role: exchanges.error.length > 0 ? Accessible.AlertMessage : Accessible.StaticText
                        Accessible.name: [exchanges.summaryTitle, exchanges.error, ...exchanges.summaryLines].join(" ")

                        // What moved (or why not) is said as it appears, wherever the keyboard is; and when the
                        // pack waits for the person's word, which button gives it (the keyboard stays put: an
                        // Enter too many must not let in a pack that may be forged).
                        Announcement {
                            objectName: "summaryAnnouncement"
                            text: !summary.visible ? "" : exchanges.confirmNeeded ? summary.Accessible.name + " " + qsTr("If it really is their device, press the button “%1”.").arg(confirmDeviceButton.text) : summary.Accessible.name
                        }
                        ColumnLayout {
                            id: summaryColumn
                            anchors.left: parent.left
                            anchors.right: parent.right
                            anchors.top: parent.top
                            anchors.margins: 10
                            spacing: 4
                            Label {
                                Layout.fillWidth: true
                                text: (exchanges.error.length > 0 ? "⚠ " : exchanges.direction === "in" ? "⬇ " : "⬆ ") + exchanges.summaryTitle
                                textFormat: Text.PlainText
                                font.bold: true
                                color: exchanges.error.length > 0 ? Theme.error : Theme.text
                                wrapMode: Text.Wrap
                            }
                            Label {
                                Layout.fillWidth: true
                                visible: exchanges.error.length > 0
                                text: exchanges.error
                                textFormat: Text.PlainText
                                color: Theme.error
                                wrapMode: Text.Wrap
                            }
                            // A pack from a device never seen here, of someone this device knows: only the person's word
                            // that it is really theirs lets it in (otherwise it may be forged).
                            PrimaryButton {
                                id: confirmDeviceButton
                                objectName: "confirmDeviceButton"
                                visible: exchanges.confirmNeeded
                                text: qsTr("It really is their device: import")
                                Accessible.name: qsTr("Confirm that this new device is really theirs, and import the pack")
                                onClicked: exchanges.confirmNewDevice()
                            }
                            Repeater {
                                model: exchanges.summaryLines
                                delegate: Label {
                                    required property string modelData
                                    Layout.fillWidth: true
                                    text: "• " + modelData
                                    textFormat: Text.PlainText
                                    color: Theme.text
                                    font.pixelSize: Theme.fontSmall
                                    wrapMode: Text.Wrap
                                }
                            }
                        }
                    }
                }

                SettingsSection {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    title: qsTr("Classroom without internet")
                    description: root.teacher ? (lan.serving ? qsTr("Students type this address and code (or scan the code). Leaving this page closes the classroom.") : qsTr("Serve the class on this room's network: students sync with this computer, and their work goes to the school's hub at your next sync.")) : qsTr("In class, type the address and code shown on your teacher's screen, then the PIN on your card.")

                    PrimaryButton {
                        id: serveButton
                        visible: root.teacher
                        enabled: lan.serving || exchanges.classIds.length > 0
                        text: lan.serving ? qsTr("Close the classroom") : qsTr("Open the classroom")
                        Accessible.name: lan.serving ? qsTr("Close the classroom: students can no longer sync here") : qsTr("Open the classroom for the chosen class on this room's network")
                        onClicked: root.toggleServing()
                    }
                    GridLayout {
                        Layout.fillWidth: true
                        visible: root.teacher && lan.serving
                        columnSpacing: Theme.spacing
                        rowSpacing: Theme.spacing
                        // The words take what the QR code leaves: the code's letters shrink rather than push the QR
                        // code out of the window (a cut QR code cannot be scanned; review-app19 finding 13). At very
                        // large text the QR code goes under them: beside it, the code the pupils type ran under the QR
                        // code (walk t10).
                        columns: Theme.largeText ? 1 : 2
                        ColumnLayout {
                            Layout.fillWidth: true
                            Layout.preferredWidth: 0
                            Layout.minimumWidth: 0
                            spacing: 2
                            Label {
                                text: qsTr("Address")
                                font.pixelSize: Theme.fontSmall
                                color: Theme.textMuted
                            }
                            Label {
                                objectName: "lanAddress"
                                Layout.fillWidth: true
                                wrapMode: Text.WrapAnywhere
                                text: lan.address
                                textFormat: Text.PlainText
                                font.pixelSize: Theme.fontTitle
                                font.bold: true
                                color: Theme.text
                                Accessible.role: Accessible.StaticText
                                Accessible.name: qsTr("Address: %1").arg(lan.address)
                            }
                            Label {
                                text: qsTr("Code")
                                font.pixelSize: Theme.fontSmall
                                color: Theme.textMuted
                            }
                            Label {
                                objectName: "lanCode"
                                Layout.fillWidth: true
                                text: lan.joinCode
                                textFormat: Text.PlainText
                                fontSizeMode: Text.HorizontalFit
                                minimumPixelSize: Theme.fontBody
                                font.pixelSize: Theme.fontHeading + 6
                                font.bold: true
                                font.letterSpacing: 4
                                color: Theme.primary
                                Accessible.role: Accessible.StaticText
                                Accessible.name: qsTr("Code: %1").arg(lan.joinCode.split("").join(" "))
                            }
                            Label {
                                Layout.fillWidth: true
                                objectName: "lanCounts"
                                text: root.classroomCounts
                                textFormat: Text.PlainText
                                color: Theme.success
                                font.bold: true
                                wrapMode: Text.Wrap
                                Accessible.role: Accessible.StaticText
                                Accessible.name: text
                            }
                        }
                        QrCode {
                            objectName: "lanQr"
                            text: lan.url
                            color: Theme.text
                            Layout.preferredWidth: 150
                            Layout.preferredHeight: 150
                            Accessible.role: Accessible.Graphic
                            Accessible.name: qsTr("QR code of the classroom's address")
                        }
                    }

                    SettingsField {
                        id: addressField
                        Layout.fillWidth: true
                        visible: !root.teacher
                        label: qsTr("Address")
                        placeholderText: qsTr("e.g. 192.168.1.10:8765")
                        inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
                        onAccepted: codeField.field.forceActiveFocus()
                    }
                    SettingsField {
                        id: codeField
                        Layout.fillWidth: true
                        visible: !root.teacher
                        label: qsTr("Code")
                        placeholderText: qsTr("14 letters and digits")
                        inputMethodHints: Qt.ImhUppercaseOnly | Qt.ImhNoPredictiveText
                        onAccepted: pinField.field.forceActiveFocus()
                    }
                    SettingsField {
                        id: pinField
                        Layout.fillWidth: true
                        visible: !root.teacher
                        secret: true
                        owner: Session.currentName
                        label: qsTr("The PIN on your card")
                        inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData
                        onAccepted: root.joinClassroom()
                    }
                    RowLayout {
                        visible: !root.teacher
                        PrimaryButton {
                            id: joinButton
                            objectName: "joinButton"
                            text: qsTr("Join the classroom")
                            // Unavailable, never disabled, while it signs in: the keyboard stays on it (issue 18).
                            available: !HubSignIn.connecting
                            busyText: HubSignIn.connecting ? qsTr("Connecting…") : ""
                            Accessible.name: qsTr("Join the classroom with this address and code")
                            onActivated: root.joinClassroom()
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
                        objectName: "joinMessageLabel"
                        Layout.fillWidth: true
                        message: root.teacher ? "" : root.joinMessage
                        error: root.joinMessageIsError
                        font.pixelSize: Theme.fontSmall
                    }
                    ErrorBanner {
                        Layout.fillWidth: true
                        text: root.teacher ? lan.error : ""
                    }
                }
            }
        }
    }
}
