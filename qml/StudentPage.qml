// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Continuite

// One student's page, opened from a line of the continuity board: their last contact and through what, the
// lessons they opened or finished, the work they handed in (which opens in Review), and what to do for them:
// a new PIN for a lost card, a pack on a USB stick. Escape goes back to the board.
// No "pragma ComponentBehavior: Bound" here: Qt 6.4 then fails to make section delegates (as WorkList).
FocusScope {
    id: root

    objectName: "studentPage"

    required property string classId
    property string studentId
    property string name
    property string login
    property int level: WorkStates.OnTrack // WorkStates.Standing
    property string levelText
    property string lastSyncDetail
    property string lessonsText
    property string workText
    readonly property alias work: work
    readonly property alias list: list
    /// The PIN just made for a lost card, shown once.
    property string newPin

    signal back
    signal openReview(string assignmentId)
    signal openExchanges

    function giveNewPin(): bool {
        const row = roster.indexOfLogin(root.login);
        if (row < 0 || !roster.resetPin(row))
            return false;
        root.newPin = roster.pinAt(roster.indexOfLogin(root.login));
        // Shown below the buttons; said now, digit by digit, for a teacher who uses a screen reader (issue 18).
        pinSaid.announce(qsTr("New PIN for %1: %2. Write it on their card, or print the cards in Classes & roster before you leave.")
                         .arg(root.name).arg(root.newPin.split("").join(" ")));
        return root.newPin.length > 0;
    }

    onStudentIdChanged: root.newPin = ""
    Keys.onEscapePressed: root.back()

    StudentWorkModel {
        id: work
        session: Session
        classId: root.classId
        studentId: root.studentId
    }
    RosterModel {
        id: roster
        session: Session
        classId: root.classId
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            PrimaryButton {
                objectName: "backToBoard"
                secondary: true
                text: qsTr("‹ Board")
                Accessible.name: qsTr("Back to the continuity board")
                onClicked: root.back()
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                Label {
                    Layout.fillWidth: true
                    text: root.name
                    textFormat: Text.PlainText
                    font.pixelSize: Theme.fontHeading
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Login code: %1").arg(root.login)
                    textFormat: Text.PlainText
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                }
            }
        }

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: summary.implicitHeight + 20
            radius: Theme.radius
            color: Theme.standingSurface(root.level)
            border.color: Theme.border
            ColumnLayout {
                id: summary
                anchors.fill: parent
                anchors.margins: 10
                spacing: 4
                Label {
                    objectName: "studentLevel"
                    Layout.fillWidth: true
                    text: root.levelText
                    textFormat: Text.PlainText
                    color: root.level === WorkStates.Silent || root.level === WorkStates.Behind ? Theme.standingColour(root.level) : Theme.text
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                Label {
                    objectName: "studentContact"
                    Layout.fillWidth: true
                    text: root.lastSyncDetail
                    textFormat: Text.PlainText
                    color: Theme.text
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Lessons: %1 · Work: %2").arg(root.lessonsText).arg(root.workText)
                    textFormat: Text.PlainText
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.Wrap
                }
            }
        }

        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            PrimaryButton {
                objectName: "newPinButton"
                secondary: true
                text: qsTr("New PIN (lost card)")
                Accessible.name: qsTr("Give %1 a new PIN: the old card no longer opens").arg(root.name)
                onClicked: root.giveNewPin()
            }
            PrimaryButton {
                objectName: "packButton"
                secondary: true
                text: qsTr("Pack on a USB stick…")
                Accessible.name: qsTr("Make a pack on a USB stick for a student without internet")
                onClicked: root.openExchanges()
            }
        }
        Announcement {
            id: pinSaid
            objectName: "pinAnnouncement"
        }
        Label {
            objectName: "newPinText"
            Layout.fillWidth: true
            visible: root.newPin.length > 0
            text: qsTr("New PIN for %1: %2. Write it on their card, or print the cards in Classes & roster before you leave.").arg(root.name).arg(root.newPin)
            textFormat: Text.PlainText
            color: Theme.success
            font.bold: true
            wrapMode: Text.Wrap
        }

        ListView {
            id: list
            objectName: "studentWork"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 4
            model: work
            focus: true
            keyNavigationEnabled: true
            activeFocusOnTab: true
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Lessons and work of %1").arg(root.name)
            ScrollBar.vertical: ScrollBar {
                policy: list.contentHeight > list.height ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded
            }
            function openCurrent() {
                const row = list.currentItem as StudentWorkRow;
                if (row)
                    row.open();
            }
            Keys.onReturnPressed: list.openCurrent()
            Keys.onEnterPressed: list.openCurrent()
            section.property: "section"
            section.delegate: Label {
                required property string section
                topPadding: 6
                text: section
                textFormat: Text.PlainText
                color: Theme.textMuted
                font.bold: true
                font.pixelSize: Theme.fontSmall + 1
                font.capitalization: Font.AllUppercase
                Accessible.role: Accessible.Heading
                Accessible.name: section
            }
            delegate: StudentWorkRow {
                width: ListView.view.width - 14
                current: ListView.isCurrentItem && ListView.view.activeFocus
                onOpenReview: assignmentId => root.openReview(assignmentId)
            }
        }
    }
}
