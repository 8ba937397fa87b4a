"""The repair of what is derived in a database: missing indexes, triggers, views and the
full-text table (rebuilt from the reference schema), index entries (REINDEX), the full-text
index's content and the derived columns of initiatives. Nothing else is touched.
"""

from __future__ import annotations

import re
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from territoria.domain.text import fold
from territoria.store.db_check import (
    FTS_TABLE,
    FTS_VIEW,
    CheckResult,
    Schema,
    count_phrase,
    french_sqlite_error,
    header_problem,
    inspect_database,
    open_sqlite,
    read_schema,
    start_year_of,
)


@dataclass(frozen=True, slots=True)
class RepairResult:
    """What :func:`repair_database` did, and what the check finds afterwards."""

    actions: tuple[str, ...]
    after: CheckResult


def repair_database(path: Path, reference: Path) -> RepairResult:
    """Rebuild what is derived, in one transaction: missing indexes, triggers, views and
    the full-text table (from the reference schema), index entries (REINDEX), the
    full-text index's content and the derived columns of initiatives. Nothing else is
    touched; the returned ``after`` check lists what only a backup can fix.
    """
    before = inspect_database(path, reference)
    actions: list[str] = []
    if not before.repairable or header_problem(path):
        return RepairResult((), before)
    with closing(open_sqlite(reference, writable=False)) as ref_connection:
        reference_schema = read_schema(ref_connection)
        fts_columns = [str(r[1]) for r in ref_connection.execute(f'PRAGMA table_info("{FTS_TABLE}")')]
    try:
        connection = open_sqlite(path, writable=True)
    except sqlite3.Error as exc:
        return RepairResult((f"réparation impossible ({french_sqlite_error(exc)})",), before)
    with closing(connection):
        connection.isolation_level = None
        try:
            connection.execute("BEGIN IMMEDIATE")
            actions += _rebuild_objects(connection, reference_schema)
            if any(f.area == "Intégrité" for f in before.repairable):
                connection.execute("REINDEX")
                actions.append("index reconstruits (REINDEX)")
            actions += _rebuild_derived(connection)
            actions += _rebuild_search_index(connection, fts_columns)
            connection.execute("COMMIT")
        except sqlite3.Error as exc:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            return RepairResult((f"réparation annulée, rien n'a été modifié ({french_sqlite_error(exc)})",), before)
    return RepairResult(tuple(actions), inspect_database(path, reference))


def _rebuild_objects(connection: sqlite3.Connection, reference: Schema) -> list[str]:
    present = read_schema(connection)
    actions = []
    order = {"table": 0, "view": 1, "index": 2, "trigger": 3}
    missing = sorted(((kind, name, sql) for (kind, name), sql in reference.objects.items()
                      if (kind, name) not in present.objects
                      and (kind in ("index", "trigger", "view") or name in reference.virtual)),
                     key=lambda item: (order[item[0]], item[1]))
    for kind, name, sql in missing:
        if kind in ("index", "trigger") and ("table", _target_table(sql, kind)) not in present.objects \
                and _target_table(sql, kind) not in reference.virtual:
            continue  # its table is missing: only a backup brings it back
        connection.execute(sql)
        what = {"table": "index de recherche", "view": "vue", "index": "index", "trigger": "déclencheur"}[kind]
        actions.append(f"{what} « {name} » recréé")
    return actions


def _target_table(sql: str, kind: str) -> str:
    match = re.search(r"\bON\s+\"?(\w+)\"?", sql, re.IGNORECASE)
    return match.group(1) if match else ""


def _rebuild_derived(connection: sqlite3.Connection) -> list[str]:
    columns = {str(r[1]) for r in connection.execute("PRAGMA table_info(initiatives)")}
    if not {"title", "title_key", "start_date", "start_year"} <= columns:
        return []
    changed = 0
    rows = connection.execute("SELECT id, title, title_key, start_date, start_year FROM initiatives").fetchall()
    for ident, title, key, start, year in rows:
        new_key = fold(title) if isinstance(title, str) else key
        new_year = start_year_of(start)
        if new_key != key or (new_year != year and (year is None or isinstance(year, int))):
            connection.execute("UPDATE initiatives SET title_key = ?, start_year = ? WHERE id = ?",
                               (new_key, new_year, ident))
            changed += 1
    return [f"colonnes dérivées recalculées ({count_phrase(changed, 'initiative', 'initiatives')})"] if changed else []


def _rebuild_search_index(connection: sqlite3.Connection, fts_columns: list[str]) -> list[str]:
    names = {str(r[0]) for r in connection.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
    if FTS_TABLE not in names or FTS_VIEW not in names or not fts_columns:
        return []
    indexed = connection.execute(f'SELECT count(*) FROM "{FTS_TABLE}"').fetchone()[0]
    total = connection.execute("SELECT count(*) FROM initiatives").fetchone()[0]
    for table in ("initiatives", "initiative_partners", "initiative_themes", "initiative_techniques"):
        if table in names:
            connection.execute(f'ANALYZE "{table}"')  # see store.fts: stale statistics make this quadratic
    cols = ", ".join(f'"{c}"' for c in fts_columns)
    connection.execute(f'DELETE FROM "{FTS_TABLE}"')
    connection.execute(f'INSERT INTO "{FTS_TABLE}"(rowid, {cols}) SELECT id, {cols} FROM "{FTS_VIEW}"')
    after = connection.execute(f'SELECT count(*) FROM "{FTS_TABLE}"').fetchone()[0]
    return [f"index de recherche reconstruit ({after} fiches ; {indexed} avant)"]
