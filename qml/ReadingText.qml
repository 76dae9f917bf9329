// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import Continuite

// Words a screen reader reads, drawn by something else (rendered Markdown, a PDF page's image): a read-only
// text box, transparent, laid over what the eye sees. Tab reaches it and Orca says its name and its words
// (the description: Orca 43 reads no line of a Qt 6.4 text box, whose text-attribute runs Qt answers empty);
// then Up and Down announce the line under the caret, so that it reads line by line, and readingAt() says
// where that line is drawn, for the page to scroll it into view.
TextEdit {
    id: root

    /// What a screen reader says first: the part's, the box's or the page's name.
    property string name
    /// How tall the drawn words are (readingAt() maps the caret's line onto them); this box's own height by default.
    property real shownHeight: implicitHeight
    /// The line being read is drawn at @p y (in this item), @p lineHeight high.
    signal readingAt(real y, real lineHeight)

    textFormat: TextEdit.PlainText
    readOnly: true
    selectByKeyboard: true
    selectByMouse: false
    activeFocusOnPress: false
    activeFocusOnTab: true
    wrapMode: TextEdit.Wrap
    color: "transparent"
    selectionColor: "transparent"
    selectedTextColor: "transparent"
    cursorDelegate: Item {}
    // A TextEdit has no role of its own in Qt 6.4 (a "filler", with no text): say it is text, read-only.
    // The role EditableText (the one that gives the Text interface) sets the state "editable" too, which
    // Orca says ("editable"): a read-only text says it is not.
    Accessible.role: Accessible.EditableText
    Accessible.editable: false
    Accessible.name: root.name
    Accessible.description: root.text
    Accessible.readOnly: true
    Accessible.multiLine: true

    // The line under the caret is announced, not put in the description: Qt 6.4 sends the object, not the
    // words, with the event, and Orca 43 speaks what the event carries (default.py, onDescriptionChanged).
    property int lineStart: -1

    onCursorRectangleChanged: {
        if (activeFocus && implicitHeight > 0)
            root.readingAt(cursorRectangle.y * root.shownHeight / implicitHeight, cursorRectangle.height);
    }
    onCursorPositionChanged: {
        if (!activeFocus)
            return;
        const middle = cursorRectangle.y + cursorRectangle.height / 2;
        const start = positionAt(0, middle);
        if (start === lineStart)
            return;
        lineStart = start;
        const line = getText(start, positionAt(width, middle)).trim();
        lineReader.announce(line.length > 0 ? line : qsTr("Blank line"));
    }
    onActiveFocusChanged: {
        if (!activeFocus)
            lineStart = -1;
        else if (implicitHeight > 0) // reached with Tab: the line the caret is on comes into view
            root.readingAt(cursorRectangle.y * root.shownHeight / implicitHeight, cursorRectangle.height);
    }

    Announcement {
        id: lineReader
        objectName: "lineReader"
    }
}
