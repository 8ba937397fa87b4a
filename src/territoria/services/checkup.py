"""``territoria check``: a full check of the user's database, and the repair of what is derived.

The database file is examined as it is (never migrated nor merged first), so a damaged
file gets a list of problems instead of a failure. What is derived (search index,
indexes, triggers, derived columns) is rebuilt by :func:`repair`; for the rest the way
out is a backup (``territoria backup list`` then ``backup restore NAME``).
"""

from __future__ import annotations

from pathlib import Path

from territoria.store import migrate
from territoria.store.db_check import CheckResult, Finding, inspect_database, reference_database
from territoria.store.db_repair import RepairResult, repair_database

__all__ = ["CheckResult", "Finding", "RepairResult", "check", "repair", "RESTORE_ADVICE"]

#: What to do about the problems a repair cannot fix.
RESTORE_ADVICE = ("Ces problèmes ne se réparent pas automatiquement : restaurez une sauvegarde "
                  "(« territoria backup list » pour les voir, puis « territoria backup restore NOM »), "
                  "ou, dans la fenêtre, Fichier > Restaurer une sauvegarde….")


def _seed() -> Path | None:
    from territoria.resources import seed_path

    try:
        return seed_path()
    except FileNotFoundError:
        return None


def check(database: Path, seed: Path | None = None) -> CheckResult:
    """Every problem of the database file ``database`` (integrity, references, schema and
    indexes, column types, vocabulary, JSON, dates, links, search index, derived columns)."""
    with reference_database(seed or _seed(), migrate.HEAD) as reference:
        return inspect_database(Path(database), reference)


def repair(database: Path, seed: Path | None = None) -> RepairResult:
    """Rebuild what is derived in ``database``; ``after`` lists what only a backup can fix."""
    with reference_database(seed or _seed(), migrate.HEAD) as reference:
        return repair_database(Path(database), reference)
