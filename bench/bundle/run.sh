#!/usr/bin/env bash
# Bundles (issue 6): a year of a class as a USB pack, out and in; a weekly return pack. See bench/README-bundle.md.
set -euo pipefail
build="$1"
"$build/bench/bundle/bench_bundle" 2>/dev/null
