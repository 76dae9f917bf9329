// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Continuite

// Record a voice capsule: one button starts, the same button stops (the time shows while it records), another
// drops it. The finished file goes to `recorded`, which the page attaches. A screen reader hears the start and
// the end announced; the button's name does not tick every second.
RowLayout {
    id: root

    property alias session: capture.session
    property alias maxSeconds: capture.maxSeconds
    /// What the button says when nothing is recorded ("Record an explanation", "Answer aloud").
    property string startText: qsTr("Record my voice")
    /// What a screen reader hears for it (the drawn words may be shorter).
    property string startName: startText
    readonly property alias capture: capture
    signal recorded(url file)

    spacing: 8

    VoiceCapture {
        id: capture
        onRecorded: (file, size, durationMs) => {
            said.announce(qsTr("Recording finished: %1.").arg(capture.lastText));
            root.recorded(file);
        }
        onErrorChanged: {
            if (capture.error.length > 0)
                said.announce(capture.error);
        }
    }

    PrimaryButton {
        id: recordButton
        objectName: "voiceRecordButton"
        secondary: !capture.recording
        text: capture.recording ? qsTr("■ Stop (%1)").arg(capture.elapsedText) : "● " + root.startText
        Accessible.name: capture.recording ? qsTr("Stop recording") : root.startName
        onClicked: {
            if (capture.recording) {
                capture.stop();
            } else if (capture.start()) {
                said.announce(qsTr("Recording: speak now, then press the button again to stop."));
            }
        }
    }
    PrimaryButton {
        objectName: "voiceCancelButton"
        visible: capture.recording
        secondary: true
        text: qsTr("Cancel")
        Accessible.name: qsTr("Cancel the recording")
        onClicked: {
            capture.cancel();
            said.announce(qsTr("Recording cancelled: nothing was kept."));
            recordButton.forceActiveFocus();
        }
    }
    Label {
        objectName: "voiceError"
        Layout.fillWidth: true
        visible: capture.error.length > 0
        text: capture.error
        textFormat: Text.PlainText
        color: Theme.error
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSmall
        Accessible.ignored: true
    }
    Announcement {
        id: said
    }
}
