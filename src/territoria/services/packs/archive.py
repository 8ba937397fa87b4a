"""Deterministic zip writing and defensive zip reading, shared by packs and contributions.

Nothing is ever extracted to disk: members are read into memory after every check on
their names, types and sizes has passed.
"""

from __future__ import annotations

import os
import stat
import tempfile
import zipfile
from collections.abc import Mapping
from pathlib import Path

from territoria.services.packs import format as fmt
from territoria.services.packs.errors import PackError

#: Fixed timestamp of every member (zip's epoch), so the same inputs give the same bytes.
_FIXED_TIME = (1980, 1, 1, 0, 0, 0)


def write_zip(path: Path, members: Mapping[str, bytes]) -> Path:
    """Write ``members`` (name -> bytes, in the given order) to ``path`` atomically.

    Every entry has the same time, permissions and compression, so equal inputs give
    byte-identical files.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}-", dir=path.parent)
    except OSError as exc:
        raise PackError(f"Impossible d'écrire {path} : {exc.strerror or exc}.") from exc
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        with zipfile.ZipFile(tmp, "w") as archive:
            for name, data in members.items():
                info = zipfile.ZipInfo(name, date_time=_FIXED_TIME)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.create_system = 3
                info.external_attr = (stat.S_IFREG | 0o644) << 16
                archive.writestr(info, data, compresslevel=6)
        tmp.chmod(0o644)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise PackError(f"Impossible d'écrire {path} : {exc.strerror or exc}.") from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


def _check_name(name: str) -> None:
    if (
        not name
        or name.startswith(("/", "\\"))
        or "\\" in name
        or (len(name) > 1 and name[1] == ":")
        or any(part in {"", ".", ".."} for part in name.split("/"))
    ):
        raise PackError(f"Le paquet contient un nom de fichier dangereux ou invalide : « {name} ». Paquet refusé.")


def read_zip(path: Path, expected: set[str] | None = None) -> dict[str, bytes]:
    """Read every member of the zip at ``path`` into memory, refusing anything unsafe.

    Refused (``PackError``, in French): not a zip, absolute or ``..`` names, duplicate
    names, directories, symbolic links or other non-regular entries, too many members,
    members or a total above the size limits, a suspicious compression ratio, a member
    whose bytes do not match its declared size or CRC. ``expected``, when given, is the
    exact set of member names the caller accepts.
    """
    try:
        archive = zipfile.ZipFile(path)
    except FileNotFoundError as exc:
        raise PackError(f"Fichier introuvable : {path}.") from exc
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise PackError(
            f"{path.name} n'est pas un paquet Territoria valide (fichier tronqué, endommagé ou d'un autre type)."
        ) from exc
    with archive:
        infos = archive.infolist()
        if len(infos) > fmt.MAX_MEMBERS:
            raise PackError(f"Le paquet contient trop de fichiers ({len(infos)}, au plus {fmt.MAX_MEMBERS}). Paquet refusé.")
        names: set[str] = set()
        total = 0
        for info in infos:
            _check_name(info.filename)
            if info.filename in names:
                raise PackError(f"Le paquet contient deux fois le fichier « {info.filename} ». Paquet refusé.")
            names.add(info.filename)
            # Unix file type bits, when the zipper wrote any: only regular files are accepted
            kind = stat.S_IFMT(info.external_attr >> 16)
            if info.is_dir() or (kind and kind != stat.S_IFREG):
                raise PackError(
                    f"Le paquet contient « {info.filename} », qui n'est pas un fichier ordinaire "
                    "(dossier ou lien symbolique). Paquet refusé."
                )
            if info.file_size > fmt.MAX_MEMBER_BYTES:
                raise PackError(f"« {info.filename} » est trop volumineux une fois décompressé. Paquet refusé.")
            if info.file_size > (1 << 20) and info.file_size > fmt.MAX_RATIO * max(info.compress_size, 1):
                raise PackError(
                    f"« {info.filename} » a un taux de compression anormal (bombe de décompression ?). Paquet refusé."
                )
            total += info.file_size
            if total > fmt.MAX_TOTAL_BYTES:
                raise PackError("Le contenu du paquet est trop volumineux une fois décompressé. Paquet refusé.")
        if expected is not None and names != expected:
            missing = sorted(expected - names)
            extra = sorted(names - expected)
            parts = []
            if missing:
                parts.append("fichiers manquants : " + ", ".join(missing))
            if extra:
                parts.append("fichiers en trop : " + ", ".join(extra))
            raise PackError("Le paquet n'a pas le contenu attendu (" + " ; ".join(parts) + "). Paquet refusé.")
        members: dict[str, bytes] = {}
        for info in infos:
            try:
                with archive.open(info) as handle:
                    data = handle.read(info.file_size + 1)
            # RuntimeError: an encrypted member (zipfile asks for a password)
            except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError, RuntimeError) as exc:
                raise PackError(
                    f"« {info.filename} » est illisible dans le paquet (fichier endommagé ou modifié). Paquet refusé."
                ) from exc
            if len(data) != info.file_size:
                raise PackError(f"« {info.filename} » n'a pas la taille annoncée. Paquet refusé.")
            members[info.filename] = data
        return members
