// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import Continuite

// The app window: the profile chooser first; once someone is in, their lessons; then a lesson.
ApplicationWindow {
    id: window

    width: 1024
    height: 600
    minimumWidth: 800
    minimumHeight: 540
    visible: true
    title: Session.unlocked ? qsTr("Continuité — %1").arg(Session.currentName) : qsTr("Continuité")
    color: Theme.background
    font.pixelSize: Theme.fontBody

    /// The screen on top: "profiles", "lessons", "teacherHome", "reader", "pdf", "settings" or "exchanges"; for a student
    /// "todo", "lessons" or "assignments" (their home) and "answer" (for tests and screenshots).
    readonly property string screen: stack.currentItem ? stack.currentItem.objectName : ""

    function showTeacherHome() {
        stack.replace(null, teacherHomeComponent);
    }
    function showStudentHome() {
        stack.replace(null, studentHomeComponent);
    }
    function showProfiles() {
        stack.replace(null, chooserComponent);
    }
    function openLesson(lessonId: string, part: int) {
        stack.push(readerComponent, {
                "lessonId": lessonId,
                "currentSection": part
            });
    }
    function openPdf(source: url, name: string) {
        stack.push(pdfComponent, {
                "source": source,
                "name": name
            });
    }

    function openExchanges() {
        if (window.screen !== "exchanges")
            stack.push(exchangesComponent);
    }

    function openSettings() {
        if (window.screen !== "settings")
            stack.push(settingsComponent);
    }

    header: AppHeader {
        visible: Session.unlocked
        personName: Session.currentName
        isTeacher: Session.currentIsTeacher
        onSwitchPerson: Session.lock()
        onOpenSettings: window.openSettings()
        onOpenExchanges: window.openExchanges()
    }

    footer: SyncBar {
        objectName: "syncBar"
        visible: Session.unlocked
        onSyncRequested: SyncController.syncNow()
        onOpenSettings: window.openSettings()
    }

    TextSizeShortcuts {}

    Connections {
        target: Session
        function onCurrentChanged() {
            if (Session.unlocked && Session.currentIsTeacher)
                window.showTeacherHome();
            else if (Session.unlocked)
                window.showStudentHome();
            else
                window.showProfiles();
        }
    }

    StackView {
        id: stack
        objectName: "stack"
        anchors.fill: parent
        focus: true
        initialItem: Session.unlocked ? (Session.currentIsTeacher ? teacherHomeComponent : studentHomeComponent) : chooserComponent
    }

    Component {
        id: chooserComponent
        ProfileChooser {
            focus: true
        }
    }
    Component {
        id: lessonListComponent
        LessonList {
            focus: true
            onOpenLesson: lessonId => window.openLesson(lessonId, 0)
        }
    }
    Component {
        id: teacherHomeComponent
        TeacherHome {
            focus: true
            onOpenLesson: lessonId => window.openLesson(lessonId, 0)
            onOpenExchanges: window.openExchanges()
        }
    }
    Component {
        id: studentHomeComponent
        StudentHome {
            focus: true
            onOpenLesson: (lessonId, part) => window.openLesson(lessonId, part)
            onOpenAssignment: assignmentId => stack.push(answerComponent, {
                    "assignmentId": assignmentId
                })
        }
    }
    Component {
        id: answerComponent
        AnswerPage {
            focus: true
            onBack: stack.pop()
            onOpenExchanges: window.openExchanges()
        }
    }
    Component {
        id: readerComponent
        LessonReaderPage {
            focus: true
            onBack: stack.pop()
            onOpenPdf: (source, name) => window.openPdf(source, name)
            onOpenAssignment: assignmentId => stack.push(answerComponent, {
                    "assignmentId": assignmentId
                })
            onOpenMedia: (source, name, kind) => stack.push(mediaComponent, {
                    "source": source,
                    "name": name,
                    "kind": kind
                })
        }
    }
    Component {
        id: settingsComponent
        SettingsPage {
            focus: true
            onBack: stack.pop()
        }
    }
    Component {
        id: exchangesComponent
        ExchangesPage {
            focus: true
            onBack: stack.pop()
        }
    }
    Component {
        id: mediaComponent
        MediaPlayerPage {
            focus: true
            onBack: stack.pop()
        }
    }
    Component {
        id: pdfComponent
        PdfViewerPage {
            focus: true
            onBack: stack.pop()
        }
    }
}
