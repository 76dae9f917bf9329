#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Continuité contributors
# SPDX-License-Identifier: EUPL-1.2
# Side by side with CouchDB's replication protocol (bench/README.md, "Side by side with CouchDB's protocol", issue 16);
# called by bench/run with the build folder. Both systems on the anchor's own texts, in this one run:
#   1. the anchor (bench/anchor/pouchdb: bench.js, PouchDB 9 against express-pouchdb, versions pinned by its
#      package-lock.json) is installed once into BUILD/bench/anchor/pouchdb with `npm ci` (needs the npm registry);
#   2. `node bench.js --dump-docs` writes its 2,010 texts; `node bench.js` and `node bench.js --student` measure PouchDB;
#   3. bench-anchor loads the same texts into the real hub and measures Continuité, then prints one table of both.
# Without node nothing can be measured (the texts come from bench.js): it says so and stops. Without npm or the
# registry, PouchDB's half is skipped, said loudly, and Continuité's half runs alone.
# BENCH_ANCHOR_REPS: bench.js's repetitions (3).
set -euo pipefail
build="$(cd "${1:-build}" && pwd)"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
tool="$build/bench/anchor/bench-anchor"
if [ ! -x "$tool" ]; then
    echo "bench/anchor: $tool is not built (ninja -C $build bench-anchor)" >&2
    exit 1
fi
if ! command -v node >/dev/null; then
    echo "bench/anchor: SKIPPED, both halves: node is not installed, and the anchor's texts are made by its bench.js"
    echo "bench/anchor: (apt-get install nodejs npm; bench only, not in scripts/deps.sh)"
    exit 0
fi
work="$build/bench/anchor/pouchdb"
mkdir -p "$work"
cp "$here/pouchdb/bench.js" "$here/pouchdb/package.json" "$here/pouchdb/package-lock.json" "$work/"
echo "bench/anchor: node $(node --version), npm $(command -v npm >/dev/null && npm --version || echo missing), in $work"
node "$work/bench.js" --dump-docs "$work/docs.json"
if command -v zstd >/dev/null; then
    # The limit with the zstd command itself (bench-anchor computes the first with libzstd): every title and text as
    # one stream, as bench-anchor cuts them, and the anchor's docs as JSON lines (ids, dates and tags included).
    node -e 'const fs = require("fs"), d = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
        const text = (x) => x.type === "lesson" ? x.body : x.type === "assignment" ? x.instructions : x.content;
        fs.writeFileSync(process.argv[2], d.dataset.map((x) => (x.title || "") + "\n" + text(x) + "\n").join(""));
        fs.writeFileSync(process.argv[3], d.dataset.map((x) => JSON.stringify(x)).join("\n"));' \
        "$work/docs.json" "$work/texts.txt" "$work/docs.jsonl"
    echo "bench/anchor: zstd -19 (the command): the bare texts $(wc -c <"$work/texts.txt") B -> $(zstd -19 -q -c "$work/texts.txt" | wc -c) B;" \
        "the docs as JSON lines $(wc -c <"$work/docs.jsonl") B -> $(zstd -19 -q -c "$work/docs.jsonl" | wc -c) B"
fi

anchor=()
installed=false
if ! command -v npm >/dev/null; then
    echo "bench/anchor: PouchDB's half SKIPPED: npm is not installed (apt-get install npm). Continuité's half runs alone."
elif [ -d "$work/node_modules" ] && cmp -s "$work/package-lock.json" "$work/node_modules/.anchor-lock"; then
    installed=true
elif (cd "$work" && npm ci --no-audit --no-fund --loglevel=error >"$work/npm.log" 2>&1); then
    cp "$work/package-lock.json" "$work/node_modules/.anchor-lock"
    installed=true
else
    echo "bench/anchor: PouchDB's half SKIPPED: npm ci failed (the npm registry is needed once; see $work/npm.log)."
    echo "bench/anchor: Continuité's half runs alone."
fi
if $installed; then
    reps="${BENCH_ANCHOR_REPS:-3}"
    echo "== anchor: PouchDB 9 + express-pouchdb, the class ($reps reps; its progress on stderr)"
    (cd "$work" && node bench.js --reps "$reps" --json class.json >class.txt 2>class.log)
    cat "$work/class.txt"
    echo "== anchor: PouchDB, one student's database (--student)"
    (cd "$work" && node bench.js --student --reps "$reps" --json student.json >student.txt 2>student.log)
    cat "$work/student.txt"
    anchor=(--anchor "$work/class.json" --anchor-student "$work/student.json")
fi
echo "== Continuité: the same texts in the real hub, through the fault proxy"
QT_LOGGING_RULES="continuite.*.info=false" "$tool" --docs "$work/docs.json" "${anchor[@]}" --json "$work/side-by-side.json"
echo "bench/anchor: every figure of both systems in $work/side-by-side.json"
