// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import Continuite

// Where the latest handed-in copy is, coloured and marked: the one place that chooses a delivery's colour and sign
// (the words come from WorkStates::deliveryText through the models). Hidden when nothing was handed in.
WorkChip {
    /// WorkStates.Delivery.
    property int delivery: WorkStates.NothingHandedIn
    property string deliveryText

    tone: delivery === WorkStates.Waiting ? WorkStates.Warning : delivery === WorkStates.Rejected ? WorkStates.Danger : WorkStates.Success
    text: delivery === WorkStates.NothingHandedIn || deliveryText.length === 0 ? ""
        : (delivery === WorkStates.Waiting ? "↑ " : delivery === WorkStates.Rejected ? "⚠ " : "✓ ") + deliveryText
}
