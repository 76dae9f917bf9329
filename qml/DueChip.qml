// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import Continuite

// When a piece of work is due, coloured: the one place that chooses a due state's colour (the words come from the
// model: TodoModel's and AnswerController's dueHint). Late is red, today and tomorrow orange, handed in green, a
// lesson blue, anything else neutral.
WorkChip {
    /// WorkStates.DueState.
    property int dueState: WorkStates.NoDueDate
    /// A lesson's chip (what to read next) rather than work's.
    property bool lesson: false

    tone: dueState === WorkStates.Late ? WorkStates.Danger
        : dueState === WorkStates.Today || dueState === WorkStates.Tomorrow ? WorkStates.Warning
        : dueState === WorkStates.HandedIn ? WorkStates.Success
        : lesson ? WorkStates.Info : WorkStates.Neutral
}
