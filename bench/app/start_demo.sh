#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Continuité contributors
# SPDX-License-Identifier: EUPL-1.2
# The app's start on the demo course (what a teacher trying Continuité first sees): `continuite --demo --data DIR
# --bench-first-frame` RUNS times on one folder, after one run that loads the course (not counted). Each run prints
# "first-frame MS_SINCE_MAIN PEAK_RSS_KIB CPU_MS" (app/gui/main.cpp); wall time is taken here, from spawning the process
# to its exit (it quits right after that line). Prints one JSON object, like the other benches.
# Usage: start_demo.sh APP_BINARY [RUNS]   (before/after: run it on two builds' binaries in turn, ABAB, same machine)
set -euo pipefail
app="${1:?usage: start_demo.sh APP_BINARY [RUNS]}"
runs="${2:-7}"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
export QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software
# One run; its "first-frame" line on stdout. When there is none, says so with the app's last words and stops (set -e alone
# would end bench/run here without a word, and every bench after this one with it).
first_frame() {
    local line
    line="$("$app" --demo --data "$dir/store" --bench-first-frame 2>"$dir/stderr" | grep '^first-frame ')" || {
        echo "start_demo: $app said no first-frame line; its last words:" >&2
        tail -n 5 "$dir/stderr" >&2
        exit 1
    }
    echo "$line"
}
first_frame >/dev/null # loads the demo course
walls=() mains=() cpus=() rss=()
for _ in $(seq 1 "$runs"); do
    t0=$(date +%s%N)
    line="$(first_frame)"
    t1=$(date +%s%N)
    read -r _ main kib cpu <<<"$line"
    walls+=("$(( (t1 - t0) / 1000000 ))") mains+=("$main") rss+=("$kib") cpus+=("$cpu")
done
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
worst() { printf '%s\n' "$@" | sort -g | tail -1; }
# awk, not bc: scripts/deps.sh installs no bc.
printf '{"step":"app_start_demo","runs":%d,"median_wall_ms":%s,"worst_wall_ms":%s,"median_since_main_ms":%s,"median_cpu_ms":%s,"peak_rss_mib":%s}\n' \
    "$runs" "$(median "${walls[@]}")" "$(worst "${walls[@]}")" "$(median "${mains[@]}")" "$(median "${cpus[@]}")" \
    "$(awk -v k="$(worst "${rss[@]}")" 'BEGIN { printf "%.1f", k / 1024 }')"
