"""Data edition and other facts stored in the ``meta`` table."""

from __future__ import annotations

from sqlalchemy import select

from territoria.services.database import Database
from territoria.store.models import Meta


def data_edition(db: Database) -> str | None:
    """The edition date of the curated data ("YYYY-MM-DD"), or None."""
    with db.session() as session:
        return session.scalar(select(Meta.value).where(Meta.key == "data_edition"))
