"""``pack build``: validate an agency's curated folder and write a signed ``.territoria`` pack."""

from __future__ import annotations

import hashlib
import json
import tomllib
from pathlib import Path
from typing import Any

from territoria.services.packs import format as fmt
from territoria.services.packs.archive import write_zip
from territoria.services.packs.errors import PackError
from territoria.services.packs.info import BuildResult
from territoria.services.packs.keys import PublicKey, SigningKey
from territoria.services.packs.reference import PackContext
from territoria.services.packs.verify import manifest_info

PACK_TOML = "pack.toml"


def canonical_json(value: Any) -> bytes:
    """The bytes a pack stores for ``value``: sorted keys, compact, UTF-8."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _valid_edition(edition: str) -> bool:
    """True when ``edition`` is a real calendar date, optionally with a ".N" revision (N >= 1)."""
    from datetime import date

    match = fmt.EDITION.match(edition)
    if match is None:
        return False
    year, month, day, _revision = match.groups()  # the regex already limits the revision to 1..9999
    try:
        date(int(year), int(month), int(day))
    except ValueError:
        return False
    return True


def _check_licence(meta: dict[str, Any], sources: list[dict[str, Any]]) -> None:
    """A pack says under which licence its records may be reused: in pack.toml or on every source."""
    if isinstance(meta.get("licence"), str) and meta["licence"].strip():
        return
    bare = [str(s.get("id", "?")) for s in sources if not (isinstance(s.get("licence"), str) and s["licence"].strip())]
    if bare or not sources:
        named = f" (sources sans licence : {', '.join(bare[:5])})" if bare else ""
        raise PackError(f"Paquet non construit : {PACK_TOML} : champ 'licence' obligatoire (par exemple "
                        f"licence = \"etalab-2.0\"), sauf si chaque source du paquet donne la sienne{named}.")


def read_pack_toml(folder: Path) -> dict[str, Any]:
    """The publisher description of ``folder/pack.toml``, checked (French errors)."""
    path = folder / PACK_TOML
    try:
        with path.open("rb") as handle:
            meta = tomllib.load(handle)
    except FileNotFoundError as exc:
        raise PackError(f"{path} manquant : il décrit l'éditeur et l'édition du paquet.") from exc
    except tomllib.TOMLDecodeError as exc:
        raise PackError(f"{PACK_TOML} : TOML invalide ({exc}).") from exc
    problems = []
    for key in ("publisher_id", "publisher_name", "edition", "title"):
        if not isinstance(meta.get(key), str) or not meta[key].strip():
            problems.append(f"{PACK_TOML}: champ {key!r} obligatoire (texte)")
    for key in ("licence", "contact"):
        if key in meta and not isinstance(meta[key], str):
            problems.append(f"{PACK_TOML}: champ {key!r} de type incorrect, texte attendu")
    if isinstance(meta.get("publisher_id"), str) and not fmt.PUBLISHER_ID.match(meta["publisher_id"]):
        problems.append(f"{PACK_TOML}: publisher_id {meta['publisher_id']!r} invalide (minuscules, chiffres, tirets)")
    if meta.get("publisher_id") in fmt.RESERVED_PUBLISHERS:
        problems.append(f"{PACK_TOML}: publisher_id {meta['publisher_id']!r} réservé par Territoria")
    if isinstance(meta.get("edition"), str) and not _valid_edition(meta["edition"]):
        problems.append(f"{PACK_TOML}: edition {meta['edition']!r} invalide (une date réelle AAAA-MM-JJ, "
                        "ou AAAA-MM-JJ.N pour la N-ième révision du jour)")
    unknown = sorted(set(meta) - {"publisher_id", "publisher_name", "edition", "title", "licence", "contact"})
    if unknown:
        problems.append(f"{PACK_TOML}: champs inconnus {', '.join(unknown)}")
    if problems:
        raise PackError("Paquet non construit :\n- " + "\n- ".join(problems))
    return meta


def load_folder(folder: Path, context: PackContext) -> dict[str, list[dict[str, Any]]]:
    """The records of a pack source folder, validated with the seed's own loader."""
    from territoria.store.seed.curated import CuratedDataError, load_curated

    if not folder.is_dir():
        raise PackError(f"{folder} n'est pas un dossier.")
    try:
        data = load_curated(folder, known=context.known, geography=context.geography)
    except CuratedDataError as exc:
        raise PackError("Paquet non construit. " + fmt.locate_problems(str(exc), "{kind}.toml")) from exc
    extra = [kind for kind, records in data.records.items() if records and kind not in fmt.KINDS]
    if extra:
        raise PackError(f"Paquet non construit : un paquet ne porte pas de fiches {', '.join(extra)}.")
    return {kind: data.records.get(kind, []) for kind in fmt.KINDS}


def build_pack(
    folder: Path, key_path: Path, output: Path, passphrase: str | None, context: PackContext,
    next_key: PublicKey | None = None,
) -> BuildResult:
    """Validate ``folder`` and write the signed pack ``output``; nothing is written on error.

    ``context`` gives the seed ids and geography the records may name; ``next_key``, when
    given, is announced in the manifest as the publisher's next key (rotation).
    """
    meta = read_pack_toml(folder)
    records = load_folder(folder, context)
    _check_licence(meta, records["sources"])
    key = SigningKey(key_path, passphrase)  # a wrong passphrase fails before anything is written
    members: dict[str, bytes] = {}
    counts: dict[str, int] = {}
    for kind in fmt.KINDS:
        if records[kind]:
            members[fmt.record_member(kind)] = canonical_json(records[kind])
            counts[kind] = len(records[kind])
    if not members:
        raise PackError("Paquet non construit : le dossier ne contient aucune fiche.")
    manifest: dict[str, Any] = {
        "format": fmt.PACK_KIND,
        "format_version": fmt.FORMAT_VERSION,
        "min_app_version": fmt.MIN_APP_VERSION,
        "publisher": {"id": meta["publisher_id"], "name": meta["publisher_name"], "contact": meta.get("contact")},
        "edition": meta["edition"],
        "title": meta["title"],
        "licence": meta.get("licence"),
        "counts": counts,
        "members": {name: hashlib.sha256(data).hexdigest() for name, data in members.items()},
        "signer": {"fingerprint": key.public.fingerprint, "public_key": key.public.encoded},
    }
    if next_key is not None:
        manifest["next_key"] = {"fingerprint": next_key.fingerprint, "public_key": next_key.encoded}
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=2).encode("utf-8") + b"\n"
    import base64

    signature = base64.b64encode(key.sign(manifest_bytes)) + b"\n"
    write_zip(output, {fmt.MANIFEST: manifest_bytes, fmt.SIGNATURE: signature, **members})
    info = manifest_info(output, manifest, manifest_bytes, key.public.fingerprint, ())
    return BuildResult(output, info, hashlib.sha256(output.read_bytes()).hexdigest())
