"""The full-text index helpers: suspend the triggers for a bulk load, rebuild in one go."""

from __future__ import annotations

import sqlite3

import pytest

from territoria.store.search_index.sqlite_maintenance import (
    rebuild_search_index,
    search_index_suspended,
    search_index_triggers,
)


def _connect(db) -> sqlite3.Connection:
    db.close()
    return sqlite3.connect(db.path, isolation_level=None)


def _match(connection: sqlite3.Connection, query: str) -> list[int]:
    return [r[0] for r in connection.execute(
        "SELECT rowid FROM initiatives_fts WHERE initiatives_fts MATCH ? ORDER BY rowid", (query,)
    )]


def _add_initiative(connection: sqlite3.Connection, slug: str, title: str) -> int:
    connection.execute(
        "INSERT INTO initiatives(slug, origin, title, summary, problem, results, status, lead_kind, has_money) "
        "VALUES (?, 'user', ?, '', '', '', 'idea', 'other', 0)",
        (slug, title),
    )
    return int(connection.execute("SELECT id FROM initiatives WHERE slug = ?", (slug,)).fetchone()[0])


def test_triggers_are_found(db) -> None:
    connection = _connect(db)
    names = [name for name, _sql in search_index_triggers(connection)]
    assert "initiatives_fts_ai" in names and "themes_fts_ai" in names and "partners_fts_ad" in names
    assert all(sql.upper().startswith("CREATE TRIGGER") for _name, sql in search_index_triggers(connection))


def test_suspended_block_writes_without_indexing_then_rebuilds(db) -> None:
    connection = _connect(db)
    before = search_index_triggers(connection)
    connection.execute("BEGIN")
    with search_index_suspended(connection):
        assert search_index_triggers(connection) == []
        new_id = _add_initiative(connection, "fts-bulk", "Pressoir intelligent de démonstration")
        connection.execute("INSERT INTO initiative_themes(initiative_id, theme) VALUES (?, 'water')", (new_id,))
        assert _match(connection, "pressoir") == []  # not indexed while suspended
    connection.execute("COMMIT")
    assert search_index_triggers(connection) == before
    assert _match(connection, "pressoir") == [new_id]
    assert new_id in _match(connection, "tags:eau")
    count = connection.execute("SELECT count(*) FROM initiatives").fetchone()[0]
    assert connection.execute("SELECT count(*) FROM initiatives_fts").fetchone()[0] == count
    # the restored triggers work again for single edits
    other = _add_initiative(connection, "fts-after", "Lavoir connecté")
    assert _match(connection, "lavoir") == [other]


def test_error_inside_block_restores_triggers_and_rolls_back(db) -> None:
    connection = _connect(db)
    before = search_index_triggers(connection)
    connection.execute("BEGIN")
    with pytest.raises(RuntimeError):
        with search_index_suspended(connection):
            _add_initiative(connection, "fts-failed", "Moulin")
            raise RuntimeError("boom")
    connection.execute("ROLLBACK")
    assert search_index_triggers(connection) == before
    assert connection.execute("SELECT count(*) FROM initiatives WHERE slug = 'fts-failed'").fetchone()[0] == 0


def test_rebuild_matches_trigger_maintained_index(db) -> None:
    connection = _connect(db)
    maintained = connection.execute(
        "SELECT rowid, title, body, orgs, places, tags FROM initiatives_fts ORDER BY rowid"
    ).fetchall()
    connection.execute("BEGIN")
    assert rebuild_search_index(connection) == len(maintained)
    connection.execute("COMMIT")
    rebuilt = connection.execute(
        "SELECT rowid, title, body, orgs, places, tags FROM initiatives_fts ORDER BY rowid"
    ).fetchall()
    assert rebuilt == maintained and len(rebuilt) > 0


def test_works_on_a_sqlalchemy_connection(db) -> None:
    with db.engine.begin() as connection:
        assert rebuild_search_index(connection) == connection.exec_driver_sql(
            "SELECT count(*) FROM initiatives"
        ).scalar_one()
