"""The user's backups: list, restore, and one file to carry everything to another PC.

Automatic backups (before a migration or a data update) live in the data folder's
``backups``; :func:`restore_backup` puts one back. A disk that dies takes those with it,
so :func:`export_archive` writes one file anywhere (a USB key) holding the whole database
— own projects, notes, stars, saved searches — and the settings; :func:`import_archive`
brings it back on any PC. Both replacements are atomic and keep what they replace.
"""

from __future__ import annotations

import errno
import hashlib
import json
import logging
import os
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from territoria import __version__
from territoria.config import Paths
from territoria.errors import BackupError
from territoria.store import migrate
from territoria.store.backup import BackupInfo, copy_database, fsync_file, fsync_folder, inspect_database
from territoria.store.backup import list_backups as _list_backups
from territoria.store.lock import DataFolderLock

__all__ = ["BackupInfo", "DataFolderLock", "export_archive", "import_archive", "list_backups", "restore_backup"]
from territoria.store.replace import replace_database, save_current

log = logging.getLogger(__name__)

ARCHIVE_FORMAT = "territoria-sauvegarde"
ARCHIVE_VERSION = 1
ARCHIVE_SUFFIX = ".zip"
DATABASE_MEMBER = "territoria.sqlite"
SETTINGS_MEMBER = "settings.ini"
MANIFEST_MEMBER = "manifest.json"
#: Larger than any real database (100,000 initiatives take ~250 MB): refuses a zip bomb.
MAX_DATABASE_BYTES = 8 << 30


def list_backups(paths: Paths) -> list[BackupInfo]:
    """Every automatic backup, newest first, with what was checked when it was made."""
    return _list_backups(paths.backups)


def find_backup(paths: Paths, name: str) -> BackupInfo:
    """The backup called ``name`` (its file name, with or without ``.sqlite``)."""
    wanted = name.strip()
    for info in list_backups(paths):
        if wanted in (info.name, info.name.removesuffix(".sqlite")):
            return info
    raise BackupError(
        f"Aucune sauvegarde ne s'appelle « {name} ». `territoria backup list` donne les noms disponibles."
    )


def _usable(check_ok: bool, schema: str | None, detail: str, what: str) -> None:
    """Raise unless a database to put in place is sound and of a schema this app can open."""
    if not check_ok:
        raise BackupError(f"{what} est endommagée ({detail}) : choisissez-en une autre. Rien n'a été modifié.")
    if schema is None or schema not in migrate.known_revisions():
        raise BackupError(
            f"{what} vient d'une version plus récente de Territoria (schéma « {schema} ») : "
            "installez la dernière version de l'application. Rien n'a été modifié."
        )


@dataclass(frozen=True, slots=True)
class RestoreResult:
    """What a restore or an import did."""

    restored: str  # name of the backup or the archive put in place
    saved: Path | None  # where the replaced database was kept
    settings_restored: bool = False


def restore_backup(paths: Paths, name: str, *, lock: DataFolderLock | None = None) -> RestoreResult:
    """Put backup ``name`` in place of the user's database, after backing the current one up.

    The caller must have closed its own connections to the database.
    """
    info = find_backup(paths, name)
    _usable(info.sound, info.schema, info.detail, f"La sauvegarde « {info.name} »")
    lock = lock or DataFolderLock(paths.data_dir)
    with lock.hold():
        saved = save_current(paths.database, paths.backups, "avant-restauration")
        replace_database(paths.database, info.path)
    log.info("backup %s restored (previous database kept as %s)", info.name, saved)
    return RestoreResult(info.name, saved)


@dataclass(frozen=True, slots=True)
class ArchiveInfo:
    """What a backup file holds (its manifest)."""

    path: Path
    created: str
    app_version: str
    schema: str | None
    data_edition: str | None
    own_records: dict[str, int]
    has_settings: bool


