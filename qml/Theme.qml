pragma Singleton
import QtQuick

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
    readonly property color focus: "#E8862A"
    readonly property color error: "#B3261E"
    readonly property color errorSurface: "#FCE8E6"
    readonly property color success: "#1E7B45"
    readonly property color successSurface: "#E3F4EA"
    readonly property color warning: "#8A5300"
    readonly property color warningSurface: "#FFF1DB"
    readonly property color infoSurface: "#E3ECFA"

    readonly property int radius: 10
    readonly property int spacing: 12
    readonly property int margin: 20

    readonly property int fontSmall: 13
    readonly property int fontBody: 15
    readonly property int fontTitle: 19
    readonly property int fontHeading: 26
}
