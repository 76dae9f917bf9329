// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Continuite

// The board's second tab (Kolibri's coach view): a row per student, a column per published lesson, each cell
// saying in a sign and a word whether the student has not opened, opened or finished the lesson. Up / Down move
// between students, Left / Right between lessons, Enter opens the student's page; the current cell has the
// focus ring and is what a screen reader reads.
FocusScope {
    id: root

    objectName: "lessonGrid"

    required property string classId
    readonly property alias grid: grid
    readonly property alias list: list
    /// The lesson (column) under the keyboard.
    property int currentColumn: 0
    readonly property int nameWidth: Theme.largeText ? 210 : 170
    /// The lessons share the width left by the names, between a narrow and a wide column (then it scrolls sideways).
    readonly property int cellWidth: {
        const narrow = Theme.largeText ? 150 : 116;
        const shared = grid.lessonCount > 0 ? (root.width - root.nameWidth - 24) / grid.lessonCount : narrow;
        return Math.floor(Math.max(narrow, Math.min(Theme.largeText ? 260 : 220, shared)));
    }

    /// The student at a row was chosen (Enter or a click): their person id.
    signal openStudent(string personId)

    function moveColumn(by: int) {
        root.currentColumn = Math.max(0, Math.min(grid.lessonCount - 1, root.currentColumn + by));
        // Keep the current lesson in view when the lessons do not fit in the width.
        const left = root.nameWidth + root.currentColumn * root.cellWidth;
        if (left + root.cellWidth > scroller.contentX + scroller.width)
            scroller.contentX = left + root.cellWidth - scroller.width;
        else if (left < scroller.contentX + root.nameWidth)
            scroller.contentX = Math.max(0, left - root.nameWidth);
    }

    LessonGridModel {
        id: grid
        session: Session
        classId: root.classId
        onReloaded: root.currentColumn = Math.min(root.currentColumn, Math.max(0, grid.lessonCount - 1))
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 6

        Label {
            objectName: "gridLegend"
            Layout.fillWidth: true
            visible: grid.count > 0 && grid.lessonCount > 0
            text: qsTr("✓ finished (before, in and after class) · ◐ opened · – not opened yet")
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
        }

        Flickable {
            id: scroller
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: grid.count > 0 && grid.lessonCount > 0
            clip: true
            contentWidth: Math.max(width, root.nameWidth + grid.lessonCount * root.cellWidth + 16)
            contentHeight: height
            flickableDirection: Flickable.HorizontalFlick
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.horizontal: ScrollBar {
                policy: scroller.contentWidth > scroller.width ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
            }

            Column {
                width: scroller.contentWidth
                height: scroller.height - 14
                spacing: 4

                // Column headings: the lessons' titles, on two lines at most.
                Row {
                    id: heading
                    Label {
                        width: root.nameWidth
                        height: parent.height
                        leftPadding: 8
                        verticalAlignment: Text.AlignBottom
                        text: qsTr("Student")
                        font.bold: true
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textMuted
                    }
                    Repeater {
                        model: grid.lessonTitles
                        Label {
                            required property string modelData
                            required property int index
                            width: root.cellWidth
                            leftPadding: 8
                            rightPadding: 4
                            verticalAlignment: Text.AlignBottom
                            text: modelData
                            wrapMode: Text.WordWrap
                            maximumLineCount: 2
                            elide: Text.ElideRight
                            font.bold: true
                            font.pixelSize: Theme.fontSmall
                            color: index === root.currentColumn && list.activeFocus ? Theme.text : Theme.textMuted
                            ToolTip.visible: titleHover.hovered && truncated
                            ToolTip.text: modelData
                            HoverHandler {
                                id: titleHover
                            }
                        }
                    }
                }

                ListView {
                    id: list
                    objectName: "gridList"
                    width: parent.width
                    height: parent.height - heading.height - 4
                    clip: true
                    focus: true
                    spacing: 4
                    model: grid
                    keyNavigationEnabled: true
                    activeFocusOnTab: true
                    boundsBehavior: Flickable.StopAtBounds
                    Accessible.role: Accessible.Table
                    Accessible.name: qsTr("Lessons and students: who opened and who finished each lesson")
                    Keys.onLeftPressed: root.moveColumn(-1)
                    Keys.onRightPressed: root.moveColumn(1)
                    Keys.onReturnPressed: root.openStudent(grid.data(grid.index(list.currentIndex, 0), LessonGridModel.PersonIdRole))
                    Keys.onEnterPressed: root.openStudent(grid.data(grid.index(list.currentIndex, 0), LessonGridModel.PersonIdRole))
                    ScrollBar.vertical: studentsBar
                    delegate: LessonGridRow {
                        required property int index
                        width: ListView.view.width
                        nameWidth: root.nameWidth
                        cellWidth: root.cellWidth
                        lessonTitles: grid.lessonTitles
                        currentColumn: root.currentColumn
                        current: ListView.isCurrentItem && list.activeFocus
                        onActivated: column => {
                            list.currentIndex = index;
                            if (column >= 0)
                                root.currentColumn = column;
                            root.openStudent(personId);
                        }
                    }
                }
            }
        }

        Label {
            objectName: "gridEmpty"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: !scroller.visible
            text: grid.count === 0 ? qsTr("No student in this class yet: add them in Classes & roster.") : qsTr("No lesson published yet: the grid fills in as you publish lessons.")
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            color: Theme.textMuted
            font.pixelSize: Theme.fontTitle
        }
    }

    // The students' scroll bar on the grid's right edge, not at the far end of the lessons scrolled sideways.
    ScrollBar {
        id: studentsBar
        objectName: "studentsBar"
        x: scroller.x + scroller.width - width
        y: scroller.y + heading.height + 4
        height: list.height
        visible: scroller.visible
        policy: list.contentHeight > list.height ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
    }
}
