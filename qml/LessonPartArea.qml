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
    }
}
