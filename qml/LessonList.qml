// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Continuite

// The current person's lessons in sequence order. Up/Down move, Enter opens.
FocusScope {
    id: root

    objectName: "lessons"

    readonly property alias lessons: lessonModel
    readonly property alias list: list
    signal openLesson(string lessonId)

    function openCurrent() {
        const id = lessonModel.lessonIdAt(list.currentIndex);
        if (id.length > 0)
            root.openLesson(id);
    }

    LessonModel {
        id: lessonModel
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
                text: Session.currentIsTeacher ? qsTr("Lessons of my classes") : qsTr("My lessons")
                textFormat: Text.PlainText
                color: Theme.text
                font.pixelSize: Theme.fontHeading
                font.bold: true
            }
            Item {
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("%n lesson(s)", "", lessonModel.count)
                textFormat: Text.PlainText
                color: Theme.textMuted
            }
        }
        Label {
            Layout.fillWidth: true
            visible: lessonModel.count > 0
            text: Session.currentIsTeacher ? qsTr("Drafts are only visible to you until you publish them.") : qsTr("Read the “Before class” part at home, before the lesson day.")
            textFormat: Text.PlainText
            color: Theme.textMuted
            wrapMode: Text.Wrap
        }

        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: lessonModel.count > 0
            focus: true
            clip: true
            spacing: 10
            model: lessonModel
            keyNavigationEnabled: true
            activeFocusOnTab: true
            bottomMargin: Theme.margin
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Lessons")
            Keys.onReturnPressed: root.openCurrent()
            Keys.onEnterPressed: root.openCurrent()
            Keys.onSpacePressed: root.openCurrent()
            ScrollBar.vertical: PageScrollBar {}

            delegate: LessonCard {
                width: ListView.view.width - 14
                current: ListView.isCurrentItem && list.activeFocus
                onClicked: root.openLesson(lessonId)
            }
        }

        Label {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: lessonModel.count === 0
            text: Session.currentIsTeacher ? qsTr("No lesson yet. Create one with continuite-cli (lesson create), then publish it.") : qsTr("No lesson yet. Your teacher has not published anything for your class: come back after the next sync.")
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            color: Theme.textMuted
            font.pixelSize: Theme.fontTitle
        }
    }
}
