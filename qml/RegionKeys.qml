// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import Continuite

// F6 and Shift+F6 move the keyboard between the window's regions (issue 18, F8): the bar on top (who is working,
// Échanges, Réglages), the page, and the sync bar at the bottom. Orca 43 has no landmark navigation in a Qt app
// (a named section is not said at all, a named group reads its whole page: heard in session 17), so the regions are
// keys of the app's own, as in a browser or LibreOffice. Each press lands on a named control of the next region that
// shows (where the keyboard last was in it, else its first control) and says which region this is once the focus has
// settled: Orca 43 cuts what it is saying when the focus moves (default.locusOfFocusChanged).
Item {
    id: root

    /// The regions, top to bottom; one that does not show is skipped.
    property Item header
    property Item content
    property Item footer
    /// Where the keyboard lands in the bar on top, and in the bar at the bottom, the first time.
    property Item headerLanding
    property Item footerLanding
    /// What is said as the keyboard lands in each region.
    property string headerWords
    property string contentWords
    property string footerWords

    // Where the keyboard last was in each region (a destroyed item reads null).
    property Item lastHeader: null
    property Item lastContent: null
    property Item lastFooter: null
    /// The words to say once the focus has settled ("" when none wait).
    property string pending

    /// The region @p item is in: 0 the bar on top, 1 the page, 2 the bar at the bottom; -1 outside all three.
    function regionOf(item: Item): int {
        for (let node = item; node; node = node.parent) {
            if (node === root.header)
                return 0;
            if (node === root.content)
                return 1;
            if (node === root.footer)
                return 2;
        }
        return -1;
    }
    function regionItem(region: int): Item {
        return region === 0 ? root.header : region === 2 ? root.footer : root.content;
    }
    function shows(region: int): bool {
        const item = root.regionItem(region);
        return item !== null && item.visible;
    }
    /// Still a place for the keyboard: in its region, showing and enabled.
    function usable(item: Item, region: int): bool {
        return item !== null && item.visible && item.enabled && root.regionOf(item) === region;
    }

    /// Moves the keyboard to the next region that shows (@p step 1) or the one before (-1); false when there is none.
    function move(step: int): bool {
        const focus = root.Window.activeFocusItem;
        const from = Math.max(0, root.regionOf(focus));
        for (let i = 1; i <= 2; ++i) {
            const region = (from + step * i + 3) % 3;
            if (root.shows(region) && root.land(region))
                return true;
        }
        return false;
    }

    function land(region: int): bool {
        const kept = region === 0 ? root.lastHeader : region === 2 ? root.lastFooter : root.lastContent;
        let target = root.usable(kept, region) ? kept : region === 0 ? root.headerLanding : region === 2 ? root.footerLanding : null;
        if (region === 1 && target === null) {
            // The page's own choice, as when it opened.
            root.content.forceActiveFocus(Qt.ShortcutFocusReason);
            target = root.Window.activeFocusItem;
        }
        if (!root.usable(target, region))
            return false;
        target.forceActiveFocus(Qt.ShortcutFocusReason);
        root.pending = region === 0 ? root.headerWords : region === 2 ? root.footerWords : root.contentWords;
        saidLater.restart();
        return true;
    }

    readonly property Item focusItem: root.Window.activeFocusItem
    onFocusItemChanged: {
        const region = root.regionOf(root.focusItem);
        if (region === 0)
            root.lastHeader = root.focusItem;
        else if (region === 1)
            root.lastContent = root.focusItem;
        else if (region === 2)
            root.lastFooter = root.focusItem;
        if (root.pending.length > 0)
            saidLater.restart();
    }

    Shortcut {
        sequence: "F6"
        enabled: root.enabled
        onActivated: root.move(1)
    }
    Shortcut {
        sequence: "Shift+F6"
        enabled: root.enabled
        onActivated: root.move(-1)
    }
    Timer {
        id: saidLater
        interval: 300
        onTriggered: {
            const words = root.pending;
            root.pending = "";
            if (words.length > 0)
                regionSaid.announce(words);
        }
    }
    Announcement {
        id: regionSaid
        objectName: "regionAnnouncement"
    }
}
