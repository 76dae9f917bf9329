#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Continuité contributors
# SPDX-License-Identifier: EUPL-1.2
# Sync benchmark (bench/README.md, "Sync benchmark"); called by bench/run with the build folder.
set -euo pipefail
build="${1:-build}"
QT_LOGGING_RULES="continuite.*.info=false" "$build/bench/sync/bench-sync" "${BENCH_SYNC_ARGS:-}" 2>/dev/null
