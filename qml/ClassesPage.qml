// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Dialogs
import QtQuick.Layouts
import Continuite

// Classes and roster: make a class, add its students (each gets a login code and a PIN, shown once),
// give a new PIN for a lost card, print the login cards as a PDF, take a student off the roster (after a
// question; their work stays for review).
FocusScope {
    id: root

    objectName: "classesPage"

    required property string classId
    readonly property alias roster: roster
    readonly property alias classes: classes
    readonly property alias list: list
    readonly property alias studentField: studentField
    readonly property alias classField: classField
    readonly property alias removeDialog: removeDialog
    /// Where the cards were last saved, shown to the teacher.
    property string printedPath
    signal classCreated(string classId)

    function createClass() {
        const id = classes.createClass(classField.text);
        if (id.length > 0) {
            classField.clear();
            root.classCreated(id);
            studentField.forceActiveFocus();
        }
    }
    function addStudent() {
        const row = roster.addStudent(studentField.text);
        if (row >= 0) {
            studentField.clear();
            list.currentIndex = row;
            list.positionViewAtIndex(row, ListView.Contain);
            // The card is shown on the row; a screen reader's user hears it now, spelt (issue 18).
            cardSaid.announce(qsTr("%1 added: login code %2, PIN %3. A PIN is shown only once: print the cards before you leave this page.")
                              .arg(roster.nameAt(row)).arg(root.spelt(roster.loginAt(row))).arg(root.spelt(roster.pinAt(row))));
        }
    }
    /// Gives the student at @p row a new PIN (a lost card), and says it.
    function giveNewPin(row: int) {
        const memberId = roster.memberIdAt(row);
        if (!roster.resetPin(row))
            return;
        const now = roster.indexOfMember(memberId);
        cardSaid.announce(qsTr("New PIN for %1: %2. Print the card before you leave this page.")
                          .arg(roster.nameAt(now)).arg(root.spelt(roster.pinAt(now))));
    }
    /// "K7PQ2M" as "K 7 P Q 2 M": a screen reader spells a code instead of reading it as a word.
    function spelt(code: string): string {
        return code.split("").join(" ");
    }
    /// Asks before taking the student at @p row off the roster.
    function askToRemove(row: int) {
        const memberId = roster.memberIdAt(row);
        if (memberId.length === 0)
            return;
        removeDialog.memberId = memberId;
        removeDialog.studentName = roster.nameAt(row);
        removeDialog.open();
    }
    /// Takes the student off the roster once the teacher said so (found again by id: a sync may have
    /// reordered the list meanwhile).
    function removeStudent(memberId: string): bool {
        const ok = roster.removeStudent(roster.indexOfMember(memberId));
        if (ok)
            list.currentIndex = Math.min(list.currentIndex, roster.count - 1);
        return ok;
    }
    function printCardsTo(file: url): bool {
        const ok = roster.printCards(file);
        root.printedPath = ok ? roster.lastPrinted() : "";
        return ok;
    }

    ClassModel {
        id: classes
        session: Session
    }
    RosterModel {
        id: roster
        session: Session
        classId: root.classId
    }
    ConfirmDialog {
        id: removeDialog
        objectName: "removeDialog"
        property string memberId
        property string studentName
        title: qsTr("Remove %1 from %2?").arg(removeDialog.studentName).arg(roster.className)
        message: qsTr("%1 will no longer get this class's lessons and assignments, and their card will no longer sign in to it. The work they handed in stays, for you to review.").arg(removeDialog.studentName)
        confirmText: qsTr("Remove from the class")
        onAccepted: root.removeStudent(removeDialog.memberId)
        onClosed: list.forceActiveFocus()
    }
    FileDialog {
        id: cardsDialog
        title: qsTr("Save the login cards")
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("PDF documents (*.pdf)")]
        defaultSuffix: "pdf"
        onAccepted: root.printCardsTo(selectedFile)
    }

    /// Scrolls the page so that the roster is in view whole (at "Très grande" the page scrolls).
    function showList() {
        pageScroll.contentY = Math.max(0, Math.min(list.y + list.height - pageScroll.height, list.y));
    }

    // At "Très grande" on 1024×600 the fields were squeezed beside their buttons ("Préno…", review-app22 F6) and the
    // roster showed one row and a third: the fields get their own line, the roster keeps two rows' height at least,
    // and the page scrolls when it does not fit (as the board does).
    Flickable {
        id: pageScroll
        objectName: "rosterScroll"
        anchors.fill: parent
        anchors.margins: Theme.margin
        // The page's scroll bar in its right margin: the rows keep their width.
        anchors.rightMargin: pageScroll.interactive ? Theme.margin - 14 : Theme.margin
        contentWidth: width
        contentHeight: Math.max(height, pageColumn.implicitHeight)
        interactive: contentHeight > height + 0.5
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        ScrollBar.vertical: PageScrollBar {
            visible: pageScroll.interactive
        }

    ColumnLayout {
        id: pageColumn
        width: pageScroll.width - (pageScroll.interactive ? 14 : 0)
        height: pageScroll.contentHeight
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Label {
                Layout.fillWidth: true
                text: roster.className.length > 0 ? roster.className : qsTr("Classes and roster")
                textFormat: Text.PlainText
                font.pixelSize: Theme.fontHeading
                font.bold: true
                color: Theme.text
                elide: Text.ElideRight
            }
            Label {
                visible: root.classId.length > 0
                text: qsTr("%n student(s)", "", roster.count)
                textFormat: Text.PlainText
                color: Theme.textMuted
            }
        }

        ErrorBanner {
            Layout.fillWidth: true
            text: classes.error.length > 0 ? classes.error : roster.error
        }

        // The name on its own line at very large text, its buttons under it.
        GridLayout {
            Layout.fillWidth: true
            columns: Theme.largeText ? 2 : 3
            columnSpacing: Theme.spacing
            rowSpacing: 8
            visible: root.classId.length > 0
            FormField {
                id: studentField
                objectName: "studentField"
                Layout.fillWidth: true
                Layout.columnSpan: Theme.largeText ? 2 : 1
                placeholderText: qsTr("First and last name of a student")
                Accessible.name: qsTr("Name of the student to add")
                maximumLength: 100
                onAccepted: root.addStudent()
                KeyNavigation.down: list
            }
            PrimaryButton {
                Layout.alignment: Qt.AlignLeft
                text: qsTr("Add the student")
                enabled: studentField.text.trim().length > 0
                onClicked: root.addStudent()
            }
            PrimaryButton {
                objectName: "printCards"
                secondary: true
                text: qsTr("Print login cards…")
                Accessible.name: qsTr("Print the login cards of the class as a PDF")
                enabled: roster.count > 0
                onClicked: cardsDialog.open()
            }
        }

        Label {
            Layout.fillWidth: true
            visible: root.classId.length > 0
            text: roster.knownPins > 0 ? qsTr("A PIN is shown only once: print the cards before you leave this page. %n new PIN(s) to print.", "", roster.knownPins) : qsTr("Each student you add gets a login code and a PIN to sign in. Lost card? Give a new PIN.")
            textFormat: Text.PlainText
            color: roster.knownPins > 0 ? Theme.warning : Theme.textMuted
            font.bold: roster.knownPins > 0
            wrapMode: Text.Wrap
        }
        Announcement {
            id: cardSaid
            objectName: "cardAnnouncement"
        }
        StatusMessage {
            objectName: "printedMessage"
            Layout.fillWidth: true
            message: root.printedPath.length > 0 ? qsTr("Cards saved in %1").arg(root.printedPath) : ""
            glyph: ""
            wrapMode: Text.WrapAnywhere
        }

        ListView {
            id: list
            objectName: "rosterList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            // The first two rows at least, as each row says its height (the page scrolls at "Très grande").
            Layout.minimumHeight: list.count === 0 ? 0 : list.count === 1 ? list.firstRow : list.firstRow + list.spacing + list.secondRow
            property real firstRow: 0
            property real secondRow: 0
            visible: roster.count > 0
            focus: true // opening the page puts the keyboard on the roster, which a screen reader names
            // The keyboard in the list brings it into view whole.
            onActiveFocusChanged: if (activeFocus && pageScroll.interactive)
                root.showList()
            clip: true
            spacing: 4
            model: roster
            keyNavigationEnabled: true
            activeFocusOnTab: true
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Students of %1").arg(roster.className)
            ScrollBar.vertical: PageScrollBar {}
            Keys.onPressed: event => {
                if (event.key === Qt.Key_N && list.currentIndex >= 0) {
                    root.giveNewPin(list.currentIndex);
                    event.accepted = true;
                } else if (event.key === Qt.Key_Delete && list.currentIndex >= 0) {
                    root.askToRemove(list.currentIndex);
                    event.accepted = true;
                }
            }

            delegate: RosterRow {
                id: rosterRow
                width: ListView.view.width - 14
                function sayHeight() {
                    if (rosterRow.index === 0)
                        list.firstRow = rosterRow.height;
                    else if (rosterRow.index === 1)
                        list.secondRow = rosterRow.height;
                }
                onHeightChanged: sayHeight()
                onIndexChanged: sayHeight()
                Component.onCompleted: sayHeight()
                current: ListView.isCurrentItem && list.activeFocus
                onNewPin: row => root.giveNewPin(row)
                onRemove: row => root.askToRemove(row)
            }
        }

        Label {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: roster.count === 0
            text: root.classId.length === 0 ? qsTr("Create your first class below, then add its students.") : qsTr("No student in this class yet: type a name above and press Enter.")
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            color: Theme.textMuted
            font.pixelSize: Theme.fontTitle
        }

        // Another class, at the foot of the page: the roster above is what a teacher uses most.
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 1
            color: Theme.border
        }
        // At very large text the name of the class on its own line, under "Another class:" and its button.
        GridLayout {
            Layout.fillWidth: true
            columnSpacing: Theme.spacing
            rowSpacing: 8
            Label {
                Layout.row: 0
                Layout.column: 0
                Layout.fillWidth: Theme.largeText
                text: classes.count === 0 ? qsTr("Your first class:") : qsTr("Another class:")
                textFormat: Text.PlainText
                color: Theme.textMuted
                font.bold: true
            }
            FormField {
                id: classField
                objectName: "classField"
                Layout.row: Theme.largeText ? 1 : 0
                Layout.column: Theme.largeText ? 0 : 1
                Layout.columnSpan: Theme.largeText ? 2 : 1
                Layout.fillWidth: true
                placeholderText: qsTr("Its name, e.g. 5e A — Français")
                Accessible.name: qsTr("Name of a new class")
                maximumLength: 200
                onAccepted: root.createClass()
            }
            PrimaryButton {
                Layout.row: 0
                Layout.column: Theme.largeText ? 1 : 2
                secondary: true
                text: qsTr("Create the class")
                enabled: classField.text.trim().length > 0
                onClicked: root.createClass()
            }
        }
    }
    }
}
