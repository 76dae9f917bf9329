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

    /// Before the window closes or another person takes the computer: true when nothing typed would be lost. A
    /// teacher's lesson or assignment being written is saved as a draft on the way, or, published, asks first; then
    /// @p then runs once she chose (review of app19: closing the window lost the lesson's edits).
    function readyToLeave(then: var): bool {
        return window.homeReadyToLeave(stack.depth > 0 ? stack.get(0, StackView.DontLoad) : null, then);
    }
    /// readyToLeave() for the page at the bottom of the stack, @p home (the teacher's home has editors).
    function homeReadyToLeave(home: var, then: var): bool {
        if (!home || !home.readyToLeave)
            return true;
        if (home.readyToLeave(then))
            return true;
        if (stack.depth > 1)
            stack.pop(null); // the editor where it is, on top again
        return false;
    }
    onClosing: close => {
        if (!window.readyToLeave(() => window.close()))
            close.accepted = false;
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
        id: appHeader
        visible: Session.unlocked
        personName: Session.currentName
        isTeacher: Session.currentIsTeacher
        onSwitchPerson: {
            if (window.readyToLeave(() => Session.lock()))
                Session.lock();
        }
        onOpenSettings: window.openSettings()
        onOpenExchanges: window.openExchanges()
    }

    footer: SyncBar {
        id: syncBar
        objectName: "syncBar"
        visible: Session.unlocked
        onSyncRequested: SyncController.syncNow()
        onOpenSettings: window.openSettings()
    }

    TextSizeShortcuts {}

    // F6 / Shift+F6: the bar on top, the page, the sync bar (issue 18, F8), each said as the keyboard lands in it.
    RegionKeys {
        header: appHeader
        content: stack
        footer: syncBar
        headerLanding: appHeader.firstControl
        footerLanding: syncBar.syncButton
        headerWords: qsTr("Top bar: %1").arg(Session.currentName)
        contentWords: qsTr("Page: %1").arg(window.pageOnTop ? (window.pageOnTop.spokenTitle ?? "") : "")
        footerWords: qsTr("Sync bar: %1").arg(syncBar.Accessible.name)
    }

    // A page that opens says its title (issue 18): focus lands on a control, which Orca says, and nothing said
    // which page this is. Said once the page has taken the keyboard: Orca 43 cuts what it is saying when the
    // focus moves (default.locusOfFocusChanged), and queues a notification after it. The homes' own pages (keys 1-3,
    // Alt+1-5) change their title, and are said the same way.
    Announcement {
        id: pageSaid
        objectName: "pageAnnouncement"
    }
    // Waited for: the stack's transition to end (a page takes the keyboard when it is activated, at the end of
    // it), then the focus to stay put for 0.4 s (each move restarts the wait).
    property bool pageTitlePending: false
    /// The page on top, untyped: each page has its own spokenTitle, which Item does not.
    readonly property var pageOnTop: stack.currentItem
    function sayPageTitleLater() {
        window.pageTitlePending = true;
        pageSaidLater.restart();
    }
    onActiveFocusItemChanged: if (window.pageTitlePending) pageSaidLater.restart()
    Timer {
        id: pageSaidLater
        interval: 400
        onTriggered: {
            if (stack.busy)
                return; // said when the transition ends (onBusyChanged)
            window.pageTitlePending = false;
            const title = stack.currentItem ? (stack.currentItem.spokenTitle ?? "") : "";
            if (title.length > 0)
                pageSaid.announce(qsTr("Page: %1").arg(title));
        }
    }
    Connections {
        target: stack.currentItem
        ignoreUnknownSignals: true
        function onSpokenTitleChanged() {
            window.sayPageTitleLater();
        }
    }

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
        onCurrentItemChanged: window.sayPageTitleLater()
        onBusyChanged: if (!busy && window.pageTitlePending) pageSaidLater.restart()
        // Out of the accessible tree (its pages are the window's children there): Qt 6.4 makes a StackView an
        // unnamed layered pane whatever its role, which Orca 43 says as the keyboard enters each page (issue 18).
        Accessible.ignored: true
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
            onOpenPdf: (source, name) => window.openPdf(source, name)
            onOpenMedia: (source, name, kind) => stack.push(mediaComponent, {
                    "source": source,
                    "name": name,
                    "kind": kind
                })
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
