import QtQuick
import QtTest
import Continuite

// The profile chooser: a card per person, the right PIN opens, a wrong one says so, the keyboard works.
TestCase {
    id: testCase

    name: "ProfileChooser"
    width: 1024
    height: 600
    visible: true
    when: windowShown

    Component {
        id: chooserComponent
        ProfileChooser {
            width: 1024
            height: 600
            focus: true
        }
    }
    Component {
        id: spyComponent
        SignalSpy {
        }
    }

    function init() {
        Session.lock();
        Session.clearError();
    }

    function makeChooser() {
        const chooser = createTemporaryObject(chooserComponent, testCase);
        verify(chooser);
        chooser.forceActiveFocus();
        tryVerify(() => chooser.grid.itemAtIndex(3) !== null, 5000, "the cards are made");
        return chooser;
    }

    function type(text) {
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i]);
    }

    function test_cards() {
        const chooser = makeChooser();
        compare(chooser.profiles.count, 4);
        compare(chooser.grid.count, 4);
        verify(chooser.grid.visible);
        verify(!chooser.secretEntry.visible, "no PIN field before a card is chosen");
        const logins = [];
        for (let i = 0; i < 4; ++i)
            logins.push(chooser.profiles.loginAt(i));
        compare(logins.slice().sort(), ["hugo", "ines", "lea", "mme.martin"]);
    }

    function test_unlock_data() {
        return [{
                "tag": "student, right PIN",
                "login": "lea",
                "secret": "1234",
                "ok": true,
                "error": ""
            }, {
                "tag": "student, wrong PIN",
                "login": "lea",
                "secret": "4321",
                "ok": false,
                "error": "Wrong PIN for lea."
            }, {
                "tag": "student, a sibling's PIN",
                "login": "hugo",
                "secret": "1234",
                "ok": false,
                "error": "Wrong PIN for hugo."
            }, {
                "tag": "student, empty PIN",
                "login": "ines",
                "secret": "",
                "ok": false,
                "error": "Type your PIN, then press Enter."
            }, {
                "tag": "teacher, right password",
                "login": "mme.martin",
                "secret": "demo-prof",
                "ok": true,
                "error": ""
            }, {
                "tag": "teacher, wrong password",
                "login": "mme.martin",
                "secret": "demo-pro",
                "ok": false,
                "error": "Wrong password for mme.martin."
            },];
    }
    function test_unlock(data) {
        const chooser = makeChooser();
        const unlocked = createTemporaryObject(spyComponent, testCase, {
                "target": chooser,
                "signalName": "unlocked"
            });
        chooser.choose(data.login);
        compare(chooser.selectedLogin, data.login);
        verify(chooser.secretEntry.visible);
        verify(chooser.secretEntry.field.activeFocus, "the PIN field takes the keyboard");
        compare(chooser.secretEntry.isTeacher, data.login === "mme.martin");
        // Qt 6.4 reads a password field's placeholder, not its name: it says whose secret and what it is.
        const whose = chooser.secretEntry.field.placeholderText;
        verify(whose.indexOf(chooser.selectedName) >= 0 && whose.indexOf(data.login === "mme.martin" ? "Password" : "PIN") === 0, whose);
        type(data.secret);
        compare(chooser.secretEntry.field.text, data.secret);
        keyClick(Qt.Key_Return);
        compare(unlocked.count, data.ok ? 1 : 0);
        compare(Session.unlocked, data.ok);
        compare(Session.error, data.error);
        if (data.ok) {
            compare(Session.currentLogin, data.login);
        } else {
            compare(chooser.secretEntry.field.text, "", "a wrong PIN is cleared for the next try");
            verify(chooser.secretEntry.field.activeFocus);
        }
    }

    function test_retryAfterAWrongPin() {
        const chooser = makeChooser();
        chooser.choose("hugo");
        type("0000");
        keyClick(Qt.Key_Enter);
        verify(!Session.unlocked);
        verify(Session.error.length > 0);
        type("5678");
        keyClick(Qt.Key_Enter);
        verify(Session.unlocked);
        compare(Session.currentName, "Hugo Bernard");
        compare(Session.error, "");
    }

    function test_keyboard() {
        const chooser = makeChooser();
        verify(chooser.grid.activeFocus, "the cards take the keyboard first");
        compare(chooser.grid.currentIndex, 0);
        keyClick(Qt.Key_Right);
        compare(chooser.grid.currentIndex, 1);
        keyClick(Qt.Key_Right);
        keyClick(Qt.Key_Left);
        compare(chooser.grid.currentIndex, 1);
        keyClick(Qt.Key_Return);
        compare(chooser.selectedLogin, chooser.profiles.loginAt(1));
        verify(chooser.secretEntry.field.activeFocus);
        keyClick(Qt.Key_Escape);
        compare(chooser.selectedLogin, "");
        verify(!chooser.secretEntry.visible);
        verify(chooser.grid.activeFocus, "Escape gives the keyboard back to the cards");
        // Enter on the card, PIN, Enter: in.
        chooser.grid.currentIndex = chooser.profiles.indexOf("ines");
        keyClick(Qt.Key_Return);
        type("2468");
        keyClick(Qt.Key_Return);
        verify(Session.unlocked);
        compare(Session.currentLogin, "ines");
    }

    function test_lastUserFirst() {
        verify(Session.unlock("hugo", "5678"), Session.error);
        Session.lock();
        const chooser = makeChooser();
        compare(chooser.profiles.loginAt(0), "hugo");
    }

    function test_mouse() {
        const chooser = makeChooser();
        const card = chooser.grid.itemAtIndex(chooser.profiles.indexOf("lea"));
        verify(card);
        mouseClick(card);
        compare(chooser.selectedLogin, "lea");
        compare(chooser.selectedName, "Léa Dubois");
    }
}
