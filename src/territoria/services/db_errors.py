"""A database error that reaches a person becomes a French message with the way out.

Readers treat damaged values as unknown; what is left (a missing table, a malformed page
met while reading, a database locked by another program) reaches the command line's last
safety net or the window's error dialog, which both word it here.
"""

from __future__ import annotations

import sqlite3


def database_damage_message(exc: BaseException) -> str | None:
    """A French message for a database error, or None when ``exc`` is not one."""
    from sqlalchemy.exc import DBAPIError

    original = exc.orig if isinstance(exc, DBAPIError) else exc
    if not isinstance(original, sqlite3.Error):
        return None
    from territoria.store.db_check import FTS_TABLE, french_sqlite_error

    text = str(original)
    if "locked" in text or "busy" in text:
        return ("La base de données est occupée par un autre programme Territoria. "
                "Réessayez dans un instant.")
    if FTS_TABLE in text:
        detail = "l'index de recherche est absent ou endommagé"
    else:
        detail = french_sqlite_error(original)
    return (f"La base de données est endommagée ({detail}). « territoria check » en donne le détail et "
            "« territoria check --repair » reconstruit l'index de recherche et ce qui se recalcule ; "
            "pour le reste, restaurez une sauvegarde (Fichier > Restaurer une sauvegarde…, ou "
            "« territoria backup list » puis « territoria backup restore NOM »).")
