pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Dialogs
import QtQuick.Layouts
import Continuite

// The continuity board: one line per student, who has gone silent first (no sync, no USB pack, no
// activity for days), then who is behind; each line says its state in words and in colour, and when
// and how the student was last in touch. Export as CSV for a spreadsheet.
FocusScope {
    id: root

    objectName: "boardPage"

    required property string classId
    property string className
    readonly property alias board: board
    readonly property alias list: list
    property string exportedPath

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

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Continuity board")
                    font.pixelSize: Theme.fontHeading
                    font.bold: true
                    color: Theme.text
                    elide: Text.ElideRight
                }
                Label {
                    Layout.fillWidth: true
                    text: board.count === 0 ? root.className : qsTr("%1 · %2 silent, %3 behind, out of %n student(s)", "", board.count).arg(root.className).arg(board.silentCount).arg(board.behindCount)
                    color: Theme.textMuted
                    elide: Text.ElideRight
                }
            }
            PrimaryButton {
                secondary: true
                text: qsTr("Export as CSV…")
                Accessible.name: qsTr("Export the continuity board as a CSV table")
                enabled: board.count > 0
                onClicked: csvDialog.open()
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
            color: Theme.success
            wrapMode: Text.WrapAnywhere
        }

        // Column headings, aligned with BoardRow's columns.
        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: 12
            Layout.rightMargin: 26
            spacing: 8 // as BoardRow's
            visible: board.count > 0
            Label {
                Layout.preferredWidth: Theme.largeText ? Theme.fontBody * 2 + 8 : 116 // as BoardRow's chip
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
                Layout.preferredWidth: 110
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
                Layout.preferredWidth: 92
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
            visible: board.count > 0
            focus: true
            clip: true
            spacing: 6
            model: board
            keyNavigationEnabled: true
            activeFocusOnTab: true
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Students, the silent ones first")
            ScrollBar.vertical: ScrollBar {
            }
            delegate: BoardRow {
                width: ListView.view.width - 14
                current: ListView.isCurrentItem && list.activeFocus
            }
        }

        Label {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: board.count === 0
            text: root.classId.length === 0 ? qsTr("Create a class first (Classes & roster).") : qsTr("No student in this class yet: add them in Classes & roster.")
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            color: Theme.textMuted
            font.pixelSize: Theme.fontTitle
        }
    }
}
