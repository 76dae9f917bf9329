#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Continuité contributors
# SPDX-License-Identifier: EUPL-1.2
# The fleet's capacity (issue 13): 1, 2 and 3 `continuite-hub serve` processes on one PostgreSQL behind HAProxy with
# the shipped deploy/haproxy/continuite.cfg (TLS at the front, HTTP/2 from the devices), driven by h2load with
# authenticated empty syncs. Reports, per answered sync, the CPU of the hubs, of HAProxy and of PostgreSQL, and the
# statements PostgreSQL ran (pg_stat_statements): the per-request costs bench/README.md's capacity table is built
# from. The hubs and PostgreSQL are pinned to core 0, HAProxy and h2load to core 1 (a machine with 2 cores).
# Usage: bench/fleet/run.sh BUILD   env: PROCS="1 2 3" CONNS=64 REQUESTS=20000 SHOW_STATEMENTS=1 (what PostgreSQL ran)
#        PUPILS=60 MIX_SECONDS=20 (the wrk mix; 0: none) OVERLOAD=10 (the open-loop overload; 0: none)
set -euo pipefail
build="$1"
hub="$build/app/hub/continuite-hub"
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/../.."
procs=${PROCS-"1 2 3"}
conns=${CONNS:-64}
requests=${REQUESTS:-20000}
for tool in h2load haproxy openssl jq; do
    command -v "$tool" > /dev/null || [ -x "/usr/sbin/$tool" ] || { echo "$tool not found (scripts/deps.sh installs it): the fleet figures are skipped"; exit 0; }
done
haproxy=$(command -v haproxy || echo /usr/sbin/haproxy)
ulimit -n "$(ulimit -Hn)"
dir=$(mktemp -d)
hubs=()
front=
cleanup() {
    for p in "${hubs[@]}" $front; do kill -TERM "$p" 2>/dev/null || true; done
    for p in "${hubs[@]}" $front; do wait "$p" 2>/dev/null || true; done
    bash "$root/tests/hub/pgcluster.sh" stop "$dir/pg" > /dev/null 2>&1 || true
    rm -rf "$dir"
}
trap cleanup EXIT
echo "load before: $(uptime)"
# A durable cluster, as production runs it (the test cluster's fsync shortcuts undone), counting statements.
PGCLUSTER_OPTIONS="-c fsync=on -c synchronous_commit=on -c full_page_writes=on -c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track=all" \
    bash "$root/tests/hub/pgcluster.sh" start "$dir/pg" > /dev/null
[ -f "$dir/pg/url" ] || { echo "PostgreSQL is not installed: the fleet figures are skipped"; exit 0; }
url=$(cat "$dir/pg/url")
postmaster=$(head -1 "$(cat "$dir/pg/cluster")/data/postmaster.pid")
taskset -pc 0 "$postmaster" > /dev/null
psql -q "$url" -c 'CREATE EXTENSION pg_stat_statements'
"$hub" admin migrate --database "$url" > /dev/null
"$hub" admin add-teacher --database "$url" --login bench --name Bench --password-stdin <<< bench-password > /dev/null
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2 -subj /CN=127.0.0.1 \
    -addext subjectAltName=IP:127.0.0.1 -keyout "$dir/front.key" -out "$dir/front.crt" 2> /dev/null
cat "$dir/front.crt" "$dir/front.key" > "$dir/front.pem"
printf 'global\n    log stderr format raw local0\n    maxconn 4000\n' > "$dir/global.cfg"
freeport() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
tick=$(getconf CLK_TCK)
cpu() { local t=0 p; for p in "$@"; do t=$((t + $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0))); done; echo "$t"; }
# PostgreSQL's CPU: the postmaster and every backend and helper it started (those that ended are in cutime).
pgcpu() { local t; t=$(awk '{print $14 + $15 + $16 + $17}' "/proc/$postmaster/stat"); echo $((t + $(cpu $(pgrep -P "$postmaster")))); }
statements() { psql -Atq "$url" -c "SELECT coalesce(sum(calls),0) FROM pg_stat_statements WHERE query NOT LIKE '%pg_stat_statements%'"; }

