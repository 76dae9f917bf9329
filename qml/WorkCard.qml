import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Continuite

// One assignment in the student's lists: what it is, for when, and where the work stands.
AbstractButton {
    id: root

    required property int index
    required property string assignmentId
    required property string title
    required property string lessonTitle
    required property string kind
    required property string kindText
    required property string dueText
    required property string dueState
    required property string dueHint
    required property bool isNew
    required property int versions
    required property bool handedIn
    required property bool hasDraft
    required property string delivery
    required property string deliveryText
    required property string scoreText
    property bool current: false
    /// Shows the lesson's title under the assignment's (the "À faire"; the assignments list has it as a heading).
    property bool showLesson: true

    readonly property string dueLine: dueText.length > 0 ? qsTr("for %1", "when work is due").arg(dueText) : qsTr("no due date")

    focusPolicy: Qt.NoFocus // the list owns the keyboard
    padding: 12
    leftPadding: 16
    rightPadding: 16
    Accessible.role: Accessible.Button
    Accessible.name: {
        const parts = [root.title, root.kindText, root.dueHint];
        if (root.dueText.length > 0)
            parts.push(root.dueLine);
        if (root.isNew)
            parts.push(qsTr("new"));
        if (root.hasDraft && !root.handedIn)
            parts.push(qsTr("draft saved"));
        if (root.deliveryText.length > 0)
            parts.push(root.deliveryText);
        if (root.scoreText.length > 0)
            parts.push(qsTr("score %1").arg(root.scoreText));
        return parts.join(", ");
    }

    background: Rectangle {
        radius: 12
        color: root.hovered ? "#FAFBFE" : Theme.surface
        border.width: root.current ? 3 : 1
        border.color: root.current ? Theme.focus : root.dueState === "late" ? Theme.error : Theme.border
        Rectangle {
            // A late piece of work has a red edge, as a margin mark in an exercise book.
            visible: root.dueState === "late"
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
            color: root.handedIn ? Theme.success : root.dueState === "late" ? Theme.error : Theme.primary
            Label {
                anchors.centerIn: parent
                text: root.handedIn ? "✓" : root.kind === "quiz" ? "?" : root.kind === "file" ? "📎" : "✎"
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
                color: Theme.text
                font.pixelSize: Theme.fontTitle - 1
                font.bold: true
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                text: {
                    const parts = [root.kindText, root.dueLine];
                    if (root.showLesson && root.lessonTitle.length > 0)
                        parts.push(qsTr("lesson: %1").arg(root.lessonTitle));
                    return parts.join("  ·  ");
                }
                color: root.dueState === "late" ? Theme.error : Theme.textMuted
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
            }
            RowLayout {
                spacing: 6
                visible: root.handedIn || root.hasDraft
                Label {
                    visible: root.handedIn
                    text: qsTr("Handed in %n time(s)", "", root.versions)
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                }
                WorkChip {
                    tone: root.delivery === "waiting" ? "warning" : root.delivery === "rejected" ? "danger" : "success"
                    text: root.delivery === "waiting" ? "↑ " + root.deliveryText : root.delivery === "rejected" ? "⚠ " + root.deliveryText : root.deliveryText.length > 0 ? "✓ " + root.deliveryText : ""
                }
                WorkChip {
                    visible: root.hasDraft && !root.handedIn
                    tone: "neutral"
                    text: qsTr("Draft saved")
                }
                WorkChip {
                    visible: root.scoreText.length > 0
                    tone: "info"
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
                tone: "info"
                text: qsTr("New")
            }
            WorkChip {
                Layout.alignment: Qt.AlignRight
                tone: root.dueState === "late" ? "danger" : root.dueState === "today" || root.dueState === "tomorrow" ? "warning" : root.dueState === "handedIn" ? "success" : "neutral"
                text: root.dueHint
            }
        }
    }
}
