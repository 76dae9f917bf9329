#!/usr/bin/env bash
# Hub (issue 3): empty syncs and pushes of 50 changes with 1, 16 and 64 clients. See bench/README.md, "Hub benchmark".
set -euo pipefail
build="$1"
"$build/bench/hub/bench_hub" --seconds 5
