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
