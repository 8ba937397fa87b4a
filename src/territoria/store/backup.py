"""Consistent copies of a SQLite database and the folder of automatic backups.

Copies go through SQLite's online backup API (safe while the database is open), into a
temporary file that is flushed to disk before an atomic rename. Every backup gets a small
record beside it (``NAME.json``): why it was made, its schema revision, the result of
``PRAGMA integrity_check`` (``quick_check`` when the caller asks) and the digest of its bytes.
With that record:

- a backup identical to the newest one is not made twice (a start that fails the same
  way ten times leaves one backup, not ten);
- rotation keeps the newest :data:`KEEP_BACKUPS` and never removes the newest backup known
  good (sound and of a schema this app can open), however many came after it.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sqlite3
import tempfile
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

log = logging.getLogger(__name__)

KEEP_BACKUPS = 10
PREFIX = "territoria-"
SUFFIX = ".sqlite"
#: Tables of the user's own data, counted in each backup's record (absent in older schemas).
OWN_TABLES = {
    "projects": "SELECT count(*) FROM initiatives WHERE origin = 'user'",
    "notes": "SELECT count(*) FROM user_notes",
    "stars": "SELECT count(*) FROM user_selection",
    "saved_searches": "SELECT count(*) FROM user_saved_searches",
}


def fsync_file(path: Path) -> None:
    """Flush ``path``'s bytes to the disk (so a rename after it cannot expose an empty file)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    """Flush a folder's entries (the rename itself) where the system allows it (not on Windows)."""
    if os.name == "nt":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def copy_database(source: Path, target: Path, *, source_read_only: bool = False) -> Path:
    """Copy ``source`` to ``target`` atomically (temp file in the target folder, fsync, then rename)."""
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
        fsync_file(tmp)
        os.replace(tmp, target)
        fsync_folder(target.parent)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target


def remove_stale_copies(folder: Path) -> int:
    """Remove temporary copies an interrupted copy left in ``folder`` (``.territoria…-xxxx``).

    Only the holder of the data folder's lock may call this: copies in progress are made
    by lock holders, so any left when one holds the lock are from a process that died.
    """
    removed = 0
    for leftover in folder.glob(".territoria*"):
        if leftover.is_file() and not leftover.name.startswith(".territoria.lock"):
            leftover.unlink(missing_ok=True)
            removed += 1
    return removed


def file_digest(path: Path) -> str:
    """sha256 of a file's bytes."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@dataclass(frozen=True, slots=True)
class DatabaseCheck:
    """What a database file is: sound or not, its schema revision, its user's own records."""

    ok: bool
    schema: str | None
    detail: str  # "ok", or the first problem found, in SQLite's words
    own_records: dict[str, int]
    data_edition: str | None = None


def inspect_database(path: Path, *, full: bool = True) -> DatabaseCheck:
    """Check ``path`` read-only: ``integrity_check`` (``quick_check`` when not ``full``), schema, own records."""
    try:
        with path.open("rb") as handle:
            if handle.read(16) != b"SQLite format 3\x00":
                return DatabaseCheck(False, None, "ce n'est pas un fichier SQLite", {})
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except (OSError, sqlite3.Error) as exc:
        return DatabaseCheck(False, None, str(exc), {})
    try:
        pragma = "integrity_check" if full else "quick_check"
        rows = connection.execute(f"PRAGMA {pragma}(1)").fetchall()
        detail = str(rows[0][0]) if rows else "?"
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not {"meta", "initiatives"} <= tables:
            return DatabaseCheck(False, None, "tables Territoria absentes", {})
        schema = None
        if "alembic_version" in tables:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            schema = row[0] if row else None
        own = {}
        for key, sql in OWN_TABLES.items():
            try:
                own[key] = int(connection.execute(sql).fetchone()[0])
            except sqlite3.OperationalError:  # table or column of a later schema
                continue
        try:
            row = connection.execute("SELECT value FROM meta WHERE key = 'data_edition'").fetchone()
            edition = row[0] if row else None
        except sqlite3.Error:
            edition = None
        return DatabaseCheck(detail == "ok", schema, detail, own, edition)
    except sqlite3.Error as exc:
        return DatabaseCheck(False, None, str(exc), {})
    finally:
        connection.close()


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One backup of the user's database, with what was checked when it was made."""

    name: str  # file name, e.g. territoria-20261126-103012-123456-avant-migration.sqlite
    path: Path
    created: str  # ISO 8601, local time
    reason: str
    size: int
    schema: str | None
    sound: bool
    detail: str
    sha256: str
    own_records: dict[str, int]


