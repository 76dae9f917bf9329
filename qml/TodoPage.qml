import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Continuite

// "À faire": the student's work not handed in yet, by due date (late ones marked), then what was handed
// in, with what is new since last time. Up/Down move, Enter opens.
FocusScope {
    id: root

    readonly property alias todo: todoModel
    readonly property alias list: list
    signal openAssignment(string assignmentId)

    TodoModel {
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
                visible: todoModel.newCount > 0
                tone: "info"
                text: qsTr("%n new", "", todoModel.newCount)
            }
            WorkChip {
                visible: todoModel.lateCount > 0
                tone: "danger"
                text: qsTr("%n late", "", todoModel.lateCount)
            }
        }
        Label {
            objectName: "todoSummary"
            Layout.fillWidth: true
            visible: todoModel.count > 0
            text: todoModel.toDoCount > 0 ? qsTr("%n piece(s) of work to hand in. Your work is saved on this device as you write, even offline.", "", todoModel.toDoCount) : qsTr("Everything is handed in. Well done!")
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
