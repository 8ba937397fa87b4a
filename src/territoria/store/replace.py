"""Put another database file in place of the user's, atomically, keeping the one replaced.

Used by "restore a backup" and "import a backup file". The order matters:

1. the current file (even damaged, with its ``-wal``) is copied aside into the backups;
2. the new content is copied to a temporary file beside the database and flushed;
3. the current ``-wal``/``-shm`` are removed (SQLite would otherwise replay the old
   journal onto the new file) and the temporary file is renamed over the database.

A crash at any point leaves either the old database (saved in 1) or the new one.
The caller holds the data folder's writer lock and has closed its own connections.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import tempfile
from datetime import datetime
from pathlib import Path

from territoria.store.backup import (
    PREFIX,
    SUFFIX,
    copy_database,
    fsync_file,
    fsync_folder,
    inspect_database,
    make_backup,
)

JOURNALS = ("-wal", "-shm", "-journal")


def save_current(database: Path, backups_dir: Path, reason: str) -> Path | None:
    """Back the current database up before it is replaced (a raw copy when it cannot be read)."""
    if not database.exists():
        return None
    if inspect_database(database, full=False).ok:
        try:
            return make_backup(database, backups_dir, reason)
        except sqlite3.Error:
            pass  # unreadable after all: keep its bytes as they are
    backups_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backups_dir / f"{PREFIX}{stamp}-{reason}-endommagee{SUFFIX}"
    shutil.copyfile(database, target)
    for journal in ("-wal",):
        side = database.with_name(database.name + journal)
        if side.exists():
            shutil.copyfile(side, target.with_name(target.name + journal))
    fsync_file(target)
    return target


def replace_database(database: Path, source: Path, *, source_read_only: bool = True) -> None:
    """Replace ``database`` by a consistent copy of ``source`` (see the module's notes for the order)."""
    fd, tmp_name = tempfile.mkstemp(prefix=f".{database.name}-restore-", dir=database.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        copy_database(source, tmp, source_read_only=source_read_only)
        if database.exists():  # keep the replaced file's permissions
            os.chmod(tmp, stat.S_IMODE(database.stat().st_mode))
        fsync_file(tmp)
        for journal in JOURNALS:
            database.with_name(database.name + journal).unlink(missing_ok=True)
        os.replace(tmp, database)
        fsync_folder(database.parent)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
