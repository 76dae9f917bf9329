// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Dialogs
import QtQuick.Layouts
import Continuite

// Answering an assignment, offline: the instructions, the answer (text, quiz), files to attach, and the
// versions handed in with their feedback. The draft saves itself shortly after each change and when the
// page is left. Escape goes back; Ctrl+S saves now; Ctrl+Enter hands in.
FocusScope {
    id: root

    /// What Main says when this page opens (a screen reader hears the page's title, not only the control focused).
    readonly property string spokenTitle: work.found ? work.title : qsTr("Assignment not available")

    objectName: "answer"

    required property string assignmentId
    readonly property alias work: work
    readonly property alias fileDialog: fileDialog
    signal back
    /// The teacher's files for this work open inside the app, as a lesson's do.
    signal openPdf(url source, string name)
    signal openMedia(url source, string name, string kind)
    /// "No internet? Put your work on your USB stick": the exchanges page.
    signal openExchanges

    function leave() {
        work.saveNow();
        root.back();
    }
    /// Questions of a quiz left without an answer (0 for other work).
    readonly property int unanswered: work.kind === "quiz" ? work.questions.count - work.questions.answeredCount : 0
    /// The half-empty quiz warning is shown: handing in waits for "hand in anyway".
    property bool warningUnanswered: false
    /// The instructions keep a box of their own, which scrolls, only while it and four lines of answer fit the column
    /// together (1024×600 at the normal size: both show at once). Otherwise the box showed a sliver and scrolled inside
    /// the scrolling page, two bars side by side and the wheel moving only the box (review of app16, finding 6): the
    /// instructions are then part of the page, which scrolls as one.
    /// (Boxed too before the page is laid out, 0 px high: it would open laid out unboxed, the answer lower down, and
    /// scroll to it.)
    readonly property bool instructionsBoxed: answerView.height <= 0 || answerView.height >= (work.kind === "quiz" ? 110 : 150) + editorScroll.Layout.minimumHeight + Theme.spacing
    onInstructionsBoxedChanged: {
        // The text size or the window changed (or the page was first laid out, 0 px high, then at its height): the
        // column starts again at the top. Boxed, the instructions and the answer both show there; in the page, their
        // first line does.
        instructionsFlick.contentY = 0;
        answerView.contentY = 0;
    }
    /// Scrolls the page's column the least that shows @p top … @p bottom (in the column's content).
    function showInColumn(top: real, bottom: real) {
        if (top < answerView.contentY)
            answerView.contentY = Math.max(0, top);
        else if (bottom > answerView.contentY + answerView.height)
            answerView.contentY = Math.max(0, Math.min(answerView.contentHeight - answerView.height, bottom - answerView.height));
    }

    /// Hands in; a quiz with questions left unanswered asks first (@p anyway: the student said to go on).
    function handIn(anyway: bool) {
        if (!work.canSubmit)
            return;
        if (root.unanswered > 0 && !anyway) {
            root.warningUnanswered = true;
            // As a Tab would: the button that Space or Enter now presses wears the ring (review of app16).
            seeUnanswered.forceActiveFocus(Qt.TabFocusReason);
            return;
        }
        root.warningUnanswered = false;
        work.submit();
    }
    /// Handed in with no hub to reach: the way to the USB stick appears beside the versions, and is said (a label that
    /// appears is not read by a screen reader: issue 18, F6, found by the audit).
    function sayUsbHint() {
        if (usbHint.visible)
            usbHintSaid.announce(usbHintText.text);
    }
    /// Shows the first question without an answer, with the keyboard on it.
    function showUnanswered() {
        root.warningUnanswered = false;
        for (let i = 0; i < questionRepeater.count; ++i) {
            const card = questionRepeater.itemAt(i) as QuizQuestionCard;
            if (card && !card.answered) {
                answerView.focusInView.reveal(card); // its question in view, then the keyboard on its answer
                card.focusAnswer();
                return;
            }
        }
    }

    AnswerController {
        id: work
        session: Session
        assignmentId: root.assignmentId
        // Handed in: the keyboard goes to the new version, which a screen reader then reads.
        onSubmitted: {
            versions.currentIndex = 0;
            versions.forceActiveFocus(Qt.OtherFocusReason);
            sayUsbHintLater.start();
        }
        // The right answers came while she is on the page (a sync, or handing in released them): said once, with her
        // score, where she is; each question's name now carries its mark (issue 18, F7).
        onAnswerKeyArrived: keySaid.announce(qsTr("Your teacher has released the right answers: %1 of %n question(s) right.", "", work.questions.count).arg(work.questions.rightCount))
    }
    // Once the versions have the new one (a zero timer, not Qt.callLater: untyped for Qt 6.4's qmllint, and it calls
    // a destroyed page in Qt 6.4).
    Timer {
        id: sayUsbHintLater
        interval: 0
        onTriggered: root.sayUsbHint()
    }
    Announcement {
        id: usbHintSaid
        objectName: "usbHintAnnouncement"
    }
    Announcement {
        id: keySaid
        objectName: "answerKeyAnnouncement"
    }
    // Opened: a quiz starts on its instructions (read as text); written work on the answer box.
    StackView.onActivated: {
        if (work.found && work.kind === "quiz")
            instructions.reading.forceActiveFocus(Qt.OtherFocusReason);
        // The column opens at its top: boxed, the instructions and the answer show there together; in the page, on their
        // first line, not on a cut one above the answer (finding 6). The answer keeps the keyboard, and the page
        // follows the caret as she types.
        answerView.contentY = 0;
    }
    Component.onDestruction: work.saveNow()

    Keys.onEscapePressed: root.leave()
    Keys.onBackPressed: root.leave()
    Keys.onPressed: event => {
        if (event.modifiers & Qt.ControlModifier) {
            if (event.key === Qt.Key_S) {
                work.saveNow();
                event.accepted = true;
            } else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
                root.handIn(false);
                event.accepted = true;
            }
        }
    }

    FileDialog {
        id: fileDialog
        title: qsTr("Attach a photo or a file")
        fileMode: FileDialog.OpenFiles
        nameFilters: [qsTr("Photos and documents (*.jpg *.jpeg *.png *.heic *.pdf *.odt *.docx *.txt)"), qsTr("All files (*)")]
        onAccepted: {
            for (const file of selectedFiles)
                work.addFile(file);
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        anchors.topMargin: Theme.spacing
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            PrimaryButton {
                objectName: "backButton"
                secondary: true
                text: qsTr("‹ Back")
                Accessible.name: qsTr("Back to the list (your draft is saved)")
                onClicked: root.leave()
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Label {
                    Layout.fillWidth: true
                    text: work.found ? work.title : qsTr("Assignment not available")
                    textFormat: Text.PlainText
                    color: Theme.text
                    font.pixelSize: Theme.fontHeading - 4
                    font.bold: true
                    // A long title on two lines rather than cut (issue 14).
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                }
                Label {
                    Layout.fillWidth: true
                    visible: work.found
                    textFormat: Text.PlainText
                    text: {
                        const parts = [work.kindText];
                        parts.push(work.dueText.length > 0 ? qsTr("for %1", "when work is due").arg(work.dueText) : qsTr("no due date"));
                        if (work.lessonTitle.length > 0)
                            parts.push(qsTr("lesson: %1").arg(work.lessonTitle));
                        return parts.join("  ·  ");
                    }
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    // The lesson's title on a second line rather than cut ("leçon : Placer …" at "Très grande").
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                }
            }
            DueChip {
                visible: work.found
                dueState: work.dueState
                text: work.dueHint
            }
        }

        ErrorBanner {
            objectName: "error"
            Layout.fillWidth: true
            text: work.error
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: work.found
            spacing: Theme.spacing

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: Theme.spacing

                // The instructions, the teacher's files, the answer and the row of files scroll as one when the window is
                // too short for them (1024×600, very large text); the hand-in row below stays in view. Before, the
                // rows under the answer were pushed out under the window's edge, and their width (files and buttons
                // on one line) made the page wider than the window.
                Flickable {
                    id: answerView
                    objectName: "answerView"
                    /// The column is taller than the room it has: it scrolls, with room kept for its bar.
                    readonly property bool scrolls: answerColumn.implicitHeight > height + 0.5
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    contentWidth: width
                    contentHeight: Math.max(height, answerColumn.implicitHeight)
                    boundsBehavior: Flickable.StopAtBounds
                    ScrollBar.vertical: ScrollBar {
                        policy: answerView.scrolls ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
                    }
                    // Tab never takes the keyboard to a control scrolled out of view.
                    readonly property FocusInView focusInView: FocusInView {
                        flickable: answerView
                    }

                    ColumnLayout {
                        id: answerColumn
                        width: answerView.width - (answerView.scrolls ? 14 : 0)
                        height: answerView.contentHeight
                        spacing: Theme.spacing
                        Rectangle {
                            // The instructions stay in view, in a box of their own that scrolls, above the answer.
                            objectName: "instructionsBox"
                            Layout.fillWidth: true
                            Layout.preferredHeight: root.instructionsBoxed ? Math.min(instructions.implicitHeight + 24, work.kind === "quiz" ? 110 : 150) : instructions.implicitHeight + 24
                            radius: Theme.radius
                            color: Theme.surface
                            border.color: instructions.reading.activeFocus ? Theme.focus : Theme.border
                            border.width: instructions.reading.activeFocus ? 2 : 1
                            Flickable {
                                id: instructionsFlick
                                anchors.fill: parent
                                anchors.margins: 2
                                clip: true
                                contentWidth: width
                                contentHeight: instructions.implicitHeight + 20
                                boundsBehavior: Flickable.StopAtBounds
                                // In the page (not boxed): the wheel and the finger move the page.
                                interactive: root.instructionsBoxed
                                ScrollBar.vertical: ScrollBar {
                                    policy: !root.instructionsBoxed ? ScrollBar.AlwaysOff : instructionsFlick.contentHeight > instructionsFlick.height ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded
                                }
                                SpokenMarkdown {
                                    id: instructions
                                    objectName: "instructions"
                                    x: 14
                                    y: 10
                                    width: instructionsFlick.width - 36
                                    markdown: work.instructions
                                    name: qsTr("Instructions")
                                    color: Theme.text
                                    linkColor: Theme.primary
                                    font.pixelSize: Theme.fontBody
                                    onLinkActivated: link => Qt.openUrlExternally(link)
                                    onReadingAt: (y, lineHeight) => {
                                        if (!root.instructionsBoxed) {
                                            const line = instructions.mapToItem(answerView.contentItem, 0, y).y;
                                            root.showInColumn(line - 10, line + lineHeight + 10);
                                            return;
                                        }
                                        const top = instructions.y + y - 10;
                                        const bottom = instructions.y + y + lineHeight + 10;
                                        if (top < instructionsFlick.contentY)
                                            instructionsFlick.contentY = Math.max(0, top);
                                        else if (bottom > instructionsFlick.contentY + instructionsFlick.height)
                                            instructionsFlick.contentY = Math.min(instructionsFlick.contentHeight - instructionsFlick.height, bottom - instructionsFlick.height);
                                    }
                                }
                            }
                        }

                        ScrollView {
                            id: editorScroll
                            objectName: "answerBox"
                            visible: work.kind !== "quiz"
                            focus: work.kind !== "quiz"
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            // Four lines at least; it scrolls inside itself beyond that (a page that grew with the answer
                            // would take the line being typed under the window's edge).
                            Layout.minimumHeight: Math.max(90, Math.round(Theme.fontBody * 1.4 * 4 + 16))
                            Layout.preferredHeight: Layout.minimumHeight
                            TextArea {
                                id: editor
                                objectName: "answerText"
                                text: work.text
                                wrapMode: TextEdit.Wrap
                                placeholderText: work.kind === "file" ? qsTr("A word for your teacher (optional)") : qsTr("Write your answer here. It is saved on this device as you type.")
                                placeholderTextColor: Theme.textMuted
                                color: Theme.text
                                font.pixelSize: Theme.fontBody
                                focus: work.kind !== "quiz"
                                Accessible.name: qsTr("Your answer")
                                // Up and Down say the line they reach (review-a11y22, M1).
                                LineAnnouncer {
                                    objectName: "answerLineSaid"
                                    area: editor
                                }
                                // Orca 43 reads no words of a Qt 6.4 text box (every text-attribute run comes back
                                // empty): the description says the answer as it was when the keyboard arrived (not
                                // while typing, or each key would read it all again); empty, the placeholder.
                                property string spokenValue
                                Accessible.description: spokenValue.length > 0 ? spokenValue : placeholderText
                                Component.onCompleted: spokenValue = text
                                onActiveFocusChanged: if (!activeFocus) spokenValue = text
                                Keys.onTabPressed: event => {
                                    // Tab leaves the text for the next control, as everywhere else; Ctrl+Tab writes a tab.
                                    if (event.modifiers & Qt.ControlModifier)
                                        editor.insert(editor.cursorPosition, "\t");
                                    else
                                        editor.nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason);
                                    event.accepted = true;
                                }
                                // The line being typed stays in the page's view, not only in the box's.
                                onCursorRectangleChanged: {
                                    if (!activeFocus || !answerView.scrolls)
                                        return;
                                    const r = editor.cursorRectangle;
                                    const top = editor.mapToItem(answerView.contentItem, r.x, r.y).y - 8;
                                    const bottom = top + r.height + 16;
                                    if (top < answerView.contentY)
                                        answerView.contentY = Math.max(0, top);
                                    else if (bottom > answerView.contentY + answerView.height)
                                        answerView.contentY = Math.min(answerView.contentHeight - answerView.height, bottom - answerView.height);
                                }
                                onTextChanged: {
                                    if (text !== work.text)
                                        work.text = text;
                                    if (!activeFocus)
                                        spokenValue = text;
                                }
                                background: Rectangle {
                                    radius: Theme.radius
                                    color: Theme.surface
                                    border.width: editor.activeFocus ? 2 : 1
                                    border.color: editor.activeFocus ? Theme.focus : Theme.border
                                }
                            }
                        }

                        // The teacher's files for this work: what they cost before it is spent, and those the data policy
                        // holds back, with the choice to download them anyway. Under the answer box, so that the
                        // instructions and the answer show together at 1024×600 (between them, the column opened on the
                        // answer with the instructions scrolled out of view above); above the questions of a quiz.
                        ColumnLayout {
                            objectName: "assignmentFiles"
                            Layout.fillWidth: true
                            visible: work.attachments.count > 0
                            spacing: 4
                            Label {
                                objectName: "assignmentDownloadCost"
                                Layout.fillWidth: true
                                text: qsTr("Files from your teacher — to download: %1").arg(work.downloadCostText)
                                textFormat: Text.PlainText
                                color: Theme.textMuted
                                font.pixelSize: Theme.fontSmall
                                wrapMode: Text.Wrap
                            }
                            RowLayout {
                                objectName: "assignmentHeldBack"
                                Layout.fillWidth: true
                                visible: work.missingFiles.length > 0
                                spacing: Theme.spacing
                                Label {
                                    Layout.fillWidth: true
                                    textFormat: Text.PlainText
                                    text: DataPolicySettings.holdsFilesBack
                                          ? qsTr("%1 of files wait: the data settings keep them for a network that does not count data.").arg(work.missingSizeText)
                                          : qsTr("%1 of files will arrive at the next sync.").arg(work.missingSizeText)
                                    color: Theme.warning
                                    font.pixelSize: Theme.fontSmall
                                    wrapMode: Text.Wrap
                                }
                                PrimaryButton {
                                    objectName: "assignmentDownloadAnyway"
                                    secondary: true
                                    visible: SyncController.connected
                                    text: qsTr("Download anyway (%1)").arg(work.missingSizeText)
                                    Accessible.name: qsTr("Download the files of this assignment now anyway: %1").arg(work.missingSizeText)
                                    onClicked: SyncController.downloadAnyway(work.missingFiles)
                                }
                            }
                            AttachmentList {
                                objectName: "assignmentAttachments"
                                Layout.fillWidth: true
                                // Whole in the page, which scrolls: a 120 px box of its own was a scroll inside the scroll
                                // (review of app16, finding 6).
                                Layout.preferredHeight: contentHeight
                                interactive: false
                                model: work.attachments
                                onOpenPdf: (source, name) => root.openPdf(source, name)
                                onOpenMedia: (source, name, kind) => root.openMedia(source, name, kind)
                            }
                        }

                        Label {
                            objectName: "answersNote"
                            visible: work.kind === "quiz" && text.length > 0
                            Layout.fillWidth: true
                            text: work.answersNote
                            textFormat: Text.PlainText
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontSmall
                            wrapMode: Text.Wrap
                        }

                        // The questions scroll with the page, not in a box of their own inside it: one scroll bar, and
                        // the wheel moves the page wherever the mouse is.
                        Column {
                            id: questionColumn
                            objectName: "quizQuestions"
                            visible: work.kind === "quiz"
                            Layout.fillWidth: true
                            spacing: 10
                            Repeater {
                                id: questionRepeater
                                model: work.kind === "quiz" ? work.questions : null
                                delegate: QuizQuestionCard {
                                    width: questionColumn.width
                                    quiz: work.questions
                                    // The keyboard on one of its answers: the whole question in view, its words too.
                                    onActiveFocusChanged: {
                                        if (activeFocus)
                                            answerView.focusInView.reveal(this);
                                    }
                                }
                            }
                        }
                        // A tall window: the room left goes under the questions, not between the rows.
                        Item {
                            visible: work.kind === "quiz"
                            Layout.fillHeight: true
                        }

                        // The files handed in with the work and the ways to add one: they go on to a second line rather than
                        // push the page past the window's edge.
                        Flow {
                            id: attachRow
                            objectName: "attachRow"
                            Layout.fillWidth: true
                            spacing: 8
                            Label {
                                objectName: "attachHint"
                                width: Math.min(implicitWidth, attachRow.width)
                                height: Math.max(implicitHeight, attachButton.height)
                                verticalAlignment: Text.AlignVCenter
                                wrapMode: Text.Wrap
                                text: work.fileNames.length > 0 ? qsTr("Files:") : (work.kind === "file" ? qsTr("Attach your work: a photo of your exercise book or a file.") : qsTr("You may attach a photo or a file."))
                                textFormat: Text.PlainText
                                color: Theme.textMuted
                                font.pixelSize: Theme.fontSmall
                            }
                            Repeater {
                                model: work.fileNames
                                delegate: Rectangle {
                                    id: fileChip
                                    required property int index
                                    required property string modelData
                                    // "cahier.jpg · 3,8 Mo → 190 Ko": what the photo weighed and what is sent.
                                    readonly property string sizeText: work.fileSizes[index] ?? ""
                                    implicitWidth: Math.min(fileLabel.implicitWidth, 130) + (sizeLabel.visible ? sizeLabel.implicitWidth + 4 : 0) + removeButton.implicitWidth + 22
                                    width: Math.min(implicitWidth, attachRow.width)
                                    // As high as the buttons beside it, on the same line.
                                    implicitHeight: Math.max(32, attachButton.height)
                                    radius: height / 2
                                    color: Theme.surface
                                    border.color: Theme.border
                                    RowLayout {
                                        anchors.fill: parent
                                        anchors.leftMargin: 12
                                        anchors.rightMargin: 4
                                        spacing: 4
                                        Label {
                                            id: fileLabel
                                            Layout.fillWidth: true
                                            text: fileChip.modelData
                                            textFormat: Text.PlainText
                                            color: Theme.text
                                            font.pixelSize: Theme.fontSmall
                                            elide: Text.ElideMiddle
                                            Layout.maximumWidth: 130
                                        }
                                        Label {
                                            id: sizeLabel
                                            visible: fileChip.sizeText.length > 0
                                            text: fileChip.sizeText
                                            textFormat: Text.PlainText
                                            color: Theme.textMuted
                                            font.pixelSize: Theme.fontSmall
                                        }
                                        Button {
                                            id: removeButton
                                            objectName: "removeFile" + fileChip.index
                                            text: "✕"
                                            Accessible.name: qsTr("Remove %1").arg(fileChip.modelData)
                                            focusPolicy: Qt.StrongFocus
                                            onClicked: work.removeFile(fileChip.index)
                                            Keys.onReturnPressed: clicked()
                                            contentItem: Label {
                                                Accessible.ignored: true
                                                text: removeButton.text
                                                textFormat: Text.PlainText
                                                color: Theme.error
                                                font.pixelSize: Theme.fontSmall
                                                horizontalAlignment: Text.AlignHCenter
                                                verticalAlignment: Text.AlignVCenter
                                            }
                                            background: Rectangle {
                                                implicitWidth: 24
                                                implicitHeight: 24
                                                radius: 12
                                                color: removeButton.down || removeButton.hovered ? Theme.errorSurface : "transparent"
                                                border.width: removeButton.visualFocus ? 2 : 0
                                                border.color: Theme.focus
                                            }
                                        }
                                    }
                                }
                            }
                            // For a pupil who writes with difficulty: the answer said aloud, ≈150 KB a minute.
                            VoiceCaptureRow {
                                objectName: "answerVoice"
                                width: Math.min(implicitWidth, attachRow.width)
                                session: Session
                                maxSeconds: 180
                                startText: qsTr("Answer aloud")
                                onRecorded: file => work.addFile(file)
                            }
                            PrimaryButton {
                                id: attachButton
                                objectName: "attachButton"
                                secondary: true
                                text: qsTr("Attach a file…")
                                Accessible.name: qsTr("Attach a photo or a file")
                                enabled: !work.preparation.busy
                                onClicked: fileDialog.open()
                            }
                            // About the photos attached, so beside them (it was in the hand-in row, which must stay narrow).
                            CheckBox {
                                id: colourPhotosBox
                                objectName: "colourPhotos"
                                text: qsTr("Photos in colour")
                                checked: work.colourPhotos
                                onToggled: work.colourPhotos = checked
                                // Enter ticks it, as it presses every button; only Space did (review-a11y22, L6).
                                Keys.onReturnPressed: {
                                    colourPhotosBox.toggle();
                                    colourPhotosBox.toggled();
                                }
                                Keys.onEnterPressed: {
                                    colourPhotosBox.toggle();
                                    colourPhotosBox.toggled();
                                }
                                Accessible.name: qsTr("Keep photos in colour (heavier); otherwise a page of the exercise book is made grey and contrasted")
                                ToolTip.visible: hovered
                                ToolTip.text: qsTr("Otherwise a photo of your exercise book is made grey and contrasted: lighter to send, just as easy to read.")
                            }
                        }
                        // A big photo being made light: the page keeps answering meanwhile.
                        PreparationRow {
                            objectName: "answerPreparation"
                            Layout.fillWidth: true
                            preparation: work.preparation
                        }
                    }
                }

                // A quiz is never handed in half empty by accident.
                Rectangle {
                    id: unansweredWarning
                    objectName: "unansweredWarning"
                    Layout.fillWidth: true
                    visible: root.warningUnanswered && root.unanswered > 0
                    implicitHeight: warningRow.implicitHeight + 16
                    radius: Theme.radius
                    color: Theme.warningSurface
                    border.color: Theme.warning
                    // At very large text the sentence on its own line, the two buttons under it: beside them it took four
                    // lines, and the questions were left a 40 px strip (review-app22 F7).
                    GridLayout {
                        id: warningRow
                        anchors.fill: parent
                        anchors.margins: 8
                        columns: Theme.largeText ? 2 : 3
                        columnSpacing: Theme.spacing
                        rowSpacing: 8
                        Label {
                            objectName: "unansweredText"
                            Layout.fillWidth: true
                            Layout.columnSpan: Theme.largeText ? 2 : 1
                            text: qsTr("You still have %n question(s) without an answer.", "", root.unanswered)
                            textFormat: Text.PlainText
                            color: Theme.warning
                            font.bold: true
                            wrapMode: Text.Wrap
                            Announcement {
                                text: parent.visible ? parent.text : ""
                            }
                        }
                        PrimaryButton {
                            id: seeUnanswered
                            objectName: "seeUnanswered"
                            Layout.alignment: Qt.AlignLeft
                            secondary: true
                            text: qsTr("Show them")
                            Accessible.name: qsTr("Show the questions without an answer")
                            onClicked: root.showUnanswered()
                        }
                        PrimaryButton {
                            objectName: "handInAnyway"
                            secondary: true
                            text: qsTr("Hand in anyway")
                            Accessible.name: qsTr("Hand in anyway, with %n question(s) unanswered", "", root.unanswered)
                            onClicked: root.handIn(true)
                        }
                    }
                }

                RowLayout {
                    objectName: "handInRow"
                    Layout.fillWidth: true
                    // At very large text the warning takes its place while it shows: "Hand in anyway" is its button.
                    visible: !(Theme.largeText && unansweredWarning.visible)
                    spacing: Theme.spacing
                    Label {
                        objectName: "draftState"
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        text: work.draftState === WorkStates.DraftSaved ? qsTr("✓ Draft saved") : work.draftState === WorkStates.DraftUnsaved ? qsTr("Saving…") : ""
                        textFormat: Text.PlainText
                        color: work.draftState === WorkStates.DraftSaved ? Theme.success : Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        Accessible.role: Accessible.StaticText
                        Accessible.name: text
                        // Empty, it was an empty label in flat review (issue 18, F9); its announcement stays in the tree.
                        Accessible.ignored: text.length === 0
                        Announcement {
                            objectName: "draftAnnouncement"
                            // Said once each time the draft reaches this device's disk.
                            text: work.draftState === WorkStates.DraftSaved ? qsTr("Draft saved") : ""
                        }
                    }
                    Label {
                        objectName: "answeredCount"
                        visible: work.kind === "quiz"
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignRight
                        wrapMode: Text.Wrap
                        textFormat: Text.PlainText
                        text: qsTr("%1 of %n question(s) answered", "", work.questions.count).arg(work.questions.answeredCount)
                              + (work.questions.marked ? " · " + qsTr("%n right", "", work.questions.rightCount) : "")
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                    }
                    PrimaryButton {
                        objectName: "submitButton"
                        enabled: work.canSubmit
                        text: work.history.count > 0 ? qsTr("Hand in again") : qsTr("Hand in")
                        Accessible.name: work.history.count > 0 ? qsTr("Hand in a new version (the earlier ones are kept)") : qsTr("Hand in your work (sent at the next sync)")
                        onClicked: root.handIn(false)
                    }
                }
            }

            Rectangle {
                Layout.preferredWidth: 300
                Layout.fillHeight: true
                radius: Theme.radius
                color: Theme.surfaceAlt
                border.color: Theme.border

                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: 12
                    spacing: 8
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("My versions")
                        color: Theme.text
                        font.pixelSize: Theme.fontTitle - 2
                        font.bold: true
                    }
                    // Families without internet are led to the USB stick (issue 14), beside the work waiting to leave.
                    ColumnLayout {
                        id: usbHint
                        objectName: "usbHint"
                        Layout.fillWidth: true
                        visible: work.history.waitingCount > 0 && (SyncController.state === SyncController.Offline || SyncController.state === SyncController.NotConnected)
                        spacing: 4
                        Label {
                            id: usbHintText
                            Layout.fillWidth: true
                            text: qsTr("No internet? Put your work on your USB stick for your teacher.")
                            color: Theme.text
                            font.pixelSize: Theme.fontSmall
                            wrapMode: Text.Wrap
                        }
                        PrimaryButton {
                            objectName: "usbButton"
                            Layout.fillWidth: true
                            secondary: true
                            text: qsTr("USB stick…")
                            Accessible.name: qsTr("Put your work on a USB stick (no internet needed)")
                            onClicked: {
                                work.saveNow();
                                root.openExchanges();
                            }
                        }
                    }
                    ListView {
                        id: versions
                        objectName: "versions"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        clip: true
                        spacing: 8
                        model: work.history
                        activeFocusOnTab: true
                        keyNavigationEnabled: true
                        Accessible.role: Accessible.List
                        Accessible.name: qsTr("Versions handed in, newest first")
                        ScrollBar.vertical: ScrollBar {
                        }
                        delegate: VersionCard {
                            width: ListView.view.width - 10
                            current: ListView.isCurrentItem && versions.activeFocus
                        }
                        Label {
                            anchors.fill: parent
                            visible: versions.count === 0
                            text: qsTr("Not handed in yet. When you hand in, your work waits on this device and leaves at the next sync.")
                            color: Theme.textMuted
                            wrapMode: Text.Wrap
                        }
                    }
                }
            }
        }
    }
}
