"""What a fault-injection run does in its own process (so that it can be killed with SIGKILL).

``python driver.py ACTION DATA_DIR [ARG]`` — actions:

- ``open DATA_DIR SEED``: open the user's database as the app does (first run, migration,
  seed update), with the seed checked against its digest;
- ``export DATA_DIR FILE``: ``backup export`` of the data folder to FILE;
- ``cli DATA_DIR ARGS…``: any ``territoria`` command line.

Another feature adds its own action to :data:`ACTIONS` (e.g. a pack import) and the
suite can kill it the same way (see ``harness.run_and_kill``).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path


def _open(data_dir: Path, seed: str) -> int:
    from territoria.config import resolve_paths
    from territoria.store.bootstrap import open_user_database

    engine, report = open_user_database(resolve_paths(data_dir), Path(seed), require_digest=True)
    engine.dispose()
    print(f"created={report.created} migrated={report.migrated} seed_updated={report.seed_updated}", flush=True)
    return 0


def _export(data_dir: Path, target: str) -> int:
    from territoria.config import resolve_paths
    from territoria.services.backups import export_archive

    export_archive(resolve_paths(data_dir), Path(target))
    return 0


def _cli(data_dir: Path, *args: str) -> int:
    from territoria.cli import main

    return main(["--data-dir", str(data_dir), *args])


#: action name -> callable(data_dir, *args) -> exit code
ACTIONS: dict[str, Callable[..., int]] = {"open": _open, "export": _export, "cli": _cli}


def main(argv: list[str]) -> int:
    """Run one action; a French error is printed as the CLI does, anything else is a traceback."""
    from territoria.errors import TerritoriaError

    action, data_dir, *rest = argv
    try:
        return ACTIONS[action](Path(data_dir), *rest)
    except TerritoriaError as exc:
        print(f"territoria : {exc.message}", file=sys.stderr)
        return exc.exit_code


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
