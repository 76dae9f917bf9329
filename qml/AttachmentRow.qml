// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Continuite

// One attached file: a type badge, the name, "PDF document · 12 KB"; click or Enter opens it.
AbstractButton {
    id: root

    required property int index
    required property string name
    required property string sizeText
    required property string kind
    required property string kindText
    required property url url
    required property bool available
    /// A received sound or video still being read through before it may be played (AttachmentModel): it opens nothing.
    required property bool checking
    /// A file the app does not decode (its check failed): never opened, here nor by the desktop, whose player or viewer
    /// would decode the same bomb (review-media21, finding 3); a copy may be saved.
    required property bool refused
    required property string refusedWhy
    property bool current: false
    signal openPdf(url source, string name)
    signal openMedia(url source, string name, string kind)
    /// The person asked for a file still being checked: it goes first.
    signal askedFirst(int row)
    signal offerCopy(int row, string name, string why)

    function open() {
        if (!root.available)
            return;
        if (root.checking) {
            root.askedFirst(root.index);
            return;
        }
        if (root.refused) {
            root.offerCopy(root.index, root.name, root.refusedWhy);
            return;
        }
        if (root.kind === "pdf")
            root.openPdf(root.url, root.name);
        else if (root.kind === "audio" || root.kind === "video")
            root.openMedia(root.url, root.name, root.kind);
        else
            Qt.openUrlExternally(root.url);
    }

    focusPolicy: Qt.NoFocus
    enabled: available
    implicitHeight: Math.max(58, implicitContentHeight + topPadding + bottomPadding)
    Accessible.role: Accessible.Button
    Accessible.name: qsTr("%1, %2, %3").arg(root.name).arg(root.kindText).arg(root.sizeText)
    onClicked: open()

    background: Rectangle {
        radius: 8
        color: root.hovered ? Theme.surfaceAlt : Theme.background
        border.width: root.current ? 3 : 1
        border.color: root.current ? Theme.focus : Theme.border
    }
    contentItem: RowLayout {
        spacing: 10
        Rectangle {
            Layout.leftMargin: 8
            width: 40
            height: 40
            radius: 6
            color: root.kind === "pdf" ? "#B3261E" : root.kind === "image" ? "#1E7B45" : root.kind === "audio" || root.kind === "video" ? "#8E3B97" : Theme.textMuted
            Label {
                Accessible.ignored: true
                anchors.centerIn: parent
                text: root.kind === "pdf" ? "PDF" : root.kind === "image" ? "IMG" : root.kind === "audio" ? "♪" : root.kind === "video" ? "▶" : "…"
                textFormat: Text.PlainText
                color: "white"
                font.pixelSize: Theme.fontBadge
                font.bold: true
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 1
            Label {
                Layout.fillWidth: true
                text: root.name
                textFormat: Text.PlainText // what a person typed or named: never markup (review-media20, 3)
                elide: Text.ElideMiddle
                color: Theme.text
                font.pixelSize: Theme.fontSmall + 1
                font.bold: true
            }
            Label {
                Layout.fillWidth: true
                text: root.available ? qsTr("%1 · %2").arg(root.kindText).arg(root.sizeText) : qsTr("%1 · %2 · not downloaded yet").arg(root.kindText).arg(root.sizeText)
                textFormat: Text.PlainText
                wrapMode: Text.Wrap // whole ("Document PDF · 4…" in the reader's side column at "Très grande")
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }
        }
    }
}
