// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Continuite

// One version of the student's work: when, whether the hub has it, the teacher's feedback and score.
Rectangle {
    id: root

    required property int index
    required property string submissionId
    required property int version
    required property string handedInText
    required property string receivedText
    /// WorkStates.Delivery.
    required property int delivery
    required property string deliveryText
    required property string reason
    required property string text
    required property var fileNames
    required property int answerCount
    required property string autoScoreText
    required property string feedback
    required property string scoreText
    /// WorkStates.ScoreTone: a low score is not shown in green.
    required property int scoreTone
    required property bool isLatest
    /// "New comment from Mme Martin" the first time it is read here, else empty.
    required property string newFeedback
    required property string feedbackAuthor

    /// The keyboard is on this version (the list has it, this is its current card): the focus ring.
    property bool current: false

    implicitHeight: column.implicitHeight + 24
    radius: Theme.radius
    color: root.isLatest ? Theme.surface : Theme.background
    // The ring where the keyboard is: after handing in it goes to the new version, and Tab reaches the list; the card
    // showed nothing (review of app16).
    border.color: root.current ? Theme.focus : root.delivery === WorkStates.Rejected ? Theme.error : Theme.border
    border.width: root.current ? 3 : 1
    Accessible.role: Accessible.ListItem
    Accessible.name: {
        const parts = [qsTr("Version %1").arg(root.version), root.deliveryText];
        if (root.reason.length > 0)
            parts.push(root.reason);
        if (root.scoreText.length > 0)
            parts.push(qsTr("score %1").arg(root.scoreText));
        if (root.newFeedback.length > 0)
            parts.push(root.newFeedback);
        if (root.feedback.length > 0)
            parts.push(root.feedbackAuthor.length > 0 ? qsTr("comment from %1: %2").arg(root.feedbackAuthor).arg(root.feedback) : qsTr("teacher's comment: %1").arg(root.feedback));
        return parts.join(", ");
    }

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: 12
        spacing: 6

        Label {
            Layout.fillWidth: true
            text: qsTr("Version %1").arg(root.version)
            textFormat: Text.PlainText
            color: Theme.text
            font.bold: true
        }
        Flow {
            Layout.fillWidth: true
            DeliveryChip {
                objectName: "delivery"
                delivery: root.delivery
                deliveryText: root.deliveryText
            }
        }
        Label {
            Layout.fillWidth: true
            text: root.receivedText.length > 0 ? qsTr("Handed in %1 · received %2").arg(root.handedInText).arg(root.receivedText) : qsTr("Handed in %1").arg(root.handedInText)
            textFormat: Text.PlainText
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            visible: root.delivery === WorkStates.Waiting
            text: qsTr("Saved on this device; it leaves at the next sync.")
            color: Theme.warning
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            visible: root.delivery === WorkStates.Rejected
            text: qsTr("The hub refused it: %1").arg(root.reason.length > 0 ? root.reason : qsTr("no reason given"))
            textFormat: Text.PlainText
            color: Theme.error
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            visible: root.text.length > 0
            text: root.text
            textFormat: Text.PlainText
            color: Theme.text
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
            maximumLineCount: 3
            elide: Text.ElideRight
        }
        Label {
            Layout.fillWidth: true
            visible: root.answerCount > 0
            text: root.autoScoreText.length > 0 ? qsTr("%n answer(s) · quiz: %1", "", root.answerCount).arg(root.autoScoreText) : qsTr("%n answer(s)", "", root.answerCount)
            textFormat: Text.PlainText
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
        }
        Label {
            Layout.fillWidth: true
            visible: root.fileNames.length > 0
            text: qsTr("Files: %1").arg(root.fileNames.join(", "))
            textFormat: Text.PlainText
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
        Rectangle {
            Layout.fillWidth: true
            visible: root.feedback.length > 0 || root.scoreText.length > 0
            implicitHeight: feedbackColumn.implicitHeight + 16
            radius: 8
            color: Theme.toneSurface(Theme.scoreChipTone(root.scoreTone))
            ColumnLayout {
                id: feedbackColumn
                anchors.fill: parent
                anchors.margins: 8
                spacing: 4
                Label {
                    Layout.fillWidth: true
                    visible: root.scoreText.length > 0
                    objectName: "scoreLabel"
                    text: qsTr("Score: %1").arg(root.scoreText)
                    textFormat: Text.PlainText
                    color: root.scoreTone === WorkStates.NoScore ? Theme.text : Theme.toneColour(Theme.scoreChipTone(root.scoreTone))
                    font.bold: true
                }
                WorkChip {
                    objectName: "newFeedbackChip"
                    visible: root.newFeedback.length > 0
                    tone: WorkStates.Info
                    // Short in this narrow column: who wrote it is on the line below.
                    text: root.newFeedback.length > 0 ? qsTr("New comment") : ""
                    Accessible.name: root.newFeedback
                }
                Label {
                    objectName: "feedbackText"
                    Layout.fillWidth: true
                    visible: root.feedback.length > 0
                    text: root.feedbackAuthor.length > 0 ? qsTr("%1: « %2 »").arg(root.feedbackAuthor).arg(root.feedback) : qsTr("Teacher: %1").arg(root.feedback)
                    textFormat: Text.PlainText
                    color: Theme.text
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.Wrap
                }
            }
        }
    }
}
