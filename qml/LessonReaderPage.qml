// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Continuite

// One lesson: its three sections as tabs (Before class / In class / After class) and its attached files.
// Keyboard: Left/Right or 1/2/3 switch sections, Up/Down scroll, Escape goes back to the list.
FocusScope {
    id: root

    /// What Main says when this page opens (a screen reader hears the page's title, not only the control focused).
    readonly property string spokenTitle: reader.found ? reader.title : qsTr("Lesson not available")

    objectName: "reader"

    required property string lessonId
    property alias currentSection: tabs.currentIndex
    readonly property alias reader: reader
    readonly property alias tabs: tabs
    signal back
    signal openPdf(url source, string name)
    signal openMedia(url source, string name, string kind)
    signal openAssignment(string assignmentId)
    readonly property var partNames: [qsTr("Before class"), qsTr("In class"), qsTr("After class")]
    readonly property bool currentPartDone: reader.partsDone[tabs.currentIndex] === true

    function showSection(index: int) {
        const reading = sections.children[tabs.currentIndex].reading.activeFocus;
        const onTab = tabs.currentItem && tabs.currentItem.activeFocus;
        tabs.currentIndex = Math.max(0, Math.min(2, index));
        // The keyboard follows the part shown, so that a screen reader says which part it is.
        if (reading)
            sections.children[tabs.currentIndex].focusText();
        else if (onTab)
            tabs.currentItem.forceActiveFocus(Qt.TabFocusReason);
    }

    LessonReader {
        id: reader
        session: Session
        lessonId: root.lessonId
    }
    Component.onCompleted: reader.markOpened()
    // Opened (or back from a PDF or a video): the keyboard on the part's tab, which a screen reader names;
    // Tab then reads the part itself.
    StackView.onActivated: {
        if (reader.found)
            tabs.currentItem.forceActiveFocus(Qt.OtherFocusReason);
    }

    Keys.onEscapePressed: root.back()
    Keys.onBackPressed: root.back()
    Keys.onLeftPressed: root.showSection(tabs.currentIndex - 1)
    Keys.onRightPressed: root.showSection(tabs.currentIndex + 1)
    Keys.onDigit1Pressed: root.showSection(0)
    Keys.onDigit2Pressed: root.showSection(1)
    Keys.onDigit3Pressed: root.showSection(2)
    Keys.onUpPressed: sections.children[tabs.currentIndex].scrollBy(-60)
    Keys.onDownPressed: sections.children[tabs.currentIndex].scrollBy(60)

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        anchors.topMargin: Theme.spacing
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            PrimaryButton {
                secondary: true
                text: qsTr("‹ Lessons")
                Accessible.name: qsTr("Back to the list of lessons")
                onClicked: root.back()
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Label {
                    objectName: "readerTitle"
                    Layout.fillWidth: true
                    text: reader.found ? reader.title : qsTr("Lesson not available")
                    textFormat: Text.PlainText
                    color: Theme.text
                    font.pixelSize: Theme.fontHeading - 2
                    font.bold: true
                    // A long title on two lines rather than cut on one (issue 14).
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                }
                Label {
                    Layout.fillWidth: true
                    visible: reader.found
                    text: reader.plannedDateText.length > 0 ? qsTr("%1  ·  in class %2").arg(reader.className).arg(reader.plannedDateText) : reader.className
                    textFormat: Text.PlainText
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    elide: Text.ElideRight
                }
            }
        }

        ErrorBanner {
            Layout.fillWidth: true
            text: reader.error
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: reader.found
            spacing: Theme.spacing

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: 0

                TabBar {
                    id: tabs
                    Layout.fillWidth: true
                    focusPolicy: Qt.NoFocus
                    Accessible.name: qsTr("Parts of the lesson")
                    background: Rectangle {
                        color: "transparent"
                    }
                    SectionTab {
                        text: qsTr("1 · Before class")
                        hint: qsTr("at home")
                        done: reader.tracksProgress && reader.partsDone[0] === true
                    }
                    SectionTab {
                        text: qsTr("2 · In class")
                        hint: qsTr("with the teacher")
                        done: reader.tracksProgress && reader.partsDone[1] === true
                    }
                    SectionTab {
                        text: qsTr("3 · After class")
                        hint: qsTr("exercises")
                        done: reader.tracksProgress && reader.partsDone[2] === true
                    }
                }
                StackLayout {
                    id: sections
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    currentIndex: tabs.currentIndex
                    MarkdownSection {
                        objectName: "beforeClass"
                        markdown: reader.beforeClass
                        sectionName: qsTr("Before class")
                    }
                    MarkdownSection {
                        objectName: "inClass"
                        markdown: reader.inClass
                        sectionName: qsTr("In class")
                    }
                    MarkdownSection {
                        objectName: "afterClass"
                        markdown: reader.afterClass
                        sectionName: qsTr("After class")
                    }
                }
            }

            Rectangle {
                Layout.preferredWidth: 290
                Layout.fillHeight: true
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border

                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: 14
                    spacing: Theme.spacing
                    Label {
                        text: qsTr("Attached files")
                        color: Theme.text
                        font.pixelSize: Theme.fontTitle - 2
                        font.bold: true
                    }
                    Label {
                        objectName: "downloadCost"
                        Layout.fillWidth: true
                        visible: reader.downloadCostText.length > 0
                        text: qsTr("To download: %1").arg(reader.downloadCostText)
                        textFormat: Text.PlainText
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.Wrap
                    }
                    // Files the data policy holds back: say so, with what they cost, and let the person choose.
                    ColumnLayout {
                        objectName: "heldBack"
                        Layout.fillWidth: true
                        visible: reader.missingFiles.length > 0
                        spacing: 6
                        Label {
                            Layout.fillWidth: true
                            textFormat: Text.PlainText
                            text: DataPolicySettings.holdsFilesBack
                                  ? qsTr("%1 of files wait: the data settings keep them for a network that does not count data.").arg(reader.missingSizeText)
                                  : qsTr("%1 of files will arrive at the next sync.").arg(reader.missingSizeText)
                            color: Theme.warning
                            font.pixelSize: Theme.fontSmall
                            wrapMode: Text.Wrap
                        }
                        PrimaryButton {
                            objectName: "downloadAnyway"
                            Layout.fillWidth: true
                            secondary: true
                            visible: SyncController.connected
                            text: qsTr("Download anyway (%1)").arg(reader.missingSizeText)
                            Accessible.name: qsTr("Download the files of this lesson now anyway: %1").arg(reader.missingSizeText)
                            onClicked: SyncController.downloadAnyway(reader.missingFiles)
                        }
                    }
                    AttachmentList {
                        objectName: "attachments"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        model: reader.attachments
                        onOpenPdf: (source, name) => root.openPdf(source, name)
                        onOpenMedia: (source, name, kind) => root.openMedia(source, name, kind)
                    }
                    // The after-class part's homework, as cards that open it.
                    ColumnLayout {
                        objectName: "homework"
                        Layout.fillWidth: true
                        visible: tabs.currentIndex === 2 && reader.homework.length > 0 && reader.tracksProgress
                        spacing: 6
                        Label {
                            Layout.fillWidth: true
                            text: qsTr("Homework of this lesson")
                            color: Theme.text
                            font.bold: true
                            wrapMode: Text.Wrap
                        }
                        Repeater {
                            model: reader.homework
                            delegate: PrimaryButton {
                                required property int index
                                required property var modelData
                                objectName: "homework" + index
                                Layout.fillWidth: true
                                secondary: true
                                wraps: true // a homework's whole title, on two lines if need be
                                text: (modelData.handedIn ? "✓ " : "") + modelData.title
                                Accessible.name: modelData.handedIn ? qsTr("%1, handed in: open it").arg(modelData.title) : qsTr("%1, %2: open it").arg(modelData.title).arg(modelData.kindText)
                                onClicked: root.openAssignment(modelData.assignmentId)
                            }
                        }
                    }
                    // One ✓ per part: the part shown is ticked here; the third part ticked finishes the lesson.
                    PrimaryButton {
                        objectName: "doneButton"
                        Layout.fillWidth: true
                        wraps: true // "✓ « Avant la classe » fait" whole at "Très grande"
                        visible: reader.tracksProgress
                        enabled: !root.currentPartDone
                        secondary: root.currentPartDone // ticked: a plain mark that stays legible, not a faded button
                        text: root.currentPartDone ? qsTr("✓ “%1” done").arg(root.partNames[tabs.currentIndex]) : qsTr("I have done “%1”").arg(root.partNames[tabs.currentIndex])
                        Accessible.name: root.currentPartDone ? qsTr("“%1” is marked as done").arg(root.partNames[tabs.currentIndex]) : qsTr("Mark “%1” as done").arg(root.partNames[tabs.currentIndex])
                        onClicked: {
                            const part = root.partNames[tabs.currentIndex];
                            reader.markPartDone(tabs.currentIndex);
                            // The button turns into a mark and leaves the Tab chain: the keyboard goes to the part's
                            // tab (named, with its ✓ state) instead of nowhere, and a screen reader hears it done.
                            tabs.itemAt(tabs.currentIndex).forceActiveFocus(Qt.OtherFocusReason);
                            doneSaid.announce(reader.completed ? qsTr("“%1” done. Lesson done: your teacher sees it at the next sync.").arg(part)
                                                               : qsTr("“%1” done.").arg(part));
                        }
                    }
                    Announcement {
                        id: doneSaid
                        objectName: "doneAnnouncement"
                    }
                    Label {
                        objectName: "lessonDone"
                        Layout.fillWidth: true
                        visible: reader.tracksProgress && reader.completed
                        text: qsTr("✓ Lesson done: your teacher sees it at the next sync.")
                        color: Theme.success
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.Wrap
                    }
                }
            }
        }
    }
}
