// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Continuite

// Writing a lesson without knowing Markdown (issue 14): Title, Bold, List, Link and Image act on the selection of
// the text box (or on the line of the cursor), the way a word processor's buttons do, and write the Markdown for
// the teacher. Title and List put or take away the mark at the start of each line chosen; Bold and Link wrap the
// words chosen (or a word to replace when nothing is chosen, selected for typing over); Image offers the pictures
// attached to the lesson. Ctrl+B and Ctrl+K in the text box as in any editor. The buttons take no focus on a click
// so the selection stays where it was. Each button is one undo step (UndoableEdit) that adds or takes away marks
// only: one Ctrl+Z takes back what the button wrote, never the teacher's words.
RowLayout {
    id: root

    objectName: "markdownToolbar"

    /// The text box the buttons write in.
    required property TextArea area
    /// The lesson's attachments, for the Image button's list of pictures.
    property AttachmentModel attachments
    /// The Image button's "Attach a picture…" was chosen.
    signal attachPictureRequested

    spacing: 4

    /// The pictures attached to the lesson: [{name, sha256}], for the Image button's menu.
    readonly property var pictures: {
        const model = root.attachments;
        const count = model ? model.count : 0;
        const found = [];
        for (let row = 0; row < count; ++row) {
            const at = role => model.data(model.index(row, 0), role);
            if (at(AttachmentModel.KindRole) === "image")
                found.push({
                        "name": at(AttachmentModel.NameRole),
                        "sha256": at(AttachmentModel.Sha256Role)
                    });
        }
        return found;
    }

    /// A title's or a list item's mark at the start of a line ("## ", "- ", "1. ").
    readonly property var lineMark: /^(#{1,6}|[-*+]|\d+[.)])[ \t]+/
    readonly property var titleMark: /^#{1,6}[ \t]+/
    readonly property var listMark: /^([-*+]|\d+[.)])[ \t]+/
    readonly property var bulletMark: /^[-*+][ \t]+/

    /// Writes @p edits ([{start, end, text}], positions in the text before any of them) as one undo step: one Ctrl+Z
    /// takes back what a button wrote and nothing else. The buttons only add or take away marks, never the words.
    function apply(edits: var): bool {
        return UndoableEdit.replaceAll(root.area.textDocument, edits);
    }
    /// Where @p position (in the text before @p edits) is after them; @p afterInserts: whether a mark inserted right
    /// at @p position comes before it (the start of words wrapped) or after it (their end).
    function moved(position: int, edits: var, afterInserts: bool): int {
        let result = position;
        for (const change of edits) {
            const counts = change.end < position || (change.end === position && (afterInserts || change.start < change.end));
            if (counts)
                result += change.text.length - (change.end - change.start);
        }
        return result;
    }
    /// The selection, without the spaces at either end ("** word**" would not be bold): [start, end].
    function trimmedSelection(): var {
        const text = root.area.text;
        let start = root.area.selectionStart;
        let end = root.area.selectionEnd;
        while (start < end && /\s/.test(text.charAt(start)))
            ++start;
        while (end > start && /\s/.test(text.charAt(end - 1)))
            --end;
        return [start, end];
    }
    /// Puts @p before and @p after around the words chosen (or @p placeholder, selected for typing over, when nothing
    /// is chosen); returns where the words are now, [start, end].
    function surround(before: string, after: string, placeholder: string): var {
        const chosen = root.trimmedSelection();
        if (chosen[1] > chosen[0]) {
            root.apply([{
                        "start": chosen[0],
                        "end": chosen[0],
                        "text": before
                    }, {
                        "start": chosen[1],
                        "end": chosen[1],
                        "text": after
                    }]);
            return [chosen[0] + before.length, chosen[1] + before.length];
        }
        // Nothing chosen (or only spaces): the placeholder after the first space chosen, not glued to the next word.
        const spaces = root.area.selectionEnd > root.area.selectionStart;
        const at = spaces ? root.area.selectionStart + 1 : root.area.cursorPosition;
        // A line break chosen: the placeholder starts the next line, with a space before that line's words (review of
        // app15, finding 7: "**mots en gras**cd").
        const gap = spaces && /\S/.test(root.area.text.charAt(at)) ? " " : "";
        root.apply([{
                    "start": at,
                    "end": at,
                    "text": before + placeholder + after + gap
                }]);
        return [at + before.length, at + before.length + placeholder.length];
    }

    /// Bold, as a word processor's: the words chosen in bold, line by line (after a title's or a list's mark, so that
    /// they stay a title or a list; bold cannot cross a line break in Markdown), or back to plain when they are bold
    /// already (the marks around or inside the selection, or around the cursor).
    function bold() {
        const text = root.area.text;
        const selStart = root.area.selectionStart;
        const selEnd = root.area.selectionEnd;
        const parts = [];
        let from = selStart;
        while (from <= selEnd) {
            let lineEnd = text.indexOf("\n", from);
            if (lineEnd < 0 || lineEnd > selEnd)
                lineEnd = selEnd;
            let start = from;
            let end = lineEnd;
            if (start === 0 || text.charAt(start - 1) === "\n") {
                const mark = text.substring(start, end).match(root.lineMark);
                if (mark)
                    start += mark[0].length;
            }
            while (start < end && /\s/.test(text.charAt(start)))
                ++start;
            while (end > start && /\s/.test(text.charAt(end - 1)))
                --end;
            if (end > start)
                parts.push([start, end]);
            from = lineEnd + 1;
        }
        const marksAround = part => text.substring(part[0] - 2, part[0]) === "**" && text.substring(part[1], part[1] + 2) === "**";
        const marksInside = part => part[1] - part[0] >= 4 && text.substring(part[0], part[0] + 2) === "**" && text.substring(part[1] - 2, part[1]) === "**";
        const edits = [];
        // Only a list's or a title's mark chosen ("- "): bold words after it; "**-** pommes" was no list any more
        // (review of app15, finding 7).
        const markLine = selStart > 0 ? text.lastIndexOf("\n", selStart - 1) + 1 : 0;
        const lineMarkHere = text.substring(markLine, text.indexOf("\n", markLine) < 0 ? text.length : text.indexOf("\n", markLine)).match(root.lineMark);
        if (parts.length > 0 && lineMarkHere && selEnd <= markLine + lineMarkHere[0].length)
            parts.length = 0;
        if (parts.length === 0 && selEnd > selStart && lineMarkHere && selEnd <= markLine + lineMarkHere[0].length) {
            const at = markLine + lineMarkHere[0].length;
            const placeholder = qsTr("bold words");
            const gap = /\S/.test(text.charAt(at)) ? " " : "";
            root.apply([{
                        "start": at,
                        "end": at,
                        "text": "**" + placeholder + "**" + gap
                    }]);
            root.area.select(at + 2, at + 2 + placeholder.length);
            root.area.forceActiveFocus(Qt.OtherFocusReason);
            return;
        }
        if (parts.length === 0) {
            // Nothing chosen: inside bold words (an odd number of marks before the cursor on its line), take their
            // marks away; otherwise words to type over, in bold.
            const cursor = root.area.cursorPosition;
            const lineStart = cursor > 0 ? text.lastIndexOf("\n", cursor - 1) + 1 : 0;
            let lineEnd = text.indexOf("\n", cursor);
            if (lineEnd < 0)
                lineEnd = text.length;
            const marks = [];
            for (let at = text.indexOf("**", lineStart); at >= 0 && at + 2 <= lineEnd; at = text.indexOf("**", at + 2))
                marks.push(at);
            const before = marks.filter(at => at + 2 <= cursor).length;
            if (selStart === selEnd && before % 2 === 1 && marks[before] === cursor) {
                // At the end of bold words, just before their closing marks: "stop bold", as a word processor's
                // Ctrl+B after typing in bold: the caret goes past the marks, which stay (it took them away, and
                // the bold just typed with them; review of app15, finding 2).
                root.area.cursorPosition = cursor + 2;
            } else if (selStart === selEnd && before % 2 === 1 && before < marks.length) {
                const open = marks[before - 1];
                const close = marks[before];
                root.apply([{
                            "start": open,
                            "end": open + 2,
                            "text": ""
                        }, {
                            "start": close,
                            "end": close + 2,
                            "text": ""
                        }]);
                root.area.select(open, close - 2);
            } else if (selStart === selEnd && (marks.indexOf(cursor - 2) >= 0 || marks.indexOf(cursor) >= 0)) {
                // Right after bold words' closing marks, or right before the next ones' opening: new bold words with a
                // space between, not glued to them ("****" is not Markdown and the pupils saw it; finding 2).
                const placeholder = qsTr("bold words");
                const lead = marks.indexOf(cursor - 2) >= 0 ? " " : "";
                root.apply([{
                            "start": cursor,
                            "end": cursor,
                            "text": lead + "**" + placeholder + "**" + (marks.indexOf(cursor) >= 0 ? " " : "")
                        }]);
                root.area.select(cursor + lead.length + 2, cursor + lead.length + 2 + placeholder.length);
            } else {
                const words = root.surround("**", "**", qsTr("bold words"));
                root.area.select(words[0], words[1]);
            }
            root.area.forceActiveFocus(Qt.OtherFocusReason);
            return;
        }
        if (parts.every(part => marksAround(part) || marksInside(part))) {
            for (const part of parts) {
                if (marksAround(part)) {
                    edits.push({
                            "start": part[0] - 2,
                            "end": part[0],
                            "text": ""
                        });
                    edits.push({
                            "start": part[1],
                            "end": part[1] + 2,
                            "text": ""
                        });
                } else {
                    edits.push({
                            "start": part[0],
                            "end": part[0] + 2,
                            "text": ""
                        });
                    edits.push({
                            "start": part[1] - 2,
                            "end": part[1],
                            "text": ""
                        });
                }
            }
        } else {
            for (const part of parts) {
                if (marksAround(part) || marksInside(part))
                    continue;
                edits.push({
                        "start": part[0],
                        "end": part[0],
                        "text": "**"
                    });
                edits.push({
                        "start": part[1],
                        "end": part[1],
                        "text": "**"
                    });
            }
        }
        root.apply(edits);
        root.area.select(root.moved(parts[0][0], edits, true), root.moved(parts[parts.length - 1][1], edits, false));
        root.area.forceActiveFocus(Qt.OtherFocusReason);
    }

    /// Title ("## ") or List ("- ") on each line of the selection (the cursor's line), or taken away when every one of
    /// those lines has it already. Blank lines among several get no mark; another title level becomes "## ", and
    /// "* " or "1. " count as a list already.
    function toggleLines(title: bool) {
        const text = root.area.text;
        const from = root.area.selectionStart;
        let to = root.area.selectionEnd;
        if (to > from && text.charAt(to - 1) === "\n")
            --to; // a selection ending at the start of a line does not take that line
        const start = from > 0 ? text.lastIndexOf("\n", from - 1) + 1 : 0;
        let end = text.indexOf("\n", to);
        if (end < 0)
            end = text.length;
        const lines = [];
        let at = start;
        for (const line of text.substring(start, end).split("\n")) {
            lines.push({
                    "at": at,
                    "line": line
                });
            at += line.length + 1;
        }
        const chosen = lines.length > 1 ? lines.filter(entry => entry.line.trim().length > 0) : lines;
        const pattern = title ? root.titleMark : root.listMark;
        // "• Liste" is bullets: a numbered line is not one yet (its number becomes a bullet; the button took the
        // numbers away, and the list with them). Review of app15, finding 7.
        const has = entry => title ? entry.line.startsWith("## ") : root.bulletMark.test(entry.line);
        const all = chosen.length > 0 && chosen.every(has);
        const edits = [];
        for (const entry of chosen) {
            if (all) {
                edits.push({
                        "start": entry.at,
                        "end": entry.at + entry.line.match(pattern)[0].length,
                        "text": ""
                    });
            } else if (!has(entry)) {
                // Any title's or list's mark is replaced: a line is a title or a list item, not both ("## - item",
                // "- ## Titre"; finding 7).
                const mark = entry.line.match(root.lineMark);
                edits.push({
                        "start": entry.at,
                        "end": entry.at + (mark ? mark[0].length : 0),
                        "text": title ? "## " : "- "
                    });
            }
        }
        root.apply(edits);
        const newEnd = root.moved(end, edits, false);
        if (lines.length > 1 || to > from)
            root.area.select(start, newEnd);
        else
            root.area.cursorPosition = newEnd;
        root.area.forceActiveFocus(Qt.OtherFocusReason);
    }
    function title() {
        root.toggleLines(true);
    }
    function list() {
        root.toggleLines(false);
    }
    /// Makes the selection a link; the address is selected, to be typed over. When the words chosen are an address
    /// already, they become the address and the link's words are to be typed.
    function link() {
        let chosen = root.trimmedSelection();
        // A link's words cannot cross a blank line ("[un\n\ndeux](…)" shows its brackets): the first paragraph's
        // words only (review of app15, finding 7).
        const blank = root.area.getText(chosen[0], chosen[1]).search(/\n[ \t]*\n/);
        if (blank >= 0) {
            chosen = [chosen[0], chosen[0] + blank];
            root.area.select(chosen[0], chosen[1]);
        }
        const words = root.area.getText(chosen[0], chosen[1]);
        if (/^(https?:\/\/|www\.)\S+$/.test(words)) {
            const prompt = qsTr("words of the link");
            const address = words.startsWith("www.") ? "https://" + words : words;
            root.apply([{
                        "start": chosen[0],
                        "end": chosen[1],
                        "text": "[" + prompt + "](" + address + ")"
                    }]);
            root.area.select(chosen[0] + 1, chosen[0] + 1 + prompt.length);
        } else {
            const inner = root.surround("[", "](https://)", qsTr("words of the link"));
            const address = inner[1] + "](".length;
            root.area.select(address, address + "https://".length);
        }
        root.area.forceActiveFocus(Qt.OtherFocusReason);
    }
    /// Puts the picture @p sha256 (attached to the lesson) at the cursor, in a paragraph of its own (glued to words,
    /// it would sit inside their line), its name as its description, selected for typing a better one over.
    function image(sha256: string, description: string) {
        const text = root.area.text;
        const at = root.area.selectionEnd;
        const before = at === 0 || text.substring(at - 2, at) === "\n\n" ? "" : text.charAt(at - 1) === "\n" ? "\n" : "\n\n";
        const after = at === text.length || text.substring(at, at + 2) === "\n\n" ? "" : text.charAt(at) === "\n" ? "\n" : "\n\n";
        root.apply([{
                    "start": at,
                    "end": at,
                    "text": before + "![" + description + "](media:" + sha256 + ")" + after
                }]);
        root.area.select(at + before.length + 2, at + before.length + 2 + description.length);
        root.area.forceActiveFocus(Qt.OtherFocusReason);
    }

    component ToolbarButton: Button {
        id: button
        /// What a screen reader and the tooltip say.
        property string longName
        focusPolicy: Qt.TabFocus // a click leaves the selection in the text box
        Accessible.name: button.longName
        ToolTip.visible: button.hovered || button.visualFocus
        ToolTip.text: button.longName
        ToolTip.delay: 400
        Keys.onReturnPressed: button.clicked()
        Keys.onEnterPressed: button.clicked()
        padding: 4
        leftPadding: 10
        rightPadding: 10
        contentItem: Label {
            Accessible.ignored: true
            text: button.text
            font.pixelSize: Theme.fontSmall
            font.bold: button.font.bold
            color: Theme.primaryDark
            horizontalAlignment: Text.AlignHCenter
        }
        background: Rectangle {
            implicitHeight: 30
            implicitWidth: 30
            radius: 6
            color: button.down ? Theme.surfaceAlt : button.hovered ? Theme.infoSurface : Theme.surface
            border.color: button.visualFocus ? Theme.focus : Theme.border
            border.width: button.visualFocus ? 3 : 1
        }
    }

    ToolbarButton {
        objectName: "titleButton"
        text: qsTr("Title")
        longName: qsTr("Make the line a title")
        onClicked: root.title()
    }
    ToolbarButton {
        objectName: "boldButton"
        text: qsTr("Bold")
        font.bold: true
        longName: qsTr("Put the chosen words in bold (Ctrl+B)")
        onClicked: root.bold()
    }
    ToolbarButton {
        objectName: "listButton"
        text: qsTr("• List")
        longName: qsTr("Make the chosen lines a list")
        onClicked: root.list()
    }
    ToolbarButton {
        objectName: "linkButton"
        text: qsTr("Link")
        longName: qsTr("Make the chosen words a link to a web page (Ctrl+K)")
        onClicked: root.link()
    }
    ToolbarButton {
        id: imageButton
        objectName: "imageButton"
        text: qsTr("Image…")
        longName: qsTr("Put one of the lesson's pictures in the text")
        onClicked: pictures.open()
        // The pictures first, then "Attach a picture…" (an Instantiator: a Menu lays out what it is given in order).
        Instantiator {
            model: root.pictures
            delegate: PictureMenuItem {
                required property var modelData
                text: modelData.name
                onTriggered: root.image(modelData.sha256, modelData.name.replace(/\.[^.]*$/, ""))
            }
            onObjectAdded: (index, object) => pictures.insertItem(index, object)
            onObjectRemoved: (index, object) => pictures.removeItem(object)
        }
        Menu {
            id: pictures
            objectName: "picturesMenu"
            y: imageButton.height
            // As wide as its longest words at the text size chosen (Qt's Menu keeps 200 px).
            width: {
                let widest = 200;
                for (let i = 0; i < pictures.count; ++i) {
                    const item = pictures.itemAt(i);
                    if (item)
                        widest = Math.max(widest, item.implicitWidth);
                }
                return widest + pictures.leftPadding + pictures.rightPadding;
            }
            font.pixelSize: Theme.fontBody
            padding: 4
            background: Rectangle {
                radius: 8
                color: Theme.surface
                border.color: Theme.border
            }
            PictureMenuItem {
                objectName: "attachPicture"
                text: qsTr("Attach a picture…")
                onTriggered: root.attachPictureRequested()
            }
        }
    }
    /// An entry of the Image menu, at the text size chosen and in the app's colours.
    component PictureMenuItem: MenuItem {
        id: entry
        font.pixelSize: Theme.fontBody
        padding: 8
        leftPadding: 12
        rightPadding: 12
        contentItem: Label {
            text: entry.text
            font: entry.font
            color: Theme.text
            elide: Text.ElideRight
            verticalAlignment: Text.AlignVCenter
            Accessible.ignored: true
        }
        background: Rectangle {
            implicitHeight: Math.round(Theme.fontBody * 2.2)
            radius: 6
            color: entry.highlighted ? Theme.infoSurface : "transparent"
            border.width: entry.visualFocus ? 3 : 0
            border.color: Theme.focus
        }
    }
    Item {
        Layout.fillWidth: true
    }

    Shortcut {
        sequence: "Ctrl+B" // StandardKey.Bold on Linux, as a string: Qt 6.4's qmllint cannot resolve StandardKey
        enabled: root.area.activeFocus
        onActivated: root.bold()
    }
    Shortcut {
        sequence: "Ctrl+K"
        enabled: root.area.activeFocus
        onActivated: root.link()
    }
}
