#!/usr/bin/env bash
# Build Territoria's one-folder bundle (dist/territoria/) and, on Linux, its .deb.
#   bash packaging/build.sh [--agency FILE.toml] [--no-deb]
# Run it on the target OS (PyInstaller does not cross-compile); the GitHub workflow
# .github/workflows/installers.yml does it on Windows and macOS too.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/python -m pip install -q -e ".[build]"
exec .venv/bin/python packaging/build_bundle.py "$@"
