// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Continuite

// A file being made light in the background (a photo, a video): what is being made, how far (a video), and
// Stop. The window keeps answering meanwhile; shown only while something is being made.
RowLayout {
    id: root

    required property MediaPreparation preparation

    visible: root.preparation.busy
    spacing: 8

    BusyIndicator {
        running: root.preparation.busy && !root.preparation.video
        visible: running
        implicitWidth: 24
        implicitHeight: 24
        Accessible.name: root.preparation.text
    }
    ProgressBar {
        objectName: "preparationProgress"
        Layout.preferredWidth: 160
        visible: root.preparation.video
        from: 0
        to: 1
        value: root.preparation.progress
        Accessible.name: root.preparation.text
    }
    Label {
        objectName: "preparationText"
        Layout.fillWidth: true
        text: root.preparation.text
        textFormat: Text.PlainText
        color: Theme.textMuted
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSmall
    }
    PrimaryButton {
        objectName: "preparationStop"
        secondary: true
        text: qsTr("Stop")
        Accessible.name: qsTr("Stop making %1 light: it is not attached").arg(root.preparation.fileName)
        onClicked: root.preparation.stop()
    }
    Announcement {
        // Said once when it starts, not at each percent.
        text: root.preparation.busy ? qsTr("Making %1 light for mobile data…").arg(root.preparation.fileName) : ""
    }
}
