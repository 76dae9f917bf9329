// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Dialogs
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
        onAskedFirst: row => (root.model as AttachmentModel)?.checkFirst(row)
        onOfferCopy: (row, name, why) => {
            refusedDialog.row = row;
            refusedDialog.fileName = name;
            refusedDialog.title = qsTr("“%1” is not opened by this app").arg(name);
            refusedDialog.message = why;
            refusedDialog.open();
        }
    }

    // A refused file: why, and a copy to save, never opened (review-media21, finding 3).
    ConfirmDialog {
        id: refusedDialog
        objectName: "refusedFileDialog"
        property int row: -1
        property string fileName
        parent: Overlay.overlay
        confirmText: qsTr("Save a copy…")
        cancelText: qsTr("Close")
        onAccepted: saveDialog.open()
    }
    FileDialog {
        id: saveDialog
        title: qsTr("Save a copy of “%1”").arg(refusedDialog.fileName)
        fileMode: FileDialog.SaveFile
        onAccepted: {
            const failure = (root.model as AttachmentModel)?.saveCopy(refusedDialog.row, selectedFile) ?? "";
            refusedDialog.message = failure.length > 0 ? failure : qsTr("A copy of “%1” was saved. This app does not open it.").arg(refusedDialog.fileName);
            refusedDialog.open();
        }
    }

    Label {
        anchors.fill: parent
        visible: root.count === 0
        text: qsTr("No file for this lesson.")
        color: Theme.textMuted
        wrapMode: Text.Wrap
    }
}