def default_archive_name() -> str:
    """« territoria-sauvegarde-2026-11-26.zip »."""
    return f"{ARCHIVE_FORMAT}-{datetime.now():%Y-%m-%d}{ARCHIVE_SUFFIX}"


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _write_error(target: Path, exc: OSError) -> BackupError:
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        reason = "le disque est plein"
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        reason = "accès refusé (support en lecture seule ou droits insuffisants)"
    elif exc.errno in (errno.ENOENT, errno.ENOTDIR):
        reason = f"le dossier « {target.parent} » n'existe pas"
    elif exc.errno == errno.EISDIR:
        reason = "c'est un dossier ; choisissez un nom de fichier"
    else:
        reason = exc.strerror or str(exc)
    return BackupError(f"Impossible d'écrire la sauvegarde « {target} » : {reason}. Aucun fichier n'a été écrit.")


def export_archive(paths: Paths, target: Path) -> ArchiveInfo:
    """Write the database and the settings into one file at ``target`` (atomically)."""
    target = Path(target).expanduser().absolute()
    if target.is_dir():
        raise _write_error(target, IsADirectoryError(errno.EISDIR, "dossier"))
    if not paths.database.is_file():
        raise BackupError("Il n'y a encore aucune base à sauvegarder : lancez d'abord Territoria.")
    # the snapshot is made beside the target: the data folder may be read-only, and the
    # target's disk must hold the copy anyway
    try:
        fd, snapshot_name = tempfile.mkstemp(prefix=".territoria-", suffix=".part", dir=target.parent)
        os.close(fd)
    except OSError as exc:
        raise _write_error(target, exc) from exc
    snapshot = Path(snapshot_name)
    tmp: Path | None = None
    try:
        try:
            copy_database(paths.database, snapshot)
        except OSError as exc:
            raise _write_error(target, exc) from exc
        except Exception as exc:  # noqa: BLE001 - sqlite3 errors of a damaged file
            raise BackupError(
                f"La base actuelle ne peut pas être lue ({exc}) : restaurez d'abord une sauvegarde."
            ) from exc
        check = inspect_database(snapshot)
        _usable(check.ok, check.schema, check.detail, "La base actuelle")
        manifest = {
            "format": ARCHIVE_FORMAT, "version": ARCHIVE_VERSION,
            "created": datetime.now().isoformat(timespec="seconds"), "app_version": __version__,
            "schema": check.schema, "data_edition": check.data_edition, "own_records": check.own_records,
            "files": {DATABASE_MEMBER: _sha256(snapshot)},
        }
        settings = paths.settings_file if paths.settings_file.is_file() else None
        if settings is not None:
            manifest["files"][SETTINGS_MEMBER] = _sha256(settings)
        try:
            fd, tmp_name = tempfile.mkstemp(prefix=".territoria-", suffix=".part", dir=target.parent)
            os.close(fd)
            tmp = Path(tmp_name)
            with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
                archive.writestr(MANIFEST_MEMBER, json.dumps(manifest, ensure_ascii=False, indent=1))
                archive.write(snapshot, DATABASE_MEMBER)
                if settings is not None:
                    archive.write(settings, SETTINGS_MEMBER)
            fsync_file(tmp)
            if os.name != "nt":
                os.chmod(tmp, 0o600)  # the town hall's own data: readable by its owner only
            os.replace(tmp, target)
            fsync_folder(target.parent)
            tmp = None
        except OSError as exc:
            raise _write_error(target, exc) from exc
    finally:
        if tmp is not None:
            tmp.unlink(missing_ok=True)
        snapshot.unlink(missing_ok=True)
    return ArchiveInfo(target, manifest["created"], __version__, check.schema, manifest["data_edition"],
                       check.own_records, settings is not None)


def _not_an_archive(source: Path, why: str) -> BackupError:
    return BackupError(f"« {source} » n'est pas une sauvegarde Territoria utilisable ({why}). Rien n'a été modifié.")


def read_archive(source: Path) -> ArchiveInfo:
    """Read and check a backup file's manifest (nothing is extracted)."""
    source = Path(source)
    try:
        with zipfile.ZipFile(source) as archive:
            manifest = _manifest(archive, source)
    except (OSError, zipfile.BadZipFile, zipfile.LargeZipFile) as exc:
        raise _not_an_archive(source, "fichier illisible ou qui n'est pas une archive") from exc
    return ArchiveInfo(source, str(manifest.get("created", "")), str(manifest.get("app_version", "")),
                       manifest.get("schema"), manifest.get("data_edition"),
                       dict(manifest.get("own_records") or {}), SETTINGS_MEMBER in manifest["files"])


