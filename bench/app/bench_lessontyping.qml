// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Controls.Basic
import QtTest
import Continuite

// Typing in a long lesson (review of app19, finding 8): milliseconds per key in the real lesson editor
// (TeacherLessonsPage: the part's text box, the toolbar and the preview), and Ctrl+A then Ctrl+B, for parts of about
// 2,000, 12,000 and 48,000 characters; a bare TextArea as the reference. It measures, it asserts nothing: run it by
// hand (not from ctest), on the test store of tst_qml, and say the load beside the figures:
//   QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software LC_ALL=C.UTF-8 \
//       build/tests/qml/tst_qml -input bench/app/bench_lessontyping.qml 2>&1 | grep TYPING
TestCase {
    id: testCase

    name: "BenchLessonTyping"
    width: 1024
    height: 600
    visible: true
    when: windowShown

    Component {
        id: lessonsComponent
        TeacherLessonsPage {
            width: 774
            height: 548
            focus: true
        }
    }
    Component {
        id: bareComponent
        TextArea {
            width: 380
            height: 400
            wrapMode: TextEdit.Wrap
        }
    }
    Component {
        id: classesComponent
        ClassModel {
            session: Session
        }
    }

    function lesson(lines) {
        let text = "";
        for (let i = 0; i < lines; ++i)
            text += (i % 10 === 0 ? "## Partie " + i + "\n\n" : "") + "- Ligne " + i + " avec **un mot** en gras et [un lien](https://x.fr) ici, et une phrase assez longue pour passer à la ligne.\n";
        return text;
    }
    /// Milliseconds per key over @p keys keys typed in @p area, after the window has drawn them (and after the preview's
    /// pause, when @p settle: what the teacher waits for before the preview follows).
    function perKey(area, keys, item) {
        area.forceActiveFocus();
        area.cursorPosition = 10;
        waitForRendering(item);
        const t0 = Date.now();
        for (let i = 0; i < keys; ++i)
            keyClick(Qt.Key_A);
        waitForRendering(item);
        return (Date.now() - t0) / keys;
    }

    function test_typing() {
        Session.lock();
        verify(Session.unlock("mme.martin", "demo-prof"), Session.error);
        const classes = createTemporaryObject(classesComponent, testCase);
        const classId = classes.createClass("Banc d'essai de la frappe");
        const page = createTemporaryObject(lessonsComponent, testCase, {
                "classId": classId,
                "className": "Banc"
            });
        page.newLesson();
        page.editor.title = "Longue";
        const bare = createTemporaryObject(bareComponent, testCase);
        for (const lines of [20, 100, 400]) {
            const text = testCase.lesson(lines);
            page.editor.beforeClass = text;
            wait(400); // the preview of the new text
            const keys = testCase.perKey(page.sectionArea, 20, page);
            page.sectionArea.select(0, page.sectionArea.length);
            let t0 = Date.now();
            keyClick(Qt.Key_B, Qt.ControlModifier);
            waitForRendering(page);
            const bold = Date.now() - t0;
            bare.text = text;
            const bareKeys = testCase.perKey(bare, 20, bare);
            console.log("TYPING " + text.length + " chars: " + keys.toFixed(1) + " ms a key in the editor, " + bareKeys.toFixed(1)
                        + " in a bare TextArea; Ctrl+A then Ctrl+B " + bold + " ms");
        }
        Session.lock();
    }
}
