#!/bin/bash
# SPDX-FileCopyrightText: 2026 Continuité contributors
# SPDX-License-Identifier: EUPL-1.2
# tst_packaging: the Debian packages as a family or a school gets them (issue 14).
#   packaging_check.sh BUILD_DIR VERSION
# 1. cpack builds the three .deb into a temporary folder (the build folder is left as it was).
# 2. dpkg --root --unpack puts them into an empty root and records them there. Not --install: configuring would run
#    continuite-hub's postinst, which creates a system user with adduser, inside a chroot that has no shell and no
#    adduser (and must not touch the machine running the tests); the postinst is syntax-checked instead.
# 3. The programs run from that root as they are (no LD_LIBRARY_PATH: Qt and the rest come from the system),
#    desktop-file-validate and appstreamcli accept the .desktop file and the metainfo, lintian (when installed)
#    finds no error.
# 4. Negative controls: the same checks fail on a copy with the metainfo or icon absent, the .desktop file broken or
#    without its French, the metainfo broken, so they cannot pass by accident.
set -euo pipefail
build=$(cd "$1" && pwd)
version=$2
work=$(mktemp -d /tmp/tst_packaging.XXXXXX)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# --- 1. build the packages
if ! cpack --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log"; fail "cpack did not build the packages"
fi
shopt -s nullglob
debs=("$work"/out/*.deb)
[ ${#debs[@]} -eq 3 ] || fail "expected 3 packages, got ${#debs[@]}: ${debs[*]}"
for deb in "${debs[@]}"; do
    echo "$(basename "$deb"): $(stat -c %s "$deb") bytes, Depends: $(dpkg-deb -f "$deb" Depends)"
done

# --- 2. unpack into a clean root, recorded by dpkg
root=$work/root
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates" "$root/var/lib/dpkg/triggers"
: >"$root/var/lib/dpkg/status"
dpkg --root="$root" --force-not-root --force-depends --no-triggers --unpack "${debs[@]}" >"$work/dpkg.log" 2>&1 \
    || { cat "$work/dpkg.log"; fail "dpkg could not unpack the packages into a clean root"; }
for pair in continuite:/usr/bin/continuite continuite:/usr/bin/continuite-print continuite-cli:/usr/bin/continuite-cli \
            continuite-hub:/usr/bin/continuite-hub continuite-hub:/lib/systemd/system/continuite-hub.service \
            continuite:/usr/share/man/man1/continuite.1.gz continuite:/usr/share/man/man1/continuite-print.1.gz \
            continuite-cli:/usr/share/man/man1/continuite-cli.1.gz continuite-hub:/usr/share/man/man1/continuite-hub.1.gz \
            continuite-hub:/usr/share/continuite-hub/nginx/continuite.conf; do
    dpkg --root="$root" -L "${pair%%:*}" | grep -qx "${pair#*:}" || fail "package ${pair%%:*} does not hold ${pair#*:}"
done
ctl=$work/hub-control
dpkg-deb -e "$work"/out/continuite-hub_*.deb "$ctl"
for script in postinst postrm; do
    [ -x "$ctl/$script" ] || fail "continuite-hub has no executable $script"
    sh -n "$ctl/$script" || fail "continuite-hub's $script is not valid sh"
done
grep -q 'adduser --system' "$ctl/postinst" || fail "continuite-hub's postinst creates no system user"

# --- 3. the programs run from the root, the metadata is valid
out=$(env -u LD_LIBRARY_PATH "$root/usr/bin/continuite-cli" --version 2>&1) || fail "continuite-cli --version: $out"
[[ $out == *"$version"* ]] || fail "continuite-cli --version says '$out', not $version"
echo "continuite-cli --version from the clean root: $out"
out=$(env -u LD_LIBRARY_PATH "$root/usr/bin/continuite-hub" --version 2>&1) || fail "continuite-hub --version: $out"
out=$(env -u LD_LIBRARY_PATH QT_QPA_PLATFORM=offscreen "$root/usr/bin/continuite" --version 2>&1) || fail "continuite --version: $out"

# The manual pages: man renders each without a warning, with its synopsis and what the program takes.
check_manpage() { # PAGE WORD: 0 when man renders PAGE without warnings and its text has WORD
    local warnings text
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=100 man --warnings -l "$1" 2>&1 >/dev/null) || return 1
    [ -z "$warnings" ] || { echo "$warnings"; return 1; }
    text=$(LC_ALL=C.UTF-8 MANWIDTH=100 man -l "$1" 2>/dev/null)
    grep -q '^SYNOPSIS' <<<"$text" && grep -q -- "$2" <<<"$text"
}
if command -v man >/dev/null; then
    for page in continuite:--lang continuite-print:--user continuite-cli:'bundle export' continuite-hub:--accel-redirect; do
        check_manpage "$root/usr/share/man/man1/${page%%:*}.1.gz" "${page#*:}" || fail "the manual page of ${page%%:*} is broken"
    done
    bad=$work/bad.1.gz
    zcat "$root/usr/share/man/man1/continuite-hub.1.gz" | sed 's/^\.SH DESCRIPTION/.SH DESCRIPTION\n.BADMACRO x/' | gzip -9n >"$bad"
    ! check_manpage "$bad" --accel-redirect >/dev/null 2>&1 || fail "negative control: a manual page with a roff error passed"
    ! check_manpage "$root/usr/share/man/man1/continuite-hub.1.gz" --no-such-flag >/dev/null 2>&1 \
        || fail "negative control: a manual page passed for a flag it does not have"
else
    [ "${CI:-}" != true ] || fail "man is not installed (man-db)"
    echo "man is not installed: manual pages not rendered"
fi

check_metadata() { # ROOT: 0 when the app's .desktop file, icon and metainfo are there and valid
    local r=$1 desktop metainfo
    desktop=("$r"/usr/share/applications/*.desktop)
    metainfo=("$r"/usr/share/metainfo/*.metainfo.xml)
    [ ${#desktop[@]} -eq 1 ] && [ ${#metainfo[@]} -eq 1 ] || return 1
    [ -f "$r/usr/share/icons/hicolor/scalable/apps/$(basename "${desktop[0]}" .desktop).svg" ] || return 1
    grep -q '^Name\[fr\]=' "${desktop[0]}" && grep -q '^Comment\[fr\]=' "${desktop[0]}" || return 1 # French first
    desktop-file-validate "${desktop[0]}" || return 1
    appstreamcli validate --no-net "${metainfo[0]}" || return 1
}
check_metadata "$root" || fail "the app's .desktop file, icon or metainfo are missing or invalid"

if command -v lintian >/dev/null; then
    lintian --fail-on error "${debs[@]}" \
        || fail "lintian found errors"
else
    [ "${CI:-}" != true ] || fail "lintian is not installed (scripts/deps.sh)"
    echo "lintian is not installed: skipped"
fi

# --- 4. negative controls: each broken copy must be refused
broken() { # NAME: a fresh copy of the root's share/ in $work/NAME
    rm -rf "$work/$1"; mkdir -p "$work/$1/usr"; cp -a "$root/usr/share" "$work/$1/usr/"; echo "$work/$1"
}
b=$(broken no-metainfo); rm "$b"/usr/share/metainfo/*.metainfo.xml
! check_metadata "$b" >/dev/null 2>&1 || fail "negative control: a root without metainfo passed"
b=$(broken no-icon); rm "$b"/usr/share/icons/hicolor/scalable/apps/*.svg
! check_metadata "$b" >/dev/null 2>&1 || fail "negative control: a root without icon passed"
b=$(broken bad-desktop); sed -i 's/^Type=Application/Type=Nonsense/' "$b"/usr/share/applications/*.desktop
! check_metadata "$b" >/dev/null 2>&1 || fail "negative control: a broken .desktop file passed"
b=$(broken no-french); sed -i '/^Comment\[fr\]=/d' "$b"/usr/share/applications/*.desktop
! check_metadata "$b" >/dev/null 2>&1 || fail "negative control: a .desktop file without its French comment passed"
b=$(broken bad-metainfo); sed -i 's|<summary>[^<]*</summary>||' "$b"/usr/share/metainfo/*.metainfo.xml
! check_metadata "$b" >/dev/null 2>&1 || fail "negative control: a metainfo without summary passed"
! env -u LD_LIBRARY_PATH "$work/no-metainfo/usr/bin/continuite-cli" --version >/dev/null 2>&1 \
    || fail "negative control: a root without the CLI ran it"
echo "PASS: 3 packages unpack into a clean root, run, their metadata and manual pages are valid; 8 negative controls refused"
