"""First run, migrations with backups, seed updates, and the French error paths of start-up."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from territoria.config import resolve_paths
from territoria.errors import CorruptDatabaseError, DataDirError, NewerDatabaseError, SeedMissingError
from territoria.services.database import open_database
from territoria.store import migrate
from territoria.store.bootstrap import open_user_database
from territoria.store.derived import apply_derived
from territoria.store.engine import make_engine
from territoria.store.seed.build import content_digest
from territoria.store.models import (
    ORIGIN_USER,
    Initiative,
    InitiativeTheme,
    Organisation,
    SavedSearch,
    SelectionEntry,
)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_first_run_creates_the_user_database_from_the_seed(data_dir, seed_file):
    before = (sha(seed_file), seed_file.stat().st_mtime_ns)
    paths = resolve_paths(data_dir)
    engine, report = open_user_database(paths, seed_file)
    engine.dispose()
    assert report.created and not report.migrated and not report.seed_updated
    assert paths.database.is_file()
    assert paths.database.parent == data_dir.resolve()
    with sqlite3.connect(paths.database) as connection:
        assert connection.execute("SELECT count(*) FROM communes").fetchone()[0] == 34969
    assert (sha(seed_file), seed_file.stat().st_mtime_ns) == before  # the seed is never written


def test_second_run_reuses_the_database(data_dir, seed_file):
    paths = resolve_paths(data_dir)
    open_user_database(paths, seed_file)[0].dispose()
    engine, report = open_user_database(paths, seed_file)
    engine.dispose()
    assert not (report.created or report.migrated or report.seed_updated)
    assert list(paths.backups.iterdir()) == []


def test_the_fast_head_constant_matches_alembic():
    assert migrate.HEAD == migrate.head_revision()


def test_migration_from_an_empty_database_to_head(tmp_path):
    engine = make_engine(tmp_path / "empty.sqlite")
    assert migrate.current_revision(engine) is None
    migrate.upgrade(engine)
    assert migrate.current_revision(engine) == migrate.head_revision()
    with engine.connect() as connection:
        tables = {r[0] for r in connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")}
    engine.dispose()
    assert {"communes", "initiatives", "schemes", "initiatives_fts", "user_selection"} <= tables


def test_an_old_schema_is_backed_up_then_upgraded(data_dir, seed_file):
    from alembic import command

    paths = resolve_paths(data_dir)
    open_user_database(paths, seed_file)[0].dispose()
    engine = make_engine(paths.database)
    config = migrate._config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0001")
    engine.dispose()
    old_digest = content_digest(paths.database)

    engine, report = open_user_database(paths, seed_file)
    assert report.migrated and report.backup is not None
    assert report.backup.parent == paths.backups
    assert content_digest(report.backup) == old_digest  # the backup holds the database as it was
    assert migrate.current_revision(engine) == migrate.head_revision()
    with engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM initiatives_fts").scalar() > 0
        # 0004 backfilled the folded title key of every row
        keys = dict(connection.exec_driver_sql("SELECT slug, title_key FROM initiatives").all())
        plan = connection.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT id FROM initiatives i ORDER BY i.title_key, i.id LIMIT 10").all()
    engine.dispose()
    assert keys["drome-assistant-virtuel"] == "assistant virtuel disponible 24 h 24 dans la drome"
    assert all(keys.values())
    assert "ix_initiatives_title_key" in " ".join(str(row) for row in plan)


def test_a_database_from_a_newer_version_is_refused_untouched(data_dir, seed_file):
    paths = resolve_paths(data_dir)
    open_user_database(paths, seed_file)[0].dispose()
    with sqlite3.connect(paths.database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    before = sha(paths.database)
    with pytest.raises(NewerDatabaseError, match="version plus récente"):
        open_user_database(paths, seed_file)
    assert sha(paths.database) == before


@pytest.mark.parametrize("content", [b"", b"not a database at all" * 100, b"SQLite format 3\x00" + b"\xff" * 5000])
def test_a_corrupt_database_gets_a_french_message_and_is_left_alone(data_dir, seed_file, content):
    paths = resolve_paths(data_dir)
    paths.ensure()
    paths.database.write_bytes(content)
    with pytest.raises(CorruptDatabaseError, match="endommagée"):
        open_user_database(paths, seed_file)
    assert paths.database.read_bytes() == content


def test_a_missing_seed_gets_a_french_message(data_dir, tmp_path):
    with pytest.raises(SeedMissingError, match="introuvable"):
        open_user_database(resolve_paths(data_dir), tmp_path / "absent.sqlite")
    assert not resolve_paths(data_dir).database.exists()


def test_a_broken_seed_gets_a_french_message(data_dir, tmp_path):
    broken = tmp_path / "seed.sqlite"
    broken.write_bytes(b"garbage" * 50)
    with pytest.raises(SeedMissingError, match="illisible"):
        open_user_database(resolve_paths(data_dir), broken)


def test_an_unwritable_data_dir_gets_a_french_message(tmp_path, seed_file):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(DataDirError, match="Impossible d'écrire"):
        open_user_database(resolve_paths(blocker / "data"), seed_file)


def _user_records(db) -> None:
    with db.session() as session:
        org = Organisation(slug="user-mairie", origin=ORIGIN_USER, name="Mairie de Test", kind="commune",
                           commune_insee="61382")
        session.add(org)
        session.flush()
        initiative = Initiative(slug="user-projet", origin=ORIGIN_USER, title="Projet local de la mairie",
                                summary="Note interne", lead_id=org.id, status="pilot")
        initiative.themes = [InitiativeTheme(theme="administration")]
        session.add(initiative)
        session.flush()
        apply_derived(session, initiative)
        session.add(SelectionEntry(initiative_slug="drome-assistant-virtuel", added_at=datetime(2026, 1, 2)))
        session.add(SavedSearch(name="Mes recherches", query="eau", filters={"region": ["76"]},
                                created_at=datetime(2026, 1, 2)))


def _newer_seed(copy_seed) -> Path:
    """A seed whose curated content changed: one title edited, one record dropped."""
    newer = copy_seed("newer.sqlite")
    with sqlite3.connect(newer) as connection:
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("UPDATE initiatives SET title = 'Assistant virtuel de la Drôme (mis à jour)' "
                           "WHERE slug = 'drome-assistant-virtuel'")
        connection.execute("DELETE FROM initiatives WHERE slug = 'datalab-normandie'")
        connection.execute("UPDATE meta SET value = 'newer-inputs' WHERE key = 'inputs_sha256'")
        connection.execute("UPDATE meta SET value = '2026-01-15' WHERE key = 'data_edition'")
    return newer


def test_a_newer_seed_updates_curated_records_and_keeps_the_users(data_dir, seed_file, copy_seed):
    paths = resolve_paths(data_dir)
    db = open_database(paths, seed_file)
    _user_records(db)
    db.close()
    newer = _newer_seed(copy_seed)

    db = open_database(paths, newer)
    try:
        assert db.report is not None and db.report.seed_updated and db.report.backup is not None
        with db.session() as session:
            titles = dict(session.execute(select(Initiative.slug, Initiative.title)).all())
            assert titles["drome-assistant-virtuel"] == "Assistant virtuel de la Drôme (mis à jour)"
            assert "datalab-normandie" not in titles
            assert titles["user-projet"] == "Projet local de la mairie"
            mine = session.scalars(select(Initiative).where(Initiative.slug == "user-projet")).one()
            assert mine.origin == ORIGIN_USER and mine.commune_insee == "61382"
            assert [t.theme for t in mine.themes] == ["administration"]
            assert session.scalars(select(SelectionEntry.initiative_slug)).all() == ["drome-assistant-virtuel"]
            saved = session.scalars(select(SavedSearch)).one()
            assert (saved.query, saved.filters) == ("eau", {"region": ["76"]})
        with db.engine.connect() as connection:
            edition = connection.exec_driver_sql("SELECT value FROM meta WHERE key='data_edition'").scalar()
            fts = connection.exec_driver_sql(
                "SELECT count(*) FROM initiatives_fts WHERE initiatives_fts MATCH 'mis AND jour'").scalar()
            total = connection.exec_driver_sql("SELECT count(*) FROM initiatives").scalar()
            indexed = connection.exec_driver_sql("SELECT count(*) FROM initiatives_fts").scalar()
        assert edition == "2026-01-15" and fts == 1 and indexed == total
    finally:
        db.close()


def test_a_starred_record_dropped_by_the_seed_is_kept(data_dir, seed_file, copy_seed):
    paths = resolve_paths(data_dir)
    db = open_database(paths, seed_file)
    with db.session() as session:
        session.add(SelectionEntry(initiative_slug="datalab-normandie", added_at=datetime(2026, 1, 2)))
    db.close()
    db = open_database(paths, _newer_seed(copy_seed))
    try:
        with db.session() as session:
            assert session.scalar(select(Initiative.id).where(Initiative.slug == "datalab-normandie")) is not None
    finally:
        db.close()
