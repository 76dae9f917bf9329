// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import Continuite

// Markdown as the eye sees it, and as a screen reader reads it. Qt 6.4 gives a screen reader no words for
// a `Text` item (its Text interface answers only for editable text) and no description for an image in
// rendered Markdown. So under the rendered text, in the same place and drawn transparent, a read-only
// text box (ReadingText) carries the same words with each image described in place ("Image : …", the
// Markdown alt text): Tab reaches it, a screen reader reads it line by line with the arrows, the page keeps
// the line read in view (readingAt). The links follow the text as buttons (a keyboard cannot reach a link inside a
// `Text`); only web pages and e-mail addresses open (SpokenText::opensSafely).
Item {
    id: root

    property string markdown
    /// What a screen reader says first: the part's or the box's name ("Avant la classe", "Consigne").
    property string name
    property alias font: shown.font
    property alias color: shown.color
    property alias linkColor: shown.linkColor
    property alias lineHeight: shown.lineHeight
    /// The words a screen reader reads (a read-only TextEdit); forceActiveFocus() on it to start reading.
    readonly property alias reading: reading
    readonly property alias shown: shown
    /// A link the person chose that may be opened (web page or e-mail); the page opens it.
    signal linkActivated(string link)
    /// The line being read is at @p y (in this item), @p lineHeight high: scroll it into view.
    signal readingAt(real y, real lineHeight)

    /// The text's links, each once: `{text, url}`.
    readonly property var links: SpokenText.linksOf(root.markdown)

    /// Opens @p link through linkActivated when it may be opened; otherwise says why nothing happens.
    function open(link: string) {
        if (SpokenText.opensSafely(link))
            root.linkActivated(link);
        else
            refusal.announce(qsTr("This link cannot be opened from the app: %1").arg(link));
    }

    implicitHeight: shown.implicitHeight + (after.implicitHeight > 0 ? after.implicitHeight + 14 : 0)

    ReadingText {
        id: reading
        objectName: "spokenText"
        width: root.width
        text: SpokenText.fromMarkdown(root.markdown)
        name: root.name
        font: shown.font
        shownHeight: shown.implicitHeight
        onReadingAt: (y, lineHeight) => root.readingAt(y, lineHeight)
    }
    Text {
        id: shown
        width: root.width
        text: root.markdown
        textFormat: Text.MarkdownText
        wrapMode: Text.Wrap
        Accessible.ignored: true
        onLinkActivated: link => root.open(link)
    }
    Column {
        id: after
        y: shown.implicitHeight + 14
        width: root.width
        spacing: 6

        Flow {
            id: linkRow
            objectName: "spokenLinks"
            width: root.width
            spacing: 8
            visible: root.links.length > 0
            Accessible.role: Accessible.Grouping
            Accessible.name: qsTr("Links in this text")

            Label {
                height: 40
                verticalAlignment: Text.AlignVCenter
                text: qsTr("Links:")
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                Accessible.ignored: true
            }
            Repeater {
                model: root.links
                delegate: PrimaryButton {
                    required property var modelData
                    required property int index
                    objectName: "spokenLink" + index
                    secondary: true
                    text: modelData.text
                    font.bold: false
                    Accessible.name: qsTr("Link: %1").arg(modelData.text)
                    Accessible.description: modelData.url
                    onClicked: root.open(modelData.url)
                }
            }
        }
        // A link the app will not open, said where the eye is too (the announcement is for screen readers).
        Label {
            objectName: "linkRefused"
            width: root.width
            visible: refusal.text.length > 0
            text: refusal.text
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            color: Theme.error
            Accessible.ignored: true
        }
    }
    Announcement {
        id: refusal
        objectName: "linkRefusal"
    }
}
