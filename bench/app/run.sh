#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Continuité contributors
# SPDX-License-Identifier: EUPL-1.2
# The app (issue 5): cold start to the first frame and scrolling 150 lessons. See bench/README.md, "App benchmark".
set -euo pipefail
build="$1"
QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software "$build/bench/app/bench_app" 2>/dev/null
# The start on the demo course, what a teacher trying Continuité first sees (bench/README.md, "App benchmark").
bash "$(dirname "${BASH_SOURCE[0]}")/start_demo.sh" "$build/app/gui/continuite"
