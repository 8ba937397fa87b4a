"""Write a pack source folder: curated TOML files and ``pack.toml``, never half-written.

Everything goes to a temporary folder beside the target; the curated loader the seed build
uses checks it (so ``pack build`` will accept it); only then is it renamed into place. A
previous pack source folder at the target is replaced; any other non-empty folder is refused.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from territoria.services.importers.errors import ImportFileError
from territoria.services.importers.records import PackRecords
from territoria.store.seed.curated import FILES, CuratedDataError, load_curated

_PUBLISHER = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_EDITION = re.compile(r"^\d{4}-\d{2}-\d{2}(\.\d+)?$")


@dataclass(frozen=True, slots=True)
class PackMeta:
    """``pack.toml``: who publishes the pack, which edition, its title and default licence."""

    publisher_id: str
    publisher_name: str
    edition: str
    title: str
    licence: str | None = None
    contact: str | None = None

    def problems(self) -> list[str]:
        """French descriptions of invalid fields (empty when valid)."""
        found = []
        if not _PUBLISHER.match(self.publisher_id):
            found.append(f"identifiant d'éditeur invalide « {self.publisher_id} » (minuscules, chiffres et tirets)")
        if not _EDITION.match(self.edition):
            found.append(f"édition invalide « {self.edition} » (AAAA-MM-JJ, éventuellement suivie de .N)")
        if not self.publisher_name.strip():
            found.append("nom d'éditeur vide")
        return found


def _dump(data: dict[str, Any]) -> str:
    import tomli_w

    return tomli_w.dumps(data, multiline_strings=False)


def write_pack_folder(target: Path, meta: PackMeta, records: PackRecords) -> Path:
    """Write ``records`` and ``meta`` as a pack source folder at ``target``; return ``target``."""
    problems = meta.problems()
    if problems:
        raise ImportFileError(target, " ; ".join(problems))
    if target.exists() and (not target.is_dir() or (any(target.iterdir()) and not (target / "pack.toml").exists())):
        raise ImportFileError(target, "ce dossier existe déjà et n'est pas un dossier de paquet : "
                              "choisissez un dossier vide ou nouveau")
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent))
    try:
        pack = {k: v for k, v in {"publisher_id": meta.publisher_id, "publisher_name": meta.publisher_name,
                                  "edition": meta.edition, "title": meta.title, "licence": meta.licence,
                                  "contact": meta.contact}.items() if v}
        (tmp / "pack.toml").write_text(_dump(pack), encoding="utf-8")
        for kind, table in FILES.items():
            rows = list(records.records.get(kind, {}).values())
            if rows:
                (tmp / f"{kind}.toml").write_text(_dump({table: rows}), encoding="utf-8")
        try:
            load_curated(tmp)
        except CuratedDataError as exc:  # a mapping bug, not the user's file: say so, write nothing
            raise ImportFileError(target, f"le dossier produit ne passe pas la vérification ({exc})") from exc
        old = None
        if target.exists():
            old = target.with_name(f".{target.name}.old-{os.getpid()}")
            target.rename(old)
        tmp.rename(target)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return target
