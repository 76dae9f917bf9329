// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtTest
import Continuite

// An announcement as Orca 43 reads it (issue 18, F4): speech comes from the notification's name, then the labels
// inside it; the braille flash and the list of past messages come from those labels only, skipping one whose words
// are the notification's name. So the words must be in a label inside, and the notification must not carry them.
TestCase {
    id: testCase

    name: "Announcement"
    width: 200
    height: 100
    visible: true
    when: windowShown

    Component {
        id: announcementComponent
        Announcement {
        }
    }

    /// What Orca 43 would flash on a braille display: the labels under the notification, less its own name.
    function brailleOf(notification) {
        const words = [];
        const walk = item => {
            for (let i = 0; i < item.children.length; ++i) {
                const child = item.children[i];
                if (child.Accessible.role === Accessible.StaticText && child.visible) {
                    const name = child.Accessible.name || child.text || "";
                    if (name.length > 0 && name !== notification.Accessible.name && notification.Accessible.name.indexOf(name) < 0)
                        words.push(name);
                }
                walk(child);
            }
        };
        walk(notification);
        return words.join("");
    }

    function test_wordsReachBraille() {
        const said = createTemporaryObject(announcementComponent, testCase);
        verify(said);
        said.announce("Le code PIN est faux.");
        verify(said.visible);
        const notification = findChild(said, "notification");
        verify(notification);
        compare(notification.Accessible.role, Accessible.Notification);
        compare(brailleOf(notification), "Le code PIN est faux.", "the braille flash gets the words");
        // The same words again: said again, and still in braille.
        said.announce("Le code PIN est faux.");
        compare(brailleOf(notification), "Le code PIN est faux.");
        said.text = "Synchronisation en cours";
        compare(brailleOf(notification), "Synchronisation en cours");
    }

    // The control: a bare named notification, as Announcement was before, flashes nothing.
    Item {
        id: bareNotification
        Accessible.role: Accessible.Notification
        Accessible.name: "Le code PIN est faux."
    }
    function test_control_bareNotificationFlashesNothing() {
        compare(brailleOf(bareNotification), "");
    }
}
