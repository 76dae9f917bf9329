// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Continuite

// The bar on top once someone is in: the app's name, who is working, and a way to hand over the device.
ToolBar {
    id: root

    property string personName
    property bool isTeacher: false
    /// Where F6 lands in the bar (RegionKeys).
    readonly property alias firstControl: exchangesButton
    signal switchPerson
    signal openSettings
    signal openExchanges

    // Grows with the text size; 52 at the normal size.
    implicitHeight: Math.max(52, Math.round(Theme.fontBody * 2.2) + 19)
    background: Rectangle {
        color: Theme.primary
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: Theme.spacing

        Label {
            text: qsTr("Continuité")
            color: Theme.textOnPrimary
            font.pixelSize: Theme.fontTitle
            font.bold: true
        }
        Label {
            // Takes the room left, so larger text never pushes the buttons off the window; on two lines when that room
            // is short ("Mme Martin · p…" at "Très grande": issue 14), cut only past them.
            objectName: "personName"
            Layout.fillWidth: true
            Layout.minimumWidth: 0
            horizontalAlignment: Text.AlignRight
            text: root.isTeacher ? qsTr("%1 · teacher").arg(root.personName) : root.personName
            textFormat: Text.PlainText
            color: Theme.textOnPrimary
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }
        PrimaryButton {
            id: exchangesButton
            objectName: "exchangesButton"
            secondary: true
            lightRing: true
            text: qsTr("Exchanges")
            Accessible.name: qsTr("Exchanges: USB packs and the classroom without internet")
            onClicked: root.openExchanges()
        }
        Button {
            id: settingsButton
            objectName: "settingsButton"
            text: qsTr("Settings")
            Accessible.name: qsTr("Settings: hub, data use and PIN")
            focusPolicy: Qt.StrongFocus
            onClicked: root.openSettings()
            Keys.onReturnPressed: root.openSettings()
            Keys.onEnterPressed: root.openSettings()
            contentItem: Label {
                Accessible.ignored: true
                text: "⚙ " + settingsButton.text
                textFormat: Text.PlainText
                color: Theme.textOnPrimary
                font.pixelSize: Theme.fontSmall
                font.bold: true
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }
            background: Rectangle {
                implicitHeight: 34
                implicitWidth: 110
                radius: 17
                color: settingsButton.down ? Theme.primaryDark : "transparent"
                border.width: settingsButton.visualFocus ? 3 : 1
                border.color: settingsButton.visualFocus ? Theme.focusOnPrimary : Theme.textOnPrimary
            }
        }
        Button {
            id: switchButton
            objectName: "switchButton"
            text: qsTr("Change person")
            Accessible.name: qsTr("Change person: go back to the profile cards")
            focusPolicy: Qt.StrongFocus
            onClicked: root.switchPerson()
            Keys.onReturnPressed: root.switchPerson()
            Keys.onEnterPressed: root.switchPerson()
            contentItem: Label {
                Accessible.ignored: true
                text: switchButton.text
                textFormat: Text.PlainText
                color: Theme.primaryDark
                font.pixelSize: Theme.fontSmall
                font.bold: true
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }
            background: Rectangle {
                implicitHeight: 34
                implicitWidth: 140
                radius: 17
                color: switchButton.down ? Theme.surfaceAlt : Theme.surface
                border.width: switchButton.visualFocus ? 3 : 0
                // The light ring: the dark orange is 1.48:1 on the bar's blue around this pill (review of app15, 9).
                border.color: Theme.focusOnPrimary
            }
        }
    }
}
