"""Data edition and other facts stored in the ``meta`` table."""

from __future__ import annotations

from sqlalchemy import text

from territoria.services.database import Database


def data_edition(db: Database) -> str | None:
    """The edition date of the curated data ("YYYY-MM-DD"), or None."""
    # plain SQL: read at every start, and an ORM query would first configure every mapper
    with db.engine.connect() as connection:
        return connection.execute(text("SELECT value FROM meta WHERE key = 'data_edition'")).scalar()
