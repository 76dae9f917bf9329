#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Continuité contributors
# SPDX-License-Identifier: EUPL-1.2
# Classroom LAN (issue 6): a year of a class served by the teacher's laptop; 1, 10, 30 first syncs at once,
# then everybody hands in. See bench/README.md, "Classroom LAN benchmark".
set -euo pipefail
build="$1"
QT_LOGGING_RULES="continuite.*.info=false" "$build/bench/lan/bench_lan" ${BENCH_LAN_ARGS:-} 2>/dev/null
