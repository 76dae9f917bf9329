// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Dialogs
import QtQuick.Layouts
import Continuite

// The teacher's lessons: the list, of the class worked on or of all classes (Enter or a click edits,
// "New lesson" starts one), then the editor —
// title, summary, class day, the three sections in Markdown with a live preview, attachments by file
// picker with their size and a warning when heavy, save the draft, publish. Escape (outside the text) or "‹ Lessons"
// goes back to the list, keeping what was typed: a draft is saved on the way, a published lesson asks first.
FocusScope {
    id: root

    /// What Main says when this page opens inside the teacher's home (TeacherHome.spokenTitle): "" for the section's.
    readonly property string spokenTitle: root.editing ? qsTr("Lesson editor") : ""

    objectName: "teacherLessons"

    required property string classId
    property string className
    readonly property alias lessons: lessonModel
    readonly property alias classFilter: classFilter
    /// The class whose lessons are listed; empty for all classes. Follows the class worked on.
    property string filterClassId: root.classId
    /// The class a new lesson goes to: the one listed, else the one worked on.
    readonly property string targetClassId: root.filterClassId.length > 0 ? root.filterClassId : root.classId
    /// "All classes", then each class by name, as the filter offers them.
    property list<string> classChoices: []
    readonly property alias list: list
    readonly property alias editor: editor
    /// The text box of the part shown (each part has its own: LessonPartArea).
    readonly property TextArea sectionArea: root.section === 0 ? beforePart.area : root.section === 1 ? inPart.area : afterPart.area
    readonly property alias titleField: titleField
    /// True while a lesson is open in the editor.
    property bool editing: false
    /// 0 before class, 1 in class, 2 after class.
    property int section: 0
    signal openLesson(string lessonId)

    function editLesson(lessonId: string) {
        if (editor.load(lessonId))
            root.showEditor();
    }
    function newLesson() {
        editor.startNew(root.targetClassId);
        root.showEditor();
    }
    function showEditor() {
        root.section = 0;
        root.editing = true;
        root.showPreview();
        titleField.forceActiveFocus();
    }
    function closeEditor() {
        root.editing = false;
        list.forceActiveFocus();
    }
    /// Back to the list without losing a word (review of app19, finding 1: Escape threw the edits away). A draft with
    /// changes is saved on the way, as the pupils' answers are: it is the teacher's alone, and a tired teacher expects
    /// to find what she typed. A published lesson saved reaches the pupils at their next sync, so leaving it with
    /// changes asks (Save / Don't save / Back to the lesson). When the draft cannot be saved (no title yet, a class day
    /// that is not a date), the editor stays and says why.
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
    /// words: review of app19). A published lesson with changes asks first (Save / Don't save / Back to it), then calls
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
    /// What to do once the published lesson's question is answered by Save or Don't save (readyToLeave()).
    property var afterLeaving: null
    function runAfterLeaving() {
        const then = root.afterLeaving;
        root.afterLeaving = null;
        if (then)
            then();
    }
    /// The preview, from the text as it is now.
    function showPreview() {
        previewLater.stop();
        root.previewMarkdown = editor.preview(root.sectionText(root.section));
    }
    /// The Markdown the preview shows. It follows the typing a moment after it stops: rendered at every key, a long
    /// lesson made each key slow (finding 8).
    property string previewMarkdown
    onSectionChanged: root.showPreview()
    Timer {
        id: previewLater
        interval: 300
        onTriggered: root.showPreview()
    }
    Connections {
        target: editor
        function onLessonChanged() {
            previewLater.restart();
        }
    }
    function attachFile(file: url): bool {
        return editor.attach(file);
    }
    function sectionName(index: int): string {
        return index === 0 ? qsTr("Before class") : index === 1 ? qsTr("In class") : qsTr("After class");
    }
    function sectionText(index: int): string {
        return index === 0 ? editor.beforeClass : index === 1 ? editor.inClass : editor.afterClass;
    }
    /// Ctrl+Page Down (+1) or Up (-1) in a part's text: the next or previous part, the keyboard in its text.
    function moveToPart(step: int) {
        root.section = Math.max(0, Math.min(2, root.section + step));
        root.sectionArea.forceActiveFocus();
    }
    function setSectionText(index: int, text: string) {
        if (index === 0)
            editor.beforeClass = text;
        else if (index === 1)
            editor.inClass = text;
        else
            editor.afterClass = text;
    }

    function showClass(classId: string) {
        root.filterClassId = classId;
    }
    function listChoices() {
        const choices = [qsTr("All classes")];
        for (let row = 0; row < classList.count; ++row)
            choices.push(classList.nameAt(row));
        root.classChoices = choices;
        root.showFilter();
    }
    /// The filter box says which class is listed (set here, not bound: a new model resets a ComboBox).
    function showFilter() {
        classFilter.currentIndex = root.filterClassId.length === 0 ? 0 : classList.indexOf(root.filterClassId) + 1;
    }
    onClassIdChanged: root.filterClassId = root.classId
    onFilterClassIdChanged: root.showFilter()

    ClassModel {
        id: classList
        session: Session
        onReloaded: root.listChoices()
    }
    Component.onCompleted: root.listChoices()
    LessonModel {
        id: lessonModel
        session: Session
        classId: root.filterClassId
        // Another class listed: its first lesson is the one the keys start from.
        onClassIdChanged: list.currentIndex = lessonModel.count > 0 ? 0 : -1
    }
    LessonEditor {
        id: editor
        session: Session
    }
    /// Publishes the lesson, after saying what may be missing (an empty part, no student yet, no network).
    function askToPublish() {
        const checks = [...editor.publishChecks()]; // a JavaScript array (the QStringList has no push)
        if (!SyncController.networkAvailable)
            checks.push(qsTr("This computer is offline: the lesson leaves at the next connection."));
        if (checks.length === 0) {
            editor.publish();
            return;
        }
        publishDialog.message = "• " + checks.join("\n• ");
        publishDialog.open();
    }
    ConfirmDialog {
        id: publishDialog
        objectName: "publishDialog"
        title: qsTr("Publish “%1” as it is?").arg(editor.title)
        cancelText: qsTr("Back to the lesson")
        confirmText: qsTr("Publish anyway")
        onAccepted: editor.publish()
    }
    ConfirmDialog {
        id: leaveDialog
        objectName: "leaveDialog"
        title: qsTr("Save your changes to “%1”?").arg(editor.title)
        message: qsTr("This lesson is published: once saved, your changes reach your students at their next sync.")
        cancelText: qsTr("Back to the lesson")
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
            editor.load(editor.lessonId); // as the students have it
            root.closeEditor();
            root.runAfterLeaving();
        }
        onRejected: root.afterLeaving = null
    }
    FileDialog {
        id: attachDialog
        title: qsTr("Attach a file to the lesson")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("Worksheets, pictures, audio and video (*.pdf *.png *.jpg *.jpeg *.mp3 *.ogg *.mp4 *.webm)"), qsTr("All files (*)")]
        onAccepted: root.attachFile(selectedFile)
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
                text: qsTr("Lessons")
                font.pixelSize: Theme.fontHeading
                font.bold: true
                color: Theme.text
            }
            ChoiceBox {
                id: classFilter
                objectName: "classFilter"
                Layout.preferredWidth: 260
                model: root.classChoices
                enabled: classList.count > 0
                Accessible.name: qsTr("Lessons shown: %1").arg(displayText)
                onActivated: index => root.showClass(index === 0 ? "" : classList.classIdAt(index - 1))
                KeyNavigation.down: list
            }
            PrimaryButton {
                objectName: "newLesson"
                text: qsTr("New lesson")
                Accessible.name: qsTr("Write a new lesson for %1").arg(classList.nameAt(classList.indexOf(root.targetClassId)))
                enabled: root.targetClassId.length > 0
                onClicked: root.newLesson()
            }
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Enter or a click opens a lesson to edit it. Drafts are only visible to you until you publish them.")
            color: Theme.textMuted
            wrapMode: Text.Wrap
        }
        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            focus: true
            clip: true
            spacing: 10
            model: lessonModel
            keyNavigationEnabled: true
            activeFocusOnTab: true
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Lessons to edit")
            Keys.onReturnPressed: root.editLesson(lessonModel.lessonIdAt(list.currentIndex))
            Keys.onEnterPressed: root.editLesson(lessonModel.lessonIdAt(list.currentIndex))
            ScrollBar.vertical: PageScrollBar {}
            delegate: LessonCard {
                width: ListView.view.width - 14
                current: ListView.isCurrentItem && list.activeFocus
                onClicked: root.editLesson(lessonId)
            }
            Label {
                parent: list
                anchors.fill: parent
                visible: lessonModel.count === 0
                text: root.targetClassId.length === 0 ? qsTr("Create a class first (Classes & roster).") : qsTr("No lesson here yet: write one with “New lesson”.")
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                color: Theme.textMuted
                font.pixelSize: Theme.fontTitle
            }
        }
    }

    // ---- The editor ------------------------------------------------------------------------------
    // It scrolls as a whole when the window is too short for it (very large text at 1024×600): the text box keeps
    // seven lines at least instead of shrinking to two (review of issue 14, finding 9).
    Flickable {
        id: editorView
        objectName: "lessonEditorView"
        anchors.fill: parent
        visible: root.editing
        clip: true
        contentWidth: width
        contentHeight: Math.max(height, editorColumn.implicitHeight + Theme.spacing + Theme.margin)
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {
            policy: editorView.contentHeight > editorView.height ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
        }
        readonly property FocusInView focusInView: FocusInView {
            flickable: editorView
        }
    }
    FontMetrics {
        id: textMetrics
        font: root.sectionArea.font
    }
    ColumnLayout {
        id: editorColumn
        objectName: "lessonEditor"
        parent: editorView.contentItem
        x: Theme.margin
        y: Theme.spacing
        width: editorView.width - 2 * Theme.margin
        height: editorView.contentHeight - Theme.spacing - Theme.margin
        spacing: 8
        visible: root.editing
        Keys.onEscapePressed: root.leaveEditor()

        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            PrimaryButton {
                objectName: "backToLessons"
                secondary: true
                text: qsTr("‹ Lessons")
                Accessible.name: qsTr("Back to the list of lessons")
                onClicked: root.leaveEditor()
            }
            FormField {
                id: titleField
                objectName: "lessonTitle"
                Layout.fillWidth: true
                font.pixelSize: Theme.fontTitle
                font.bold: true
                placeholderText: qsTr("Title of the lesson")
                Accessible.name: qsTr("Title of the lesson")
                maximumLength: 200
                text: editor.title
                onTextEdited: editor.title = text
                KeyNavigation.tab: summaryField
            }
            // A published one changed says so too: its chip said "Published" over edits the students do not have yet
            // (review of app19, finding 1). Blue, "in progress", not the green of what is done.
            StateChip {
                objectName: "editorState"
                lessonState: editor.published ? (editor.dirty ? WorkStates.Started : WorkStates.Published) : WorkStates.Draft
                text: editor.published ? (editor.dirty ? qsTr("Published, changes not saved") : qsTr("Published")) : editor.dirty ? qsTr("Draft, not saved") : qsTr("Draft")
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            FormField {
                id: summaryField
                Layout.fillWidth: true
                placeholderText: qsTr("Summary: one sentence for the list")
                Accessible.name: qsTr("Summary of the lesson")
                text: editor.summary
                onTextEdited: editor.summary = text
            }
            FormField {
                id: dayField
                objectName: "lessonDay"
                // A whole date at every text size: 130 px cut the year's last digit at very large text ("06/12/202",
                // which reads as another date; review of app15, finding 5).
                Layout.preferredWidth: Math.ceil(Math.max(130, dayMetrics.advanceWidth + leftPadding + rightPadding + 8))
                TextMetrics {
                    id: dayMetrics
                    font.pixelSize: dayField.font.pixelSize
                    font.family: dayField.font.family
                    text: "00/00/0000"
                }
                placeholderText: qsTr("Class day")
                Accessible.name: qsTr("Day of the class session, like 04/12/2026")
                text: editor.plannedDateText
                onTextEdited: editor.plannedDateText = text
                ToolTip.visible: activeFocus && editor.plannedDateDisplay.length > 0
                ToolTip.text: editor.plannedDateDisplay
            }
            // The day chosen in a calendar too (issue 14); the field stays to type it.
            DatePicker {
                objectName: "lessonDayPicker"
                fieldText: editor.plannedDateText
                onPicked: day => editor.plannedDateText = Qt.formatDate(day, "dd/MM/yyyy")
            }
        }
        // The parts' tabs and the formatting buttons on one row when they fit: the text gets the height.
        GridLayout {
            id: toolbarRow
            Layout.fillWidth: true
            // The tabs share their bar's width equally: the widest (its hint) sets what they need.
            columns: {
                let widest = 0;
                for (let i = 0; i < tabs.count; ++i)
                    widest = Math.max(widest, tabs.itemAt(i)?.implicitWidth ?? 0);
                return widest * tabs.count + toolbar.implicitWidth + 16 <= width ? 2 : 1;
            }
            columnSpacing: 16
            rowSpacing: 8
            TabBar {
                id: tabs
                Layout.fillWidth: true
                currentIndex: root.section
                onCurrentIndexChanged: root.section = currentIndex
                background: Item {
                }
                SectionTab {
                    text: root.sectionName(0)
                    hint: qsTr("at home, to discover")
                }
                SectionTab {
                    text: root.sectionName(1)
                    hint: qsTr("together")
                }
                SectionTab {
                    text: root.sectionName(2)
                    hint: qsTr("exercises")
                }
            }
            MarkdownToolbar {
                id: toolbar
                Layout.fillWidth: toolbarRow.columns === 1
                area: root.sectionArea
                attachments: editor.attachments
                onAttachPictureRequested: attachDialog.open()
            }
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            // Seven lines at least; more as the window allows (not the text's own height: the editor would scroll).
            Layout.minimumHeight: Math.ceil(7 * textMetrics.height) + root.sectionArea.topPadding + root.sectionArea.bottomPadding
            Layout.preferredHeight: Layout.minimumHeight
            spacing: 8
            StackLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                currentIndex: root.section
                LessonPartArea {
                    id: beforePart
                    editor: root.editor
                    part: 0
                    partName: root.sectionName(0)
                    onMoveRequested: step => root.moveToPart(step)
                }
                LessonPartArea {
                    id: inPart
                    editor: root.editor
                    part: 1
                    partName: root.sectionName(1)
                    onMoveRequested: step => root.moveToPart(step)
                }
                LessonPartArea {
                    id: afterPart
                    editor: root.editor
                    part: 2
                    partName: root.sectionName(2)
                    onMoveRequested: step => root.moveToPart(step)
                }
            }
            MarkdownSection {
                objectName: "preview"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                markdown: root.previewMarkdown
                sectionName: qsTr("Preview, as students will see it")
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            Label {
                text: editor.attachments.count === 0 ? qsTr("No attached file.") : qsTr("Files (%1):").arg(editor.totalSizeText)
                textFormat: Text.PlainText
                color: Theme.textMuted
                font.bold: true
            }
            ListView {
                id: files
                objectName: "lessonFiles"
                Layout.fillWidth: true
                // As high as a chip (taller at very large text).
                implicitHeight: Math.max(32, Theme.fontSmall * 2 + 6)
                orientation: ListView.Horizontal
                spacing: 6
                clip: true
                model: editor.attachments
                activeFocusOnTab: true
                keyNavigationEnabled: true
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Attached files")
                Keys.onDeletePressed: files.removeFile(files.currentIndex)
                delegate: AttachmentChip {
                    current: ListView.isCurrentItem && files.activeFocus
                    onRemove: row => files.removeFile(row)
                }
                /// Removes the file at @p row and says which one went, then where the keyboard is: Delete said only
                /// "Fichiers joints. List with 1 item." (review-a11y22, M5).
                function removeFile(row: int) {
                    const model = editor.attachments;
                    if (row < 0 || row >= model.count)
                        return;
                    const name = String(model.data(model.index(row, 0), AttachmentModel.NameRole));
                    if (!editor.removeAttachment(row))
                        return;
                    if (model.count === 0) {
                        fileSaid.announce(qsTr("%1 removed from the lesson. No attached file left.").arg(name));
                        return;
                    }
                    files.currentIndex = Math.min(row, model.count - 1);
                    const next = model.index(files.currentIndex, 0);
                    fileSaid.announce(qsTr("%1 removed from the lesson. Now on %2, %3.").arg(name).arg(String(model.data(next, AttachmentModel.NameRole))).arg(String(model.data(next, AttachmentModel.SizeTextRole))));
                }
                Announcement {
                    id: fileSaid
                    objectName: "fileRemovedSaid"
                }
            }
            PrimaryButton {
                secondary: true
                text: qsTr("Attach a file…")
                onClicked: attachDialog.open()
            }
            // A spoken explanation, ≈150 KB a minute: attached to the lesson as soon as it is finished.
            VoiceCaptureRow {
                objectName: "lessonVoice"
                session: Session
                startText: qsTr("Voice note")
                startName: qsTr("Record a voice note for the lesson")
                onRecorded: file => root.attachFile(file)
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            CheckBox {
                id: lightVideosBox
                objectName: "lightVideos"
                text: qsTr("Light version of videos")
                checked: editor.lightVideos
                onToggled: editor.lightVideos = checked
                // Enter ticks it, as it presses every button; only Space did (review-a11y22, L6).
                Keys.onReturnPressed: {
                    lightVideosBox.toggle();
                    lightVideosBox.toggled();
                }
                Keys.onEnterPressed: {
                    lightVideosBox.toggle();
                    lightVideosBox.toggled();
                }
                Accessible.name: qsTr("Attach videos as their light version, about 1 MB a minute (360p)")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("A phone's video costs 30 to 60 MB a minute: a family on mobile data cannot receive it. Your own file is kept as it is.")
            }
            // A photo or a video being made light: the window keeps answering, and Stop is at hand.
            PreparationRow {
                objectName: "lessonPreparation"
                Layout.fillWidth: true
                preparation: editor.preparation
            }
        }
        Label {
            objectName: "lastAttached"
            Layout.fillWidth: true
            visible: editor.lastAttachedText.length > 0 && !editor.preparation.busy
            text: qsTr("Attached, made light for mobile data: %1").arg(editor.lastAttachedText)
            textFormat: Text.PlainText
            color: Theme.success
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        Label {
            Layout.fillWidth: true
            visible: editor.heavyCount > 0
            text: qsTr("⚠ %n file(s) over 2 MB: heavy for a family on mobile data. Prefer a lighter version (a compressed PDF, a shorter video).", "", editor.heavyCount)
            textFormat: Text.PlainText
            color: Theme.warning
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
        }
        ErrorBanner {
            Layout.fillWidth: true
            text: editor.error
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            PrimaryButton {
                secondary: true
                text: qsTr("See as a student")
                Accessible.name: qsTr("Open the lesson in the reader, as a student sees it")
                enabled: editor.lessonId.length > 0 && !editor.dirty
                onClicked: root.openLesson(editor.lessonId)
            }
            Item {
                Layout.fillWidth: true
            }
            PrimaryButton {
                objectName: "saveLesson"
                secondary: true
                text: qsTr("Save the draft")
                visible: !editor.published
                onClicked: editor.save()
            }
            PrimaryButton {
                objectName: "publishLesson"
                text: editor.published ? qsTr("Save") : qsTr("Publish")
                Accessible.name: editor.published ? qsTr("Save the changes: students get them at their next sync") : qsTr("Publish: the class's students get the lesson at their next sync")
                onClicked: editor.published ? editor.save() : root.askToPublish()
            }
        }
    }
}
