"""Writing a document safely: into a temporary file beside the target, then an atomic rename.

Whatever goes wrong (read-only folder, full disk, a file locked by a PDF viewer, the target
being a folder, cancellation), no half-written file is left and the person gets a French
message through :class:`ExportWriteError`.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from territoria.errors import TerritoriaError

_TEMP_PREFIX = ".territoria-"
_TEMP_SUFFIX = ".part"


class ExportWriteError(TerritoriaError):
    """A document could not be written; nothing was left behind."""

    def __init__(self, target: Path, reason: str) -> None:
        super().__init__(f"Impossible d'enregistrer « {target} » : {reason} Aucun fichier n'a été écrit.")
        self.target = target
        self.reason = reason


def _reason(exc: OSError, target: Path) -> str:
    """A French explanation of ``exc`` for the person who chose ``target``."""
    code = exc.errno
    winerror = getattr(exc, "winerror", None)
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)) or winerror in (39, 112):
        return "le disque est plein. Libérez de la place ou choisissez un autre emplacement."
    if code == errno.EROFS:
        return "le support est en lecture seule. Choisissez un autre emplacement."
    if isinstance(exc, IsADirectoryError) or code == errno.EISDIR:
        return "c'est un dossier. Choisissez un nom de fichier."
    if isinstance(exc, FileNotFoundError) or code == errno.ENOENT:
        return f"le dossier « {target.parent} » n'existe pas."
    if code == errno.ENAMETOOLONG or winerror == 206:
        return "le nom du fichier est trop long. Choisissez un nom plus court."
    if isinstance(exc, PermissionError) or code in (errno.EACCES, errno.EPERM) or winerror in (5, 32, 33):
        return ("accès refusé. Le fichier est peut-être ouvert dans un autre programme (un lecteur PDF, "
                "Excel…) : fermez-le et réessayez, ou choisissez un autre dossier.")
    detail = exc.strerror or str(exc)
    return f"erreur du système ({detail})."


class ReadOnlyTargetError(ExportWriteError):
    """The target exists and is read-only: it is replaced only when the person confirms
    (``force=True``; ``--force`` on the command line, a confirmation dialog in the app)."""

    def __init__(self, target: Path) -> None:
        super().__init__(target, "le fichier existant est en lecture seule. Confirmez pour le remplacer "
                                 "(--force en ligne de commande) ou choisissez un autre nom.")


def _kind_of(mode: int) -> str | None:
    """A French name of a non-regular file type, or None for a regular file."""
    if stat.S_ISDIR(mode):
        return "c'est un dossier. Choisissez un nom de fichier."
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "c'est un périphérique, pas un fichier. Choisissez un nom de fichier ordinaire."
    if stat.S_ISFIFO(mode):
        return "c'est un tube nommé (FIFO), pas un fichier. Choisissez un nom de fichier ordinaire."
    if stat.S_ISSOCK(mode):
        return "c'est une prise réseau locale (socket), pas un fichier. Choisissez un nom de fichier ordinaire."
    if not stat.S_ISREG(mode):
        return "ce n'est pas un fichier ordinaire. Choisissez un autre nom."
    return None


def _is_read_only(mode: int) -> bool:
    # the mode bits, not os.access: as root (CI, some kiosks) os.access says every file is writable
    return not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)


_OPEN_FILE_LINKS = ("/proc/", "/dev/fd/")


def _through_open_file_links(target: Path) -> bool:
    """Whether ``target`` or a symlink it leads through is a per-process file link."""
    if os.name == "nt":
        return False
    path = target
    for _hop in range(40):
        if str(path).startswith(_OPEN_FILE_LINKS):
            return True
        if not path.is_symlink():
            return False
        try:
            path = Path(os.path.normpath(path.parent / os.readlink(path)))
        except OSError:
            return False
    return False


def _exists(path: Path) -> bool:
    try:
        os.stat(path)
    except OSError:
        return False
    return True


def is_read_only_file(target: Path | str) -> bool:
    """Whether ``target`` (symlinks followed) is an existing regular file without write permission."""
    try:
        info = Path(os.path.realpath(Path(target).expanduser().absolute())).stat()
    except OSError:
        return False
    return stat.S_ISREG(info.st_mode) and _is_read_only(info.st_mode)


def check_target(target: Path, *, force: bool = False) -> Path:
    """``target`` made absolute, after checking it can be replaced by a document.

    Raises :class:`ExportWriteError` for a folder, a device, a FIFO or a socket (following
    symlinks), a missing folder or a name too long for the system, and
    :class:`ReadOnlyTargetError` for a read-only file unless ``force``.
    """
    target = Path(target).expanduser().absolute()
    if "\x00" in str(target):
        raise ExportWriteError(target, "le nom contient un caractère nul. Choisissez un autre nom.")
    real = Path(os.path.realpath(target))
    try:
        info = real.stat()
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise ExportWriteError(target, _reason(exc, target)) from exc
    if info is not None:
        problem = _kind_of(info.st_mode)
        if problem:
            raise ExportWriteError(target, problem)
    if _through_open_file_links(target) or (info is None and target.is_symlink() and _exists(target)):
        # /dev/stdout → /proc/self/fd/1 → a file some process has open: renaming onto that
        # name would swap the file under it (its output lost) or create a stray file
        raise ExportWriteError(target, "c'est la sortie d'un programme (/dev/stdout, /proc…), pas un "
                                       "fichier. Choisissez un nom de fichier.")
    if info is not None and not force and _is_read_only(info.st_mode):
        raise ReadOnlyTargetError(target)
    if not real.parent.is_dir():
        raise ExportWriteError(target, f"le dossier « {real.parent} » n'existe pas.")
    return target


@contextmanager
def atomic_output(target: Path | str, *, force: bool = False) -> Iterator[IO[bytes]]:
    """Yield a binary file; on success it replaces ``target`` atomically, on any error it vanishes.

    A symlinked ``target`` is followed: its destination is replaced (the temporary file is
    made in the destination's folder so the rename stays atomic) and the link is kept. The
    replaced file's permission bits are kept. ``OSError`` s become :class:`ExportWriteError`;
    other exceptions (``Cancelled``…) propagate unchanged once the temporary file is removed.
    """
    path = check_target(Path(target), force=force)
    real = Path(os.path.realpath(path))
    clean_stale_parts(real.parent)
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f"{_TEMP_PREFIX}{os.getpid()}-", suffix=_TEMP_SUFFIX,
                                         dir=real.parent)
    except OSError as exc:
        raise ExportWriteError(path, _reason(exc, path)) from exc
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        _keep_permissions(temp, real)
        # checked again just before the rename: the target may have become a device or a folder
        check_target(path, force=True)
        os.replace(temp, real)
    except OSError as exc:
        _discard(temp)
        raise ExportWriteError(path, _reason(exc, path)) from exc
    except BaseException:
        _discard(temp)
        raise


def write_bytes(target: Path | str, data: bytes, *, force: bool = False) -> Path:
    """Write ``data`` to ``target`` atomically; returns the absolute path written."""
    path = check_target(Path(target), force=force)
    with atomic_output(path, force=force) as handle:
        handle.write(data)
    return path


def _keep_permissions(temp: Path, replaced: Path) -> None:
    """Give the new file the replaced file's permission bits, or rw-r--r-- for a new file.

    mkstemp makes a 0600 file; umask is process-wide and not thread-safe to read, so it is
    not consulted.
    """
    try:
        mode = stat.S_IMODE(replaced.stat().st_mode)
    except OSError:
        mode = 0o644
    os.chmod(temp, mode)


#: A temporary file of a live export is never this old; older ones are left-overs.
STALE_AFTER_SECONDS = 24 * 3600


def clean_stale_parts(folder: Path) -> int:
    """Remove the ``.territoria-*.part`` files an interrupted export left in ``folder``.

    A part file names the process that writes it; it is stale when that process is gone
    (POSIX) or when it is older than a day. Returns how many were removed; never raises.
    """
    removed = 0
    try:
        candidates = list(folder.glob(f"{_TEMP_PREFIX}*{_TEMP_SUFFIX}"))
    except OSError:
        return 0
    now = time.time()
    for part in candidates:
        try:
            if _stale(part, now):
                part.unlink()
                removed += 1
        except OSError:
            continue
    return removed


def _stale(part: Path, now: float) -> bool:
    info = part.lstat()
    if not stat.S_ISREG(info.st_mode):
        return False
    if now - info.st_mtime > STALE_AFTER_SECONDS:
        return True
    pid_text = part.name[len(_TEMP_PREFIX):].split("-", 1)[0]
    if os.name == "nt" or not pid_text.isdigit():
        return False  # no safe liveness test (os.kill would end the process on Windows)
    pid = int(pid_text)
    if pid == os.getpid():
        return False  # another export of this process may be writing it
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except (PermissionError, OverflowError, OSError):
        return False
    return False


def _discard(temp: Path) -> None:
    try:
        temp.unlink(missing_ok=True)
    except OSError:
        pass
