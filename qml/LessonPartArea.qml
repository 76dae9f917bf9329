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
        // the keyboard arrived (Qt writes the placeholder over it when accessibility wakes up).
        function sayText() {
            Accessible.description = text.length > 0 ? text : placeholderText;
        }
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
            }
        }
        background: Rectangle {
            radius: 8
            color: Theme.surface
            border.width: area.activeFocus ? 3 : 1
            border.color: area.activeFocus ? Theme.focus : Theme.border
        }

        /// The lesson's pictures on a line of their own (as the Image button puts them): [{start, end, description,
        /// source, y, height}], where their Markdown is drawn in the box.
        readonly property var pictures: {
            const text = area.text;
            // Laid out again when the box's width or the text's wrapping changes.
            if (area.width <= 0 || area.contentHeight <= 0)
                return [];
            const found = [];
            const pattern = /!\[([^\]\n]*)\]\(media:([0-9a-f]{64})\)/g;
            for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
                const start = match.index;
                const end = start + match[0].length;
                const lineStart = start > 0 ? text.lastIndexOf("\n", start - 1) + 1 : 0;
                const lineEnd = text.indexOf("\n", end) < 0 ? text.length : text.indexOf("\n", end);
                if (/\S/.test(text.substring(lineStart, start)) || /\S/.test(text.substring(end, lineEnd)))
                    continue; // among words: left as it is written (an indent in a list item is no word)
                const first = area.positionToRectangle(start);
                const last = area.positionToRectangle(end);
                // The file the preview shows (only the store's own pictures: RecordEditor.preview()).
                const shown = root.editor.preview("![](media:" + match[2] + ")").match(/\]\(([^)\s]+)\)/);
                found.push({
                        "start": start,
                        "end": end,
                        "description": match[1],
                        "source": shown && !shown[1].startsWith("media:") ? shown[1] : "",
                        "y": first.y,
                        "height": last.y + last.height - first.y
                    });
            }
            return found;
        }
        // A picture shows as itself over its Markdown (issue 14: "![Une pizza…](media:514cba0ff98…)" over three lines
        // invited clicks in its 64 letters, which broke it). A click chooses it whole: Delete takes it away, the Image
        // button's description can be typed over in the preview's place. The words stay in the box, under the chip.
        // By count, not by the list: a key typed elsewhere keeps the chips (and their pictures) as they are.
        Repeater {
            model: area.pictures.length
            delegate: Rectangle {
                id: chip
                required property int index
                readonly property var modelData: area.pictures[chip.index] ?? ({
                        "start": 0,
                        "end": 0,
                        "description": "",
                        "source": "",
                        "y": 0,
                        "height": 0
                    })
                readonly property bool caretIn: area.selectionEnd > chip.modelData.start && area.selectionStart < chip.modelData.end
                objectName: "pictureChip"
                x: area.leftPadding
                y: chip.modelData.y
                width: area.width - area.leftPadding - area.rightPadding
                height: chip.modelData.height
                radius: 6
                color: chip.caretIn ? Theme.infoSurface : Theme.surfaceAlt
                border.width: chip.caretIn && area.activeFocus ? 2 : 1
                border.color: chip.caretIn && area.activeFocus ? Theme.focus : Theme.border
                Image {
                    id: thumbnail
                    objectName: "pictureThumbnail"
                    x: 4
                    y: 2
                    height: chip.height - 4
                    // As wide as the picture is at that height (no gap before the words), a third of the box at most.
                    width: Math.min(chip.width / 3, thumbnail.implicitHeight > 0 ? thumbnail.implicitWidth * thumbnail.height / thumbnail.implicitHeight : thumbnail.height)
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
                    text: chip.modelData.description.length > 0 ? qsTr("Picture: %1").arg(chip.modelData.description) : qsTr("Picture")
                    textFormat: Text.PlainText
                    font.family: root.font.family // the page's, not the box's monospace
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                    color: Theme.text
                    elide: Text.ElideRight
                }
                TapHandler {
                    onTapped: {
                        area.forceActiveFocus(Qt.MouseFocusReason);
                        area.select(chip.modelData.start, chip.modelData.end);
                    }
                }
            }
        }
    }
}
