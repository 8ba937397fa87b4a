#!/usr/bin/env bash
# Set everything up, start a throw-away PostgreSQL server, then run the whole test suite
# headless (the store and services tests run on SQLite and on that server).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --tests
source scripts/test-postgres.sh
trap stop_test_postgres EXIT
start_test_postgres
export QT_QPA_PLATFORM=offscreen
.venv/bin/python -m pytest "$@"
