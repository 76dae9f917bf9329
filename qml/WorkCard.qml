// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Continuite

// One row of the student's lists: an assignment (what it is, for when, where the work stands, a comment not
// read yet) or, in "À faire", a lesson to read with a ✓ for each of its parts (before / in / after class).
AbstractButton {
    id: root

    required property int index
    required property string assignmentId
    required property string title
    required property string lessonTitle
    required property string kind
    required property string kindText
    required property string dueText
    /// WorkStates.DueState.
    required property int dueState
    required property string dueHint
    required property bool isNew
    required property int versions
    required property bool handedIn
    required property bool hasDraft
    /// WorkStates.Delivery.
    required property int delivery
    required property string deliveryText
    required property string scoreText
    /// WorkStates.ScoreTone.
    required property int scoreTone
    /// "work" or "lesson".
    required property string rowKind
    required property string lessonId
    required property var partsDone
    required property int nextPart
    /// 1-based place in its section ("For Monday: ① … ② …").
    required property int step
    /// "New comment from Mme Martin" while unread, else empty.
    required property string newFeedback
    required property string feedback
    /// What its files cost to download ("2.1 MB — video included"), or empty.
    required property string downloadCostText
    property bool current: false
    /// Shows the lesson's title under the assignment's (the "À faire"; the assignments list has it as a heading).
    property bool showLesson: true

    readonly property string dueLine: dueText.length > 0 ? qsTr("for %1", "when work is due").arg(dueText) : qsTr("no due date")
    readonly property bool isLesson: rowKind === "lesson"
    readonly property var partNames: [qsTr("Before class"), qsTr("In class"), qsTr("After class")]
    /// "① Before class ✓ · ② In class · ③ After class": each part of a lesson with its tick.
    readonly property string partsLine: {
        const circled = ["①", "②", "③"];
        const parts = [];
        for (let i = 0; i < 3; ++i)
            // Each part kept whole on a line (no-break spaces): "③ Après la classe", never "③" alone.
            parts.push((circled[i] + " " + root.partNames[i] + (root.partsDone && root.partsDone[i] ? " ✓" : "")).replace(/ /g, "\u00a0"));
        return parts.join("   ");
    }

    focusPolicy: Qt.NoFocus // the list owns the keyboard
    padding: 12
    leftPadding: 16
    rightPadding: 16
    Accessible.role: Accessible.Button
    Accessible.name: {
        if (root.isLesson) {
            const done = [];
            for (let i = 0; i < 3; ++i)
                done.push(root.partNames[i] + " " + (root.partsDone && root.partsDone[i] ? qsTr("done") : qsTr("not done")));
            return [qsTr("Lesson %1").arg(root.title), root.dueHint].concat(done).join(", ");
        }
        const parts = [root.title, root.kindText, root.dueHint];
        if (root.newFeedback.length > 0)
            parts.unshift(root.newFeedback);
        if (root.dueText.length > 0)
            parts.push(root.dueLine);
        if (root.isNew)
            parts.push(qsTr("new"));
        if (root.hasDraft && !root.handedIn)
            parts.push(qsTr("draft saved"));
        if (root.deliveryText.length > 0)
            parts.push(root.deliveryText);
        if (root.downloadCostText.length > 0)
            parts.push(qsTr("files to download: %1").arg(root.downloadCostText));
        if (root.scoreText.length > 0)
            parts.push(qsTr("score %1").arg(root.scoreText));
        if (root.newFeedback.length > 0)
            parts.push(root.feedback);
        return parts.join(", ");
    }

    background: Rectangle {
        radius: 12
        color: root.hovered ? "#FAFBFE" : Theme.surface
        border.width: root.current ? 3 : 1
        border.color: root.current ? Theme.focus : root.dueState === WorkStates.Late ? Theme.error : Theme.border
        Rectangle {
            // A late piece of work has a red edge, as a margin mark in an exercise book.
            visible: root.dueState === WorkStates.Late
            width: 6
            height: parent.height - 16
            anchors.verticalCenter: parent.verticalCenter
            x: 0
            radius: 3
            color: Theme.error
        }
    }

    contentItem: RowLayout {
        spacing: 14

        Rectangle {
            Layout.alignment: Qt.AlignTop
            width: 40
            height: 40
            radius: 20
            color: root.newFeedback.length > 0 ? Theme.primaryDark : root.handedIn ? Theme.success : root.dueState === WorkStates.Late ? Theme.error : root.isLesson ? Theme.lesson : Theme.primary
            Label {
                anchors.centerIn: parent
                Accessible.ignored: true
                // In a class day the rows are numbered in the order to do them; elsewhere, what kind of work it is.
                text: root.newFeedback.length > 0 ? "✉" : root.handedIn ? "✓" : root.step > 0 && root.dueState !== WorkStates.Late ? String(root.step) : root.isLesson ? "≡" : root.kind === "quiz" ? "?" : root.kind === "file" ? "📎" : "✎"
                textFormat: Text.PlainText
                color: Theme.textOnPrimary
                font.pixelSize: Theme.fontTitle
                font.bold: true
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 3
            Label {
                Layout.fillWidth: true
                text: root.title
                textFormat: Text.PlainText
                color: Theme.text
                font.pixelSize: Theme.fontTitle - 1
                font.bold: true
                wrapMode: Text.Wrap // a long title takes two lines rather than losing its end (three at "Très grande")
                maximumLineCount: Theme.largeText ? 3 : 2
                elide: Text.ElideRight
            }
            Label {
                objectName: "partsLine"
                Layout.fillWidth: true
                visible: root.isLesson
                text: root.partsLine
                textFormat: Text.PlainText
                color: Theme.text
                font.pixelSize: Theme.fontSmall + 1
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                visible: !root.isLesson
                textFormat: Text.PlainText
                text: {
                    const parts = [root.kindText, root.dueLine];
                    if (root.showLesson && root.lessonTitle.length > 0)
                        parts.push(qsTr("lesson: %1").arg(root.lessonTitle));
                    if (root.downloadCostText.length > 0)
                        parts.push(qsTr("files: %1").arg(root.downloadCostText));
                    return parts.join("  ·  ");
                }
                color: root.dueState === WorkStates.Late ? Theme.error : Theme.textMuted
                font.pixelSize: Theme.fontSmall
                // Two lines at most (three at "Très grande"): the files' cost comes last and must not be cut off.
                wrapMode: Text.Wrap
                maximumLineCount: Theme.largeText ? 3 : 2
                elide: Text.ElideRight
            }
            WorkChip {
                objectName: "newFeedbackChip"
                visible: root.newFeedback.length > 0
                tone: WorkStates.Info
                text: root.newFeedback
            }
            Label {
                objectName: "feedbackQuote"
                Layout.fillWidth: true
                visible: root.newFeedback.length > 0
                text: "« " + root.feedback + " »"
                textFormat: Text.PlainText
                color: Theme.text
                font.pixelSize: Theme.fontSmall + 1
                font.italic: true
                wrapMode: Text.Wrap
            }
            RowLayout {
                spacing: 6
                visible: root.handedIn || root.hasDraft
                Label {
                    visible: root.handedIn
                    text: qsTr("Handed in %n time(s)", "", root.versions)
                    textFormat: Text.PlainText
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                }
                DeliveryChip {
                    delivery: root.delivery
                    deliveryText: root.deliveryText
                }
                WorkChip {
                    visible: root.hasDraft && !root.handedIn
                    tone: WorkStates.Neutral
                    text: qsTr("Draft saved")
                }
                WorkChip {
                    objectName: "scoreChip"
                    visible: root.scoreText.length > 0
                    tone: Theme.scoreChipTone(root.scoreTone)
                    text: qsTr("Score: %1").arg(root.scoreText)
                }
            }
        }
        ColumnLayout {
            Layout.alignment: Qt.AlignTop
            spacing: 6
            WorkChip {
                Layout.alignment: Qt.AlignRight
                visible: root.isNew
                tone: WorkStates.Info
                text: qsTr("New")
            }
            DueChip {
                Layout.alignment: Qt.AlignRight
                visible: root.newFeedback.length === 0
                dueState: root.dueState
                lesson: root.isLesson
                text: root.dueHint
            }
        }
    }
}
