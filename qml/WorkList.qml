// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Controls.Basic
import Continuite

// A list of assignments (the "À faire", all assignments): sections, Up/Down to move, Enter to open.
// No "pragma ComponentBehavior: Bound" here: Qt 6.4 then fails to make section delegates.
ListView {
    id: root

    property bool showLesson: true
    signal openAssignment(string assignmentId)
    /// A lesson row of "À faire": open the lesson on @p part (0–2), the first one not ticked.
    signal openLesson(string lessonId, int part)

    function open(item: WorkCard) {
        if (!item)
            return;
        if (item.isLesson)
            root.openLesson(item.lessonId, item.nextPart);
        else
            root.openAssignment(item.assignmentId);
    }
    function openCurrent() {
        root.open(root.itemAtIndex(root.currentIndex) as WorkCard);
    }

    clip: true
    spacing: 10
    focus: true
    keyNavigationEnabled: true
    activeFocusOnTab: true
    bottomMargin: Theme.margin
    Accessible.role: Accessible.List
    Keys.onReturnPressed: root.openCurrent()
    Keys.onEnterPressed: root.openCurrent()
    Keys.onSpacePressed: root.openCurrent()
    ScrollBar.vertical: PageScrollBar {}

    section.property: "group"
    section.delegate: groupHeading
    // After the model is reset (work handed in while Devoirs stays made behind), Qt 6.4's ListView puts back the
    // headings it kept aside with their old words: "Expliquer…" sat under its lesson's title and the quiz under the
    // other lesson's, with no "Already handed in" (review-app19 finding 12). Giving the section its delegate again
    // throws those kept headings away, and each is made afresh with its group.
    Connections {
        target: root.model as TodoModel
        function onReloaded() {
            root.section.delegate = null;
            root.section.delegate = groupHeading;
        }
    }
    Component {
        id: groupHeading
        Label {
            required property string section
            width: ListView.view.width - 14
            topPadding: 6
            bottomPadding: 2
            text: section
            textFormat: Text.PlainText
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall + 1
            font.bold: true
            font.capitalization: Font.AllUppercase
            elide: Text.ElideRight
            Accessible.role: Accessible.Heading
            Accessible.name: section
        }
    }

    delegate: WorkCard {
        width: ListView.view.width - 14
        // Through ListView.view, not the root's id: without the Bound pragma (above) a delegate with required
        // properties reaches outer ids only unqualified, which qmllint flags.
        showLesson: (ListView.view as WorkList)?.showLesson ?? true
        current: ListView.isCurrentItem && ListView.view.activeFocus
        onClicked: (ListView.view as WorkList)?.open(this)
    }
}
