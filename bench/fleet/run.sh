#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Continuité contributors
# SPDX-License-Identifier: EUPL-1.2
# The fleet's capacity (issue 13): 1, 2 and 3 `continuite-hub serve` processes on one PostgreSQL behind HAProxy with
# the shipped deploy/haproxy/continuite.cfg (TLS at the front, HTTP/2 from the devices), driven by h2load with
# authenticated empty syncs. Reports, per answered sync, the CPU of the hubs, of HAProxy and of PostgreSQL, and the
# statements PostgreSQL ran (pg_stat_statements): the per-request costs bench/README.md's capacity table is built
# from. The hubs and PostgreSQL are pinned to core 0, HAProxy and h2load to core 1 (a machine with 2 cores).
# Usage: bench/fleet/run.sh BUILD   env: PROCS="1 2 3" CONNS=64 REQUESTS=20000 SHOW_STATEMENTS=1 (what PostgreSQL ran)
set -euo pipefail
build="$1"
hub="$build/app/hub/continuite-hub"
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/../.."
procs=${PROCS:-"1 2 3"}
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

echo "| hub processes | syncs/s | mean ms | max ms | 2xx | other | hub CPU ms per sync | HAProxy CPU ms per sync | PostgreSQL CPU ms per sync | statements per sync |"
echo "|---|---|---|---|---|---|---|---|---|---|"
for n in $procs; do
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
    kill -TERM "${hubs[@]}" "$front"
    wait "${hubs[@]}" "$front" 2>/dev/null || true
    hubs=()
    front=
done
echo "load after: $(uptime)"
