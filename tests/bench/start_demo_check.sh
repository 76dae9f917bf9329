#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Continuité contributors
# SPDX-License-Identifier: EUPL-1.2
# bench/app/start_demo.sh (review-own21 F6) with stand-in apps: it needs nothing scripts/deps.sh does not install (no
# bc: run here with a PATH that has none), and when the app says no "first-frame" line it says so and why, instead of
# ending bench/run without a word. Positive control: an app that says its line gives the JSON figures.
# Usage: start_demo_check.sh SOURCE_DIR
set -u
script="${1:?usage: start_demo_check.sh SOURCE_DIR}/bench/app/start_demo.sh"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/bin"
# Every program but bc, in one ln (a fork per program took a minute on a loaded machine); the first of a name wins.
find /usr/local/bin /usr/bin /bin -mindepth 1 -maxdepth 1 ! -name bc ! -type d -exec ln -s -t "$tmp/bin" {} + 2>/dev/null
[ -x "$tmp/bin/bash" ] && [ ! -e "$tmp/bin/bc" ] || { echo "FAIL: no PATH without bc could be made"; exit 1; }
nobc="$tmp/bin"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# The app as app/gui/main.cpp is with --bench-first-frame: one line, then it quits.
printf '#!/bin/sh\necho "first-frame 120 71680 300"\n' >"$tmp/app"
# An app that starts but never shows its first frame (a QML error): it says why on stderr, and no line.
printf '#!/bin/sh\necho "qrc:/Main.qml:12: ReferenceError: HubSignIn is not defined" >&2\n' >"$tmp/noframe"
# An app that cannot start at all.
printf '#!/bin/sh\necho "could not load the Qt platform plugin" >&2\nexit 1\n' >"$tmp/broken"
chmod +x "$tmp/app" "$tmp/noframe" "$tmp/broken"

out="$(PATH="$nobc" bash "$script" "$tmp/app" 3 2>"$tmp/err")"
rc=$?
[ "$rc" -eq 0 ] || fail "a working app without bc on the PATH: exit $rc ($(tr '\n' ' ' <"$tmp/err"))"
case "$out" in
*'"step":"app_start_demo","runs":3,'*'"median_since_main_ms":120,"median_cpu_ms":300,"peak_rss_mib":70.0}') ;;
*) fail "a working app: the figures are not there: '$out'" ;;
esac

for bad in noframe broken; do
    PATH="$nobc" bash "$script" "$tmp/$bad" 3 >"$tmp/out" 2>"$tmp/err"
    rc=$?
    [ "$rc" -ne 0 ] || fail "$bad: exit 0 with no figure"
    grep -q 'start_demo: ' "$tmp/err" || fail "$bad: stopped without a word (stderr: '$(tr '\n' ' ' <"$tmp/err")')"
    grep -q -e 'ReferenceError' -e 'platform plugin' "$tmp/err" || fail "$bad: the app's own words are not shown"
done

[ "$failures" -eq 0 ] && echo "start_demo_check: all passed"
exit "$failures"
