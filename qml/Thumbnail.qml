// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Controls.Basic
import Continuite

// A file handed in, small: the photo itself, or a tile saying "PDF" (or what it is), its name under it.
// `modelData` is one of ReviewModel's attachments ({name, kind, url, available, sizeText}).
AbstractButton {
    id: root

    required property var modelData
    property bool current: false
    /// The list holding it has the keyboard: the current one wears the focus ring.
    property bool keyboard: false

    /// A picture shown as itself (an image on this computer); otherwise a word says what the file is.
    readonly property bool isPicture: root.modelData.kind === "image" && root.modelData.available
    /// The picture's Image.status (no id inside contentItem: Qt could then not defer making it).
    property int pictureStatus: Image.Null

    implicitWidth: 84
    implicitHeight: 64
    focusPolicy: Qt.NoFocus
    Accessible.role: Accessible.Button
    Accessible.name: qsTr("Open %1").arg(root.modelData.name)
    // The pupil's file name, shown as she named it: never as markup (the shared attached ToolTip takes
    // `<img src=…>` for StyledText; review-media20, finding 3).
    ToolTip {
        visible: root.hovered
        text: root.modelData.name
        contentItem: Text {
            text: root.modelData.name
            textFormat: Text.PlainText
            color: Theme.text
            font.pixelSize: Theme.fontSmall
        }
    }

    background: Rectangle {
        radius: 6
        color: Theme.surfaceAlt
        border.width: root.current ? 3 : 1
        border.color: root.current && root.keyboard ? Theme.focus : root.current ? Theme.primary : Theme.border
    }
    contentItem: Item {
        Image {
            objectName: "thumbnailImage"
            anchors.fill: parent
            anchors.margins: 3
            visible: root.isPicture
            onStatusChanged: root.pictureStatus = status
            source: visible ? root.modelData.url : ""
            sourceSize.width: 160 // a thumbnail, not the 3 MB photo decoded 28 times
            asynchronous: true
            fillMode: Image.PreserveAspectCrop
            clip: true
        }
        Label {
            anchors.fill: parent
            anchors.margins: 4
            visible: !root.isPicture || root.pictureStatus !== Image.Ready
            text: root.modelData.kind === "pdf" ? "PDF" : root.modelData.kind === "image" ? qsTr("Photo") : qsTr("File")
            textFormat: Text.PlainText
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            font.bold: true
            color: Theme.primaryDark
            elide: Text.ElideRight
        }
    }
}
