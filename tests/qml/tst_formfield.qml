// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtTest
import Continuite

// A teacher's form field says what it holds: Orca 43 reads no words of a Qt 6.4 text field, so its description
// carries them. Qt 6.4 writes the placeholder over the description when accessibility wakes up, which made the
// quiz editor's fields say "Choix 1" instead of "1/6" (found by the screen-reader review). Offscreen, nothing
// wakes accessibility: the test that failed before the fix is the AT-SPI audit's field check (tst_a11y_atspi);
// this one pins the rest (a value loaded later, a placeholder changed, an empty field).
TestCase {
    id: testCase

    name: "FormField"
    when: windowShown

    Component {
        id: fieldComponent
        FormField {
        }
    }
    property string loaded: "1/6"
    Component {
        id: boundComponent
        FormField {
            placeholderText: "Choix 1"
            Accessible.name: "Choix 1 de la question 1"
            text: testCase.loaded
        }
    }

    function test_saysWhatItHolds() {
        const field = createTemporaryObject(boundComponent, testCase);
        tryCompare(field.Accessible, "description", "1/6");
        compare(field.Accessible.name, "Choix 1 de la question 1");
        // The placeholder changes (another question's number): still the value.
        field.placeholderText = "Choix 2";
        tryCompare(field.Accessible, "description", "1/6");
        // Text loaded while the keyboard is elsewhere is said.
        testCase.loaded = "3/4";
        tryCompare(field.Accessible, "description", "3/4");
        testCase.loaded = "1/6";
    }

    function test_emptySaysItsPlaceholder() {
        const field = createTemporaryObject(fieldComponent, testCase, { "placeholderText": "La question" });
        tryCompare(field.Accessible, "description", "La question");
        field.text = "Combien de parts ?";
        tryCompare(field.Accessible, "description", "Combien de parts ?");
    }
}
