#!/usr/bin/env bash
# Sync benchmark (bench/README.md, "Sync benchmark"); called by bench/run with the build folder.
set -euo pipefail
build="${1:-build}"
QT_LOGGING_RULES="continuite.*.info=false" "$build/bench/sync/bench-sync" "${BENCH_SYNC_ARGS:-}" 2>/dev/null
