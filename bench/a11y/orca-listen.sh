#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Continuité contributors
# SPDX-License-Identifier: EUPL-1.2
# What Orca itself says of Continuité (issue 18): Debian's Orca runs inside the screen-reader audit's own Xvfb, D-Bus
# session and accessibility bus (tests/a11y/atspi_audit.sh), the real app on the demo course is walked with the
# keyboard, and every utterance and braille line is read from Orca's debug log (no sound card is needed: Orca logs
# "SPEECH OUTPUT" before it hands the words to a speech server, and goes on without one).
# Writes OUT/orca-heard.txt (per step, what Orca said, and the last braille line) and OUT/orca-debug.log.
# Not part of bench/run nor of ctest: a listening run of ~4 min that needs `apt-get install orca`; exit 77 without it.
# Usage: bench/a11y/orca-listen.sh [BUILD_DIR] [OUT]
set -euo pipefail
top="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${1:-$top/build}"
out="${2:-$build/a11y-orca}"
if ! command -v orca >/dev/null; then
    echo "SKIP: Orca is not installed (apt-get install --no-install-recommends orca)"
    exit 77
fi
rm -rf "$out"
CONTINUITE_A11Y_DRIVER="$top/tests/a11y/orca_listen.py" \
    exec bash "$top/tests/a11y/atspi_audit.sh" "$build/app/gui/continuite" "$out"
