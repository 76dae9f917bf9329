// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import Continuite

// Keeps the control that has the keyboard focus in view inside a Flickable (or a ScrollView's): on a
// 1024×600 screen, Tab must never take the focus to a field hidden below the fold. Nor a larger text size: what is
// above the control grows, the page keeps its scroll, and the control the person just chose went off the screen
// (review-a11y23, N3).
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
    // Once the page is laid out again at the new size (its layouts settle at the next frame): a timer, not
    // callLater, which can run before the layouts have placed the control.
    property Connections scaleFollower: Connections {
        target: Session
        function onTextScaleChanged() {
            root.afterResize.restart();
        }
    }
    property Timer afterResize: Timer {
        interval: 50
        onTriggered: {
            const w = root.flickable ? root.flickable.Window.window : null;
            if (w && root.flickable.visible)
                root.reveal(w.activeFocusItem);
        }
    }
}
