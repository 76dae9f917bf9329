// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Continuite

// A question before an action the person may regret: what will happen, then "Cancel" (which has the
// keyboard first, so Enter never removes by accident) or the action. Escape cancels.
Dialog {
    id: root

    /// What happens if the person goes on, in a sentence or two.
    property string message
    /// The action's button ("Remove from the class").
    property string confirmText
    /// The other button, which has the keyboard first ("Cancel").
    property string cancelText: qsTr("Cancel")
    /// A third answer between the two, shown when not empty ("Don't save"): discarded() follows and the dialog closes.
    property string discardText
    readonly property alias confirmButton: confirmButton
    readonly property alias cancelButton: cancelButton
    readonly property alias discardButton: discardButton

    /// The third answer (discardText) was chosen.
    signal discarded

    modal: true
    anchors.centerIn: parent
    width: Math.min(540, (parent ? parent.width : 540) - 2 * Theme.margin)
    padding: Theme.margin
    closePolicy: Popup.CloseOnEscape
    onOpened: cancelButton.forceActiveFocus()

    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border
    }
    header: null
    contentItem: ColumnLayout {
        spacing: Theme.spacing
        Label {
            Layout.fillWidth: true
            text: root.title
            textFormat: Text.PlainText
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
        }
        Label {
            Layout.fillWidth: true
            text: root.message
            textFormat: Text.PlainText
            font.pixelSize: Theme.fontBody
            color: Theme.text
            wrapMode: Text.Wrap
        }
    }
    footer: Item {
        implicitHeight: buttons.implicitHeight + Theme.margin
        RowLayout {
            id: buttons
            anchors.top: parent.top
            anchors.right: parent.right
            anchors.rightMargin: Theme.margin
            spacing: Theme.spacing
            PrimaryButton {
                id: cancelButton
                objectName: "cancelButton"
                secondary: true
                text: root.cancelText
                KeyNavigation.right: discardButton.visible ? discardButton : confirmButton
                KeyNavigation.tab: discardButton.visible ? discardButton : confirmButton
                onClicked: root.reject()
            }
            PrimaryButton {
                id: discardButton
                objectName: "discardButton"
                secondary: true
                visible: root.discardText.length > 0
                text: root.discardText
                KeyNavigation.left: cancelButton
                KeyNavigation.right: confirmButton
                KeyNavigation.tab: confirmButton
                onClicked: {
                    root.close();
                    root.discarded();
                }
            }
            PrimaryButton {
                id: confirmButton
                objectName: "confirmButton"
                text: root.confirmText
                KeyNavigation.left: discardButton.visible ? discardButton : cancelButton
                KeyNavigation.tab: cancelButton
                onClicked: root.accept()
            }
        }
    }
}
