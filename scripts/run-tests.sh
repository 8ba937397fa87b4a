#!/usr/bin/env bash
# Set everything up, then run the whole test suite headless.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --tests
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest "$@"
