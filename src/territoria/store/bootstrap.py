"""Open the user's database: create it from the seed, migrate it, bring in a newer seed.

Every step that changes an existing database is preceded by a backup. Any problem is
raised as a ``TerritoriaError`` with a French message and leaves the files as they were.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError as SqlAlchemyDatabaseError

from territoria.config import Paths
from territoria.errors import CorruptDatabaseError
from territoria.store import migrate
from territoria.store.backup import copy_database, make_backup, remove_stale_copies
from territoria.store.engine import make_engine, make_transactional_engine
from territoria.store import lock as lock_module
from territoria.store.lock import DataFolderLock
from territoria.store.seed_check import read_seed_meta, verify_seed

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True, slots=True)
class OpenReport:
    """What opening the database did (shown in the log and the status bar)."""

    created: bool
    migrated: bool
    seed_updated: bool
    backup: Path | None


def _read_meta(path: Path, key: str) -> str | None:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = connection.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None
    finally:
        connection.close()


def check_sqlite_file(path: Path, error: type[CorruptDatabaseError] | None = None) -> None:
    """Raise ``CorruptDatabaseError`` unless ``path`` is a readable SQLite database with our tables."""
    try:
        with path.open("rb") as handle:
            header = handle.read(16)
    except OSError as exc:
        raise CorruptDatabaseError(path, exc.strerror or str(exc)) from exc
    if header != SQLITE_HEADER:
        raise CorruptDatabaseError(path, "ce n'est pas un fichier SQLite")
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            names = {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabaseError(path, str(exc)) from exc
    if "meta" not in names or "initiatives" not in names:
        raise CorruptDatabaseError(path, "tables Territoria absentes")


def open_user_database(
    paths: Paths, seed: Path, *, lock: DataFolderLock | None = None, require_digest: bool = False
) -> tuple[Engine, OpenReport]:
    """Return an engine on the user's database, ready for this version of the app.

    Creating, migrating and updating take the data folder's writer lock (``lock``, or one
    taken for the occasion), so simultaneous starts do the work once; a start that finds
    the database ready takes no lock. A migration runs in one SQLite transaction: a crash
    leaves the database at its old revision, and a failed attempt repeated leaves one backup.
    ``require_digest``: the seed must have its recorded digest (the installed seed).
    """
    paths.ensure()
    lock = lock or DataFolderLock(paths.data_dir)
    database = paths.database
    created = migrated = seed_updated = False
    backup: Path | None = None

    if not database.exists():
        with lock.hold(timeout=lock_module.STARTUP_WAIT_SECONDS):
            remove_stale_copies(database.parent)  # a first run killed while copying the seed
            if not database.exists():  # another process may have created it while we waited
                verify_seed(seed, require_digest=require_digest)
                copy_database(seed, database, source_read_only=True)
                created = True
                log.info("user database created from seed %s", seed)
    check_sqlite_file(database)

    engine = make_engine(database)
    try:
        if migrate.needs_upgrade(engine) or (not created and _seed_is_newer(seed, database)):
            with lock.hold(timeout=lock_module.STARTUP_WAIT_SECONDS):
                # checked again under the lock: a concurrent start may have done it already
                if migrate.needs_upgrade(engine):
                    backup = make_backup(database, paths.backups, "avant-migration",
                                         known_revisions=migrate.known_revisions())
                    migrate.upgrade(engine)
                    migrated = True
                    log.info("database migrated to %s (backup %s)", migrate.head_revision(), backup)
                if not created and _seed_is_newer(seed, database):
                    verify_seed(seed, require_digest=require_digest)
                    backup = backup or make_backup(database, paths.backups, "avant-mise-a-jour",
                                                   known_revisions=migrate.known_revisions())
                    apply_seed_update(engine, seed)
                    seed_updated = True
    except (sqlite3.DatabaseError, SqlAlchemyDatabaseError) as exc:
        engine.dispose()
        raise CorruptDatabaseError(database, str(exc)) from exc
    except Exception:
        engine.dispose()
        raise
    return engine, OpenReport(created, migrated, seed_updated, backup)


def _seed_is_newer(seed: Path, database: Path) -> bool:
    """Whether the seed was built from other inputs than the database's last merge."""
    if not seed.is_file():
        return False
    seed_digest = read_seed_meta(seed, "inputs_sha256")
    return bool(seed_digest) and seed_digest != _read_meta(database, "inputs_sha256")


def apply_seed_update(engine: Engine, seed: Path) -> dict[str, int]:
    """Merge the seed at ``seed`` into the database of ``engine`` in one transaction."""
    from territoria.store.seed_update import merge_seed

    # one SQLite transaction from BEGIN IMMEDIATE to COMMIT: a crash merges nothing
    assert engine.url.database, "a seed update needs a database file"
    user_engine = make_transactional_engine(Path(engine.url.database))
    seed_engine = make_engine(seed, read_only=True)
    try:
        with user_engine.begin() as user, seed_engine.connect() as seed_connection:
            stats = merge_seed(user, seed_connection)
    finally:
        seed_engine.dispose()
        user_engine.dispose()
    log.info("seed update merged: %s", stats)
    return stats
