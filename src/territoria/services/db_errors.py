"""The last safety net of the command line: a database error becomes a French message."""

from __future__ import annotations

import sqlite3


def database_damage_message(exc: BaseException) -> str | None:
    """A French message for a database error raised by a command, or None for other errors.

    Readers treat damaged values as unknown; what is left (a missing table, a malformed
    page met while reading) reaches here and is explained with the way out.
    """
    from sqlalchemy.exc import DBAPIError

    original = exc.orig if isinstance(exc, DBAPIError) else exc
    if not isinstance(original, sqlite3.Error):
        return None
    from territoria.store.db_check import FTS_TABLE, french_sqlite_error

    text = str(original)
    if "locked" in text or "busy" in text:
        return ("la base de données est occupée par un autre programme Territoria. "
                "Réessayez dans un instant.")
    if FTS_TABLE in text:
        detail = "l'index de recherche est absent ou endommagé"
    else:
        detail = french_sqlite_error(original)
    return (f"la base de données est endommagée ({detail}). Lancez « territoria check » pour le détail, "
            "puis « territoria check --repair » pour reconstruire l'index de recherche et ce qui se recalcule ; "
            "pour le reste, restaurez une sauvegarde (« territoria backup list »).")