# start_fleet N: N hub processes on the database and HAProxy in front of them, once its checks find them up.
start_fleet() {
    local n=$1 i csv up down
    hubs=()
    ports=()
    for i in 1 2 3; do ports+=("$(freeport)"); done
    for i in $(seq "$n"); do
        taskset -c 0 "$hub" serve --data "$dir/shared" --database "$url" --listen "127.0.0.1:${ports[$((i - 1))]}" \
            --workers 4 --trusted-proxy 127.0.0.1 --client-ip-header X-Forwarded-For > "$dir/hub$i.log" 2>&1 &
        hubs+=("$!")
    done
    frontport=$(freeport)
    statsport=$(freeport)
    CONTINUITE_FRONT="127.0.0.1:$frontport" CONTINUITE_CERT="$dir/front.pem" CONTINUITE_STATS="127.0.0.1:$statsport" \
        CONTINUITE_HUB1="127.0.0.1:${ports[0]}" CONTINUITE_HUB2="127.0.0.1:${ports[1]}" CONTINUITE_HUB3="127.0.0.1:${ports[2]}" \
        taskset -c 1 "$haproxy" -db -f "$dir/global.cfg" -f "$root/deploy/haproxy/continuite.cfg" > "$dir/haproxy.log" 2>&1 &
    front=$!
    # Wait until the front's health checks find exactly the processes started up (the others' ports are closed).
    for _ in $(seq 100); do
        csv=$(curl -s "http://127.0.0.1:$statsport/;csv") || { sleep 0.2; continue; }
        up=$(awk -F, '$1 == "continuite_hubs" && $2 ~ /^hub/ && $18 == "UP"' <<< "$csv" | wc -l)
        down=$(awk -F, '$1 == "continuite_hubs" && $2 ~ /^hub/ && $18 ~ /DOWN/' <<< "$csv" | wc -l)
        [ "$up" -eq "$n" ] && [ "$down" -eq $((3 - n)) ] && break
        sleep 0.2
    done
    base="https://127.0.0.1:$frontport"
}
stop_fleet() {
    kill -TERM "${hubs[@]}" "$front"
    wait "${hubs[@]}" "$front" 2>/dev/null || true
    hubs=()
    front=
}
# What PostgreSQL wrote: WAL bytes and WAL fsyncs so far (pg_stat_wal, PostgreSQL 14+).
wal() { psql -Atq "$url" -F ' ' -c "SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')::bigint, wal_sync FROM pg_stat_wal"; }

echo "| hub processes | syncs/s | mean ms | max ms | 2xx | other | hub CPU ms per sync | HAProxy CPU ms per sync | PostgreSQL CPU ms per sync | statements per sync |"
echo "|---|---|---|---|---|---|---|---|---|---|"
for n in $procs; do
    start_fleet "$n"
    token=$(curl -sfk -d "{\"login\":\"bench\",\"password\":\"bench-password\",\"device_id\":\"$(cat /proc/sys/kernel/random/uuid)\"}" "$base/v1/login" | jq -r .token)
    cursor=$(curl -sfk -H "Authorization: Bearer $token" -d '{}' "$base/v1/sync" | jq -r .cursor)
    printf '{"cursor":"%s","changes":[]}' "$cursor" > "$dir/body.json"
    # Warm every process's connections and caches, then measure.
    taskset -c 1 h2load -n 2000 -c "$conns" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
        -d "$dir/body.json" "$base/v1/sync" > /dev/null 2>&1 || true
    h0=$(cpu "${hubs[@]}"); f0=$(cpu "$front"); p0=$(pgcpu); s0=$(statements)
    timeout 300 taskset -c 1 h2load -n "$requests" -c "$conns" -H "Authorization: Bearer $token" \
        -H 'Content-Type: application/json' -d "$dir/body.json" "$base/v1/sync" > "$dir/h2load.txt" 2>&1 || true
    h1=$(cpu "${hubs[@]}"); f1=$(cpu "$front"); p1=$(pgcpu); s1=$(statements)
    awk -v n="$n" -v tick="$tick" -v h=$((h1 - h0)) -v f=$((f1 - f0)) -v p=$((p1 - p0)) -v s=$((s1 - s0)) '
        function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
        /^finished in/ { rate = $4 }
        /^status codes:/ { ok = $3; other = $5 + $7 + $9 }
        /^time for request:/ { max = ms($5); mean = ms($6) }
        END { if (ok == 0) ok = 1
              printf "| %d | %s | %.1f | %.0f | %d | %d | %.3f | %.3f | %.3f | %.1f |\n", n, rate, mean, max, ok, other,
                  1000 * h / tick / ok, 1000 * f / tick / ok, 1000 * p / tick / ok, s / ok }' "$dir/h2load.txt"
    grep -q "time for request" "$dir/h2load.txt" || { echo "h2load did not run:"; tail -5 "$dir/h2load.txt"; }
    if [ -n "${SHOW_STATEMENTS:-}" ]; then
        psql -Atq "$url" -F ' | ' -c "SELECT calls, left(regexp_replace(query, '\s+', ' ', 'g'), 150) FROM pg_stat_statements
            WHERE query NOT LIKE '%pg_stat_statements%' ORDER BY calls DESC LIMIT 14"
    fi
    psql -Atq "$url" -c 'SELECT pg_stat_statements_reset()' > /dev/null
    stop_fleet
