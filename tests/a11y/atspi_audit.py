#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 Continuité contributors
# SPDX-License-Identifier: EUPL-1.2
"""Heard as a screen reader hears it: the AT-SPI audit of Continuité (issue 18).

Started by atspi_audit.sh inside its own D-Bus session, Xvfb display and accessibility bus. Starts the real
app on the demo course, walks a student (Léa) and then the teacher (Mme Martin) with the keyboard only
(xdotool), dumps the AT-SPI tree of each main screen into OUT/<screen>.txt and fails on:
  - an interactive control with no name (a password field, whose name Qt 6.4 always empties, must say
    whose secret it is in its description, which Qt 6.4 takes from the placeholder);
  - a lesson part or assignment instructions whose words (and image descriptions) are not readable as text;
  - a quiz choice that is not a radio button or a check box, or that does not say it is checked;
  - focus lost (nothing focused, or focus on something without a name) after opening a page;
  - a Tab that does not move the focus (a keyboard trap), or a button that Enter does not activate.
The counts of named / unnamed controls per screen are printed at the end and written to OUT/summary.txt.
"""

import argparse
import os
import re
import subprocess
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402

S = Atspi.StateType
INTERACTIVE = {
    "push button", "toggle button", "check box", "radio button", "page tab", "combo box", "spin button",
    "slider", "text", "password text", "entry", "link", "menu item", "check menu item", "radio menu item",
}

# What JavaScript writes for a value it could not make words of: an object turned into a string ("[object Object]",
# Qt 6.4's Locale has no toString() of a date) or a missing property ("undefined"). Never a word of the app's.
BROKEN_WORDS = re.compile(r"\[object |\bundefined\b")

# What the demo course says (content/demo), as a reader must be able to read it.
LESSON_BEFORE = "Observe bien cette pizza"
LESSON_IMAGE = "Image : Une pizza coupée en 8 parts égales, dont 3 sont garnies"
LESSON_IN = "Pliages"
LESSON_AFTER = "Cherche chez toi une situation de partage"
QUIZ_INSTRUCTIONS = "lire et écrire une fraction"
TEXT_INSTRUCTIONS = "Sami était absent"
PDF_NAME = "fiche-fractions.pdf"
PDF_PAGE1 = "Quelle fraction de chaque figure est coloriée"
# What the open page's tab says (its description), lower case.
OPEN_PAGE = "page ouverte"


