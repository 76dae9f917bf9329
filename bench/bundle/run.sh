#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Continuité contributors
# SPDX-License-Identifier: EUPL-1.2
# Bundles (issue 6): a year of a class as a USB pack, out and in; a weekly return pack. See bench/README.md, "Bundle benchmark".
set -euo pipefail
build="$1"
"$build/bench/bundle/bench_bundle" 2>/dev/null
