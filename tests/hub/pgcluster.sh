#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Continuité contributors
# SPDX-License-Identifier: EUPL-1.2
# A throw-away PostgreSQL cluster for the hub's tests (issue 12), started and removed by ctest (a fixture):
#   pgcluster.sh start STATE   initdb + pg_ctl in a temporary folder, on a free loopback port; writes STATE/url
#   pgcluster.sh stop STATE    stops it and removes its folder
# As root (CI, containers) the server runs as the `postgres` user: initdb refuses root. No fsync: nothing to keep.
# PGCLUSTER_OPTIONS: more server settings, after those (the benchmark's: durable commits, pg_stat_statements).
# PostgreSQL missing: an error when CI=true; otherwise STATE/missing says why and the tests exit 77 (skipped).
set -euo pipefail
command=${1:?start or stop}
state=${2:?state folder}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$command" in
start)
    [ -f "$state/cluster" ] && "$0" stop "$state"
    rm -rf "$state"
    mkdir -p "$state"
    if [ -z "$bin" ] || [ ! -x "$bin/initdb" ] || { [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; }; then
        why="PostgreSQL's server is not installed (Debian 12: apt-get install postgresql-15, see scripts/deps.sh)"
        if [ "${CI:-}" = true ]; then
            echo "pgcluster: $why; CI needs it for the hub's PostgreSQL tests" >&2
            exit 1
        fi
        echo "$why" >"$state/missing"
        echo "pgcluster: $why: the hub's PostgreSQL tests are skipped"
        exit 0
    fi
    cluster=$(mktemp -d /tmp/continuite-pg.XXXXXX)
    echo "$cluster" >"$state/cluster"
    [ "$(id -u)" -eq 0 ] && chown postgres "$cluster"
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    as_owner "$bin/initdb" -D "$cluster/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 -N >"$cluster/initdb.log"
    as_owner "$bin/pg_ctl" -D "$cluster/data" -w -t 60 -l "$cluster/server.log" \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $cluster -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300 ${PGCLUSTER_OPTIONS:-}" \
        start >/dev/null
    echo "postgresql://postgres@127.0.0.1:$port/postgres" >"$state/url"
    echo "pgcluster: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port in $cluster"
    ;;
stop)
    if [ -f "$state/cluster" ]; then
        cluster=$(cat "$state/cluster")
        if [ -f "$cluster/data/postmaster.pid" ]; then
            as_owner "$bin/pg_ctl" -D "$cluster/data" -m immediate -w stop >/dev/null || true
        fi
        case "$cluster" in /tmp/continuite-pg.*) rm -rf "$cluster" ;; esac
    fi
    rm -rf "$state"
    ;;
*)
    echo "usage: pgcluster.sh start|stop STATE" >&2
    exit 2
    ;;
esac
