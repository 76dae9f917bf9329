// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import Continuite

// A lesson's state (WorkStates.LessonState), coloured: to read, started, done (a pupil) or draft, published (a
// teacher). The one place that chooses a lesson state's colour; the words come from the model (LessonModel's
// lessonStateText) or the page. Done is marked as well as coloured: colour is never the only sign.
WorkChip {
    property int lessonState: WorkStates.ToRead

    visible: true
    tone: lessonState === WorkStates.Done || lessonState === WorkStates.Published ? WorkStates.Success
        : lessonState === WorkStates.Started ? WorkStates.Info
        : lessonState === WorkStates.Draft ? WorkStates.Neutral : WorkStates.Warning
    mark: lessonState === WorkStates.Done ? "✓ " : ""
}
