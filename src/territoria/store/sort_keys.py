"""Stored sort keys and theme bit masks of initiatives, kept right by SQLite triggers.

Sorting 100,000 initiatives by organisation, place or theme through a folding expression
and joins took 0.3–1.5 s; comparing stated needs with a subquery per row made the
comparable ranking slow. Migration 0009 stores, on every initiative:

- ``organisation_key``: its lead's name folded by :func:`fold_sql` (NULL without a lead);
- ``place_key``: the folded name of its commune, else EPCI, else département, else région;
- ``theme_key``: the smallest label rank of its themes (NULL without a theme);
- ``theme_mask``: one bit per theme it has (``theme_keys.bit``);

each with an index, so a column sort is an index walk and "has one of these needs" is
``theme_mask & :mask``. Triggers recompute them whenever an initiative, its themes, its
lead's name or a place name is written, whoever writes (ORM, Core, a bulk load in plain
``sqlite3``): no writer has to remember them. Their values are exactly those of the
expressions the sort used before (same folding, same theme order).

``theme_keys`` (slug, bit, rank) is the vocabulary the triggers read, filled by migration
0009 (so by every seed build). A new or relabelled theme ships with a migration that calls
:func:`refresh_theme_keys`, which recomputes every initiative's theme columns
(``tests/store/test_sort_keys.py`` fails until it does). Bits follow the vocabulary's
order: append new themes, never reorder them.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Final

from territoria.domain.text import fold
from territoria.domain.vocab import THEMES
from territoria.store.search_index.sqlite_sql import fold_sql

#: Columns added to ``initiatives`` (all derived, never written by the application).
KEY_COLUMNS: Final = ("organisation_key", "place_key", "theme_key", "theme_mask")

_PLACE_NAME: Final = (
    "coalesce((SELECT name FROM communes WHERE insee = initiatives.commune_insee), "
    "(SELECT name FROM epci WHERE siren = initiatives.epci_siren), "
    "(SELECT name FROM departements WHERE code = initiatives.departement_code), "
    "(SELECT name FROM regions WHERE code = initiatives.region_code))"
)
_LEAD_NAME: Final = "(SELECT name FROM organisations WHERE id = initiatives.lead_id)"
_THEME_KEY: Final = (
    "(SELECT min(k.rank) FROM initiative_themes t JOIN theme_keys k ON k.slug = t.theme "
    "WHERE t.initiative_id = initiatives.id)"
)
_THEME_MASK: Final = (
    "(SELECT coalesce(sum(DISTINCT 1 << k.bit), 0) FROM initiative_themes t JOIN theme_keys k ON k.slug = t.theme "
    "WHERE t.initiative_id = initiatives.id)"
)


def _names_then_fold(where: str) -> list[str]:
    """Statements setting the raw names, then folding them in place (the fold repeats its column)."""
    return [
        f"UPDATE initiatives SET organisation_key = {_LEAD_NAME}, place_key = {_PLACE_NAME} WHERE {where}",
        f"UPDATE initiatives SET organisation_key = {fold_sql('organisation_key')}, "
        f"place_key = {fold_sql('place_key')} WHERE {where}",
    ]


def _themes(where: str) -> str:
    return f"UPDATE initiatives SET theme_key = {_THEME_KEY}, theme_mask = {_THEME_MASK} WHERE {where}"


def _trigger(name: str, event: str, statements: list[str]) -> str:
    body = " ".join(statement + ";" for statement in statements)
    return f"CREATE TRIGGER {name} {event} BEGIN {body} END"


#: (name, event, statements) of every trigger keeping the keys right, for either engine.
TRIGGER_PARTS: Final[tuple[tuple[str, str, list[str]], ...]] = (
    ("sort_keys_initiative_ai", "AFTER INSERT ON initiatives",
     [*_names_then_fold("id = new.id"), _themes("id = new.id")]),
    ("sort_keys_initiative_au",
     "AFTER UPDATE OF lead_id, commune_insee, epci_siren, departement_code, region_code ON initiatives",
     _names_then_fold("id = new.id")),
    ("sort_keys_lead_au", "AFTER UPDATE OF name ON organisations", _names_then_fold("lead_id = new.id")),
    ("sort_keys_commune_au", "AFTER UPDATE OF name ON communes", _names_then_fold("commune_insee = new.insee")),
    ("sort_keys_epci_au", "AFTER UPDATE OF name ON epci", _names_then_fold("epci_siren = new.siren")),
    ("sort_keys_departement_au", "AFTER UPDATE OF name ON departements",
     _names_then_fold("departement_code = new.code")),
    ("sort_keys_region_au", "AFTER UPDATE OF name ON regions", _names_then_fold("region_code = new.code")),
    ("sort_keys_themes_ai", "AFTER INSERT ON initiative_themes", [_themes("id = new.initiative_id")]),
    ("sort_keys_themes_ad", "AFTER DELETE ON initiative_themes", [_themes("id = old.initiative_id")]),
    ("sort_keys_themes_au", "AFTER UPDATE ON initiative_themes",
     [_themes("id IN (old.initiative_id, new.initiative_id)")]),
)

#: (name, CREATE TRIGGER …) of every trigger keeping the keys right (SQLite).
TRIGGERS: Final[tuple[tuple[str, str], ...]] = tuple(
    (name, _trigger(name, event, statements)) for name, event, statements in TRIGGER_PARTS
)


def postgresql_statement(sql: str) -> str:
    """A statement of this module in PostgreSQL's words: ``ascii()`` is SQLite's ``unicode()``
    on a first character, and a bare ``WHERE 1`` is ``WHERE TRUE``."""
    return sql.replace("unicode(", "ascii(").replace(" WHERE 1", " WHERE TRUE")


def postgresql_triggers() -> list[str]:
    """The same triggers as plpgsql functions (``store.pg_ddl.trigger``)."""
    from territoria.store import pg_ddl

    out: list[str] = []
    for name, event, statements in TRIGGER_PARTS:
        out += pg_ddl.trigger(name, event, [postgresql_statement(s) for s in statements])
    return out


def theme_key_rows() -> list[tuple[str, int, int]]:
    """(slug, bit, rank) of every theme: bits in vocabulary order, ranks by folded French label."""
    ordered = sorted(THEMES.items(), key=lambda pair: (fold(pair[1]), pair[0]))
    ranks = {slug: rank for rank, (slug, _label) in enumerate(ordered)}
    return [(slug, bit, ranks[slug]) for bit, slug in enumerate(THEMES)]


def _execute(connection: Any, sql: str, params: Any = None) -> Any:
    if hasattr(connection, "exec_driver_sql"):  # SQLAlchemy Connection
        if connection.dialect.name == "postgresql":  # ("?" placeholders: see store.server)
            sql = postgresql_statement(sql)
        return connection.exec_driver_sql(sql, params) if params is not None else connection.exec_driver_sql(sql)
    return connection.execute(sql, params) if params is not None else connection.execute(sql)


def refresh_theme_keys(connection: Any) -> bool:
    """Make ``theme_keys`` the current vocabulary; recompute every theme column if it changed.

    Returns whether anything changed. Takes a DB-API or SQLAlchemy connection; runs in the
    caller's transaction.
    """
    wanted = sorted(theme_key_rows())
    stored = sorted(tuple(row) for row in _execute(connection, "SELECT slug, bit, rank FROM theme_keys").fetchall())
    if stored == wanted:
        return False
    _execute(connection, "DELETE FROM theme_keys")
    for row in wanted:
        _execute(connection, "INSERT INTO theme_keys(slug, bit, rank) VALUES (?, ?, ?)", row)
    _execute(connection, _themes("1"))
    return True


def backfill(connection: Any) -> None:
    """Compute every initiative's keys (after the migration adds the columns)."""
    for statement in _names_then_fold("1"):
        _execute(connection, statement)
    _execute(connection, _themes("1"))


