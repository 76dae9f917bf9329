// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
pragma Singleton
import QtQuick
import Continuite

// Colours, sizes and type scale shared by every screen: calm, high-contrast (WCAG AA on white), friendly.
QtObject {
    readonly property color background: "#F4F6FA"
    readonly property color surface: "#FFFFFF"
    readonly property color surfaceAlt: "#EAF0FA"
    readonly property color primary: "#1F56A8"
    readonly property color primaryDark: "#163F7D"
    readonly property color textOnPrimary: "#FFFFFF"
    readonly property color accent: "#E8862A"
    readonly property color text: "#1D2330"
    readonly property color textMuted: "#4F5868"
    readonly property color border: "#D5DCE6"
    /// The keyboard's focus ring: at least 3:1 against every light surface above (4:1 and more; tst_focusring checks
    /// it). The accent's lighter orange gave 2.2 to 2.7:1.
    readonly property color focus: "#B35A00"
    /// The focus ring on the primary blue (the app's bar): a light one, 5:1 there.
    readonly property color focusOnPrimary: "#FFD27A"
    readonly property color error: "#B3261E"
    readonly property color errorSurface: "#FCE8E6"
    readonly property color success: "#1E7B45"
    readonly property color successSurface: "#E3F4EA"
    readonly property color warning: "#8A5300"
    readonly property color warningSurface: "#FFF1DB"
    readonly property color infoSurface: "#E3ECFA"
    /// A lesson to read in "À faire" (white text on it: 6:1).
    readonly property color lesson: "#2F6B5E"

    readonly property int radius: 10
    readonly property int spacing: 12
    readonly property int margin: 20

    /// How much bigger than normal text is (1.0 to 1.5): the person's choice in Réglages or Ctrl++ / Ctrl+-,
    /// kept by the session for each person on this device. Every font size below follows it.
    property real textScale: Session.textScale

    /// Large text ("Très grande"): dense screens trade words for marks so that names keep their room.
    readonly property bool largeText: textScale > 1.2
    readonly property int fontSmall: Math.round(13 * textScale)
    readonly property int fontBody: Math.round(15 * textScale)
    readonly property int fontTitle: Math.round(19 * textScale)
    readonly property int fontHeading: Math.round(26 * textScale)
    // Letters drawn inside fixed shapes (a file's badge, a profile's initials, the audio symbol) keep their size:
    // they are marks, not text to read, and the shapes around them do not grow.
    readonly property int fontBadge: 12
    readonly property int fontInitials: 24
    readonly property int fontSymbol: 48

    // A pupil's standing (WorkStates.Standing) on the continuity board and on her page: the one place that colours it.
    // Not connected yet is grey: a pupil added a minute ago is not an alarm.
    function standingColour(standing) {
        return standing === WorkStates.Silent ? error : standing === WorkStates.Behind ? warning
            : standing === WorkStates.NotConnectedYet ? textMuted : success
    }
    function standingSurface(standing) {
        return standing === WorkStates.Silent ? errorSurface : standing === WorkStates.Behind ? warningSurface
            : standing === WorkStates.NotConnectedYet ? surfaceAlt : successSurface
    }

    // A chip's tone (WorkStates.Tone): the one place that turns it into colours (WorkChip, VersionCard's score box).
    function toneColour(tone) {
        return tone === WorkStates.Danger ? error : tone === WorkStates.Warning ? warning : tone === WorkStates.Info ? primaryDark
            : tone === WorkStates.Success ? success : textMuted
    }
    function toneSurface(tone) {
        return tone === WorkStates.Danger ? errorSurface : tone === WorkStates.Warning ? warningSurface
            : tone === WorkStates.Info ? infoSurface : tone === WorkStates.Success ? successSurface : surfaceAlt
    }
    // A score's tone (WorkStates.ScoreTone → WorkStates.Tone), the one place: a low score is never green.
    function scoreChipTone(scoreTone) {
        return scoreTone === WorkStates.GoodScore ? WorkStates.Success : scoreTone === WorkStates.LowScore ? WorkStates.Warning
            : WorkStates.Info
    }
}
