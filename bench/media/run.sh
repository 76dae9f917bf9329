#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Continuité contributors
# SPDX-License-Identifier: EUPL-1.2
# Frugal media benchmark (bench/README.md, "Frugal media"); called by bench/run with the build folder.
set -euo pipefail
build="${1:-build}"
QT_LOGGING_RULES="continuite.*.info=false" "$build/bench/media/bench_media" 2>/dev/null
