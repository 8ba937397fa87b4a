"""Writing a document safely: into a temporary file beside the target, then an atomic rename.

Whatever goes wrong (read-only folder, full disk, a file locked by a PDF viewer, the target
being a folder, cancellation), no half-written file is left and the person gets a French
message through :class:`ExportWriteError`.
"""

from __future__ import annotations

import errno
import os
import tempfile
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


def check_target(target: Path) -> Path:
    """``target`` made absolute; raises ``ExportWriteError`` if it is a folder or its folder is missing."""
    target = Path(target).expanduser().absolute()
    if target.is_dir():
        raise ExportWriteError(target, "c'est un dossier. Choisissez un nom de fichier.")
    if not target.parent.is_dir():
        raise ExportWriteError(target, f"le dossier « {target.parent} » n'existe pas.")
    return target


@contextmanager
def atomic_output(target: Path | str) -> Iterator[IO[bytes]]:
    """Yield a binary file; on success it replaces ``target`` atomically, on any error it vanishes.

    ``OSError`` s become :class:`ExportWriteError`; other exceptions (``Cancelled``…) propagate
    unchanged once the temporary file is removed.
    """
    path = check_target(Path(target))
    try:
        fd, temp_name = tempfile.mkstemp(prefix=_TEMP_PREFIX, suffix=_TEMP_SUFFIX, dir=path.parent)
    except OSError as exc:
        raise ExportWriteError(path, _reason(exc, path)) from exc
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        _keep_permissions(temp)
        os.replace(temp, path)
    except OSError as exc:
        _discard(temp)
        raise ExportWriteError(path, _reason(exc, path)) from exc
    except BaseException:
        _discard(temp)
        raise


def write_bytes(target: Path | str, data: bytes) -> Path:
    """Write ``data`` to ``target`` atomically; returns the absolute path written."""
    path = check_target(Path(target))
    with atomic_output(path) as handle:
        handle.write(data)
    return path


def _keep_permissions(temp: Path) -> None:
    """mkstemp makes a 0600 file: give it the usual rw-r--r-- of a document (umask is process-wide
    and not thread-safe to read, so it is not consulted)."""
    if os.name != "nt":
        os.chmod(temp, 0o644)


def _discard(temp: Path) -> None:
    try:
        temp.unlink(missing_ok=True)
    except OSError:
        pass
