// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Continuite

// The teacher's assignments for the class: the list (Enter or a click edits), then the editor — title,
// due date, the lesson it follows, instructions in Markdown, and for a quiz its questions with the right
// answers and points; save the draft, publish. Escape (outside the instructions) or "‹ Assignments" goes back to the
// list, keeping what was typed: a draft is saved on the way, a published assignment asks first.
FocusScope {
    id: root

    /// What Main says when this page opens inside the teacher's home (TeacherHome.spokenTitle): "" for the section's.
    readonly property string spokenTitle: root.editing ? qsTr("Assignment editor") : ""

    objectName: "assignmentsPage"

    required property string classId
    property string className
    readonly property alias assignments: assignmentModel
    readonly property alias list: list
    readonly property alias editor: editor
    readonly property alias titleField: titleField
    readonly property alias questionList: questionList
    property bool editing: false

    function editAssignment(assignmentId: string) {
        if (editor.load(assignmentId))
            root.showEditor();
    }
    function newAssignment() {
        editor.startNew(root.classId);
        root.showEditor();
    }
    function showEditor() {
        root.editing = true;
        titleField.forceActiveFocus();
    }
    function closeEditor() {
        root.editing = false;
        list.forceActiveFocus();
    }
    /// Back to the list without losing a word, as in the lesson editor (review of app19, finding 1): a draft with changes
    /// is saved on the way; a published one asks, since saving sends the change to the students.
    function leaveEditor() {
        root.afterLeaving = null;
        if (!editor.dirty)
            root.closeEditor();
        else if (editor.published)
            leaveDialog.open();
        else if (editor.save())
            root.closeEditor();
    }
    /// Before the window closes or another person takes the computer (Main, through TeacherHome): true when nothing
    /// typed would be lost — nothing changed, or the draft saved on the way, as Escape saves it (quitting lost the
    /// words: review of app19). A published assignment with changes asks first (Save / Don't save / Back to it), then calls
    /// @p then once the teacher chose to save or not. A draft that cannot be saved (no title yet) stays open and
    /// says why.
    function readyToLeave(then: var): bool {
        if (!root.editing || !editor.dirty)
            return true;
        if (!editor.published)
            return editor.save();
        root.afterLeaving = then;
        leaveDialog.open();
        return false;
    }
    /// What to do once the published assignment's question is answered by Save or Don't save (readyToLeave()).
    property var afterLeaving: null
    function runAfterLeaving() {
        const then = root.afterLeaving;
        root.afterLeaving = null;
        if (then)
            then();
    }
    ConfirmDialog {
        id: leaveDialog
        objectName: "leaveDialog"
        title: qsTr("Save your changes to “%1”?").arg(editor.title)
        message: qsTr("This assignment is published: once saved, your changes reach your students at their next sync.")
        cancelText: qsTr("Back to the assignment")
        discardText: qsTr("Don't save")
        confirmText: qsTr("Save")
        onAccepted: {
            if (editor.save()) {
                root.closeEditor();
                root.runAfterLeaving();
            } else {
                root.afterLeaving = null;
            }
        }
        onDiscarded: {
            editor.load(editor.assignmentId); // as the students have it
            root.closeEditor();
            root.runAfterLeaving();
        }
        onRejected: root.afterLeaving = null
    }

    AssignmentListModel {
        id: assignmentModel
        session: Session
        classId: root.classId
    }
    AssignmentEditor {
        id: editor
        session: Session
    }
    LessonModel {
        id: lessonModel
        session: Session
    }

    // ---- The list --------------------------------------------------------------------------------
    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing
        visible: !root.editing

        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: qsTr("Assignments")
                font.pixelSize: Theme.fontHeading
                font.bold: true
                color: Theme.text
            }
            PrimaryButton {
                objectName: "newAssignment"
                text: qsTr("New assignment")
                Accessible.name: qsTr("Write a new assignment for %1").arg(root.className)
                enabled: root.classId.length > 0
                onClicked: root.newAssignment()
            }
        }
        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: assignmentModel.count > 0
            focus: true
            clip: true
            spacing: 8
            model: assignmentModel
            keyNavigationEnabled: true
            activeFocusOnTab: true
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Assignments of %1").arg(root.className)
            Keys.onReturnPressed: root.editAssignment(assignmentModel.assignmentIdAt(list.currentIndex))
            Keys.onEnterPressed: root.editAssignment(assignmentModel.assignmentIdAt(list.currentIndex))
            ScrollBar.vertical: PageScrollBar {}
            delegate: AssignmentCard {
                width: ListView.view.width - 14
                current: ListView.isCurrentItem && list.activeFocus
                onClicked: root.editAssignment(assignmentId)
            }
        }
        Label {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: assignmentModel.count === 0
            text: root.classId.length === 0 ? qsTr("Create a class first (Classes & roster).") : qsTr("No assignment yet: write one with “New assignment”.")
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            color: Theme.textMuted
            font.pixelSize: Theme.fontTitle
        }
    }

    // ---- The editor ------------------------------------------------------------------------------
    ColumnLayout {
        objectName: "assignmentEditor"
        anchors.fill: parent
        anchors.margins: Theme.margin
        anchors.topMargin: Theme.spacing
        spacing: 8
        visible: root.editing
        Keys.onEscapePressed: root.leaveEditor()

        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            PrimaryButton {
                secondary: true
                objectName: "backToAssignments"
                text: qsTr("‹ Assignments")
                Accessible.name: qsTr("Back to the list of assignments")
                onClicked: root.leaveEditor()
            }
            FormField {
                id: titleField
                objectName: "assignmentTitle"
                Layout.fillWidth: true
                font.pixelSize: Theme.fontTitle
                font.bold: true
                placeholderText: qsTr("Title of the assignment")
                Accessible.name: qsTr("Title of the assignment")
                maximumLength: 200
                text: editor.title
                onTextEdited: editor.title = text
            }
            // A published one changed says so too: its chip said "Published" over edits the students do not have yet
            // (review of app19, finding 1). Blue, "in progress", not the green of what is done.
            StateChip {
                objectName: "editorState"
                lessonState: editor.published ? (editor.dirty ? WorkStates.Started : WorkStates.Published) : WorkStates.Draft
                text: editor.published ? (editor.dirty ? qsTr("Published, changes not saved") : qsTr("Published")) : editor.dirty ? qsTr("Draft, not saved") : qsTr("Draft")
            }
        }
        // The due date, its day in words, the lesson before it and "Quiz": on one row, or two at very large text (the
        // lesson's title on a line of its own there).
        GridLayout {
            Layout.fillWidth: true
            columns: Theme.largeText ? 3 : 5
            columnSpacing: 8
            rowSpacing: 8
            // A property, not FontMetrics.advanceWidth(): a binding on a function call is not told when the text size changes.
            TextMetrics {
                id: dueWidth
                font: dueField.font
                text: "00/00/0000 00:00"
            }
            FormField {
                id: dueField
                objectName: "dueField"
                // A date and an hour whole ("10/12/2026 1" at very large text).
                Layout.preferredWidth: Math.max(170, Math.ceil(dueWidth.advanceWidth) + leftPadding + rightPadding + 4)
                placeholderText: qsTr("Due: 04/12/2026 18:00")
                Accessible.name: qsTr("Due date and time, like 04/12/2026 18:00; empty for none")
                text: editor.dueText
                onTextEdited: editor.dueText = text
            }
            // The day chosen in a calendar too (issue 14), keeping the hour typed (18:00 when none).
            DatePicker {
                objectName: "dueDayPicker"
                fieldText: editor.dueText
                onPicked: day => {
                    const hour = /(\d{1,2}:\d{2})\s*$/.exec(editor.dueText);
                    editor.dueText = Qt.formatDate(day, "dd/MM/yyyy") + " " + (hour ? hour[1] : "18:00");
                }
            }
            Label {
                Layout.fillWidth: true
                text: editor.dueText.length === 0 ? qsTr("no due date") : editor.dueDisplay.length > 0 ? editor.dueDisplay : qsTr("date not understood")
                textFormat: Text.PlainText
                color: editor.dueText.length > 0 && editor.dueDisplay.length === 0 ? Theme.error : Theme.textMuted
                // On two lines rather than "vendredi 11 décembre 2026 à 1…" (shot 25), in the middle of the row.
                Layout.fillHeight: true
                verticalAlignment: Text.AlignVCenter
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
            ChoiceBox {
                id: lessonBox
                objectName: "assignmentLessonBox"
                // The lesson's title whole, on two lines if it must ("Partager l'unité : qu…").
                Layout.preferredWidth: Theme.largeText ? -1 : 260
                Layout.fillWidth: Theme.largeText
                Layout.columnSpan: Theme.largeText ? 2 : 1
                lines: 2
                model: lessonModel
                textRole: "title"
                displayText: editor.lessonId.length === 0 ? qsTr("After no lesson") : currentText
                currentIndex: lessonModel.indexOf(editor.lessonId)
                onActivated: index => editor.lessonId = lessonModel.lessonIdAt(index)
                Accessible.name: qsTr("The lesson this assignment follows: %1").arg(displayText)
            }
            CheckBox {
                id: quizBox
                objectName: "quizBox"
                text: qsTr("Quiz")
                checked: editor.isQuiz
                onToggled: editor.isQuiz = checked
                Accessible.name: qsTr("A quiz, graded automatically")
                // Enter ticks it, as it presses every button; only Space did (review-a11y22, L6).
                Keys.onReturnPressed: {
                    quizBox.toggle();
                    quizBox.toggled();
                }
                Keys.onEnterPressed: {
                    quizBox.toggle();
                    quizBox.toggled();
                }
            }
        }
        ScrollView {
            id: body
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth
            clip: true
            readonly property FocusInView focusInView: FocusInView {
                flickable: body.contentItem as Flickable
            }

            ColumnLayout {
                width: body.availableWidth
                spacing: 8
                TextArea {
                    id: instructionsArea
                    objectName: "instructionsArea"
                    LineAnnouncer {
                        area: instructionsArea
                    }
                    Layout.fillWidth: true
                    Layout.preferredHeight: editor.isQuiz ? 90 : Math.max(180, body.height - 10)
                    // Shown from the editor and written back as typed, no-break spaces kept, with no binding loop (the
                    // lesson editor's LessonPartArea says why).
                    property bool showing: false
                    function show() {
                        if (UndoableEdit.rawText(instructionsArea.textDocument) === editor.instructions)
                            return;
                        instructionsArea.showing = true;
                        instructionsArea.text = editor.instructions;
                        instructionsArea.showing = false;
                    }
                    Connections {
                        target: editor
                        function onAssignmentChanged() {
                            instructionsArea.show();
                        }
                    }
                    onTextChanged: {
                        if (!instructionsArea.showing)
                            editor.instructions = UndoableEdit.rawText(instructionsArea.textDocument);
                        if (!activeFocus)
                            sayText();
                    }
                    // Escape, as one presses it to drop a selection, drops it and stays.
                    Keys.onEscapePressed: event => {
                        instructionsArea.deselect();
                        event.accepted = true;
                    }
                    // Orca 43 reads no words of a Qt 6.4 text box: the description holds them, as they were when
                    // the keyboard arrived (Qt writes the placeholder over it when accessibility wakes up).
                    function sayText() {
                        Accessible.description = text.length > 0 ? text : placeholderText;
                    }
                    onActiveFocusChanged: sayText()
                    // A timer, not Qt.callLater: it dies with the editor (Qt 6.4's callLater calls a destroyed one).
                    Component.onCompleted: {
                        instructionsArea.show();
                        sayTextLater.start();
                    }
                    Timer {
                        id: sayTextLater
                        interval: 0
                        onTriggered: instructionsArea.sayText()
                    }
                    wrapMode: TextEdit.Wrap
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    selectByMouse: true
                    placeholderText: qsTr("Instructions for the students, in Markdown")
                    placeholderTextColor: Theme.textMuted
                    // Tab goes on to the next control, Shift+Tab back (no keyboard trap); Ctrl+Tab writes a tab.
                    Keys.onTabPressed: event => {
                        if (event.modifiers & Qt.ControlModifier)
                            instructionsArea.insert(instructionsArea.cursorPosition, "\t");
                        else
                            instructionsArea.nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason);
                        event.accepted = true;
                    }
                    Accessible.name: qsTr("Instructions, in Markdown")
                    background: Rectangle {
                        radius: 8
                        color: Theme.surface
                        border.width: instructionsArea.activeFocus ? 3 : 1
                        border.color: instructionsArea.activeFocus ? Theme.focus : Theme.border
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    visible: editor.isQuiz
                    spacing: 8
                    Label {
                        text: qsTr("Students see the right answers:")
                        color: Theme.text
                    }
                    ChoiceBox {
                        id: answersShownBox
                        objectName: "answersShownBox"
                        Layout.preferredWidth: 330
                        textRole: "text"
                        valueRole: "value"
                        model: [
                            { value: "after-submit", text: qsTr("once they have handed in") },
                            { value: "after-due", text: qsTr("after the due date") },
                            { value: "never", text: qsTr("never (only you)") },
                            { value: "practice", text: qsTr("at once: practice, marked as they answer") }
                        ]
                        currentIndex: indexOfValue(editor.answersShown)
                        onActivated: editor.answersShown = currentValue
                        Accessible.name: qsTr("When students see the right answers: %1").arg(displayText)
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: editor.answersShown === "after-due" && editor.dueText.length === 0
                        text: qsTr("Set a due date first.")
                        color: Theme.error
                        wrapMode: Text.Wrap
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    visible: editor.isQuiz
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("%n question(s)", "", editor.questions.count) + " · " + qsTr("%1 points in all").arg(editor.questions.totalPoints)
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        font.bold: true
                        color: Theme.text
                    }
                    PrimaryButton {
                        secondary: true
                        text: qsTr("+ Multiple choice")
                        Accessible.name: qsTr("Add a multiple-choice question")
                        onClicked: editor.questions.addQuestion("choice")
                    }
                    PrimaryButton {
                        secondary: true
                        text: qsTr("+ Short answer")
                        Accessible.name: qsTr("Add a short-answer question")
                        onClicked: editor.questions.addQuestion("short")
                    }
                }
                Repeater {
                    id: questionList
                    model: editor.isQuiz ? editor.questions : null
                    delegate: QuestionEditor {
                        Layout.fillWidth: true
                        quiz: editor.questions
                    }
                }
            }
        }
        ErrorBanner {
            Layout.fillWidth: true
            text: editor.error
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            Item {
                Layout.fillWidth: true
            }
            PrimaryButton {
                objectName: "saveAssignment"
                secondary: true
                text: qsTr("Save the draft")
                visible: !editor.published
                onClicked: editor.save()
            }
            PrimaryButton {
                objectName: "publishAssignment"
                text: editor.published ? qsTr("Save") : qsTr("Publish")
                Accessible.name: editor.published ? qsTr("Save the changes: students get them at their next sync") : qsTr("Publish: the class's students get the assignment at their next sync")
                onClicked: editor.published ? editor.save() : editor.publish()
            }
        }
    }
}
