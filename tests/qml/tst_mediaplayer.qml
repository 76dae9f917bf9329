// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtTest
import Continuite

// A lesson's audio and video play inside the app: the file loads, its length shows, the keys work.
// There is no sound server here: the test checks loading and duration, not sound.
TestCase {
    id: testCase

    name: "MediaPlayer"
    width: 1024
    height: 600
    visible: true
    when: windowShown

    Component {
        id: pageComponent
        MediaPlayerPage {
            width: 1024
            height: 548
            focus: true
        }
    }
    Component {
        id: spyComponent
        SignalSpy {
        }
    }

    function makePage(file, kind) {
        const page = createTemporaryObject(pageComponent, testCase, {
                "source": Qt.resolvedUrl("data/" + file),
                "name": file,
                "kind": kind
            });
        verify(page);
        page.forceActiveFocus();
        return page;
    }

    function test_audioLoads() {
        const page = makePage("la-440hz.wav", "audio");
        tryVerify(() => page.player.duration > 0, 10000, "the tone is loaded");
        compare(page.player.duration, 1000);
        compare(page.player.hasVideo, false);
        compare(findChild(page, "mediaError").text, "");
        compare(findChild(page, "timeText").text, "0:00 / 0:01");
        verify(findChild(page, "playButton").enabled);
    }

    // review-a11y22, M2: the position was read in milliseconds ("1000") and an arrow moved it 0.1 ms; Space changed
    // only the button's name, which Orca 43 does not say. Now: seconds, 5 a key, the time in words and said after a
    // move; the state said when it changes. Controls: the words follow the time (back to 0 after Left), and the state
    // said follows the state (Paused after a second Space).
    function test_positionAndPlayingAreSaid() {
        const page = makePage("la-440hz.wav", "audio");
        tryVerify(() => page.player.duration > 0, 10000, "the tone is loaded");
        const slider = findChild(page, "position");
        compare(slider.Accessible.name, "Position: 0 second(s) of 1 second(s)");
        tryVerify(() => slider.enabled, 5000, "the tone can be sought");
        slider.forceActiveFocus(Qt.TabFocusReason);
        keyClick(Qt.Key_Right);
        verify(slider.value >= 1, "an arrow moves at least a second, not " + slider.value);
        compare(page.spokenTime(65000), "1 minute(s) 5 second(s)");
        compare(page.spokenTime(120000), "2 minute(s)");
        const said = findChild(page, "mediaSaid");
        verify(said, "something says it");
        tryVerify(() => page.positionMs >= 1000, 5000, "the player went there: " + page.positionMs + " ms");
        tryCompare(said, "text", "Position: 1 second(s) of 1 second(s)");
        keyClick(Qt.Key_Left);
        compare(slider.value, 0);
        tryCompare(said, "text", "Position: 0 second(s) of 1 second(s)");
        // Space on the play button: the state is said.
        const play = findChild(page, "playButton");
        play.forceActiveFocus(Qt.TabFocusReason);
        keyClick(Qt.Key_Space);
        tryCompare(said, "text", "Playing", 5000);
        keyClick(Qt.Key_Space);
        tryCompare(said, "text", "Paused", 5000);
    }

    function test_videoLoads() {
        const page = makePage("droite.avi", "video");
        tryVerify(() => page.player.duration > 0, 10000, "the video is loaded");
        compare(page.player.duration, 2000);
        verify(page.player.hasVideo);
        compare(findChild(page, "timeText").text, "0:00 / 0:02");
    }

    function test_escapeGoesBack() {
        const page = makePage("la-440hz.wav", "audio");
        const back = createTemporaryObject(spyComponent, testCase, {
                "target": page,
                "signalName": "back"
            });
        keyClick(Qt.Key_Escape);
        compare(back.count, 1);
    }

    function test_brokenFileSaysSo() {
        const page = makePage("make_media.py", "video");
        tryVerify(() => findChild(page, "mediaError").text.length > 0, 10000, "a file that is not a video says so");
    }
}
