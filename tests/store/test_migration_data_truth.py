"""Migration 0007 on a database written before it: existing records keep their data, a
record with a lead is "stated", one without is "unknown", the new tables are there."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from territoria.store import migrate
from territoria.store.engine import make_engine


def _upgrade_to(path: Path, revision: str) -> None:
    from alembic import command

    engine = make_engine(path)
    config = migrate._config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    engine.dispose()


def test_existing_initiatives_get_an_attribution(tmp_path):
    path = tmp_path / "old.sqlite"
    _upgrade_to(path, "0006")
    connection = sqlite3.connect(path)
    connection.execute("INSERT INTO organisations(id, slug, origin, name, kind) VALUES (1, 'org', 'seed', 'Org', 'other')")
    for ident, slug, lead in ((1, "with-lead", 1), (2, "without-lead", None)):
        connection.execute(
            "INSERT INTO initiatives(id, slug, origin, title, summary, problem, results, lead_id, status, lead_kind, "
            "has_money, title_key, language) VALUES (?, ?, 'seed', ?, '', '', '', ?, 'idea', 'other', 0, '', 'fr')",
            (ident, slug, slug, lead))
    connection.commit()
    connection.close()

    engine = make_engine(path)
    migrate.upgrade(engine)
    engine.dispose()
    connection = sqlite3.connect(path)
    try:
        rows = dict(connection.execute("SELECT slug, lead_attribution FROM initiatives"))
        assert rows == {"with-lead": "stated", "without-lead": "unknown"}
        assert connection.execute("SELECT title FROM initiatives WHERE id = 1").fetchone() == ("with-lead",)
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert {"events", "event_sources", "event_actors", "event_regions", "priorities", "priority_regions",
                "priority_sources", "commune_aliases"} <= tables
        columns = {r[1] for r in connection.execute("PRAGMA table_info(schemes)")}
        assert "opens_announced" in columns
    finally:
        connection.close()
