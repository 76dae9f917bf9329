// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Continuite

// The board's second tab (Kolibri's coach view): a row per student, a column per published lesson, each cell
// saying in a sign and a word whether the student has not opened, opened or finished the lesson, or that nothing
// has been heard from them yet. Up / Down move between students, Left / Right between lessons, Enter opens the
// student's page; the current cell has the focus ring and is what a screen reader reads.
//
// The students' names stay in place while the lessons scroll sideways (a cell must always say whose it is): the
// list scrolls both ways, and each row's name and the "Student" heading are drawn at the list's left edge, over the
// cells that pass under them. The grid opens on the newest lesson (the last column), the one a teacher checks.
FocusScope {
    id: root

    objectName: "lessonGrid"

    required property string classId
    readonly property alias grid: grid
    readonly property alias list: list
    /// The lesson (column) under the keyboard.
    property int currentColumn: 0
    readonly property int nameWidth: Theme.largeText ? 232 : 170 // "Pas encore connecté" whole at very large text
    /// The lessons share the width left by the names, between a narrow and a wide column (then it scrolls sideways).
    readonly property int cellWidth: {
        const narrow = Theme.largeText ? 150 : 116;
        const shared = grid.lessonCount > 0 ? (root.width - root.nameWidth - 24) / grid.lessonCount : narrow;
        return Math.floor(Math.max(narrow, Math.min(Theme.largeText ? 260 : 220, shared)));
    }
    /// The height that shows the legend, the headings and two whole students (the board's page scrolls to it at "Très
    /// grande", where the grid showed one and a bit: review-app22 F7).
    readonly property real minimumHeight: (legend.visible ? legend.height + gridColumn.spacing : 0) + heading.height + gridColumn.spacing
                                          + list.Layout.minimumHeight + (lessonsBar.visible ? lessonsBar.height + gridColumn.spacing : 0)
    /// The width the cells can show beside the names (the students' scroll bar takes the right edge).
    readonly property real cellsViewWidth: list.width - root.nameWidth - 14
    /// The class whose grid was put on its newest lesson (once: it then stays where the teacher takes it).
    property string placedFor

    /// The student at a row was chosen (Enter or a click): their person id.
    signal openStudent(string personId)

    function moveColumn(by: int) {
        root.currentColumn = Math.max(0, Math.min(grid.lessonCount - 1, root.currentColumn + by));
    }
    /// Scrolls sideways just enough for lesson @p column to be seen beside the names.
    function showColumn(column: int) {
        if (list.width <= 0)
            return;
        const left = column * root.cellWidth; // in the cells' own coordinates (the names are not scrolled)
        let x = list.contentX;
        if (left + root.cellWidth > x + root.cellsViewWidth)
            x = left + root.cellWidth - root.cellsViewWidth;
        if (left < x)
            x = left;
        list.contentX = Math.max(0, Math.min(x, list.contentWidth - list.width));
    }
    onCurrentColumnChanged: root.showColumn(root.currentColumn)
    // The text size changed (Ctrl++): the names' and the cells' widths both change, and the list's width change called
    // showColumn with one new and one old; once both are in, the current lesson is put back in view (review of app15,
    // finding 6: the current cell half out of view). A zero timer, not Qt.callLater (untyped for Qt 6.4's qmllint).
    onCellWidthChanged: showLater.restart()
    onNameWidthChanged: showLater.restart()
    Timer {
        id: showLater
        interval: 0
        onTriggered: root.showColumn(root.currentColumn)
    }
    /// Home / End, Ctrl+Home / Ctrl+End, Page Up / Page Down in the grid, as in a spreadsheet (review of app15,
    /// finding 3: with 50 lessons the first was 49 presses of Left away). True when @p event was one of them.
    function navigate(event: var): bool {
        const ctrl = (event.modifiers & Qt.ControlModifier) !== 0;
        const rows = grid.count;
        let row = -1;
        if (event.key === Qt.Key_Home && ctrl)
            row = 0;
        else if (event.key === Qt.Key_End && ctrl)
            row = rows - 1;
        else if (event.key === Qt.Key_Home)
            root.currentColumn = 0;
        else if (event.key === Qt.Key_End)
            root.currentColumn = Math.max(0, grid.lessonCount - 1);
        else if ((event.key === Qt.Key_PageDown || event.key === Qt.Key_PageUp) && !ctrl) {
            // About a screen of students: the rows that show, one kept for the eye to follow.
            const item = list.itemAtIndex(Math.max(0, list.currentIndex));
            const step = item ? Math.max(1, Math.floor(list.height / (item.height + list.spacing)) - 1) : 1;
            row = Math.max(0, Math.min(rows - 1, Math.max(0, list.currentIndex) + (event.key === Qt.Key_PageDown ? step : -step)));
        } else
            return false;
        if (row >= 0 && rows > 0)
            list.currentIndex = row; // and the list shows it (onCurrentIndexChanged)
        return true;
    }

    LessonGridModel {
        id: grid
        session: Session
        classId: root.classId
        onReloaded: {
            if (root.placedFor !== grid.classId && grid.lessonCount > 0) {
                // A class's grid opens on its newest lesson (the last column), the one a teacher checks.
                root.placedFor = grid.classId;
                root.currentColumn = grid.lessonCount - 1;
            } else {
                root.currentColumn = Math.min(root.currentColumn, Math.max(0, grid.lessonCount - 1));
            }
            root.showColumn(root.currentColumn);
        }
    }

    ColumnLayout {
        id: gridColumn
        anchors.fill: parent
        spacing: 6

        Label {
            id: legend
            objectName: "gridLegend"
            Layout.fillWidth: true
            visible: grid.count > 0 && grid.lessonCount > 0
            readonly property string whole: qsTr("✓ finished (before, in and after class) · ◐ opened · – not opened · ? no news from the student yet. As of each student's last sync.")
            // At very large text the signs only (three lines were a student less); the whole legend is in the
            // tooltip and for a screen reader.
            text: Theme.largeText ? qsTr("✓ finished · ◐ opened · – not opened · ? no news yet") : whole
            textFormat: Text.PlainText
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            Accessible.role: Accessible.StaticText
            Accessible.name: whole
            ToolTip.visible: Theme.largeText && legendHover.hovered
            ToolTip.text: whole
            HoverHandler {
                id: legendHover
            }
        }

        // Column headings: "Student" in place, the lessons' titles scrolled sideways with the cells.
        Item {
            id: heading
            objectName: "gridHeading"
            Layout.fillWidth: true
            visible: list.visible
            implicitHeight: titles.implicitHeight
            clip: true
            Row {
                id: titles
                x: root.nameWidth - list.contentX
                Repeater {
                    model: grid.lessonTitles
                    Label {
                        id: titleLabel
                        required property string modelData
                        required property int index
                        objectName: "gridTitle" + index
                        width: root.cellWidth
                        leftPadding: 8
                        rightPadding: 4
                        verticalAlignment: Text.AlignBottom
                        text: modelData
                        textFormat: Text.PlainText
                        // Breaks inside a long word rather than running into the next column (proportionnalité).
                        wrapMode: Text.Wrap
                        // Two lines at the normal size (the tooltip holds the rest); whole at very large text, where
                        // two lines cut every title ("Placer des fractions …", review-app22 F6): the heading grows.
                        maximumLineCount: Theme.largeText ? 12 : 2
                        elide: Text.ElideRight
                        clip: true
                        font.bold: true
                        font.pixelSize: Theme.fontSmall
                        color: index === root.currentColumn && list.activeFocus ? Theme.text : Theme.textMuted
                        Accessible.role: Accessible.ColumnHeader
                        Accessible.name: modelData
                        // The whole title when it is cut: under the mouse, and on the current lesson for the keyboard.
                        PlainToolTip {
                            visible: titleLabel.truncated && titleHover.hovered
                            text: titleLabel.modelData
                            delay: 400
                        }
                        HoverHandler {
                            id: titleHover
                        }
                        PlainToolTip {
                            objectName: "gridTitleWhole"
                            visible: titleLabel.truncated && titleLabel.index === root.currentColumn && list.activeFocus
                            text: titleLabel.modelData
                            font.pixelSize: Theme.fontSmall
                            // Over the cut heading itself, its bottom on the heading's: above it, it hid the end of the
                            // legend ("? pas de nouvelles") whenever the grid had the keyboard (review of app15, finding 4);
                            // below it, it would hide the first student's cells.
                            x: 0
                            y: titleLabel.height - height
                        }
                    }
                }
            }
            Rectangle {
                // Under "Student": the lessons' titles pass beneath it.
                width: root.nameWidth
                height: parent.height
                color: Theme.background
                Label {
                    anchors.fill: parent
                    leftPadding: 8
                    verticalAlignment: Text.AlignBottom
                    text: qsTr("Student")
                    font.bold: true
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                }
            }
        }

        ListView {
            id: list
            objectName: "gridList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            // Two whole students at least, as each row says its height.
            Layout.minimumHeight: list.count === 0 ? 0 : list.count === 1 ? list.firstRow : list.firstRow + list.spacing + list.secondRow
            property real firstRow: 0
            property real secondRow: 0
            visible: grid.count > 0 && grid.lessonCount > 0
            clip: true
            focus: true
            spacing: 4
            model: grid
            keyNavigationEnabled: true
            activeFocusOnTab: true
            boundsBehavior: Flickable.StopAtBounds
            // Sideways too: the lessons scroll under the names, which every row draws at this left edge.
            contentWidth: Math.max(width, root.nameWidth + grid.lessonCount * root.cellWidth + 14)
            flickableDirection: Flickable.AutoFlickDirection
            // Laid out (or resized, or the text size changed): the current lesson in view.
            onWidthChanged: root.showColumn(root.currentColumn)
            onContentWidthChanged: root.showColumn(root.currentColumn)
            Accessible.role: Accessible.Table
            Accessible.name: qsTr("Lessons and students: who opened and who finished each lesson")
            Accessible.description: qsTr("Up and Down: a student. Left and Right: a lesson. Home and End: the first and the last lesson. Ctrl+Home and Ctrl+End: the first and the last student. Page Up and Page Down: a screen of students. Enter: the student's page.")
            Keys.onPressed: event => {
                if (root.navigate(event))
                    event.accepted = true;
            }
            // The current student in view whatever moved it (Up, Down, a page, a click): the list did not follow Down
            // past the rows shown, and the current row went out of sight (seen with 20 students, review of app16).
            onCurrentIndexChanged: {
                if (list.currentIndex >= 0)
                    list.positionViewAtIndex(list.currentIndex, ListView.Contain);
            }
            Keys.onLeftPressed: root.moveColumn(-1)
            Keys.onRightPressed: root.moveColumn(1)
            Keys.onReturnPressed: root.openStudent(grid.data(grid.index(list.currentIndex, 0), LessonGridModel.PersonIdRole))
            Keys.onEnterPressed: root.openStudent(grid.data(grid.index(list.currentIndex, 0), LessonGridModel.PersonIdRole))
            ScrollBar.vertical: ScrollBar {
                objectName: "studentsBar"
                policy: list.contentHeight > list.height ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
            }
            ScrollBar.horizontal: lessonsBar
            delegate: LessonGridRow {
                id: gridRow
                required property int index
                width: list.contentWidth - 14
                function sayHeight() {
                    if (gridRow.index === 0)
                        list.firstRow = gridRow.height;
                    else if (gridRow.index === 1)
                        list.secondRow = gridRow.height;
                }
                onHeightChanged: sayHeight()
                onIndexChanged: sayHeight()
                Component.onCompleted: sayHeight()
                nameWidth: root.nameWidth
                cellWidth: root.cellWidth
                scrollX: list.contentX
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

        // The lessons' scroll bar under the list, not over its last row: the list's own scrolling (Down, Page Down,
        // Ctrl+End) keeps the current row inside the list, and a bar laid over it hid the last row's ring and words
        // (review of app16, finding 7; the list's bottom margin left the row under the bar all the same).
        ScrollBar {
            id: lessonsBar
            objectName: "lessonsBar"
            Layout.fillWidth: true
            orientation: Qt.Horizontal
            visible: list.visible && list.contentWidth > list.width
            policy: ScrollBar.AlwaysOn
        }

        Label {
            objectName: "gridEmpty"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: !list.visible
            text: grid.count === 0 ? qsTr("No student in this class yet: add them in Classes & roster.") : qsTr("No lesson published yet: the grid fills in as you publish lessons.")
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            color: Theme.textMuted
            font.pixelSize: Theme.fontTitle
        }
    }
}
