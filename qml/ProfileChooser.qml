// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Continuite

// "Who is working today?": a card for each person on this device, then their PIN or password.
// Keyboard: arrows move between cards, Enter chooses, Enter again opens, Escape goes back to the cards.
// "Add a person on this device" (Tab after the cards) signs a newcomer in with their login card; on a
// device with nobody yet, that is the first screen.
FocusScope {
    id: root

    /// What Main says when this page opens (a screen reader hears the page's title, not only the control focused).
    readonly property string spokenTitle: root.adding ? qsTr("Add a person on this device") : qsTr("Who is working today?")

    objectName: "profiles"

    property string selectedLogin: ""
    property string selectedName: ""
    property bool selectedIsTeacher: false
    readonly property alias profiles: profileModel
    readonly property alias grid: grid
    readonly property alias secretEntry: secretEntry
    readonly property alias addPersonButton: addPersonButton
    readonly property alias addPersonPage: addPersonPage
    /// True while the add-a-person page shows (always when nobody is on this device yet).
    readonly property bool adding: root.addingPerson || root.firstRun
    /// Nobody on this device yet, once the page is made: while it is being made, its list of people is not read yet and
    /// counts nobody, and that passing "first run" put the keyboard in the add-person page's server field, which Orca
    /// said on the way back to the cards ("Adresse du serveur de l'école, texte", heard in session 19; issue 18).
    readonly property bool firstRun: root.made && Session.ready && profileModel.count === 0
    property bool made: false
    property bool addingPerson: false
    signal unlocked

    /// Shows the page that brings a person in from their login card.
    function addPerson() {
        root.selectedLogin = "";
        Session.clearError();
        root.addingPerson = true;
        addPersonPage.start();
    }
    function closeAddPerson() {
        root.addingPerson = false;
        grid.forceActiveFocus();
    }
    onFirstRunChanged: {
        if (root.firstRun)
            addPersonPage.start();
        else if (!root.addingPerson)
            grid.forceActiveFocus();
    }
    // A first run starts the add-person page (onFirstRunChanged); otherwise the cards take the keyboard, as the page
    // comes back on "Changer de personne" (the stack does not give it to them).
    Component.onCompleted: {
        root.made = true;
        if (!root.firstRun)
            grid.forceActiveFocus();
    }

    /// Chooses the card of @p login and asks for their PIN or password.
    function choose(login: string) {
        const row = profileModel.indexOf(login);
        if (row < 0)
            return;
        grid.currentIndex = row;
        root.selectedLogin = login;
        root.selectedName = profileModel.displayNameAt(row);
        root.selectedIsTeacher = profileModel.isTeacherAt(row);
        Session.clearError();
        secretEntry.clear();
        secretEntry.focusField();
    }
    /// Opens the chosen person's space if @p secret is right; otherwise shows why not.
    function submit(secret: string): bool {
        const ok = Session.unlock(root.selectedLogin, secret);
        if (ok)
            root.unlocked();
        else
            secretEntry.clear();
        return ok;
    }
    function cancel() {
        root.selectedLogin = "";
        Session.clearError();
        grid.forceActiveFocus();
    }

    ProfileModel {
        id: profileModel
        session: Session
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin * 1.5
        spacing: Theme.spacing
        visible: !root.adding

        Label {
            text: qsTr("Continuité")
            color: Theme.primary
            font.pixelSize: Theme.fontTitle
            font.bold: true
        }
        Label {
            text: qsTr("Who is working today?")
            color: Theme.text
            font.pixelSize: Theme.fontHeading + 4
            font.bold: true
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Choose your card, then type your PIN. Teachers type their password.")
            color: Theme.textMuted
            wrapMode: Text.Wrap
        }

        GridView {
            id: grid
            objectName: "profileGrid"

            readonly property int columns: Math.max(1, Math.floor(parent.width / cellWidth))
            Layout.topMargin: Theme.spacing
            Layout.preferredWidth: Math.min(count, columns) * cellWidth
            Layout.preferredHeight: Math.min(Math.ceil(count / columns), 2) * cellHeight
            Layout.alignment: Qt.AlignHCenter
            visible: count > 0
            focus: true
            clip: true
            model: profileModel
            cellWidth: 212
            // Room for a name on two lines at large text.
            cellHeight: Theme.largeText ? 212 : 172
            keyNavigationEnabled: true
            activeFocusOnTab: true
            Accessible.role: Accessible.List
            Accessible.name: qsTr("People on this device")
            Keys.onReturnPressed: root.choose(profileModel.loginAt(currentIndex))
            Keys.onEnterPressed: root.choose(profileModel.loginAt(currentIndex))
            Keys.onSpacePressed: root.choose(profileModel.loginAt(currentIndex))

            delegate: ProfileCard {
                // All of one height, whether a name takes one line or two.
                height: Math.max(implicitHeight, grid.cellHeight - 12)
                selected: root.selectedLogin === login
                current: GridView.isCurrentItem && grid.activeFocus
                onClicked: root.choose(login)
            }
        }

        PrimaryButton {
            id: addPersonButton
            objectName: "addPersonButton"
            Layout.alignment: Qt.AlignHCenter
            visible: !secretEntry.visible && Session.ready
            secondary: true
            text: qsTr("+ Add a person on this device")
            Accessible.name: qsTr("Add a person on this device, with their login card")
            onClicked: root.addPerson()
        }

        SecretEntry {
            id: secretEntry
            Layout.fillWidth: true
            Layout.maximumWidth: 760
            Layout.alignment: Qt.AlignHCenter
            visible: root.selectedLogin.length > 0
            personName: root.selectedName
            isTeacher: root.selectedIsTeacher
            error: Session.error
            onSubmitted: secret => root.submit(secret)
            onCancelled: root.cancel()
        }

        ErrorBanner {
            Layout.fillWidth: true
            visible: !secretEntry.visible && Session.error.length > 0
            text: Session.error
        }

        Item {
            Layout.fillHeight: true
        }
    }

    // Over the cards' place, with the app's title above it.
    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin * 1.5
        spacing: Theme.spacing
        visible: root.adding

        Label {
            text: qsTr("Continuité")
            color: Theme.primary
            font.pixelSize: Theme.fontTitle
            font.bold: true
        }
        AddPersonPage {
            id: addPersonPage
            Layout.fillWidth: true
            Layout.fillHeight: true
            firstRun: root.firstRun
            onBack: root.closeAddPerson()
        }
    }
}
