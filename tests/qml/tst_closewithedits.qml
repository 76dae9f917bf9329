// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Controls.Basic
import QtTest
import Continuite

// Closing the window, or giving the computer to another person, with a lesson being written (review of app19 and
// editor19's note: Escape and "‹ Lessons" kept the words, but closing the app threw them away). The real window
// (Main) as the teacher has it: a draft is saved on the way, as Escape saves it; a published lesson asks first and
// the window closes once she chose; a draft that cannot be saved (no title) keeps the window open and says why. In
// a class of its own; its lessons are deleted at the end.
TestCase {
    id: testCase

    name: "CloseWithEdits"
    width: 400
    height: 300
    visible: true
    when: windowShown

    Component {
        id: appComponent
        Main {
        }
    }
    Component {
        id: classesComponent
        ClassModel {
            session: Session
        }
    }
    Component {
        id: bareEditor
        LessonEditor {
            session: Session
        }
    }

    property var lessonIds: []
    property string classId

    function init() {
        Session.lock();
        verify(Session.unlock("mme.martin", "demo-prof"), Session.error);
        if (testCase.classId.length === 0) {
            const classes = createTemporaryObject(classesComponent, testCase);
            testCase.classId = classes.createClass("Atelier de fermeture (test)");
            verify(testCase.classId.length > 0, classes.error);
        }
    }
    function cleanupTestCase() {
        Session.lock();
        verify(Session.unlock("mme.martin", "demo-prof"), Session.error);
        for (const id of testCase.lessonIds)
            compare(testStore.deleteLesson(id), "");
        Session.lock();
    }

    /// A lesson stored in the test's class, with @p beforeClass; its id.
    function storedLesson(title, beforeClass, publish) {
        const writer = createTemporaryObject(bareEditor, testCase);
        writer.startNew(testCase.classId);
        writer.title = title;
        writer.beforeClass = beforeClass;
        writer.inClass = "Ensemble.";
        writer.afterClass = "Exercices.";
        verify(publish ? writer.publish() : writer.save(), writer.error);
        testCase.lessonIds = testCase.lessonIds.concat([writer.lessonId]);
        return writer.lessonId;
    }
    function stored(id) {
        const reader = createTemporaryObject(bareEditor, testCase);
        verify(reader.load(id), reader.error);
        return reader;
    }
    /// The app as the teacher has it, with lesson @p id open in the editor and @p words typed at the end of its first
    /// part: [window, home, lessons page].
    function appEditing(id, words) {
        const app = createTemporaryObject(appComponent, testCase);
        verify(app);
        tryCompare(app, "screen", "teacherHome");
        tryCompare(findChild(app, "stack"), "busy", false);
        const home = findChild(app, "teacherHome");
        home.showSection(1);
        const page = findChild(home, "teacherLessons");
        verify(page);
        if (id.length > 0)
            page.editLesson(id);
        else
            page.newLesson();
        verify(page.editing);
        page.sectionArea.forceActiveFocus();
        // Written into the box as typing does (keys sent by the test go to the test's own window first).
        if (words.length > 0)
            page.sectionArea.insert(page.sectionArea.length, words);
        compare(page.editor.dirty, words.length > 0);
        return [app, home, page];
    }

    function test_closingSavesTheDraft() {
        const id = testCase.storedLesson("Fermer", "Début", false);
        const [app, home, page] = testCase.appEditing(id, " et la suite");
        app.close();
        tryVerify(() => !app.visible, 2000, "the window closes: nothing to ask for a draft");
        compare(testCase.stored(id).beforeClass, "Début et la suite", "the draft was saved on the way");
    }

    function test_closingAPublishedLessonAsks() {
        const id = testCase.storedLesson("Publiée fermée", "Début", true);
        const [app, home, page] = testCase.appEditing(id, " moitie");
        // The teacher went to the board meanwhile: the editor comes back with its question.
        home.showSection(4);
        app.close();
        const asked = findChild(page, "leaveDialog");
        tryVerify(() => asked.opened, 2000, "the question is asked");
        verify(app.visible, "the window stays while she chooses");
        compare(home.section, 1, "the lesson's editor is shown again");
        compare(testCase.stored(id).beforeClass, "Début", "nothing sent yet");
        // Back to the lesson: the window stays, the words too.
        mouseClick(asked.cancelButton);
        tryVerify(() => !asked.visible);
        verify(app.visible);
        verify(page.editing);
        compare(page.editor.beforeClass, "Début moitie");
        // The chip says the change is not saved: "Published" alone read as if the students had it.
        compare(findChild(page, "editorState").text, "Published, changes not saved");
        // Closing again, then Save: saved, and the window closes.
        app.close();
        tryVerify(() => asked.opened);
        mouseClick(asked.confirmButton);
        tryVerify(() => !app.visible, 2000, "the window closes once saved");
        compare(testCase.stored(id).beforeClass, "Début moitie");
    }

    function test_closingWithoutSaving() {
        const id = testCase.storedLesson("Publiée non gardée", "Début", true);
        const [app, home, page] = testCase.appEditing(id, " brouillon");
        app.close();
        const asked = findChild(page, "leaveDialog");
        tryVerify(() => asked.opened);
        mouseClick(asked.discardButton);
        tryVerify(() => !app.visible, 2000, "Don't save closes the window");
        compare(testCase.stored(id).beforeClass, "Début", "the students' lesson as it was");
    }

    // A new lesson with words but no title cannot be saved: the window stays open and the editor says why.
    function test_closingAnUntitledLessonKeepsTheWindow() {
        const [app, home, page] = testCase.appEditing("", "Sans titre");
        app.close();
        wait(50);
        verify(app.visible, "what cannot be saved is not thrown away");
        verify(page.editing);
        verify(page.editor.error.length > 0, "the teacher reads why");
        compare(page.editor.beforeClass, "Sans titre");
    }

    // Another person takes the computer ("Switch person" in the top bar): the same as closing.
    function test_switchingPersonSavesTheDraft() {
        const id = testCase.storedLesson("Changer", "Début", false);
        const [app, home, page] = testCase.appEditing(id, " ajoute");
        mouseClick(findChild(app, "switchButton"));
        tryCompare(app, "screen", "profiles");
        verify(Session.unlock("mme.martin", "demo-prof"), Session.error);
        compare(testCase.stored(id).beforeClass, "Début ajoute");
    }

    // The positive control: an unchanged lesson open, the window closes at once and the lesson is as it was.
    function test_closingAnUnchangedLesson() {
        const id = testCase.storedLesson("Intacte", "Début", true);
        const [app, home, page] = testCase.appEditing(id, "");
        app.close();
        tryVerify(() => !app.visible, 2000);
        verify(!findChild(page, "leaveDialog").opened);
        compare(testCase.stored(id).beforeClass, "Début");
    }
}
