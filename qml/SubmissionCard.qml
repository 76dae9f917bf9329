// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Continuite

// One version of a student's work: who, which version, when (and whether the hub has it), late or not,
// the text and the quiz answers; a comment and a score to return, or what was returned.
Rectangle {
    id: root

    required property int index
    required property string studentName
    required property int version
    required property int versionCount
    required property bool isLatest
    required property string whenText
    required property bool late
    required property string text
    required property string answersText
    required property string attachmentsText
    required property string autoScoreText
    required property string feedback
    required property string scoreText
    required property bool returned
    required property var attachments
    /// "/ 20", beside a returned score.
    property string scaleText
    property bool current: false
    signal returnWork(int row, string comment, string score)
    /// Opens this work big, on file @p fileIndex, to mark it.
    signal openWork(int row, int fileIndex)

    implicitHeight: column.implicitHeight + 24
    radius: Theme.radius
    color: Theme.surface
    border.width: root.current ? 3 : 1
    border.color: root.current ? Theme.focus : Theme.border
    opacity: root.isLatest ? 1 : 0.85
    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("%1, version %2 of %3, %4").arg(root.studentName).arg(root.version).arg(root.versionCount).arg(root.whenText)

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: 12
        spacing: 6

        // The name and version take what the score and "Mark ›" leave, on more lines if they must: a row wider than
        // the card pushed everything below it past the card's border (review-app19 finding 13).
        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            Flow {
                Layout.fillWidth: true
                Layout.preferredWidth: 0
                Layout.minimumWidth: 80
                Layout.alignment: Qt.AlignVCenter
                spacing: 8
                // As wide as the name on one line, from its metrics: bound to its own implicit width, which changes as
                // it wraps, the label was laid out again and again ("Binding loop detected for property width" at very
                // large text).
                TextMetrics {
                    id: nameMetrics
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    text: root.studentName
                }
                Label {
                    width: Math.min(Math.ceil(nameMetrics.advanceWidth) + 1, parent.width)
                    text: root.studentName
                    textFormat: Text.PlainText
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                TextMetrics {
                    id: versionMetrics
                    font.pixelSize: Theme.fontSmall
                    text: qsTr("version %1 of %2").arg(root.version).arg(root.versionCount)
                }
                Label {
                    width: Math.min(Math.ceil(versionMetrics.advanceWidth) + 1, parent.width)
                    text: versionMetrics.text
                    textFormat: Text.PlainText
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.Wrap
                }
                Rectangle {
                    visible: root.late
                    implicitWidth: lateLabel.implicitWidth + 16
                    implicitHeight: 22
                    radius: 11
                    color: Theme.warningSurface
                    border.color: Theme.warning
                    Label {
                        id: lateLabel
                        anchors.centerIn: parent
                        text: qsTr("late")
                        color: Theme.warning
                        font.pixelSize: Theme.fontSmall
                        font.bold: true
                    }
                }
            }
            Label {
                visible: root.autoScoreText.length > 0
                text: qsTr("Quiz: %1").arg(root.autoScoreText)
                textFormat: Text.PlainText
                color: Theme.primaryDark
                font.bold: true
            }
            PrimaryButton {
                objectName: "markButton"
                Layout.alignment: Qt.AlignTop
                secondary: true
                text: qsTr("Mark ›")
                Accessible.name: qsTr("Mark %1’s work, seen big").arg(root.studentName)
                onClicked: root.openWork(root.index, 0)
            }
        }
        Label {
            Layout.fillWidth: true
            text: root.whenText
            textFormat: Text.PlainText
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "pupilText"
            Layout.fillWidth: true
            visible: root.text.length > 0
            text: root.text
            textFormat: Text.PlainText // what a person typed or named: never markup (review-media20, 3)
            color: Theme.text
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            visible: root.answersText.length > 0
            text: root.answersText
            textFormat: Text.PlainText // what a person typed or named: never markup (review-media20, 3)
            color: Theme.text
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall + 1
        }
        // The photos and files handed in, as thumbnails that open big.
        Flow {
            Layout.fillWidth: true
            visible: root.attachments.length > 0
            spacing: 6
            Repeater {
                model: root.attachments
                delegate: Thumbnail {
                    objectName: "thumbnail" + index
                    required property int index
                    onClicked: root.openWork(root.index, index)
                }
            }
        }
        Label {
            Layout.fillWidth: true
            visible: root.attachmentsText.length > 0
            text: qsTr("Files: %1").arg(root.attachmentsText)
            textFormat: Text.PlainText
            color: Theme.textMuted
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
        }
        Rectangle {
            Layout.fillWidth: true
            visible: root.returned
            implicitHeight: returnedLabel.implicitHeight + 12
            radius: 8
            color: Theme.successSurface
            Label {
                id: returnedLabel
                anchors.fill: parent
                anchors.margins: 6
                text: "✓ " + (root.scoreText.length > 0 ? qsTr("Returned, %1 %2: %3").arg(root.scoreText).arg(root.scaleText).arg(root.feedback) : qsTr("Returned: %1").arg(root.feedback))
                textFormat: Text.PlainText
                color: Theme.success
                wrapMode: Text.Wrap
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 6
            visible: root.isLatest
            FormField {
                id: commentField
                objectName: "commentField"
                Layout.fillWidth: true
                // A placeholder is read as markup (StyledText): a "<" in a name gets a zero-width space, so it is no tag
                // and the whole stays plain text (review-media21, finding 6).
                placeholderText: root.returned ? qsTr("Another comment") : qsTr("Your comment for %1").arg(root.studentName.replace(/</g, "<\u200B"))
                Accessible.name: qsTr("Comment for %1").arg(root.studentName)
                onAccepted: root.returnWork(root.index, commentField.text, scoreField.text)
            }
            FormField {
                id: scoreField
                objectName: "scoreField"
                Layout.preferredWidth: 80
                placeholderText: qsTr("Score")
                Accessible.name: qsTr("Score for %1").arg(root.studentName)
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                onAccepted: root.returnWork(root.index, commentField.text, scoreField.text)
            }
            PrimaryButton {
                text: qsTr("Return")
                Accessible.name: qsTr("Return the work to %1 with the comment and the score").arg(root.studentName)
                enabled: commentField.text.trim().length > 0 || scoreField.text.trim().length > 0
                onClicked: root.returnWork(root.index, commentField.text, scoreField.text)
            }
        }
    }
}
