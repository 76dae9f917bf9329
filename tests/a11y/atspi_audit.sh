#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Continuité contributors
# SPDX-License-Identifier: EUPL-1.2
# The screen-reader audit (issue 18): starts the real app on the demo course under Xvfb with its own D-Bus
# session and AT-SPI bus, walks both roles with the keyboard (xdotool) and reads what a screen reader
# reads (atspi_audit.py). Usage: atspi_audit.sh APP OUTDIR [ARGS...], ARGS passed to atspi_audit.py
# (--fixture SCENE.qml: APP is the scene host, and the audit must find every fault planted in the scene).
# CONTINUITE_A11Y_DRIVER: another walker in the same harness (orca_listen.py: Orca itself listens; bench/).
# Exit 0 when every check holds, 1 when one fails, 77 (ctest: skipped) when a tool is missing.
set -euo pipefail

app="$1"
out="$2"
shift 2
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

if [ "${CONTINUITE_A11Y_INSIDE:-}" != "1" ]; then
    # The system Python: pyatspi and gi come from Debian packages, not from a virtualenv or pyenv.
    python=/usr/bin/python3
    for tool in Xvfb dbus-run-session xdotool; do
        if ! command -v "$tool" >/dev/null; then
            echo "SKIP: $tool is missing (scripts/deps.sh installs xvfb, dbus-x11, xdotool)"
            exit 77
        fi
    done
    if ! "$python" -c 'import gi; gi.require_version("Atspi", "2.0"); from gi.repository import Atspi' 2>/dev/null; then
        echo "SKIP: the AT-SPI Python bindings are missing (scripts/deps.sh installs python3-pyatspi)"
        exit 77
    fi
    if [ ! -x /usr/libexec/at-spi-bus-launcher ]; then
        echo "SKIP: at-spi-bus-launcher is missing (scripts/deps.sh installs at-spi2-core)"
        exit 77
    fi
    # A private session bus: never the desktop's, and it works as root in CI. Everything it started
    # (the accessibility bus, the registry) ends with it.
    export CONTINUITE_A11Y_INSIDE=1
    exec dbus-run-session -- "$0" "$app" "$out" "$@"
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/continuite-a11y.XXXXXX")"
xvfb_pid=""
bus_pid=""
cleanup() {
    [ -n "$bus_pid" ] && kill "$bus_pid" 2>/dev/null || true
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# Whether the X server of pid $1 itself listens on display $2's socket: the abstract one ("@/tmp/.X11-unix/X2"),
# which clients try first, or else the file. Another X server on the machine can hold a number whose lock file is
# gone; a client would reach that one.
owns_display() {
    local ours path inode
    ours="$(for fd in /proc/"$1"/fd/*; do readlink "$fd" 2>/dev/null; done | sed -n 's/^socket:\[\([0-9]*\)\]$/\1/p')"
    for path in "@/tmp/.X11-unix/X$2" "/tmp/.X11-unix/X$2"; do
        for inode in $(awk -v want="$path" '$NF == want { print $7 }' /proc/net/unix); do
            grep -qx "$inode" <<<"$ours" && return 0
        done
        # An abstract socket that exists is the one clients reach: it must be ours.
        [ "$path" = "@/tmp/.X11-unix/X$2" ] && grep -q " $path\$" /proc/net/unix && return 1
    done
    return 1
}

# A display of our own: Xvfb picks a free number and writes it on fd 3. Another X server on the machine (another
# engineer's test, one of ours still exiting) can hold a number's socket while its lock is gone. Whether the display
# is ours is read from the sockets our Xvfb holds, not from its log: with -displayfd, Xvfb logs "server already
# running" for a number it tried and skipped, and then takes the next one (seen in session 16: another engineer's
# Xvfb held :0 with no lock file, and every attempt here was dropped, 5 of 5, although each had :1 to itself).
for attempt in 1 2 3 4 5; do
    : >"$work/display"
    # -noreset: by default an X server resets when its last client leaves, and a client that connects during the
    # reset is refused ("could not connect to display :0", with nothing in Xvfb's log). The harness's own xdotool is
    # such a last client right before the app starts, and so is the app before the next one (the late reader): the
    # display race seen twice in session 14. Measured on this machine (load 7-10): 33 of 300 back-to-back
    # connections refused without -noreset, 0 of 300 with it.
    Xvfb -displayfd 3 -noreset -screen 0 1280x800x24 -nolisten tcp 3>"$work/display" 2>"$work/xvfb.log" &
    xvfb_pid=$!
    for _ in $(seq 100); do
        [ -s "$work/display" ] && break
        sleep 0.1
    done
    if [ ! -s "$work/display" ]; then
        echo "FAIL: Xvfb did not start"; cat "$work/xvfb.log"; exit 1
    fi
    sleep 0.3
    if ! owns_display "$xvfb_pid" "$(head -n1 "$work/display")"; then
        echo "display :$(head -n1 "$work/display") is another X server's too (attempt $attempt): another one"
        kill "$xvfb_pid" 2>/dev/null || true
        wait "$xvfb_pid" 2>/dev/null || true
        xvfb_pid=""
        sleep "0.$((RANDOM % 9 + 1))"
        continue
    fi
    break
done
if [ -z "$xvfb_pid" ]; then
    echo "FAIL: no display of our own after 5 attempts"; cat "$work/xvfb.log"; exit 1
fi
export DISPLAY=":$(head -n1 "$work/display")"
# The display answers before anything uses it (xdotool asks the server its size).
answered=""
for _ in $(seq 100); do
    xdotool getdisplaygeometry >/dev/null 2>&1 && answered=1 && break
    if ! kill -0 "$xvfb_pid" 2>/dev/null; then
        echo "FAIL: Xvfb exited"; cat "$work/xvfb.log"; exit 1
    fi
    sleep 0.1
done
if [ -z "$answered" ]; then
    echo "FAIL: the display $DISPLAY did not answer within 10 s"; cat "$work/xvfb.log"; exit 1
fi
# And it takes every client, one right after another: each one here is the last to leave when the next comes, as the
# harness's xdotool is before the app, and each app before the next (a display that resets refuses some of them).
refused=0
for _ in $(seq "${CONTINUITE_A11Y_DISPLAY_PROBES:-100}"); do
    xdotool getdisplaygeometry >/dev/null 2>&1 || refused=$((refused + 1))
done
if [ "$refused" -ne 0 ]; then
    echo "FAIL: the display $DISPLAY refused $refused of ${CONTINUITE_A11Y_DISPLAY_PROBES:-100} clients that came one" \
        "after another (an X server that resets when its last client leaves: start Xvfb with -noreset)"
    exit 1
fi

export XDG_RUNTIME_DIR="$work/runtime"
mkdir -m 700 "$XDG_RUNTIME_DIR"

# The accessibility bus, started now and waited for: an app that asks for org.a11y.Bus before the launcher
# owns the name makes D-Bus activate a second launcher, and the app and this audit can end up on two
# different buses (the app then never shows up; seen once in CI).
# Its settings in memory: turning the screen reader on below must not be written to the machine's dconf.
GSETTINGS_BACKEND=memory /usr/libexec/at-spi-bus-launcher --launch-immediately >"$work/bus.log" 2>&1 &
bus_pid=$!
a11y_address=""
for _ in $(seq 150); do
    if ! kill -0 "$bus_pid" 2>/dev/null; then
        echo "FAIL: at-spi-bus-launcher exited"; cat "$work/bus.log"; exit 1
    fi
    # NameHasOwner, not a call to the launcher: a call would itself activate a second one.
    if dbus-send --session --print-reply=literal --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.a11y.Bus 2>/dev/null | grep -q true; then
        a11y_address="$(dbus-send --session --print-reply=literal --reply-timeout=5000 --dest=org.a11y.Bus \
            /org/a11y/bus org.a11y.Bus.GetAddress 2>/dev/null | tr -d ' ' || true)"
        [ -n "$a11y_address" ] && break
    fi
    sleep 0.2
done
if [ -z "$a11y_address" ]; then
    echo "FAIL: the accessibility bus did not answer within 30 s"; cat "$work/bus.log"; exit 1
fi
echo "accessibility bus: $a11y_address"
# The screen reader is on, as Orca turns it on when it starts (org.a11y.Status.ScreenReaderEnabled). Qt 6.4 reads
# this status once, when the app starts (DBusConnection::serviceRegistered: "QtDbus doesn't support notifications
# for property changes yet"): a screen reader started after an app never hears it, unless the app exports its tree
# whatever (QT_LINUX_ACCESSIBILITY_ALWAYS_ON), which the app's main() sets (issue 18, A6/F5). The audit checks it
# after the walk, with the app told not to (CONTINUITE_ACCESSIBILITY=off) as its negative control; the scene host
# does not set it (the control's planted fault, --late-screen-reader).
set_screen_reader() {
    dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus org.freedesktop.DBus.Properties.Set \
        string:org.a11y.Status string:ScreenReaderEnabled "variant:boolean:$1" >/dev/null
}
set_screen_reader true
export QT_QPA_PLATFORM=xcb QT_QUICK_BACKEND=software LC_ALL=C.UTF-8
export NO_AT_BRIDGE=0 GTK_MODULES=""

mkdir -p "$out"
status=0
/usr/bin/python3 "${CONTINUITE_A11Y_DRIVER:-$here/atspi_audit.py}" --app "$app" --data "$work/data" --out "$out" "$@" || status=$?
if [ "$status" -ne 0 ]; then
    echo "--- the accessibility bus launcher said:"; tail -n 20 "$work/bus.log" || true
    echo "--- Xvfb on $DISPLAY ($(kill -0 "$xvfb_pid" 2>/dev/null && echo running || echo gone)) said:"
    tail -n 20 "$work/xvfb.log" || true
fi
exit "$status"
