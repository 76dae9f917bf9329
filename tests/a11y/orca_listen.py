#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 Continuité contributors
# SPDX-License-Identifier: EUPL-1.2
"""What Orca itself says of Continuité (issue 18): the real screen reader, not a model of its rules.

Started by atspi_audit.sh (CONTINUITE_A11Y_DRIVER=…/orca_listen.py) inside the audit's own Xvfb, D-Bus session
and accessibility bus, so nothing reaches the machine's desktop. Starts Debian's Orca (package orca) with its
debug log, then the real app on the demo course, and walks the main pages with the keyboard (the audit's own
walk helpers). Orca's speech goes nowhere (no sound card): every utterance is read from its debug log
("SPEECH OUTPUT: '…'", written before it is sent to a speech server, so also without one). Writes, per step,
what Orca said into OUT/orca-heard.txt; keeps Orca's log as OUT/orca-debug.log.

Not a test: a listening run (bench/a11y-orca-listen). It exits 0 when Orca spoke, 1 when it never did,
77 when Orca is not installed.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import atspi_audit  # noqa: E402

BRAILLE = re.compile(r"BRAILLE LINE:  '(.*)'$", re.M)
END = re.compile(r"'(?: voice=\S+)? ?\{'established'")

class OrcaListen(atspi_audit.Audit):
    def __init__(self, args):
        super().__init__(args)
        self.orca = None
        self.debug_log = os.path.join(self.out, "orca-debug.log")
        self.steps = []  # (label, [what Orca said])

    def start_orca(self):
        prefs = os.path.join(self.args.data + "-orca")
        os.makedirs(prefs, exist_ok=True)
        env = dict(os.environ)
        env["HOME"] = prefs  # Orca's own files (and speech-dispatcher's) stay in the run's folder
        # Orca writes its debug log through a buffer; line by line here, so that each step reads what was said
        # during it. Orca itself is run unchanged (/usr/bin/orca).
        launcher = ("import builtins, runpy, sys\n"
                    "_open = builtins.open\n"
                    "def _lines(f, mode='r', *a, **k):\n"
                    "    if f == sys.argv[2] and 'w' in mode: k['buffering'] = 1\n"
                    "    return _open(f, mode, *a, **k)\n"
                    "builtins.open = _lines\n"
                    "runpy.run_path('/usr/bin/orca', run_name='__main__')\n")
        self.orca = subprocess.Popen(["/usr/bin/python3", "-c", launcher, "--debug-file", self.debug_log,
                                      "-u", prefs],
                                     stdout=open(os.path.join(self.out, "orca-stdout.log"), "w"),
                                     stderr=subprocess.STDOUT, env=env)
        # Orca is up once it has said it started ("Screen reader on.") or has logged that it is listening.
        ok = self.wait_for(lambda: self.orca.poll() is not None or "ORCA: Starting registry" in self.log_text(), 60)
        self.pump(3.0)
        self.note(f"orca: started (pid {self.orca.pid}), spoke: {self.spoken_since(0)}")
        return ok and self.orca.poll() is None

    def log_text(self):
        try:
            with open(self.debug_log, encoding="utf-8", errors="replace") as f:
                return f.read()
        except OSError:
            return ""

    def mark(self):
        try:
            return os.path.getsize(self.debug_log)
        except OSError:
            return 0

    def braille_since(self, pos):
        """The lines Orca put on the braille display (logged even with no display: "BRAILLE LINE:  '…'")."""
        try:
            with open(self.debug_log, encoding="utf-8", errors="replace") as f:
                f.seek(pos)
                text = f.read()
        except OSError:
            return []
        return [m.group(1).replace("\u00a0", " ") for m in BRAILLE.finditer(text)]

    def spoken_since(self, pos):
        try:
            with open(self.debug_log, encoding="utf-8", errors="replace") as f:
                f.seek(pos)
                text = f.read()
        except OSError:
            return []
        # A line is "SPEECH OUTPUT: '<words>'[ voice=…]<the voice's settings, {'established': …}>"; a key echo has
        # a space before them. Words may run over several lines.
        out = []
        pending = None
        for line in text.splitlines():
            if pending is None:
                i = line.find("SPEECH OUTPUT: '")
                if i < 0:
                    continue
                pending = line[i + len("SPEECH OUTPUT: '"):]
            else:
                pending += "\n" + line
            m = END.search(pending)
            if m:
                out.append(pending[:m.start()].replace("\u00a0", " "))
                pending = None
            elif pending.count("\n") > 20:
                out.append(pending)
                pending = None
        return out

    def step(self, label, action, wait=3.0):
        pos = self.mark()
        try:
            action()
        except Exception as e:  # noqa: BLE001 - a listening run goes on: the step says what broke
            self.note(f"{label}: the walk broke: {e!r}")
        self.pump(wait)
        said = self.spoken_since(pos)
        braille = self.braille_since(pos)
        self.steps.append((label, said, braille))
        self.note(f"ORCA, {label}: {said}")
        return said

    def keys(self, *keys, settle=0.8):
        return lambda: self.key(*keys, settle=settle, news=False)

    def walk(self):
        self.step("the app opens (profile chooser)", lambda: self.start(), wait=4.0)
        people = lambda a: a.get_role_name() == "push button" and a.get_parent() is not None \
            and a.get_parent().get_name() == "Personnes sur cet appareil"  # noqa: E731
        # Adding a person and back (a hidden field must not be said on the way, issue 18).
        self.step("Tab to 'Ajouter une personne'", lambda: self.tab_to("add", self.named("Ajouter une personne")))
        self.step("Enter (the add-person page)", self.keys("Return"), wait=3.5)
        self.step("Escape (back to the cards)", self.keys("Escape"), wait=3.5)
        self.step("Tab to the people's cards", lambda: self.tab_to("cards", people))
        for _ in range(6):
            card = self.focused(0.3)
            if card is not None and (card.get_name() or "").startswith("Léa"):
                break
            self.step("Right (the next card)", self.keys("Right"))
        self.step("Enter on Léa's card (her PIN)", self.keys("Return"))
        self.step("a wrong PIN, Enter", lambda: (self.type_text("0000"), self.key("Return", news=False)))
        self.key("ctrl+a", "BackSpace", settle=0.3, news=False)
        self.step("her PIN, Enter (her home: À faire)", lambda: (self.type_text("1234"), self.key("Return", news=False)),
                  wait=4.0)
        # F8: the regions, by F6 and Shift+F6 (RegionKeys).
        self.step("F6 (the sync bar)", self.keys("F6"))
        self.step("F6 (the bar on top)", self.keys("F6"))
        self.step("F6 (back to the page)", self.keys("F6"))
        self.step("Shift+F6 (the bar on top)", self.keys("shift+F6"))
        self.step("Shift+F6 (the sync bar)", self.keys("shift+F6"))
        self.step("Shift+F6 (back to the page)", self.keys("shift+F6"))
        self.step("key 2 (Leçons)", self.keys("2"), wait=3.5)
        self.step("Enter on the first lesson", self.keys("Return"), wait=4.0)
        self.step("Tab", self.keys("Tab"))
        self.step("Down (the next line)", self.keys("Down"))
        self.step("Escape (back to the lessons)", self.keys("Escape"), wait=3.5)
        self.step("key 3 (Devoirs)", self.keys("3"), wait=3.5)
        self.step("Enter on the quiz", self.keys("Return"), wait=5.0)
        self.step("Tab to the first choice", lambda: self.tab_to("1/6", lambda a: (a.get_name() or "") == "1/6",
                                                                    presses=14))
        self.step("Space (tick it)", self.keys("space"))
        self.step("Escape (back to the assignments)", self.keys("Escape"), wait=3.5)
        self.step("Down, Enter (the written assignment)", lambda: (self.key("Down", settle=0.5, news=False),
                                                                   self.key("Return", news=False)), wait=5.0)
        self.step("Tab to the answer box", lambda: self.tab_to("answer", self.named("réponse")))
        self.step("typing a sentence (autosave)", lambda: self.type_text("Je place le point E entre 1 et 2."), wait=4.0)
        self.step("Escape (back to the assignments)", self.keys("Escape"), wait=3.5)
        self.step("Tab to Réglages, Enter", lambda: (self.tab_to("settings", self.named("Réglages")),
                                                     self.key("Return", settle=1.5, news=False)), wait=4.0)
        self.step("Escape", self.keys("Escape"), wait=3.0)
        self.step("Tab to Changer de personne, Enter",
                  lambda: (self.tab_to("change person", self.named("Changer de personne")),
                           self.key("Return", settle=1.5, news=False)), wait=4.0)
        teacher = lambda a: people(a) and (a.get_name() or "").startswith("Mme Martin")  # noqa: E731
        self.step("the teacher's card", lambda: self.tab_to("cards", people))
        for _ in range(6):
            if teacher(self.focused(0.3) or self.window):
                break
            self.step("Right (the next card)", self.keys("Right"))
        self.step("Enter, her password, Enter (teacher home)",
                  lambda: (self.key("Return", settle=1.0, news=False), self.type_text("demo-prof"),
                           self.key("Return", settle=2.0, news=False)), wait=4.0)
        # The board's rows, as the teacher goes down the list (a row's sentence once, issue 18).
        self.step("Tab to the board's rows", lambda: self.tab_to("board", lambda a: self.plain(a.get_name()).startswith(
            "Élèves, les silencieux") or self.plain(a.get_parent().get_name() if a.get_parent() else "").startswith(
            "Élèves, les silencieux")))
        self.step("Down (the board's next row)", self.keys("Down"))
        self.step("Down (the board's next row)", self.keys("Down"))
        self.step("Up (the board's row before)", self.keys("Up"))
        for n, page in ((1, "Classes"), (2, "Leçons"), (3, "Devoirs"), (4, "Correction"), (5, "Suivi")):
            self.step(f"Alt+{n} ({page})", self.keys(f"alt+{n}"), wait=3.5)
        self.step("Tab", self.keys("Tab"))

    def run(self):
        if shutil.which("orca") is None:
            print("SKIP: Orca is not installed (apt-get install orca)")
            return 77
        try:
            if not self.start_orca():
                self.note(f"orca did not start (exit {self.orca.poll()}); see orca-stdout.log")
                return 1
            self.walk()
        finally:
            self.stop()
            if self.orca is not None:
                self.orca.terminate()
                try:
                    self.orca.wait(10)
                except subprocess.TimeoutExpired:
                    self.orca.kill()
        with open(os.path.join(self.out, "orca-heard.txt"), "w", encoding="utf-8") as f:
            for label, said, braille in self.steps:
                f.write(f"## {label}\n")
                for s in said:
                    f.write(f"  « {s} »\n")
                if braille:
                    f.write(f"  braille (last line): {braille[-1]}\n")
        total = sum(len(s[1]) for s in self.steps)
        print(f"orca said {total} utterance(s) over {len(self.steps)} step(s): {self.out}/orca-heard.txt")
        return 0 if total else 1


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--app", required=True)
    parser.add_argument("--data", required=True)
    parser.add_argument("--out", required=True)
    args, _ = parser.parse_known_args()
    os.makedirs(args.out, exist_ok=True)
    args.fixture = None
    sys.exit(OrcaListen(args).run())


if __name__ == "__main__":
    main()
