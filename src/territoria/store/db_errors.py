"""What kind of database failure an exception is (the engine-specific half of services.db_errors)."""

from __future__ import annotations

import sqlite3
from typing import Literal

Kind = Literal["busy", "damaged"]


def classify_database_error(exc: BaseException) -> tuple[Kind, str] | None:
    """``("busy", "")`` or ``("damaged", French detail)`` for a SQLite error, else ``None``."""
    from sqlalchemy.exc import DBAPIError

    from territoria.store.db_check import FTS_TABLE, french_sqlite_error

    original = exc.orig if isinstance(exc, DBAPIError) else exc
    if not isinstance(original, sqlite3.Error):
        return None
    text = str(original)
    if "locked" in text or "busy" in text:
        return "busy", ""
    if FTS_TABLE in text:
        return "damaged", "l'index de recherche est absent ou endommagé"
    return "damaged", french_sqlite_error(original)
