#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Continuité contributors
# SPDX-License-Identifier: EUPL-1.2
# all_qmllint with no warning (issue 14): runs Qt's qmllint on every screen of the app through the build's own
# target and fails on any "Warning:" line. Qt 6.4's qmllint often dies on the whole set (a segmentation fault: 10 runs
# in 20 here, 19 in 30 in a review of session 14, where three tries left ctest failing 3 runs in 28). A death (said
# by the shell, or a non-zero status with no warning) is tried again, up to fifteen times (at one death in two, one
# run in 30,000 fails for nothing), and said; it never counts as clean. One file at a time does not die, but reads
# QtQuick.Pdf's types as ambiguous (Debian's packaging, not our QML). Usage: qmllint-clean.sh BUILD_DIR
set -uo pipefail
build="${1:?usage: qmllint-clean.sh BUILD_DIR}"
tries=15
# Debian's QtQuick/Pdf/qmldir declares PdfStyle three times (plain, +Material, +Universal file selectors), which Qt 6.4's
# qmllint reads as "Ambiguous type" wherever a screen imports QtQuick.Pdf itself: since the window makes its pages
# from their files when first opened (issue 16), nothing imports it on the viewer's behalf first. Exactly those lines
# are not counted; any other warning about that import still is.
debian_pdf='^Warning: Ambiguous type detected\. PdfStyle [56]\.0 is defined multiple times\.$|^Warning: [^ ]*/PdfViewerPage\.qml:[0-9]+:[0-9]+: Warnings occurred while importing module "QtQuick\.Pdf":$'
ours() { grep -vE "$debian_pdf"; }
for attempt in $(seq 1 "$tries"); do
    out="$(cmake --build "$build" --target all_qmllint 2>&1)"
    rc=$?
    warnings="$(printf '%s\n' "$out" | ours | grep -c '^Warning:')"
    # A death said by the shell (its warnings so far may be a part of the set's): another try.
    if printf '%s\n' "$out" | grep -qE 'Segmentation fault|Illegal instruction|Aborted|core dumped'; then
        echo "qmllint died (attempt $attempt of $tries): trying again" >&2
        continue
    fi
    if [ "$warnings" -ne 0 ]; then
        printf '%s\n' "$out" | ours | grep -A2 '^Warning:' | head -200
        echo "qmllint: $warnings warning(s), exit status $rc: fix them (qualified ids, typed and required properties), do not silence them" >&2
        exit 1
    fi
    if [ "$rc" -eq 0 ]; then
        echo "qmllint: every screen clean"
        exit 0
    fi
    # qmllint's status is 1 for Debian's lines too: clean when they were all it said and it did not die.
    if [ "$(printf '%s\n' "$out" | grep -cE "$debian_pdf")" -ne 0 ]; then
        echo "qmllint: every screen clean (Debian's QtQuick.Pdf packaging warned, not counted)"
        exit 0
    fi
    echo "qmllint died with no warning (status $rc, attempt $attempt of $tries): trying again" >&2
    printf '%s\n' "$out" | grep -E 'Segmentation fault|Illegal instruction|Aborted|FAILED' | head -3 >&2
done
printf '%s\n' "$out" | tail -15 >&2
echo "qmllint died $tries times: no verdict" >&2
exit 1
