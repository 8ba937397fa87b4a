#!/usr/bin/env bash
# Build a one-folder Territoria bundle with PyInstaller into dist/territoria/.
# Run it on the target OS (PyInstaller does not cross-compile): Windows agencies run it
# under Git Bash or adapt the two commands below to PowerShell.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/python -m pip install -q "pyinstaller>=6.3"
.venv/bin/pyinstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller packaging/territoria.spec
echo "Bundle prêt : dist/territoria/ (lancer dist/territoria/territoria)"
