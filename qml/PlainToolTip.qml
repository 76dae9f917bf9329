// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Controls.Basic

// A tooltip whose words are shown as typed: the Basic style's own (and the attached ToolTip) takes a string that looks
// like markup for StyledText, so a lesson's title or a name holding `<img src="http://…">` made the app fetch that
// address (review-media20, finding 3). Use it where the words come from a person.
ToolTip {
    id: tip
    contentItem: Text {
        text: tip.text
        textFormat: Text.PlainText
        font: tip.font
        wrapMode: Text.Wrap
        color: tip.palette.toolTipText
    }
}
