# SPDX-FileCopyrightText: 2026 Continuité contributors
# SPDX-License-Identifier: EUPL-1.2
# Sourced by the scripts: installs the Debian 12 packages Continuité needs, only those missing.
# Keep this list the one place that names them (README "What it needs" explains each).
CONTINUITE_PACKAGES=(
    # build
    cmake ninja-build g++ pkg-config ccache
    # Qt 6.4 as Debian 12 ships it
    qt6-base-dev qt6-declarative-dev qt6-declarative-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite qt6-pdf-dev qt6-multimedia-dev libgl-dev
    qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts qml6-module-qtquick-templates
    qml6-module-qtquick-window qml6-module-qtqml-workerscript qml6-module-qttest qml6-module-qtquick-pdf
    # QtQml's own types (Timer, Connections, QtObject) and models' (QAbstractItemModel) described for qmllint: without it all_qmllint cannot resolve them
    qml6-module-qtqml qml6-module-qtqml-models
    qml6-module-qtmultimedia gstreamer1.0-plugins-base gstreamer1.0-plugins-good
    # The microphone for voice capsules (GStreamer's autoaudiosrc: PulseAudio or PipeWire's, else ALSA)
    gstreamer1.0-pulseaudio gstreamer1.0-alsa
    qml6-module-qtquick-dialogs qml6-module-qt-labs-folderlistmodel
    # Qt's own words in French (the file dialog's "Annuler", "Ouvrir"): qtbase_fr.qm, qtdeclarative_fr.qm
    qt6-translations-l10n
    # the Échanges page: QR codes of the classroom's address
    libqrencode-dev
    # sync and hub
    libcurl4-openssl-dev libmicrohttpd-dev libsodium-dev libzstd-dev libbz2-dev
    # the classroom hub's certificate, made on the teacher's laptop, and the pupils' check of it (libcrypto)
    libssl-dev
    # the hub's records in PostgreSQL (issue 12): the client library; the server for the tests' throw-away cluster
    libpq-dev postgresql-15
    # the fleet (issue 13): the front the operators run, tested with the shipped deploy/haproxy configuration
    haproxy openssl
    # the manual pages, made from each program's --help (packaging/CMakeLists.txt)
    help2man man-db
    # files sent by the front (tst_accelredirect): nginx with deploy/nginx/continuite.conf
    nginx
    # tests: fuzzing with clang's libFuzzer, PDFs read back, a client process whose clock is hours ahead
    clang libclang-rt-14-dev poppler-utils faketime
    # tests: the screen-reader audit (tests/a11y): a virtual display, a D-Bus session and the AT-SPI bus,
    # the AT-SPI Python bindings to read the app as Orca does, xdotool to walk it with the keyboard
    xvfb dbus-x11 at-spi2-core python3-pyatspi gir1.2-atspi-2.0 xdotool
    # frugal media (issue 15): WebP/TIFF photos read by Qt; tests read handwriting back (OCR) and write and
    # read EXIF/GPS tags as a phone does
    qt6-image-formats-plugins tesseract-ocr tesseract-ocr-fra libimage-exiftool-perl
    # every file says its licence (tests/licence: REUSE 3.0)
    reuse
    # frugal media: teachers' videos made light with GStreamer (VP8 + Opus in WebM: plugins-good and -base)
    libgstreamer1.0-dev libgstreamer-plugins-base1.0-dev
    # Debian packages (issue 14, packaging/): cpack's Depends from dpkg-shlibdeps, and tst_packaging's validators
    dpkg-dev lintian desktop-file-utils appstream
)

continuite_install_deps() {
    local missing=()
    for p in "${CONTINUITE_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing ${#missing[@]} Debian packages: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
}

continuite_build() {
    local top build
    top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
    build="${CONTINUITE_BUILD_DIR:-$top/build}"
    if [ ! -f "$build/build.ninja" ]; then
        cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
    fi
    cmake --build "$build" -j "$(nproc)"
}
