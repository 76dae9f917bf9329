// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Controls.Basic
import Continuite

// The scroll bar of a page or a list that scrolls: shown all the time while there is more than the view holds,
// hidden when everything fits. The Basic style's bar shows only while scrolling, so nobody could tell that
// Settings or À faire went on below (issue 14). Attach it as `ScrollBar.vertical: PageScrollBar {}`.
ScrollBar {
    id: control

    /// More content than the view shows.
    readonly property bool overflows: control.size > 0 && control.size < 0.999

    objectName: "pageScrollBar"
    policy: control.overflows ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
    minimumSize: 0.08
    padding: 2
    contentItem: Rectangle {
        implicitWidth: 8
        implicitHeight: 8
        radius: 4
        // At least 3:1 against the track and the page: a bar one sees without looking for it.
        color: control.pressed ? Theme.primaryDark : control.hovered ? Theme.primary : Theme.textMuted
        visible: control.overflows
    }
    background: Rectangle {
        implicitWidth: 12
        radius: 6
        color: Theme.surfaceAlt
        border.color: Theme.border
        visible: control.overflows
    }
}
