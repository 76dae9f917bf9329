import QtQuick
import QtQuick.Controls.Basic
import Continuite

// A section of a lesson: Markdown rendered with its images, on a white sheet that scrolls.
Rectangle {
    id: root

    property string markdown
    property string sectionName
    readonly property alias text: body

    function scrollBy(pixels: real) {
        flick.contentY = Math.max(0, Math.min(flick.contentHeight - flick.height, flick.contentY + pixels));
    }

    color: Theme.surface
    radius: Theme.radius
    border.color: Theme.border

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

        Text {
            id: body
            x: 22
            y: 18
            width: flick.width - 50
            text: root.markdown.length > 0 ? root.markdown : qsTr("*Nothing in this part.*")
            textFormat: Text.MarkdownText
            wrapMode: Text.Wrap
            color: Theme.text
            linkColor: Theme.primary
            font.pixelSize: Theme.fontBody + 1
            lineHeight: 1.15
            Accessible.role: Accessible.StaticText
            Accessible.name: root.sectionName
            onLinkActivated: link => Qt.openUrlExternally(link)
        }
    }
}
