// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Continuite

// One assignment in the teacher's lists: title, due date, quiz or free answer, how many handed it in, state.
AbstractButton {
    id: root

    required property int index
    required property string assignmentId
    required property string title
    required property string dueText
    required property bool published
    required property string statusText
    required property bool isQuiz
    required property string summary
    required property int toReview
    property bool current: false

    focusPolicy: Qt.NoFocus // the list owns the keyboard
    padding: 10
    leftPadding: 14
    rightPadding: 14
    Accessible.role: Accessible.Button
    Accessible.name: qsTr("%1, %2, %3, %4").arg(root.title).arg(root.dueText).arg(root.statusText).arg(root.summary)

    background: Rectangle {
        radius: Theme.radius
        color: root.hovered ? "#FAFBFE" : Theme.surface
        border.width: root.current ? 3 : 1
        border.color: root.current ? Theme.focus : Theme.border
    }
    contentItem: RowLayout {
        spacing: Theme.spacing
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                Layout.fillWidth: true
                text: root.title
                textFormat: Text.PlainText
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.text
                // A long title on two lines (three at "Très grande"), "…" only past them (review-app22 F6).
                wrapMode: Text.Wrap
                maximumLineCount: Theme.largeText ? 3 : 2
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                text: (root.isQuiz ? qsTr("Quiz") : qsTr("Free answer")) + "  ·  " + root.dueText + "  ·  " + root.summary
                textFormat: Text.PlainText
                font.pixelSize: Theme.fontSmall
                color: root.toReview > 0 ? Theme.warning : Theme.textMuted
                // Whole: "remis : 2 sur 5" was "0 …" at "Très grande" (review-app22 F6).
                wrapMode: Text.Wrap
            }
        }
        StateChip {
            lessonState: root.published ? WorkStates.Published : WorkStates.Draft
            text: root.statusText
        }
    }
}
