#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Continuité contributors
# SPDX-License-Identifier: EUPL-1.2
# Every file of the project says its licence (REUSE 3.0: an SPDX header, or .reuse/dep5 for files that cannot
# carry one). A file added without one fails here. The control: the same check on a throw-away repository with
# one file without a header must fail, so this test cannot pass because reuse found nothing to check.
set -euo pipefail
root="$1"
command -v reuse >/dev/null || { echo "reuse is not installed (scripts/deps.sh installs it)"; exit 1; }
reuse --root "$root" lint
control=$(mktemp -d)
trap 'rm -rf "$control"' EXIT
mkdir -p "$control/LICENSES"
cp "$root/LICENSES/EUPL-1.2.txt" "$control/LICENSES/"
printf 'int main() { return 0; }\n' > "$control/main.cpp"
git -C "$control" init -q && git -C "$control" add -A
if reuse --root "$control" lint >/dev/null 2>&1; then
    echo "control: reuse accepted a file without a licence header" >&2
    exit 1
fi
echo "control: a file without a header is refused, as it should be"
