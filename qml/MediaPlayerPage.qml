// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtMultimedia
import Continuite

// A lesson's audio or video played inside the app (QtMultimedia, from the file on this device).
// Space plays or pauses, Left/Right go back or forward 5 seconds, Escape goes back to the lesson.
FocusScope {
    id: root

    /// What Main says when this page opens (a screen reader hears the page's title, not only the control focused).
    readonly property string spokenTitle: root.name

    objectName: "media"

    required property url source
    required property string name
    /// "audio" or "video".
    required property string kind
    readonly property alias player: player
    signal back

    function leave() {
        player.stop();
        root.back();
    }
    function togglePlay() {
        if (player.playbackState === MediaPlayer.PlayingState)
            player.pause();
        else
            player.play();
    }
    /// Where the player is and how long the media lasts, in milliseconds.
    property real positionMs: 0
    property real durationMs: 0

    function seekBy(ms: int) {
        if (!player.seekable)
            return;
        const to = Math.max(0, Math.min(root.durationMs, root.positionMs + ms));
        player.position = to;
        root.sayPosition(to);
    }
    /// @p ms as a person says it ("1 minute 5 secondes"), not "1:05" nor a count of milliseconds (review-a11y22, M2).
    function spokenTime(ms: real): string {
        const total = Math.floor(Math.max(0, ms) / 1000);
        const minutes = Math.floor(total / 60);
        const seconds = qsTr("%n second(s)", "", total % 60);
        if (minutes === 0)
            return seconds;
        const whole = qsTr("%n minute(s)", "", minutes);
        return total % 60 === 0 ? whole : qsTr("%1 %2", "minutes, then seconds").arg(whole).arg(seconds);
    }
    /// Says where the player is after a move from the keyboard: Qt 6.4 does not make Orca say a name that changes.
    function sayPosition(ms: real) {
        said.announce(qsTr("Position: %1 of %2").arg(root.spokenTime(ms)).arg(root.spokenTime(root.durationMs)));
    }
    function timeText(ms: real): string {
        const s = Math.floor(Math.max(0, ms) / 1000);
        const m = Math.floor(s / 60);
        return m + ":" + String(s % 60).padStart(2, "0");
    }

    Keys.onEscapePressed: root.leave()
    Keys.onBackPressed: root.leave()
    Keys.onSpacePressed: root.togglePlay()
    Keys.onLeftPressed: root.seekBy(-5000)
    Keys.onRightPressed: root.seekBy(5000)

    MediaPlayer {
        id: player
        source: root.source
        // Kept as numbers from the signals: Qt 6.4's QML tooling has no type for MediaPlayer's qint64 position and
        // duration, so every read of them was a qmllint warning.
        onPositionChanged: position => root.positionMs = position
        onDurationChanged: duration => root.durationMs = duration
        // Space changed the button's name only, which Orca 43 does not say (review-a11y22, M2): the state is said.
        onPlaybackStateChanged: {
            if (player.playbackState === MediaPlayer.PlayingState)
                said.announce(qsTr("Playing"));
            else if (player.playbackState === MediaPlayer.PausedState)
                said.announce(qsTr("Paused"));
        }
        audioOutput: AudioOutput {
            id: audio
            volume: volumeSlider.value
        }
        videoOutput: video
    }

    Announcement {
        id: said
        objectName: "mediaSaid"
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        anchors.topMargin: Theme.spacing
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            PrimaryButton {
                secondary: true
                text: qsTr("‹ Back to the lesson")
                onClicked: root.leave()
            }
            Label {
                Layout.fillWidth: true
                text: root.name
                textFormat: Text.PlainText // what a person typed or named: never markup (review-media20, 3)
                color: Theme.text
                font.pixelSize: Theme.fontTitle
                font.bold: true
                elide: Text.ElideMiddle
            }
        }
        ErrorBanner {
            objectName: "mediaError"
            Layout.fillWidth: true
            text: player.error !== MediaPlayer.NoError ? qsTr("This file cannot be played here (%1). Sync again to download it anew, or ask your teacher for another format.").arg(player.errorString) : ""
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            radius: Theme.radius
            color: root.kind === "video" ? "#10141C" : Theme.surface
            border.color: Theme.border

            VideoOutput {
                id: video
                anchors.fill: parent
                anchors.margins: 2
                visible: root.kind === "video"
            }
            ColumnLayout {
                anchors.centerIn: parent
                visible: root.kind !== "video"
                spacing: 8
                Rectangle {
                    Layout.alignment: Qt.AlignHCenter
                    width: 96
                    height: 96
                    radius: 48
                    color: "#8E3B97"
                    Label {
                        Accessible.ignored: true
                        anchors.centerIn: parent
                        text: "♪"
                        color: "white"
                        font.pixelSize: Theme.fontSymbol
                    }
                }
                Label {
                    Layout.alignment: Qt.AlignHCenter
                    text: qsTr("Listen with headphones if others are working nearby.")
                    color: Theme.textMuted
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            PrimaryButton {
                id: playButton
                objectName: "playButton"
                focus: true
                enabled: player.mediaStatus !== MediaPlayer.NoMedia && player.mediaStatus !== MediaPlayer.InvalidMedia
                text: player.playbackState === MediaPlayer.PlayingState ? qsTr("Pause") : qsTr("Play")
                Accessible.name: player.playbackState === MediaPlayer.PlayingState ? qsTr("Pause %1").arg(root.name) : qsTr("Play %1").arg(root.name)
                onClicked: root.togglePlay()
                Keys.onSpacePressed: root.togglePlay()
            }
            // In seconds, 5 a key: in milliseconds, a screen reader read "1000" and an arrow moved 0.1 ms, Basic's step
            // when stepSize is 0 (review-a11y22, M2). Its name says the time in words.
            Slider {
                id: positionSlider
                objectName: "position"
                Layout.fillWidth: true
                from: 0
                to: Math.max(1, root.durationMs / 1000)
                value: root.positionMs / 1000
                stepSize: 5
                enabled: player.seekable
                focusPolicy: Qt.StrongFocus
                Accessible.name: qsTr("Position: %1 of %2").arg(root.spokenTime(root.positionMs)).arg(root.spokenTime(root.durationMs))
                onMoved: {
                    player.position = Math.round(value * 1000);
                    positionSettled.restart();
                }
                // Said once the slider stops: once per arrow, once at the end of a drag.
                Timer {
                    id: positionSettled
                    interval: 250
                    onTriggered: root.sayPosition(positionSlider.value * 1000)
                }
            }
            Label {
                objectName: "timeText"
                text: qsTr("%1 / %2", "position / duration").arg(root.timeText(root.positionMs)).arg(root.timeText(root.durationMs))
                textFormat: Text.PlainText
                color: Theme.text
                font.family: "monospace"
            }
            Label {
                text: qsTr("Volume")
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }
            Slider {
                id: volumeSlider
                Layout.preferredWidth: 110
                from: 0
                to: 1
                value: 0.8
                focusPolicy: Qt.StrongFocus
                Accessible.name: qsTr("Volume")
            }
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Space: play or pause · Left/Right: 5 seconds back or forward · Escape: back to the lesson")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
        }
    }
}