def _manifest(archive: zipfile.ZipFile, source: Path) -> dict:
    try:
        manifest = json.loads(archive.read(MANIFEST_MEMBER).decode("utf-8"))
    except KeyError as exc:
        raise _not_an_archive(source, "pas de manifeste") from exc
    except (ValueError, UnicodeDecodeError) as exc:
        raise _not_an_archive(source, "manifeste illisible") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != ARCHIVE_FORMAT:
        raise _not_an_archive(source, "format inconnu")
    if not isinstance(manifest.get("version"), int) or manifest["version"] > ARCHIVE_VERSION:
        raise _not_an_archive(source, "faite par une version plus récente de Territoria")
    files = manifest.get("files")
    if not isinstance(files, dict) or DATABASE_MEMBER not in files:
        raise _not_an_archive(source, "base absente")
    if not all(isinstance(k, str) and isinstance(v, str) for k, v in files.items()):
        raise _not_an_archive(source, "manifeste illisible")
    return manifest


def _extract(archive: zipfile.ZipFile, member: str, expected: str, target: Path, source: Path) -> None:
    try:
        info = archive.getinfo(member)
    except KeyError as exc:
        raise _not_an_archive(source, f"{member} absent") from exc
    if info.file_size > MAX_DATABASE_BYTES:
        raise _not_an_archive(source, "contenu démesuré")
    digest = hashlib.sha256()
    with archive.open(info) as stream, target.open("wb") as out:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
            out.write(block)
    if digest.hexdigest() != expected:
        raise _not_an_archive(source, f"{member} abîmé : son empreinte ne correspond pas")


def import_archive(paths: Paths, source: Path, *, lock: DataFolderLock | None = None) -> RestoreResult:
    """Put the database and settings of backup file ``source`` in place, keeping the current ones.

    The caller must have closed its own connections to the database.
    """
    source = Path(source)
    paths.ensure()
    work = Path(tempfile.mkdtemp(prefix=".territoria-import-", dir=paths.data_dir))
    try:
        database = work / DATABASE_MEMBER
        settings = work / SETTINGS_MEMBER
        try:
            with zipfile.ZipFile(source) as archive:
                manifest = _manifest(archive, source)
                files = manifest["files"]
                _extract(archive, DATABASE_MEMBER, files[DATABASE_MEMBER], database, source)
                if SETTINGS_MEMBER in files:
                    _extract(archive, SETTINGS_MEMBER, files[SETTINGS_MEMBER], settings, source)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, RuntimeError, ValueError) as exc:
            raise _not_an_archive(source, "archive abîmée") from exc
        except OSError as exc:
            if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
                raise BackupError("Le disque des données est plein : libérez de la place. Rien n'a été modifié.") from exc
            raise _not_an_archive(source, exc.strerror or str(exc)) from exc
        check = inspect_database(database)
        _usable(check.ok, check.schema, check.detail, f"La base contenue dans « {source.name} »")
        lock = lock or DataFolderLock(paths.data_dir)
        with lock.hold():
            saved = save_current(paths.database, paths.backups, "avant-import")
            replace_database(paths.database, database, source_read_only=False)
            settings_restored = settings.is_file()
            if settings_restored:
                _replace_settings(paths, settings)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    log.info("backup file %s imported (previous database kept as %s)", source, saved)
    return RestoreResult(source.name, saved, settings_restored)


def _replace_settings(paths: Paths, new: Path) -> None:
    """Keep the current settings beside the backups, then put the imported ones in place."""
    current = paths.settings_file
    if current.is_file():
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        shutil.copyfile(current, paths.backups / f"settings-{stamp}-avant-import.ini")
    current.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".settings-", dir=current.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        shutil.copyfile(new, tmp)
        fsync_file(tmp)
        os.replace(tmp, current)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
