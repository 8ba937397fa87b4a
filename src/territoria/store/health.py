"""Database health: the engine's own integrity checks and planner upkeep (SQLite today).

Services ask through these functions so that no SQLite statement lives above ``store``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import Connection, Engine

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class IntegrityFindings:
    """What the engine's checks found: page-level problems and broken references."""

    problems: tuple[str, ...]
    #: (table, rowid, parent table) of each row whose foreign key points nowhere.
    broken_references: tuple[tuple[str, int, str], ...]


def integrity_findings(connection: Connection) -> IntegrityFindings:
    """``PRAGMA integrity_check`` (lines other than ``ok``) and ``PRAGMA foreign_key_check``."""
    problems = tuple(str(line) for (line,) in connection.exec_driver_sql("PRAGMA integrity_check") if line != "ok")
    broken = tuple((str(table), int(rowid) if rowid is not None else 0, str(parent))
                   for table, rowid, parent, _ in connection.exec_driver_sql("PRAGMA foreign_key_check"))
    return IntegrityFindings(problems, broken)


def optimize(engine: Engine) -> None:
    """Refresh the planner statistics the engine thinks are stale; never raises.

    Cheap when nothing changed; after bulk writes it keeps query plans right.
    """
    if engine.dialect.name != "sqlite":  # a server keeps its statistics itself (autovacuum)
        return
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA optimize")
    except Exception:  # noqa: BLE001 - closing must never fail (read-only or broken file)
        log.debug("PRAGMA optimize skipped", exc_info=True)
