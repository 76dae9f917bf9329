// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Continuite

// All the student's assignments, lesson by lesson, with where each stands. Up/Down move, Enter opens.
FocusScope {
    id: root

    readonly property alias assignments: assignmentModel
    readonly property alias list: list
    signal openAssignment(string assignmentId)

    AssignmentModel {
        id: assignmentModel
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
                text: qsTr("My assignments")
                color: Theme.text
                font.pixelSize: Theme.fontHeading
                font.bold: true
            }
            Item {
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("%n assignment(s)", "", assignmentModel.count)
                textFormat: Text.PlainText
                color: Theme.textMuted
            }
        }

        WorkList {
            id: list
            objectName: "assignmentList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: assignmentModel.count > 0
            showLesson: false
            model: assignmentModel
            Accessible.name: qsTr("Assignments, lesson by lesson")
            onOpenAssignment: assignmentId => root.openAssignment(assignmentId)
        }

        Label {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: assignmentModel.count === 0
            text: qsTr("No assignment yet. Your teacher's assignments appear here after a sync.")
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            color: Theme.textMuted
            font.pixelSize: Theme.fontTitle
        }
    }
}
