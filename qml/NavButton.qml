// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Continuite

// One entry of the teacher's side menu: an icon-like mark, a name, a hint; the current one is highlighted.
TabButton {
    id: root

    property string hint
    property string mark
    property bool current: false

    focusPolicy: Qt.StrongFocus
    // A tab: a screen reader says which page is open (checked). The page chooses; a click does not toggle.
    checkable: false
    autoExclusive: false
    checked: root.current
    Layout.fillWidth: true
    // Grows with the text size (two lines: the name and its hint).
    implicitHeight: Math.max(52, implicitContentHeight + topPadding + bottomPadding)
    padding: 8
    leftPadding: 12
    Accessible.name: text
    // Orca 43 never says a page tab's checked state (formatting.py, ROLE_PAGE_TAB), but says its description:
    // the open page's tab says so there (issue 18).
    Accessible.description: root.current ? qsTr("Open page. %1").arg(hint) : hint
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()
    ToolTip.visible: Theme.largeText && root.hovered && root.hint.length > 0
    ToolTip.text: root.hint
    ToolTip.delay: 600

    background: Rectangle {
        radius: Theme.radius
        color: root.current ? Theme.surfaceAlt : root.hovered ? "#F6F8FC" : "transparent"
        border.width: root.visualFocus ? 3 : 0
        border.color: Theme.focus
        Rectangle {
            visible: root.current
            width: 4
            height: parent.height - 16
            radius: 2
            anchors.left: parent.left
            anchors.verticalCenter: parent.verticalCenter
            color: Theme.accent
        }
    }
    contentItem: RowLayout {
        spacing: 10
        Label {
            Accessible.ignored: true
            text: root.mark
            textFormat: Text.PlainText
            font.pixelSize: Theme.fontTitle
            color: root.current ? Theme.primaryDark : Theme.textMuted
            Layout.preferredWidth: 24
            horizontalAlignment: Text.AlignHCenter
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            Label {
                Accessible.ignored: true
                Layout.fillWidth: true
                objectName: "navText"
                text: root.text
                textFormat: Text.PlainText
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: root.current ? Theme.primaryDark : Theme.text
                wrapMode: Text.Wrap // whole words on two lines rather than "Suivi des él…" (review-app19)
                maximumLineCount: 2
                elide: Text.ElideRight
            }
            // Not at very large text: with the hints, the side menu was taller than 1024×600 leaves it and "Suivi des
            // élèves", the teacher's home, was cut at its bottom (review-app19, ui19). The hint stays in the
            // description a screen reader says, and in a tooltip.
            Label {
                objectName: "navHint"
                Accessible.ignored: true
                Layout.fillWidth: true
                visible: !Theme.largeText
                text: root.hint
                textFormat: Text.PlainText
                font.pixelSize: Theme.fontSmall - 1
                color: Theme.textMuted
                elide: Text.ElideRight
            }
        }
    }
}
