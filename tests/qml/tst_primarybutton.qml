// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtTest
import Continuite

// A button is said by its words, not by the arrows and signs drawn beside them.
TestCase {
    id: testCase

    name: "PrimaryButton"
    when: windowShown

    Component {
        id: buttonComponent
        PrimaryButton {
        }
    }

    function test_glyphsAreNotSaid_data() {
        return [
            { tag: "back arrow", text: "‹ Retour à la leçon", said: "Retour à la leçon" },
            { tag: "forward arrow", text: "Corriger ›", said: "Corriger" },
            { tag: "stop sign", text: "■ Arrêter (0:12)", said: "Arrêter (0:12)" },
            { tag: "record sign", text: "● Enregistrer ma voix", said: "Enregistrer ma voix" },
            { tag: "plain words (control)", text: "Enregistrer", said: "Enregistrer" },
            { tag: "an arrow inside the words stays", text: "Page 1 › 2", said: "Page 1 › 2" }
        ];
    }
    function test_glyphsAreNotSaid(data) {
        const button = createTemporaryObject(buttonComponent, testCase, { "text": data.text });
        compare(button.Accessible.name, data.said);
        compare(button.text, data.text, "the eye still sees the sign");
    }
}
