"""Write a pack source folder: curated TOML files and ``pack.toml``, never half-written.

Everything goes to a temporary folder beside the target; the curated loader the seed build
uses checks its records (so ``pack build`` will accept it); only then is it renamed into place. A
previous pack source folder at the target is replaced; any other non-empty folder is refused.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from territoria.services.importers.errors import ImportFileError
from territoria.services.importers.records import PackRecords
from territoria.store.seed.curated import FILES, CuratedData, validate_curated

_PUBLISHER = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_EDITION = re.compile(r"^\d{4}-\d{2}-\d{2}(\.\d+)?$")
#: Characters a TOML basic string must escape.
_ESCAPE = re.compile(r'[\x00-\x1f"\\\x7f]')
#: The same but the quote (which the items of a list joined by ``", "`` hold between them).
_CONTROL = re.compile(r'[\x00-\x1f\\\x7f]')


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


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError("nombre non fini")
        return repr(value)
    if isinstance(value, str):
        if not _ESCAPE.search(value):
            return f'"{value}"'
        # a JSON string is a TOML basic string, once DEL (which JSON leaves raw) is escaped
        return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{k} = {_value(v)}" for k, v in value.items()) + " }"
    raise TypeError(f"valeur inattendue {value!r}")


def _line(key: str, value: Any) -> str:
    """``key = value`` for a value that is not a text free of characters to escape."""
    if value.__class__ is list and value:
        try:
            joined = '", "'.join(value)  # TypeError when an item is not a text
        except TypeError:
            pass
        else:
            # the separators' quotes only, and nothing else to escape in the items
            if joined.count('"') == 2 * len(value) - 2 and _CONTROL.search(joined) is None:
                return f'{key} = ["{joined}"]'
    return f"{key} = {_value(value)}"


def dump_toml(data: dict[str, Any]) -> str:
    """TOML text of flat key/values and arrays of tables of flat records (what curated files hold).

    Written here rather than with a generic TOML writer: 10,000 records take a tenth of the time.
    """
    scalars: list[str] = []
    tables: list[str] = []
    add = tables.append
    needs_escape = _ESCAPE.search
    for key, value in data.items():
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            header = f"\n[[{key}]]"
            for record in value:
                # a record's lines in one comprehension: a text with nothing to escape (nearly
                # every value) is written inline, anything else by _line
                add("\n".join([header, *[f'{k} = "{v}"' if v.__class__ is str and needs_escape(v) is None
                                         else _line(k, v) for k, v in record.items()]]))
        else:
            scalars.append(f"{key} = {_value(value)}")
    return "\n".join(scalars + tables).lstrip("\n") + "\n"


def write_pack_folder(target: Path, meta: PackMeta, records: PackRecords) -> Path:
    """Write ``records`` and ``meta`` as a pack source folder at ``target``; return ``target``."""
    problems = meta.problems()
    if problems:
        raise ImportFileError(target, " ; ".join(problems))
    # the validation of the curated loader (seed build, pack build), on the records themselves
    invalid = validate_curated(CuratedData({k: list(records.records.get(k, {}).values()) for k in FILES}))
    if invalid:  # a mapping bug, not the user's file: say so, write nothing
        raise ImportFileError(target, "le dossier produit ne passerait pas la vérification : " + " ; ".join(invalid[:5]))
    if target.exists() and (not target.is_dir() or (any(target.iterdir()) and not (target / "pack.toml").exists())):
        raise ImportFileError(target, "ce dossier existe déjà et n'est pas un dossier de paquet : "
                              "choisissez un dossier vide ou nouveau")
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent))
    try:
        pack = {k: v for k, v in {"publisher_id": meta.publisher_id, "publisher_name": meta.publisher_name,
                                  "edition": meta.edition, "title": meta.title, "licence": meta.licence,
                                  "contact": meta.contact}.items() if v}
        (tmp / "pack.toml").write_text(dump_toml(pack), encoding="utf-8")
        for kind, table in FILES.items():
            rows = list(records.records.get(kind, {}).values())
            if rows:
                (tmp / f"{kind}.toml").write_text(dump_toml({table: rows}), encoding="utf-8")
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
