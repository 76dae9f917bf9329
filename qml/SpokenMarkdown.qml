// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import Continuite

// Markdown as the eye sees it, and as a screen reader reads it. Qt 6.4 gives a screen reader no words for
// a `Text` item (its Text interface answers only for editable text) and no description for an image in
// rendered Markdown. So under the rendered text, in the same place and drawn transparent, a read-only
// text box carries the same words with each image described in place ("Image : …", the Markdown alt
// text): Tab reaches it, a screen reader reads it line by line with the arrows, the page keeps the line
// read in view (readingAt).
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
    signal linkActivated(string link)
    /// The line being read is at @p y (in this item), @p lineHeight high: scroll it into view.
    signal readingAt(real y, real lineHeight)

    implicitHeight: shown.implicitHeight

    TextEdit {
        id: reading
        objectName: "spokenText"
        width: root.width
        text: SpokenText.fromMarkdown(root.markdown)
        textFormat: TextEdit.PlainText
        readOnly: true
        selectByKeyboard: true
        selectByMouse: false
        activeFocusOnPress: false
        activeFocusOnTab: true
        wrapMode: TextEdit.Wrap
        font: shown.font
        color: "transparent"
        selectionColor: "transparent"
        selectedTextColor: "transparent"
        cursorDelegate: Item {}
        // A TextEdit has no role of its own in Qt 6.4 (a "filler", with no text): say it is text, read-only.
        Accessible.role: Accessible.EditableText
        Accessible.name: root.name
        // Orca 43 reads no line of a Qt 6.4 text box (Qt answers every text-attribute run as empty, and
        // Orca splits the line by those runs): the description carries the words, said when Tab lands here.
        Accessible.description: reading.text
        Accessible.readOnly: true
        Accessible.multiLine: true
        onCursorRectangleChanged: {
            if (activeFocus && implicitHeight > 0)
                root.readingAt(cursorRectangle.y * shown.implicitHeight / implicitHeight, cursorRectangle.height);
        }
    }
    Text {
        id: shown
        width: root.width
        text: root.markdown
        textFormat: Text.MarkdownText
        wrapMode: Text.Wrap
        Accessible.ignored: true
        onLinkActivated: link => root.linkActivated(link)
    }
}
