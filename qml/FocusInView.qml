// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
import QtQuick

// Keeps the control that has the keyboard focus in view inside a Flickable (or a ScrollView's): on a
// 1024×600 screen, Tab must never take the focus to a field hidden below the fold.
QtObject {
    id: root

    /// The Flickable whose content holds the controls (for a ScrollView: its contentItem).
    required property Flickable flickable
    /// Room kept above and below the control, so that its label shows too.
    property real margin: 28

    /// Scrolls the least that shows @p item whole (its top when it is taller than the view and hidden);
    /// nothing when @p item is not inside the flickable or already shows.
    function reveal(item) {
        const f = root.flickable;
        if (!item || !f || !f.contentItem || f.contentHeight <= f.height)
            return;
        let p = item.parent;
        while (p && p !== f.contentItem)
            p = p.parent;
        if (!p)
            return;
        const top = item.mapToItem(f.contentItem, 0, 0).y;
        const bottom = top + item.height;
        const viewTop = f.contentY;
        const viewBottom = f.contentY + f.height;
        if (top >= viewTop && bottom <= viewBottom)
            return;
        let y;
        if (item.height + 2 * root.margin > f.height) {
            if (bottom > viewTop && top < viewBottom)
                return; // a tall editor that partly shows: do not jump under the person's mouse
            y = top - root.margin;
        } else {
            y = top < viewTop ? top - root.margin : bottom + root.margin - f.height;
        }
        f.contentY = Math.max(0, Math.min(y, f.contentHeight - f.height));
    }

    property Connections follower: Connections {
        target: root.flickable ? root.flickable.Window.window : null
        function onActiveFocusItemChanged() {
            root.reveal(root.flickable.Window.window.activeFocusItem);
        }
    }
}
