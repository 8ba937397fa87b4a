"""An upgrade is one transaction: a migration failing half-way leaves the database at its old revision."""

from __future__ import annotations

import sqlite3

import pytest

from territoria.config import resolve_paths
from territoria.errors import TerritoriaError
from territoria.store import migrate
from territoria.store.backup import list_backups
from territoria.store.bootstrap import open_user_database
from territoria.store.engine import make_transactional_engine


def _tables(database) -> set[str]:
    connection = sqlite3.connect(database)
    try:
        return {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        connection.close()


def _revision(database) -> str:
    connection = sqlite3.connect(database)
    try:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        connection.close()


def test_a_migration_failing_half_way_changes_nothing_and_backs_up_once(data_dir, seed_file):
    from alembic import command

    paths = resolve_paths(data_dir)
    open_user_database(paths, seed_file)[0].dispose()
    engine = make_transactional_engine(paths.database)
    config = migrate._config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0001")
    engine.dispose()
    # a stray table that a later migration (0006) creates: the upgrade fails after 0002–0005 ran
    with sqlite3.connect(paths.database) as connection:
        connection.execute("CREATE TABLE user_notes (x INTEGER)")
    connection.close()
    before = _tables(paths.database)
    assert "vocab_labels" not in before  # made by 0002

    for _attempt in range(3):
        with pytest.raises(TerritoriaError):
            open_user_database(paths, seed_file)
        assert _revision(paths.database) == "0001"
        assert _tables(paths.database) == before  # 0002–0005 rolled back with the rest
    backups = list_backups(paths.backups)
    assert len(backups) == 1 and backups[0].sound and backups[0].schema == "0001"

    with sqlite3.connect(paths.database) as connection:  # the cause removed, the next start upgrades
        connection.execute("DROP TABLE user_notes")
    connection.close()
    engine, report = open_user_database(paths, seed_file)
    engine.dispose()
    assert report.migrated and _revision(paths.database) == migrate.head_revision()
