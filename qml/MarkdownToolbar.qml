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

    /// A title's or a list item's mark at the start of a line ("## ", "- ", "1. "), after a quote's "> " if any, and
    /// with the spaces before it (an indented item: review of app16, finding 5, "-   - item").
    readonly property var lineMark: /^[ \t]*(#{1,6}|[-*+]|\d+[.)])[ \t]+/
    readonly property var titleMark: /^[ \t]*#{1,6}[ \t]+/
    readonly property var listMark: /^[ \t]*([-*+]|\d+[.)])[ \t]+/
    readonly property var bulletMark: /^[ \t]*[-*+][ \t]+/
    /// A quote's marks at the start of a line ("> ", "> > "), which Title and List keep in front ("## > cité" was no
    /// quote any more; finding 5).
    readonly property var quoteMark: /^(?:[ \t]{0,3}>[ \t]?)*/
    /// What starts a line before its words: an indent, a quote's "> ", a title's or a list's mark.
    readonly property var linePrefix: /^(?:[ \t]*>)*[ \t]*(?:(?:#{1,6}|[-*+]|\d+[.)])[ \t]+)?/

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

    /// The links and pictures of @p text, `[words](address)` and `![description](media:…)`: [{start, end, wordsStart,
    /// wordsEnd, image}], positions in @p text.
    function linksIn(text: string): var {
        const found = [];
        const pattern = /!?\[([^\]\n]*)\]\(([^)\s]*)\)/g;
        for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
            const image = match[0].charAt(0) === "!";
            const wordsStart = match.index + (image ? 2 : 1);
            found.push({
                    "start": match.index,
                    "end": match.index + match[0].length,
                    "wordsStart": wordsStart,
                    "wordsEnd": wordsStart + match[1].length,
                    "image": image
                });
        }
        return found;
    }
    /// The word around @p at when the caret is strictly inside one (letters on both sides): [start, end]; else null.
    /// Gras and Lien act on it, as a word processor's do: they cut it in two ("Lis de **bold words** ux"; review of
    /// app19, finding 6).
    function wordAround(text: string, at: int): var {
        if (!root.isWordCharacter(text.charAt(at - 1)) || !root.isWordCharacter(text.charAt(at)))
            return null;
        let start = at;
        let end = at;
        while (start > 0 && root.isWordCharacter(text.charAt(start - 1)))
            --start;
        while (end < text.length && root.isWordCharacter(text.charAt(end)))
            ++end;
        return [start, end];
    }
    /// A letter or a digit, in any language: new bold words next to one get a space between (glued, the teacher types
    /// that space herself, inside the marks, and the pupils see "Lis** important**"; review of app16, finding 2).
    /// Letters without case count too (review of app19, finding 11: "مرحبا**bold words**"), and an emoji (its two
    /// UTF-16 halves): Qt 6.4's JavaScript has no \p{L}.
    function isWordCharacter(character: string): bool {
        return character.length === 1 && (/[0-9\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u0900-\u0dff\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\ud800-\udfff]/.test(character) || character.toLowerCase() !== character.toUpperCase());
    }
    /// Whether @p line starts a block of its own (a blank line, a title, a list item, a quote, a table row, a code
    /// fence): a paragraph, over which bold pairs its marks, ends before it.
    function startsBlock(line: string): bool {
        return /^[ \t]*$/.test(line) || /^[ \t]*(?:#{1,6}(?:[ \t]|$)|[-*+][ \t]|\d+[.)][ \t]|>|\||```|~~~)/.test(line);
    }
    /// Whether @p line is a block that the next line cannot continue (a title, a table row, a fence).
    function endsBlock(line: string): bool {
        return /^[ \t]*$/.test(line) || /^[ \t]*(?:#{1,6}(?:[ \t]|$)|\||```|~~~)/.test(line);
    }
    function lineEndOf(text: string, from: int): int {
        const end = text.indexOf("\n", from);
        return end < 0 ? text.length : end;
    }
    /// The blocks the buttons leave as they are (review of app19, finding 9: select-all Gras wrapped each row of a
    /// table in "**…**", Liste made "- ```" of a code fence, "**---**" showed its dashes): a code fence and what it
    /// holds, a table (its header, its delimiter row and the rows after it), a thematic break ("---", "***", "___");
    /// and as CommonMark reads them (app20's note: Liste made "- =====" of a title's line, Gras starred code), code
    /// indented by four spaces, a title underlined with "===" or "---" (its lines and the line under them), an HTML
    /// block ("<div>", "<!-- … -->", a tag alone on its line…).
    /// [{start, end}]: from a line's start to its last line's end, in order.
    function keptBlocks(text: string): var {
        const lines = [];
        for (let at = 0; ; ) {
            const end = root.lineEndOf(text, at);
            // A quote's marks do not change what a line is ("> | a |" is a table row in a quote).
            const line = text.substring(at, end);
            lines.push({
                    "start": at,
                    "end": end,
                    "line": line.substring(line.match(root.quoteMark)[0].length)
                });
            if (end >= text.length)
                break;
            at = end + 1;
        }
        const kept = [];
        const keep = (first, last) => {
            const previous = kept.length > 0 ? kept[kept.length - 1] : null;
            if (previous && previous.start <= lines[first].start && previous.end >= lines[first].start - 1)
                previous.end = Math.max(previous.end, lines[last].end);
            else
                kept.push({
                        "start": lines[first].start,
                        "end": lines[last].end
                    });
        };
        const blank = line => !/\S/.test(line);
        const fenceOf = line => line.match(/^ {0,3}(`{3,}|~{3,})/);
        const delimiterRow = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
        const thematicBreak = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
        const underline = /^ {0,3}(?:=+|-+)[ \t]*$/;
        const indentOf = line => {
            let columns = 0;
            for (const character of line) {
                if (character === " ")
                    ++columns;
                else if (character === "\t")
                    columns += 4 - columns % 4;
                else
                    break;
            }
            return columns;
        };
        const listItem = /^[ \t]*(?:[-*+]|\d+[.)])(?:[ \t]|$)/;
        const inKept = i => kept.length > 0 && kept[kept.length - 1].end >= lines[i].start;
        // Where the words of list item @p line start (its content column): "- un" 2, "  - deux" 4, "1.  trois" 4.
        const contentColumnOf = line => {
            const item = line.match(/^([ \t]*)([-*+]|\d+[.)])([ \t]*)/);
            const spaces = indentOf(item[3]);
            const marker = indentOf(item[1]) + item[2].length;
            return marker + (spaces === 0 || spaces > 4 || item[0].length === line.length ? 1 : spaces);
        };
        // The content column of the list item line @p i is inside, 0 outside any: in an item, code is indented four
        // columns past the item's words and a fence starts at them, as the pupils' Markdown reads it (review-app22 F4:
        // "- Étape :", a blank line, "      x = 2**3" is code; "- un", a blank line, "    deux" is the item's words).
        const contentColumnAt = i => {
            const indent = indentOf(lines[i].line);
            for (let before = i - 1; before >= 0; --before) {
                const line = lines[before].line;
                if (blank(line))
                    continue;
                if (listItem.test(line)) {
                    const column = contentColumnOf(line);
                    if (indent >= column)
                        return column;
                    if (indentOf(line) === 0)
                        return 0;
                } else if (indentOf(line) === 0) {
                    return 0;
                }
            }
            return 0;
        };
        // @p line from column @p column on, when it is indented that far with spaces (a line of an item's content).
        const from = (line, column) => column > 0 && line.startsWith(" ".repeat(column)) ? line.substring(column) : line;
        // A line of a paragraph: the next line may continue it (indented code and a tag alone on its line cannot
        // start there).
        const inParagraph = i => i >= 0 && !blank(lines[i].line) && !root.endsBlock(lines[i].line) && !inKept(i);
        // HTML blocks, CommonMark's seven kinds: those with an end mark end on the line that holds it, the others at a
        // blank line.
        const tag = "(?:<[A-Za-z][A-Za-z0-9-]*(?:\\s+[A-Za-z_:][A-Za-z0-9_.:-]*(?:\\s*=\\s*(?:[^\\s\"'=<>`]+|'[^']*'|\"[^\"]*\"))?)*\\s*/?>|</[A-Za-z][A-Za-z0-9-]*\\s*>)";
        const html = [{
                "open": /^ {0,3}<(?:script|pre|style|textarea)(?:[ \t>]|$)/i,
                "close": /<\/(?:script|pre|style|textarea)>/i
            }, {
                "open": /^ {0,3}<!--/,
                "close": /-->/
            }, {
                "open": /^ {0,3}<\?/,
                "close": /\?>/
            }, {
                "open": /^ {0,3}<![A-Za-z]/,
                "close": />/
            }, {
                "open": /^ {0,3}<!\[CDATA\[/,
                "close": /\]\]>/
            }, {
                "open": /^ {0,3}<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[ \t>]|\/>|$)/i,
                "close": null
            }, {
                "open": new RegExp("^ {0,3}" + tag + "[ \\t]*$"),
                "close": null,
                "notAfterWords": true
            }];
        const htmlAt = i => html.find(kind => kind.open.test(lines[i].line) && !(kind.notAfterWords && inParagraph(i - 1))) ?? null;
        for (let i = 0; i < lines.length; ++i) {
            const line = lines[i].line;
            const column = blank(line) ? 0 : contentColumnAt(i);
            const fence = fenceOf(from(line, column));
            const htmlKind = htmlAt(i);
            if (htmlKind) {
                let last = i;
                if (htmlKind.close) {
                    // To the line that closes it (the first may), or to the end of the text.
                    const opened = line.match(htmlKind.open)[0].length;
                    if (!htmlKind.close.test(line.substring(opened))) {
                        last = i + 1;
                        while (last < lines.length && !htmlKind.close.test(lines[last].line))
                            ++last;
                        last = Math.min(last, lines.length - 1);
                    }
                } else {
                    while (last + 1 < lines.length && !blank(lines[last + 1].line))
                        ++last;
                }
                keep(i, last);
                i = last;
            } else if (indentOf(line) >= column + 4 && !blank(line) && !inParagraph(i - 1)) {
                // Indented code: to its last indented line (blank lines inside it are its own).
                let last = i;
                for (let next = i + 1; next < lines.length; ++next) {
                    if (blank(lines[next].line))
                        continue;
                    if (indentOf(lines[next].line) < column + 4)
                        break;
                    last = next;
                }
                keep(i, last);
                i = last;
            } else if (underline.test(line) && inParagraph(i - 1) && !root.startsBlock(lines[i - 1].line)) {
                // A title underlined: its lines (a paragraph's, up to a blank line or another block) and the line under.
                let first = i - 1;
                while (first > 0 && inParagraph(first - 1) && !root.startsBlock(lines[first].line))
                    --first;
                keep(first, i);
            } else if (fence && !(fence[1].charAt(0) === "`" && from(line, column).indexOf("`", fence[0].length) >= 0)) {
                // To the closing fence (the same character, at least as many), or to the end of the text.
                let last = i + 1;
                const closing = new RegExp("^ {0," + (column + 3) + "}" + fence[1].charAt(0) + "{" + fence[1].length + ",}[ \\t]*$");
                while (last < lines.length && !closing.test(lines[last].line))
                    ++last;
                last = Math.min(last, lines.length - 1);
                keep(i, last);
                i = last;
            } else if (line.indexOf("|") >= 0 && i + 1 < lines.length && delimiterRow.test(lines[i + 1].line) && lines[i + 1].line.indexOf("|") >= 0) {
                // A table: its header, its delimiter row, then rows to a blank line or another block.
                let last = i + 1;
                while (last + 1 < lines.length && !blank(lines[last + 1].line) && !fenceOf(lines[last + 1].line) && !/^[ \t]*(?:#{1,6}(?:[ \t]|$)|>)/.test(lines[last + 1].line))
                    ++last;
                keep(i, last);
                i = last;
            } else if (thematicBreak.test(line)) {
                keep(i, i);
            }
        }
        return kept;
    }
    /// The kept block (see keptBlocks) that holds position @p at, or null.
    function keptAt(kept: var, at: int): var {
        return kept.find(block => at >= block.start && at <= block.end) ?? null;
    }
    /// The code spans ("`2**3`") of @p text between @p from and @p to: [[start, end]], backticks included. Their words
    /// are code, shown as they are typed: no mark goes in them (Gras made "`**2**3**`", stars shown).
    function codeSpansIn(text: string, from: int, to: int): var {
        const spans = [];
        const runs = [];
        const pattern = /`+/g;
        pattern.lastIndex = from;
        for (let match = pattern.exec(text); match && match.index < to; match = pattern.exec(text)) {
            if (match.index > 0 && text.charAt(match.index - 1) === "\\" && match[0].length === 1)
                continue; // "\`" is a backtick, not code
            runs.push({
                    "at": match.index,
                    "length": match[0].length
                });
        }
        for (let i = 0; i < runs.length; ++i) {
            const close = runs.findIndex((run, index) => index > i && run.length === runs[i].length);
            if (close < 0)
                continue;
            spans.push([runs[i].at, runs[close].at + runs[close].length]);
            i = close;
        }
        return spans;
    }
    /// What a button said last, when it left a table, code or a "---" line as they are (shown a moment under the
    /// buttons).
    property string notice
    readonly property alias noticePopup: noticeTip
    function tell(sentence: string) {
        root.notice = sentence;
        noticeTip.open();
        noticeSaid.announce(sentence); // a popup that appears is not read by a screen reader
    }
    function tellKept() {
        root.tell(qsTr("Tables, code, HTML, underlined titles and separator lines (---) are left as they are: the buttons do not change them."));
    }
    /// Where the paragraph holding @p at starts: bold runs over a soft line break in CommonMark, and marks paired line
    /// by line turned "**un\ndeux**" into "**un\n**deux****" (review of app19, finding 7).
    /// A paragraph stops at a kept block (@p kept, from keptBlocks()).
    function paragraphStart(text: string, at: int, kept: var): int {
        let start = at > 0 ? text.lastIndexOf("\n", at - 1) + 1 : 0;
        while (start > 0) {
            const previousStart = start > 1 ? text.lastIndexOf("\n", start - 2) + 1 : 0;
            if (root.startsBlock(text.substring(start, root.lineEndOf(text, start))) || root.endsBlock(text.substring(previousStart, start - 1)) || root.keptAt(kept, previousStart))
                break;
            start = previousStart;
        }
        return start;
    }
    /// Where the paragraph starting at @p from ends (its last line's end).
    function paragraphEnd(text: string, from: int, kept: var): int {
        let end = root.lineEndOf(text, from);
        if (root.endsBlock(text.substring(from, end)))
            return end;
        while (end < text.length) {
            const next = root.lineEndOf(text, end + 1);
            if (root.startsBlock(text.substring(end + 1, next)) || root.keptAt(kept, end + 1))
                break;
            end = next;
        }
        return end;
    }
    /// How line @p start … @p end is written: where its words start (after its indent, quote, title's or list's mark,
    /// which bold must not cut) and its bold marks, paired in order: {contentStart, marks: [positions], spans:
    /// [[open, close]]}. An odd last "**" is a literal, not a mark.
    /// The stars in @p code (its code spans, from codeSpansIn()) are code's, not marks.
    function lineBold(text: string, start: int, end: int, code: var): var {
        const prefix = text.substring(start, end).match(root.linePrefix);
        const contentStart = start + (prefix ? prefix[0].length : 0);
        const found = [];
        for (let at = text.indexOf("**", contentStart); at >= 0 && at + 2 <= end; at = text.indexOf("**", at + 2)) {
            if (code.some(span => at + 2 > span[0] && at < span[1]))
                continue;
            // "***": bold and italic. The two stars next to the words are the bold's, the outer one the italic's
            // (CommonMark's rule of three): paired with the outer one, Gras on "***mot***" wrote "*****mot*"
            // (review-app22 F5).
            if (text.charAt(at + 2) === "*" && text.charAt(at - 1) !== "*" && text.charAt(at + 3) !== "*" && at + 3 <= end) {
                if (found.length % 2 === 0)
                    ++at; // opening: "*" then "**" before the words
                found.push(at);
                at += found.length % 2 === 1 ? 0 : 1; // past the run's third star
                continue;
            }
            found.push(at);
        }
        if (found.length % 2 === 1)
            found.pop();
        const spans = [];
        for (let i = 0; i + 1 < found.length; i += 2)
            spans.push([found[i], found[i + 1]]);
        return {
            "contentStart": contentStart,
            "marks": found,
            "spans": spans
        };
    }

    /// Bold, as a word processor's. Words chosen: in bold, or back to plain when every one of them is bold already;
    /// bold words the selection holds or cuts are joined into one (or cut), never left with stray marks (review of
    /// app16, finding 4: "a** et **b"). Line by line: bold cannot cross a line break in Markdown, and never takes a
    /// title's or a list's mark (finding 3). Only marks chosen: the bold words they belong to. Nothing chosen: inside
    /// bold words, they become plain; at their end, "stop bold" (the caret goes past the closing marks, and the spaces
    /// typed inside the marks go out with it: finding 2); elsewhere, words to type over, in bold.
    function bold() {
        const text = root.area.text;
        let selStart = root.area.selectionStart;
        let selEnd = root.area.selectionEnd;
        // A picture is not words: Gras in one does nothing (marks in its address loaded no picture; finding 4).
        const links = root.linksIn(text);
        if (links.some(link => link.image && selStart > link.start && selEnd < link.end)) {
            root.area.forceActiveFocus(Qt.OtherFocusReason);
            return;
        }
        // The caret or the words chosen all in a table, a code block or a "---" line, or in code: nothing is written
        // there, and a sentence says why (finding 9).
        const kept = root.keptBlocks(text);
        const block = root.keptAt(kept, selStart);
        if (block && selEnd <= block.end) {
            root.tellKept();
            root.area.forceActiveFocus(Qt.OtherFocusReason);
            return;
        }
        if (!block) {
            const from = root.paragraphStart(text, selStart, kept);
            const spans = root.codeSpansIn(text, from, root.paragraphEnd(text, from, kept));
            if (spans.some(span => selStart > span[0] && selEnd < span[1])) {
                root.tellKept();
                root.area.forceActiveFocus(Qt.OtherFocusReason);
                return;
            }
        }
        if (selStart === selEnd) {
            const word = root.wordAround(text, selStart);
            const link = links.find(link => selStart > link.start && selStart < link.end);
            if (link && (selStart < link.wordsStart || selStart > link.wordsEnd)) {
                // In a link's brackets or address: the whole link.
                selStart = link.start;
                selEnd = link.end;
            } else if (word) {
                selStart = word[0];
                selEnd = word[1];
            }
        }
        // A link or a picture cut by the selection is taken whole: marks across its "[" or in its "(…)" were stars the
        // pupils saw, in the text and on the Links button (finding 3). Words chosen inside a link's words stay as they are.
        for (const link of links) {
            if (!link.image && selStart >= link.wordsStart && selEnd <= link.wordsEnd)
                continue;
            if (selStart > link.start && selStart < link.end)
                selStart = link.start;
            if (selEnd > link.start && selEnd < link.end)
                selEnd = link.end;
        }
        const lines = [];
        // Whether the selection held a kept block (said after), or code (inside bold words, it needs no word).
        let skipped = false;
        let codeChosen = false;
        for (let from = root.paragraphStart(text, selStart, kept); from <= selEnd; ) {
            const keptHere = root.keptAt(kept, from);
            if (keptHere) {
                skipped = true;
                from = keptHere.end + 1;
                continue;
            }
            const end = root.paragraphEnd(text, from, kept);
            const code = root.codeSpansIn(text, from, end);
            const line = root.lineBold(text, from, end, code);
            line.end = end;
            // The words of the line: every character but the marks and code, each with its bold now.
            line.chars = [];
            let mark = 0;
            let span = 0;
            for (let at = line.contentStart; at < end; ++at) {
                if (mark < line.marks.length && at >= line.marks[mark] + 2)
                    ++mark;
                if (mark < line.marks.length && at >= line.marks[mark]) {
                    ++at;
                    continue;
                }
                while (span < code.length && at >= code[span][1])
                    ++span;
                if (span < code.length && at >= code[span][0]) {
                    if (at >= selStart && at < selEnd)
                        codeChosen = true;
                    continue;
                }
                line.chars.push({
                        "at": at,
                        "bold": mark % 2 === 1,
                        "chosen": at >= selStart && at < selEnd
                    });
            }
            lines.push(line);
            from = end + 1;
        }
        const words = [];
        for (const line of lines)
            for (const character of line.chars)
                if (character.chosen && /\S/.test(text.charAt(character.at)))
                    words.push(character);
        if (words.length === 0 && selEnd > selStart) {
            // Only marks chosen (maybe with spaces): the bold words they belong to.
            for (const line of lines) {
                for (const span of line.spans) {
                    const touched = [span[0], span[1]].some(mark => mark < selEnd && mark + 2 > selStart);
                    if (!touched)
                        continue;
                    for (const character of line.chars) {
                        if (character.at >= span[0] && character.at < span[1]) {
                            character.chosen = true;
                            if (/\S/.test(text.charAt(character.at)))
                                words.push(character);
                        }
                    }
                }
            }
        }
        if (words.length === 0 && (skipped || codeChosen)) {
            root.tellKept();
            root.area.forceActiveFocus(Qt.OtherFocusReason);
            return;
        }
        if (words.length === 0) {
            root.boldAtCaret();
            return;
        }
        const bolder = !words.every(character => character.bold);
        const edits = [];
        for (const line of lines) {
            // Where the marks go now: around each run of bold characters, without the spaces at its ends ("** word**"
            // would not be bold). Positions as "gaps": the gap i is just before the line's i-th character.
            const chars = line.chars;
            const wanted = [];
            let run = -1;
            for (let i = 0; i <= chars.length; ++i) {
                const isBold = i < chars.length && (chars[i].chosen ? bolder : chars[i].bold);
                if (isBold && run < 0)
                    run = i;
                if (!isBold && run >= 0) {
                    let first = run;
                    let last = i - 1;
                    while (first <= last && /\s/.test(text.charAt(chars[first].at)))
                        ++first;
                    while (last >= first && /\s/.test(text.charAt(chars[last].at)))
                        --last;
                    if (first <= last)
                        wanted.push(first, last + 1);
                    run = -1;
                }
            }
            // How many characters come before @p mark (they are in order: a binary search, not a count per mark, which
            // took seconds on a long lesson chosen whole; finding 8).
            const gapOf = mark => {
                let low = 0;
                let high = chars.length;
                while (low < high) {
                    const middle = (low + high) >> 1;
                    if (chars[middle].at < mark)
                        low = middle + 1;
                    else
                        high = middle;
                }
                return low;
            };
            // After the last character: at the line's end, past any mark there (taken away, or kept as it is).
            const positionOf = gap => gap < chars.length ? chars[gap].at : line.end;
            const kept = [];
            for (const gap of wanted) {
                const same = line.marks.findIndex((mark, index) => kept.indexOf(index) < 0 && gapOf(mark) === gap);
                if (same >= 0)
                    kept.push(same);
                else
                    edits.push({
                            "start": positionOf(gap),
                            "end": positionOf(gap),
                            "text": "**"
                        });
            }
            line.marks.forEach((mark, index) => {
                    if (kept.indexOf(index) < 0)
                        edits.push({
                                "start": mark,
                                "end": mark + 2,
                                "text": ""
                            });
                });
        }
        root.apply(edits);
        root.area.select(root.moved(words[0].at, edits, true), root.moved(words[words.length - 1].at + 1, edits, false));
        root.area.forceActiveFocus(Qt.OtherFocusReason);
        if (skipped)
            root.tellKept();
    }
    /// Gras with no words chosen (the caret, or only spaces or a line break chosen): see bold().
    function boldAtCaret() {
        const text = root.area.text;
        let at = root.area.selectionStart;
        if (root.area.selectionEnd > at && /\s/.test(text.charAt(at)))
            ++at; // after the first space or line break chosen
        const kept = root.keptBlocks(text);
        const lineStart = root.paragraphStart(text, at, kept);
        const lineEnd = root.paragraphEnd(text, lineStart, kept);
        const line = root.lineBold(text, lineStart, lineEnd, root.codeSpansIn(text, lineStart, lineEnd));
        // On a title's or a list's mark: after it (review of app16, finding 3: "**mots en gras**- pommes").
        at = Math.max(at, line.contentStart);
        for (const span of line.spans) {
            // Between the two stars of a mark: on the side of the words outside.
            if (at === span[0] + 1)
                at = span[0];
            else if (at === span[1] + 1)
                at = span[1] + 2;
        }
        const inside = line.spans.find(span => at >= span[0] + 2 && at <= span[1] && span[1] > span[0] + 2);
        if (inside && at === inside[1] && root.area.selectionEnd === root.area.selectionStart) {
            // At the end of bold words: "stop bold", as a word processor's Ctrl+B after typing in bold. The marks stay
            // (review of app15, finding 2); the spaces typed just inside them go out (review of app16, finding 2:
            // Markdown opens no bold before a space and closes none after one, "Lis** important**" showed its stars).
            const open = inside[0];
            const close = inside[1];
            const words = text.substring(open + 2, close);
            const leading = words.match(/^\s*/)[0].length;
            const trailing = words.match(/\s*$/)[0].length;
            const edits = [];
            if (leading > 0 && leading < words.length) {
                edits.push({
                        "start": open + 2,
                        "end": open + 2 + leading,
                        "text": ""
                    });
                if (open > line.contentStart && /\S/.test(text.charAt(open - 1)))
                    edits.push({
                            "start": open,
                            "end": open,
                            "text": " "
                        });
            }
            let caret = close + 2;
            if (trailing > 0 && trailing < words.length) {
                edits.push({
                        "start": close - trailing,
                        "end": close,
                        "text": ""
                    });
                const after = text.charAt(close + 2);
                if (after === " " || after === "\t")
                    ++caret; // the space that is there already
                else
                    edits.push({
                            "start": close + 2,
                            "end": close + 2,
                            "text": " "
                        });
            }
            if (edits.length > 0)
                root.apply(edits);
            root.area.cursorPosition = root.moved(caret, edits, true);
        } else if (inside) {
            // Inside bold words: plain again.
            root.apply([{
                        "start": inside[0],
                        "end": inside[0] + 2,
                        "text": ""
                    }, {
                        "start": inside[1],
                        "end": inside[1] + 2,
                        "text": ""
                    }]);
            root.area.select(inside[0], inside[1] - 2);
        } else {
            // Words to type over, in bold, with a space between them and the words or bold words they touch ("****"
            // is not Markdown, review of app15 finding 2; "Lis**…**" made the teacher type the space inside the bold).
            const placeholder = qsTr("bold words");
            const before = text.charAt(at - 1);
            const after = text.charAt(at);
            const lead = at > line.contentStart && (root.isWordCharacter(before) || ".,;:!?)]»*".indexOf(before) >= 0) ? " " : "";
            const trail = at < lineEnd && (root.isWordCharacter(after) || "([«*".indexOf(after) >= 0) ? " " : "";
            root.apply([{
                        "start": at,
                        "end": at,
                        "text": lead + "**" + placeholder + "**" + trail
                    }]);
            root.area.select(at + lead.length + 2, at + lead.length + 2 + placeholder.length);
        }
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
        const kept = root.keptBlocks(text);
        let skipped = false;
        for (const line of text.substring(start, end).split("\n")) {
            // A table's row, a code block's line, a "---" line: left as they are (finding 9: "- | Fraction |",
            // "- ```" lost the code).
            if (root.keptAt(kept, at))
                skipped = true;
            else
                lines.push({
                        "at": at,
                        "line": line
                    });
            at += line.length + 1;
        }
        if (lines.length === 0) {
            root.tellKept();
            root.area.forceActiveFocus(Qt.OtherFocusReason);
            return;
        }
        // Each line's words after its quote's marks, which stay in front of a title's or a list's.
        for (const entry of lines) {
            const quote = entry.line.match(root.quoteMark)[0].length;
            entry.at += quote;
            entry.line = entry.line.substring(quote);
        }
        const chosen = lines.length > 1 || skipped ? lines.filter(entry => entry.line.trim().length > 0) : lines;
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
                // Any title's or list's mark is replaced, with the spaces before it: a line is a title or a list item,
                // not both ("## - item", "- ## Titre"; finding 7), and not a bullet holding an indented one.
                const mark = entry.line.match(root.lineMark) ?? entry.line.match(/^[ \t]*/);
                edits.push({
                        "start": entry.at,
                        "end": entry.at + mark[0].length,
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
        if (skipped)
            root.tellKept();
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
        const text = root.area.text;
        let chosen = root.trimmedSelection();
        // The caret inside a word: that word ("Lu[words of the link](https://)mni"; finding 6).
        const word = chosen[0] === chosen[1] && root.area.selectionStart === root.area.selectionEnd ? root.wordAround(text, chosen[0]) : null;
        let cut = false;
        if (word) {
            chosen = word;
            cut = true;
        }
        // On a link already (its words or its address): its address, chosen to be typed over; a link around it made
        // "[[a](https://x.fr)](https://)", which shows its brackets (review of app16, finding 5).
        const links = /!?\[([^\]\n]*)\]\(([^)\s]*)\)/g;
        for (let found = links.exec(text); found; found = links.exec(text)) {
            const start = found.index;
            const end = start + found[0].length;
            const touched = chosen[1] > chosen[0] ? chosen[0] < end && chosen[1] > start : chosen[0] > start && chosen[0] < end;
            if (!touched)
                continue;
            if (found[0].startsWith("!")) {
                // A picture is no link's words: "![[pizza](https://)](media:…)" showed no picture (finding 4).
                root.area.forceActiveFocus(Qt.OtherFocusReason);
                return;
            }
            const address = start + found[1].length + 3; // after "[", the words and "]("
            root.area.select(address, address + found[2].length);
            root.area.forceActiveFocus(Qt.OtherFocusReason);
            return;
        }
        // Not in a table, a code block or a "---" line; and up to the first one the words chosen reach (finding 9).
        const kept = root.keptBlocks(text);
        if (root.keptAt(kept, chosen[0])) {
            root.tellKept();
            root.area.forceActiveFocus(Qt.OtherFocusReason);
            return;
        }
        const keptNext = kept.find(block => block.start > chosen[0] && block.start <= chosen[1]);
        if (keptNext) {
            chosen = [chosen[0], Math.max(chosen[0], keptNext.start - 1)];
            cut = true;
        }
        // Code in the words is taken whole ("[`x`](…)" is a link; "[`x](…)`" showed its backticks).
        for (const span of root.codeSpansIn(text, text.lastIndexOf("\n", chosen[0]) + 1, root.lineEndOf(text, chosen[1]))) {
            if (chosen[0] > span[0] && chosen[0] < span[1]) {
                chosen = [span[0], Math.max(chosen[1], span[1])];
                cut = true;
            }
            if (chosen[1] > span[0] && chosen[1] < span[1]) {
                chosen = [chosen[0], span[1]];
                cut = true;
            }
        }
        // A link's words cannot start in a title's, a list's or a quote's mark ("[- un…](…)" was no list item any more).
        const lineStart = chosen[0] > 0 ? text.lastIndexOf("\n", chosen[0] - 1) + 1 : 0;
        const prefix = text.substring(lineStart, chosen[1]).match(root.linePrefix);
        if (prefix && chosen[0] < lineStart + prefix[0].length) {
            chosen = [lineStart + prefix[0].length, Math.max(chosen[1], lineStart + prefix[0].length)];
            cut = true;
        }
        // Nor cross a blank line ("[un\n\ndeux](…)" shows its brackets; review of app15, finding 7) or the start of
        // another list item, title or quote (finding 5: "[- un\n- deux](…)"): the first block's words only.
        const blockEnd = text.substring(chosen[0], chosen[1]).search(/\n[ \t]*(?:\n|>|#{1,6}[ \t]|[-*+][ \t]|\d+[.)][ \t])/);
        if (blockEnd >= 0) {
            chosen = [chosen[0], chosen[0] + blockEnd];
            cut = true;
        }
        if (cut)
            root.area.select(chosen[0], chosen[1]);
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
        let at = root.area.selectionEnd;
        // After a table or a code block the cursor is in, not inside it (a table cut in two; a picture shown as code).
        const block = root.keptAt(root.keptBlocks(text), at);
        if (block)
            at = block.end;
        const paragraphStart = text.lastIndexOf("\n", at - 1) + 1;
        for (const span of root.codeSpansIn(text, paragraphStart, root.lineEndOf(text, at)))
            if (at > span[0] && at < span[1])
                at = span[1];
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
            textFormat: Text.PlainText
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
            // Opened by the keyboard, it had no name and no current entry: Orca said nothing (review-a11y22, M4). Its
            // name goes on the item a screen reader meets (the popup's own, the content's parent: Qt 6.4 reads no
            // Accessible on a Popup), and the keyboard lands on the first entry.
            readonly property string spokenName: qsTr("Pictures of the lesson")
            onOpened: {
                const shown = pictures.contentItem.parent;
                if (shown)
                    shown.Accessible.name = pictures.spokenName;
                pictures.currentIndex = 0;
            }
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
            textFormat: Text.PlainText
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

    // In the text box, not in this row: an item that shows would move the buttons.
    Announcement {
        id: noticeSaid
        parent: root.area
    }
    // The sentence a button says (tell()), under the buttons for a moment: a popup, so the text box does not move.
    ToolTip {
        id: noticeTip
        objectName: "toolbarNotice"
        parent: root
        y: root.height + 4
        text: root.notice
        font.pixelSize: Theme.fontSmall
        width: Math.min(implicitWidth, Math.max(root.width, 460))
        contentItem: Label {
            text: noticeTip.text
            textFormat: Text.PlainText
            font: noticeTip.font
            color: Theme.text
            wrapMode: Text.Wrap
        }
        background: Rectangle {
            color: Theme.infoSurface
            border.color: Theme.border
            radius: 6
        }
        timeout: 6000
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
