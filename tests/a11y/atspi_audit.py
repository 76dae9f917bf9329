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

# What the demo course says (content/demo), as a reader must be able to read it.
LESSON_BEFORE = "Observe bien cette pizza"
LESSON_IMAGE = "Image : Une pizza coupée en 8 parts égales, dont 3 sont garnies"
LESSON_IN = "Pliages"
QUIZ_INSTRUCTIONS = "lire et écrire une fraction"
TEXT_INSTRUCTIONS = "Sami était absent"


class Audit:
    def __init__(self, args):
        self.args = args
        self.out = args.out
        self.failures = []
        self.counts = []  # (screen, named, unnamed)
        self.focus_events = []
        self.announcements = []  # (time, kind, text): what a screen reader says without a focus change
        self.proc = None
        self.app = None
        self.window = None
        self.log = open(os.path.join(self.out, "walk.log"), "w", encoding="utf-8")

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
            if kind.startswith("object:state-changed:showing"):
                if event.detail1 and src.get_role_name() == "notification":
                    self.announcements.append((time.monotonic(), "notification", src.get_name() or ""))
                return
            if not src.get_state_set().contains(S.FOCUSED):
                return
            value = event.any_data if isinstance(event.any_data, str) else ""
            if value:
                self.announcements.append((time.monotonic(), kind.split(":")[-1], value))
        except GLib.Error:
            pass

    def key(self, *keys, settle=0.6):
        for k in keys:
            subprocess.run(["xdotool", "key", "--clearmodifiers", k], check=False)
            self.pump(0.15)
        self.pump(settle)

    def type_text(self, text, settle=0.5):
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

    @staticmethod
    def spoken(acc):
        """What a reader hears when the focus lands: name, then description, then the text."""
        try:
            return Audit.plain(" ".join(filter(None, [acc.get_name(), acc.get_description(), Audit.text_of(acc)])))
        except GLib.Error:
            return ""

    # ---- checks ---------------------------------------------------------------------------------
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

    def expect_focus_on_open(self, label):
        acc = self.focused()
        heard = self.spoken(acc) if acc is not None else ""
        self.note(f"{label}: focus after opening → {self.describe(acc)}")
        if acc is None:
            self.fail(f"{label}: focus lost after opening the page (nothing focused)")
        elif not heard.strip():
            self.fail(f"{label}: focus after opening is on something without a name: {self.describe(acc)}")
        return acc

    def tab_walk(self, label, presses=24, want=None):
        """Tab through the screen: every press must move the focus; returns the objects visited."""
        start = self.focused(0.3)
        visited = [start]
        before = start
        for i in range(presses):
            self.key("Tab", settle=0.25)
            now = self.focused(0.25)
            if now is None:
                self.fail(f"{label}: Tab {i + 1} left nothing focused (after {self.describe(before)})")
                break
            if self.same(now, before):
                self.fail(f"{label}: Tab {i + 1} did not move the focus from {self.describe(before)}")
                break
            visited.append(now)
            if want and want(now):
                break
            if self.same(now, start):
                break
            before = now
        with open(os.path.join(self.out, label + ".tabs.txt"), "w", encoding="utf-8") as f:
            for acc in visited:
                f.write(self.describe(acc) + "\n")
        return visited

    def tab_to(self, label, predicate, presses=40, backwards=False):
        """Tab until @p predicate holds of the focused object; stops when the Tab chain comes back to where
        it started, so that a failure leaves the keyboard where it was."""
        start = self.focused(0.2)
        acc = start
        for i in range(presses):
            if acc is not None and predicate(acc):
                return acc
            self.key("shift+Tab" if backwards else "Tab", settle=0.2)
            acc = self.focused(0.2)
            if i > 0 and self.same(acc, start):
                break
        if acc is not None and predicate(acc):
            return acc
        self.fail(f"{label}: could not reach it with Tab")
        return None

    def press_on(self, label, predicate, key="Return", settle=1.5):
        """Presses @p key if the keyboard is where the walk expects it; otherwise says so and does nothing."""
        acc = self.focused(0.3)
        if acc is None or not predicate(acc):
            self.fail(f"{label}: the keyboard is not there but on {self.describe(acc)}")
            return False
        self.key(key, settle=settle)
        return True

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
        """Some object on screen carries @p phrases as text (the Text interface, as Orca reads it)."""
        for node in nodes:
            if "showing" in node[5] and all(p in node[6] for p in phrases):
                return node[1]
        self.fail(f"{label}: no object on screen has the text {' / '.join(repr(p) for p in phrases)}")
        return None

    def wait_for(self, predicate, seconds=8.0):
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            if predicate():
                return True
            self.pump(0.2)
        return False

    # ---- the walk -------------------------------------------------------------------------------
    def start(self):
        env = dict(os.environ)
        self.proc = subprocess.Popen([self.args.app, "--data", self.args.data, "--demo", "--lang", "fr"],
                                     stdout=self.log, stderr=self.log, env=env)
        Atspi.init()
        listener = Atspi.EventListener.new(self.on_focus)
        listener.register("object:state-changed:focused")
        self._listener = listener
        plistener = Atspi.EventListener.new(self.on_property)
        for kind in ("object:property-change:accessible-description", "object:property-change:accessible-name",
                     "object:state-changed:showing"):
            plistener.register(kind)
        self._plistener = plistener
        # The first start builds the demo course; a loaded machine can take a while, a dead app cannot.
        if not self.wait_for(lambda: self.find_window() or self.proc.poll() is not None, 90) \
                or self.window is None:
            code = self.proc.poll()
            self.fail("the app did not appear on the accessibility bus within 90 s" if code is None
                      else f"the app exited with code {code} before it appeared on the accessibility bus")
            self.tell_why_absent()
            return False
        self.focus_window()
        return True

    def login(self, who, secret, label):
        """Chooses @p who's card with the arrows (the card under the keyboard is focused) and types the secret."""
        people = lambda a: a.get_role_name() == "push button" and a.get_parent() is not None \
            and a.get_parent().get_name() == "Personnes sur cet appareil"  # noqa: E731
        card = self.tab_to(f"{label}: the people's cards", people)
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
        field = self.expect_focus_on_open(f"{label}: secret of {who}")
        if field is not None and field.get_role_name() == "password text":
            desc = field.get_description() or ""
            if who not in desc:
                self.fail(f"{label}: the secret field does not say whose it is (it reads {desc!r})")
        self.type_text(secret)
        self.key("Return", settle=2.0)
        return True

    def student(self):
        self.screen("01-profils")
        self.expect_focus_on_open("profile chooser")
        if not self.login("Léa", "1234", "student"):
            return
        self.expect_focus_on_open("student home")
        self.screen("02-eleve-a-faire")
        self.tab_walk("02-eleve-a-faire")
        self.check_rail("student rail", ["À faire", "Leçons", "Devoirs"])

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
        choices = [n for n in nodes if n[3] in ("1/6", "6/1", "1/5", "5/6") and n[2] != "label"]
        if not choices:
            self.fail("quiz: the choices of question 1 are not on screen")
        for n in choices:
            if n[2] not in ("radio button", "check box"):
                self.fail(f"quiz: the choice {n[3]!r} is a {n[2]}, not a radio button or a check box")
        visited = self.tab_walk("07-quiz", presses=14, want=lambda a: (a.get_name() or "") == "1/6")
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
        editor = self.tab_to("the answer box", self.named("réponse"))
        if editor is not None:
            since = time.monotonic()
            self.type_text("Je place le point E entre 1 et 2.", settle=3.0)
            heard = [a for a in self.announcements if a[0] >= since]
            self.note(f"while typing, announced: {heard}")
            if not any("brouillon" in a[2].lower() for a in heard):
                self.fail("written assignment: the saved draft is not announced")
            self.key("Tab", settle=0.3)
            after = self.focused(0.3)
            if self.same(after, editor):
                self.fail("written assignment: Tab does not leave the answer box")
            hand_in = self.tab_to("the hand-in button", lambda a: a.get_role_name() == "push button"
                                  and (a.get_name() or "").startswith("Remettre"))
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
            self.expect_focus_on_open("profile chooser, again")

    def check_rail(self, label, names):
        nodes = self.nodes()
        for wanted in names:
            tabs = [n for n in nodes if (n[3] or "").startswith(wanted) and n[2] in ("page tab", "push button")]
            if not tabs:
                self.fail(f"{label}: no entry {wanted!r}")
                continue
            if tabs[0][2] != "page tab":
                self.fail(f"{label}: {wanted!r} is a {tabs[0][2]}, not a tab")
        checked = [n[3] for n in nodes if n[2] == "page tab" and any((n[3] or "").startswith(w) for w in names)
                   and ("checked" in n[5] or "selected" in n[5])]
        if len(checked) != 1:
            self.fail(f"{label}: {len(checked)} entries say they are the page shown (want 1): {checked}")

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
                    self.key("Escape", settle=1.0)
        self.key("alt+1", settle=1.0)

    def run(self):
        try:
            if not self.start():
                return 1
            self.student()
            self.teacher()
        finally:
            if self.proc is not None:
                self.proc.terminate()
                try:
                    self.proc.wait(10)
                except subprocess.TimeoutExpired:
                    self.proc.kill()
        lines = ["screen                      named  unnamed"]
        for label, named, unnamed in self.counts:
            lines.append(f"{label:<27} {named:>5}  {unnamed:>7}")
        lines.append(f"{len(self.failures)} failure(s)")
        lines += ["  " + f for f in self.failures]
        with open(os.path.join(self.out, "summary.txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        print("\n".join(lines))
        return 1 if self.failures else 0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--app", required=True)
    parser.add_argument("--data", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    sys.exit(Audit(args).run())


if __name__ == "__main__":
    main()
