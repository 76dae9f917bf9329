// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import Continuite

// One student in the lessons × students grid: their name, then a cell per published lesson with the state in a
// sign and a word ("✓ Finished", "◐ Opened", "– Not opened", "? No news yet"), never in colour alone. The name is
// drawn at the grid's left edge however far the lessons are scrolled sideways (scrollX), over the cells passing
// under it; under the name, for a student the app has not heard from, since when.
Item {
    id: root

    required property string personId
    required property string name
    /// Per lesson: "none", "opened", "done" or "unknown" (LessonGridModel).
    required property var lessonStates
    /// Per lesson: the state in words.
    required property var lessonStateTexts
    required property string summaryText
    /// "Not connected yet" or "No news for 9 days", or "" for a student heard from lately.
    required property string contactText
    required property var lessonTitles
    required property int nameWidth
    required property int cellWidth
    /// How far the lessons are scrolled sideways: the name stays at the grid's left edge.
    property real scrollX: 0
    /// The lesson column under the keyboard.
    required property int currentColumn
    /// This row has the keyboard.
    property bool current: false

    /// A click on the name (column -1) or on a cell.
    signal activated(int column)

    // A state's words go on two lines when the column is too narrow for them (very large text).
    readonly property bool twoLines: longest.advanceWidth > root.cellWidth - 24
    implicitHeight: Math.max(40, nameColumn.implicitHeight + 12, (root.twoLines ? 2 : 1) * metrics.height + 18)
    readonly property color rowColor: root.current ? Theme.infoSurface : Theme.surface

    Accessible.role: Accessible.Row
    Accessible.name: {
        const cell = root.currentColumn >= 0 && root.currentColumn < root.lessonStateTexts.length
            ? qsTr("%1: %2").arg(root.lessonTitles[root.currentColumn]).arg(root.lessonStateTexts[root.currentColumn]) : "";
        const who = root.contactText.length > 0 ? qsTr("%1, %2").arg(root.name).arg(root.contactText) : root.name;
        return cell.length > 0 ? qsTr("%1 — %2 (%3)").arg(who).arg(cell).arg(root.summaryText) : who;
    }

    FontMetrics {
        id: metrics
        font: longest.font
    }
    TextMetrics {
        id: longest
        font.family: nameLabel.font.family
        font.pixelSize: Theme.fontSmall
        text: "– " + qsTranslate("LessonGridModel", "Not opened")
    }

    Rectangle {
        anchors.fill: parent
        radius: 6
        color: root.rowColor
        border.color: Theme.border
        border.width: 1
    }

    Row {
        x: root.nameWidth
        height: parent.height
        Repeater {
            model: root.lessonStates
            Item {
                id: cell
                required property int modelData
                required property int index
                objectName: "gridCell" + index
                readonly property int cellState: modelData // WorkStates.LessonState
                readonly property string stateText: root.lessonStateTexts[index] ?? ""
                readonly property bool isCurrent: root.current && index === root.currentColumn
                width: root.cellWidth
                height: root.height
                Accessible.ignored: true
                Rectangle {
                    anchors.fill: parent
                    anchors.margins: 4
                    radius: 6
                    color: cell.cellState === WorkStates.Done ? Theme.successSurface : cell.cellState === WorkStates.Started ? Theme.warningSurface : "transparent"
                    border.width: cell.isCurrent ? 3 : 0
                    border.color: Theme.focus
                    Label {
                        anchors.fill: parent
                        anchors.leftMargin: 6
                        anchors.rightMargin: 4
                        verticalAlignment: Text.AlignVCenter
                        wrapMode: Text.WordWrap
                        maximumLineCount: 2
                        elide: Text.ElideRight
                        text: (cell.cellState === WorkStates.Done ? "✓ " : cell.cellState === WorkStates.Started ? "◐ " : cell.cellState === WorkStates.NoNews ? "? " : "– ") + cell.stateText
                        textFormat: Text.PlainText
                        font.pixelSize: Theme.fontSmall
                        font.bold: cell.cellState === WorkStates.Done
                        font.italic: cell.cellState === WorkStates.NoNews
                        color: cell.cellState === WorkStates.Done ? Theme.success : cell.cellState === WorkStates.Started ? Theme.warning : Theme.textMuted
                    }
                }
                TapHandler {
                    onTapped: root.activated(cell.index)
                }
            }
        }
    }

    // The name, pinned to the grid's left edge: the cells scroll under it.
    Rectangle {
        objectName: "gridNameCell"
        x: root.scrollX
        width: root.nameWidth
        height: parent.height
        radius: 6
        color: root.rowColor
        border.color: Theme.border
        border.width: 1
        Column {
            id: nameColumn
            anchors.verticalCenter: parent.verticalCenter
            width: parent.width
            Label {
                id: nameLabel
                objectName: "gridName"
                width: parent.width
                leftPadding: 8
                rightPadding: 4
                text: root.name
                textFormat: Text.PlainText
                // A long name on two lines rather than cut (the list's names are whole too).
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
                font.bold: true
                color: Theme.text
                Accessible.ignored: true
                PlainToolTip {
                    visible: nameLabel.truncated && nameHover.hovered
                    text: root.name
                }
                HoverHandler {
                    id: nameHover
                }
            }
            Label {
                objectName: "gridContact"
                width: parent.width
                visible: root.contactText.length > 0
                leftPadding: 8
                rightPadding: 4
                text: root.contactText
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                Accessible.ignored: true
            }
        }
        TapHandler {
            onTapped: root.activated(-1)
        }
    }
}
