#!/usr/bin/env bash
# Outpost's one entry point for people and CI.
#
#   ./dev.sh run            set up, start a demo server on SQLite, open the client signed in
#   ./dev.sh test [ARGS]    set up, lint, run the whole test suite (ARGS go to pytest)
#   ./dev.sh lint           set up, run the quality gates only (docs/CONVENTIONS.md)
#   ./dev.sh setup          only set up
#
# Setting up is idempotent and quick when nothing changed: Debian/Ubuntu system libraries
# that Qt needs (only when missing, with root or sudo), a virtual environment in .venv,
# and the Python packages from pyproject.toml, installed with uv.
set -euo pipefail
cd "$(dirname "$0")"

VENV=.venv
PY=$VENV/bin/python
SYSTEM_PACKAGES=(
    xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0
    libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-image0
    libegl1 libgl1 libfontconfig1 libdbus-1-3 fonts-wqy-microhei
    binutils openssl    # PyInstaller's strip/readelf (installer/), test certificates
    slapd               # the directory that tests/server/test_directory.py signs in against
)
DEMO_PORT=${OUTPOST_DEMO_PORT:-8765}
DEMO_PASSWORD=demo1234

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
fail() { printf '\033[1;31m==> %s\033[0m\n' "$*" >&2; exit 1; }

setup_system() {
    command -v dpkg >/dev/null || { say "Not Debian/Ubuntu: install Qt's xcb libraries and xvfb yourself"; return; }
    local missing=()
    for package in "${SYSTEM_PACKAGES[@]}"; do
        dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { say "Missing ${missing[*]}; no root or sudo to install them"; return; }
        sudo=(sudo)
    fi
    say "Installing system packages: ${missing[*]}"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null 2>&1
}

setup_python() {
    local stamp=$VENV/.installed wanted
    wanted=$(sha256sum pyproject.toml | cut -d' ' -f1)
    [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$wanted" ] && return
    if [ ! -x "$PY" ]; then
        say "Creating the virtual environment in $VENV"
        python3 -m venv "$VENV"
    fi
    [ -x $VENV/bin/uv ] || "$PY" -m pip install -q uv
    say "Installing Python packages"
    $VENV/bin/uv pip install -q --python "$PY" -e ".[dev]"
    echo "$wanted" >"$stamp"
}

setup() {
    setup_system
    setup_python
}

# Start Xvfb when there is no screen, so `run` works over SSH too (take screenshots there).
# One started here is stopped when `run` ends (XVFB_PID).
ensure_display() {
    [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ] && return
    [ "${QT_QPA_PLATFORM:-}" = offscreen ] && return
    command -v Xvfb >/dev/null || { export QT_QPA_PLATFORM=offscreen; return; }
    export DISPLAY=:${OUTPOST_XVFB_DISPLAY:-77}
    if ! xdpyinfo >/dev/null 2>&1 && [ ! -e "/tmp/.X11-unix/X${DISPLAY#:}" ]; then
        say "No screen: starting Xvfb on $DISPLAY"
        Xvfb "$DISPLAY" -screen 0 1400x900x24 >/dev/null 2>&1 &
        XVFB_PID=$!
        sleep 1
    fi
}

# The quality gates, fastest first; the first failure stops with what to do about it.
lint() {
    local bin=$VENV/bin
    say "Lint: ruff check, ruff format --check, lint-imports, mypy --strict"
    "$bin/ruff" check --quiet . ||
        fail "ruff check found problems (above): fix them, many with '$bin/ruff check --fix .'"
    "$bin/ruff" format --check --quiet . ||
        fail "ruff format would change the files above: run '$bin/ruff format .'"
    local imports
    imports=$("$bin/lint-imports" 2>&1) || {
        printf '%s\n' "$imports" | sed -n '/^Contracts/,$p' >&2
        fail "an import breaks the layers of docs/CONVENTIONS.md (contracts in pyproject.toml)"
    }
    "$PY" .ci/mypy_ratchet.py ||
        fail "mypy --strict: sync/ and app/ must be clean; server/ and ui/ follow .ci/mypy-ratchet.json"
}

# What `run` started, stopped when it ends however it ends (the client quits, Ctrl+C, an error).
SERVER_PID=
XVFB_PID=
stop_started() {
    local pid
    for pid in $SERVER_PID $XVFB_PID; do
        kill "$pid" 2>/dev/null || continue
        for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$pid" 2>/dev/null || true
    done
    SERVER_PID= XVFB_PID=
}

# True when nothing listens on 127.0.0.1:$1 (a bind succeeds, as the server's will).
port_free() {
    "$PY" - "$1" <<'PORT'
import socket, sys
with socket.socket() as s:
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        s.bind(("127.0.0.1", int(sys.argv[1])))
    except OSError:
        sys.exit(1)
PORT
}

run() {
    local home=${OUTPOST_HOME:-$PWD/var/demo}
    local server_db="sqlite:///$home/server.sqlite3"
    local url="http://127.0.0.1:$DEMO_PORT"
    port_free "$DEMO_PORT" || fail "Port $DEMO_PORT is in use by another program (an earlier demo server \
still running?), so the demo server cannot start there. Stop that program, or choose another \
port: OUTPOST_DEMO_PORT=8766 ./dev.sh run"
    mkdir -p "$home"
    export OUTPOST_HOME=$home/client OUTPOST_DATABASE_URL=$server_db
    trap stop_started EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    $VENV/bin/outpost-server init-db
    if [ ! -f "$home/.seeded" ]; then
        $VENV/bin/outpost-server seed-demo && touch "$home/.seeded"
    fi
    say "Server on $url (demo users: alice, bob, manager.sh, admin; password $DEMO_PASSWORD)"
    $VENV/bin/outpost-server serve --host 127.0.0.1 --port "$DEMO_PORT" >"$home/server.log" 2>&1 &
    SERVER_PID=$!
    local tries=0
    until "$PY" -c "import urllib.request as u; u.urlopen('$url/api/v1/health', timeout=1)" 2>/dev/null; do
        kill -0 "$SERVER_PID" 2>/dev/null || {
            tail -n 5 "$home/server.log" >&2
            fail "The demo server stopped at start (above; the whole log is $home/server.log)"
        }
        [ $((tries += 1)) -lt 150 ] || fail "The demo server did not answer in 30 s: see $home/server.log"
        sleep 0.2
    done
    ensure_display
    local status=0
    echo "$DEMO_PASSWORD" | $VENV/bin/outpost --server "$url" \
        --username "${OUTPOST_DEMO_USER:-alice}" --password-stdin "$@" || status=$?
    stop_started
    say "Stopped the demo server"
    return $status
}

command=${1:-}
shift || true
case "$command" in
    setup) setup ;;
    run) setup && run "$@" ;;
    lint) setup && lint ;;
    test) setup && lint && exec "$VENV/bin/pytest" "$@" ;;
    *) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
esac
