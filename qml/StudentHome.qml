// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Continuite

// A student's home: "À faire", the lessons and the assignments, side by side with a rail to move between
// them. Keys 1, 2, 3 (or the rail with Tab) switch; Up/Down and Enter work in the list on screen.
FocusScope {
    id: root

    /// What Main says when this page opens (a screen reader hears the page's title, not only the control focused).
    readonly property string spokenTitle: [qsTr("To do"), qsTr("Lessons"), qsTr("Assignments")][root.currentPage] ?? ""

    /// 0: to do, 1: lessons, 2: assignments.
    property int currentPage: 0
    readonly property alias todoPage: todoPage
    readonly property alias lessonPage: lessonPage
    readonly property alias assignmentsPage: assignmentsPage
    signal openLesson(string lessonId, int part)
    signal openAssignment(string assignmentId)

    // What the window reports as its screen (tests and screenshots follow it).
    objectName: ["todo", "lessons", "assignments"][currentPage]

    function showPage(page: int) {
        root.currentPage = Math.max(0, Math.min(2, page));
        pages.children[root.currentPage].forceActiveFocus();
    }

    Keys.onDigit1Pressed: root.showPage(0)
    Keys.onDigit2Pressed: root.showPage(1)
    Keys.onDigit3Pressed: root.showPage(2)

    RowLayout {
        anchors.fill: parent
        spacing: 0

        Rectangle {
            Layout.fillHeight: true
            // Wider at very large text: "Assignments" in bold read "Assignme…" (review-app22 F14).
            Layout.preferredWidth: Theme.largeText ? 250 : 220
            color: Theme.surfaceAlt

            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.spacing
                anchors.topMargin: Theme.margin
                spacing: 6

                StudentNavButton {
                    objectName: "navTodo"
                    Layout.fillWidth: true
                    shortcutText: "1"
                    text: qsTr("To do")
                    badge: todoPage.todo.toDoCount
                    badgeAlert: todoPage.todo.lateCount > 0
                    selected: root.currentPage === 0
                    onClicked: root.showPage(0)
                }
                StudentNavButton {
                    objectName: "navLessons"
                    Layout.fillWidth: true
                    shortcutText: "2"
                    text: qsTr("Lessons")
                    selected: root.currentPage === 1
                    onClicked: root.showPage(1)
                }
                StudentNavButton {
                    objectName: "navAssignments"
                    Layout.fillWidth: true
                    shortcutText: "3"
                    text: qsTr("Assignments")
                    selected: root.currentPage === 2
                    onClicked: root.showPage(2)
                }
                Item {
                    Layout.fillHeight: true
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Keys 1, 2, 3 switch; Enter opens.")
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.Wrap
                }
            }
        }

        StackLayout {
            id: pages
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: root.currentPage

            TodoPage {
                id: todoPage
                focus: root.currentPage === 0
                onOpenAssignment: assignmentId => root.openAssignment(assignmentId)
                onOpenLesson: (lessonId, part) => root.openLesson(lessonId, part)
            }
            LessonList {
                id: lessonPage
                focus: root.currentPage === 1
                onOpenLesson: lessonId => root.openLesson(lessonId, 0)
            }
            StudentAssignmentsPage {
                id: assignmentsPage
                focus: root.currentPage === 2
                onOpenAssignment: assignmentId => root.openAssignment(assignmentId)
            }
        }
    }
}
