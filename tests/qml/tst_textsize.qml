// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtTest
import Continuite

// Text that scales: "Very large" in the settings makes every font 1.5 times bigger for that person only, kept on
// this device for them and back to normal on the profile chooser; Ctrl++ / Ctrl+- / Ctrl+0 step within bounds.
TestCase {
    id: testCase

    name: "TextSize"
    width: 1024
    height: 600
    visible: true
    when: windowShown

    Component {
        id: pageComponent
        SettingsPage {
            width: 1024
            height: 490
            focus: true
        }
    }
    Component {
        id: shortcutsComponent
        TextSizeShortcuts {}
    }

    function unlockHugo() {
        Session.lock();
        verify(Session.unlock("hugo", "5678"), Session.error);
    }
    function init() {
        unlockHugo();
    }
    function cleanup() {
        // One store serves every test file: leave everyone at the normal size.
        for (const [login, pin] of [["hugo", "5678"], ["lea", "1234"]]) {
            Session.lock();
            verify(Session.unlock(login, pin), Session.error);
            Session.textScale = 1.0;
        }
        Session.lock();
    }

    function test_veryLargeIsForThisPersonOnly() {
        compare(Theme.fontBody, 15);
        const page = createTemporaryObject(pageComponent, testCase);
        verify(page);
        verify(page.textNormal.checked);
        for (const choice of [page.textNormal, page.textLarge, page.textVeryLarge])
            verify(choice.Accessible.name.length > 0, choice);
        // By keyboard: Tab from the PIN's button reaches the sizes; Space picks one.
        page.changeSecretButton.forceActiveFocus();
        keyClick(Qt.Key_Tab);
        verify(page.textNormal.activeFocus, "Tab reaches the text size");
        keyClick(Qt.Key_Tab);
        keyClick(Qt.Key_Tab);
        verify(page.textVeryLarge.activeFocus);
        keyClick(Qt.Key_Space);
        verify(page.textVeryLarge.checked);
        compare(Session.textScale, 1.5);
        compare(Theme.textScale, 1.5);
        compare(Theme.fontBody, Math.round(15 * 1.5));
        compare(Theme.fontSmall, Math.round(13 * 1.5));
        compare(Theme.fontHeading, Math.round(26 * 1.5));
        // The profile chooser is back to normal; Léa, on the same device, still has normal text.
        Session.lock();
        compare(Theme.fontBody, 15);
        verify(Session.unlock("lea", "1234"), Session.error);
        compare(Theme.fontBody, 15);
        // Hugo's choice is kept for him.
        unlockHugo();
        compare(Theme.fontBody, Math.round(15 * 1.5));
        const again = createTemporaryObject(pageComponent, testCase);
        verify(again.textVeryLarge.checked && !again.textNormal.checked);
        // "Normal" puts it back.
        again.textNormal.forceActiveFocus();
        keyClick(Qt.Key_Space);
        compare(Theme.fontBody, 15);
        verify(!again.textVeryLarge.checked);
    }

    function test_shortcuts() {
        const shortcuts = createTemporaryObject(shortcutsComponent, testCase);
        verify(shortcuts);
        const page = createTemporaryObject(pageComponent, testCase);
        page.forceActiveFocus();
        compare(Session.textScale, 1.0);
        keyClick(Qt.Key_Plus, Qt.ControlModifier);
        compare(Session.textScale, 1.25);
        verify(page.textLarge.checked, "the settings follow the keyboard");
        keyClick(Qt.Key_Plus, Qt.ControlModifier);
        keyClick(Qt.Key_Plus, Qt.ControlModifier);
        compare(Session.textScale, 1.5, "never bigger than very large");
        compare(Theme.fontBody, Math.round(15 * 1.5));
        keyClick(Qt.Key_Minus, Qt.ControlModifier);
        compare(Session.textScale, 1.25);
        keyClick(Qt.Key_0, Qt.ControlModifier);
        compare(Session.textScale, 1.0);
        keyClick(Qt.Key_Minus, Qt.ControlModifier);
        compare(Session.textScale, 1.0, "never smaller than normal");
        compare(Theme.fontBody, 15);
        // What the keyboard chose is kept for the person, like the settings' choice.
        keyClick(Qt.Key_Plus, Qt.ControlModifier);
        Session.lock();
        compare(Session.textScale, 1.0);
        unlockHugo();
        compare(Session.textScale, 1.25);
        // Out of range values from anywhere are clamped.
        Session.textScale = 3;
        compare(Session.textScale, 1.5);
        Session.textScale = 0.2;
        compare(Session.textScale, 1.0);
    }
}
