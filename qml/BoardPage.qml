// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Dialogs
import QtQuick.Layouts
import Continuite

// The continuity board: one line per student, who has gone silent first (no sync, no USB pack, no
// activity for days), then who is behind; each line says its state in words and in colour, and when
// and how the student was last in touch. Chips show one state only; a line (click or Enter) opens the
// student's page. Export as CSV for a spreadsheet.
FocusScope {
    id: root

    objectName: "boardPage"

    required property string classId
    property string className
    readonly property alias board: board
    readonly property alias list: list
    readonly property alias studentPage: studentPage
    property string exportedPath
    /// The student whose page is open (person id), or "".
    property string openedStudent: ""
    /// 0: the list of students (the silent first); 1: the lessons × students grid.
    property int view: 0
    readonly property alias lessonGrid: lessonGrid

    signal openReview(string assignmentId)
    signal openExchanges

    /// Opens the page of the student at @p row of the board.
    function openStudent(row: int) {
        if (row < 0 || row >= board.count)
            return;
        const at = (r) => board.data(board.index(row, 0), r);
        studentPage.name = at(BoardModel.NameRole);
        studentPage.login = at(BoardModel.LoginRole);
        studentPage.level = at(BoardModel.LevelRole);
        studentPage.levelText = at(BoardModel.LevelTextRole);
        studentPage.lastSyncDetail = at(BoardModel.LastSyncDetailRole);
        studentPage.lessonsText = at(BoardModel.LessonsTextRole);
        studentPage.workText = at(BoardModel.WorkTextRole);
        studentPage.studentId = at(BoardModel.PersonIdRole);
        root.openedStudent = studentPage.studentId;
        studentPage.forceActiveFocus(Qt.OtherFocusReason);
    }
    /// Opens the page of the student @p personId, whatever the chips show (the chips stay as the teacher left them).
    function openStudentById(personId: string) {
        const kept = board.filter;
        board.filter = -1;
        for (let row = 0; row < board.count; ++row) {
            if (board.data(board.index(row, 0), BoardModel.PersonIdRole) === personId) {
                root.openStudent(row);
                break;
            }
        }
        board.filter = kept;
    }
    function closeStudent() {
        root.openedStudent = "";
        if (root.view === 1)
            lessonGrid.list.forceActiveFocus(Qt.OtherFocusReason);
        else
            list.forceActiveFocus(Qt.OtherFocusReason);
    }
    function showView(which: int) {
        root.view = which;
        if (which === 1)
            lessonGrid.list.forceActiveFocus(Qt.OtherFocusReason);
        else
            list.forceActiveFocus(Qt.OtherFocusReason);
    }

    // The two views of the board, as small tabs beside the title (the height goes to the students).
    component ViewTab: TabButton {
        id: viewTab
        width: implicitWidth // as wide as its words, not an equal share of the bar
        focusPolicy: Qt.StrongFocus
        Accessible.name: viewTab.text
        Keys.onReturnPressed: viewTab.clicked()
        Keys.onEnterPressed: viewTab.clicked()
        padding: 6
        leftPadding: 12
        rightPadding: 12
        contentItem: Label {
            Accessible.ignored: true
            text: viewTab.text
            textFormat: Text.PlainText
            font.pixelSize: Theme.fontSmall
            font.bold: viewTab.checked
            color: viewTab.checked ? Theme.primaryDark : Theme.textMuted
            horizontalAlignment: Text.AlignHCenter
        }
        background: Rectangle {
            implicitHeight: 34
            radius: 8
            color: viewTab.checked ? Theme.surface : "transparent"
            border.color: viewTab.visualFocus ? Theme.focus : viewTab.checked ? Theme.primary : Theme.border
            border.width: viewTab.visualFocus ? 3 : 1
        }
    }
    onClassIdChanged: root.openedStudent = ""

    function exportTo(file: url): bool {
        const ok = board.exportCsv(file);
        root.exportedPath = ok ? board.lastExported() : "";
        return ok;
    }

    BoardModel {
        id: board
        session: Session
        classId: root.classId
    }
    FileDialog {
        id: csvDialog
        title: qsTr("Export the continuity board")
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("CSV tables (*.csv)")]
        defaultSuffix: "csv"
        onAccepted: root.exportTo(selectedFile)
    }

    StudentPage {
        id: studentPage
        anchors.fill: parent
        visible: root.openedStudent.length > 0
        classId: root.classId
        onBack: root.closeStudent()
        onOpenReview: assignmentId => root.openReview(assignmentId)
        onOpenExchanges: root.openExchanges()
    }

    /// Scrolls the page so that the list of students is in view whole (at "Très grande" the page scrolls).
    function showList() {
        pageScroll.contentY = Math.max(0, Math.min(list.y + list.height - pageScroll.height, list.y));
    }

    // At "Très grande" on 1024×600 the title, the tools, the chips and the column headings left the list less than one
    // row (review-app22 F7): the list keeps two rows' height at least, and the page scrolls when they do not fit.
    Flickable {
        id: pageScroll
        objectName: "boardScroll"
        anchors.fill: parent
        anchors.margins: Theme.margin
        // The page's scroll bar in its right margin: the rows keep their width (the chips' words whole).
        anchors.rightMargin: pageScroll.interactive ? Theme.margin - 14 : Theme.margin
        visible: root.openedStudent.length === 0
        contentWidth: width
        contentHeight: Math.max(height, boardColumn.implicitHeight)
        interactive: contentHeight > height + 0.5
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        ScrollBar.vertical: PageScrollBar {
            visible: pageScroll.interactive
        }

    ColumnLayout {
        id: boardColumn
        width: pageScroll.width - (pageScroll.interactive ? 14 : 0)
        height: pageScroll.contentHeight
        spacing: Theme.spacing

        // The title, then the two views and the export: on one row when they fit, else the title whole on its own
        // row (very large text: "Tableau de continuité" was cut to "Table…" beside them).
        GridLayout {
            id: headingRow
            Layout.fillWidth: true
            // From the words' own widths (TextMetrics, which do not change as the labels wrap) and the tools'. Changed after the
            // frame, not while the page is laid out: the tabs learn their new width in that same pass (a larger text), and
            // a choice that changed inside it laid the page out again and again ("Polish loop detected", issue 14).
            readonly property int fitting: Math.max(titleWidth.advanceWidth, classLineWidth.advanceWidth) + tools.implicitWidth + columnSpacing <= width ? 2 : 1
            columns: 2
            onFittingChanged: columnsLater.restart()
            Component.onCompleted: headingRow.columns = headingRow.fitting
            Timer {
                id: columnsLater
                interval: 0
                onTriggered: headingRow.columns = headingRow.fitting
            }
            TextMetrics {
                id: titleWidth
                font: boardTitle.font
                text: boardTitle.text
            }
            TextMetrics {
                id: classLineWidth
                font: classLine.font
                text: classLine.text
            }
            columnSpacing: 8
            rowSpacing: 8
            ColumnLayout {
                Layout.fillWidth: true
                // Its words' width, not the labels' implicit widths, which change as they wrap: each pass of the layout
                // gave the column another width, its words another height, and so on (the polish loop, issue 14).
                Layout.preferredWidth: Math.max(titleWidth.advanceWidth, classLineWidth.advanceWidth)
                spacing: 2
                Label {
                    id: boardTitle
                    Layout.fillWidth: true
                    text: qsTr("Continuity board")
                    font.pixelSize: Theme.fontHeading
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.WordWrap // whole, on two lines if it must
                }
                Label {
                    id: classLine
                    Layout.fillWidth: true
                    text: board.totalCount === 0 ? root.className : qsTr("%1 · %n student(s)", "", board.totalCount).arg(root.className)
                    textFormat: Text.PlainText
                    color: Theme.textMuted
                    wrapMode: Text.WordWrap
                }
            }
            RowLayout {
                id: tools
                Layout.fillWidth: headingRow.columns === 1
                spacing: 8
                TabBar {
                    id: viewTabs
                    objectName: "boardViews"
                    visible: board.totalCount > 0
                    spacing: 4
                    currentIndex: root.view
                    onCurrentIndexChanged: root.view = currentIndex
                    Accessible.name: qsTr("View of the board")
                    background: Item {
                    }
                    ViewTab {
                        objectName: "viewList"
                        text: qsTr("List")
                        onClicked: root.showView(0)
                    }
                    ViewTab {
                        objectName: "viewGrid"
                        text: qsTr("Lessons × students")
                        onClicked: root.showView(1)
                    }
                }
                Item {
                    // Always there (it takes no room beside the title): one that came and went with the columns changed
                    // the tools' width, which the columns are chosen from.
                    Layout.fillWidth: true
                }
                PrimaryButton {
                    visible: root.view === 0
                    secondary: true
                    text: qsTr("Export as CSV…")
                    Accessible.name: qsTr("Export the continuity board as a CSV table")
                    enabled: board.count > 0
                    onClicked: csvDialog.open()
                }
            }
        }

        // Filter chips: everyone, or one state only (the counts are of the whole class).
        Flow {
            objectName: "boardFilters"
            Layout.fillWidth: true
            visible: board.totalCount > 0 && root.view === 0
            spacing: 8
            Accessible.role: Accessible.PageTabList
            Accessible.name: qsTr("Show")
            BoardFilterChip {
                objectName: "filterAll"
                filter: -1
                board: board
                text: qsTr("All (%1)").arg(board.totalCount)
            }
            BoardFilterChip {
                objectName: "filterSilent"
                filter: WorkStates.Silent
                board: board
                text: qsTr("Silent (%1)").arg(board.silentCount)
            }
            BoardFilterChip {
                objectName: "filterNew"
                filter: WorkStates.NotConnectedYet
                board: board
                text: qsTr("Not connected yet (%1)").arg(board.notConnectedCount)
            }
            BoardFilterChip {
                objectName: "filterBehind"
                filter: WorkStates.Behind
                board: board
                text: qsTr("Behind (%1)").arg(board.behindCount)
            }
            BoardFilterChip {
                objectName: "filterOk"
                filter: WorkStates.OnTrack
                board: board
                text: qsTr("On track (%1)").arg(board.okCount)
            }
        }

        ErrorBanner {
            Layout.fillWidth: true
            text: board.error
        }
        Label {
            Layout.fillWidth: true
            visible: root.exportedPath.length > 0
            text: qsTr("Table saved in %1").arg(root.exportedPath)
            textFormat: Text.PlainText
            color: Theme.success
            wrapMode: Text.WrapAnywhere
        }

        // Column headings, aligned with BoardRow's columns.
        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.largeText ? 8 : 12 // as BoardRow's sideMargin
            Layout.rightMargin: Theme.largeText ? 22 : 26
            spacing: Theme.largeText ? 6 : 8 // as BoardRow's columnSpacing
            visible: board.count > 0 && root.view === 0
            Label {
                visible: !Theme.largeText // with large text, the chip is above the name
                Layout.preferredWidth: 124 // as BoardRow's chip
                elide: Text.ElideRight
                text: qsTr("State")
                font.bold: true
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Student")
                font.bold: true
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
            Label {
                Layout.preferredWidth: Theme.largeText ? 124 : 110 // as BoardRow's lastSyncWidth
                wrapMode: Text.WordWrap
                text: qsTr("Last contact")
                font.bold: true
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                ToolTip.visible: lastContactHover.hovered
                ToolTip.text: qsTr("The student's last sync with the school's server, or the last USB pack they sent back")
                HoverHandler {
                    id: lastContactHover
                }
            }
            Label {
                Layout.preferredWidth: Theme.largeText ? 124 : 92 // as BoardRow's lastSeenWidth
                wrapMode: Text.WordWrap
                text: qsTr("Last activity")
                font.bold: true
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
            Label {
                Layout.preferredWidth: 118
                text: qsTr("Lessons")
                font.bold: true
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
            Label {
                Layout.preferredWidth: 88
                text: qsTr("Work")
                font.bold: true
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
        }

        ListView {
            id: list
            objectName: "boardList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            // The first two rows at least (the silent ones, which the teacher looks at first), as each row says its height.
            Layout.minimumHeight: list.count === 0 ? 0 : list.count === 1 ? list.firstRow : list.firstRow + list.spacing + list.secondRow
            property real firstRow: 0
            property real secondRow: 0
            visible: board.count > 0 && root.view === 0
            focus: root.view === 0
            clip: true
            spacing: 6
            model: board
            keyNavigationEnabled: true
            activeFocusOnTab: true
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Students, the silent ones first")
            // The keyboard in the list brings it into view whole (the page scrolls at "Très grande").
            onActiveFocusChanged: if (activeFocus && pageScroll.interactive)
                root.showList()
            Keys.onReturnPressed: root.openStudent(list.currentIndex)
            Keys.onEnterPressed: root.openStudent(list.currentIndex)
            ScrollBar.vertical: PageScrollBar {}
            delegate: BoardRow {
                required property int index
                width: ListView.view.width - 14
                current: ListView.isCurrentItem && list.activeFocus
                onActivated: root.openStudent(index)
                function sayHeight() {
                    if (index === 0)
                        list.firstRow = height;
                    else if (index === 1)
                        list.secondRow = height;
                }
                onHeightChanged: sayHeight()
                onIndexChanged: sayHeight()
                Component.onCompleted: sayHeight()
            }
        }

        Label {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: board.count === 0 && root.view === 0
            text: root.classId.length === 0 ? qsTr("Create a class first (Classes & roster).") : board.totalCount > 0 ? qsTr("Nobody in this state: choose another chip.") : qsTr("No student in this class yet: add them in Classes & roster.")
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            color: Theme.textMuted
            font.pixelSize: Theme.fontTitle
        }

        LessonGrid {
            id: lessonGrid
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: root.view === 1 ? lessonGrid.minimumHeight : 0
            visible: root.view === 1
            focus: root.view === 1
            classId: root.classId
            onOpenStudent: personId => root.openStudentById(personId)
        }
    }
    }
}
