// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Controls.Basic
import Continuite

// A photo of a notebook, big enough to read: fitted to the width at first, then zoomed with + and −, Ctrl+wheel
// or two fingers; the arrows and the wheel move around it, 0 fits it again.
FocusScope {
    id: root

    objectName: "imageViewer"

    required property url source
    required property string name
    /// 1 = the whole width of the viewer; 4 at most, a quarter at least.
    property real zoom: 1
    readonly property alias image: picture
    readonly property alias view: view

    function zoomBy(factor: real) {
        const centreX = (view.contentX + view.width / 2) / Math.max(1, view.contentWidth);
        const centreY = (view.contentY + view.height / 2) / Math.max(1, view.contentHeight);
        root.zoom = Math.max(0.25, Math.min(4, root.zoom * factor));
        // Keeps what was in the middle in the middle.
        view.contentX = Math.max(0, Math.min(view.contentWidth - view.width, centreX * view.contentWidth - view.width / 2));
        view.contentY = Math.max(0, Math.min(view.contentHeight - view.height, centreY * view.contentHeight - view.height / 2));
    }
    function fit() {
        root.zoom = 1;
        view.contentX = 0;
        view.contentY = 0;
    }
    onSourceChanged: fit()
    /// Says the zoom after a key changed it: the photo looks different, and a screen reader heard nothing (issue 18, F9).
    function sayZoom() {
        zoomSaid.announce(qsTr("Zoom %1 %").arg(Math.round(root.zoom * 100)));
    }

    Announcement {
        id: zoomSaid
        objectName: "zoomAnnouncement"
    }

    // The Tab stop a screen reader lands on: what the photo is, and its keys (it was an unnamed stop: issue 18).
    Accessible.role: Accessible.Graphic
    Accessible.name: qsTr("Photo %1").arg(root.name)
    Accessible.description: qsTr("+ and − zoom in and out, the arrows move around the photo, 0 fits it again")

    Keys.onPressed: event => {
        const step = Theme.fontBody * 3;
        if (event.modifiers & (Qt.ControlModifier | Qt.AltModifier))
            return; // Ctrl++ is the text size, Alt+→ the next pupil: not the photo's
        if (event.key === Qt.Key_Plus || event.key === Qt.Key_Equal) {
            root.zoomBy(1.25);
            root.sayZoom();
        } else if (event.key === Qt.Key_Minus) {
            root.zoomBy(0.8);
            root.sayZoom();
        } else if (event.key === Qt.Key_0) {
            root.fit();
            root.sayZoom();
        } else if (event.key === Qt.Key_Down) {
            view.contentY = Math.min(Math.max(0, view.contentHeight - view.height), view.contentY + step);
        } else if (event.key === Qt.Key_Up) {
            view.contentY = Math.max(0, view.contentY - step);
        } else if (event.key === Qt.Key_Right) {
            view.contentX = Math.min(Math.max(0, view.contentWidth - view.width), view.contentX + step);
        } else if (event.key === Qt.Key_Left) {
            view.contentX = Math.max(0, view.contentX - step);
        } else {
            return;
        }
        event.accepted = true;
    }

    Rectangle {
        anchors.fill: parent
        color: "#2B2F36" // a dark table under the photo: its edges show
        radius: 8
        border.width: root.activeFocus ? 3 : 0
        border.color: Theme.focus
    }

    Flickable {
        id: view
        objectName: "imageView"
        anchors.fill: parent
        anchors.margins: 3
        clip: true
        contentWidth: Math.max(width, picture.width)
        contentHeight: Math.max(height, picture.height)
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {
            policy: view.contentHeight > view.height ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded
        }
        ScrollBar.horizontal: ScrollBar {
            policy: view.contentWidth > view.width ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded
        }

        Image {
            id: picture
            objectName: "photo"
            // Fitted to the width (a notebook page is taller than wide: it is read by scrolling down).
            width: (view.width - 14) * root.zoom
            height: picture.implicitWidth > 0 ? width * picture.implicitHeight / picture.implicitWidth : 0
            x: Math.max(0, (view.contentWidth - width) / 2)
            source: root.source
            asynchronous: true
            smooth: true
            mipmap: true
            fillMode: Image.PreserveAspectFit
            Accessible.role: Accessible.Graphic
            Accessible.name: root.name
        }
        WheelHandler {
            acceptedModifiers: Qt.ControlModifier
            onWheel: event => root.zoomBy(event.angleDelta.y > 0 ? 1.15 : 1 / 1.15)
        }
        PinchHandler {
            target: null
            property real startZoom: 1
            onActiveChanged: if (active) startZoom = root.zoom
            onActiveScaleChanged: root.zoom = Math.max(0.25, Math.min(4, startZoom * activeScale))
        }
    }
    Label {
        anchors.centerIn: parent
        width: parent.width - 40
        visible: picture.status === Image.Error || picture.status === Image.Loading
        text: picture.status === Image.Error ? qsTr("This photo could not be shown: the file may be damaged.") : qsTr("Loading the photo…")
        textFormat: Text.PlainText
        color: "#FFFFFF"
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        font.pixelSize: Theme.fontBody
    }
    // Zoom buttons for the mouse, over the photo's corner; the keys say the same.
    Row {
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: 16
        spacing: 6
        Repeater {
            model: [{
                    "label": "−",
                    "factor": 0.8,
                    "name": qsTr("Zoom out (−)")
                }, {
                    "label": qsTr("Fit"),
                    "factor": 0,
                    "name": qsTr("Fit to the width (0)")
                }, {
                    "label": "+",
                    "factor": 1.25,
                    "name": qsTr("Zoom in (+)")
                }]
            delegate: Button {
                id: zoomButton
                required property var modelData
                objectName: "zoom" + (modelData.factor === 0 ? "Fit" : modelData.factor > 1 ? "In" : "Out")
                focusPolicy: Qt.NoFocus // the keys + − 0 do it from the photo
                text: modelData.label
                font.pixelSize: Theme.fontBody
                font.bold: true
                Accessible.name: modelData.name
                ToolTip.visible: hovered
                ToolTip.text: modelData.name
                onClicked: modelData.factor === 0 ? root.fit() : root.zoomBy(modelData.factor)
                background: Rectangle {
                    implicitWidth: 44
                    implicitHeight: 40
                    radius: 8
                    color: zoomButton.down ? Theme.surfaceAlt : Theme.surface
                    border.color: Theme.border
                    opacity: 0.95
                }
            }
        }
    }
}
