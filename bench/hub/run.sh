#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Continuité contributors
# SPDX-License-Identifier: EUPL-1.2
# Hub (issue 3): empty syncs and pushes of 50 changes with 1, 16 and 64 clients, on SQLite and on PostgreSQL side by
# side in the same run (issue 12). See bench/README.md, "Hub benchmark", "SQLite and PostgreSQL side by side" and
# "The 8:30 burst".
set -euo pipefail
build="$1"
here="$(cd "$(dirname "$0")" && pwd)"
echo "load before: $(uptime)"
# A throw-away PostgreSQL cluster as durable as the SQLite hub (fsync, synchronous commits, full pages: the test
# cluster's shortcuts undone), with pg_stat_statements loaded for the statement counts.
state="$(mktemp -d)"
postgres=()
if PGCLUSTER_OPTIONS="-c fsync=on -c synchronous_commit=on -c full_page_writes=on -c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track_utility=on" \
    bash "$here/../../tests/hub/pgcluster.sh" start "$state/pg" && [ -f "$state/pg/url" ]; then
    postgres=(--postgres "$(cat "$state/pg/url")" --statements)
else
    echo "PostgreSQL is not installed: the hub benchmark runs on SQLite only (apt-get install postgresql-15)"
fi
trap 'bash "$here/../../tests/hub/pgcluster.sh" stop "$state/pg" || true; rm -rf "$state"' EXIT
"$build/bench/hub/bench_hub" --seconds 5 "${postgres[@]}"
echo "load after: $(uptime)"
if [ ${#postgres[@]} -gt 0 ]; then
    # How long a long write transaction holds back pulls (bench/README.md), in the hub's database and in another one;
    # and what libpq's pipeline mode saves on a push's kind of statements (bench/README.md, "Pipeline mode").
    url="$(cat "$state/pg/url")"
    psql "$url" -qc 'CREATE DATABASE hold_bench' -c 'CREATE DATABASE hold_bench2' -c 'CREATE DATABASE hold_other' \
        -c 'CREATE DATABASE pipeline_probe'
    python3 "$here/holdback.py" "$build/app/hub/continuite-hub" "${url%/postgres}/hold_bench" --hold 2 --rounds 2
    python3 "$here/holdback.py" "$build/app/hub/continuite-hub" "${url%/postgres}/hold_bench2" --hold 2 --rounds 1 \
        --elsewhere "${url%/postgres}/hold_other"
    "$build/bench/hub/pipeline_probe" "${url%/postgres}/pipeline_probe" 750 20
    "$build/bench/hub/pipeline_probe" "${url%/postgres}/pipeline_probe" 12 200
    echo "load after: $(uptime)"
fi
bash "$here/../../tests/hub/pgcluster.sh" stop "$state/pg" || true
# The 8:30 burst (issue 19): h2load at 64, 512 and 2,000 connections, then beside 200 uploads at 2 KB/s.
CONNS="64 512 2000" REQUESTS=10000 IDLE=0 bash "$(dirname "$0")/h2load.sh" "$build/app/hub/continuite-hub"
CONNS="64" SLOW=200 REQUESTS=10000 bash "$(dirname "$0")/h2load.sh" "$build/app/hub/continuite-hub"
CONNS="" IDLE=1000 bash "$(dirname "$0")/h2load.sh" "$build/app/hub/continuite-hub"