class Audit:
    def __init__(self, args):
        self.args = args
        self.out = args.out
        self.failures = []
        self.counts = []  # (screen, named, unnamed)
        self.tab_counts = []  # (what, Tabs to reach it, a main action)
        self.focus_events = []
        self.announcements = []  # (time, kind, text): what a screen reader says without a focus change
        self.alerts = []  # (time, words): alert messages that appeared (or changed words) on screen
        self.last_key = 0.0  # when the walk last pressed a key
        self.late = []  # what a screen reader started after the app hears (--late-screen-reader, and the app's walk)
        self.known = []  # faults inside Qt's own widgets (the file dialog), reported, not failed
        self.region_steps = []  # (walk, key, where the keyboard landed, what was said): F6 between regions (F8)
        self.tab_reached = []  # every object Tab or Shift+Tab put the keyboard on, in the whole walk
        self.reach_checks = []  # (label, accessible): words found readable, which Tab must reach (check_reach)
        self.proc = None
        self.app = None
        self.window = None
        self.log = open(os.path.join(self.out, "walk.log"), "w", encoding="utf-8")
        self._listener = None
        self._plistener = None

    # ---- plumbing -------------------------------------------------------------------------------
    def note(self, text):
        print(text, flush=True)
        self.log.write(text + "\n")
        self.log.flush()

    def fail(self, text):
        self.failures.append(text)
        self.note("FAIL: " + text)

    def pump(self, seconds):
        ctx = GLib.MainContext.default()
        end = time.monotonic() + seconds
        while True:
            while ctx.pending():
                ctx.iteration(False)
            if time.monotonic() >= end:
                break
            time.sleep(0.02)

    def on_focus(self, event):
        if event.detail1:
            self.focus_events.append((time.monotonic(), event.source))

    def on_property(self, event):
        # A notification that shows is spoken by Orca (default.py, onShowingChanged). A description or name
        # that changes on the focused object is spoken only if the event carries the words: Qt 6.4 sends the
        # object instead, so those are kept only when they are strings (never, with Qt 6.4).
        try:
            kind = event.type
            src = event.source
            if kind.startswith("object:state-changed:showing") or kind.startswith("object:property-change:accessible-name"):
                # An alert message that appears: Orca 43 says nothing of it (default.onShowingChanged speaks only
                # notifications and tool tips), so its words must come as a notification too (check_alerts).
                if src.get_role_name() == "alert" and (event.detail1 or "name" in kind) \
                        and "showing" in self.states(src):
                    words = self.plain(src.get_name()).strip()
                    if words:
                        self.alerts.append((time.monotonic(), words))
            if kind.startswith("object:state-changed:showing"):
                if event.detail1 and src.get_role_name() == "notification":
                    words, braille = self.notification_words(src)
                    self.announcements.append((time.monotonic(), "notification", words))
                    # F4: a braille display and Orca's list of past messages get only the labels inside it.
                    if words.strip() and not braille.strip():
                        self.fail(f"the announcement {words[:60]!r} gives braille nothing: Orca 43 flashes the "
                                  f"labels inside a notification, not its name")
                    # Orca 43 says "notification" before the words unless the notification is in a status bar
                    # (speech_generator._generateRoleName, script_utilities.isStatusBarNotification).
                    if not self.in_status_bar(src):
                        self.fail(f"the announcement {words[:60]!r} is not in a status bar: Orca 43 says "
                                  f"'notification' before it")
                return
            if not src.get_state_set().contains(S.FOCUSED):
                return
            value = event.any_data if isinstance(event.any_data, str) else ""
            if value:
                self.announcements.append((time.monotonic(), kind.split(":")[-1], value))
        except GLib.Error:
            pass

    def key(self, *keys, settle=0.6, label=None, news=True):
        """Presses @p keys. After an action key (Return, Space) what appears must be said (check_said_after)."""
        action = news and self.window is not None and len(keys) == 1 and keys[0] in ("Return", "space", "KP_Enter")
        if action:
            if label is None:
                label = f"{keys[0]} on {self.describe(self.focused(0.1))}"
            before = self.labels_shown()
        self.last_key = time.monotonic()
        for k in keys:
            subprocess.run(["xdotool", "key", "--clearmodifiers", k], check=False)
            self.pump(0.15)
        self.pump(settle)
        if action:
            self.check_said_after(label, before, self.last_key)
        if any(k in ("Tab", "shift+Tab") for k in keys):
            self.tab_reached.append(self.focused(0.1))

    def type_text(self, text, settle=0.5):
        self.last_key = time.monotonic()
        subprocess.run(["xdotool", "type", "--delay", "40", text], check=False)
        self.pump(settle)

    def focus_window(self):
        found = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(self.proc.pid)],
                               capture_output=True, text=True, check=False).stdout.split()
        if not found:
            found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "Continuit"],
                                   capture_output=True, text=True, check=False).stdout.split()
        if found:
            subprocess.run(["xdotool", "windowfocus", "--sync", found[-1]], check=False)
        self.pump(0.5)

    # ---- reading --------------------------------------------------------------------------------
    @staticmethod
    def describe(acc):
        if acc is None:
            return "(nothing)"
        try:
            role = acc.get_role_name()
            name = acc.get_name() or ""
            desc = acc.get_description() or ""
            text = Audit.text_of(acc)
            s = f"[{role}] {name!r}"
            if desc:
                s += f" desc={desc!r}"
            if text:
                s += f" text={text[:80]!r}{'…' if len(text) > 80 else ''}"
            return s
        except GLib.Error:
            return "(gone)"

    @staticmethod
    def text_of(acc):
        try:
            if "Text" not in acc.get_interfaces():
                return ""
            n = acc.get_character_count()
            return Audit.plain(acc.get_text(0, n)) if n > 0 else ""
        except GLib.Error:
            return ""

    @staticmethod
    def plain(text):
        """French typography's no-break spaces read as spaces; Qt's paragraph separators as new lines."""
        return (text or "").replace("\u00a0", " ").replace("\u202f", " ").replace("\u2029", "\n")

    @staticmethod
    def states(acc):
        try:
            ss = acc.get_state_set()
            return {s.value_nick for s in S.__enum_values__.values() if ss.contains(s)}
        except GLib.Error:
            return set()

    def nodes(self, root=None, depth=0, out=None):
        """The visible subtree as (depth, accessible, role, name, description, states, text)."""
        if out is None:
            out = []
        acc = root or self.window
        try:
            role = acc.get_role_name()
            name = self.plain(acc.get_name())
            desc = self.plain(acc.get_description())
            st = self.states(acc)
            n = acc.get_child_count()
        except GLib.Error:
            return out
        if depth > 0 and "visible" not in st:
            return out
        out.append((depth, acc, role, name, desc, st, self.text_of(acc)))
        for i in range(n):
            try:
                child = acc.get_child_at_index(i)
            except GLib.Error:
                continue
            if child is not None:
                self.nodes(child, depth + 1, out)
        return out

    def find_window(self):
        desktop = Atspi.get_desktop(0)
        # No cache: Qt says when an object gains the focus, not when it loses it, so a cached state lies.
        desktop.set_cache_mask(Atspi.Cache.NONE)
        for i in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(i)
            try:
                if app is not None and app.get_process_id() == self.proc.pid:
                    self.app = app
                    app.set_cache_mask(Atspi.Cache.NONE)
                    for j in range(app.get_child_count()):
                        w = app.get_child_at_index(j)
                        if w is not None and "visible" in self.states(w):
                            self.window = w
                            return True
            except GLib.Error:
                continue
        return False

    @staticmethod
    def role_of(acc):
        try:
            return acc.get_role_name() if acc is not None else ""
        except GLib.Error:
            return ""

    def tell_why_absent(self):
        """What a person would look at when the app is not on the bus: who is, and what the app said."""
        try:
            desktop = Atspi.get_desktop(0)
            names = []
            for i in range(desktop.get_child_count()):
                app = desktop.get_child_at_index(i)
                if app is not None:
                    names.append(f"{app.get_name()!r} pid {app.get_process_id()}")
            print(f"on the accessibility bus: {', '.join(names) or 'nobody'} (the app's pid is {self.proc.pid})")
        except GLib.Error as e:
            print(f"the accessibility registry did not answer: {e}")
        self.log.flush()
        with open(os.path.join(self.out, "walk.log"), encoding="utf-8", errors="replace") as f:
            tail = f.readlines()[-30:]
        print("--- the app and the walk said:\n" + "".join(tail))

    def focused(self, wait=1.5):
        """The object that has the keyboard focus now, as the focus events and the states say."""
        self.pump(wait)
        for _, acc in reversed(self.focus_events[-30:]):
            st = self.states(acc)
            if "focused" in st and "visible" in st:
                return acc
        # Qt says "focused" of every focus scope above the focused item too: the deepest one is it.
        found = None
        for node in self.nodes():
            if "focused" in node[5] and node[0] > 0 and (found is None or node[0] > found[0]):
                found = node
        return found[1] if found else None

    @staticmethod
    def same(a, b):
        if a is None or b is None:
            return False
        try:
            return a.get_path() == b.get_path() if hasattr(a, "get_path") else a == b
        except Exception:  # noqa: BLE001
            return a == b

    def same_stop(self, a, b):
        """The same Tab stop: the same object, or a list and its current item (Qt 6.4 says the focus is on the
        item when the list takes the keyboard on opening, and on the list when Tab brings it back)."""
        if self.same(a, b):
            return True
        try:
            for x, y in ((a, b), (b, a)):
                if x is not None and y is not None and x.get_role_name() == "list item" \
                        and y.get_role_name() == "list" and self.same(x.get_parent(), y):
                    return True
        except GLib.Error:
            pass
        return False

    @staticmethod
    def spoken(acc):
        """What Orca 43 says of an object when the focus lands on it: its name, then its description (the
        "suffix" of formatting.py; none for a label, none when it repeats the name). Not the words of its
        Text interface: Orca 43 reads a line of a Qt 6.4 text by its attribute runs, which Qt answers empty,
        so it says none of them (issue 18, finding 7)."""
        try:
            name = acc.get_name() or ""
            desc = acc.get_description() or ""
            if acc.get_role_name() == "label" or desc == name:
                desc = ""
            return Audit.plain(" ".join(filter(None, [name, desc])))
        except GLib.Error:
            return ""

    def notification_words(self, src):
        """What Orca 43 makes of a notification that shows (default.onShowingChanged): speech says its name, then
        the labels under it (unrelatedLabels, one word or more); the braille flash and the list of past messages
        are those labels only, less one whose words are in the notification's name. Returns (speech, braille)."""
        name = self.plain(src.get_name() or "")
        showing_only = not self.in_status_bar(src)
        labels = []

        def walk(node, depth):
            if depth > 8:
                return
            for i in range(node.get_child_count()):
                child = node.get_child_at_index(i)
                if child is None:
                    continue
                if showing_only and "showing" not in self.states(child):
                    continue
                if child.get_role_name() in ("label", "static") and not child.get_relation_set():
                    words = self.plain(child.get_name() or "")
                    if not words:
                        words = self.text_of(child)
                    if words.strip() and words not in name and words not in labels:
                        labels.append(words)
                walk(child, depth + 1)

        try:
            walk(src, 0)
        except GLib.Error:
            pass
        return " ".join(w for w in [name] + labels if w.strip()), "".join(labels)

    @staticmethod
    def in_status_bar(acc):
        try:
            node = acc.get_parent()
            for _ in range(64):
                if node is None:
                    return False
                if node.get_role_name() == "status bar":
                    return True
                node = node.get_parent()
        except GLib.Error:
            pass
        return False

    # ---- checks ---------------------------------------------------------------------------------
    def check_reach(self):
        """Every object found readable was reached by the keyboard somewhere in the walk: by Tab, Shift+Tab, or
        where it landed as its page opened (A2)."""
        for label, acc in self.reach_checks:
            if not any(self.same(acc, r) for r in self.tab_reached if r is not None):
                self.fail(f"{label}: can be read, but Tab never reaches it ({self.describe(acc)})")

    def check_alerts(self):
        """Every alert message that appeared was said: a notification with its words showed within 2 s. Orca 43
        speaks no alert label that shows inside a window (issue 18, H1)."""
        self.pump(0.5)
        for t, words in self.alerts:
            said = [a for a in self.announcements if a[1] == "notification" and abs(a[0] - t) <= 2.0
                    and words in self.plain(a[2])]
            self.note(f"alert message {words[:70]!r}: {'announced' if said else 'SILENT'}")
            if not said:
                self.fail(f"the message {words[:70]!r} appeared but was not announced (Orca 43 does not speak an "
                          f"alert label)")

    def check_doubles(self):
        """The same words announced twice in a row, within a second: Orca 43 says both (heard in the Orca run, session
        17: a wrong PIN said twice). A message the same person caused again later is said again, as it should."""
        notes = [a for a in self.announcements if a[1] == "notification" and self.plain(a[2]).strip()]
        for (t1, _, w1), (t2, _, w2) in zip(notes, notes[1:]):
            if self.plain(w1) == self.plain(w2) and t2 - t1 < 1.0:
                self.fail(f"{self.plain(w2)[:70]!r} is said twice in a row ({round(t2 - t1, 2)} s apart): Orca says both")

    def screen(self, label):
        """Dumps the tree of the screen on display and counts its named and unnamed controls."""
        nodes = self.nodes()
        named, unnamed = 0, []
        with open(os.path.join(self.out, label + ".txt"), "w", encoding="utf-8") as f:
            for depth, _, role, name, desc, st, text in nodes:
                flags = ",".join(sorted(st & {"focused", "focusable", "checked", "selected", "enabled",
                                              "showing", "editable", "checkable", "read-only"}))
                line = f"{'  ' * depth}[{role}] {name!r}"
                if desc:
                    line += f" desc={desc!r}"
                if text:
                    line += f" text({len(text)})={text[:200]!r}"
                f.write(line + f" <{flags}>\n")
                # A one-line field that holds words must say them (its description: Orca 43 reads no words of a
                # Qt 6.4 field), not its placeholder; while it has the keyboard it says what it held on arrival.
                if (role == "text" and "editable" in st and "multi-line" not in st and "focused" not in st
                        and "showing" in st and text.strip() and not desc.startswith(text.strip()[:20])):
                    self.fail(f"{label}: the field {name!r} holds {text[:40]!r} but says {desc!r}")
                # Words made by a broken expression: Orca said "Choisir la date dans un calendrier : [object Object]"
                # (review-a11y22, H1), and a missing value reads "undefined". Any showing name or description.
                if "showing" in st and (BROKEN_WORDS.search(name) or BROKEN_WORDS.search(desc)):
                    self.fail(f"{label}: words from a broken expression: [{role}] {name[:80]!r}"
                              + (f" desc={desc[:80]!r}" if desc else ""))
                # A drawn glyph (?, ✎, ☺, ❐, ◔, ›…) said as if it were words: Orca reads "smiling face".
                if "showing" in st and name.strip() and len(name.strip()) <= 3 \
                        and not any(c.isalnum() for c in name):
                    self.fail(f"{label}: a glyph is said as text: [{role}] {name!r}")
                # Words said twice: a description that is already inside the name. Orca 43's "where am I" says the name,
                # then the description (formatting.py, basicWhereAmI), and other readers say both on the way in: the
                # board's rows said their last contact twice (issue 18).
                if "showing" in st and desc.strip() and desc != name and len(desc.split()) >= 3 \
                        and desc.lower() in name.lower():
                    self.fail(f"{label}: said twice: [{role}] {name[:60]!r} has its description {desc[:60]!r} in its name too")
                # An unnamed layered pane (a StackView): Orca 43 says "layered pane" as the focus enters it
                # (script_utilities.isLayoutOnly keeps it only on the desktop).
                if role == "layered pane" and not name.strip() and "showing" in st:
                    self.fail(f"{label}: an unnamed layered pane: Orca 43 says 'layered pane' on the way in")
                # Read-only words that say they are editable: Orca 43 says "editable" and a pupil tries to type.
                if role in ("text", "entry") and "read-only" in st and "editable" in st and "showing" in st:
                    self.fail(f"{label}: the read-only text {name!r} says it is editable")
                if role not in INTERACTIVE or "showing" not in st:
                    continue
                if role == "text" and "focusable" not in st:
                    continue
                if name.strip():
                    named += 1
                elif role == "password text" and desc.strip():
                    named += 1  # Qt 6.4 empties a password field's name: its placeholder is read instead
                else:
                    unnamed.append(f"[{role}] desc={desc!r}")
        self.counts.append((label, named, len(unnamed)))
        self.note(f"screen {label}: {named} named, {len(unnamed)} unnamed controls")
        for u in unnamed:
            self.fail(f"{label}: interactive control without a name: {u}")
        return nodes

    # The title each opening must say (F8): a page says one, its own, once.
    TITLES = {
        "add a person": "Ajouter une personne",
        "back from adding a person": "Qui travaille",
        "student home": "À faire",
        "student lessons": "Leçons",
        "lesson reader": "Partager l'unité",
        "PDF worksheet": "fiche-fractions.pdf",
        "back from the PDF worksheet": "Partager l'unité",
        "back to the lessons": "Leçons",
        "student assignments": "Devoirs",
        "quiz": "Quiz — ",
        "back to the assignments": "Devoirs",
        "written assignment": "Expliquer comment",
        "settings (student)": "Réglages de ",
        "student: Échanges": "Échanges",
        "sync without a hub": "Réglages de ",
        "profile chooser, again": "Qui travaille",
        "teacher home": "Suivi des élèves",
        "teacher: classes": "Classes et élèves",
        "teacher: Leçons": "Leçons",
        "teacher: editor of Leçons": "Éditeur de leçon",
        "teacher: Devoirs": "Devoirs",
        "teacher: editor of Devoirs": "Éditeur de devoir",
        "teacher: Correction": "Correction",
        "teacher: Suivi": "Suivi des élèves",
        "teacher: Échanges": "Échanges",
        "teacher: marking, seen big": "Travail de ",
        "teacher: back from marking": "Correction",
        "control: the page opened": "Une page ouverte",
        "control: the good page": "Une bonne page",
        "control: the page said twice": "Une page dite deux fois",
    }

    def expect_focus_on_open(self, label, page=True):
        """After a key opened a page: the focus is on something named, and (@p page) the page's title was said,
        after the focus landed (Orca 43 cuts what it says when the focus moves): "Page : …"."""
        acc = self.focused()
        self.tab_reached.append(acc)  # where the keyboard lands on opening is reached too (check_reach)
        heard = self.spoken(acc) if acc is not None else ""
        self.note(f"{label}: focus after opening → {self.describe(acc)}")
        if acc is None:
            self.fail(f"{label}: focus lost after opening the page (nothing focused)")
        elif not heard.strip():
            self.fail(f"{label}: focus after opening is on something without a name: {self.describe(acc)}")
        if page:
            titles = [a for a in self.announcements if a[0] >= self.last_key and a[1] == "notification"
                      and re.match(r"Page ?: ", self.plain(a[2]))]
            moves = [t for t, _ in self.focus_events if t >= self.last_key]
            focus_at = max(moves or [self.last_key])
            self.note(f"{label}: the page's title said: {[a[2] for a in titles]} at "
                      f"{[round(a[0] - self.last_key, 2) for a in titles]} s, the focus moved at "
                      f"{[round(t - self.last_key, 2) for t in moves]} s after the key")
            want = self.TITLES.get(label)
            if not titles:
                self.fail(f"{label}: the page's title is not said when it opens")
            elif titles[-1][0] < focus_at:
                self.fail(f"{label}: the page's title is said before the focus lands, which cuts it off")
            if len(titles) > 1:
                self.fail(f"{label}: the page said its title {len(titles)} times: {[a[2] for a in titles]}")
            if want is None:
                self.fail(f"{label}: no title is expected for this opening (add it to TITLES)")
            elif titles and not all(want in self.plain(a[2]) for a in titles):
                self.fail(f"{label}: the page's title says {self.plain(titles[-1][2])!r}, want {want!r}")
        return acc

    def tab_walk(self, label, presses=24, want=None):
        """Tab through the screen: every press must move the focus; returns the objects visited."""
        start = self.focused(0.3)
        visited = [start]
        before = start
        for i in range(presses):
            self.key("Tab", settle=0.2)
            now = self.focused(0.2)
            self.tab_reached.append(now)  # a focus event late on a loaded machine: what the walk saw counts too
            if now is None:
                self.fail(f"{label}: Tab {i + 1} left nothing focused (after {self.describe(before)})")
                break
            if self.same(now, before):
                self.fail(f"{label}: Tab {i + 1} did not move the focus from {self.describe(before)}")
                break
            # A4: back on an object already visited that is not where the walk started: Tab goes round a cycle
            # that the rest of the screen (and the start) is never reached from.
            if not self.same_stop(now, start) and any(self.same_stop(now, v) for v in visited[1:]):
                self.fail(f"{label}: Tab {i + 1} goes round a cycle back to {self.describe(now)}, never back to "
                          f"where it started ({self.describe(start)})")
                visited.append(now)
                break
            visited.append(now)
            if not self.spoken(now).strip():
                self.fail(f"{label}: Tab {i + 1} landed on something without a name: {self.describe(now)}")
            if want and want(now):
                break
            if self.same_stop(now, start):
                break
            before = now
        with open(os.path.join(self.out, label + ".tabs.txt"), "w", encoding="utf-8") as f:
            for acc in visited:
                f.write(self.describe(acc) + "\n")
        return visited

    # F9: the Tabs a pupil may need to reach a screen's main action from where the keyboard is (each one is a stop
    # Orca reads out, a dozen is already a long wait). A main action further than that fails the audit.
    MAIN_ACTION_TABS = 10

    def tab_to(self, label, predicate, presses=40, backwards=False, main=False):
        """Tab until @p predicate holds of the focused object; stops when the Tab chain comes back to where
        it started, so that a failure leaves the keyboard where it was. @p main: a screen's main action, which
        must take at most MAIN_ACTION_TABS Tabs (F9)."""
        start = self.focused(0.2)
        acc = start
        for i in range(presses):
            if acc is not None and predicate(acc):
                self.note(f"{label}: reached in {i} {'shift+' if backwards else ''}Tab(s)"
                          + (f" (a main action: at most {self.MAIN_ACTION_TABS})" if main else ""))
                self.tab_counts.append((label, i, main))
                if main and i > self.MAIN_ACTION_TABS:
                    self.fail(f"{label}: the main action takes {i} Tabs, more than {self.MAIN_ACTION_TABS}")
                return acc
            self.key("shift+Tab" if backwards else "Tab", settle=0.2)
            acc = self.focused(0.2)
            self.tab_reached.append(acc)
            if i > 0 and self.same_stop(acc, start):
                break
        if acc is not None and predicate(acc):
            self.note(f"{label}: reached in {presses} Tab(s)")
            self.tab_counts.append((label, presses, main))
            if main and presses > self.MAIN_ACTION_TABS:
                self.fail(f"{label}: the main action takes {presses} Tabs, more than {self.MAIN_ACTION_TABS}")
            return acc
        self.fail(f"{label}: could not reach it with Tab")
        return None

    def press_on(self, label, predicate, key="Return", settle=1.5):
        """Presses @p key if the keyboard is where the walk expects it; otherwise says so and does nothing."""
        acc = self.focused(0.3)
        if acc is None or not predicate(acc):
            self.fail(f"{label}: the keyboard is not there but on {self.describe(acc)}")
            return False
        self.key(key, settle=settle, label=label)
        return True

    # Words that change under an action and are not news to be said: counters a screen reader finds where they are.
    # The sync bar's line (what waits to be sent): a status bar, which Orca's "read status bar" reads, and whose routine
    # changes are not said by design (issue 18, session 14's F1: a sync after every saved draft would talk over her).
    # The state a teacher gives a piece of work ("✓ Corrigé" once returned): the message she hears says that very thing
    # ("Travail renvoyé à …"), which expect_said checks.
    # The player's clock ("0:01 / 0:01") runs while it plays: what is news there is the state, said on its own
    # ("Lecture", "En pause"), and the position, whose name says it in words.
    NOT_NEWS = (re.compile(r"^Réponses ?: \d+ sur \d+ question"), re.compile(r"^Dernière synchronisation ?: "),
                re.compile(r"^\W*Corrigé$"), re.compile(r"^\d+:\d\d / \d+:\d\d$"))

    def labels_shown(self):
        """The words of the showing labels of the window (two words or more), less those inside a notification
        (an announcement's own words): {words: accessible}; under the key "(dialog)", how many dialogs show."""
        out = {"(dialog)": 0}
        notification_depth = None
        for depth, acc, role, name, _, st, text in self.nodes():
            if role in ("dialog", "file chooser") and "showing" in st:
                out["(dialog)"] += 1
            if notification_depth is not None and depth <= notification_depth:
                notification_depth = None
            if role == "notification" and notification_depth is None:
                notification_depth = depth
            if notification_depth is not None:
                continue
            if role in ("label", "static") and "showing" in st:
                words = (name or text).strip()
                if len(words.split()) >= 2:
                    out[words] = acc
        return out

    def inside(self, acc, ancestor):
        if ancestor is None:
            return False
        try:
            node = acc.get_parent()
            for _ in range(64):
                if node is None:
                    return False
                if self.same(node, ancestor):
                    return True
                node = node.get_parent()
        except GLib.Error:
            pass
        return False

    def check_said_after(self, label, before, pressed_at):
        """F6: a label that appears (or changes) after an action key must be said within 2 s: a notification with
        its words, or the focus saying them. Orca 43 reads no label that appears (only the focus and notifications),
        whatever the label's role: check_alerts sees only alerts. Not after a page opened (its title is said and
        the focus lands on it), nor when the whole screen changed (more than 6 new labels: a dialog, a page)."""
        titles = [a for a in self.announcements if a[0] >= pressed_at and a[1] == "notification"
                  and re.match(r"Page ?: ", self.plain(a[2]))]
        if titles:
            return
        after = self.labels_shown()
        if after.pop("(dialog)") > before.get("(dialog)", 0):
            return  # a dialog opened: the focus goes into it (M4 checks it)
        new = {w: acc for w, acc in after.items() if w not in before and w != "(dialog)"}
        if not new or len(new) > 6:
            return
        self.pump(max(0.0, pressed_at + 2.0 - time.monotonic()))
        focus = self.focused(0.1)
        focus_words = self.plain(self.spoken(focus)) if focus is not None else ""
        said = " ".join(self.plain(a[2]) for a in self.announcements
                        if a[0] >= pressed_at and a[1] == "notification")
        for words, acc in new.items():
            if any(p.search(words) for p in self.NOT_NEWS) or self.inside(acc, focus):
                continue  # a counter; or inside what has the keyboard, where she reads it
            core = re.sub(r"^\W+", "", words)  # its drawn sign (✓, ↑, ⚠) is not said
            if core in said or core in focus_words:
                self.note(f"{label}: {words[:70]!r} appeared and was said")
                continue
            self.fail(f"{label}: {words[:70]!r} appeared after the key but was not said (Orca 43 reads no label "
                      f"that appears: it needs an announcement)")

    def expect_said(self, label, words, since, seconds=2.5):
        """F6, for a message the walk knows it caused: after the action at @p since, a message holding @p words shows
        on screen, and a notification says them within @p seconds (Orca 43 reads no message that appears by itself).
        check_said_after sees any new label; this one also fails when the message never came."""
        self.pump(max(0.0, since + seconds - time.monotonic()))
        shown = any("showing" in n[5] and (words in n[3] or words in n[6]) for n in self.nodes())
        said = [self.plain(a[2]) for a in self.announcements
                if a[0] >= since and a[1] == "notification" and words in self.plain(a[2])]
        self.note(f"{label}: the message {words!r} {'shows' if shown else 'does NOT show'}, said: {said}")
        if not shown and not said:
            self.fail(f"{label}: the message {words!r} never came")
        elif not said:
            self.fail(f"{label}: the message {words!r} appeared but was not said")
        return bool(said)

    @staticmethod
    def starts(prefix):
        return lambda a: Audit.plain(a.get_name()).startswith(prefix)

    @staticmethod
    def named(*words):
        def p(acc):
            try:
                name = (acc.get_name() or "") + " " + (acc.get_description() or "")
            except GLib.Error:
                return False
            return all(w.lower() in name.lower() for w in words)
        return p

    def readable(self, label, nodes, *phrases):
        """Some object on screen that takes the keyboard carries @p phrases both as text (the Text interface:
        the arrows, braille, say-all) and in what Orca 43 says when the focus lands on it (name, description).
        "Takes the keyboard" is checked by Tab at the end of the walk (check_reach): Qt 6.4 says "focusable" of
        every object, labels included, so the state proves nothing (issue 18, A2)."""
        for node in nodes:
            if "showing" in node[5] and all(p in node[6] for p in phrases):
                if all(p in self.spoken(node[1]) for p in phrases):
                    self.reach_checks.append((label, node[1]))
                    return node[1]
        self.fail(f"{label}: no object on screen that takes the keyboard has the text, and says it, "
                  f"{' / '.join(repr(p) for p in phrases)}")
        return None

    def wait_for(self, predicate, seconds=8.0):
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            if predicate():
                return True
            self.pump(0.2)
        return False

    # ---- the walk -------------------------------------------------------------------------------
    def start(self, command=None):
        env = dict(os.environ)
        if command is None:
            command = [self.args.app, self.args.fixture] if self.args.fixture else \
                [self.args.app, "--data", self.args.data, "--demo", "--lang", "fr"]
        # The run's own folder as the working directory: Qt's file dialog opens there (the cards are saved there).
        self.proc = subprocess.Popen(command, stdout=self.log, stderr=self.log, env=env,
                                     cwd=os.path.dirname(os.path.abspath(self.args.data)))
        self.started = (command, env)
        self.window = None
        if self._listener is not None:  # a second app on the same bus: the listeners are there already
            return self.appeared()
        Atspi.init()
        listener = Atspi.EventListener.new(self.on_focus)
        listener.register("object:state-changed:focused")
        self._listener = listener
        plistener = Atspi.EventListener.new(self.on_property)
        for kind in ("object:property-change:accessible-description", "object:property-change:accessible-name",
                     "object:state-changed:showing"):
            plistener.register(kind)
        self._plistener = plistener
        return self.appeared()

    def display_lost(self):
        """The app died at once because its X server did not answer ("could not connect to display :0", seen twice
        in session 14). The cause, found in session 16: an X server resets when its last client leaves and refuses
        whoever connects meanwhile; atspi_audit.sh now starts Xvfb with -noreset and checks that the display takes
        100 clients in a row. This retry stays for what is left unknown, and says so in walk.log."""
        if self.proc.poll() is None or self.proc.returncode == 0:
            return False
        self.log.flush()
        with open(os.path.join(self.out, "walk.log"), encoding="utf-8", errors="replace") as f:
            return "could not connect to display" in "".join(f.readlines()[-15:])

    def appeared(self):
        # The first start builds the demo course; a loaded machine can take a while, a dead app cannot.
        up = self.wait_for(lambda: self.find_window() or self.proc.poll() is not None, 90)
        if self.window is None and self.display_lost():
            self.note("the app could not connect to the display: started again in 3 s (the harness's display race)")
            self.pump(3.0)
            command, env = self.started
            self.proc = subprocess.Popen(command, stdout=self.log, stderr=self.log, env=env,
                                         cwd=os.path.dirname(os.path.abspath(self.args.data)))
            up = self.wait_for(lambda: self.find_window() or self.proc.poll() is not None, 90)
        if not up or self.window is None:
            code = self.proc.poll()
            self.fail("the app did not appear on the accessibility bus within 90 s" if code is None
                      else f"the app exited with code {code} before it appeared on the accessibility bus")
            self.tell_why_absent()
            return False
        self.focus_window()
        return True

    def login(self, who, secret, label, wrong=None):
        """Chooses @p who's card with the arrows (the card under the keyboard is focused) and types the secret."""
        people = lambda a: a.get_role_name() == "push button" and a.get_parent() is not None \
            and a.get_parent().get_name() == "Personnes sur cet appareil"  # noqa: E731
        card = self.tab_to(f"{label}: the people's cards", people, main=True)
        if card is None:
            return False
        for arrow in ("Left", "Right"):
            for _ in range(6):
                card = self.focused(0.2)
                self.note(f"{label}: on {self.describe(card)}")
                if card is not None and (card.get_name() or "").startswith(who):
                    break
                self.key(arrow, settle=0.2)
            if card is not None and (card.get_name() or "").startswith(who):
                break
        if card is None or not (card.get_name() or "").startswith(who):
            self.fail(f"{label}: the arrows never reached the card of {who}")
            return False
        self.key("Return")
        field = self.expect_focus_on_open(f"{label}: secret of {who}", page=False)
        if field is not None and field.get_role_name() == "password text":
            desc = field.get_description() or ""
            if who not in desc:
                self.fail(f"{label}: the secret field does not say whose it is (it reads {desc!r})")
        if wrong:
            # A wrong secret first: the error must be said (the field keeps the keyboard).
            since = time.monotonic()
            self.type_text(wrong)
            self.key("Return", settle=1.5)
            heard = [a for a in self.announcements if a[0] >= since]
            self.note(f"{label}: a wrong secret, announced: {heard}")
            if not heard:
                self.fail(f"{label}: a wrong secret is not announced")
            self.key("ctrl+a", "BackSpace", settle=0.3)
        self.type_text(secret)
        self.key("Return", settle=2.0)
        return True

    def student(self):
        self.screen("01-profils")
        self.expect_focus_on_open("profile chooser", page=False)
        # Adding a person (the login card's ways in), then back to the cards with Escape.
        if self.tab_to("the add-person button", self.named("Ajouter une personne"), main=True):
            self.key("Return", settle=1.2)
            self.expect_focus_on_open("add a person")
            self.screen("01b-ajout-personne")
            # F3: the chosen way says so (Orca 43 says no state of a page tab).
            self.check_rail("add a person: the ways", ["Se connecter avec le serveur", "En classe", "J’ai un paquet"],
                            said="mode choisi")
            self.tab_walk("01b-ajout-personne", presses=12)
            self.key("Escape", settle=1.2)
            self.expect_focus_on_open("back from adding a person")
        if not self.login("Léa", "1234", "student", wrong="0000"):
            return
        self.expect_focus_on_open("student home")
        self.screen("02-eleve-a-faire")
        self.tab_walk("02-eleve-a-faire")
        self.check_rail("student rail", ["À faire", "Leçons", "Devoirs"])
        self.region_walk("student home: F6")

        # Lessons, by the rail, with Enter.
        if self.tab_to("the rail's Leçons", lambda a: a.get_role_name() in ("page tab", "push button")
                       and (a.get_name() or "").startswith("Leçons")):
            self.key("Return")
        self.expect_focus_on_open("student lessons")
        self.screen("03-eleve-lecons")
        # The first lesson's card has the keyboard: Enter opens it.
        self.press_on("the first lesson", self.starts("Leçon 1"))
        self.expect_focus_on_open("lesson reader")
        nodes = self.screen("04-lecon-avant")
        self.readable("lesson, before class", nodes, LESSON_BEFORE)
        self.readable("lesson, before class: the image's description", nodes, LESSON_IMAGE)
        self.region_walk("lesson reader: F6")
        visited = self.tab_walk("04-lecon-avant", presses=20)
        # Orca 43 reads no line of a Qt 6.4 text (empty attribute runs): what it says when Tab lands there
        # (name, description) must carry the words too.
        if not any(LESSON_BEFORE in self.spoken(a) and LESSON_IMAGE in self.spoken(a) for a in visited if a is not None):
            self.fail("lesson: the text of the part is not reachable with Tab (or not said when reached)")
        # Line by line, as a pupil reads: from the words, Down says the next line (announced: Orca 43 reads
        # no line of a Qt 6.4 text by itself), down to the image.
        words = self.tab_to("the part's words", lambda a: a.get_role_name() == "text"
                            and "Avant la classe" in (a.get_name() or ""))
        if words is not None:
            since = time.monotonic()
            lines = []
            for _ in range(8):
                self.key("Down", settle=0.4)
                lines = [a[2] for a in self.announcements if a[0] >= since and a[1] == "notification"]
                if any(LESSON_IMAGE in line for line in lines):
                    break
            self.note(f"lesson, line by line: {lines}")
            if not lines or any(LESSON_BEFORE in line and LESSON_IMAGE in line for line in lines):
                self.fail("lesson: Down in the part's words does not say the next line")
            elif not any(LESSON_IMAGE in line for line in lines):
                self.fail("lesson: reading line by line never reaches the image's description")
        self.check_part_tabs(nodes, 0)
        # The part tabs, as in any tab list: Tab reaches the part shown, Right the next one, which shows.
        tab = self.tab_to("the part tabs", lambda a: a.get_role_name() == "page tab"
                          and "Avant la classe" in (a.get_name() or ""), backwards=True)
        if tab is not None:
            self.key("Right", settle=1.0)
            now = self.focused(0.3)
            if now is None or "En classe" not in (now.get_name() or ""):
                self.fail(f"lesson: Right on the part tab did not take the keyboard to 'En classe' ({self.describe(now)})")
            nodes = self.screen("05-lecon-en-classe")
            self.check_part_tabs(nodes, 1)
            self.readable("lesson, in class", nodes, LESSON_IN)
            self.key("Tab", settle=0.4)  # the part's words (check_reach), then back to its tab
            self.key("shift+Tab", settle=0.4)
            self.key("Right", settle=1.0)
            now = self.focused(0.3)
            if now is None or "Après la classe" not in (now.get_name() or ""):
                self.fail(f"lesson: Right on 'En classe' did not take the keyboard to 'Après la classe' ({self.describe(now)})")
            nodes = self.screen("05b-lecon-apres")
            self.check_part_tabs(nodes, 2)
            self.readable("lesson, after class", nodes, LESSON_AFTER)
            self.key("Tab", settle=0.4)
            self.key("shift+Tab", settle=0.4)
        self.pdf_walk()
        self.key("Escape", settle=1.5)
        self.expect_focus_on_open("back to the lessons")

        # Assignments: key 3, then the quiz.
        self.key("3", settle=1.0)
        self.expect_focus_on_open("student assignments")
        self.screen("06-eleve-devoirs")
        if not self.press_on("the quiz", self.starts("Quiz")):
            return
        self.expect_focus_on_open("quiz")
        nodes = self.screen("07-quiz")
        self.readable("quiz instructions", nodes, QUIZ_INSTRUCTIONS)
        self.check_choices("quiz", nodes, ("1/6", "6/1", "1/5", "5/6"))
        visited = self.tab_walk("07-quiz", presses=14, want=lambda a: (a.get_name() or "") == "1/6")
        # F9: the first choice, from where the keyboard lands on opening (the instructions), is the quiz's main action.
        if visited and visited[-1] is not None and (visited[-1].get_name() or "") == "1/6":
            tabs = len(visited) - 1
            self.note(f"quiz: the first choice reached in {tabs} Tab(s) from the opening (a main action)")
            self.tab_counts.append(("quiz: the first choice, from the opening", tabs, True))
            if tabs > self.MAIN_ACTION_TABS:
                self.fail(f"quiz: the first choice: the main action takes {tabs} Tabs, more than {self.MAIN_ACTION_TABS}")
        if not any(QUIZ_INSTRUCTIONS in self.spoken(a) for a in visited if a is not None):
            self.fail("quiz: the instructions are not reachable with Tab")
        choice = self.focused(0.2)
        if choice is not None and (choice.get_name() or "") == "1/6":
            self.key("space", settle=0.8)
            if "checked" not in self.states(choice):
                self.fail(f"quiz: after Space the choice '1/6' does not say it is checked ({self.describe(choice)})")
        else:
            self.fail("quiz: the first choice could not be reached with Tab")
        self.key("Escape", settle=1.5)

        # The written assignment: its instructions, a draft saved, handed in.
        self.expect_focus_on_open("back to the assignments")
        self.key("Down", settle=0.5)
        if not self.press_on("the written assignment", self.starts("Expliquer")):
            return
        self.expect_focus_on_open("written assignment")
        nodes = self.screen("08-devoir-ecrit")
        self.readable("written assignment's instructions", nodes, TEXT_INSTRUCTIONS)
        self.tab_walk("08-devoir-ecrit", presses=16)
        editor = self.tab_to("the answer box", self.named("réponse"), main=True)
        if editor is not None:
            since = time.monotonic()
            self.type_text("Je place le point E entre 1 et 2.", settle=3.0)
            heard = [a for a in self.announcements if a[0] >= since]
            self.note(f"while typing, announced: {heard}")
            if not any("brouillon" in a[2].lower() for a in heard):
                self.fail("written assignment: the saved draft is not announced")
            # Where she writes, Up says the line it reaches (review-a11y22, M1: it was silent).
            self.key("Return", settle=0.2)
            self.type_text("Puis je compte.", settle=0.5)
            since = time.monotonic()
            self.key("Up", settle=0.5)
            self.expect_said("written assignment: Up in the answer box", "Je place le point E", since)
            self.key("Tab", settle=0.3)
            after = self.focused(0.3)
            if self.same(after, editor):
                self.fail("written assignment: Tab does not leave the answer box")
            # She answers aloud too (the harness has no microphone: GStreamer's test tone is recorded), so that the
            # teacher opens a work holding a file the app cannot show (review-a11y23, N1).
            self.voice_answer()
            hand_in = self.tab_to("the hand-in button", lambda a: a.get_role_name() == "push button"
                                  and (a.get_name() or "").startswith("Remettre"), main=True)
            since = time.monotonic()
            if hand_in is not None:
                self.key("Return", settle=2.0)
            now = self.focused(0.3)
            heard = [a for a in self.announcements if a[0] >= since]
            self.note(f"handed in: focus {self.describe(now)}, announced {heard}")
            if not (any(re.search(r"Version \d", a[2]) for a in heard) or re.search(r"Version \d", self.spoken(now))):
                self.fail("written assignment: handing in is not announced (no focus on the new version, "
                          "no announcement)")
        self.key("Escape", settle=1.5)

        # Settings, by the header's button and Enter, then back.
        if self.tab_to("the Settings button", self.named("Réglages")):
            self.key("Return", settle=1.5)
            self.expect_focus_on_open("settings (student)")
            self.screen("09-eleve-reglages")
            # A message that appears after an action: "Changer mon code PIN" with the fields empty says why not.
            # It must be spoken (check_alerts), and the keyboard goes to the field to fill.
            if self.tab_to("the Change PIN button", self.named("Changer mon code PIN")):
                since = time.monotonic()
                self.key("Return", settle=1.5)
                shown = [a for a in self.alerts if a[0] >= since]
                self.note(f"settings: Change PIN with empty fields: messages {shown}, focus "
                          f"{self.describe(self.focused(0.2))}")
                if not shown:
                    self.fail("settings: changing the PIN with empty fields showed no message")
            self.key("Escape", settle=1.0)
        # F6: the pupil's way into the classroom without internet (Échanges): "Rejoindre" with nothing typed says
        # what to type, a message that only appears (the keyboard goes to the address field).
        if self.tab_to("the Échanges button (student)", self.named("Échanges")):
            self.key("Return", settle=1.5)
            self.expect_focus_on_open("student: Échanges")
            self.screen("15c-echanges-eleve")
            if self.tab_to("student: the join button", self.starts("Rejoindre la classe avec")) is not None:
                since = time.monotonic()
                self.press_on("student: joining with nothing typed", self.starts("Rejoindre la classe avec"))
                self.expect_said("student: joining with nothing typed", "Tape l’adresse affichée", since)
            self.key("Escape", settle=1.2)
            if self.screen_name_shown("Échanges sans internet"):
                self.key("shift+Tab", settle=0.3)  # out of the field, whose Escape may stay in it
                self.key("Escape", settle=1.2)
        # F1 in the demo: no hub is set, so the sync bar's button says it opens Réglages to connect one, and Enter
        # does that as a page opening (the focus on something named, the page's title said once), not in silence.
        if self.check_sync_button("the sync button", self.in_sync_bar()):
            self.key("Return", settle=1.5)
            self.expect_focus_on_open("sync without a hub")
            self.key("Escape", settle=1.0)
        # Handing over the device: Enter on "Changer de personne".
        if self.tab_to("Change person", self.named("Changer de personne")):
            since = time.monotonic()
            self.key("Return", settle=1.5)
            # Orca says every focus it is told of: a secret field that takes the focus on its way out
            # would be read to whoever now sits at the screen.
            passed = [acc for t, acc in self.focus_events if t >= since and self.role_of(acc) == "password text"]
            if passed:
                self.fail(f"going back to the profile cards, the focus passed through {self.describe(passed[0])}")
            if not self.wait_for(lambda: any(n[2] == "list" and n[3] == "Personnes sur cet appareil" for n in self.nodes()), 5):
                self.fail("Enter on 'Changer de personne' did not go back to the profile cards")
                self.key("space", settle=1.5)  # to go on with the teacher's walk
            self.check_hidden_focus("going back to the profile cards", since)
            self.expect_focus_on_open("profile chooser, again")

    def voice_answer(self):
        """« Répondre à l’oral », Enter to start and Enter to stop: the capsule is attached to her work; the start and
        the end are said."""
        oral = self.tab_to("the voice answer", self.starts("Répondre à l’oral"))
        if oral is None:
            return
        since = time.monotonic()
        self.key("Return", settle=2.5, news=False)
        self.expect_said("written assignment: recording", "Enregistrement", since)
        since = time.monotonic()
        self.key("Return", settle=1.5, news=False)
        self.expect_said("written assignment: recording stopped", "Enregistrement terminé", since)
        back = self.focused(0.3)
        self.note(f"written assignment: after the recording, the keyboard is on {self.describe(back)}")

    def check_hidden_focus(self, label, since):
        """Orca says every object it is told has the focus: one that does not show (a field of a page that is not there,
        heard in the Orca run, session 19: "Adresse du serveur de l'école, texte" on going back to the cards) must never
        take it. Fails on an object focused since @p since that is still there and does not show."""
        final = self.focused(0.3)
        for t, acc in self.focus_events:
            if t < since or self.same(acc, final):
                continue
            try:
                role = acc.get_role_name()
            except GLib.Error:
                continue  # gone with its page
            st = self.states(acc)
            if st and "showing" not in st and role not in ("frame", "window"):
                self.fail(f"{label}: the focus passed through {self.describe(acc)}, which does not show "
                          f"(Orca says it all the same)")
                return

    def in_sync_bar(self, bar=None):
        """A predicate: the sync bar's sync button (not its details button), found by where it is, not by its name, so
        that a button whose name was cut is still found and failed (F1). @p bar: the bar's name starts with it."""
        def p(acc):
            try:
                if acc.get_role_name() != "push button" or "détails" in self.plain(acc.get_name()).lower():
                    return False
                node = acc.get_parent()
                for _ in range(8):
                    if node is None:
                        return False
                    if node.get_role_name() in ("tool bar", "status bar") \
                            and self.plain(node.get_name()).startswith(bar or "Pas connecté à un serveur"):
                        return True
                    node = node.get_parent()
            except GLib.Error:
                pass
            return False
        return p

    def check_sync_button(self, label, predicate):
        """F1: with no hub, the sync bar's button says where Enter takes her ("…: ouvrir les réglages"), as Orca says
        it when Tab lands on it: a bare "Connexion…" would be a press into the unknown."""
        button = self.tab_to(label, predicate)
        if button is None:
            return None
        heard = self.spoken(button)
        self.note(f"{label}: Tab lands on {self.describe(button)}")
        if "ouvrir les réglages" not in heard:
            self.fail(f"{label}: the sync button without a hub does not say that it opens the settings (it says "
                      f"{heard!r})")
        return button

    # F8: the window's regions, in the order F6 goes through them (RegionKeys), and the first words each says as the
    # keyboard lands in it. Orca 43 has no landmark navigation in a Qt app: these keys are the app's own.
    REGIONS = ("the bar on top", "the page", "the sync bar")
    REGION_WORDS = ("Barre du haut", "Page", "Barre de synchronisation")

    def region_of(self, acc):
        """The region @p acc is in: inside a bar (Qt 6.4 makes both bars tool bars, whatever the sync bar's role), the one
        in the window's upper half is the bar on top (0), the other the sync bar (2); anywhere else, the page (1)."""
        try:
            node = acc.get_parent()
            for _ in range(64):
                if node is None or self.same(node, self.window):
                    break
                if node.get_role_name() in ("tool bar", "status bar"):
                    bar = node.get_extents(Atspi.CoordType.SCREEN)
                    window = self.window.get_extents(Atspi.CoordType.SCREEN)
                    return 0 if bar.y + bar.height / 2 < window.y + window.height / 2 else 2
                node = node.get_parent()
        except GLib.Error:
            pass
        return 1

    def region_walk(self, label):
        """F8: F6 takes the keyboard to the next region (the bar on top, the page, the sync bar, round), Shift+F6 to
        the one before; each press lands on a named control of that region and says which region it is (a
        notification once the focus has settled). Three of each come back to where the keyboard was."""
        start = self.focused(0.3)
        if start is None:
            self.fail(f"{label}: nothing has the keyboard before F6")
            return
        region = self.region_of(start)
        for key, step in (("F6", 1),) * 3 + (("shift+F6", -1),) * 3:
            want = (region + step) % 3
            before = self.focused(0.1)
            since = time.monotonic()
            self.key(key, settle=1.0, news=False)
            now = self.focused(0.2)
            self.tab_reached.append(now)
            said = [self.plain(a[2]) for a in self.announcements if a[0] >= since and a[1] == "notification"]
            got = self.region_of(now) if now is not None else None
            self.note(f"{label}: {key} from {self.REGIONS[region]} → {self.describe(now)}"
                      f"{'' if got is None else ' in ' + self.REGIONS[got]}, said {said}")
            self.region_steps.append((label, key, self.describe(now), said))
            if now is None:
                self.fail(f"{label}: {key} left nothing focused")
                return
            if self.same(now, before) or got != want:
                self.fail(f"{label}: {key} did not move the focus from {self.REGIONS[region]} to {self.REGIONS[want]} "
                          f"(it is on {self.describe(now)}, in {self.REGIONS[got]})")
                return
            if not self.spoken(now).strip():
                self.fail(f"{label}: {key} landed on something without a name in {self.REGIONS[want]}: "
                          f"{self.describe(now)}")
            if not any(w.startswith(self.REGION_WORDS[want]) for w in said):
                self.fail(f"{label}: {key} into {self.REGIONS[want]} does not say which region it is (said: {said})")
            region = got
        end = self.focused(0.2)
        if not self.same(end, start):
            self.fail(f"{label}: three F6 and three Shift+F6 do not come back to where the keyboard was "
                      f"({self.describe(start)}; now {self.describe(end)})")

    def screen_name_shown(self, words):
        return any("showing" in n[5] and n[2] == "label" and n[3] == words for n in self.nodes())

    def print_cards(self):
        """F6: the class's login cards saved as a PDF through Qt's file dialog (in the run's own folder: the app's
        working directory), then "Cartes enregistrées dans …", a message that only appears, must be said."""
        printer = self.tab_to("teacher: print the cards", self.starts("Imprimer les cartes de connexion"))
        if printer is None:
            return
        self.key("space", settle=2.0, news=False)  # Qt's file dialog opens (no dialog role: M4)
        field = self.tab_to("the cards' file dialog: its file name", lambda a: a.get_role_name() == "text"
                            and "editable" in self.states(a) and self.role_of(a.get_parent()) == "dialog")
        if field is None:
            self.key("Escape", settle=1.0)
            return
        self.key("ctrl+a", "BackSpace", settle=0.2, news=False)
        self.type_text("cartes-audit")
        save = self.tab_to("the cards' file dialog: its button", lambda a: a.get_role_name() == "push button"
                           and self.plain(a.get_name()) in ("Enregistrer", "Ouvrir", "Save", "Open"))
        if save is None:
            self.key("Escape", settle=1.0)
            return
        since = time.monotonic()
        self.key("space", settle=2.0, label="teacher: the cards saved")
        self.expect_said("teacher: the cards saved", "Cartes enregistrées dans", since)
        self.note(f"teacher: after saving the cards, the keyboard is on {self.describe(self.focused(0.2))}")

    def file_dialog_walk(self, opener="Écrire un paquet de la classe", title="Écrire le paquet", label="file dialog"):
        """M4: a file dialog, the one that writes a class pack (Qt Quick Dialogs' own, drawn by Qt 6.4 where no
        platform dialog is there). What is wrong inside it is Qt's, which the app cannot name: reported as known, not
        failed. The app's part is failed as usual: Escape closes it and gives the keyboard back to its button."""
        button = self.tab_to(f"{label}: its button", self.named(opener))
        if button is None:
            return
        self.key("space", settle=2.0, news=False)  # Qt's file dialog opens (M4 checks it; it has no dialog role)
        ours = self.failures
        self.failures = []
        self.expect_focus_on_open(f"{label}: opened", page=False)
        screen = "15b-dialogue-fichier" if label == "file dialog" else f"00-controle-{label.split()[-1]}"
        nodes = self.screen(screen)
        if not any(n[2] == "dialog" and n[3].startswith(title) for n in nodes):
            ours.append(f"{label}: no dialog named {title!r}… opened")
        self.tab_walk(screen, presses=12)
        self.known += [f"Qt 6.4's file dialog: {f}" for f in self.failures]
        for f in self.failures:
            self.note(f"KNOWN (Qt's file dialog): {f}")
        self.failures = ours
        self.key("Escape", settle=1.5)
        back = self.focused(0.3)
        self.note(f"file dialog closed with Escape: focus on {self.describe(back)}")
        if not self.same(back, button):
            self.fail(f"{label}: Escape does not give the keyboard back to its button ({self.describe(back)})")

    def pdf_walk(self):
        """From the lesson: its files, the PDF worksheet opened with Enter, its words read page by page."""
        # The list of files, or its current row (a row of a list that has the keyboard takes the focus).
        files = self.tab_to("the lesson's files", lambda a: self.plain(a.get_name()).startswith("Fichiers joints")
                            or (a.get_parent() is not None
                                and self.plain(a.get_parent().get_name()).startswith("Fichiers joints")))
        if files is None:
            return
        for _ in range(3):
            if self.plain((self.focused(0.2) or files).get_name()).startswith(PDF_NAME):
                break
            self.key("Down", settle=0.3)
        self.note(f"the lesson's files: on {self.describe(self.focused(0.2))}")
        self.key("Return", settle=2.0)
        self.expect_focus_on_open("PDF worksheet")
        nodes = self.screen("04b-fiche-pdf")
        self.readable("PDF worksheet, page 1", nodes, PDF_PAGE1)
        words = self.tab_to("the PDF's first page", lambda a: a.get_role_name() == "text"
                            and self.plain(a.get_name()).startswith("Page 1 "))
        if words is not None:
            if PDF_PAGE1 not in self.spoken(words):
                self.fail(f"PDF worksheet: Tab on page 1 does not say its words ({self.describe(words)})")
            since = time.monotonic()
            self.key("Down", settle=0.5)
            self.key("Down", settle=0.5)
            lines = [a[2] for a in self.announcements if a[0] >= since and a[1] == "notification"]
            self.note(f"PDF worksheet, line by line: {lines}")
            if not lines:
                self.fail("PDF worksheet: Down in page 1's words does not say the next line")
        self.key("Escape", settle=1.5)
        self.expect_focus_on_open("back from the PDF worksheet")

    def check_choices(self, label, nodes, names):
        """The choices of a question (named @p names) are radio buttons or check boxes, as a reader says them."""
        choices = [n for n in nodes if n[3] in names and n[2] != "label"]
        if not choices:
            self.fail(f"{label}: the choices of question 1 are not on screen")
        for n in choices:
            if n[2] not in ("radio button", "check box"):
                self.fail(f"{label}: the choice {n[3]!r} is a {n[2]}, not a radio button or a check box")

    def check_rail(self, label, names, said=None):
        """A row of tabs of which one is the page shown (@p said: the words that say so, OPEN_PAGE by default; the
        sign-in ways say "mode choisi", F3)."""
        said = said or OPEN_PAGE
        nodes = self.nodes()
        for wanted in names:
            tabs = [n for n in nodes if (n[3] or "").startswith(wanted) and n[2] in ("page tab", "push button")]
            if not tabs:
                self.fail(f"{label}: no entry {wanted!r}")
                continue
            if tabs[0][2] != "page tab":
                self.fail(f"{label}: {wanted!r} is a {tabs[0][2]}, not a tab")
        tabs = [n for n in nodes if n[2] == "page tab" and any((n[3] or "").startswith(w) for w in names)]
        checked = [n[3] for n in tabs if "checked" in n[5] or "selected" in n[5]]
        if len(checked) != 1:
            self.fail(f"{label}: {len(checked)} entries say they are the page shown (want 1): {checked}")
        # Orca 43 never says a page tab's checked state (formatting.py: ROLE_PAGE_TAB is labelOrName + roleName +
        # positionInList…, then the description): what it says, the name and description, must tell the open page.
        said_open = [n[3] for n in tabs if said in self.spoken(n[1]).lower()]
        if len(said_open) != 1 or said_open != checked:
            self.fail(f"{label}: Orca says {len(said_open)} entries are the open page ({said_open}; want 1, the "
                      f"checked one: {checked})")

    def check_part_tabs(self, nodes, current):
        parts = ["Avant la classe", "En classe", "Après la classe"]
        # The tabs are named "1 · Avant la classe"…; the button that ticks the part shown names it too, and is not a tab.
        tabs = [n for n in nodes if n[2] in ("page tab", "push button") and any(p in n[3] for p in parts)
                and (n[2] == "page tab" or re.match(r"\d ·", n[3] or ""))]
        if len(tabs) != 3:
            self.fail(f"lesson: {len(tabs)} part tabs on screen (want 3)")
            return
        for n in tabs:
            if "focusable" not in n[5]:
                self.fail(f"lesson: the part tab {n[3]!r} cannot take the focus")
        on = [n[3] for n in tabs if "checked" in n[5] or "selected" in n[5]]
        if len(on) != 1 or parts[current] not in on[0]:
            self.fail(f"lesson: the part shown should be the only checked tab: {on} (want {parts[current]!r})")

    def teacher(self):
        if not self.login("Mme Martin", "demo-prof", "teacher"):
            return
        # The teacher's home opens on the continuity board (issue 14); Alt+1 goes to the classes.
        self.expect_focus_on_open("teacher home")
        self.screen("10a-prof-suivi-accueil")
        self.region_walk("teacher home: F6")
        self.key("alt+1", settle=1.2)
        self.expect_focus_on_open("teacher: classes")
        nodes = self.screen("10-prof-classes")
        # Both forms are empty: their buttons are disabled, and must say so (Qt 6.4 says nothing itself).
        for wanted in ("Créer la classe", "Ajouter l’élève"):
            found = [n for n in nodes if n[2] == "push button" and n[3].startswith(wanted)]
            if not found:
                self.fail(f"teacher: no button {wanted!r} on the classes page")
            elif "indisponible" not in (found[0][3] + " " + found[0][4]).lower():
                self.fail(f"teacher: the disabled button {wanted!r} is not said to be unavailable "
                          f"(name {found[0][3]!r}, description {found[0][4]!r})")
        self.tab_walk("10-prof-classes")
        self.check_rail("teacher menu", ["Classes et élèves", "Leçons", "Devoirs", "Correction", "Suivi"])
        self.print_cards()
        editors = {2: ("Leçon 1", "11b-prof-editeur-lecon"), 3: ("Quiz", "12b-prof-editeur-devoir")}
        for number, label, menu in ((2, "11-prof-lecons", "Leçons"), (3, "12-prof-devoirs", "Devoirs"),
                                    (4, "13-prof-correction", "Correction"), (5, "14-prof-suivi", "Suivi")):
            self.key(f"alt+{number}", settle=1.2)
            self.expect_focus_on_open(f"teacher: {menu}")
            self.screen(label)
            self.tab_walk(label, presses=30)
            if number in editors:
                # The first one's editor: Tab must leave its Markdown box (no keyboard trap).
                first, editor_label = editors[number]
                self.key(f"alt+{number}", settle=1.0)
                if self.press_on(f"teacher: the first of {menu}", self.starts(first)):
                    self.expect_focus_on_open(f"teacher: editor of {menu}")
                    self.screen(editor_label)
                    visited = self.tab_walk(editor_label, presses=40)
                    if not any("Markdown" in self.spoken(a) for a in visited if a is not None):
                        self.fail(f"{editor_label}: Tab never reached the Markdown box")
                    if number == 2:
                        self.picture_menu()
                    self.key("Escape", settle=1.0)
        # Échanges (USB packs, the classroom), by the header's button and Enter.
        if self.tab_to("the Échanges button", self.named("Échanges")):
            self.key("Return", settle=1.5)
            self.expect_focus_on_open("teacher: Échanges")
            self.screen("15-echanges")
            self.tab_walk("15-echanges", presses=16)
            self.file_dialog_walk()
            self.key("Escape", settle=1.2)
        # Marking a pupil's work, seen big: in Correction, the written assignment Léa handed in above (Down),
        # Enter to its list of work, Enter again on hers.
        self.key("alt+4", settle=1.2)
        for _ in range(4):
            if self.starts("Expliquer")(self.focused(0.2) or self.window):
                break
            self.key("Down", settle=0.4)
        if self.press_on("teacher: the written assignment to mark", self.starts("Expliquer")):
            self.note(f"teacher: its work handed in: on {self.describe(self.focused(0.3))}")
            self.key("Return", settle=1.5)
            opened = self.expect_focus_on_open("teacher: marking, seen big")
            # Her work holds her voice answer, a file the app does not show: what has the keyboard says so
            # (review-a11y23, N1: an unnamed "layered pane", the explanation a label no key reached).
            heard = self.spoken(opened) if opened is not None else ""
            self.note(f"teacher: marking a work with a voice answer, heard on opening: {heard!r}")
            if "ne peut pas être affiché" not in heard:
                self.fail(f"teacher: marking a work with a file the app cannot show: the keyboard lands on "
                          f"{self.describe(opened)}, which does not say why nothing is shown")
            if not self.wait_for(lambda: any(n[2] == "push button" and n[3].startswith("Revenir à la liste des travaux")
                                             and "showing" in n[5] for n in self.nodes()), 3):
                self.fail("teacher: Enter on the work handed in did not open it big")
            self.screen("16-correction-en-grand")
            self.tab_walk("16-correction-en-grand", presses=16)
            # F6: returning the work says so ("Travail renvoyé à Léa Dubois."), a message that only appears.
            if self.tab_to("teacher: the comment box", self.named("Commentaire pour Léa Dubois")) is not None:
                self.type_text("Bien expliqué : le point E est au bon endroit.")
                back = self.tab_to("teacher: the button that returns the work",
                                   self.starts("Renvoyer le travail corrigé à Léa Dubois"))
                if back is not None:
                    since = time.monotonic()
                    self.press_on("teacher: the work returned", self.starts("Renvoyer le travail corrigé"))
                    self.expect_said("teacher: the work returned", "Travail renvoyé à Léa Dubois", since)
            self.key("Escape", settle=1.2)
            self.expect_focus_on_open("teacher: back from marking")
        # Correction again, Enter on an assignment nobody has handed in (the quiz: Léa ticked a choice, handed nothing
        # in): the keyboard stays on it and the empty state is said (review-a11y23, N2: the focus went to the hidden
        # list of work, nothing had it, nothing was said). Last in Correction: before the fix the page kept the lost
        # focus, and the marking above would not be reached.
        self.key("alt+1", settle=1.0)
        self.key("alt+4", settle=1.2)
        # Correction keeps the keyboard where it was: on the work handed in, after the marking. Shift+Tab to the
        # assignments, then Up to the quiz.
        assignment = lambda a: self.plain(a.get_name() or "").startswith(("Quiz", "Expliquer"))  # noqa: E731
        if not assignment(self.focused(0.2) or self.window):
            self.tab_to("teacher: the assignments in Correction", assignment, presses=6, backwards=True)
        for _ in range(4):
            if self.starts("Quiz")(self.focused(0.2) or self.window):
                break
            self.key("Up", settle=0.4)
        self.empty_assignment()
        self.key("alt+1", settle=1.0)

    def empty_assignment(self):
        """Enter on the first assignment in Correction, which nobody has handed in: the keyboard stays on it (named),
        and « Rien n’a encore été remis pour ce devoir. » is said."""
        label = "teacher: Enter on an assignment with nothing handed in"
        entry = self.focused(0.3)
        name = self.plain(entry.get_name() or "") if entry is not None else ""
        if not name.startswith("Quiz") or "remis : 0 sur" not in name:
            self.fail(f"{label}: the keyboard is not on the quiz with nothing handed in but on {self.describe(entry)}")
            return
        since = time.monotonic()
        self.key("Return", settle=1.5, news=False)
        now = self.focused(0.3)
        self.note(f"{label}: focus {self.describe(now)}")
        if now is None:
            self.fail(f"{label}: focus lost (nothing focused)")
        elif not self.spoken(now).strip():
            self.fail(f"{label}: the focus is on something without a name: {self.describe(now)}")
        elif not self.plain(self.spoken(now)).startswith("Quiz"):
            self.fail(f"{label}: the keyboard left the assignment for {self.describe(now)}")
        self.expect_said(label, "Rien n’a encore été remis", since)

    def picture_menu(self):
        """The lesson editor's Image menu from the keyboard: named, the keyboard on its first entry (review-a11y22, M4:
        it opened as an unnamed popup menu with no current entry, and Orca said nothing). Escape gives it back."""
        if self.tab_to("teacher: the Image button", self.starts("Mettre une des images")) is None:
            return
        self.key("Return", settle=1.0)
        acc = self.expect_focus_on_open("teacher: the picture menu", page=False)
        menus = [n for n in self.nodes() if n[2] == "popup menu" and "showing" in n[5]]
        self.note(f"teacher: the picture menu: {[(n[3], n[2]) for n in menus]}")
        if not menus:
            self.fail("teacher: the picture menu did not open")
        elif not any(n[3].strip() for n in menus):
            self.fail("teacher: the picture menu has no name")
        if acc is not None and acc.get_role_name() != "menu item":
            self.fail(f"teacher: the picture menu opens with the keyboard on {self.describe(acc)}, not on an entry")
        self.key("Escape", settle=1.0)
        back = self.focused(0.3)
        if back is None or not self.spoken(back).startswith("Mettre une des images"):
            self.fail(f"teacher: Escape from the picture menu leaves the keyboard on {self.describe(back)}")

    def stop(self):
        if self.proc is not None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
            self.proc = None

    def media(self):
        """The media player on an audio file (the demo course has none): named controls, focus, Tab, Space."""
        if not self.start([self.args.scene_host, self.args.media_scene]):
            return
        self.expect_focus_on_open("media player", page=False)
        self.screen("17-lecteur-media")
        visited = self.tab_walk("17-lecteur-media", presses=8)
        names = [self.plain(a.get_name()) for a in visited if a is not None]
        for wanted in ("Lire la-440hz.wav", "Position", "Volume"):
            if not any(n.startswith(wanted) for n in names):
                self.fail(f"media player: Tab never reached {wanted!r} (went through {names})")
        # review-a11y22, M2: Space said nothing (only the button's name changed), the position was read in milliseconds
        # and an arrow moved it 0.1 ms. Now Space says the state, and an arrow moves seconds, said in words.
        position = self.tab_to("media player: the position", self.starts("Position"))
        if position is not None:
            since = time.monotonic()
            self.key("Right", settle=0.5)
            value = position.get_value_iface()
            moved = value.get_current_value() if value is not None else None
            self.note(f"media player: Right on the position: value {moved}")
            if moved is None or moved < 1:
                self.fail(f"media player: Right moves the position to {moved}, not by a second or more")
            self.expect_said("media player: Right on the position", "seconde", since)
            self.key("Left", settle=0.5)  # back to the start, to play it
        if self.tab_to("media player: the play button", self.starts("Lire la-440hz.wav"), backwards=True) is not None:
            since = time.monotonic()
            self.key("space", settle=0.5)
            self.expect_said("media player: Space", "Lecture", since)

    def photo(self):
        """A photo handed in, as Correction shows it big (the demo course has none): Tab lands on it, named, with
        its keys; + zooms without losing the keyboard; Tab leaves it."""
        if not self.start([self.args.scene_host, self.args.photo_scene]):
            return
        self.expect_focus_on_open("photo to mark", page=False)
        self.screen("18-photo-a-corriger")
        photo = self.tab_to("the photo", lambda a: a.get_role_name() == "image" and "focused" in self.states(a))
        if photo is None:
            return
        heard = self.spoken(photo)
        self.note(f"photo to mark: Tab lands on {self.describe(photo)}")
        if not heard.startswith("Photo cahier-lea.png") or "+" not in heard:
            self.fail(f"photo to mark: Tab lands on the photo, which says {heard!r} (want its name and its keys)")
        self.key("plus", settle=0.5)
        if not self.same(self.focused(0.2), photo):
            self.fail(f"photo to mark: + took the keyboard off the photo ({self.describe(self.focused(0.2))})")
        self.key("Tab", settle=0.3)
        after = self.focused(0.3)
        if after is None or self.same(after, photo) or not self.spoken(after).strip():
            self.fail(f"photo to mark: Tab does not leave the photo for a named control ({self.describe(after)})")

    # ---- the positive control ---------------------------------------------------------------------
    # Each fault planted in tests/a11y/fixture/BrokenScene.qml, and the words the audit fails it with.
    PLANTED = {
        "a control without a name": "interactive control without a name",
        "a quiz choice that is a push button": "not a radio button or a check box",
        "instructions whose words a reader cannot get": "no object on screen that takes the keyboard has the text",
        "a read-only text that says it is editable": "says it is editable",
        "a keyboard trap (Tab inserts a tab)": "did not move the focus",
        "focus lost on opening a page": "focus lost after opening",
        "an announcement Orca says as 'notification'": "is not in a status bar",
        "a glyph said as text": "a glyph is said as text",
        "a Tab stop without a name": "landed on something without a name",
        "an alert message nothing says": "'Le code est faux, et personne ne le dit.' appeared but was not announced",
        "an open tab that says only its checked state": "control rail: Orca says 0 entries are the open page",
        "an unnamed layered pane (StackView)": "an unnamed layered pane",
        "a page whose title is not said": "control: the page opened: the page's title is not said",
        "a Tab cycle that never comes back": "00-controle-cycle: Tab 3 goes round a cycle",
        "readable words Tab never reaches": "control: words Tab skips: can be read, but Tab never reaches it",
        "a file dialog that does not give the keyboard back": "control: dialog that loses: Escape does not give",
        "an app a screen reader started after it never hears": "late screen reader, the scene host: the app is NOT heard",
        "ways whose chosen one says only its checked state": "control ways: Orca says 0 entries",
        "a label that appears after a key and nothing says": "control: the silent check: 'Le code est faux, et rien ne le dit.' appeared",
        "a page that says its title twice": "control: the page said twice: the page said its title 2 times",
        "a page that says another page's title": "control: the page said twice: the page's title says",
        "a message the walk caused, which appears and nothing says (expect_said)":
            "control: the silent check, expected: the message 'rien ne le dit' appeared but was not said",
        "an announcement that gives braille nothing (a bare named notification)": "'Un message sans braille.' gives braille nothing",
        "a main action a dozen Tabs away": "control: the far action: the main action takes 12 Tabs",
        "a message said twice in a row": "'Un message dit deux fois.' is said twice in a row",
        "an F6 that lands on something without a name": "control regions, planted: F6 landed on something without a name",
        "an F6 into a region that does not say which": "control regions, planted: F6 into the sync bar does not say which region",
        "an F6 that does not move to the next region": "control regions, planted: F6 did not move the focus",
        "a row whose description is already in its name (said twice)": "has its description 'Dernier contact hier",
        "a name that says '[object Object]' (an object made words)":
            "words from a broken expression: [list item] 'Jour de la séance : [object Object]'",
        "a description that says 'undefined' (a property that is not there)":
            "words from a broken expression: [list item] 'Fiche à rendre' desc='Taille : undefined'",
        "a sync button without a hub that does not say it opens the settings (its name cut)":
            "control: the cut sync button: the sync button without a hub does not say",
    }
    # What is right beside each new fault, which the audit must not fail on (so a check that fails on everything
    # does not pass the control either).
    CLEAN = {
        "a message said through StatusMessage": "'Message bien dit à voix haute.' appeared but",
        "a message said through StatusMessage reaches braille": "'Message bien dit à voix haute.' gives braille",
        "the app's rail entries (NavButton)": "control, app's rail:",
        "a page that says its title after the focus landed": "control: the good page",
        "a page that says its own title once": "control: the good page: the page",
        "a label that appears after a key and is announced": "control: the said check:",
        "the app's sign-in ways (ChoiceButton)": "control, app's ways:",
        "a Tab chain that comes back to its start": "00-controle-bonne-page",
        "readable words that Tab reaches": "control: words Tab reaches",
        "a file dialog that gives the keyboard back": "control: dialog that gives",
        "a main action a Tab away": "control: the near action",
        "a message the walk caused, which is said (expect_said)": "control: the said check, expected",
        "the app's SyncBar without a hub": "control: the app's sync button",
        "the app's F6 between regions (RegionKeys)": "control regions, clean",
        "a row that says each thing once": "said twice: [list item] 'Sami Roux",
        "a name and a description whole (a day in words, a size)": "Jour de la séance en classe : lundi",
    }

    def control(self):
        """Walks the broken scene with the checks the app's walk uses."""
        nodes = self.screen("00-controle")
        self.expect_focus_on_open("control: first screen", page=False)
        self.check_choices("control", nodes, ("1/6", "5/6"))
        self.check_rail("control rail", ["Leçons", "Devoirs"])
        self.check_rail("control, app's rail", ["Classes", "Suivi"])
        self.check_rail("control ways", ["Leçons", "Devoirs"], said="mode choisi")
        self.check_rail("control, app's ways", ["Par la salle", "Par le réseau"], said="mode choisi")
        self.readable("control: instructions", nodes, "Colorie les trois quarts")
        self.readable("control: words Tab skips", nodes, "Des mots hors de portée")
        self.readable("control: words Tab reaches", nodes, "Des mots à portée de Tab")
        self.tab_walk("00-controle", presses=10)
        self.key("F5", settle=1.0)
        self.expect_focus_on_open("control: the page opened")
        self.key("F6", settle=1.0)
        self.expect_focus_on_open("control: the good page")
        self.tab_walk("00-controle-bonne-page", presses=30)
        self.key("F9", settle=1.0)
        self.expect_focus_on_open("control: the page said twice")
        # F6: a label that appears after a key, said or not.
        for who, button, words in (("control: the silent check", "Vérifier le code", "rien ne le dit"),
                                   ("control: the said check", "Vérifier bien", "et c'est dit")):
            if self.tab_to(who, self.starts(button)) is not None:
                since = time.monotonic()
                self.press_on(who, self.starts(button), key="space")
                self.expect_said(f"{who}, expected", words, since)
        # F9: a main action a dozen Tabs away (planted), and one a Tab away (not a fault).
        self.tab_to("control: the far action", self.starts("Remettre loin"), main=True)
        self.key("shift+Tab", settle=0.3)
        self.tab_to("control: the near action", self.starts("Remettre loin"), main=True)
        self.key("F7", settle=1.0)
        self.tab_walk("00-controle-cycle", presses=6)
        self.key("F8", settle=1.0)
        self.file_dialog_walk("Choisir un fichier qui perd le clavier", "Choisir un fichier", "control: dialog that loses")
        self.file_dialog_walk("Choisir un fichier qui rend le clavier", "Choisir un fichier", "control: dialog that gives")
        # F1: a sync bar whose button's name was cut to its drawn word (planted), and the app's own SyncBar (clean).
        self.check_sync_button("control: the cut sync button", self.in_sync_bar("Barre plantée"))
        self.check_sync_button("control: the app's sync button", self.in_sync_bar())

    def regions_control(self):
        """F8's control: the app's RegionKeys in a scene of its own (a bar on top, a page, the app's SyncBar), walked
        clean; then F2 swaps it for a broken F6 (an unnamed landing in the sync bar, said by nothing, then stuck)."""
        if not self.start([self.args.app, self.args.region_scene]):
            self.fail("control regions: the scene did not appear")
            return
        self.expect_focus_on_open("control regions: the scene", page=False)
        self.region_walk("control regions, clean")
        self.key("F2", settle=0.8, news=False)
        self.region_walk("control regions, planted")

    @staticmethod
    def set_screen_reader(on):
        """What Orca does when it starts (True): org.a11y.Status.ScreenReaderEnabled on the session bus. Off (False),
        the session's accessibility too (IsEnabled), as on a desktop where no screen reader has run yet."""
        for prop in ("ScreenReaderEnabled",) if on else ("ScreenReaderEnabled", "IsEnabled"):
            subprocess.run(["dbus-send", "--session", "--print-reply", "--dest=org.a11y.Bus", "/org/a11y/bus",
                            "org.freedesktop.DBus.Properties.Set", "string:org.a11y.Status", f"string:{prop}",
                            f"variant:boolean:{'true' if on else 'false'}"], capture_output=True, check=False)

    def x_window_up(self, pid, seconds):
        """The process has mapped a window on the X server (whether or not it is on the accessibility bus)."""
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            found = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(pid)], capture_output=True,
                                   text=True, check=False).stdout.strip()
            if found:
                return True
            self.pump(0.3)
        return False

    def late_screen_reader(self, command, label, expect_heard, env_extra=None):
        """A6/F5: a screen reader started after the app. Qt 6.4 reads org.a11y.Status once, at start, so an app that
        does not export its tree whatever (QT_LINUX_ACCESSIBILITY_ALWAYS_ON, which the app's main() sets) never
        shows up. The screen reader is turned on only once the app's window is up, so "heard" means late.
        Fails when the answer is not @p expect_heard."""
        self.set_screen_reader(False)
        env = dict(os.environ)
        env.update(env_extra or {})
        self.proc = subprocess.Popen(command, stdout=self.log, stderr=self.log, env=env)
        self.window = None
        if not self.x_window_up(self.proc.pid, 90):
            self.fail(f"late screen reader, {label}: the app's window did not show within 90 s")
            self.stop()
            self.set_screen_reader(True)
            return
        self.pump(1.0)
        before = self.find_window()
        self.set_screen_reader(True)
        after = self.wait_for(lambda: self.find_window(), 10)
        heard = ("heard" if after else "NOT heard") + \
            f" (on the bus before the screen reader: {'yes' if before else 'no'})"
        self.late.append(f"{label}: {heard}")
        self.note(f"a screen reader started after the app's window showed, {label}: the app is {heard}")
        if bool(after) != expect_heard:
            self.fail(f"late screen reader, {label}: the app is {heard}, want "
                      f"{'heard' if expect_heard else 'NOT heard'}")
        self.stop()

    def control_verdict(self):
        """The control passes when the audit failed on every planted fault; it says which ones it missed."""
        lines = []
        missed = []
        for fault, words in self.PLANTED.items():
            found = any(words in f for f in self.failures)
            lines.append(f"  {'found ' if found else 'MISSED'} {fault}")
            if not found:
                missed.append(fault)
        lines.append(f"{len(self.PLANTED) - len(missed)} of {len(self.PLANTED)} planted faults found")
        for right, words in self.CLEAN.items():
            wrong = any(words in f for f in self.failures)
            lines.append(f"  {'FAILED' if wrong else 'passed'} {right}")
            if wrong:
                missed.append(f"failed on {right}")
        return lines, missed

    def run(self):
        control_window = False
        try:
            if not self.start():
                return 1
            if self.args.fixture:
                self.control()
                control_window = self.window is not None
                if self.args.region_scene:
                    self.stop()
                    self.regions_control()
                if self.args.late_screen_reader:
                    self.stop()
                    # The scene host does not set QT_LINUX_ACCESSIBILITY_ALWAYS_ON: the planted fault.
                    self.late_screen_reader([self.args.app, self.args.fixture], "the scene host", True)
            else:
                walks = set(self.args.walks.split(","))
                if "app" in walks:
                    self.student()
                    self.teacher()
                if self.args.media_scene and "media" in walks:
                    self.stop()
                    self.media()
                if self.args.photo_scene and "photo" in walks:
                    self.stop()
                    self.photo()
                # The real app, as a pupil starts it, then Orca (F5): heard. Its negative control: the same app told
                # not to export its tree whatever (CONTINUITE_ACCESSIBILITY=off) is NOT heard, so the check can fail.
                self.stop()
                if "late" in walks:
                    app = [self.args.app, "--data", self.args.data, "--lang", "fr"]
                    self.late_screen_reader(app, "the app", True)
                    self.late_screen_reader(app, "the app with CONTINUITE_ACCESSIBILITY=off", False,
                                            {"CONTINUITE_ACCESSIBILITY": "off"})
            self.check_alerts()
            self.check_doubles()
            self.check_reach()
        finally:
            self.stop()
        lines = ["screen                      named  unnamed"]
        for label, named, unnamed in self.counts:
            lines.append(f"{label:<27} {named:>5}  {unnamed:>7}")
        lines.append(f"Tabs to reach (main actions: at most {self.MAIN_ACTION_TABS})")
        for what, tabs, main in self.tab_counts:
            lines.append(f"  {tabs:>3}  {what}{'  (main action)' if main else ''}")
        if self.region_steps:
            lines.append("F6 / Shift+F6 between regions (F8): where the keyboard landed, what was said")
            for walk, key, where, said in self.region_steps:
                lines.append(f"  {walk}: {key} → {where[:90]} · said {said}")
        lines.append(f"{len(self.failures)} failure(s)")
        lines += ["  " + f for f in self.failures]
        if self.known:
            lines.append(f"{len(self.known)} known fault(s) in Qt's own widgets (reported, not failed):")
            lines += ["  " + f for f in self.known]
        missed = []
        if self.args.fixture:
            verdict, missed = self.control_verdict()
            lines += ["positive control (the faults planted in the scene):"] + verdict
        for late in self.late:
            lines.append(f"a screen reader started after the app's window showed, {late}")
        with open(os.path.join(self.out, "summary.txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        print("\n".join(lines))
        if self.args.fixture:
            return 1 if missed or not control_window else 0
        return 1 if self.failures else 0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--app", required=True)
    parser.add_argument("--data", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--scene-host", help="the scene host (a11y_scene_host), for --media-scene")
    parser.add_argument("--media-scene", help="a scene showing the media player, walked after the app")
    parser.add_argument("--late-screen-reader", action="store_true",
                        help="also start the scene with the screen reader off, turn it on, and say whether it is heard")
    parser.add_argument("--region-scene", help="with --fixture: a scene of regions (fixture/RegionScene.qml), whose F6 "
                        "is walked clean, then broken on purpose")
    parser.add_argument("--photo-scene", help="a scene showing a photo to mark (ImageViewer), walked after the app")
    parser.add_argument("--walks", default="app,media,photo,late",
                        help="which walks of the app's audit to run, comma-separated (app: both roles on the demo "
                        "course; media, photo: their scenes; late: a screen reader started after the app); all by "
                        "default. A part alone is for a builder's quick look: ctest runs them all")
    parser.add_argument("--fixture", help="a QML scene with planted faults (APP is then the scene host): "
                        "passes when the audit finds every one")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    sys.exit(Audit(args).run())


if __name__ == "__main__":
    main()
