import QtQuick
import QtQuick.Templates as T
import QtTest
import Continuite

// The teacher's home: the side menu and its keys, classes and roster (a class made, students added with
// their PINs, cards printed, a student taken off after a question), the continuity board (the silent first, CSV export). On the demo store.
TestCase {
    id: testCase

    name: "TeacherHome"
    width: 1024
    height: 600
    visible: true
    when: windowShown

    Component {
        id: homeComponent
        TeacherHome {
            width: 1024
            height: 548
            focus: true
        }
    }
    Component {
        id: boardComponent
        BoardPage {
            width: 774
            height: 548
            focus: true
        }
    }

    function init() {
        Session.lock();
        verify(Session.unlock("mme.martin", "demo-prof"), Session.error);
    }
    function cleanupTestCase() {
        Session.lock();
    }

    function makeHome() {
        const home = createTemporaryObject(homeComponent, testCase);
        verify(home);
        home.forceActiveFocus();
        return home;
    }
    function classNamed(home, name) {
        for (let i = 0; i < home.classes.count; ++i)
            if (home.classes.nameAt(i) === name)
                return home.classes.classIdAt(i);
        return "";
    }

    function test_menuKeys() {
        const home = makeHome();
        compare(home.section, 0);
        compare(home.className, "6e B — Mathématiques");
        const nav = findChild(home, "navClasses");
        tryVerify(() => nav.activeFocus, 2000, "the menu has the keyboard first");
        keyClick(Qt.Key_Down);
        verify(findChild(home, "navLessons").activeFocus);
        keyClick(Qt.Key_Return);
        compare(home.section, 1);
        keyClick(Qt.Key_5, Qt.AltModifier);
        compare(home.section, 4);
        keyClick(Qt.Key_1, Qt.AltModifier);
        compare(home.section, 0);
        mouseClick(findChild(home, "navBoard"));
        compare(home.section, 4);
        // Every entry has a name for a screen reader.
        for (const name of ["navClasses", "navLessons", "navBoard"])
            verify(findChild(home, name).Accessible.name.length > 0, name);
        // They are tabs, and the page open is the one checked, however it was opened (issue 18).
        verify(findChild(home, "navBoard") instanceof T.TabButton);
        verify(findChild(home, "navBoard").checked && !findChild(home, "navClasses").checked);
        keyClick(Qt.Key_2, Qt.AltModifier);
        verify(findChild(home, "navLessons").checked && !findChild(home, "navBoard").checked, "a click does not stick");
    }

    function test_classAndRoster() {
        const home = makeHome();
        const page = home.pages.children[0];
        compare(page.objectName, "classesPage");
        // A class made from the keyboard becomes the class worked on.
        page.classField.forceActiveFocus();
        page.classField.text = "CM1 Les Étoiles (test)";
        keyClick(Qt.Key_Return);
        compare(page.classes.error, "");
        compare(home.className, "CM1 Les Étoiles (test)");
        compare(page.roster.className, "CM1 Les Étoiles (test)");
        compare(page.roster.count, 0);
        verify(page.studentField.activeFocus, "ready to type the first student's name");

        // Two students, typed and Enter; each shows a login code and a 4-digit PIN.
        page.studentField.text = "Noé Çelik";
        keyClick(Qt.Key_Return);
        page.studentField.text = "Zoé Lambert";
        keyClick(Qt.Key_Return);
        compare(page.roster.count, 2);
        compare(page.roster.knownPins, 2);
        compare(page.studentField.text, "");
        tryVerify(() => page.list.itemAtIndex(1) !== null);
        const zoe = page.list.itemAtIndex(1);
        compare(zoe.name, "Zoé Lambert");
        compare(zoe.login.length, 6);
        verify(zoe.hasPin);
        verify(/^[0-9]{4}$/.test(zoe.pin), zoe.pin);
        verify(zoe.Accessible.name.indexOf(zoe.pin) > 0);

        // An empty name is refused with a sentence, nothing added.
        compare(page.roster.addStudent("  "), -1);
        verify(page.roster.error.length > 0);
        compare(page.roster.count, 2);

        // N on a student gives a new PIN (a lost card).
        page.list.forceActiveFocus();
        page.list.currentIndex = 1;
        const before = page.list.itemAtIndex(1).pin;
        let changed = false;
        for (let i = 0; i < 5 && !changed; ++i) { // a new random PIN may repeat the old one: try a few
            keyClick(Qt.Key_N);
            changed = page.list.itemAtIndex(1).pin !== before;
        }
        verify(changed, "a new PIN");

        // The cards, printed to a PDF.
        verify(page.printCardsTo("file://" + Session.dataDir + "/cartes-cm1.pdf"), page.roster.error);
        compare(page.printedPath, Session.dataDir + "/cartes-cm1.pdf");
    }

    function test_removeStudentAsksFirst() {
        const home = makeHome();
        const page = home.pages.children[0];
        const classId = page.classes.createClass("CM2 Les Mésanges (test)");
        verify(classId.length > 0, page.classes.error);
        home.chooseClass(classId);
        compare(page.roster.className, "CM2 Les Mésanges (test)");
        verify(page.roster.addStudent("Adam Roux") >= 0, page.roster.error);
        verify(page.roster.addStudent("Zélie Petit") >= 0, page.roster.error);
        compare(page.roster.count, 2);
        tryVerify(() => page.list.itemAtIndex(1) !== null);

        // "Remove…" on a row asks first; Cancel has the keyboard, so Enter or Escape keeps the student.
        const adamRow = page.list.itemAtIndex(0);
        compare(adamRow.name, "Adam Roux");
        const button = findChild(adamRow, "removeStudent");
        verify(button);
        verify(button.Accessible.name.indexOf("Adam Roux") >= 0, button.Accessible.name);
        mouseClick(button);
        tryVerify(() => page.removeDialog.opened);
        verify(page.removeDialog.title.indexOf("Adam Roux") >= 0, page.removeDialog.title);
        verify(page.removeDialog.message.indexOf("work they handed in stays") >= 0, page.removeDialog.message);
        tryVerify(() => page.removeDialog.cancelButton.activeFocus);
        keyClick(Qt.Key_Return);
        tryVerify(() => !page.removeDialog.visible);
        compare(page.roster.count, 2);
        mouseClick(button);
        tryVerify(() => page.removeDialog.opened);
        keyClick(Qt.Key_Escape);
        tryVerify(() => !page.removeDialog.visible);
        compare(page.roster.count, 2);
        tryVerify(() => page.list.activeFocus, 2000, "the keyboard is back on the roster");

        // From the keyboard: Delete on a student, Tab to the action, Enter.
        page.list.currentIndex = 1;
        keyClick(Qt.Key_Delete);
        tryVerify(() => page.removeDialog.opened);
        verify(page.removeDialog.title.indexOf("Zélie Petit") >= 0, page.removeDialog.title);
        keyClick(Qt.Key_Tab);
        verify(page.removeDialog.confirmButton.activeFocus);
        keyClick(Qt.Key_Return);
        tryVerify(() => !page.removeDialog.visible);
        compare(page.roster.count, 1);
        compare(page.roster.nameAt(0), "Adam Roux");
        compare(page.roster.error, "");
        // The class list counts one student now.
        compare(page.classes.data(page.classes.index(page.classes.indexOf(classId), 0), ClassModel.StudentCountRole), 1);
    }

    function test_boardSilentFirst() {
        const home = makeHome();
        home.chooseClass(classNamed(home, "6e B — Mathématiques"));
        compare(home.className, "6e B — Mathématiques");
        const page = createTemporaryObject(boardComponent, testCase, {
                "classId": home.classId,
                "className": home.className
            });
        verify(page);
        compare(page.board.count, 3);
        tryVerify(() => page.list.itemAtIndex(2) !== null);
        const first = page.list.itemAtIndex(0);
        compare(first.level, "silent");
        verify(first.levelText.length > 0, "the state is in words, not in colour only");
        verify(first.Accessible.name.indexOf(first.name) === 0);
        // Keys move down the list.
        page.list.forceActiveFocus();
        compare(page.list.currentIndex, 0);
        keyClick(Qt.Key_Down);
        compare(page.list.currentIndex, 1);
        // Export.
        verify(page.exportTo("file://" + Session.dataDir + "/tableau.csv"), page.board.error);
        compare(page.exportedPath, Session.dataDir + "/tableau.csv");
        verify(!page.exportTo("file:///proc/nowhere/tableau.csv"));
        verify(page.board.error.length > 0);
        compare(page.exportedPath, "");
    }
}
