#!/bin/bash
# SPDX-FileCopyrightText: 2026 Continuité contributors
# SPDX-License-Identifier: EUPL-1.2
#
# What a large media file costs in memory on its way (issue 15; bench/README.md, "Frugal media"): a teacher's video
# kept as recorded (--original, as an unticked "version légère" would) is uploaded by her device, downloaded by a
# pupil's, and played with the app's player elements. Each side is its own process, as in a school: the hub
# (`continuite-hub serve` on loopback), the teacher's and the pupil's devices (`continuite-cli`), the player
# (`bench_media --play`). Peak resident sizes: the CLI's from /usr/bin/time (%M), the hub's VmHWM from /proc, reset
# before each phase (clear_refs 5), the player's own VmHWM.
#
#   bench/media/transfer.sh [BUILD_DIR] [SECONDS]     # defaults: build, 300 (a 5-minute 720p video, ≈150 MB)
set -euo pipefail
build=$(realpath "${1:-build}")
seconds=${2:-300}
hub=$build/app/hub/continuite-hub
cli=$build/app/cli/continuite-cli
bench=$build/bench/media/bench_media
dir=$(mktemp -d)
hubpid=
cleanup() {
    [ -n "$hubpid" ] && kill "$hubpid" 2> /dev/null && wait "$hubpid" 2> /dev/null
    rm -rf "$dir"
}
trap cleanup EXIT
export QT_LOGGING_RULES="continuite.*.info=false" QT_QPA_PLATFORM=offscreen

"$bench" --make-video "$seconds" "$dir/lecon.webm"
size=$(stat -c %s "$dir/lecon.webm")

"$hub" admin add-teacher --data "$dir/hub" --login prof --name Prof --password-stdin <<< bench-password > /dev/null
port=$((20000 + RANDOM % 20000))
"$hub" serve --data "$dir/hub" --listen "127.0.0.1:$port" > "$dir/hub.log" 2>&1 &
hubpid=$!
for _ in $(seq 100); do
    (exec 3<> "/dev/tcp/127.0.0.1/$port") 2> /dev/null && break
    sleep 0.1
done
hubPeak() { awk '/^VmHWM/ {print $2}' "/proc/$hubpid/status"; }
hubReset() { echo 5 > "/proc/$hubpid/clear_refs"; }
# Peak RSS (KiB) of one CLI command; its output is kept in $dir/last.json.
timed() { /usr/bin/time -f %M -o "$dir/rss" "$@" > "$dir/last.json"; cat "$dir/rss"; }

prof=("$cli" --data "$dir/prof")
lea=("$cli" --data "$dir/lea")
"${prof[@]}" login --hub "http://127.0.0.1:$port" --login prof --password-stdin <<< bench-password > /dev/null
class=$("${prof[@]}" class create --name "6e B" --json | jq -r .id)
student=$("${prof[@]}" student add --class "$class" --name "Léa" --json)
printf '## Avant la classe\nRegarde la vidéo.\n' > "$dir/body.md"
lesson=$("${prof[@]}" lesson create --class "$class" --title "La vidéo" --body-file "$dir/body.md" --attach "$dir/lecon.webm" \
    --original --json | jq -r .id)
"${prof[@]}" lesson publish "$lesson" > /dev/null

hubReset
teacherRecords=$(timed "${prof[@]}" sync --no-media --json)
teacherUp=$(timed "${prof[@]}" sync --media-policy always --json)
upBytes=$(jq -r '.bytes_up // .bytesUp // empty' "$dir/last.json")
hubUp=$(hubPeak)

"${lea[@]}" login --hub "http://127.0.0.1:$port" --login "$(jq -r .login <<< "$student")" --password-stdin \
    <<< "$(jq -r .pin <<< "$student")" > /dev/null
hubReset
pupilRecords=$(timed "${lea[@]}" sync --no-media --json)
pupilDown=$(timed "${lea[@]}" sync --media-policy always --json)
downBytes=$(jq -r '.bytes_down // .bytesDown // empty' "$dir/last.json")
hubDown=$(hubPeak)
stored=$(find "$dir/lea" -type f -size "${size}c" | head -1)
[ -n "$stored" ] || { echo "the pupil's device does not hold the video" >&2; exit 1; }

mib() { echo "$(($1 / 1024)) MB"; }
echo "| a ${seconds} s 720p video kept as recorded, $((size / 1000 / 1000)) MB | peak RSS |"
echo "|---|---|"
echo "| teacher's device (continuite-cli), a sync without media (baseline) | $(mib "$teacherRecords") |"
echo "| teacher's device, the sync that uploads it ($((upBytes / 1000 / 1000)) MB up) | $(mib "$teacherUp") |"
echo "| hub (continuite-hub serve) while it receives it | $(mib "$hubUp") |"
echo "| pupil's device (continuite-cli), a sync without media (baseline) | $(mib "$pupilRecords") |"
echo "| pupil's device, the sync that downloads it ($((downBytes / 1000 / 1000)) MB down) | $(mib "$pupilDown") |"
echo "| hub while it sends it | $(mib "$hubDown") |"
echo
"$bench" --play "$stored" 30
