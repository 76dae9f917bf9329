#!/usr/bin/env bash
# The app (issue 5): cold start to the first frame and scrolling 150 lessons. See bench/README.md, "App benchmark".
set -euo pipefail
build="$1"
QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software "$build/bench/app/bench_app" 2>/dev/null
