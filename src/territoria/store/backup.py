"""Consistent copies of a SQLite database (the online backup API, safe while it is open)."""

from __future__ import annotations

import os
import sqlite3
import tempfile
from datetime import datetime
from pathlib import Path

KEEP_BACKUPS = 10


def copy_database(source: Path, target: Path, *, source_read_only: bool = False) -> Path:
    """Copy ``source`` to ``target`` atomically (temp file in the target folder, then rename)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}-", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    uri = f"file:{source}?mode=ro" if source_read_only else f"file:{source}"
    try:
        src = sqlite3.connect(uri, uri=True)
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
            src.close()
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target


def make_backup(database: Path, backups_dir: Path, reason: str) -> Path:
    """Back ``database`` up into ``backups_dir`` with a timestamped name; keep the newest ten."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backups_dir / f"territoria-{stamp}-{reason}.sqlite"
    copy_database(database, target)
    old = sorted(backups_dir.glob("territoria-*.sqlite"))
    for stale in old[:-KEEP_BACKUPS]:
        stale.unlink(missing_ok=True)
    return target
