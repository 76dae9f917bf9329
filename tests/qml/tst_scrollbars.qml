// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
import QtQuick
import QtQuick.Controls.Basic
import QtTest
import Continuite

// A page that scrolls shows its scroll bar without being scrolled first (issue 14: Settings, the pack summary,
// À faire scrolled with no bar at all, the Basic style's bar showing only while it moves), and a page whose
// content fits shows none. On the demo store, at 1024×600.
TestCase {
    id: testCase

    name: "ScrollBars"
    width: 1024
    height: 600
    visible: true
    when: windowShown

    Component {
        id: settingsComponent
        SettingsPage {
            width: 1024
            height: 548
        }
    }
    Component {
        id: exchangesComponent
        ExchangesPage {
            width: 1024
            height: 548
        }
    }
    Component {
        id: assignmentsComponent
        StudentAssignmentsPage {
            width: 804
            height: 548
        }
    }

    function cleanup() {
        Session.lock();
    }

    /// The vertical bar attached to the Flickable or ListView named @p name under @p page.
    function barOf(page, name) {
        const view = findChild(page, name);
        verify(view, name);
        const bar = view.ScrollBar.vertical;
        verify(bar, name + " has a scroll bar");
        return bar;
    }
    /// What a person sees of @p bar, without scrolling: a handle drawn, inside the window.
    function shown(bar) {
        const handle = bar.contentItem;
        return bar.visible && bar.width > 0 && handle !== null && handle.visible && handle.opacity > 0.5
            && handle.height > 0 && bar.mapToItem(null, bar.width, 0).x <= testCase.width;
    }

    function test_settingsShowTheirBar() {
        Session.lock();
        verify(Session.unlock("mme.martin", "demo-prof"), Session.error);
        const page = createTemporaryObject(settingsComponent, testCase);
        waitForRendering(page);
        const bar = barOf(page, "settingsScroll");
        verify(bar.size < 1, "Settings are taller than 548 px");
        verify(shown(bar), "the bar is there before any scrolling");
        // The control: the same page with room for all of it has no bar.
        page.height = findChild(page, "settingsScroll").contentHeight + 10;
        waitForRendering(page);
        verify(!shown(bar), "everything fits: no bar");
    }

    function test_assignmentsShowTheirBar() {
        Session.lock();
        verify(Session.unlock("lea", "1234"), Session.error);
        const page = createTemporaryObject(assignmentsComponent, testCase);
        tryVerify(() => page.list.count > 0);
        // A short window: the cards do not all fit.
        page.height = 160;
        waitForRendering(page);
        const bar = page.list.ScrollBar.vertical;
        verify(bar.size < 1);
        verify(shown(bar), "the list's bar is there before any scrolling");
        page.height = 548;
        waitForRendering(page);
        tryVerify(() => !shown(bar), 2000, "the two assignments fit: no bar");
    }

    function test_exchangesShowTheirBar() {
        Session.lock();
        verify(Session.unlock("mme.martin", "demo-prof"), Session.error);
        const page = createTemporaryObject(exchangesComponent, testCase);
        page.height = 300;
        waitForRendering(page);
        const bar = barOf(page, "exchangesScroll");
        verify(bar.size < 1);
        verify(shown(bar), "the bar is there before any scrolling");
    }
}
