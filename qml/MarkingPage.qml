// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Continuite

// Marking one student's work at a time, as on a pile of notebooks: the photo (or PDF) big on the left with its
// thumbnails, the comment on several lines and the score out of the scale on the right, and "Next ›" to the
// next student's work without going back to the list. Escape goes back to the list.
FocusScope {
    id: root

    objectName: "markingPage"

    required property ReviewModel review
    /// The review's row shown (a student's version); -1 when closed.
    property int row: -1
    /// Which of the work's files is big.
    property int fileIndex: 0
    property var work: ({})
    property int nextRow: -1
    property int previousRow: -1
    /// Said after a return: "Returned to Léa Dubois."
    property string returnedText
    /// How the comment box's keys work, said under it (in the empty box at very large text).
    readonly property string keysHint: qsTr("Enter: a new line · Ctrl+Enter: return the work")
    readonly property var files: root.work.attachments ?? []
    readonly property var file: root.files.length > root.fileIndex ? root.files[root.fileIndex] : null
    readonly property alias commentBox: commentBox
    readonly property alias scoreField: scoreField
    readonly property alias nextButton: nextButton
    readonly property alias viewer: viewer
    readonly property alias thumbnails: thumbnails
    signal close

    function show(row: int, fileIndex: int) {
        root.row = row;
        root.fileIndex = Math.max(0, fileIndex);
        root.returnedText = "";
        root.review.clearError();
        root.refresh();
        // What was returned comes back in the boxes, to be amended; an empty box for new work.
        commentBox.text = root.work.feedback ?? "";
        scoreField.text = root.work.scoreText ?? "";
        if (root.files.length > 0)
            viewer.forceActiveFocus();
        else
            commentBox.forceActiveFocus();
    }
    function refresh() {
        const keep = root.fileIndex; // a new list of files resets the strip: the same file stays big
        root.work = root.review.rowAt(root.row);
        root.fileIndex = Math.max(0, Math.min(keep, root.files.length - 1));
        thumbnails.currentIndex = root.fileIndex;
        root.nextRow = root.review.nextStudentRow(root.row);
        root.previousRow = root.review.previousStudentRow(root.row);
    }
    function goNext() {
        if (root.nextRow >= 0)
            root.show(root.nextRow, 0);
    }
    function goPrevious() {
        if (root.previousRow >= 0)
            root.show(root.previousRow, 0);
    }
    function returnWork() {
        // Cleared first: the same words again (the same slip twice) are then said again (StatusMessage).
        root.returnedText = "";
        root.review.clearError();
        if (!root.review.giveFeedback(root.row, commentBox.text, scoreField.text)) {
            scoreField.forceActiveFocus();
            return false;
        }
        root.returnedText = qsTr("Returned to %1.").arg(root.work.studentName);
        // Return, then Return again: on to the next one.
        if (root.nextRow >= 0)
            nextButton.forceActiveFocus();
        return true;
    }

    Connections {
        target: root.review
        // Returning writes, and every model reads again: the same row, now returned.
        function onReloaded() {
            if (root.row >= 0)
                root.refresh();
        }
    }
    Keys.onEscapePressed: root.close()
    Shortcut {
        sequence: "Alt+Right"
        enabled: root.visible && root.nextRow >= 0
        onActivated: root.goNext()
    }
    Shortcut {
        sequence: "Alt+Left"
        enabled: root.visible && root.previousRow >= 0
        onActivated: root.goPrevious()
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: 8

        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            PrimaryButton {
                id: backButton
                objectName: "backToList"
                secondary: true
                text: qsTr("‹ List")
                Accessible.name: qsTr("Back to the list of work (Escape)")
                onClicked: root.close()
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                Label {
                    Layout.fillWidth: true
                    text: root.work.studentName ?? ""
                    textFormat: Text.PlainText
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    color: Theme.text
                    elide: Text.ElideRight
                }
                Label {
                    objectName: "workWhen"
                    Layout.fillWidth: true
                    text: (root.work.versionCount ?? 0) > 1 ? qsTr("version %1 of %2 · %3").arg(root.work.version).arg(root.work.versionCount).arg(root.work.whenText) : (root.work.whenText ?? "")
                    textFormat: Text.PlainText
                    font.pixelSize: Theme.fontSmall
                    color: root.work.late ? Theme.warning : Theme.textMuted
                    // "(device clock, not yet received by the hub)" on a second line rather than cut (issue 14).
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                }
            }
            Label {
                objectName: "position"
                text: qsTr("%1 of %2").arg(root.review.studentNumberAt(root.row)).arg(root.review.studentCount)
                textFormat: Text.PlainText
                color: Theme.textMuted
                font.pixelSize: Theme.fontBody
                Accessible.name: qsTr("Student %1 of %2").arg(root.review.studentNumberAt(root.row)).arg(root.review.studentCount)
            }
            PrimaryButton {
                objectName: "previousWork"
                secondary: true
                text: "‹"
                enabled: root.previousRow >= 0
                Accessible.name: qsTr("Previous student’s work (Alt+Left)")
                implicitWidth: 48
                onClicked: root.goPrevious()
            }
            PrimaryButton {
                id: nextButton
                objectName: "nextWork"
                enabled: root.nextRow >= 0
                text: root.nextRow >= 0 ? qsTr("Next ›") : qsTr("Last one")
                Accessible.name: root.nextRow >= 0 ? qsTr("Next student’s work: %1 (Alt+Right)").arg(root.review.studentNameAt(root.nextRow)) : qsTr("This is the last student’s work")
                onClicked: root.goNext()
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing

            // The work itself: its files big, with their thumbnails; or the text when there is no file.
            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 100
                spacing: 6

                ListView {
                    id: thumbnails
                    objectName: "thumbnails"
                    Layout.fillWidth: true
                    Layout.preferredHeight: 64
                    visible: root.files.length > 1
                    orientation: ListView.Horizontal
                    spacing: 6
                    clip: true
                    model: root.files
                    keyNavigationEnabled: true
                    activeFocusOnTab: root.files.length > 1
                    Accessible.role: Accessible.List
                    Accessible.name: qsTr("Files handed in")
                    Keys.onReturnPressed: viewer.forceActiveFocus()
                    onCurrentIndexChanged: if (currentIndex >= 0) root.fileIndex = currentIndex
                    delegate: Thumbnail {
                        required property int index
                        current: ListView.isCurrentItem
                        keyboard: ListView.view.activeFocus
                        onClicked: ListView.view.currentIndex = index
                    }
                }
                Item {
                    id: viewer
                    objectName: "viewer"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    // A work without files shows its words in a text of its own, which is the Tab stop: this one
                    // would only hand the keyboard on to it (and Shift+Tab from there would come back forever). So does
                    // a file the app cannot show: the sentence that says why is the Tab stop.
                    activeFocusOnTab: viewer.shownComponent === imageComponent || viewer.shownComponent === pdfComponent
                    // The keyboard goes into what is shown (the photo's zoom keys, the PDF's pages).
                    onActiveFocusChanged: if (activeFocus && viewer.item) viewer.item.forceActiveFocus()
                    /// What is shown: made by createObject, not a Loader: the components are Bound (qmllint then
                    /// sees their bindings to the page), and Qt 6.4's Loader refuses to make a Bound component.
                    property Item item: null
                    readonly property Component shownComponent: {
                        const f = root.file;
                        if (!f)
                            return textComponent;
                        if (!f.available)
                            return missingComponent;
                        return f.kind === "image" ? imageComponent : f.kind === "pdf" ? pdfComponent : missingComponent;
                    }
                    function show() {
                        const old = viewer.item;
                        viewer.item = viewer.shownComponent.createObject(viewer, {
                                "width": Qt.binding(() => viewer.width),
                                "height": Qt.binding(() => viewer.height)
                            });
                        if (old)
                            old.destroy();
                    }
                    onShownComponentChanged: viewer.show()
                    Component.onCompleted: viewer.show()
                }
            }

            // The teacher's part: what the student wrote, what was returned, the comment and the score.
            ColumnLayout {
                // Wider with larger text, so the score row stays whole; the photo keeps the rest.
                Layout.preferredWidth: Math.min(440, Math.round(320 * Theme.textScale))
                Layout.maximumWidth: Math.min(440, Math.round(320 * Theme.textScale))
                Layout.fillHeight: true
                spacing: 6

                FontMetrics {
                    id: asideMetrics
                    font.pixelSize: Theme.fontBody
                }
                // What the student wrote: three lines at least (at very large text the comment box and its hint left it
                // one line, cut mid-sentence: review-app19, walk t5), a scroll bar one sees when there is more.
                ScrollView {
                    id: aside
                    objectName: "pupilWords"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.minimumHeight: Math.min(asideColumn.implicitHeight, Math.ceil(3 * asideMetrics.height))
                    contentWidth: availableWidth
                    clip: true
                    ScrollBar.vertical: PageScrollBar {}
                    ColumnLayout {
                        id: asideColumn
                        width: aside.availableWidth
                        spacing: 6
                        Label {
                            objectName: "pupilText"
                            Layout.fillWidth: true
                            visible: root.files.length > 0 && (root.work.text ?? "").length > 0
                            text: root.work.text ?? ""
                            textFormat: Text.PlainText // what a person typed or named: never markup (review-media20, 3)
                            color: Theme.text
                            wrapMode: Text.Wrap
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: (root.work.answersText ?? "").length > 0
                            text: root.work.answersText ?? ""
                            textFormat: Text.PlainText // what a person typed or named: never markup (review-media20, 3)
                            color: Theme.text
                            wrapMode: Text.Wrap
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: (root.work.autoScoreText ?? "").length > 0
                            text: qsTr("Quiz: %1").arg(root.work.autoScoreText)
                            textFormat: Text.PlainText
                            color: Theme.primaryDark
                            font.bold: true
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: root.files.length === 0 && (root.work.text ?? "").length === 0 && (root.work.answersText ?? "").length === 0
                            text: qsTr("Nothing written with this work.")
                            color: Theme.textMuted
                            wrapMode: Text.Wrap
                        }
                        Rectangle {
                            Layout.fillWidth: true
                            visible: root.work.returned ?? false
                            implicitHeight: returnedLabel.implicitHeight + 12
                            radius: 8
                            color: Theme.successSurface
                            Label {
                                id: returnedLabel
                                objectName: "returnedLabel"
                                anchors.fill: parent
                                anchors.margins: 6
                                text: "✓ " + ((root.work.scoreText ?? "").length > 0 ? qsTr("Returned, %1 %2").arg(root.work.scoreText).arg(root.review.scaleText) : qsTr("Returned"))
                                textFormat: Text.PlainText
                                color: Theme.success
                                font.bold: true
                                wrapMode: Text.Wrap
                            }
                        }
                    }
                }
                Label {
                    text: qsTr("Your comment for %1").arg(root.work.studentName ?? "")
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                    color: Theme.text
                }
                ScrollView {
                    id: commentScroll
                    Layout.fillWidth: true
                    // Four lines at very large text, where the student's words need the room above.
                    Layout.preferredHeight: Theme.largeText ? Math.ceil(4 * asideMetrics.height) + 16 : Math.max(120, Math.min(200, root.height * 0.3))
                    TextArea {
                        id: commentBox
                        objectName: "commentBox"
                        wrapMode: TextEdit.Wrap
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                        selectByMouse: true
                        Accessible.name: qsTr("Comment for %1").arg(root.work.studentName ?? "")
                        LineAnnouncer {
                            area: commentBox
                        }
                        // Tab goes on to the score, Shift+Tab back (no keyboard trap).
                        Keys.onTabPressed: event => {
                            scoreField.forceActiveFocus(Qt.TabFocusReason);
                            event.accepted = true;
                        }
                        Keys.onBacktabPressed: event => {
                            viewer.forceActiveFocus(Qt.BacktabFocusReason);
                            event.accepted = true;
                        }
                        Keys.onReturnPressed: event => {
                            if (event.modifiers & Qt.ControlModifier)
                                root.returnWork();
                            else
                                event.accepted = false;
                        }
                        Keys.onEnterPressed: event => {
                            if (event.modifiers & Qt.ControlModifier)
                                root.returnWork();
                            else
                                event.accepted = false;
                        }
                        // The keys' hint in the empty box at very large text, on as many lines as it needs (a placeholder
                        // is one line, cut: "Entrée : à la ligne · Ctrl+Entrée : r…").
                        Label {
                            objectName: "commentKeysHint"
                            x: commentBox.leftPadding
                            y: commentBox.topPadding
                            width: commentBox.width - commentBox.leftPadding - commentBox.rightPadding
                            visible: Theme.largeText && commentBox.length === 0
                            text: root.keysHint
                            textFormat: Text.PlainText
                            font: commentBox.font
                            color: Theme.textMuted
                            wrapMode: Text.Wrap
                            Accessible.ignored: true
                        }
                        Accessible.description: root.keysHint
                        background: Rectangle {
                            radius: 8
                            color: Theme.surface
                            border.width: commentBox.activeFocus ? 3 : 1
                            border.color: commentBox.activeFocus ? Theme.focus : Theme.border
                        }
                    }
                }
                // At very large text the empty box says it instead (the room goes to the student's words).
                Label {
                    Layout.fillWidth: true
                    visible: !Theme.largeText
                    text: root.keysHint
                    textFormat: Text.PlainText
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                    wrapMode: Text.Wrap
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: 6
                    Label {
                        text: qsTr("Score")
                        font.bold: true
                        color: Theme.text
                    }
                    FormField {
                        id: scoreField
                        objectName: "scoreField"
                        Layout.preferredWidth: 80
                        placeholderText: "–"
                        horizontalAlignment: Text.AlignRight
                        inputMethodHints: Qt.ImhFormattedNumbersOnly
                        Accessible.name: qsTr("Score for %1, out of %2").arg(root.work.studentName ?? "").arg(root.review.scale)
                        onAccepted: root.returnWork()
                    }
                    Label {
                        objectName: "scaleLabel"
                        text: root.review.scaleText
                        textFormat: Text.PlainText
                        font.pixelSize: Theme.fontTitle
                        font.bold: true
                        color: Theme.text
                    }
                    Item {
                        Layout.fillWidth: true
                    }
                }
                PrimaryButton {
                    id: returnButton
                    objectName: "returnWork"
                    Layout.fillWidth: true
                    text: qsTr("Return")
                    Accessible.name: qsTr("Return the work to %1 with the comment and the score (Ctrl+Enter)").arg(root.work.studentName ?? "")
                    enabled: commentBox.text.trim().length > 0 || scoreField.text.trim().length > 0
                    onClicked: root.returnWork()
                }
                StatusMessage {
                    objectName: "markingMessage"
                    Layout.fillWidth: true
                    message: root.review.error.length > 0 ? root.review.error : root.returnedText.length > 0 ? root.returnedText + (root.nextRow < 0 ? " " + qsTr("That was the last one.") : "") : ""
                    error: root.review.error.length > 0
                    font.bold: true
                }
            }
        }
    }

    Component {
        id: imageComponent
        ImageViewer {
            source: root.file ? root.file.url : ""
            name: root.file ? root.file.name : ""
        }
    }
    Component {
        id: pdfComponent
        PdfViewerPage {
            source: root.file ? root.file.url : ""
            name: root.file ? root.file.name : ""
            showsHeader: false
            onBack: root.close()
        }
    }
    // A file the app does not show (a voice answer, a file not synced yet): the sentence that says why takes the
    // keyboard, named, as opening the work puts it there (review-a11y23, N1: it was a label no key reached, and the
    // keyboard was left on an unnamed "layered pane").
    Component {
        id: missingComponent
        FocusScope {
            Rectangle {
                anchors.fill: parent
                color: Theme.surface
                radius: 8
                border.color: cannotShow.activeFocus ? Theme.focus : Theme.border
                border.width: cannotShow.activeFocus ? 2 : 1
            }
            ReadingText {
                id: cannotShow
                objectName: "cannotShow"
                anchors.fill: parent
                anchors.margins: 20
                focus: true
                text: root.file && !root.file.available ? qsTr("“%1” is not on this computer yet: it comes with the next sync.").arg(root.file.name) : qsTr("“%1” cannot be shown in the app.").arg(root.file ? root.file.name : "")
                name: qsTr("File handed in by %1").arg(root.work.studentName ?? "")
                color: Theme.textMuted
                horizontalAlignment: TextEdit.AlignHCenter
                verticalAlignment: TextEdit.AlignVCenter
                font.pixelSize: Theme.fontBody
            }
        }
    }
    // A focus scope whose focus is the pupil's words: Shift+Tab from the comment box gives the viewer the keyboard,
    // which hands it on to them (it landed on the unnamed pane around them).
    Component {
        id: textComponent
        FocusScope {
            Rectangle {
                anchors.fill: parent
                color: Theme.surface
                radius: 8
                border.color: pupilReading.activeFocus ? Theme.focus : Theme.border
                border.width: pupilReading.activeFocus ? 2 : 1
            }
            ScrollView {
                id: textScroll
                anchors.fill: parent
                anchors.margins: 12
                focus: true
                contentWidth: availableWidth
                Item {
                    width: textScroll.availableWidth
                    implicitHeight: pupilText.implicitHeight
                    Label {
                        id: pupilText
                        objectName: "pupilText"
                        width: parent.width
                        text: (root.work.text ?? "").length > 0 ? root.work.text : qsTr("No file and no text with this work.")
                        textFormat: Text.PlainText // what a person typed or named: never markup (review-media20, 3)
                        color: Theme.text
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontBody + 1
                        Accessible.ignored: true
                    }
                    // What the pupil wrote, for a screen reader (a Label gives it no words in Qt 6.4): reached
                    // with Tab, said whole, read line by line (issue 18; the audit heard an unnamed "layered pane").
                    ReadingText {
                        id: pupilReading
                        objectName: "pupilTextReading"
                        focus: true
                        width: parent.width
                        text: pupilText.text
                        font: pupilText.font
                        shownHeight: pupilText.implicitHeight
                        name: qsTr("What %1 wrote").arg(root.work.studentName ?? "")
                    }
                }
            }
        }
    }
}
