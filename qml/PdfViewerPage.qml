// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtQuick.Pdf
import Continuite

// A PDF worksheet read inside the app (QtPdf), page after page. Escape goes back to the lesson. A screen
// reader reads each page's words (ReadingText over the page's image), reached with Tab.
FocusScope {
    id: root

    /// What Main says when this page opens (a screen reader hears the page's title, not only the control focused).
    readonly property string spokenTitle: root.name

    objectName: "pdf"

    required property url source
    required property string name
    /// False inside another page that has its own (marking a student's PDF): only the pages.
    property bool showsHeader: true
    readonly property alias document: pdf
    signal back

    Keys.onEscapePressed: root.back()

    PdfDocument {
        id: pdf
        source: root.source
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            visible: root.showsHeader
            spacing: Theme.spacing
            PrimaryButton {
                secondary: true
                text: qsTr("‹ Back to the lesson")
                onClicked: root.back()
            }
            Label {
                Layout.fillWidth: true
                text: pdf.status === PdfDocument.Ready ? qsTr("%1 · %n page(s)", "", pdf.pageCount).arg(root.name) : root.name
                textFormat: Text.PlainText // what a person typed or named: never markup (review-media20, 3)
                color: Theme.text
                font.pixelSize: Theme.fontTitle
                font.bold: true
                elide: Text.ElideMiddle
            }
        }
        ErrorBanner {
            Layout.fillWidth: true
            text: pdf.status === PdfDocument.Error ? qsTr("This PDF could not be opened: the file may be damaged. Sync again to download it anew.") : ""
        }
        Flickable {
            id: view
            objectName: "pdfPages"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            focus: true
            // A Tab stop of its own: Qt Quick moves on from an item with activeFocusOnTab only; from any other
            // Tab starts again at the window's first control, and the pages' words were never reached.
            activeFocusOnTab: true
            contentWidth: width
            contentHeight: pages.height
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {
                policy: ScrollBar.AlwaysOn
            }
            // The arrows scroll a little, Page Up/Down a screen, Home/End to the ends, as in a reader.
            function scrollBy(dy) {
                contentY = Math.max(0, Math.min(contentHeight - height, contentY + dy));
            }
            Keys.onPressed: event => {
                const steps = {
                    [Qt.Key_Up]: -Theme.fontBody * 3,
                    [Qt.Key_Down]: Theme.fontBody * 3,
                    [Qt.Key_PageUp]: -height * 0.9,
                    [Qt.Key_PageDown]: height * 0.9,
                    [Qt.Key_Space]: height * 0.9,
                    [Qt.Key_Home]: -contentHeight,
                    [Qt.Key_End]: contentHeight
                };
                if (steps[event.key] !== undefined) {
                    scrollBy(steps[event.key]);
                    event.accepted = true;
                }
            }
            Accessible.role: Accessible.Document
            Accessible.name: root.name

            Column {
                id: pages
                width: view.width - Theme.spacing * 2
                spacing: Theme.spacing

                Repeater {
                    model: pdf.status === PdfDocument.Ready ? pdf.pageCount : 0

                    // Laid out from the document's page sizes before any render, so nothing shifts as pages
                    // arrive; only the pages near the screen hold a rendered image.
                    delegate: PdfPage {
                        id: pdfPage
                        required property int index
                        readonly property size pointSize: pdf.pagePointSize(index)
                        objectName: "pdfPage" + index
                        width: pages.width
                        height: pointSize.width > 0 ? width * pointSize.height / pointSize.width : width * 1.414
                        source: root.source
                        page: index
                        active: y + height > view.contentY - view.height && y < view.contentY + 2 * view.height

                        // The page's words for a screen reader, laid transparent over its image (issue 18): Tab
                        // reaches each page, Orca says "Page 1 of 2" and its words, Up and Down read it line by
                        // line and keep the line read on screen.
                        ReadingText {
                            id: words
                            objectName: "pdfPageText" + pdfPage.index
                            width: pdfPage.width
                            height: pdfPage.height
                            clip: true
                            shownHeight: pdfPage.height
                            font.pixelSize: Theme.fontSmall
                            name: qsTr("Page %1 of %2").arg(pdfPage.index + 1).arg(pdf.pageCount)
                            text: !pdfPage.textRead ? qsTr("Reading the page…") : pdfPage.text.length > 0 ? pdfPage.text
                                : qsTr("This page has no words to read: it is only a picture.")
                            onReadingAt: (y, lineHeight) => {
                                const top = pdfPage.y + y - 20;
                                const bottom = pdfPage.y + y + lineHeight + 20;
                                if (top < view.contentY)
                                    view.contentY = Math.max(0, top);
                                else if (bottom > view.contentY + view.height)
                                    view.contentY = Math.min(view.contentHeight - view.height, bottom - view.height);
                            }
                        }
                        // The words are not drawn: the frame shows which page the keyboard reads.
                        Rectangle {
                            anchors.fill: parent
                            color: "transparent"
                            border.color: Theme.focus
                            border.width: 3
                            visible: words.activeFocus
                        }

                        Label {
                            anchors.centerIn: parent
                            visible: pdfPage.status !== PdfPage.Ready
                            text: pdfPage.status === PdfPage.Error ? qsTr("This page could not be shown.") : qsTr("Page %1…").arg(pdfPage.index + 1)
                            textFormat: Text.PlainText
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontBody
                        }
                    }
                }
            }
        }
    }
}
