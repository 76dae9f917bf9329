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

    // review-a11y23, N3: at 1024×600, choosing "Very large" left the radio button where the page was before, 600 px
    // lower than the screen (the page keeps its scroll while what is above grows), and Ctrl++ / Ctrl+0 did the same,
    // in silence. The control that has the keyboard stays in view, and the keys say the size.
    function test_theFocusedControlStaysInViewAndTheKeysSayTheSize() {
        const shortcuts = createTemporaryObject(shortcutsComponent, testCase);
        const page = createTemporaryObject(pageComponent, testCase);
        verify(shortcuts && page);
        const scroll = findChild(page, "settingsScroll");
        verify(scroll);
        function top(item) {
            return Math.round(item.mapToItem(scroll, 0, 0).y);
        }
        function shows(item) {
            const y = item.mapToItem(scroll, 0, 0).y;
            return y >= 0 && y + item.height <= scroll.height;
        }
        page.changeSecretButton.forceActiveFocus();
        keyClick(Qt.Key_Tab);
        keyClick(Qt.Key_Tab);
        keyClick(Qt.Key_Tab);
        verify(page.textVeryLarge.activeFocus);
        tryVerify(() => shows(page.textVeryLarge), 2000, "Tab brings it into view");
        keyClick(Qt.Key_Space);
        compare(Session.textScale, 1.5);
        wait(300); // the page laid out again at the new size
        verify(shows(page.textVeryLarge), "the size just chosen stays in view (its top at " + top(page.textVeryLarge)
               + " in a view " + scroll.height + " high)");
        verify(page.textVeryLarge.activeFocus);

        // Ctrl+0, then Ctrl++ twice, with the keyboard still on it: in view each time, and the size said.
        const said = findChild(shortcuts, "textSizeAnnouncement");
        verify(said, "the keys say the size");
        keyClick(Qt.Key_0, Qt.ControlModifier);
        compare(Session.textScale, 1.0);
        compare(said.text, "Normal text size");
        verify(said.visible);
        wait(300);
        verify(shows(page.textVeryLarge), "in view at the normal size (top at " + top(page.textVeryLarge) + ")");
        keyClick(Qt.Key_Plus, Qt.ControlModifier);
        compare(said.text, "Large text");
        wait(300);
        verify(shows(page.textVeryLarge), "in view at the large size (top at " + top(page.textVeryLarge) + ")");
        keyClick(Qt.Key_Plus, Qt.ControlModifier);
        compare(said.text, "Very large text (the largest)");
        wait(300);
        verify(shows(page.textVeryLarge), "in view at the very large size (top at " + top(page.textVeryLarge) + ")");
        // At the end of the scale, the key says so again (it changed nothing, and was heard).
        said.visible = false;
        keyClick(Qt.Key_Plus, Qt.ControlModifier);
        compare(Session.textScale, 1.5);
        verify(said.visible, "said again at the end of the scale");
        // Positive control: nothing scrolls when the keyboard is on what shows anyway (the hub's address, at the top).
        page.hubField.field.forceActiveFocus();
        scroll.contentY = 0;
        wait(100);
        keyClick(Qt.Key_0, Qt.ControlModifier);
        wait(300);
        compare(scroll.contentY, 0, "the top of the page stays put");
    }
}
