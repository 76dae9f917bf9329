// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtQuick.Pdf
import Continuite

// A PDF worksheet read inside the app (QtPdf), page after page. Escape goes back to the lesson.
FocusScope {
    id: root

    objectName: "pdf"

    required property url source
    required property string name
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
            spacing: Theme.spacing
            PrimaryButton {
                secondary: true
                text: qsTr("‹ Back to the lesson")
                onClicked: root.back()
            }
            Label {
                Layout.fillWidth: true
                text: pdf.status === PdfDocument.Ready ? qsTr("%1 · %n page(s)", "", pdf.pageCount).arg(root.name) : root.name
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
        PdfMultiPageView {
            id: view
            Layout.fillWidth: true
            Layout.fillHeight: true
            document: pdf
            focus: true
        }
    }
}
