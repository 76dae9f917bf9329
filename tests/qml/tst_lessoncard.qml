// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtTest
import Continuite

// A lesson's card at 1024×600 (issue 14, "no cut text"): a long title wraps to two lines instead of losing its end
// on one, and the summary, however long and whatever its Markdown, ends on its second whole line with "…", never
// showing the top of a third (review-app19: maximumLineCount did nothing for rich text).
TestCase {
    id: testCase

    name: "LessonCard"
    width: 1024
    height: 600
    visible: true
    when: windowShown

    Component {
        id: cardComponent
        LessonCard {
            width: 700
            index: 0
            lessonId: "l1"
            className: "6e B — Mathématiques"
            plannedDateText: "lundi 7 décembre"
            lessonState: WorkStates.Published
            lessonStateText: "Publiée"
            attachmentCount: 0
            position: 3
            downloadCostText: ""
        }
    }

    function make(title, summary) {
        const card = createTemporaryObject(cardComponent, testCase, {
                "title": title,
                "summary": summary
            });
        verify(card);
        waitForRendering(card);
        return card;
    }

    function test_longSummaryEndsOnTheSecondLine() {
        const longText = "On compare des **fractions** égales : *deux* façons de le voir.\n\n- une droite graduée\n- des parts de pizza\n\n"
            + "Puis on s'entraîne sur des exercices de plus en plus longs, avec des fractions dont le dénominateur change, "
            + "et on vérifie chaque fois sur la droite graduée que les deux fractions tombent au même endroit.";
        const card = make("Fractions égales", longText);
        const summary = findChild(card, "cardSummary");
        verify(summary.visible);
        verify(summary.lineCount <= 2, "lines: " + summary.lineCount);
        verify(summary.truncated, "the rest is replaced by …");
        // Nothing drawn below its second line, and the card holds it whole.
        const bottom = summary.mapToItem(card, 0, summary.height).y;
        verify(bottom <= card.height - card.bottomPadding + 1, bottom + " > " + (card.height - card.bottomPadding));
        verify(summary.height <= summary.font.pixelSize * 3, "two lines high: " + summary.height);
        verify(summary.text.indexOf("**") < 0 && summary.text.indexOf("- une") < 0, "no Markdown signs shown: " + summary.text);
        // The control: a short summary is shown whole, on one line.
        const brief = make("Fractions égales", "Deux **fractions** égales.");
        const shortSummary = findChild(brief, "cardSummary");
        compare(shortSummary.lineCount, 1);
        verify(!shortSummary.truncated);
        compare(shortSummary.text, "Deux fractions égales.");
    }

    function test_longTitleWrapsToTwoLines() {
        const card = make("Placer des fractions sur une droite graduée, les comparer et les ranger dans l'ordre croissant", "");
        const title = findChild(card, "cardTitle");
        compare(title.lineCount, 2);
        verify(!title.truncated, "the whole title, on two lines");
        // The control: a short title stays on one line.
        compare(findChild(make("Les angles", ""), "cardTitle").lineCount, 1);
    }
}
