// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Continuite

// "À faire": the whole flipped lesson, by class day — the lesson to read before class (a ✓ per part) and the
// work due, numbered in order; a teacher's comment not read yet first, then what is late. Up/Down move,
// Enter opens (a lesson on its first part not ticked).
FocusScope {
    id: root

    readonly property alias todo: todoModel
    readonly property alias list: list
    signal openAssignment(string assignmentId)
    signal openLesson(string lessonId, int part)

    TodayModel {
        id: todoModel
        session: Session
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        anchors.bottomMargin: 0
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            Label {
                text: qsTr("To do")
                color: Theme.text
                font.pixelSize: Theme.fontHeading
                font.bold: true
            }
            Item {
                Layout.fillWidth: true
            }
            WorkChip {
                objectName: "newFeedbackCount"
                visible: todoModel.newFeedbackCount > 0
                tone: WorkStates.Info
                text: qsTr("%n new comment(s)", "", todoModel.newFeedbackCount)
            }
            WorkChip {
                visible: todoModel.newCount > 0
                tone: WorkStates.Info
                text: qsTr("%n new", "", todoModel.newCount)
            }
            WorkChip {
                visible: todoModel.lateCount > 0
                tone: WorkStates.Danger
                text: qsTr("%n late", "", todoModel.lateCount)
            }
        }
        Label {
            objectName: "todoSummary"
            Layout.fillWidth: true
            visible: todoModel.count > 0
            textFormat: Text.PlainText
            text: {
                const parts = [];
                if (todoModel.lessonCount > 0)
                    parts.push(qsTr("%n lesson(s) to read", "", todoModel.lessonCount));
                if (todoModel.toDoCount > 0)
                    parts.push(qsTr("%n piece(s) of work to hand in", "", todoModel.toDoCount));
                return parts.length > 0 ? qsTr("%1. Your work is saved on this device as you write, even offline.").arg(parts.join(qsTr(" and ")))
                                        : qsTr("Everything is handed in. Well done!");
            }
            color: Theme.textMuted
            wrapMode: Text.Wrap
        }

        WorkList {
            id: list
            objectName: "todoList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: todoModel.count > 0
            model: todoModel
            Accessible.name: qsTr("Work to do")
            onOpenAssignment: assignmentId => root.openAssignment(assignmentId)
            onOpenLesson: (lessonId, part) => root.openLesson(lessonId, part)
        }

        Label {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: todoModel.count === 0
            text: qsTr("Nothing to do for now. New work from your teacher appears here after a sync.")
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            color: Theme.textMuted
            font.pixelSize: Theme.fontTitle
        }
    }
}
