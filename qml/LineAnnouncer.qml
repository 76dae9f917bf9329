// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import Continuite

// Where one writes (an answer, a lesson's Markdown, a comment), the line the caret moves to is said, as the reader's
// boxes say theirs (ReadingText): Orca 43 reads no line of a Qt 6.4 text box, whose text-attribute runs Qt answers
// empty, so Up and Down were silent (review-a11y22, M1). Only a move to another line is said: a key that writes (the
// text changed) or a selection (Orca says the words chosen) says nothing more. Put it inside the box.
Announcement {
    id: root

    /// The box whose lines are said.
    required property TextEdit area
    /// Stretches of the text said whole, in words of their own: [{start, end, words}]. A picture's Markdown drawn over
    /// several lines under its chip is one thing, said once, as the chip says it ("Picture: a pizza").
    property var wholes: []

    /// Where the line the caret was on starts.
    property int lineStart: -1
    /// The text changed since the caret last settled: the caret moved because of what was written.
    property bool edited: false

    function lineAtCaret(): var {
        const middle = root.area.cursorRectangle.y + root.area.cursorRectangle.height / 2;
        let start = root.area.positionAt(0, middle);
        let end = root.area.positionAt(root.area.width, middle);
        for (const whole of root.wholes) {
            if (whole.start <= end && whole.end >= start) {
                start = Math.min(start, whole.start);
                end = Math.max(end, whole.end);
            }
        }
        return [start, end];
    }
    /// The words from @p start to @p end, each whole stretch in its own words.
    function wordsOf(start: int, end: int): string {
        const inside = root.wholes.filter(whole => whole.start >= start && whole.end <= end).sort((a, b) => a.start - b.start);
        let words = "";
        let at = start;
        for (const whole of inside) {
            words += root.area.getText(at, whole.start) + whole.words;
            at = whole.end;
        }
        return words + root.area.getText(at, end);
    }
    function remember() {
        root.lineStart = root.lineAtCaret()[0];
        root.edited = false;
    }
    function caretSettled() {
        if (!root.area.activeFocus)
            return;
        const line = root.lineAtCaret();
        const wrote = root.edited;
        const moved = line[0] !== root.lineStart;
        root.remember();
        if (wrote || !moved || root.area.selectionStart !== root.area.selectionEnd)
            return;
        const words = root.wordsOf(line[0], line[1]).trim();
        root.announce(words.length > 0 ? words : qsTranslate("ReadingText", "Blank line"));
    }

    Connections {
        target: root.area
        // After the box has done with the key: a box may move the caret again (over a picture's hidden Markdown).
        function onCursorPositionChanged() {
            settle.restart();
        }
        function onTextChanged() {
            root.edited = true;
            settle.restart();
        }
        function onActiveFocusChanged() {
            if (root.area.activeFocus)
                root.remember();
        }
    }
    // A timer, not Qt.callLater: it dies with the box (Qt 6.4's callLater calls a destroyed one).
    Timer {
        id: settle
        interval: 0
        onTriggered: root.caretSettled()
    }
}
