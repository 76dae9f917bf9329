#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Continuité contributors
# SPDX-License-Identifier: EUPL-1.2
# The 8:30 burst (issue 19): h2load (Debian's nghttp2-client) drives authenticated empty syncs against a real
# `continuite-hub serve` on loopback, at 64, 512 and 2,000 connections, bounded request counts; the hub is
# pinned to core 0 and the load generator to core 1. With SLOW=200 it first opens 200 uploads that trickle
# at 2 KB/s (slow_uploads.py) and keeps them open during the runs, shared between several people (50 each: the
# hub keeps at most 64 unfinished uploads per person). With IDLE=1000 it also reports the hub's
# resident memory for 1,000 idle kept-alive connections. See bench/README.md, "The 8:30 burst".
# Usage: bench/hub/h2load.sh HUB_EXE [--hub-arg …]   env: CONNS="64 512 2000" REQUESTS=30000 SLOW=0 IDLE=0
set -euo pipefail
hub="$1"
shift
conns=${CONNS-"64 512 2000"}
requests=${REQUESTS:-30000}
# Without h2load every row came out empty, silently (seen on a fresh machine, session 11).
if [ -n "$conns" ] && ! command -v h2load > /dev/null; then
    echo "h2load not found: apt-get install nghttp2-client (the 8:30 burst figures are skipped)"
    conns=
fi
here=$(cd "$(dirname "$0")" && pwd)
ulimit -n "$(ulimit -Hn)"
dir=$(mktemp -d)
pid=
slow=
# Under set -e a job killed here makes `wait` fail (143), which ended the script before the hub was stopped: the hub
# was left running and bench/run stopped after this step. Each step's failure is ignored.
cleanup() {
    if [ -n "$slow" ]; then kill "$slow" 2>/dev/null || true; wait "$slow" 2>/dev/null || true; fi
    if [ -n "$pid" ]; then kill -TERM "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
    rm -rf "$dir"
}
trap cleanup EXIT
"$hub" admin add-teacher --data "$dir/hub" --login bench --name Bench --password-stdin <<< bench-password > /dev/null
# The slow uploads' people, 50 uploads each (teachers: the admin command makes no pupils).
phones=$(( (${SLOW:-0} + 49) / 50 ))
for i in $(seq "$phones"); do
    "$hub" admin add-teacher --data "$dir/hub" --login "phone$i" --name "Phone $i" --password-stdin <<< bench-password > /dev/null
done
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
# The hub logs one line per request with its time at the hub (appended, so the log can be emptied between runs).
taskset -c 0 "$hub" serve --data "$dir/hub" --listen "127.0.0.1:$port" "$@" >> "$dir/hub.log" 2>&1 &
pid=$!
for _ in $(seq 100); do curl -sf "$base/v1/health" > /dev/null && break; sleep 0.1; done
# Signing in costs argon2id's 64 MB, which stays resident in the allocator: an idle-connections-only run
# (CONNS="" SLOW=0) skips it so that the memory it reports is the connections' own.
token=
if [ -n "$conns" ] || [ "${SLOW:-0}" -gt 0 ]; then
token=$(curl -sf -d "{\"login\":\"bench\",\"password\":\"bench-password\",\"device_id\":\"$(cat /proc/sys/kernel/random/uuid)\"}" "$base/v1/login" | jq -r .token)
cursor=$(curl -sf -H "Authorization: Bearer $token" -d '{}' "$base/v1/sync" | jq -r .cursor)
printf '{"cursor":"%s","changes":[]}' "$cursor" > "$dir/body.json"
fi

cpu() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
rss() { awk '/VmRSS/ {print $2}' "/proc/$pid/status"; }
hwm() { awk '/VmHWM/ {print $2}' "/proc/$pid/status"; }
tick=$(getconf CLK_TCK)

if [ "${SLOW:-0}" -gt 0 ]; then
    tokens=()
    for i in $(seq "$phones"); do
        # --token=…, not --token …: a token may begin with "-" (base64url), which argparse takes for an option.
        tokens+=("--token=$(curl -sf -d "{\"login\":\"phone$i\",\"password\":\"bench-password\",\"device_id\":\"$(cat /proc/sys/kernel/random/uuid)\"}" "$base/v1/login" | jq -r .token)")
    done
    taskset -c 1 python3 "$here/slow_uploads.py" --url "$base" "${tokens[@]}" --clients "$SLOW" --rate 2048 --seconds 600 \
        > "$dir/slow.log" 2>&1 &
    slow=$!
    sleep 11 # those told 429 at the start come back after Retry-After (1 s) plus jitter
    echo "slow uploads after 11 s: $(tail -1 "$dir/slow.log")"
fi

echo "| connections | requests | syncs/s | mean ms | max ms | 2xx | 429/503 | failed | hub CPU ms per 2xx | 429/503 at the hub, max ms |"
echo "|---|---|---|---|---|---|---|---|---|---|"
for c in $conns; do
    : > "$dir/hub.log"
    before=$(cpu)
    timeout 300 taskset -c 1 h2load --h1 -n "$requests" -c "$c" -N 30 \
        -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d "$dir/body.json" "$base/v1/sync" \
        > "$dir/h2load.txt" 2>&1 || true
    after=$(cpu)
    awk -v c="$c" -v n="$requests" -v ticks="$((after - before))" -v hz="$tick" '
        /^finished in/ { rate = $4 }
        /^requests:/ { failed = $10 }
        /^status codes:/ { ok = $3; busy = $7 + $9 }
        /^time for request:/ { max = $5; mean = $6 }
        function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
        END { printf "| %d | %d | %s | %.1f | %.0f | %d | %d | %d | %.3f | ", c, n, rate, ms(mean), ms(max), ok, busy, failed,
              (ok > 0 ? ticks * 1000 / hz / ok : 0) }' "$dir/h2load.txt"
    # "… continuite.hub POST /v1/sync 429 68 B 0 ms": from its headers to its answer sent, at the hub.
    awk '$3 == "POST" && ($5 == 429 || $5 == 503) { n++; if ($8 > m) m = $8 } END { printf "%s |\n", n ? m : "–" }' "$dir/hub.log"
    cp "$dir/h2load.txt" "/tmp/h2load.$c.txt"
done
if [ -n "$slow" ]; then
    echo "slow uploads at the end: $(tail -1 "$dir/slow.log")"
fi
if [ "${IDLE:-0}" -gt 0 ]; then
    r0=$(rss)
    taskset -c 1 python3 "$here/idle_connections.py" --url "$base" --count "$IDLE" --hold 5 --rss-of "$pid" > "$dir/idle.log" 2>&1 || true
    echo "idle connections: $(cat "$dir/idle.log"); hub RSS before $((r0 / 1024)) MB"
fi
echo "hub peak RSS: $(( $(hwm) / 1024 )) MB; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
