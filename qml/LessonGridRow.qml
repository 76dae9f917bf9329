// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import Continuite

// One student in the lessons × students grid: their name, then a cell per published lesson with the state in a
// sign and a word ("✓ Finished", "◐ Opened", "– Not opened"), never in colour alone.
Rectangle {
    id: root

    required property string personId
    required property string name
    /// Per lesson: "none", "opened" or "done" (LessonGridModel).
    required property var lessonStates
    /// Per lesson: the state in words.
    required property var lessonStateTexts
    required property string summaryText
    required property var lessonTitles
    required property int nameWidth
    required property int cellWidth
    /// The lesson column under the keyboard.
    required property int currentColumn
    /// This row has the keyboard.
    property bool current: false

    /// A click on the name (column -1) or on a cell.
    signal activated(int column)

    // A state's words go on two lines when the column is too narrow for them (very large text).
    readonly property bool twoLines: longest.advanceWidth > root.cellWidth - 24
    implicitHeight: Math.max(40, nameLabel.implicitHeight + 12, (root.twoLines ? 2 : 1) * metrics.height + 18)
    radius: 6
    color: root.current ? Theme.infoSurface : Theme.surface
    border.color: Theme.border
    border.width: 1

    Accessible.role: Accessible.Row
    Accessible.name: {
        const cell = root.currentColumn >= 0 && root.currentColumn < root.lessonStateTexts.length
            ? qsTr("%1: %2").arg(root.lessonTitles[root.currentColumn]).arg(root.lessonStateTexts[root.currentColumn]) : "";
        return cell.length > 0 ? qsTr("%1 — %2 (%3)").arg(root.name).arg(cell).arg(root.summaryText) : root.name;
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

    Row {
        anchors.fill: parent
        Label {
            id: nameLabel
            objectName: "gridName"
            width: root.nameWidth
            height: parent.height
            leftPadding: 8
            rightPadding: 4
            verticalAlignment: Text.AlignVCenter
            text: root.name
            elide: Text.ElideRight
            font.bold: true
            color: Theme.text
            Accessible.ignored: true
            TapHandler {
                onTapped: root.activated(-1)
            }
        }
        Repeater {
            model: root.lessonStates
            Item {
                id: cell
                required property string modelData
                required property int index
                objectName: "gridCell" + index
                readonly property string cellState: modelData
                readonly property string stateText: root.lessonStateTexts[index] ?? ""
                readonly property bool isCurrent: root.current && index === root.currentColumn
                width: root.cellWidth
                height: root.height
                Accessible.ignored: true
                Rectangle {
                    anchors.fill: parent
                    anchors.margins: 4
                    radius: 6
                    color: cell.cellState === "done" ? Theme.successSurface : cell.cellState === "opened" ? Theme.warningSurface : "transparent"
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
                        text: (cell.cellState === "done" ? "✓ " : cell.cellState === "opened" ? "◐ " : "– ") + cell.stateText
                        font.pixelSize: Theme.fontSmall
                        font.bold: cell.cellState === "done"
                        color: cell.cellState === "done" ? Theme.success : cell.cellState === "opened" ? Theme.warning : Theme.textMuted
                    }
                }
                TapHandler {
                    onTapped: root.activated(cell.index)
                }
            }
        }
    }
}
