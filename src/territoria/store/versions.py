"""Record versions (optimistic locking): a save states the version it read, and wins only if
nobody saved since.

``claim_version`` is one ``UPDATE … SET version = version + 1 WHERE id = ? AND version = ?``:
the database serialises two such statements on the same row (PostgreSQL's row lock, SQLite's
write lock), so of two editors who opened version 3, exactly one gets 4 and the other
a row count of 0 — a conflict, never a silent overwrite.
"""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session


def claim_version(session: Session, model: type, record_id: int, expected: int) -> bool:
    """Move record ``record_id`` of ``model`` from version ``expected`` to the next one; False
    (nothing written) when it is no longer at ``expected``."""
    result = session.execute(
        update(model).where(model.id == int(record_id), model.version == int(expected))
        .values(version=model.version + 1).execution_options(synchronize_session=False)
    )
    return result.rowcount == 1


def current_version(session: Session, model: type, record_id: int) -> int | None:
    """The stored version of record ``record_id`` (None when it does not exist)."""
    return session.scalar(select(model.version).where(model.id == int(record_id)))
