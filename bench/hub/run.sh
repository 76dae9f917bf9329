#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Continuité contributors
# SPDX-License-Identifier: EUPL-1.2
# Hub (issue 3): empty syncs and pushes of 50 changes with 1, 16 and 64 clients. See bench/README.md, "Hub benchmark"
# and "The 8:30 burst".
set -euo pipefail
build="$1"
"$build/bench/hub/bench_hub" --seconds 5
# The 8:30 burst (issue 19): h2load at 64, 512 and 2,000 connections, then beside 200 uploads at 2 KB/s.
CONNS="64 512 2000" REQUESTS=10000 IDLE=0 bash "$(dirname "$0")/h2load.sh" "$build/app/hub/continuite-hub"
CONNS="64" SLOW=200 REQUESTS=10000 bash "$(dirname "$0")/h2load.sh" "$build/app/hub/continuite-hub"
CONNS="" IDLE=1000 bash "$(dirname "$0")/h2load.sh" "$build/app/hub/continuite-hub"
