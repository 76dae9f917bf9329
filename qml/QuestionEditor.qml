// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Continuite

// One quiz question being written: the question, multiple choice (tick the right ones) or a short answer
// (the answers accepted), its points, and removing it.
Rectangle {
    id: root

    required property int index
    required property int number
    required property string kind
    required property string prompt
    required property list<string> choices
    required property var correct
    required property string acceptedText
    required property real points
    required property QuizModel quiz

    implicitHeight: column.implicitHeight + 20
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: 10
        spacing: 6

        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            Label {
                text: qsTr("Question %1").arg(root.number)
                textFormat: Text.PlainText
                font.bold: true
                color: Theme.primaryDark
            }
            // As wide as its longest choice ("Choix mul…" at very large text, review-app22 F6). Measured here: the
            // box's own WidestText policy measures a TextInput only, and its choice is a Text. TextMetrics' properties,
            // not FontMetrics.advanceWidth(): a binding on a function call is not told when the text size changes.
            TextMetrics {
                id: choiceWidth
                font: kindBox.font
                text: qsTr("Multiple choice")
            }
            TextMetrics {
                id: shortWidth
                font: kindBox.font
                text: qsTr("Short answer")
            }
            ChoiceBox {
                id: kindBox
                Layout.preferredWidth: Math.max(190, Math.ceil(Math.max(choiceWidth.advanceWidth, shortWidth.advanceWidth)) + 16 + kindBox.leftPadding + kindBox.rightPadding + 1)
                model: [qsTr("Multiple choice"), qsTr("Short answer")]
                currentIndex: root.kind === "short" ? 1 : 0
                onActivated: index => root.quiz.setKind(root.index, index === 1 ? "short" : "choice")
                Accessible.name: qsTr("Kind of question %1").arg(root.number)
            }
            Item {
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("Points")
                color: Theme.textMuted
            }
            SpinBox {
                from: 0
                to: 100
                value: Math.round(root.points)
                editable: true
                onValueModified: root.quiz.setPoints(root.index, value)
                Accessible.name: qsTr("Points of question %1").arg(root.number)
            }
            PrimaryButton {
                objectName: "removeQuestion"
                secondary: true
                text: qsTr("Remove")
                Accessible.name: qsTr("Remove question %1").arg(root.number)
                onClicked: root.quiz.removeQuestion(root.index)
            }
        }
        FormField {
            Layout.fillWidth: true
            placeholderText: qsTr("The question")
            Accessible.name: qsTr("Text of question %1").arg(root.number)
            text: root.prompt
            onTextEdited: root.quiz.setPrompt(root.index, text)
        }
        Repeater {
            model: root.kind === "choice" ? root.choices : []
            delegate: RowLayout {
                id: choiceRow
                required property int index
                required property string modelData
                Layout.fillWidth: true
                spacing: 6
                CheckBox {
                    checked: root.correct.indexOf(choiceRow.index) >= 0
                    onToggled: root.quiz.setCorrect(root.index, choiceRow.index, checked)
                    Accessible.name: qsTr("Choice %1 is a right answer").arg(choiceRow.index + 1)
                }
                FormField {
                    Layout.fillWidth: true
                    placeholderText: qsTr("Choice %1").arg(choiceRow.index + 1)
                    Accessible.name: qsTr("Choice %1 of question %2").arg(choiceRow.index + 1).arg(root.number)
                    text: choiceRow.modelData
                    onTextEdited: root.quiz.setChoice(root.index, choiceRow.index, text)
                }
                ToolButton {
                    objectName: "removeChoice" + choiceRow.index
                    text: "✕"
                    enabled: root.choices.length > 2
                    Accessible.name: qsTr("Remove choice %1").arg(choiceRow.index + 1)
                    onClicked: root.quiz.removeChoice(root.index, choiceRow.index)
                    // Enter too, as Space (issue 18).
                    Keys.onReturnPressed: clicked()
                    Keys.onEnterPressed: clicked()
                }
            }
        }
        RowLayout {
            visible: root.kind === "choice"
            Label {
                Layout.fillWidth: true
                text: qsTr("Tick the right answer (or answers).")
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }
            PrimaryButton {
                secondary: true
                text: qsTr("+ Choice")
                Accessible.name: qsTr("Add a choice to question %1").arg(root.number)
                enabled: root.choices.length < 10
                onClicked: root.quiz.addChoice(root.index)
            }
        }
        FormField {
            Layout.fillWidth: true
            visible: root.kind === "short"
            placeholderText: qsTr("Accepted answers, separated by ; (e.g. 3/4 ; 0,75)")
            Accessible.name: qsTr("Accepted answers of question %1, separated by semicolons").arg(root.number)
            text: root.acceptedText
            onEditingFinished: root.quiz.setAccepted(root.index, text)
        }
    }
}
