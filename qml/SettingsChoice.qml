// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Controls.Basic
import Continuite

// A radio choice of the settings page whose words wrap instead of being cut (French runs long).
RadioButton {
    id: control

    topPadding: 2
    bottomPadding: 2
    focusPolicy: Qt.StrongFocus
    Accessible.name: text
    // Enter chooses it too, as Space does (issue 18: Enter and Space activate every button).
    // (AbstractButton.click() is not in Qt 6.4.)
    Keys.onReturnPressed: {
        checked = true;
        clicked();
    }
    Keys.onEnterPressed: {
        checked = true;
        clicked();
    }

    contentItem: Label {
        text: control.text
        textFormat: Text.PlainText
        font: control.font
        color: Theme.text
        wrapMode: Text.Wrap
        verticalAlignment: Text.AlignVCenter
        leftPadding: control.indicator && !control.mirrored ? control.indicator.width + control.spacing : 0
        rightPadding: control.indicator && control.mirrored ? control.indicator.width + control.spacing : 0
    }
}
