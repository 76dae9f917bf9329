// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Continuite

// One place of the student’s home in the side rail: its key, its name, a count when there is one.
TabButton {
    id: root

    property string shortcutText
    property int badge: 0
    property bool badgeAlert: false
    property bool selected: false

    focusPolicy: Qt.StrongFocus
    padding: 0
    // A tab: a screen reader says which page is open (checked). The page chooses; a click does not toggle.
    checkable: false
    autoExclusive: false
    checked: root.selected
    implicitHeight: Math.max(50, implicitContentHeight + topPadding + bottomPadding)
    Accessible.name: badge > 0 ? qsTr("%1, %2", "a place and its count").arg(text).arg(badge) : text
    // Orca 43 never says a page tab's checked state (formatting.py, ROLE_PAGE_TAB), but says its description:
    // the open page's tab says so there (issue 18).
    Accessible.description: root.selected ? qsTr("Open page, key %1").arg(shortcutText) : qsTr("Key %1").arg(shortcutText)
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()

    background: Rectangle {
        radius: Theme.radius
        color: root.selected ? Theme.surface : root.hovered ? Theme.surfaceAlt : "transparent"
        border.width: root.visualFocus ? 3 : root.selected ? 1 : 0
        border.color: root.visualFocus ? Theme.focus : Theme.border
        Rectangle {
            visible: root.selected
            width: 4
            height: parent.height - 16
            anchors.verticalCenter: parent.verticalCenter
            radius: 2
            color: Theme.accent
        }
    }
    contentItem: RowLayout {
        spacing: 10
        Label {
            Accessible.ignored: true
            Layout.leftMargin: 8
            text: root.shortcutText
            textFormat: Text.PlainText
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
        }
        Label {
            Accessible.ignored: true
            Layout.fillWidth: true
            text: root.text
            textFormat: Text.PlainText
            color: root.selected ? Theme.primaryDark : Theme.text
            font.pixelSize: Theme.fontBody + 1
            font.bold: root.selected
            // A longer word (another language) on a second line rather than cut.
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }
        Rectangle {
            visible: root.badge > 0
            Layout.rightMargin: 4
            implicitWidth: Math.max(26, childrenRect.width + 12) // the count's label
            implicitHeight: 24
            radius: 12
            color: root.badgeAlert ? Theme.error : Theme.primary
            Label {
                Accessible.ignored: true
                anchors.centerIn: parent
                text: root.badge
                textFormat: Text.PlainText
                color: Theme.textOnPrimary
                font.pixelSize: Theme.fontSmall
                font.bold: true
            }
        }
    }
}
