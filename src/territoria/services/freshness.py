"""How old the installed data is: the newest edition (shipped database or data pack) and its age.

The window says so when that edition is more than :data:`STALE_AFTER_MONTHS` months old, and
whom to ask for newer data.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from territoria.services.database import Database

#: Data older than this many whole months is said to be out of date.
STALE_AFTER_MONTHS = 12


@dataclass(frozen=True, slots=True)
class DataFreshness:
    """The newest installed edition ("AAAA-MM-JJ", None when unknown) and its age in whole months."""

    edition: str | None
    months_old: int | None

    @property
    def stale(self) -> bool:
        """Whether the data is more than :data:`STALE_AFTER_MONTHS` months old."""
        return self.months_old is not None and self.months_old >= STALE_AFTER_MONTHS


def _day(value: str | None) -> date | None:
    try:
        parts = [int(p) for p in (value or "").split("-")]
        return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except (ValueError, IndexError):
        return None  # a damaged date reads as unknown


def months_between(start: date, end: date) -> int:
    """Whole months from ``start`` to ``end`` (0 when ``end`` is earlier)."""
    months = (end.year - start.year) * 12 + end.month - start.month - (1 if end.day < start.day else 0)
    return max(months, 0)


def data_freshness(db: Database, today: date | None = None) -> DataFreshness:
    """The newest edition among the shipped data and the installed packs, and its age at ``today``."""
    editions: list[str] = []
    # plain SQL: read at start-up, before any page (an ORM query would configure every mapper)
    with db.engine.connect() as connection:
        for sql in ("SELECT value FROM meta WHERE key = 'data_edition'", "SELECT max(edition) FROM packs"):
            try:
                value = connection.execute(text(sql)).scalar()
            except SQLAlchemyError:
                value = None  # an older database without packs
            if isinstance(value, str) and _day(value) is not None:
                editions.append(value[:10])
    if not editions:
        return DataFreshness(None, None)
    newest = max(editions, key=lambda value: _day(value) or date.min)
    day = _day(newest)
    assert day is not None
    return DataFreshness(newest, months_between(day, today or date.today()))
