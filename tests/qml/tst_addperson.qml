// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Templates as T
import QtTest
import Continuite

// "Add a person on this device", reached from the profile chooser: what is said before any network
// (an empty field, an address that cannot be one), the keyboard (Tab order, Enter to the next field and
// then sign in, Escape back to the cards), and a name for a screen reader on every control.
// The sign-in itself against a real hub is tests/sync/tst_synccontroller.cpp; joining the classroom from the
// first screen runs against a real ClassroomHub in this process (testClassroom, tst_qml.cpp).
TestCase {
    id: testCase

    name: "AddPerson"
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
        id: firstRunComponent
        AddPersonPage {
            width: 1024
            height: 600
            firstRun: true
        }
    }
    Component {
        id: appComponent
        Main {
        }
    }
    Component {
        id: exchangesComponent
        ExchangesController {
            session: Session
        }
    }
    Component {
        id: spyComponent
        SignalSpy {
        }
    }

    /// The demo store's folder: a test that plays a brand-new device puts it back.
    property string demoDir

    function initTestCase() {
        testCase.demoDir = Session.dataDir;
    }

    function init() {
        Session.lock();
        Session.clearError();
    }

    function cleanup() {
        if (Session.dataDir !== testCase.demoDir)
            Session.dataDir = testCase.demoDir;
    }

    function type(text) {
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i]);
    }

    /// The chooser with the add-a-person page open, reached by keyboard: Tab from the cards, Enter.
    function openPage() {
        const chooser = createTemporaryObject(chooserComponent, testCase);
        verify(chooser);
        chooser.forceActiveFocus();
        tryVerify(() => chooser.grid.itemAtIndex(0) !== null, 5000, "the cards are made");
        verify(!chooser.firstRun, "the demo store has people");
        verify(chooser.addPersonButton.visible);
        verify(!chooser.addPersonPage.visible);
        chooser.grid.forceActiveFocus();
        keyClick(Qt.Key_Tab);
        verify(chooser.addPersonButton.activeFocus, "Tab goes from the cards to the button");
        keyClick(Qt.Key_Return);
        verify(chooser.adding);
        verify(chooser.addPersonPage.visible);
        verify(!chooser.grid.visible, "the page takes the cards' place");
        return chooser;
    }

    // Orca said the add-person page's explanation ("Tape ce qui est écrit sur ta carte de connexion…") on the way back
    // to the cards (bench/a11y/orca-listen.sh, step "Tab to Changer de personne, Enter", session 21): the chooser is made
    // again, the page inside it, hidden, and its explanation was announced as its text was first set. Control: choosing
    // a way on the open page says its explanation.
    function test_aHiddenAddPersonPageSaysNothing() {
        const chooser = createTemporaryObject(chooserComponent, testCase);
        verify(chooser);
        tryVerify(() => chooser.grid.itemAtIndex(0) !== null, 5000, "the cards are made");
        verify(!chooser.addPersonPage.visible);
        const waySaid = findChild(chooser.addPersonPage, "wayAnnouncement");
        verify(waySaid);
        compare(waySaid.text, "", "nothing is announced for a page nobody sees");
        chooser.addPerson();
        verify(chooser.addPersonPage.visible);
        compare(waySaid.text, "", "opening the page moves the keyboard to its first field, which the screen reader says");
        mouseClick(chooser.addPersonPage.packWayButton);
        verify(waySaid.text.indexOf("Choose the pack your teacher made for you") === 0, waySaid.text);
        mouseClick(chooser.addPersonPage.hubWayButton);
        verify(waySaid.text.indexOf("Type what is written on your login card") === 0, waySaid.text);
    }

    function test_accessibleNames() {
        const chooser = openPage();
        const page = chooser.addPersonPage;
        verify(chooser.addPersonButton.Accessible.name.length > 0);
        const controls = [page.hubField.field, page.loginField.field, page.pinField.field, page.addButton, page.backButton];
        for (const control of controls)
            verify(control.Accessible.name.length > 0, control + " has a name for a screen reader");
        compare(page.hubField.field.Accessible.name, "Address of the school's server");
        compare(page.loginField.field.Accessible.name, "Login code");
        compare(page.pinField.field.Accessible.name, "PIN (teachers: password)");
        compare(page.pinField.field.echoMode, TextInput.Password);
    }

    function test_keyboard() {
        const chooser = openPage();
        const page = chooser.addPersonPage;
        // Nobody on the demo device has used a hub: the address is empty and has the keyboard.
        compare(page.hubField.text, "");
        verify(page.hubField.field.activeFocus);
        // Tab: address, code, PIN, sign in, back.
        const order = [page.loginField.field, page.pinField.field, page.addButton, page.backButton];
        for (const control of order) {
            keyClick(Qt.Key_Tab);
            verify(control.activeFocus, control + " comes next with Tab");
        }
        // Enter goes to the next field, then signs in.
        page.hubField.field.forceActiveFocus();
        type("http://127.0.0.1:9");
        keyClick(Qt.Key_Return);
        verify(page.loginField.field.activeFocus);
        type("K7PQ2M");
        keyClick(Qt.Key_Return);
        verify(page.pinField.field.activeFocus);
        // Whose PIN, where Qt 6.4 reads a password field's words (its placeholder): the card's code, spelt.
        compare(page.pinField.field.placeholderText, "Card K 7 P Q 2 M: PIN (teachers: password)");
        keyClick(Qt.Key_Return);
        verify(page.message.indexOf("PIN") >= 0, page.message);
        verify(page.pinField.field.activeFocus, "the keyboard goes to what is missing");
        verify(!page.busy, "nothing was sent");
        // Escape: back to the cards, with the keyboard on them.
        keyClick(Qt.Key_Escape);
        verify(!chooser.adding);
        verify(chooser.grid.visible);
        verify(chooser.grid.activeFocus);
        compare(Session.unlocked, false);
    }

    function test_validation_data() {
        return [{
                "tag": "no address",
                "hub": "",
                "login": "K7PQ2M",
                "pin": "4821",
                "says": "Type the address of the school's server",
                "focus": "hub"
            }, {
                "tag": "not an address",
                "hub": "hub de l'école",
                "login": "K7PQ2M",
                "pin": "4821",
                "says": "is not a server address",
                "focus": "hub"
            }, {
                "tag": "no login code",
                "hub": "192.168.1.10:8080",
                "login": "  ",
                "pin": "4821",
                "says": "login code",
                "focus": "login"
            }, {
                "tag": "no PIN",
                "hub": "http://192.168.1.10:8080",
                "login": "K7PQ2M",
                "pin": "",
                "says": "PIN",
                "focus": "pin"
            }];
    }

    function test_validation(data) {
        const chooser = openPage();
        const page = chooser.addPersonPage;
        page.hubField.text = data.hub;
        page.loginField.text = data.login;
        page.pinField.text = data.pin;
        page.addButton.forceActiveFocus();
        keyClick(Qt.Key_Return);
        verify(page.message.indexOf(data.says) >= 0, page.message);
        verify(!page.busy);
        compare(page.flow.step, AddPersonFlow.Failed);
        compare(page.flow.failure, AddPersonFlow.Incomplete, "said before any network");
        const focused = data.focus === "hub" ? page.hubField : data.focus === "login" ? page.loginField : page.pinField;
        verify(focused.field.activeFocus, data.focus + " has the keyboard");
        // Nothing typed is lost.
        compare(page.hubField.text, data.hub);
        compare(page.loginField.text, data.login);
        compare(page.pinField.text, data.pin);
        compare(chooser.profiles.count, 4);
    }

    function test_addressesAsPeopleTypeThem() {
        compare(SyncController.normalizedHubUrl(" 192.168.1.10:8080/ "), "http://192.168.1.10:8080");
        compare(SyncController.normalizedHubUrl("https://hub.college-exemple.fr"), "https://hub.college-exemple.fr");
        compare(SyncController.normalizedHubUrl("hub de l'école"), "");
        compare(SyncController.normalizedHubUrl("ftp://192.168.1.10"), "");
    }

    function test_packWay() {
        const chooser = openPage();
        const page = chooser.addPersonPage;
        verify(page.hubField.visible);
        verify(page.packWayButton.Accessible.name.length > 0);
        compare(page.packWayButton.text, "I have a pack on a USB stick");
        // The ways are tabs: a screen reader hears which one is chosen (issue 18, finding 4).
        verify(page.packWayButton instanceof T.TabButton);
        verify(page.hubWayButton.checked && !page.packWayButton.checked && !page.classroomWayButton.checked);
        // Orca 43 says no checked state for a tab: the chosen way says so in its description (issue 18, F3).
        compare(page.hubWayButton.Accessible.description, "Chosen way");
        compare(page.packWayButton.Accessible.description, "");
        compare(page.classroomWayButton.Accessible.description, "");
        const waySaid = findChild(page, "wayAnnouncement");
        verify(waySaid, "the way's explanation is announced");
        mouseClick(page.packWayButton);
        compare(page.way, AddPersonFlow.Pack);
        verify(page.packWayButton.checked && !page.hubWayButton.checked, "the chosen way is the checked one");
        compare(page.packWayButton.Accessible.description, "Chosen way");
        compare(page.hubWayButton.Accessible.description, "");
        verify(waySaid.visible && waySaid.text.indexOf("Choose the pack your teacher made for you") === 0, waySaid.text);
        mouseClick(page.packWayButton);
        verify(page.packWayButton.checked, "a second click does not uncheck it");
        verify(!page.hubField.visible, "no server address without a network");
        verify(page.packButton.visible);
        verify(page.packButton.activeFocus, "the keyboard goes to choosing the pack");
        compare(page.addButton.text, "Add from the pack");
        // Tab: choose the pack, code, PIN, add.
        const order = [page.loginField.field, page.pinField.field, page.addButton];
        for (const control of order) {
            keyClick(Qt.Key_Tab);
            verify(control.activeFocus, control + " comes next with Tab");
        }
        // Nothing chosen yet: it says so and goes to the button.
        page.loginField.text = "hugo";
        page.pinField.text = "5678";
        page.addButton.forceActiveFocus();
        keyClick(Qt.Key_Return);
        verify(page.message.indexOf("pack") >= 0, page.message);
        verify(page.packButton.activeFocus);
        verify(!page.busy);
        compare(chooser.profiles.count, 4);
        mouseClick(page.hubWayButton);
        compare(page.way, AddPersonFlow.SchoolServer);
        verify(page.hubField.visible);
    }

    function test_firstRunFromAPack() {
        // The teacher writes Hugo's own pack on the demo store.
        verify(Session.unlock("mme.martin", "demo-prof"), Session.error);
        const teacher = createTemporaryObject(exchangesComponent, testCase);
        const pack = "file://" + testUsbRoot + "/CLE_LEA/hugo-premier.continuite"; // on a USB stick
        verify(teacher.exportPack(pack, teacher.classIds[0], "hugo"), teacher.error);
        tryCompare(teacher, "busy", false, 60000);
        compare(teacher.error, "");
        const classPack = "file://" + testCase.demoDir + "/classe-premier.continuite";
        verify(teacher.exportPack(classPack, teacher.classIds[0], ""), teacher.error);
        tryCompare(teacher, "busy", false, 60000);
        compare(teacher.error, "");
        Session.lock();

        // A brand-new device: nobody on it, no network; the first screen offers the USB stick.
        Session.dataDir = testCase.demoDir + "/nouvel-appareil";
        verify(Session.ready, Session.error);
        const page = createTemporaryObject(firstRunComponent, testCase);
        verify(page);
        page.start();
        page.setWay(AddPersonFlow.Pack);
        // The stick plugged in shows its packs as big buttons; Hugo presses his (no file dialog).
        page.drives.mediaRoots = [testUsbRoot];
        compare(page.drives.count, 1);
        let hugos = null;
        for (let i = 0; i < 6 && !hugos; ++i) {
            const b = findChild(page, "stickPack0_" + i);
            if (b && b.text.indexOf("hugo-premier.continuite") === 0)
                hugos = b;
        }
        verify(hugos, "a button for the pack on the stick");
        compare(hugos.text, "hugo-premier.continuite (on CLE_LEA)");
        verify(hugos.secondary, "not chosen yet");
        hugos.forceActiveFocus(Qt.TabFocusReason);
        keyClick(Qt.Key_Space);
        compare(page.packFile.toString(), pack);
        verify(!hugos.secondary && hugos.Accessible.checked, "the chosen one looks and says chosen");
        verify(page.loginField.field.activeFocus, "then the login card");
        compare(findChild(page, "packName").text.indexOf("hugo-premier.continuite") >= 0, true);
        page.loginField.text = "hugo";
        page.pinField.text = "1111";
        page.addButton.forceActiveFocus();
        keyClick(Qt.Key_Return);
        verify(page.busy, "checked on the worker thread");
        verify(page.addButton.activeFocus, "the keyboard waits on the button, not on nothing (issue 18)");
        verify(findChild(page, "busyAnnouncement").visible, "the check's start is announced");
        compare(findChild(page, "busyAnnouncement").text, page.packs.busyText);
        verify(page.packs.busyText.length > 0);
        tryCompare(page, "busy", false, 60000);
        verify(page.message.indexOf("not the PIN") >= 0, page.message);
        verify(page.pinField.field.activeFocus, "the PIN again, selected");
        compare(page.pinField.field.selectedText, "1111");
        compare(Session.unlocked, false);
        compare(Session.lastLogin, "", "nobody was made");

        // The class pack cannot check a PIN: it says what to ask for.
        page.packFile = classPack;
        page.pinField.text = "5678";
        page.submit();
        tryCompare(page, "busy", false, 60000);
        verify(page.message.indexOf("made for you") >= 0, page.message);
        compare(Session.unlocked, false);

        page.packFile = pack;
        page.submit();
        tryCompare(Session, "unlocked", true, 60000);
        compare(Session.currentLogin, "hugo");
        compare(page.message, "");
    }

    function test_firstRunInTheAppLandsOnTheStudentsHome() {
        verify(Session.unlock("mme.martin", "demo-prof"), Session.error);
        const teacher = createTemporaryObject(exchangesComponent, testCase);
        const pack = "file://" + testCase.demoDir + "/ines-premier.continuite";
        verify(teacher.exportPack(pack, teacher.classIds[0], "ines"), teacher.error);
        tryCompare(teacher, "busy", false, 60000);
        compare(teacher.error, "");
        Session.lock();

        // The whole window on a brand-new device: the first screen, then her home once the pack is in.
        Session.dataDir = testCase.demoDir + "/appareil-ines";
        const app = createTemporaryObject(appComponent, testCase);
        verify(app);
        tryCompare(app, "screen", "profiles");
        const page = findChild(app, "addPerson");
        verify(page && page.visible && page.firstRun);
        // Each page that opens says its title to a screen reader, after the focus has landed (issue 18).
        const pageSaid = findChild(app, "pageAnnouncement");
        tryCompare(pageSaid, "text", "Page: Add a person on this device");
        page.setWay(AddPersonFlow.Pack);
        page.packFile = pack;
        page.loginField.text = "ines";
        page.pinField.text = "2468";
        page.submit();
        tryCompare(Session, "unlocked", true, 60000);
        tryCompare(app, "screen", "todo", 10000);
        compare(Session.currentLogin, "ines");
        wait(200); // the chooser and its controller are gone with the transition: nothing left to crash
        compare(app.screen, "todo");
        tryCompare(pageSaid, "text", "Page: To do");
        app.openSettings();
        tryCompare(pageSaid, "text", "Page: Settings of " + Session.currentName);
        keyClick(Qt.Key_Escape);
        tryCompare(app, "screen", "todo");
        tryCompare(pageSaid, "text", "Page: To do");
        keyClick(Qt.Key_2);
        tryCompare(pageSaid, "text", "Page: Lessons");
        app.close();
    }

    function test_classroomWay() {
        const page = createTemporaryObject(firstRunComponent, testCase);
        verify(page);
        page.start();
        compare(page.classroomWayButton.text, "In class, on the room's network");
        verify(page.classroomWayButton.Accessible.name.length > 0);
        verify(!page.classAddressField.visible);
        mouseClick(page.classroomWayButton);
        compare(page.way, AddPersonFlow.Classroom);
        verify(!page.hubField.visible, "no school's server in class");
        verify(page.classAddressField.visible && page.classCodeField.visible);
        verify(page.classAddressField.field.activeFocus, "the keyboard goes to the address");
        compare(page.classAddressField.field.Accessible.name, "Address on your teacher's screen");
        compare(page.classCodeField.field.Accessible.name, "Classroom code");
        compare(page.pinField.field.Accessible.name, "PIN on your card");
        compare(page.addButton.text, "Join the class and add");
        verify(page.addButton.Accessible.name.length > 0);
        // Tab: address, code, login code, PIN, join.
        const order = [page.classCodeField.field, page.loginField.field, page.pinField.field, page.addButton];
        for (const control of order) {
            keyClick(Qt.Key_Tab);
            verify(control.activeFocus, control + " comes next with Tab");
        }
        // What is missing is said before any network, and the keyboard goes there.
        page.submit();
        verify(page.message.indexOf("address") >= 0, page.message);
        verify(page.classAddressField.field.activeFocus);
        page.classAddressField.text = "192.168.1.10:8765";
        page.submit();
        verify(page.message.indexOf("code") >= 0, page.message);
        verify(page.classCodeField.field.activeFocus);
        page.classCodeField.text = "K7P";
        page.submit();
        verify(page.message.indexOf("14 letters") >= 0, page.message);
        verify(page.classCodeField.field.activeFocus);
        page.classCodeField.text = "k7pq2m"; // a code from before the key code
        page.submit();
        verify(page.message.indexOf("14 letters") >= 0, page.message);
        page.classCodeField.text = "k7pq2m-abcd-efgh";
        page.submit();
        verify(page.message.indexOf("login code") >= 0, page.message);
        verify(page.loginField.field.activeFocus);
        verify(!page.busy, "nothing was sent");
        compare(Session.unlocked, false);
        // Enter goes from one field to the next.
        page.classAddressField.text = "";
        page.classCodeField.text = "";
        page.classAddressField.field.forceActiveFocus();
        type("192.168.1.10:8765");
        keyClick(Qt.Key_Return);
        verify(page.classCodeField.field.activeFocus);
        type("k7pq2m-abcd-efgh");
        keyClick(Qt.Key_Return);
        verify(page.loginField.field.activeFocus);
        compare(page.classAddressField.text, "192.168.1.10:8765");
        compare(page.classCodeField.text, "k7pq2m-abcd-efgh");
    }

    /// A brand-new device's first screen with the classroom way filled in, the class open on loopback.
    function classroomPage(device) {
        compare(testClassroom.start(), "");
        verify(testClassroom.joinCode.length === 16, testClassroom.joinCode); // K7PQ2M-ABCD-EFGH
        Session.dataDir = testCase.demoDir + "/" + device;
        verify(Session.ready, Session.error);
        const page = createTemporaryObject(firstRunComponent, testCase);
        verify(page);
        page.start();
        page.setWay(AddPersonFlow.Classroom);
        return page;
    }

    function test_joiningTheClassroomFails_data() {
        return [{
                // The key code binds this opening's join code: a wrong join code cannot find the classroom's key.
                "tag": "wrong code",
                "address": () => testClassroom.address,
                "code": () => (testClassroom.joinCode.startsWith("ZZZZZZ") ? "YYYYYY" : "ZZZZZZ") + testClassroom.joinCode.slice(6),
                "pin": "1234",
                "says": "not your class's computer",
                "focus": "code"
            }, {
                "tag": "wrong key code",
                "address": () => testClassroom.address,
                "code": () => testClassroom.joinCode.slice(0, 15) + (testClassroom.joinCode.endsWith("Z") ? "Y" : "Z"),
                "pin": "1234",
                "says": "not your class's computer",
                "focus": "code"
            }, {
                "tag": "wrong PIN",
                "address": () => testClassroom.address,
                "code": () => testClassroom.joinCode.toLowerCase(),
                "pin": "9999",
                "says": "PIN is wrong",
                "focus": "pin"
            }, {
                "tag": "unreachable",
                "address": () => "127.0.0.1:9",
                "code": () => testClassroom.joinCode,
                "pin": "1234",
                "says": "could not be reached",
                "focus": "address"
            }];
    }

    function test_joiningTheClassroomFails(data) {
        const page = classroomPage("classe-" + data.tag.replace(/ /g, "-"));
        page.classAddressField.text = data.address();
        page.classCodeField.text = data.code();
        page.loginField.text = "hugo";
        page.pinField.text = data.pin;
        // Enter in the PIN field signs in: the fields are disabled meanwhile, and the keyboard waits on the button
        // (it was dropped on nothing: issue 18).
        page.pinField.field.forceActiveFocus();
        keyClick(Qt.Key_Return);
        // Signing in, in the background; a refusal on loopback ("unreachable") may already be back.
        if (page.busy || data.tag !== "unreachable") {
            verify(page.busy, "signing in, in the background");
            verify(page.addButton.activeFocus, "the keyboard waits on the button");
            compare(page.addButton.Accessible.description, "Signing in to the classroom…");
        }
        // And a screen reader hears that it signs in, and why the button does nothing (issue 18: silence before).
        const busySaid = findChild(page, "busyAnnouncement");
        verify(busySaid && busySaid.visible, "the start is announced");
        compare(busySaid.text, "Signing in to the classroom…");
        tryCompare(page, "busy", false, 30000);
        verify(page.message.indexOf(data.says) >= 0, page.message);
        const focused = data.focus === "code" ? page.classCodeField : data.focus === "address" ? page.classAddressField : page.pinField;
        verify(focused.field.activeFocus, data.focus + " has the keyboard");
        compare(page.loginField.text, "hugo", "what was typed stays");
        compare(Session.unlocked, false);
        compare(Session.lastLogin, "", "nobody was made");
    }

    function test_firstRunJoinsTheClassroomAndLandsOnTheLessons() {
        compare(testClassroom.start(), "");
        // The whole window on a brand-new tablet in the classroom: the first screen. (The keys go to the test's
        // window, not the app's: test_classroomWay types by keyboard; here the mouse and the fields.)
        Session.dataDir = testCase.demoDir + "/tablette-en-classe";
        const app = createTemporaryObject(appComponent, testCase);
        verify(app);
        tryCompare(app, "screen", "profiles");
        const page = findChild(app, "addPerson");
        verify(page && page.visible && page.firstRun);
        tryCompare(findChild(app, "stack"), "busy", false);
        mouseClick(page.classroomWayButton);
        compare(page.way, AddPersonFlow.Classroom);
        page.classAddressField.text = testClassroom.address;
        page.classCodeField.text = testClassroom.joinCode.toLowerCase(); // any case, as on the board
        page.loginField.text = "lea";
        page.pinField.text = "1234";
        mouseClick(page.addButton);
        tryCompare(Session, "unlocked", true, 30000);
        compare(page.message, "");
        compare(Session.currentLogin, "lea");
        tryCompare(app, "screen", "todo", 10000);
        // Her home fills with the class's lessons at the first sync, from the classroom.
        const home = findChild(app, "stack").currentItem;
        tryCompare(home.lessonPage.lessons, "count", testClassroom.lessonCount, 60000);
        verify(testClassroom.lessonCount > 0);
        tryCompare(SyncController, "syncing", false, 30000);
        app.close();
    }

    /// A brand-new device's first screen on the school's-server way, the real hub on loopback (testSchoolHub).
    function schoolPage(folder) {
        compare(testSchoolHub.start(), "");
        Session.dataDir = testCase.demoDir + "/" + folder;
        const page = createTemporaryObject(firstRunComponent, testCase);
        verify(page);
        page.start();
        compare(page.way, AddPersonFlow.SchoolServer);
        compare(page.flow.step, AddPersonFlow.Typing);
        compare(page.message, "");
        return page;
    }

    function test_signingInWithTheSchoolsServer_data() {
        return [{
                "tag": "wrong PIN",
                "hub": () => testSchoolHub.url,
                "pin": () => testSchoolHub.studentPin === "0000" ? "1111" : "0000",
                "failure": AddPersonFlow.WrongCodeOrPin,
                "says": "PIN is wrong"
            }, {
                "tag": "unreachable",
                "hub": () => "127.0.0.1:9",
                "pin": () => testSchoolHub.studentPin,
                "failure": AddPersonFlow.Unreachable,
                "says": "could not be reached"
            }, {
                // The positive control: the card's code and PIN, the address as the teacher says it.
                "tag": "right PIN",
                "hub": () => testSchoolHub.url.replace("http://", ""),
                "pin": () => testSchoolHub.studentPin,
                "failure": AddPersonFlow.NoFailure,
                "says": ""
            }];
    }

    // Each step as the page shows it: typing, signing in (the fields wait, the keyboard on the button, the start said),
    // then failed (what went wrong, the keyboard on the PIN, selected, what was typed kept, nobody made) or done (her
    // profile made and open).
    function test_signingInWithTheSchoolsServer(data) {
        const page = schoolPage("tablette-" + data.tag.replace(/ /g, "-"));
        page.hubField.text = data.hub();
        page.loginField.text = testSchoolHub.studentLogin;
        page.pinField.text = data.pin();
        page.pinField.field.forceActiveFocus();
        keyClick(Qt.Key_Return);
        // A refusal on loopback ("unreachable") may already be back.
        if (page.busy || data.tag !== "unreachable") {
            compare(page.flow.step, AddPersonFlow.SigningIn);
            verify(!page.loginField.enabled, "the fields wait");
            verify(page.addButton.activeFocus, "the keyboard waits on the button");
            compare(page.addButton.Accessible.description, "Signing in to the school's server…");
            compare(findChild(page, "busyAnnouncement").text, "Signing in to the school's server…");
        }
        tryCompare(page, "busy", false, 30000);
        compare(page.flow.failure, data.failure);
        if (data.failure === AddPersonFlow.NoFailure) {
            compare(page.flow.step, AddPersonFlow.Done);
            compare(page.message, "");
            compare(Session.unlocked, true);
            compare(Session.currentLogin.toLowerCase(), testSchoolHub.studentLogin.toLowerCase());
            return;
        }
        compare(page.flow.step, AddPersonFlow.Failed);
        verify(page.message.indexOf(data.says) >= 0, page.message);
        verify(page.pinField.field.activeFocus, "the PIN has the keyboard");
        compare(page.pinField.field.selectedText, page.pinField.text, "selected: typing again replaces it");
        compare(page.loginField.text, testSchoolHub.studentLogin, "what was typed stays");
        compare(Session.unlocked, false);
        compare(Session.lastLogin, "", "nobody was made");
        // Typing again and signing in with the right PIN works from the failed step (the control on the same page).
        page.hubField.text = testSchoolHub.url;
        page.pinField.text = testSchoolHub.studentPin;
        page.pinField.field.forceActiveFocus();
        keyClick(Qt.Key_Return);
        tryCompare(page.flow, "step", AddPersonFlow.Done, 30000);
        compare(Session.unlocked, true);
    }

    function test_firstRun() {
        // Nobody on the device yet: nothing to go back to, Escape stays, the demo is mentioned.
        const page = createTemporaryObject(firstRunComponent, testCase);
        verify(page);
        page.start();
        verify(page.hubField.field.activeFocus);
        verify(!page.backButton.visible);
        const back = createTemporaryObject(spyComponent, testCase, {
                "target": page,
                "signalName": "back"
            });
        keyClick(Qt.Key_Escape);
        compare(back.count, 0);
        verify(page.visible);
    }
}
