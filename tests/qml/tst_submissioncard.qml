// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtTest
import Continuite

// One piece of work in Correction, at every text size: the pupil's name whole, laid out once (the walk warned
// "SubmissionCard.qml:63:21: Binding loop detected for property width" at "Très grande", the name's width bound to
// its own implicit width while it wraps).
TestCase {
    id: testCase

    name: "SubmissionCard"
    width: 1024
    height: 600
    visible: true
    when: windowShown

    Component {
        id: cardComponent
        SubmissionCard {
            index: 0
            version: 2
            versionCount: 2
            isLatest: true
            whenText: "remis hier à 18:02"
            late: true
            text: "Trois quarts de la pizza."
            answersText: ""
            attachmentsText: ""
            autoScoreText: "5 / 6"
            feedback: ""
            scoreText: ""
            returned: false
            attachments: []
        }
    }

    function cutTexts(item) {
        let found = [];
        if (!item || !item.visible || item.width <= 0 || item.opacity <= 0)
            return found;
        if (item.truncated === true)
            found.push("\"" + item.text + "\" (" + Math.round(item.width) + " px)");
        for (let i = 0; i < item.children.length; ++i)
            found = found.concat(cutTexts(item.children[i]));
        return found;
    }
    /// The label under @p item showing exactly @p text.
    function label(item, text) {
        if (!item)
            return null;
        if (item.text === text && item.contentWidth !== undefined)
            return item;
        for (let i = 0; i < item.children.length; ++i) {
            const found = label(item.children[i], text);
            if (found)
                return found;
        }
        return null;
    }

    // The name long enough to wrap beside the quiz's score and "Mark ›" at "Très grande", in Correction's column
    // (about 430 px at 1024×600). Control: a short name at the normal size, one line, no loop before the fix either.
    function test_nameWrapsWithoutABindingLoop_data() {
        return [{
                "tag": "normal, short name",
                "scale": 1.0,
                "name": "Léa Dubois",
                "width": 430
            }, {
                "tag": "très grande, long name",
                "scale": 1.5,
                "name": "Marie-Charlotte Delacroix-Beaumont de La Villardière",
                "width": 430
            }, {
                "tag": "très grande, narrow",
                "scale": 1.5,
                "name": "Marie-Charlotte Delacroix-Beaumont",
                "width": 330
            }];
    }
    function test_nameWrapsWithoutABindingLoop(data) {
        failOnWarning(/Binding loop/);
        const before = Session.textScale;
        Session.textScale = data.scale;
        try {
            const card = createTemporaryObject(cardComponent, testCase, {
                    "studentName": data.name,
                    "width": data.width
                });
            verify(card);
            waitForRendering(card);
            // Narrower, then wider again (a list's width changes as its scroll bar comes and goes).
            card.width = data.width - 40;
            waitForRendering(card);
            card.width = data.width;
            waitForRendering(card);
            const name = label(card, data.name);
            verify(name, "the name is shown");
            verify(name.contentWidth <= name.width + 0.5, data.tag + ": " + name.contentWidth + " px of name in " + name.width);
            verify(name.mapToItem(card, name.width, 0).x <= card.width + 0.5, data.tag + ": the name runs out of the card");
            // Nothing cut beside it: the version and the quiz's score.
            const row = name.parent.parent;
            verify(cutTexts(row).length === 0, data.tag + ": cut: " + cutTexts(row).join(", "));
        } finally {
            Session.textScale = before;
        }
    }
}
