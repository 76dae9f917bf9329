#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Continuité contributors
# SPDX-License-Identifier: EUPL-1.2
"""Sanity-check the demo course files against the manifest's contract.

Usage: python3 content/demo/tools/check_course.py   (exit status 1 on a problem)
"""
import json
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir)
SECTIONS = ["Avant la classe", "En classe", "Après la classe"]


def main():
    os.chdir(ROOT)
    problems = []
    course = json.load(open("course.json", encoding="utf-8"))
    for key in ("class", "teacher", "students", "lessons", "assignments"):
        if key not in course:
            problems.append("course.json: missing %r" % key)
    for i, lesson in enumerate(course["lessons"]):
        text = open(lesson["file"], encoding="utf-8").read()
        heads = re.findall(r"^## (.*)$", text, re.M)
        if heads != SECTIONS:
            problems.append("%s: level-2 headings are %r, want %r" % (lesson["file"], heads, SECTIONS))
        if re.search(r"^# ", text, re.M):
            problems.append("%s: no level-1 heading expected (the title is in course.json)" % lesson["file"])
        for path in lesson["attachments"]:
            if not os.path.isfile(path):
                problems.append("lesson %d: missing attachment %s" % (i, path))
        for img in re.findall(r"!\[[^\]]*\]\(([^)\s]+)\)", text):
            if img not in lesson["attachments"]:
                problems.append("%s: image %s is not among the lesson's attachments" % (lesson["file"], img))
    for a in course["assignments"]:
        if not os.path.isfile(a["instructions_file"]):
            problems.append("missing %s" % a["instructions_file"])
        if not 0 <= a.get("lesson", 0) < len(course["lessons"]):
            problems.append("%s: lesson index out of range" % a["title"])
        if a["type"] == "quiz":
            quiz = json.load(open(a["quiz_file"], encoding="utf-8"))
            ids = [q["id"] for q in quiz["questions"]]
            if len(set(ids)) != len(ids):
                problems.append("%s: duplicate question ids" % a["quiz_file"])
            for q in quiz["questions"]:
                if q["type"] == "choice":
                    if not q["correct"] or not all(0 <= k < len(q["choices"]) for k in q["correct"]):
                        problems.append("%s %s: bad 'correct'" % (a["quiz_file"], q["id"]))
                elif q["type"] == "short":
                    if not q["accepted"]:
                        problems.append("%s %s: empty 'accepted'" % (a["quiz_file"], q["id"]))
                else:
                    problems.append("%s %s: unknown type %r" % (a["quiz_file"], q["id"], q["type"]))
    for name in os.listdir("media"):
        if os.path.getsize(os.path.join("media", name)) >= 60 * 1024:
            problems.append("media/%s: 60 KB or more" % name)
    for p in problems:
        print(p, file=sys.stderr)
    print("demo course: %s" % ("OK" if not problems else "%d problem(s)" % len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
