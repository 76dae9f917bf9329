// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtQuick.Templates as T
import Continuite

// One quiz question to answer: its prompt and points, then choices to tick (one, or several when the
// question says so) or a short answer to type. Tab moves between the answers, Space ticks.
FocusScope {
    id: root

    required property int index
    required property string questionId
    required property int number
    required property string prompt
    required property string questionType
    required property var choices
    required property bool multiple
    required property real points
    required property var selected
    required property string answerText
    required property bool answered
    /// "right" or "wrong" once the teacher lets this student see the answers (practice: at once), else "".
    required property string mark
    required property QuizAnswerModel quiz

    objectName: "question" + root.number
    implicitHeight: column.implicitHeight + 28

    /// Puts the keyboard on the answer: the first choice, or the short answer's field.
    function focusAnswer() {
        if (root.questionType === "short")
            shortField.forceActiveFocus(Qt.TabFocusReason);
        else if (choiceRepeater.count > 0)
            choiceRepeater.itemAt(0).forceActiveFocus(Qt.TabFocusReason);
    }
    /// The mark in words ("" while unmarked).
    readonly property string markWords: root.mark === "right" ? qsTr("Right answer") : root.mark === "wrong" ? qsTr("Wrong answer") : ""
    Accessible.role: Accessible.Grouping
    // Orca 43 says a group's name as the keyboard enters it, and of the labels inside only those of 3 words or
    // more ("unrelatedLabels"): the ✓/✗ mark and the points would be dropped. So the name carries the prompt,
    // the points and the mark, and the labels are left out of the tree (issue 18).
    Accessible.name: qsTr("Question %1, %n point(s): %2", "", root.points).arg(root.number).arg(root.prompt) + (root.markWords.length > 0 ? " — " + root.markWords : "")
    // The mark is said when she has answered (practice: marked as she goes), each time, even when it is the same
    // ("still wrong" after another wrong choice): after a choice is ticked, and after a short answer is finished
    // (Enter, or the keyboard leaving the field), not at each key, which would talk over Orca's key echo (issue 18, F7).
    // A zero timer rather than Qt.callLater (untyped for Qt 6.4's qmllint, and it calls a destroyed card in Qt 6.4).
    Timer {
        id: sayMarkLater
        interval: 0
        onTriggered: root.sayMark()
    }
    function sayMark() {
        if (root.mark.length > 0)
            markSaid.announce((root.mark === "right" ? qsTr("Question %1: right answer.") : qsTr("Question %1: wrong answer.")).arg(root.number));
    }

    Announcement {
        id: markSaid
        objectName: "markAnnouncement"
    }

    Rectangle {
        anchors.fill: parent
        radius: Theme.radius
        color: Theme.surface
        border.color: root.mark === "wrong" ? Theme.error : root.answered ? Theme.primary : Theme.border
        border.width: root.answered ? 2 : 1
    }

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: 14
        spacing: 8

        RowLayout {
            Layout.fillWidth: true
            spacing: 10
            Label {
                Layout.fillWidth: true
                Accessible.ignored: true // in the question's name
                text: qsTr("%1. %2").arg(root.number).arg(root.prompt)
                textFormat: Text.PlainText
                color: Theme.text
                font.pixelSize: Theme.fontBody
                font.bold: true
                wrapMode: Text.Wrap
            }
            Label {
                Layout.alignment: Qt.AlignTop
                Accessible.ignored: true // in the question's name
                text: qsTr("%n point(s)", "", root.points)
                textFormat: Text.PlainText
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }
            Label {
                objectName: "mark" + root.number
                Layout.alignment: Qt.AlignTop
                visible: root.mark.length > 0
                text: root.mark === "right" ? "✓" : "✗"
                textFormat: Text.PlainText
                color: root.mark === "right" ? Theme.success : Theme.error
                font.pixelSize: Theme.fontBody
                font.bold: true
                Accessible.ignored: true // in the question's name
            }
        }
        Label {
            visible: root.questionType === "choice" && root.multiple
            text: qsTr("Several answers are right: tick them all.")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            font.italic: true
        }
        Repeater {
            id: choiceRepeater
            // Radio buttons for one answer, check boxes for several: a screen reader says which and whether
            // each is ticked (Qt 6.4 keeps a plain button's role whatever Accessible.role says).
            model: root.questionType === "choice" ? root.choices : []
            delegate: root.multiple ? severalChoices : oneChoice
        }
        TextField {
            id: shortField
            objectName: "shortAnswer" + root.number
            visible: root.questionType === "short"
            Layout.fillWidth: true
            Layout.maximumWidth: 420
            text: root.answerText
            placeholderText: qsTr("Your answer")
            placeholderTextColor: Theme.textMuted
            color: Theme.text
            font.pixelSize: Theme.fontBody
            Accessible.name: qsTr("Answer to question %1").arg(root.number)
            // What the field holds, as it was when the keyboard arrived (Orca 43 reads no words of a Qt 6.4
            // field; frozen while typing, or each key would read it all again); empty, the placeholder.
            property string spokenValue
            Accessible.description: spokenValue.length > 0 ? spokenValue : placeholderText
            Component.onCompleted: {
                spokenValue = text;
                markSaidFor = text;
            }
            onActiveFocusChanged: if (!activeFocus) spokenValue = text
            onTextChanged: {
                if (activeFocus)
                    return;
                spokenValue = text;
                markSaidFor = text; // not typed by her: nothing to say
            }
            onTextEdited: root.quiz.setAnswerText(root.index, text)
            // The mark of what she typed, said once she is done (not after each key); not again for the same words.
            property string markSaidFor
            onEditingFinished: {
                if (text === markSaidFor)
                    return;
                markSaidFor = text;
                root.sayMark();
            }
            background: Rectangle {
                implicitHeight: 38
                radius: 8
                color: Theme.background
                border.width: parent.activeFocus ? 2 : 1
                border.color: parent.activeFocus ? Theme.focus : Theme.border
            }
        }
    }

    // What a choice looks like, ticked or not, radio or check box: the box, then the words.
    component ChoiceMark: Rectangle {
        required property bool ticked
        required property bool multiple
        width: 20
        height: 20
        radius: multiple ? 4 : 10
        color: ticked ? Theme.primary : Theme.surface
        border.color: ticked ? Theme.primary : Theme.textMuted
        border.width: 2
        Label {
            anchors.centerIn: parent
            visible: parent.ticked
            text: parent.multiple ? "✓" : "●"
            textFormat: Text.PlainText
            color: Theme.textOnPrimary
            font.pixelSize: parent.multiple ? 13 : 9
            font.bold: true
            Accessible.ignored: true
        }
    }
    component ChoiceBackground: Rectangle {
        required property T.AbstractButton control
        required property bool ticked
        radius: 8
        color: ticked ? Theme.infoSurface : control.hovered ? Theme.background : "transparent"
        border.width: control.visualFocus ? 3 : 0
        border.color: Theme.focus
    }

    Component {
        id: oneChoice
        RadioButton {
            id: choice
            required property int index
            required property string modelData
            readonly property bool ticked: root.selected.indexOf(index) >= 0
            objectName: "choice" + root.number + "_" + index
            Layout.fillWidth: true
            focusPolicy: Qt.StrongFocus
            autoExclusive: false // the answers keep one tick per question; the button shows it
            checked: ticked
            padding: 0
            spacing: 0
            implicitHeight: Math.max(34, implicitContentHeight + 12) // the content is the choice's words, as tall as they wrap
            text: modelData
            indicator: null
            onClicked: {
                root.quiz.setChoice(root.index, index, true);
                sayMarkLater.start(); // once the model has marked it
                checked = Qt.binding(() => choice.ticked);
            }
            Keys.onReturnPressed: clicked()
            Keys.onEnterPressed: clicked()
            background: ChoiceBackground {
                control: choice
                ticked: choice.ticked
            }
            contentItem: RowLayout {
                spacing: 10
                ChoiceMark {
                    Layout.leftMargin: 6
                    ticked: choice.ticked
                    multiple: false
                }
                Label {
                    Layout.fillWidth: true
                    text: choice.modelData
                    textFormat: Text.PlainText
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Accessible.ignored: true
                }
            }
        }
    }
    Component {
        id: severalChoices
        CheckBox {
            id: choice
            required property int index
            required property string modelData
            readonly property bool ticked: root.selected.indexOf(index) >= 0
            objectName: "choice" + root.number + "_" + index
            Layout.fillWidth: true
            focusPolicy: Qt.StrongFocus
            checked: ticked
            padding: 0
            spacing: 0
            implicitHeight: Math.max(34, implicitContentHeight + 12) // the content is the choice's words, as tall as they wrap
            text: modelData
            indicator: null
            onClicked: {
                root.quiz.setChoice(root.index, index, !ticked);
                sayMarkLater.start(); // once the model has marked it
                checked = Qt.binding(() => choice.ticked);
            }
            Keys.onReturnPressed: clicked()
            Keys.onEnterPressed: clicked()
            background: ChoiceBackground {
                control: choice
                ticked: choice.ticked
            }
            contentItem: RowLayout {
                spacing: 10
                ChoiceMark {
                    Layout.leftMargin: 6
                    ticked: choice.ticked
                    multiple: true
                }
                Label {
                    Layout.fillWidth: true
                    text: choice.modelData
                    textFormat: Text.PlainText
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Accessible.ignored: true
                }
            }
        }
    }
}
