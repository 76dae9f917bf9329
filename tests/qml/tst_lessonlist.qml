// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtTest
import Continuite

// The lesson list: the current person's lessons, in order; Up/Down move, Enter opens.
TestCase {
    id: testCase

    name: "LessonList"
    width: 1024
    height: 600
    visible: true
    when: windowShown

    Component {
        id: listComponent
        LessonList {
            width: 1024
            height: 560
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
    }

    function makeList() {
        const list = createTemporaryObject(listComponent, testCase);
        verify(list);
        list.forceActiveFocus();
        if (list.lessons.count > 0)
            tryVerify(() => list.list.itemAtIndex(list.lessons.count - 1) !== null, 5000, "the delegates are made");
        return list;
    }

    function test_studentSeesPublishedLessons() {
        verify(Session.unlock("lea", "1234"), Session.error);
        const page = makeList();
        compare(page.lessons.count, 3);
        compare(page.list.count, 3);
        const first = page.list.itemAtIndex(0);
        verify(first);
        compare(first.title, "Partager l'unité : qu'est-ce qu'une fraction ?");
        compare(first.className, "6e B — Mathématiques");
        compare(first.position, 1);
        verify(first.plannedDateText.length > 0);
        verify(first.summary.indexOf("fraction") >= 0);
        compare(first.attachmentCount, 2);
        compare(page.list.itemAtIndex(1).title, "Placer des fractions sur une droite graduée");
        compare(page.list.itemAtIndex(2).title, "Fractions égales et comparaison de fractions");
        for (let i = 0; i < 3; ++i)
            verify(page.list.itemAtIndex(i).title.indexOf("Brouillon") < 0, "a draft is not for students");
    }

    function test_teacherAlsoSeesDrafts() {
        verify(Session.unlock("mme.martin", "demo-prof"), Session.error);
        const page = makeList();
        compare(page.lessons.count, 4);
        const draft = page.list.itemAtIndex(3);
        verify(draft);
        compare(draft.lessonState, WorkStates.Draft);
    }

    function test_nobodyNoLessons() {
        const page = makeList();
        compare(page.lessons.count, 0);
        verify(!page.list.visible);
    }

    function test_keyboard() {
        verify(Session.unlock("hugo", "5678"), Session.error);
        const page = makeList();
        const opened = createTemporaryObject(spyComponent, testCase, {
                "target": page,
                "signalName": "openLesson"
            });
        verify(page.list.activeFocus);
        compare(page.list.currentIndex, 0);
        keyClick(Qt.Key_Down);
        keyClick(Qt.Key_Down);
        compare(page.list.currentIndex, 2);
        keyClick(Qt.Key_Up);
        compare(page.list.currentIndex, 1);
        keyClick(Qt.Key_Return);
        compare(opened.count, 1);
        compare(opened.signalArguments[0][0], page.lessons.lessonIdAt(1));
    }

    function test_click() {
        verify(Session.unlock("hugo", "5678"), Session.error);
        const page = makeList();
        const opened = createTemporaryObject(spyComponent, testCase, {
                "target": page,
                "signalName": "openLesson"
            });
        mouseClick(page.list.itemAtIndex(2));
        compare(opened.count, 1);
        compare(opened.signalArguments[0][0], page.lessons.lessonIdAt(2));
    }
}
