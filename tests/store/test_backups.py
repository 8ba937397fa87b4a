"""Automatic backups: recorded checks, no duplicates, rotation that keeps the last good one."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from territoria.config import resolve_paths
from territoria.store import migrate
from territoria.store.backup import KEEP_BACKUPS, list_backups, make_backup, rotate_backups
from territoria.store.bootstrap import open_user_database


def _database(data_dir: Path, seed: Path) -> Path:
    paths = resolve_paths(data_dir)
    open_user_database(paths, seed)[0].dispose()
    return paths.database


def _touch(database: Path, value: str) -> None:
    with sqlite3.connect(database) as connection:
        connection.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('test-marker', ?)", (value,))
    connection.close()


def test_a_backup_records_its_checks_beside_it(data_dir, seed_file):
    database = _database(data_dir, seed_file)
    backup = make_backup(database, data_dir / "backups", "avant-migration")
    record = json.loads(backup.with_suffix(".json").read_text(encoding="utf-8"))
    assert record["name"] == backup.name and record["reason"] == "avant-migration"
    assert record["sound"] is True and record["detail"] == "ok"
    assert record["schema"] == migrate.HEAD
    assert record["own_records"]["stars"] == 0
    assert len(record["sha256"]) == 64


def test_a_repeated_backup_of_an_unchanged_database_is_not_duplicated(data_dir, seed_file):
    database = _database(data_dir, seed_file)
    first = make_backup(database, data_dir / "backups", "avant-migration")
    again = [make_backup(database, data_dir / "backups", "avant-migration") for _ in range(3)]
    assert again == [first, first, first]
    assert [b.name for b in list_backups(data_dir / "backups")] == [first.name]
    _touch(database, "changed")
    assert make_backup(database, data_dir / "backups", "avant-migration") != first


def test_rotation_never_removes_the_last_known_good_backup(data_dir, seed_file):
    database = _database(data_dir, seed_file)
    backups = data_dir / "backups"
    good = make_backup(database, backups, "avant-migration")
    middle = database.stat().st_size // 2 // 4096 * 4096
    for i in range(KEEP_BACKUPS + 4):  # then the database is damaged: every later backup is too
        with database.open("r+b") as handle:  # garble pages in the middle, differently each time
            handle.seek(middle)
            handle.write(f"garbage {i} ".encode() * 2000)
        make_backup(database, backups, "avant-migration")
    listed = list_backups(backups)
    names = [b.name for b in listed]
    assert good.name in names
    assert len(names) == KEEP_BACKUPS + 1  # the ten newest, plus the good one protected
    assert [b.name for b in listed if b.sound] == [good.name]
    assert rotate_backups(backups) == []  # stable


def test_rotation_keeps_the_newest_when_all_are_good(data_dir, seed_file):
    database = _database(data_dir, seed_file)
    backups = data_dir / "backups"
    made = []
    for i in range(KEEP_BACKUPS + 3):
        _touch(database, str(i))
        made.append(make_backup(database, backups, "avant-mise-a-jour").name)
    assert [b.name for b in list_backups(backups)] == sorted(made, reverse=True)[:KEEP_BACKUPS]
    assert not any(p.suffix == ".json" and not p.with_suffix(".sqlite").exists() for p in backups.iterdir())


def test_a_backup_of_a_schema_this_app_cannot_open_is_not_known_good(data_dir, seed_file):
    database = _database(data_dir, seed_file)
    backups = data_dir / "backups"
    with sqlite3.connect(database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.close()
    future = make_backup(database, backups, "manuelle")
    with sqlite3.connect(database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = ?", (migrate.HEAD,))
    connection.close()
    good = make_backup(database, backups, "manuelle")
    for i in range(KEEP_BACKUPS + 1):
        with sqlite3.connect(database) as connection:
            connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
            connection.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('n', ?)", (str(i),))
        connection.close()
        make_backup(database, backups, "manuelle", known_revisions=migrate.known_revisions())
    names = [b.name for b in list_backups(backups)]
    assert good.name in names and future.name not in names


def test_a_quick_checked_backup_is_recorded_once_and_still_finds_damaged_pages(data_dir, seed_file):
    database = _database(data_dir, seed_file)
    backups = data_dir / "backups"
    good = make_backup(database, backups, "avant-paquet", full_check=False)
    record = json.loads(good.with_suffix(".json").read_text(encoding="utf-8"))
    assert record["sound"] is True and record["detail"] == "ok" and len(record["sha256"]) == 64
    middle = database.stat().st_size // 2 // 4096 * 4096
    with database.open("r+b") as handle:
        handle.seek(middle)
        handle.write(b"garbage " * 4000)
    damaged = make_backup(database, backups, "avant-paquet", full_check=False)
    assert damaged != good
    assert [b.sound for b in list_backups(backups)] == [False, True]
