// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import Continuite

// The text box of one part of a lesson (before, in or after class), in Markdown, in the lesson editor.
//
// Each part has its own box, so its own undo: one box for the three parts reset its history at each switch (review of
// app19, finding 10). The box shows the part as the editor holds it and writes back what is typed, read with
// UndoableEdit.rawText(): a TextArea's `text` turns every French no-break space (U+00A0) into a plain one, and a
// lesson was changed just by being opened (finding 2). There is no binding from the editor to `text`: written back at
// every key, that was a binding loop. Escape only drops the selection: it closed the editor (finding 1).
ScrollView {
    id: root

    required property LessonEditor editor
    /// 0 before class, 1 in class, 2 after class.
    required property int part
    /// "Before class", as the tabs say it.
    required property string partName
    readonly property alias area: area

    /// Ctrl+Page Down (+1) or Ctrl+Page Up (-1): the next or the previous part.
    signal moveRequested(int step)

    /// The part as the editor holds it.
    function stored(): string {
        return root.part === 0 ? root.editor.beforeClass : root.part === 1 ? root.editor.inClass : root.editor.afterClass;
    }
    /// The words of the box, no-break spaces kept.
    function written(): string {
        return UndoableEdit.rawText(area.textDocument);
    }
    /// Shows the part as the editor holds it when the box says something else (a lesson opened, a new one, a change
    /// made elsewhere); the box's undo starts there.
    function show() {
        const wanted = root.stored();
        if (root.written() === wanted)
            return;
        area.showing = true;
        area.text = wanted;
        area.showing = false;
    }
    Connections {
        target: root.editor
        function onLessonChanged() {
            root.show();
        }
    }
    Component.onCompleted: root.show()

    TextArea {
        id: area

        /// True while show() writes the editor's text into the box (nothing to write back).
        property bool showing: false

        objectName: "lessonPart" + root.part
        onTextChanged: {
            if (!area.showing) {
                const words = root.written();
                if (root.part === 0)
                    root.editor.beforeClass = words;
                else if (root.part === 1)
                    root.editor.inClass = words;
                else
                    root.editor.afterClass = words;
            }
            if (!activeFocus)
                sayText();
        }
        // Orca 43 reads no words of a Qt 6.4 text box: the description holds them, as they were when
        // the keyboard arrived (Qt writes the placeholder over it when accessibility wakes up). A picture is said as
        // the chip shows it, "Picture: a pizza", not as its Markdown's 64 letters (app20's note).
        function sayText() {
            Accessible.description = text.length > 0 ? text.replace(area.picturePattern, (markdown, description) => area.pictureWords(description)) : placeholderText;
        }
        /// A picture's Markdown, as the store names its files.
        readonly property var picturePattern: /!\[([^\]\n]*)\]\(media:([0-9a-f]{64})\)/g
        function pictureWords(description: string): string {
            return description.length > 0 ? qsTr("Picture: %1").arg(description) : qsTr("Picture");
        }
        /// A picture the store does not have (pasted from elsewhere, a hash typed by hand): the pupils get nothing.
        function missingWords(description: string): string {
            return description.length > 0 ? qsTr("Picture not found: %1").arg(description) : qsTr("Picture not found");
        }
        /// Set while an arrow (Home, End, Page Up/Down) key moves the caret: +1 forwards, -1 backwards, 0 otherwise.
        property int stepping: 0
        /// The picture whose Markdown holds @p at strictly inside, or null.
        function pictureAround(at: int): var {
            return area.pictures.find(picture => at > picture.start && at < picture.end) ?? null;
        }
        // A key that moves the caret into a picture's hidden Markdown takes it over the whole picture, as over one
        // letter (app20's note: the caret walked through its letters, unseen, and a letter typed there broke it).
        // A selection made inside it (the Image button chooses its words, to be typed over) is left as it is.
        onCursorPositionChanged: {
            if (area.stepping === 0)
                return;
            const picture = area.pictureAround(area.cursorPosition);
            if (!picture)
                return;
            const target = area.stepping > 0 ? picture.end : picture.start;
            if (area.selectionStart === area.selectionEnd) {
                area.cursorPosition = target;
            } else {
                const anchor = area.cursorPosition === area.selectionEnd ? area.selectionStart : area.selectionEnd;
                if (anchor <= picture.start || anchor >= picture.end)
                    area.moveCursorSelection(target, TextEdit.SelectCharacters);
            }
        }
        // A selection never cuts a picture: it takes it whole or leaves it, as a word processor does with a picture among
        // words (review-app22 F2: a drag from words into a chip chose half its hidden hash, and Delete left 40 letters of
        // it in the lesson). An edge of the selection inside a picture goes to the picture's far side when the other
        // edge is outside it; a selection wholly inside one picture's Markdown (the Image button chooses its
        // description, to be typed over) is left as it is.
        property bool snapping: false
        function snapSelection() {
            if (area.snapping || area.selectionStart === area.selectionEnd)
                return;
            const caret = area.cursorPosition;
            const anchor = caret === area.selectionEnd ? area.selectionStart : area.selectionEnd;
            const anchorIn = area.pictureAround(anchor);
            const caretIn = area.pictureAround(caret);
            if (anchorIn && anchorIn === caretIn)
                return;
            const forwards = caret > anchor;
            const newAnchor = anchorIn ? (forwards ? anchorIn.start : anchorIn.end) : anchor;
            const newCaret = caretIn ? (forwards ? caretIn.end : caretIn.start) : caret;
            if (newAnchor === anchor && newCaret === caret)
                return;
            area.snapping = true;
            if (newAnchor === anchor) {
                area.moveCursorSelection(newCaret, TextEdit.SelectCharacters);
            } else {
                area.cursorPosition = newAnchor;
                area.moveCursorSelection(newCaret, TextEdit.SelectCharacters);
            }
            area.snapping = false;
        }
        onSelectionStartChanged: area.snapSelection()
        onSelectionEndChanged: area.snapSelection()
        onActiveFocusChanged: sayText()
        // A timer, not Qt.callLater: it dies with the editor (Qt 6.4's callLater calls a destroyed one).
        Component.onCompleted: sayTextLater.start()
        Timer {
            id: sayTextLater
            interval: 0
            onTriggered: area.sayText()
        }
        wrapMode: TextEdit.Wrap
        font.family: "DejaVu Sans Mono"
        font.pixelSize: Theme.fontSmall + 1
        color: Theme.text
        selectByMouse: true
        persistentSelection: true // the toolbar's buttons act on it
        placeholderText: qsTr("Write in Markdown: # a title, **bold**, - a list, ![a picture](media:…)")
        placeholderTextColor: Theme.textMuted
        Accessible.name: qsTr("Text of the part “%1”, in Markdown").arg(root.partName)
        // Up and Down say the line they reach (review-a11y22, M1); a picture as its chip shows it, whole.
        LineAnnouncer {
            objectName: "lineSaid"
            area: root.area
            wholes: root.area.pictures.map(picture => ({
                        "start": picture.start,
                        "end": picture.end,
                        "words": root.area.pictureWords(picture.description)
                    }))
        }
        // Escape, as one presses it to drop a selection, drops it and stays: it went back to the list.
        Keys.onEscapePressed: event => {
            area.deselect();
            event.accepted = true;
        }
        // Tab goes on to the next control, Shift+Tab back (no keyboard trap); Ctrl+Tab writes a tab.
        Keys.onTabPressed: event => {
            if (event.modifiers & Qt.ControlModifier)
                area.insert(area.cursorPosition, "\t");
            else
                area.nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason);
            event.accepted = true;
        }
        // Ctrl+Page Up/Down switch parts without leaving the text.
        Keys.onPressed: event => {
            if ((event.modifiers & Qt.ControlModifier) && event.key === Qt.Key_PageDown) {
                root.moveRequested(1);
                event.accepted = true;
            } else if ((event.modifiers & Qt.ControlModifier) && event.key === Qt.Key_PageUp) {
                root.moveRequested(-1);
                event.accepted = true;
            } else if ([Qt.Key_Right, Qt.Key_Down, Qt.Key_End, Qt.Key_PageDown].includes(event.key)) {
                area.stepping = 1; // the box moves the caret, then onCursorPositionChanged steps over a picture
            } else if ([Qt.Key_Left, Qt.Key_Up, Qt.Key_Home, Qt.Key_PageUp].includes(event.key)) {
                area.stepping = -1;
            } else if ((event.key === Qt.Key_Backspace || event.key === Qt.Key_Delete) && area.selectionStart === area.selectionEnd
                       && (event.modifiers & Qt.ControlModifier) && !(event.modifiers & Qt.AltModifier)) {
                // Ctrl+Backspace after a picture (and the spaces after it), Ctrl+Delete before it: the picture whole, as a
                // word (review-app22 F3: the word keys took its ")" or its "![" and left 80 letters of Markdown).
                const at = area.cursorPosition;
                const text = area.text;
                const picture = area.pictures.find(p => event.key === Qt.Key_Backspace ? p.end <= at && /^[ \t]*$/.test(text.substring(p.end, at)) : p.start === at);
                if (picture) {
                    area.remove(picture.start, event.key === Qt.Key_Backspace ? at : picture.end);
                    event.accepted = true;
                }
            } else if ((event.key === Qt.Key_Backspace || event.key === Qt.Key_Delete) && area.selectionStart === area.selectionEnd
                       && !(event.modifiers & (Qt.ControlModifier | Qt.AltModifier))) {
                // Next to a picture, one key takes it away whole (one Ctrl+Z brings it back), not its last letter.
                const at = area.cursorPosition;
                const picture = area.pictures.find(p => event.key === Qt.Key_Backspace ? p.end === at : p.start === at);
                if (picture) {
                    area.remove(picture.start, picture.end);
                    event.accepted = true;
                }
            }
        }
        Keys.onReleased: area.stepping = 0
        background: Rectangle {
            radius: 8
            color: Theme.surface
            border.width: area.activeFocus ? 3 : 1
            border.color: area.activeFocus ? Theme.focus : Theme.border
        }

        /// The file shown for each picture's SHA-256, once found (see pictures).
        property var shownSources: ({})
        /// The lesson's pictures: [{start, end, description, source, alone, y, height, pieces}], where their Markdown is
        /// drawn in the box; alone: on a line of its own (as the Image button puts them); pieces: [{x, y, width, height}]
        /// from the chip's top left, what the chip covers (among words, only the Markdown's letters: the words before
        /// and after it stay in view).
        readonly property var pictures: {
            const text = area.text;
            // Laid out again when the box's width or the text's wrapping changes.
            if (area.width <= 0 || area.contentHeight <= 0)
                return [];
            const found = [];
            const pattern = new RegExp(area.picturePattern.source, "g");
            const left = area.leftPadding;
            const full = area.width - area.leftPadding - area.rightPadding;
            for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
                const start = match.index;
                const end = start + match[0].length;
                const lineStart = start > 0 ? text.lastIndexOf("\n", start - 1) + 1 : 0;
                const lineEnd = text.indexOf("\n", end) < 0 ? text.length : text.indexOf("\n", end);
                // Alone on its line: an indent in a list item is no word.
                const alone = !/\S/.test(text.substring(lineStart, start)) && !/\S/.test(text.substring(end, lineEnd));
                const first = area.positionToRectangle(start);
                const last = area.positionToRectangle(end);
                const height = last.y + last.height - first.y;
                let pieces;
                if (alone)
                    pieces = [{ "x": 0, "y": 0, "width": full, "height": height }];
                else if (last.y < first.y + first.height / 2) // on one line
                    pieces = [{ "x": first.x - left, "y": 0, "width": last.x - first.x, "height": height }];
                else
                    pieces = [{ "x": first.x - left, "y": 0, "width": full - (first.x - left), "height": first.height },
                        { "x": 0, "y": first.height, "width": full, "height": last.y - first.y - first.height },
                        { "x": 0, "y": last.y - first.y, "width": last.x - left, "height": last.height }].filter(piece => piece.width > 1 && piece.height > 1);
                // The file the preview shows (only the store's own pictures: RecordEditor.preview()), asked once per
                // picture: asked at each key for each picture, it was 1 ms a key per picture (40 pictures: 44 ms a key).
                let source = area.shownSources[match[2]];
                if (source === undefined) {
                    const shown = root.editor.preview("![](media:" + match[2] + ")").match(/\]\(([^)\s]+)\)/);
                    source = shown && !shown[1].startsWith("media:") ? shown[1] : "";
                    if (source.length > 0) // one not shown yet (not attached yet) is asked again
                        area.shownSources[match[2]] = source;
                }
                found.push({
                        "start": start,
                        "end": end,
                        "description": match[1],
                        "source": source,
                        "alone": alone,
                        "y": first.y,
                        "height": height,
                        "pieces": pieces
                    });
            }
            return found;
        }
        // A picture shows as itself over its Markdown (issue 14: "![Une pizza…](media:514cba0ff98…)" over three lines
        // invited clicks in its 64 letters, which broke it). A click chooses it whole: Delete takes it away, the Image
        // button's description can be typed over in the preview's place. The words stay in the box, under the chip.
        // Among words, the chip covers the Markdown's letters only, in pieces (the end of a line, whole lines, the start
        // of a line), its picture and words in the largest.
        // By count, not by the list: a key typed elsewhere keeps the chips (and their pictures) as they are.
        Repeater {
            model: area.pictures.length
            delegate: Item {
                id: chip
                required property int index
                readonly property var modelData: area.pictures[chip.index] ?? ({
                        "start": 0,
                        "end": 0,
                        "description": "",
                        "source": "",
                        "alone": true,
                        "y": 0,
                        "height": 0,
                        "pieces": []
                    })
                readonly property bool caretIn: area.selectionEnd > chip.modelData.start && area.selectionStart < chip.modelData.end
                /// The largest piece, where the picture and its words go.
                readonly property var main: chip.modelData.pieces.reduce((best, piece) => !best || piece.width * piece.height > best.width * best.height ? piece : best, null) ?? ({
                        "x": 0,
                        "y": 0,
                        "width": 0,
                        "height": 0
                    })
                function choose() {
                    area.forceActiveFocus(Qt.MouseFocusReason);
                    area.select(chip.modelData.start, chip.modelData.end);
                }
                objectName: "pictureChip"
                x: area.leftPadding
                y: chip.modelData.y
                width: area.width - area.leftPadding - area.rightPadding
                height: chip.modelData.height
                // Said as the chip shows it (the box's own words say it too, in sayText()).
                Accessible.role: Accessible.Graphic
                Accessible.name: area.pictureWords(chip.modelData.description)
                // Three pieces at most, by count too: by the list, each key made each chip's pieces again (40 pictures
                // among words: about 40 ms a key).
                Repeater {
                    model: 3
                    delegate: Rectangle {
                        id: piece
                        required property int index
                        readonly property var shape: chip.modelData.pieces[piece.index] ?? ({
                                "x": 0,
                                "y": 0,
                                "width": 0,
                                "height": 0
                            })
                        objectName: "picturePiece"
                        visible: piece.index < chip.modelData.pieces.length
                        x: piece.shape.x
                        y: piece.shape.y
                        width: piece.shape.width
                        height: piece.shape.height
                        // Among words, its pieces touch and read as one shape, as a selection does (each with its
                        // border, they were three boxes); the focus colour still rings each when the caret is in it.
                        radius: chip.modelData.alone ? 6 : 2
                        color: chip.caretIn ? Theme.infoSurface : Theme.surfaceAlt
                        border.width: chip.caretIn && area.activeFocus ? 2 : chip.modelData.alone ? 1 : 0
                        border.color: chip.caretIn && area.activeFocus ? Theme.focus : Theme.border
                        TapHandler {
                            onTapped: chip.choose()
                        }
                    }
                }
                Item {
                    x: chip.main.x
                    y: chip.main.y
                    width: chip.main.width
                    height: chip.main.height
                    Image {
                        id: thumbnail
                        objectName: "pictureThumbnail"
                        x: 4
                        y: 2
                        height: Math.max(0, parent.height - 4)
                        // As wide as the picture is at that height (no gap before the words), a third of the piece at most.
                        width: Math.min(parent.width / 3, thumbnail.implicitHeight > 0 ? thumbnail.implicitWidth * thumbnail.height / thumbnail.implicitHeight : thumbnail.height)
                        fillMode: Image.PreserveAspectFit
                        horizontalAlignment: Image.AlignLeft
                        // At once (a small copy, then from Qt's cache): the chip never shows an empty frame.
                        source: chip.modelData.source
                        sourceSize.height: 128
                    }
                    Label {
                        objectName: "pictureWords"
                        anchors.left: thumbnail.right
                        anchors.leftMargin: 8
                        anchors.right: parent.right
                        anchors.rightMargin: 8
                        anchors.verticalCenter: parent.verticalCenter
                        // Said when the store has no such picture: it looked like a real one over an empty frame
                        // (review-app22 F8).
                        readonly property bool missing: chip.modelData.source.length === 0 && chip.modelData.end > chip.modelData.start
                        text: missing ? area.missingWords(chip.modelData.description) : area.pictureWords(chip.modelData.description)
                        textFormat: Text.PlainText
                        font.family: root.font.family // the page's, not the box's monospace
                        font.pixelSize: Theme.fontSmall
                        font.bold: true
                        color: missing ? Theme.warning : Theme.text
                        elide: Text.ElideRight
                    }
                    TapHandler {
                        onTapped: chip.choose()
                    }
                }
            }
        }
    }
}
