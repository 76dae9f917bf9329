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
// so the selection stays where it was.
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

    /// Wraps the selection in @p before / @p after (or @p placeholder when nothing is selected, then selected).
    /// Spaces at either end of the selection stay outside the marks ("** word**" would not be bold).
    function wrap(before: string, after: string, placeholder: string) {
        let start = root.area.selectionStart;
        let end = root.area.selectionEnd;
        const chosen = root.area.getText(start, end);
        const lead = chosen.length - chosen.replace(/^\s+/, "").length;
        const trail = chosen.trim().length > 0 ? chosen.length - chosen.replace(/\s+$/, "").length : 0;
        start += lead;
        end -= trail;
        const inner = end > start ? root.area.getText(start, end) : placeholder;
        root.area.remove(start, Math.max(start, end));
        root.area.insert(start, before + inner + after);
        root.area.select(start + before.length, start + before.length + inner.length);
        root.area.forceActiveFocus(Qt.OtherFocusReason);
    }
    /// Puts @p prefix at the start of each line of the selection (of the cursor's line), or takes it away when
    /// every one of those lines has it already.
    function toggleLinePrefix(prefix: string) {
        const text = root.area.text;
        const from = root.area.selectionStart;
        let to = root.area.selectionEnd;
        if (to > from && text.charAt(to - 1) === "\n")
            --to; // a selection ending at the start of a line does not take that line
        const start = text.lastIndexOf("\n", from - 1) + 1;
        let end = text.indexOf("\n", to);
        if (end < 0)
            end = text.length;
        const lines = text.substring(start, end).split("\n");
        const all = lines.every(line => line.startsWith(prefix));
        const edited = lines.map(line => all ? line.substring(prefix.length) : line.startsWith(prefix) ? line : prefix + line).join("\n");
        root.area.remove(start, end);
        root.area.insert(start, edited);
        if (lines.length > 1 || to > from)
            root.area.select(start, start + edited.length);
        else
            root.area.cursorPosition = start + edited.length;
        root.area.forceActiveFocus(Qt.OtherFocusReason);
    }
    function title() {
        root.toggleLinePrefix("## ");
    }
    function bold() {
        root.wrap("**", "**", qsTr("bold words"));
    }
    function list() {
        root.toggleLinePrefix("- ");
    }
    /// Makes the selection a link; the address is selected, to be typed over.
    function link() {
        root.wrap("[", "](https://)", qsTr("words of the link"));
        const address = root.area.selectionEnd + "](".length;
        root.area.select(address, address + "https://".length);
    }
    /// Puts the picture @p sha256 (attached to the lesson) at the cursor, its name as its description.
    function image(sha256: string, description: string) {
        root.wrap("![", "](media:" + sha256 + ")", description);
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
            delegate: MenuItem {
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
            MenuItem {
                objectName: "attachPicture"
                text: qsTr("Attach a picture…")
                onTriggered: root.attachPictureRequested()
            }
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
