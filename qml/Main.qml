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

    // The pages past the profile chooser are made from their files when first opened, not with the window (issue 16):
    // a page declared inside a Component here is loaded with Main.qml, with its own pages and imports — all the app's
    // QML, QtMultimedia and QtPdf — before the first frame, whoever signs in and whatever they open. Their signals are
    // wired where they are opened.
    function pageUrl(name: string): url {
        return Qt.resolvedUrl(name + ".qml");
    }
    /// Opens the page of file @p name over the current one, with @p properties; its Back pops it.
    function pushPage(name: string, properties: var): var {
        const page = stack.push(window.pageUrl(name), Object.assign({
                "focus": true
            }, properties));
        page.back.connect(window.back);
        return page;
    }
    /// The first screen: the person's home once someone is in, the profile chooser otherwise.
    function showHome() {
        if (Session.unlocked && Session.currentIsTeacher)
            window.showTeacherHome();
        else if (Session.unlocked)
            window.showStudentHome();
        else
            window.showProfiles();
    }
    function showTeacherHome() {
        const home = stack.replace(null, window.pageUrl("TeacherHome"), {
                "focus": true
            });
        home.openLesson.connect(lessonId => window.openLesson(lessonId, 0));
        home.openExchanges.connect(window.openExchanges);
    }
    function showStudentHome() {
        const home = stack.replace(null, window.pageUrl("StudentHome"), {
                "focus": true
            });
        home.openLesson.connect(window.openLesson);
        home.openAssignment.connect(window.openAssignment);
    }
    function showProfiles() {
        stack.replace(null, chooserComponent);
    }
    function openLesson(lessonId: string, part: int) {
        const reader = window.pushPage("LessonReaderPage", {
                "lessonId": lessonId,
                "currentSection": part
            });
        reader.openPdf.connect(window.openPdf);
        reader.openAssignment.connect(window.openAssignment);
        reader.openMedia.connect(window.openMedia);
    }
    function openAssignment(assignmentId: string) {
        const answer = window.pushPage("AnswerPage", {
                "assignmentId": assignmentId
            });
        answer.openExchanges.connect(window.openExchanges);
        answer.openPdf.connect(window.openPdf);
        answer.openMedia.connect(window.openMedia);
    }
    function openMedia(source: url, name: string, kind: string) {
        window.pushPage("MediaPlayerPage", {
                "source": source,
                "name": name,
                "kind": kind
            });
    }
    function openPdf(source: url, name: string) {
        window.pushPage("PdfViewerPage", {
                "source": source,
                "name": name
            });
    }
    function back() {
        stack.pop();
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
        if (window.screen === "exchanges")
            return;
        window.pushPage("ExchangesPage", {});
    }

    function openSettings() {
        if (window.screen === "settings")
            return;
        window.pushPage("SettingsPage", {});
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
            window.showHome();
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
        Component.onCompleted: window.showHome()
    }

    Component {
        id: chooserComponent
        ProfileChooser {
            focus: true
        }
    }
}
