"""A database error that reaches a person becomes a French message with the way out.

Readers treat damaged values as unknown; what is left (a missing table, a malformed page
met while reading, a database locked by another program) reaches the command line's last
safety net or the window's error dialog, which both word it here.
"""

from __future__ import annotations


def database_damage_message(exc: BaseException) -> str | None:
    """A French message for a database error, or None when ``exc`` is not one."""
    from territoria.store.db_errors import classify_database_error

    found = classify_database_error(exc)
    if found is None:
        return None
    kind, detail = found
    if kind == "busy":
        return ("La base de données est occupée par un autre programme Territoria. "
                "Réessayez dans un instant.")
    return (f"La base de données est endommagée ({detail}). « territoria check » en donne le détail et "
            "« territoria check --repair » reconstruit l'index de recherche et ce qui se recalcule ; "
            "pour le reste, restaurez une sauvegarde (Fichier > Restaurer une sauvegarde…, ou "
            "« territoria backup list » puis « territoria backup restore NOM »).")