def _record_path(backup: Path) -> Path:
    return backup.with_suffix(".json")


def _write_record(info: BackupInfo) -> None:
    data = asdict(info)
    data.pop("path")
    tmp = info.path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp, _record_path(info.path))


def _describe(path: Path, digest: str | None = None, *, full: bool = True) -> BackupInfo:
    """Inspect a backup file and record the result beside it (``digest``: its sha256 when known)."""
    check = inspect_database(path, full=full)
    reason, created = _parse_name(path.name)
    info = BackupInfo(path.name, path, created, reason, path.stat().st_size, check.schema, check.ok,
                      check.detail, digest or file_digest(path), check.own_records)
    try:
        _write_record(info)
    except OSError:
        log.warning("backup record of %s not written", path, exc_info=True)
    return info


def _parse_name(name: str) -> tuple[str, str]:
    """(reason, ISO time) from ``territoria-YYYYmmdd-HHMMSS-ffffff-reason.sqlite``."""
    stem = name.removeprefix(PREFIX).removesuffix(SUFFIX)
    parts = stem.split("-", 3)
    try:
        when = datetime.strptime("-".join(parts[:3]), "%Y%m%d-%H%M%S-%f").isoformat(timespec="seconds")
    except ValueError:
        return stem, ""
    return (parts[3] if len(parts) > 3 else ""), when


def backup_info(path: Path) -> BackupInfo:
    """The record of one backup (read from ``NAME.json``, or made now if it is missing or stale)."""
    try:
        data = json.loads(_record_path(path).read_text(encoding="utf-8"))
        info = BackupInfo(path=path, **data)
        if info.name == path.name and info.size == path.stat().st_size:
            return info
    except (OSError, ValueError, TypeError):
        pass
    return _describe(path)


def list_backups(backups_dir: Path) -> list[BackupInfo]:
    """Every backup in ``backups_dir``, newest first."""
    if not backups_dir.is_dir():
        return []
    files = sorted(backups_dir.glob(f"{PREFIX}*{SUFFIX}"), reverse=True)
    return [backup_info(path) for path in files if path.is_file()]


def make_backup(database: Path, backups_dir: Path, reason: str, *, known_revisions: set[str] | None = None,
                full_check: bool = True) -> Path:
    """Back ``database`` up into ``backups_dir``; returns the backup's path.

    When the copy is identical to the newest backup (a repeated attempt), that backup is
    returned instead of a duplicate. ``known_revisions`` (the schemas this app can open)
    decides which backups count as known good for rotation. ``full_check=False`` records
    ``PRAGMA quick_check`` instead of ``integrity_check`` (see :func:`inspect_database`).
    """
    backups_dir.mkdir(parents=True, exist_ok=True)
    remove_stale_copies(backups_dir)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backups_dir / f"{PREFIX}{stamp}-{reason}{SUFFIX}"
    copy_database(database, target)
    digest = file_digest(target)
    # the newest other backup, read from its record (the new copy is checked once, below, not
    # as a backup without a record: that checked and hashed it a second and a third time)
    others = sorted((p for p in backups_dir.glob(f"{PREFIX}*{SUFFIX}") if p.is_file() and p.name != target.name),
                    reverse=True)
    previous = backup_info(others[0]) if others else None
    if previous is not None and previous.sha256 == digest:
        target.unlink(missing_ok=True)
        log.info("backup identical to %s: not duplicated", previous.name)
        return previous.path
    _describe(target, digest, full=full_check)
    rotate_backups(backups_dir, known_revisions=known_revisions)
    return target


def known_good(info: BackupInfo, known_revisions: set[str] | None) -> bool:
    """Whether a backup is sound and of a schema this app can open."""
    if not info.sound or info.schema is None:
        return False
    return known_revisions is None or info.schema in known_revisions


def rotate_backups(backups_dir: Path, *, keep: int = KEEP_BACKUPS, known_revisions: set[str] | None = None) -> list[Path]:
    """Remove the oldest backups beyond ``keep``, never the newest known-good one; returns what was removed."""
    backups = list_backups(backups_dir)
    protected = next((b.name for b in backups if known_good(b, known_revisions)), None)
    removed = []
    for info in backups[keep:]:
        if info.name == protected:
            continue
        for path in (info.path, _record_path(info.path)):
            path.unlink(missing_ok=True)
        removed.append(info.path)
    return removed
