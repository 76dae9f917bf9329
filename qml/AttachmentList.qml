// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import Continuite

// The files of a lesson: name, type, size; a PDF, an audio or a video opens inside the app, other files in
// their usual program.
ListView {
    id: root

    signal openPdf(url source, string name)
    signal openMedia(url source, string name, string kind)

    clip: true
    spacing: 8
    activeFocusOnTab: true
    keyNavigationEnabled: true
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Attached files")

    function openAt(row: int) {
        const item = root.itemAtIndex(row) as AttachmentRow;
        if (item)
            item.open();
    }
    Keys.onReturnPressed: openAt(currentIndex)
    Keys.onEnterPressed: openAt(currentIndex)
    Keys.onSpacePressed: openAt(currentIndex) // its rows are buttons to a screen reader: Space presses them too

    delegate: AttachmentRow {
        width: ListView.view.width
        current: ListView.isCurrentItem && root.activeFocus
        onOpenPdf: (source, name) => root.openPdf(source, name)
        onOpenMedia: (source, name, kind) => root.openMedia(source, name, kind)
    }

    Label {
        anchors.fill: parent
        visible: root.count === 0
        text: qsTr("No file for this lesson.")
        color: Theme.textMuted
        wrapMode: Text.Wrap
    }
}
