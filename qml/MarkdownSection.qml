// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Controls.Basic
import Continuite

// A section of a lesson: Markdown rendered with its images, on a white sheet that scrolls. A screen reader
// reads it as text, images described in place (SpokenMarkdown); the sheet's border shows the keyboard on it.
Rectangle {
    id: root

    property string markdown
    property string sectionName
    readonly property alias text: body.shown
    /// The words a screen reader reads: the page puts the keyboard there when it opens or switches part.
    readonly property alias reading: body.reading

    function scrollBy(pixels: real) {
        flick.contentY = Math.max(0, Math.min(flick.contentHeight - flick.height, flick.contentY + pixels));
    }
    function focusText() {
        body.reading.forceActiveFocus(Qt.OtherFocusReason);
    }

    color: Theme.surface
    radius: Theme.radius
    border.color: body.reading.activeFocus ? Theme.focus : Theme.border
    border.width: body.reading.activeFocus ? 2 : 1

    Flickable {
        id: flick
        anchors.fill: parent
        anchors.margins: 2
        clip: true
        contentWidth: width
        contentHeight: body.implicitHeight + 40
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {
            policy: flick.contentHeight > flick.height ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded
        }

        SpokenMarkdown {
            id: body
            x: 22
            y: 18
            width: flick.width - 50
            markdown: root.markdown.length > 0 ? root.markdown : qsTr("*Nothing in this part.*")
            name: root.sectionName
            color: Theme.text
            linkColor: Theme.primary
            font.pixelSize: Theme.fontBody + 1
            lineHeight: 1.15
            onLinkActivated: link => Qt.openUrlExternally(link)
            onReadingAt: (y, lineHeight) => {
                const top = body.y + y - 20;
                const bottom = body.y + y + lineHeight + 20;
                if (top < flick.contentY)
                    flick.contentY = Math.max(0, top);
                else if (bottom > flick.contentY + flick.height)
                    flick.contentY = Math.min(flick.contentHeight - flick.height, bottom - flick.height);
            }
        }
    }
}
