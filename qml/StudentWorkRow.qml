// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Continuite

// A lesson or a piece of work on a student's page: its state in words and a mark; work handed in opens in Review.
AbstractButton {
    id: root

    required property string kind
    required property string itemId
    required property string title
    required property int workState // WorkStates.PupilWork
    required property bool opensReview
    required property string stateText
    property bool current: false
    readonly property bool done: workState === WorkStates.LessonFinished || workState === WorkStates.WorkHandedIn || workState === WorkStates.WorkCorrected

    signal openReview(string assignmentId)

    function open() {
        if (root.opensReview)
            root.openReview(root.itemId);
    }

    focusPolicy: Qt.NoFocus // the list owns the keyboard
    padding: 8
    leftPadding: 12
    Accessible.role: root.opensReview ? Accessible.Button : Accessible.ListItem
    Accessible.name: root.opensReview ? qsTr("%1: %2. Open in Review").arg(root.title).arg(root.stateText) : qsTr("%1: %2").arg(root.title).arg(root.stateText)
    onClicked: root.open()

    background: Rectangle {
        radius: 8
        color: root.hovered && root.opensReview ? Theme.background : Theme.surface
        border.width: root.current ? 3 : 1
        border.color: root.current ? Theme.focus : Theme.border
    }
    contentItem: RowLayout {
        spacing: 10
        Label {
            Accessible.ignored: true
            textFormat: Text.PlainText
            text: root.done ? "✓" : root.workState === WorkStates.WorkMissing ? "⚠" : root.workState === WorkStates.WorkHandedInLate ? "●"
                : root.workState === WorkStates.LessonOpened ? "◐" : "○"
            color: root.done ? Theme.success : root.workState === WorkStates.WorkMissing ? Theme.error
                : root.workState === WorkStates.WorkHandedInLate ? Theme.warning : Theme.textMuted
            font.pixelSize: Theme.fontBody
            font.bold: true
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            Label {
                Layout.fillWidth: true
                text: root.title
                textFormat: Text.PlainText
                color: Theme.text
                font.bold: true
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                text: root.stateText
                textFormat: Text.PlainText
                color: root.workState === WorkStates.WorkMissing ? Theme.error : Theme.textMuted
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
            }
        }
        Label {
            visible: root.opensReview
            text: qsTr("Review ›")
            color: Theme.primary
            font.pixelSize: Theme.fontSmall
            font.underline: true
        }
    }
}
