#!/usr/bin/env bash
# Set everything up, then start Territoria on the bundled seed database.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --gui
exec .venv/bin/territoria "$@"
