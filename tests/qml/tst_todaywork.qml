// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtTest
import Continuite

// "À faire" as the whole flipped lesson (issue 14), on the real store: the lesson to read and the work due,
// by class day and numbered; one ✓ per part of a lesson (the third finishes it, which the teacher sees);
// the after-class part's homework opening from the reader; work handed in leaving "À faire" for "Already
// handed in"; and a teacher's comment noticed ("New comment from Mme Martin") until it is read.
// Léa is the student here (this file runs after the others that use her).
TestCase {
    id: testCase

    name: "TodayWork"
    width: 1024
    height: 600
    visible: true
    when: windowShown

    Component {
        id: todoComponent
        TodoPage {
            width: 804
            height: 548
            focus: true
        }
    }
    Component {
        id: readerComponent
        LessonReaderPage {
            width: 1024
            height: 548
            focus: true
        }
    }
    Component {
        id: answerComponent
        AnswerPage {
            width: 1024
            height: 548
            focus: true
        }
    }
    Component {
        id: assignmentsComponent
        StudentAssignmentsPage {
            width: 804
            height: 548
        }
    }
    Component {
        id: lessonsComponent
        LessonModel {
            session: Session
        }
    }
    Component {
        id: reviewComponent
        ReviewModel {
            session: Session
        }
    }
    Component {
        id: spyComponent
        SignalSpy {
        }
    }

    function asLea() {
        Session.lock();
        verify(Session.unlock("lea", "1234"), Session.error);
    }

    function init() {
        asLea();
    }

    function role(model, row, r) {
        return model.data(model.index(row, 0), r);
    }
    /// The row of @p model whose title is @p title (and kind @p kind), or -1.
    function rowOf(model, kind, title) {
        for (let row = 0; row < model.count; ++row)
            if (role(model, row, TodoModel.RowKindRole) === kind && role(model, row, TodoModel.TitleRole) === title)
                return row;
        return -1;
    }

    function makeTodo() {
        const page = createTemporaryObject(todoComponent, testCase);
        verify(page);
        page.forceActiveFocus();
        tryVerify(() => page.todo.count === 0 || page.list.itemAtIndex(page.todo.count - 1) !== null, 5000, "the cards are made");
        return page;
    }

    readonly property string firstLesson: "Partager l'unité : qu'est-ce qu'une fraction ?"
    readonly property string secondLesson: "Placer des fractions sur une droite graduée"
    readonly property string quiz: "Quiz — Lire et écrire des fractions"
    readonly property string textWork: "Expliquer comment placer une fraction sur une droite graduée"

    function test_1_lessonsAndWorkByClassDay() {
        const page = makeTodo();
        const todo = page.todo;
        // The lesson planned today is there to read, first, numbered 1, under "For today".
        const lesson = rowOf(todo, "lesson", testCase.firstLesson);
        verify(lesson >= 0, "the lesson of today is in À faire");
        compare(role(todo, lesson, TodoModel.GroupRole), "For today");
        compare(role(todo, lesson, TodoModel.StepRole), 0, "alone on its day: no number");
        compare(role(todo, lesson, TodoModel.NextPartRole), 0);
        compare(role(todo, lesson, TodoModel.DueHintRole), "To read: Before class");
        compare(todo.lessonCount, 3, "the three lessons of the demo are to read");
        // The quiz (due in three days) comes after the lessons planned before that day, under its own day.
        const quizRow = rowOf(todo, "work", testCase.quiz);
        const second = rowOf(todo, "lesson", testCase.secondLesson);
        verify(quizRow >= 0 && second >= 0);
        verify(second < quizRow, "the lesson planned in two days comes before the quiz due in three");
        verify(role(todo, quizRow, TodoModel.GroupRole).indexOf("For ") === 0, role(todo, quizRow, TodoModel.GroupRole));
        verify(role(todo, quizRow, TodoModel.GroupRole) !== role(todo, lesson, TodoModel.GroupRole));
        // Sections are numbered from 1 in the order of the list when they hold more than one row (tst_models).
        for (let row = 0; row < todo.count; ++row) {
            const g = role(todo, row, TodoModel.GroupRole);
            const alone = (row === 0 || role(todo, row - 1, TodoModel.GroupRole) !== g)
                    && (row === todo.count - 1 || role(todo, row + 1, TodoModel.GroupRole) !== g);
            verify(alone ? role(todo, row, TodoModel.StepRole) === 0 : role(todo, row, TodoModel.StepRole) > 0, "row " + row);
        }
        // The card says the three parts and what to do next; a screen reader hears each part's state.
        const card = page.list.itemAtIndex(lesson);
        verify(card.isLesson);
        compare(findChild(card, "partsLine").text.replace(/\u00a0/g, " "), "① Before class   ② In class   ③ After class");
        verify(card.Accessible.name.indexOf("Lesson " + testCase.firstLesson) === 0, card.Accessible.name);
        verify(card.Accessible.name.indexOf("Before class not done") > 0, card.Accessible.name);
        // Enter on it opens the lesson on its first part.
        const opened = createTemporaryObject(spyComponent, testCase, {
                "target": page,
                "signalName": "openLesson"
            });
        page.list.currentIndex = lesson;
        keyClick(Qt.Key_Return);
        compare(opened.count, 1);
        compare(opened.signalArguments[0][1], 0);
    }

    function test_2_oneTickPerPart() {
        const page = makeTodo();
        const row = rowOf(page.todo, "lesson", testCase.secondLesson);
        verify(row >= 0);
        const lessonId = role(page.todo, row, TodoModel.LessonIdRole);
        const reader = createTemporaryObject(readerComponent, testCase, {
                "lessonId": lessonId,
                "currentSection": 0
            });
        verify(reader.reader.found);
        const done = findChild(reader, "doneButton");
        verify(done.visible && done.enabled);
        compare(done.text, "I have done “Before class”");
        mouseClick(done);
        compare(reader.reader.partsDone[0], true);
        compare(reader.reader.partsDone[1], false);
        verify(!reader.reader.completed, "one part is not the whole lesson");
        verify(!done.enabled);
        compare(done.text, "✓ “Before class” done");
        verify(reader.tabs.itemAt(0).done && !reader.tabs.itemAt(1).done);
        // "À faire" follows: the part is ticked on the card, and the lesson now opens on "In class".
        const r = rowOf(page.todo, "lesson", testCase.secondLesson);
        compare(role(page.todo, r, TodoModel.NextPartRole), 1);
        tryVerify(() => page.list.itemAtIndex(r) !== null);
        compare(findChild(page.list.itemAtIndex(r), "partsLine").text.replace(/\u00a0/g, " "), "① Before class ✓   ② In class   ③ After class");
        const opened = createTemporaryObject(spyComponent, testCase, {
                "target": page,
                "signalName": "openLesson"
            });
        const card = page.list.itemAtIndex(r);
        compare(card.nextPart, 1, "the card knows the next part");
        reader.visible = false; // the reader lies over the list in this test window
        mouseClick(card);
        reader.visible = true;
        compare(opened.count, 1);
        compare(opened.signalArguments[0][0], lessonId);
        compare(opened.signalArguments[0][1], 1);
        // The after-class part shows its homework, which opens from there.
        reader.currentSection = 2;
        const homework = findChild(reader, "homework");
        verify(homework.visible, "the homework of the lesson is on its after-class part");
        const work = createTemporaryObject(spyComponent, testCase, {
                "target": reader,
                "signalName": "openAssignment"
            });
        const button = findChild(homework, "homework0");
        verify(button && button.text.indexOf(testCase.textWork) >= 0, button ? button.text : "no card");
        mouseClick(button);
        compare(work.count, 1);
        // The two other parts: the third one finishes the lesson, which the teacher sees (progress completed).
        mouseClick(done);
        verify(!reader.reader.completed);
        reader.currentSection = 1;
        verify(done.enabled);
        mouseClick(done);
        verify(reader.reader.completed, "three parts ticked: the lesson is done");
        verify(findChild(reader, "lessonDone").visible);
        const lessons = createTemporaryObject(lessonsComponent, testCase);
        let state = "";
        for (let i = 0; i < lessons.count; ++i)
            if (lessons.data(lessons.index(i, 0), LessonModel.LessonIdRole) === lessonId)
                state = lessons.data(lessons.index(i, 0), LessonModel.StateRole);
        compare(state, WorkStates.Done);
        compare(rowOf(page.todo, "lesson", testCase.secondLesson), -1, "a finished lesson leaves À faire");
        // Ticks are each person's: Hugo has not done this lesson.
        Session.lock();
        verify(Session.unlock("hugo", "5678"));
        const hugo = createTemporaryObject(readerComponent, testCase, {
                "lessonId": lessonId
            });
        compare(hugo.reader.partsDone[0], false);
    }

    function handInText() {
        const page = makeTodo();
        const row = rowOf(page.todo, "work", testCase.textWork);
        verify(row >= 0, "the text work is still to hand in");
        const answer = createTemporaryObject(answerComponent, testCase, {
                "assignmentId": page.todo.assignmentIdAt(row)
            });
        answer.work.text = "On partage l'unité en parts égales.";
        mouseClick(findChild(answer, "submitButton"));
        compare(answer.work.history.count, 1);
        return answer.assignmentId;
    }

    /// The section heading drawn above the card of row @p row in @p list (a WorkList): what a pupil reads there.
    function headingAbove(list, row) {
        const card = list.itemAtIndex(row);
        verify(card, "row " + row + " is drawn");
        let best = null;
        const children = list.contentItem.children;
        for (let i = 0; i < children.length; ++i) {
            const child = children[i];
            if (!child.visible || child.section === undefined || child.y > card.y)
                continue;
            if (!best || child.y > best.y)
                best = child;
        }
        return best ? best.text : "";
    }

    function test_3_handedInLeavesToDo() {
        // Devoirs is already open behind (as in the app, whose pages stay made) when the work is handed in.
        const before = createTemporaryObject(assignmentsComponent, testCase);
        tryVerify(() => before.list.itemAtIndex(before.assignments.count - 1) !== null);
        const id = handInText();
        const page = makeTodo();
        compare(page.todo.indexOf(id), -1, "handed in, it leaves À faire");
        // What that page shows right after (review-app19 finding 12): the work under "Already handed in", and
        // the quiz still under its own lesson.
        const beforeRow = before.assignments.indexOf(id);
        tryVerify(() => before.list.itemAtIndex(beforeRow) !== null);
        waitForRendering(before);
        compare(headingAbove(before.list, beforeRow), "Already handed in");
        const quizRow = rowOf(before.assignments, "work", testCase.quiz);
        compare(headingAbove(before.list, quizRow), testCase.firstLesson);
        const assignments = createTemporaryObject(assignmentsComponent, testCase);
        const model = assignments.assignments;
        // The control: a page made afresh says the same.
        tryVerify(() => assignments.list.itemAtIndex(model.indexOf(id)) !== null);
        compare(headingAbove(assignments.list, model.indexOf(id)), "Already handed in");
        compare(headingAbove(assignments.list, rowOf(model, "work", testCase.quiz)), testCase.firstLesson);
        const row = model.indexOf(id);
        verify(row >= 0);
        compare(row, model.count - 1, "what is handed in comes last");
        compare(role(model, row, TodoModel.GroupRole), "Already handed in");
        verify(role(model, 0, TodoModel.GroupRole) !== "Already handed in");
    }

    function test_4_newCommentIsNoticed() {
        const page0 = makeTodo();
        const textId = (() => {
                const m = createTemporaryObject(assignmentsComponent, testCase).assignments;
                for (let r = 0; r < m.count; ++r)
                    if (role(m, r, TodoModel.TitleRole) === testCase.textWork)
                        return m.assignmentIdAt(r);
                return "";
            })();
        verify(textId.length > 0);
        compare(page0.todo.indexOf(textId), -1);
        // Mme Martin returns Léa's work with a comment.
        Session.lock();
        verify(Session.unlock("mme.martin", "demo-prof"));
        const review = createTemporaryObject(reviewComponent, testCase, {
                "assignmentId": textId
            });
        let row = -1;
        for (let r = 0; r < review.count; ++r)
            if (review.data(review.index(r, 0), ReviewModel.StudentNameRole).indexOf("Léa") === 0)
                row = r;
        verify(row >= 0);
        verify(review.giveFeedback(row, "Bien expliqué ; pense à graduer la droite.", "7"), review.error);
        asLea();
        // À faire brings the work back, first, with the comment in full and who wrote it.
        const page = makeTodo();
        const r = page.todo.indexOf(textId);
        compare(r, 0, "a comment not read yet comes first");
        compare(role(page.todo, r, TodoModel.GroupRole), "New comments from your teacher");
        compare(role(page.todo, r, TodoModel.NewFeedbackRole), "New comment from Mme Martin");
        compare(page.todo.newFeedbackCount, 1);
        verify(findChild(page, "newFeedbackCount").visible);
        const card = page.list.itemAtIndex(r);
        verify(findChild(card, "newFeedbackChip").visible);
        compare(findChild(card, "newFeedbackChip").text, "New comment from Mme Martin");
        compare(findChild(card, "feedbackQuote").text, "« Bien expliqué ; pense à graduer la droite. »");
        verify(card.Accessible.name.indexOf("New comment from Mme Martin") === 0, card.Accessible.name);
        // Opening the work shows it as new there too, once; then it is read.
        const answer = createTemporaryObject(answerComponent, testCase, {
                "assignmentId": textId
            });
        const versions = findChild(answer, "versions");
        tryVerify(() => versions.itemAtIndex(0) !== null);
        const latest = versions.itemAtIndex(0);
        compare(latest.newFeedback, "New comment from Mme Martin");
        verify(findChild(latest, "newFeedbackChip").visible);
        compare(findChild(latest, "feedbackText").text, "Mme Martin: « Bien expliqué ; pense à graduer la droite. »");
        // Her score with its scale, as Mme Martin gave it (issue 14): 7 / 20, not a bare 7, and not in green.
        compare(latest.scoreText, "7 / 20");
        compare(latest.scoreTone, WorkStates.LowScore);
        tryCompare(page.todo, "newFeedbackCount", 0);
        compare(page.todo.indexOf(textId), -1, "read, it goes back to the handed-in work");
        const again = createTemporaryObject(answerComponent, testCase, {
                "assignmentId": textId
            });
        const versions2 = findChild(again, "versions");
        tryVerify(() => versions2.itemAtIndex(0) !== null);
        compare(versions2.itemAtIndex(0).newFeedback, "");
    }
}
