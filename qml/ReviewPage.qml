// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Continuite

// Review: the class's assignments on the left (how many handed in, how many to review); on the right,
// every version each student handed in, with their answers, and a comment and a score to return to them.
FocusScope {
    id: root

    /// What Main says when this page opens inside the teacher's home (TeacherHome.spokenTitle): "" for the section's.
    readonly property string spokenTitle: root.marking ? qsTr("Work of %1").arg(markingPage.work.studentName ?? "") : ""

    objectName: "reviewPage"

    required property string classId
    readonly property alias assignments: assignmentModel
    readonly property alias review: review
    readonly property alias assignmentList: assignmentList
    readonly property alias submissionList: submissionList
    readonly property alias markingPage: markingPage
    /// One student's work is open big (the side menu folds away to give the photo the room).
    readonly property bool marking: markingPage.visible
    /// The page has room to lay out its columns (0×0 behind another section of the teacher's home).
    readonly property bool hasRoom: root.width > 2 * Theme.margin + 250 && root.height > 2 * Theme.margin

    /// Opens @p row's work big, on its file @p fileIndex.
    function openMarking(row: int, fileIndex: int) {
        if (row < 0 || row >= review.count)
            return;
        submissionList.currentIndex = row;
        markingPage.visible = true; // first: an invisible page cannot take the keyboard
        markingPage.show(row, fileIndex);
    }
    function closeMarking() {
        const row = markingPage.row;
        markingPage.visible = false;
        markingPage.row = -1;
        review.clearError(); // a refused score was said on the marking page: not again over the list
        submissionList.currentIndex = row;
        submissionList.positionViewAtIndex(row, ListView.Contain);
        submissionList.forceActiveFocus();
    }

    /// Enter on an assignment: the keyboard to its work handed in, or, with none, "Nothing handed in…" said.
    function openWorkList() {
        if (review.count > 0)
            submissionList.forceActiveFocus();
        else
            emptySaid.announce(emptyLabel.text);
    }

    function chooseAssignment(row: int) {
        assignmentList.currentIndex = row;
        review.assignmentId = assignmentModel.assignmentIdAt(row);
    }

    AssignmentListModel {
        id: assignmentModel
        session: Session
        classId: root.classId
        // Another class: its first assignment (or none), not the last class's.
        onClassIdChanged: root.chooseAssignment(assignmentModel.count > 0 ? 0 : -1)
        onReloaded: {
            if (review.assignmentId.length === 0 && assignmentModel.count > 0)
                root.chooseAssignment(0);
        }
    }
    ReviewModel {
        id: review
        session: Session
        // Another assignment or class: back to its list, not someone else's work left open.
        onAssignmentIdChanged: if (markingPage.visible) root.closeMarking()
    }
    Component.onCompleted: {
        if (assignmentModel.count > 0)
            root.chooseAssignment(0);
    }

    Announcement {
        id: emptySaid
        objectName: "emptyAnnouncement"
    }

    MarkingPage {
        id: markingPage
        anchors.fill: parent
        visible: false
        review: review
        onClose: root.closeMarking()
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        visible: !markingPage.visible
        spacing: Theme.spacing

        // Its columns are not laid out while the page has no room: behind another section of the teacher's home it is
        // 0×0, the right column got no width, and a roster change (new words to wrap in nothing) laid the row out again
        // and again ("Polish loop detected", issue 14). Hidden themselves: a layout lays out what is not hidden by its
        // own `visible`, whether its parent shows or not.
        ColumnLayout {
            visible: root.hasRoom
            Layout.preferredWidth: 250
            Layout.maximumWidth: 250
            Layout.fillWidth: false
            Layout.fillHeight: true
            spacing: 8
            Label {
                text: qsTr("Review")
                font.pixelSize: Theme.fontHeading
                font.bold: true
                color: Theme.text
            }
            ListView {
                id: assignmentList
                objectName: "reviewAssignments"
                Layout.fillWidth: true
                implicitWidth: 250
                Layout.fillHeight: true
                focus: true
                clip: true
                spacing: 6
                model: assignmentModel
                keyNavigationEnabled: true
                activeFocusOnTab: true
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Assignments to review")
                onCurrentIndexChanged: review.assignmentId = assignmentModel.assignmentIdAt(currentIndex)
                // Enter goes to the work handed in; with none, the keyboard stays on the assignment and the empty
                // state is said (review-a11y23, N2: the hidden list took it, and nothing was said).
                Keys.onReturnPressed: root.openWorkList()
                Keys.onEnterPressed: root.openWorkList()
                delegate: AbstractButton {
                    id: entry
                    required property int index
                    required property string title
                    required property string summary
                    required property int toReview
                    width: ListView.view.width
                    focusPolicy: Qt.NoFocus
                    padding: 8
                    Accessible.role: Accessible.ListItem
                    Accessible.name: qsTr("%1: %2").arg(entry.title).arg(entry.summary)
                    onClicked: root.chooseAssignment(entry.index)
                    background: Rectangle {
                        radius: 8
                        color: entry.ListView.isCurrentItem ? Theme.surfaceAlt : Theme.surface
                        border.width: entry.ListView.isCurrentItem && assignmentList.activeFocus ? 3 : 1
                        border.color: entry.ListView.isCurrentItem && assignmentList.activeFocus ? Theme.focus : Theme.border
                    }
                    contentItem: ColumnLayout {
                        spacing: 2
                        Label {
                            Layout.fillWidth: true
                            text: entry.title
                            textFormat: Text.PlainText
                            font.bold: true
                            color: Theme.text
                            wrapMode: Text.Wrap
                            maximumLineCount: 2
                            elide: Text.ElideRight
                        }
                        Label {
                            Layout.fillWidth: true
                            text: entry.summary
                            textFormat: Text.PlainText
                            font.pixelSize: Theme.fontSmall
                            color: entry.toReview > 0 ? Theme.warning : Theme.textMuted
                            font.bold: entry.toReview > 0
                            elide: Text.ElideRight
                        }
                    }
                }
            }
        }

        ColumnLayout {
            visible: root.hasRoom
            Layout.fillWidth: true
            Layout.preferredWidth: 100 // takes the rest, whatever its texts' natural widths
            Layout.fillHeight: true
            spacing: 8
            Label {
                Layout.fillWidth: true
                text: review.title
                textFormat: Text.PlainText
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                visible: review.missingCount > 0
                text: qsTr("Nothing handed in yet: %1").arg(review.missingText)
                textFormat: Text.PlainText
                color: Theme.warning
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
            }
            ErrorBanner {
                Layout.fillWidth: true
                text: review.error
            }
            ListView {
                id: submissionList
                objectName: "submissions"
                Layout.fillWidth: true
                Layout.fillHeight: true
                visible: review.count > 0
                clip: true
                spacing: 8
                model: review
                keyNavigationEnabled: true
                activeFocusOnTab: true
                // Enter opens the work big, to mark it.
                Keys.onReturnPressed: root.openMarking(Math.max(0, currentIndex), 0)
                Keys.onEnterPressed: root.openMarking(Math.max(0, currentIndex), 0)
                // A list that filled while it was hidden (no work for the assignment shown before) has no
                // current card: reached with the keyboard, the first one is, so that a screen reader names it
                // and Enter opens it (issue 18: the audit heard only "list", and Enter did nothing).
                onActiveFocusChanged: {
                    if (activeFocus && currentIndex < 0 && count > 0)
                        currentIndex = 0;
                }
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Work handed in for %1").arg(review.title)
                ScrollBar.vertical: PageScrollBar {}
                delegate: SubmissionCard {
                    width: ListView.view.width - 14
                    current: ListView.isCurrentItem && submissionList.activeFocus
                    scaleText: review.scaleText
                    onReturnWork: (row, comment, score) => review.giveFeedback(row, comment, score)
                    onOpenWork: (row, fileIndex) => root.openMarking(row, fileIndex)
                }
            }
            Label {
                id: emptyLabel
                Layout.fillWidth: true
                Layout.fillHeight: true
                visible: review.count === 0
                text: assignmentModel.count === 0 ? qsTr("No assignment in this class yet.") : qsTr("Nothing handed in for this assignment yet.")
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                color: Theme.textMuted
                font.pixelSize: Theme.fontTitle
            }
        }
    }
}