done

# A school's morning through the front (wrk and bench/fleet/mix.lua): PUPILS pupils of one class, each signed in
# with her own token, on 3 processes; 85 % of the requests are her empty sync, 15 % hand in a piece of work.
if command -v wrk > /dev/null && [ "${PUPILS:-60}" -gt 0 ]; then
    start_fleet 3
    cli="$build/app/cli/continuite-cli"
    "$cli" --data "$dir/teacher" login --hub "http://127.0.0.1:${ports[0]}" --login bench --password-stdin <<< bench-password > /dev/null
    class=$("$cli" --data "$dir/teacher" class create --name "6e A" --json | jq -r .id)
    echo "Fais l'exercice 3 page 42." > "$dir/work.md"
    assignment=$("$cli" --data "$dir/teacher" assignment create --class "$class" --title "Exercice 3" --instructions-file "$dir/work.md" --json | jq -r .id)
    "$cli" --data "$dir/teacher" assignment publish "$assignment" > /dev/null
    : > "$dir/cards"
    for i in $(seq "${PUPILS:-60}"); do
        "$cli" --data "$dir/teacher" student add --class "$class" --name "Élève $i" --json | jq -r '"\(.login) \(.pin) \(.id)"' >> "$dir/cards"
    done
    "$cli" --data "$dir/teacher" sync > /dev/null
    : > "$dir/pupils"
    while read -r login pin person; do
        device=$(cat /proc/sys/kernel/random/uuid)
        t=$(curl -sf -d "{\"login\":\"$login\",\"password\":\"$pin\",\"device_id\":\"$device\"}" "http://127.0.0.1:${ports[$((RANDOM % 3))]}/v1/login" | jq -r .token)
        c=$(curl -sf -H "Authorization: Bearer $t" -d '{}' "http://127.0.0.1:${ports[0]}/v1/sync" | jq -r .cursor)
        echo "$t $person $device $c $class $assignment" >> "$dir/pupils"
    done < "$dir/cards"
    h0=$(cpu "${hubs[@]}"); f0=$(cpu "$front"); p0=$(pgcpu); s0=$(statements); read -r w0 y0 < <(wal)
    (cd "$dir" && PUPILS_FILE="$dir/pupils" timeout 120 taskset -c 1 wrk -t 2 -c 64 -d "${MIX_SECONDS:-20}s" --latency \
        -s "$here/mix.lua" "$base" > "$dir/wrk.txt" 2>&1) || true
    h1=$(cpu "${hubs[@]}"); f1=$(cpu "$front"); p1=$(pgcpu); s1=$(statements); read -r w1 y1 < <(wal)
    echo
    echo "Mix through the front, 3 processes, $(wc -l < "$dir/pupils") pupils, 64 connections, ${MIX_SECONDS:-20} s:"
    grep -E "Requests/sec|Latency |  50%|  99%|answers:|hand-ins" "$dir/wrk.txt" | sed 's/^/    /'
    grep -q "^answers:" "$dir/wrk.txt" || { echo "    wrk's script did not report:"; tail -5 "$dir/wrk.txt"; }
    n=$(awk '/^answers:/ { for (i = 2; i <= NF; i += 2) if ($i ~ /^2/) ok += $(i + 1) } END { print ok + 0 }' "$dir/wrk.txt")
    hi=$(awk '/^hand-ins applied:/ { print $3 }' "$dir/wrk.txt")
    awk -v n="$n" -v hi="${hi:-0}" -v tick="$tick" -v h=$((h1 - h0)) -v f=$((f1 - f0)) -v p=$((p1 - p0)) -v s=$((s1 - s0)) \
        -v w=$((w1 - w0)) -v y=$((y1 - y0)) 'BEGIN { if (n == 0) n = 1
        printf "    per 2xx: hub CPU %.3f ms, HAProxy %.3f ms, PostgreSQL %.3f ms, %.1f statements, %.0f WAL bytes, %.2f WAL fsyncs; per hand-in: %.0f WAL bytes\n",
            1000 * h / tick / n, 1000 * f / tick / n, 1000 * p / tick / n, s / n, w / n, y / n, (hi > 0 ? w / hi : 0) }'
    stop_fleet
