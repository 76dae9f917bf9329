// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Continuite

// The teacher's home: a side menu (the class worked on, then classes & roster, lessons, assignments,
// review, continuity board) and the chosen page. Up/Down move in the menu, Enter opens, Tab goes into
// the page; Alt+1…5 jump to a page from anywhere. The teacher starts on the continuity board (who has gone
// silent, who is behind: what to act on), or on Classes & roster while there is no class yet.
FocusScope {
    id: root

    /// What Main says when this page opens (a screen reader hears the page's title, not only the control focused).
    // The section's own title when it opens a page inside itself (an editor, marking seen big), else its name.
    readonly property string spokenTitle: {
        const page = pages.children[root.section];
        const own = page && page.spokenTitle ? page.spokenTitle : "";
        return own.length > 0 ? own : [navClasses.text, navLessons.text, navAssignments.text, navReview.text, navBoard.text][root.section] ?? "";
    }

    objectName: "teacherHome"

    /// 0 classes & roster, 1 lessons, 2 assignments, 3 review, 4 continuity board (home, once there is a class).
    property int section: classes.count > 0 ? 4 : 0
    readonly property string classId: classes.classIdAt(classBox.currentIndex)
    readonly property string className: classes.nameAt(classBox.currentIndex)
    readonly property alias classes: classes
    readonly property alias classBox: classBox
    readonly property alias pages: pages

    signal openLesson(string lessonId)
    signal openExchanges

    function showSection(index: int) {
        root.section = Math.max(0, Math.min(pages.count - 1, index));
        const page = pages.children[root.section];
        if (page)
            page.forceActiveFocus();
    }
    /// Before the window closes or another person takes the computer: true when no typed word would be lost (see
    /// TeacherLessonsPage.readyToLeave()). Otherwise the editor concerned is shown, with its question or its reason,
    /// and @p then is called once a published lesson's question is answered by Save or Don't save.
    function readyToLeave(then: var): bool {
        const editors = [[1, lessonsPage], [2, assignmentsPage]];
        for (const [section, page] of editors) {
            if (!page.readyToLeave(then)) {
                root.showSection(section);
                return false;
            }
        }
        return true;
    }
    function chooseClass(classId: string) {
        root.chosenClassId = classId;
        classBox.currentIndex = classes.indexOf(classId);
    }

    /// The class the teacher chose, kept by id: the list reloads (and reorders) after every write.
    property string chosenClassId

    ClassModel {
        id: classes
        session: Session
        onReloaded: {
            const row = classes.indexOf(root.chosenClassId);
            classBox.currentIndex = row >= 0 ? row : (classes.count > 0 ? 0 : -1);
            root.chosenClassId = classes.classIdAt(classBox.currentIndex);
        }
    }
    Component.onCompleted: {
        root.chosenClassId = classes.classIdAt(classBox.currentIndex);
        // The menu has the keyboard first, on the page shown (set once: a binding on focus would take the
        // keyboard back from the page each time the section changes).
        (root.section === 4 ? navBoard : navClasses).focus = true;
    }

    // Alt+1…5 from anywhere in the window, the header and the sync bar included (a Tab walk may have left the home).
    Shortcut {
        sequence: "Alt+1"
        enabled: root.visible
        onActivated: root.showSection(0)
    }
    Shortcut {
        sequence: "Alt+2"
        enabled: root.visible
        onActivated: root.showSection(1)
    }
    Shortcut {
        sequence: "Alt+3"
        enabled: root.visible
        onActivated: root.showSection(2)
    }
    Shortcut {
        sequence: "Alt+4"
        enabled: root.visible
        onActivated: root.showSection(3)
    }
    Shortcut {
        sequence: "Alt+5"
        enabled: root.visible
        onActivated: root.showSection(4)
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        Rectangle {
            Layout.fillHeight: true
            // Wider at very large text: "Classes et élèves", "Suivi des élèves" whole (review-app19).
            Layout.preferredWidth: Theme.largeText ? 300 : 250
            // Folded away while a student's work is open big: the photo gets the width. Only there: on another page
            // the review is hidden, and so is its marking page (Alt+5 from the photo shows the board with its menu).
            objectName: "sideMenu"
            // Folded away too while a lesson is being written: the editor gets the width (issue 14).
            // And while an assignment is: beside the menu its rows ran past the window at very large text (review-app22 F6).
            visible: !reviewPage.marking && !(root.section === 1 && lessonsPage.editing) && !(root.section === 2 && assignmentsPage.editing)
            color: Theme.surface
            border.color: Theme.border

            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: 6

                Label {
                    text: qsTr("Class")
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                    color: Theme.textMuted
                }
                ChoiceBox {
                    id: classBox
                    objectName: "classBox"
                    Layout.fillWidth: true
                    model: classes
                    textRole: "name"
                    enabled: classes.count > 0
                    displayText: classes.count > 0 ? currentText : qsTr("No class yet")
                    // Which class is open, whole at every size ("6e B — Mathém…" at very large text, review-app22 F6).
                    lines: 3
                    Accessible.name: qsTr("Class worked on: %1").arg(displayText)
                    KeyNavigation.down: navClasses
                    onActivated: index => root.chosenClassId = classes.classIdAt(index)
                }
                Item {
                    Layout.preferredHeight: 6
                }
                NavButton {
                    id: navClasses
                    objectName: "navClasses"
                    mark: "☺"
                    text: qsTr("Classes & roster")
                    hint: qsTr("Students, login cards")
                    current: root.section === 0
                    onClicked: root.showSection(0)
                    KeyNavigation.down: navLessons
                }
                NavButton {
                    id: navLessons
                    objectName: "navLessons"
                    mark: "❐"
                    text: qsTr("Lessons")
                    hint: qsTr("Write, attach, publish")
                    current: root.section === 1
                    onClicked: root.showSection(1)
                    KeyNavigation.down: navAssignments
                }
                NavButton {
                    id: navAssignments
                    objectName: "navAssignments"
                    mark: "✎"
                    text: qsTr("Assignments")
                    hint: qsTr("Instructions, due date, quiz")
                    current: root.section === 2
                    onClicked: root.showSection(2)
                    KeyNavigation.down: navReview
                }
                NavButton {
                    id: navReview
                    objectName: "navReview"
                    mark: "✔"
                    text: qsTr("Review")
                    hint: qsTr("Work handed in, feedback")
                    current: root.section === 3
                    onClicked: root.showSection(3)
                    KeyNavigation.down: navBoard
                }
                NavButton {
                    id: navBoard
                    objectName: "navBoard"
                    mark: "◔"
                    text: qsTr("Continuity board")
                    hint: qsTr("Who has gone silent")
                    current: root.section === 4
                    onClicked: root.showSection(4)
                }
                Item {
                    Layout.fillHeight: true
                }
            }
        }

        StackLayout {
            id: pages
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: root.section

            ClassesPage {
                classId: root.classId
                onClassCreated: id => root.chooseClass(id)
            }
            TeacherLessonsPage {
                id: lessonsPage
                classId: root.classId
                className: root.className
                onOpenLesson: lessonId => root.openLesson(lessonId)
            }
            AssignmentsPage {
                id: assignmentsPage
                classId: root.classId
                className: root.className
            }
            ReviewPage {
                id: reviewPage
                classId: root.classId
            }
            BoardPage {
                classId: root.classId
                className: root.className
                // A piece of work on a student's page opens in Review.
                onOpenReview: assignmentId => {
                    root.showSection(3);
                    reviewPage.chooseAssignment(reviewPage.assignments.indexOf(assignmentId));
                }
                onOpenExchanges: root.openExchanges()
            }
        }
    }
}
