"""The remembered collectivité, read alone: what the window's start page needs to choose
between "Ma commune" and the welcome screen.

Kept apart from ``services.profile`` (which imports the records service and the ORM models)
and read with SQLAlchemy Core, so that the start configures no ORM mapper (issue #13).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from territoria.domain.vocab import THEMES
from territoria.services import tolerant
from territoria.services.database import Database
from territoria.store.user_tables import USER_PROFILE, mine


@dataclass(frozen=True, slots=True)
class SavedChoice:
    """The remembered collectivité, its needs (theme slugs) and budget ceiling in euros."""

    kind: str
    code: str
    needs: tuple[str, ...] = ()
    budget_max_eur: float | None = None


def load_choice(db: Database) -> SavedChoice | None:
    """The remembered choice, or None when nothing was chosen yet."""
    profile = USER_PROFILE
    with db.engine.connect() as connection:
        row = connection.execute(
            select(profile.c.kind, profile.c.code, profile.c.needs, profile.c.budget_max_eur)
            .where(mine(profile, connection)).order_by(profile.c.id).limit(1)).first()
    if row is None:
        return None
    needs = tuple(slug for slug in tolerant.strings(row.needs) if slug in THEMES)
    budget = tolerant.number(row.budget_max_eur)
    return SavedChoice(row.kind, row.code, needs, budget if budget is None or budget > 0 else None)