fi

# Overload through the front (open loop, h2load --rps): OVERLOAD times what one process answered above, offered at
# once; the front and the hubs must answer 429 with Retry-After rather than queue.
if [ -n "${OVERLOAD:-10}" ] && [ "${OVERLOAD:-10}" -gt 0 ]; then
    start_fleet 1
    token=$(curl -sfk -d "{\"login\":\"bench\",\"password\":\"bench-password\",\"device_id\":\"$(cat /proc/sys/kernel/random/uuid)\"}" "$base/v1/login" | jq -r .token)
    cursor=$(curl -sfk -H "Authorization: Bearer $token" -d '{}' "$base/v1/sync" | jq -r .cursor)
    printf '{"cursor":"%s","changes":[]}' "$cursor" > "$dir/body.json"
    # The class's pupils (from the mix above) on their own devices, the app's sync engine (the CLI), straight to the
    # hub: signed in before the burst, they sync during it, back off with the hub's Retry-After and jitter, and must
    # all end synced.
    devices=0
    if [ -s "$dir/cards" ]; then
        while read -r login pin person && [ "$devices" -lt "${DEVICES:-30}" ]; do
            devices=$((devices + 1))
            "$build/app/cli/continuite-cli" --data "$dir/device$devices" login --hub "http://127.0.0.1:${ports[0]}" \
                --login "$login" --password-stdin <<< "$pin" > /dev/null 2>&1 || echo "    device $devices could not sign in"
        done < "$dir/cards"
    fi
    : > "$dir/hub1.log"
    rate=$(( ${OVERLOAD:-10} * 1000 / 256 + 1 )) # 256 connections (8 streams each), each at this many requests a second
    timeout 120 taskset -c 1 h2load -D 10 -c 256 -m 8 --rps "$rate" -H "Authorization: Bearer $token" \
        -H 'Content-Type: application/json' -d "$dir/body.json" "$base/v1/sync" > "$dir/overload.txt" 2>&1 &
    flood=$!
    sleep 2
    started=$(date +%s.%N)
    for i in $(seq "$devices"); do
        ( s0=$(date +%s.%N); "$build/app/cli/continuite-cli" --data "$dir/device$i" sync > "$dir/device$i.out" 2>&1
          echo "$? $(echo "$(date +%s.%N) - $s0" | bc)" > "$dir/device$i.done" ) &
    done
    wait "$flood" || true
    for i in $(seq "$devices"); do
        while [ ! -s "$dir/device$i.done" ]; do sleep 0.2; done
    done
    echo
    echo "Overload through the front, 1 process, 256 connections × $rate requests/s for 10 s (≈ ${OVERLOAD:-10} × 1,000/s offered):"
    grep -E "^finished in|^status codes|^requests:|time for request" "$dir/overload.txt" | sed 's/^/    /'
    if [ "$devices" -gt 0 ]; then
        cat "$dir"/device*.done | awk -v n="$devices" '{ if ($1 == 0) ok++; if ($2 > m) m = $2 } END {
            printf "    %d pupils'"'"' devices syncing from the 2nd second of the burst: %d synced, the last after %.1f s\n", n, ok, m }'
    fi
    # The hub's refusals, from its log: answered in how long at the hub.
    # "… continuite.hub POST /v1/sync 429 68 B 0 ms": from its head to its answer, at the hub.
    awk '{ for (i = 1; i < NF; i++) if ($i == "POST" && ($(i + 2) == 429 || $(i + 2) == 503)) print $(i + 5) }' "$dir/hub1.log" | sort -n \
        | awk '{ v[NR] = $1 } END { if (NR) printf "    429/503 at the hub: %d, p50 %d ms, p99 %d ms, max %d ms\n", NR, v[int(NR * 0.5) + 1], v[int(NR * 0.99) + 1], v[NR]; else print "    no 429 at the hub" }'
    stop_fleet
fi
echo "load after: $(uptime)"
