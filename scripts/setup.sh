#!/usr/bin/env bash
# Set up Territoria on Debian/Ubuntu: system libraries Qt needs, a virtualenv, the package.
# Idempotent: a second run only checks. Usage: bash scripts/setup.sh [--gui | --tests]
#   --gui    also the X11 libraries a real window needs
#   --tests  also what the test suite needs: pytest & co, PyInstaller, dpkg-deb, makensis (the
#            Windows installer script is compiled to prove it valid) and zbarimg (reads the
#            QR code of the PDFs made by the packaged app), and the PostgreSQL driver (extra
#            "server") for the tests that run against a real server
set -euo pipefail
cd "$(dirname "$0")/.."

# Qt's offscreen platform needs EGL/GL/fontconfig/xkbcommon; a real window also needs xcb.
pkgs=(python3-venv libegl1 libgl1 libxkbcommon0 libfontconfig1 libglib2.0-0 libdbus-1-3 fonts-dejavu-core poppler-utils)
extras="test"
if [[ "${1:-}" == "--tests" ]]; then
  pkgs+=(dpkg nsis zbar-tools git)
  extras="test,build,server"
fi
if [[ "${1:-}" == "--gui" || "${1:-}" == "--tests" ]]; then
  pkgs+=(libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
         libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xinerama0 libxcb-xkb1)
fi
missing=()
if command -v dpkg-query >/dev/null; then
  for p in "${pkgs[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
fi
if ((${#missing[@]})); then
  echo "Installation des paquets système : ${missing[*]}"
  sudo_cmd=(); [[ $(id -u) -ne 0 ]] && sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi

PYTHON=${PYTHON:-python3.11}
command -v "$PYTHON" >/dev/null || PYTHON=python3
if [[ ! -x .venv/bin/python ]]; then
  "$PYTHON" -m venv .venv
fi
stamp=.venv/.territoria-installed-${extras//,/-}
if [[ ! -f $stamp || pyproject.toml -nt $stamp ]]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".[$extras]"
  touch "$stamp"
fi
# Compile the Qt translations (.ts sources -> .qm, git-ignored) when a .ts is newer.
for ts in resources/translations/*.ts; do
  [[ -e $ts ]] || continue
  if [[ ! -f ${ts%.ts}.qm || $ts -nt ${ts%.ts}.qm ]]; then
    .venv/bin/python scripts/translations.py build
    break
  fi
done
