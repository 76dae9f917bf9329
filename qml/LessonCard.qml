// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Continuite

// One lesson in the list: its place in the sequence, title, class and day, summary, state.
AbstractButton {
    id: root

    required property int index
    required property string lessonId
    required property string title
    required property string summary
    required property string className
    required property string plannedDateText
    required property int lessonState // WorkStates.LessonState
    required property string lessonStateText
    required property int attachmentCount
    required property int position
    required property string downloadCostText
    property bool current: false

    focusPolicy: Qt.NoFocus // the list owns the keyboard
    padding: 12
    leftPadding: 16
    rightPadding: 16
    Accessible.role: Accessible.Button
    Accessible.name: qsTr("Lesson %1: %2, %3").arg(root.position).arg(root.title).arg(root.lessonStateText)

    background: Rectangle {
        radius: 12
        color: root.hovered ? "#FAFBFE" : Theme.surface
        border.width: root.current ? 3 : 1
        border.color: root.current ? Theme.focus : Theme.border
    }

    contentItem: RowLayout {
        spacing: 16

        Rectangle {
            Layout.alignment: Qt.AlignTop
            width: 40
            height: 40
            radius: 20
            color: root.lessonState === WorkStates.Done ? Theme.success : Theme.primary
            Label {
                anchors.centerIn: parent
                text: root.position
                textFormat: Text.PlainText
                color: Theme.textOnPrimary
                font.pixelSize: Theme.fontTitle
                font.bold: true
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 4
            Label {
                objectName: "cardTitle"
                Layout.fillWidth: true
                text: root.title
                textFormat: Text.PlainText
                color: Theme.text
                font.pixelSize: Theme.fontTitle
                font.bold: true
                // A long title on two lines (issue 14: titles wrap), "…" only past the second.
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                textFormat: Text.PlainText
                text: {
                    const parts = [root.className];
                    if (root.plannedDateText.length > 0)
                        parts.push(qsTr("in class %1").arg(root.plannedDateText));
                    if (root.attachmentCount > 0)
                        parts.push(qsTr("%n attached file(s)", "", root.attachmentCount) + " · " + root.downloadCostText);
                    return parts.join("  ·  ");
                }
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                // Whole, on two lines if need be: the class day is the date that matters to a family, and it was the
                // part cut at "Très grande" (review-app22 F6).
                wrapMode: Text.Wrap
            }
            Label {
                objectName: "cardSummary"
                Layout.fillWidth: true
                visible: root.summary.length > 0
                // The summary as plain words on two whole lines at most, ended by "…": rich text ignored
                // maximumLineCount and the card's clip showed the top of a third line (review-app19).
                text: SpokenText.fromMarkdown(root.summary).replace(/\s*\n\s*/g, " ")
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
                color: Theme.text
                font.pixelSize: Theme.fontBody
            }
        }
        StateChip {
            Layout.alignment: Qt.AlignTop
            lessonState: root.lessonState
            text: root.lessonStateText
        }
    }
}