#: Per-row triggers a bulk writer of initiatives may suspend (see :func:`suspended_for_bulk`).
_PER_ROW: Final = ("sort_keys_initiative_ai", "sort_keys_initiative_au", "sort_keys_themes_ai",
                   "sort_keys_themes_ad", "sort_keys_themes_au")


#: The tables of those triggers, each with its own.
_PER_ROW_TABLES: Final = {"initiatives": ("sort_keys_initiative_ai", "sort_keys_initiative_au"),
                          "initiative_themes": ("sort_keys_themes_ai", "sort_keys_themes_ad", "sort_keys_themes_au")}


@contextmanager
def suspended_for_bulk(connection: Any, where: str) -> Iterator[None]:
    """Drop the per-row key triggers of initiatives and their themes during the block (a data
    pack of 100,000 rows would run them 300,000 times), put their exact SQL back, then compute
    the keys of the rows matching ``where`` (an SQL condition on ``initiatives``) in three
    set-based statements. Runs in the caller's transaction; on an exception the triggers are
    put back and the caller's rollback undoes the rest."""
    if getattr(connection, "dialect", None) is not None and connection.dialect.name == "postgresql":
        from territoria.store.pg_ddl import triggers_disabled

        with triggers_disabled(connection, _PER_ROW_TABLES):
            yield
    else:
        rows = _execute(connection, "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ("
                        + ", ".join(f"'{name}'" for name in _PER_ROW) + ")").fetchall()
        for name, _sql in rows:
            _execute(connection, f'DROP TRIGGER "{name}"')
        try:
            yield
        finally:
            for _name, sql in rows:
                _execute(connection, sql)
    for statement in _names_then_fold(where):
        _execute(connection, statement)
    _execute(connection, _themes(where))
