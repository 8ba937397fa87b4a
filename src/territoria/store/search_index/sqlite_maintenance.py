"""Maintenance of the SQLite full-text index ``initiatives_fts`` outside its triggers.

The triggers of migration 0002 refresh one initiative's index row for every row written
to ``initiatives`` and to its theme, technique and partner tables: right for single edits,
wasteful for a bulk load (a data pack, the benchmark generator), where each initiative
would be indexed four or five times. :func:`search_index_suspended` drops those triggers
for the length of a block, then puts back their exact SQL and rebuilds the index in one
statement from the ``initiative_search_text`` view.

Reached through ``SearchIndex.rebuild`` / ``SearchIndex.suspended`` by the app; the bench
generator calls these helpers directly. Both take a DB-API connection (``sqlite3.Connection``) or a SQLAlchemy
``Connection``; they run inside the caller's transaction and never commit.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

#: Columns of the index, in the order of the view that feeds it.
_COLUMNS = "title, body, orgs, places, tags"

#: Tables the ``initiative_search_text`` view looks rows up in, one per initiative.
_VIEW_TABLES = ("initiatives", "initiative_partners", "initiative_themes", "initiative_techniques")


def _execute(connection: Any, sql: str) -> Any:
    if hasattr(connection, "exec_driver_sql"):  # SQLAlchemy Connection
        return connection.exec_driver_sql(sql)
    return connection.execute(sql)


def rebuild_search_index(connection: Any) -> int:
    """Recompute every row of ``initiatives_fts`` from ``initiative_search_text``.

    The planner statistics of the view's tables are refreshed first: after a bulk load the
    seed's statistics (19 initiatives, 1 partner row) make SQLite scan the whole partner
    table once per initiative, which turns a 10-second rebuild of 100,000 rows into minutes.
    Returns the number of initiatives indexed.
    """
    for table in _VIEW_TABLES:
        _execute(connection, f"ANALYZE {table}")
    _execute(connection, "DELETE FROM initiatives_fts")
    _execute(
        connection,
        f"INSERT INTO initiatives_fts(rowid, {_COLUMNS}) "
        f"SELECT id, {_COLUMNS} FROM initiative_search_text",
    )
    return int(_execute(connection, "SELECT count(*) FROM initiatives_fts").fetchone()[0])


def search_index_triggers(connection: Any) -> list[tuple[str, str]]:
    """The ``(name, CREATE TRIGGER …)`` of every trigger that writes ``initiatives_fts``."""
    rows = _execute(
        connection,
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
        "AND sql LIKE '%initiatives_fts%' ORDER BY name",
    ).fetchall()
    return [(str(name), str(sql)) for name, sql in rows]


@contextmanager
def search_index_suspended(connection: Any, *, rebuild: bool = True) -> Iterator[None]:
    """Drop the index triggers during the block; restore them and rebuild the index after.

    On an exception inside the block the triggers are restored (and the index is not
    rebuilt): the caller's transaction rollback then undoes the block's writes.
    """
    triggers = search_index_triggers(connection)
    for name, _sql in triggers:
        _execute(connection, f'DROP TRIGGER "{name}"')
    try:
        yield
    finally:
        for _name, sql in triggers:
            _execute(connection, sql)
    if rebuild:
        rebuild_search_index(connection)
