"""``pack verify``: every check a pack passes before anything is written.

Order: safe zip structure, manifest (JSON, format, versions, publisher, edition), exact
member list, trusted signer bound to this publisher, Ed25519 signature of the exact
manifest bytes, SHA-256 of every member, then the records themselves (JSON shape, counts,
and the curated validation of the seed build against the target database's ids and
geography). Any failure raises ``PackError`` with the reason in French.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from territoria import __version__
from territoria.services.packs import format as fmt
from territoria.services.packs.archive import read_zip
from territoria.services.packs.errors import PackError
from territoria.services.packs.info import PackInfo
from territoria.services.packs.keys import decode_raw_key, fingerprint, signature_is_valid
from territoria.services.packs.reference import PackContext
from territoria.services.packs.trust import TrustStore

#: Fields of each kind the format knows (others are ignored, with a note in the preview).
KNOWN_FIELDS: dict[str, frozenset[str]] = {
    "sources": frozenset("id title publisher author published url url_is_article seed_file licence attribution".split()),
    "organisations": frozenset(
        "id name kind commune_insee epci_siren departement_code region_code url sources".split()
    ),
    "programmes": frozenset(
        "id name kind operator region_code summary start_year end_year budget_eur budget_mentions url sources".split()
    ),
    "schemes": frozenset(
        "id name programme operator summary audiences territory_scope territory_code aid_types amount_min_eur "
        "amount_max_eur rate_max_percent budget_eur opens closes opens_announced recurrence url sources "
        "external_id language funders call_type contact".split()
    ),
    "initiatives": frozenset(
        "id title summary problem results lead lead_attribution lead_note place_commune_insee place_epci_siren "
        "place_departement_code place_region_code partners supplier themes techniques status start_date end_date "
        "budget_eur funding programme contact last_checked sources external_id language".split()
    ),
    "figures": frozenset("id label value unit qualifier scope region_code date note sources".split()),
    "events": frozenset("id date title summary actors regions sources".split()),
}


@dataclass(frozen=True)
class VerifiedPack:
    """A verified pack: its description and its records by kind (plain ids, as written)."""

    info: PackInfo
    records: dict[str, list[dict[str, Any]]]
    next_key: bytes | None = None  # raw key of the publisher's next key, from the signed manifest


def _refuse(path: Path, reason: str) -> PackError:
    return PackError(f"Paquet refusé ({path.name}) : {reason}")


def parse_manifest(path: Path, data: bytes) -> dict[str, Any]:
    """The manifest object, or ``PackError`` when it is not a valid pack manifest."""
    if len(data) > fmt.MAX_MANIFEST_BYTES:
        raise _refuse(path, "manifeste trop volumineux.")
    try:
        manifest = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise _refuse(path, "le manifeste n'est pas du JSON valide.") from exc
    if not isinstance(manifest, dict):
        raise _refuse(path, "le manifeste n'est pas un objet JSON.")
    if manifest.get("format") == fmt.CONTRIBUTION_KIND:
        raise _refuse(path, "c'est une contribution de mairie, pas un paquet de catalogue : "
                            "elle se relit avec « territoria contribution review ».")
    if manifest.get("format") != fmt.PACK_KIND:
        raise _refuse(path, "ce n'est pas un paquet de données Territoria.")
    version = manifest.get("format_version")
    if not isinstance(version, str) or not version.replace(".", "").isdigit() or "." not in version:
        raise _refuse(path, f"version de format invalide : {version!r}.")
    if fmt.version_tuple(version)[0] > fmt.FORMAT_MAJOR:
        raise _refuse(path, f"format {version}, plus récent que celui de cette application "
                            f"({fmt.FORMAT_VERSION}) : mettez Territoria à jour.")
    if fmt.version_tuple(version)[0] < fmt.FORMAT_MAJOR:
        raise _refuse(path, f"format {version} inconnu.")
    minimum = manifest.get("min_app_version")
    if not isinstance(minimum, str):
        raise _refuse(path, "version minimale de l'application absente du manifeste.")
    if fmt.version_tuple(minimum) > fmt.version_tuple(__version__):
        raise _refuse(path, f"il demande Territoria {minimum} ou plus récent (version installée : {__version__}).")
    publisher = manifest.get("publisher")
    if not isinstance(publisher, dict) or not isinstance(publisher.get("id"), str) \
            or not fmt.PUBLISHER_ID.match(publisher["id"]) or publisher["id"] in fmt.RESERVED_PUBLISHERS \
            or not isinstance(publisher.get("name"), str):
        raise _refuse(path, "éditeur absent ou invalide dans le manifeste.")
    edition = manifest.get("edition")
    if not isinstance(edition, str) or not fmt.EDITION.match(edition):
        raise _refuse(path, f"édition invalide : {edition!r}.")
    for key, kind in (("members", dict), ("counts", dict), ("signer", dict)):
        if not isinstance(manifest.get(key), kind):
            raise _refuse(path, f"« {key} » absent ou invalide dans le manifeste.")
    if publisher.get("contact") is not None and not isinstance(publisher["contact"], str):
        raise _refuse(path, "contact de l'éditeur invalide dans le manifeste.")
    for key in ("title", "licence"):
        if manifest.get(key) is not None and not isinstance(manifest[key], str):
            raise _refuse(path, f"« {key} » invalide dans le manifeste.")
    return manifest


def manifest_info(
    path: Path, manifest: dict[str, Any], manifest_bytes: bytes, signer: str, notes: tuple[str, ...]
) -> PackInfo:
    """The ``PackInfo`` of a parsed manifest."""
    next_key = manifest.get("next_key")
    counts = manifest["counts"]
    return PackInfo(
        path=path,
        format_version=manifest["format_version"],
        publisher_id=manifest["publisher"]["id"],
        publisher_name=manifest["publisher"]["name"],
        edition=manifest["edition"],
        title=manifest.get("title") or "",
        licence=manifest.get("licence"),
        contact=manifest["publisher"].get("contact"),
        min_app_version=manifest["min_app_version"],
        fingerprint=signer,
        counts=tuple((kind, int(counts[kind])) for kind in fmt.KINDS if kind in counts),
        manifest_sha256=hashlib.sha256(manifest_bytes).hexdigest(),
        next_key_fingerprint=next_key.get("fingerprint") if isinstance(next_key, dict) else None,
        notes=notes,
    )


@dataclass(frozen=True)
class SignedContent:
    """A pack whose structure, signer, signature and member hashes are verified."""

    manifest: dict[str, Any]
    manifest_bytes: bytes
    members: dict[str, bytes]
    signer: str  # fingerprint of the trusted key that signed it


def verify_pack(path: Path, trust: TrustStore, context: PackContext) -> VerifiedPack:
    """Verify the pack at ``path`` completely; raise ``PackError`` (French reason) otherwise.

    ``context`` gives the seed ids and geography codes the records may name: those of the
    town hall's database for an import, of the app's seed for ``pack verify``.
    """
    signed = verify_signed_content(path, trust)
    manifest = signed.manifest
    allowed = {fmt.record_member(kind): kind for kind in fmt.KINDS}
    records, notes = _read_records(path, signed.members, manifest["members"], allowed, manifest["counts"])
    if fmt.version_tuple(manifest["format_version"]) > fmt.version_tuple(fmt.FORMAT_VERSION):
        notes = (f"Format {manifest['format_version']} plus récent que {fmt.FORMAT_VERSION} : "
                 "les champs inconnus sont ignorés.", *notes)
    _validate_records(path, records, context)
    next_key = manifest.get("next_key")
    raw_next = decode_raw_key(str(next_key["public_key"]), "clé suivante") if next_key else None
    return VerifiedPack(manifest_info(path, manifest, signed.manifest_bytes, signed.signer, notes), records, raw_next)


def verify_signed_content(path: Path, trust: TrustStore) -> SignedContent:
    """Steps 1 to 6 of the verification (everything but the records' own validation)."""
    members = read_zip(path)
    if "contribution.json" in members:  # what ``contribution export`` writes
        raise _refuse(path, "c'est une contribution de mairie, pas un paquet de catalogue : "
                            "elle se relit avec « territoria contribution review ».")
    if fmt.MANIFEST not in members or fmt.SIGNATURE not in members:
        raise _refuse(path, f"fichiers manquants : {fmt.MANIFEST} et {fmt.SIGNATURE} sont obligatoires.")
    manifest_bytes = members[fmt.MANIFEST]
    manifest = parse_manifest(path, manifest_bytes)
    listed = manifest["members"]
    allowed = {fmt.record_member(kind): kind for kind in fmt.KINDS}
    unknown = sorted(name for name in listed if name not in allowed)
    if unknown:
        raise _refuse(path, f"fichiers inconnus annoncés : {', '.join(unknown)}.")
    expected = {fmt.MANIFEST, fmt.SIGNATURE, *listed}
    actual = set(members)
    if actual != expected:
        parts = []
        if expected - actual:
            parts.append("fichiers manquants : " + ", ".join(sorted(expected - actual)))
        if actual - expected:
            parts.append("fichiers en trop : " + ", ".join(sorted(actual - expected)))
        raise _refuse(path, " ; ".join(parts) + ".")

    publisher_id = manifest["publisher"]["id"]
    signer_fp = str(manifest["signer"].get("fingerprint", ""))
    trusted = trust.get(signer_fp)
    if trusted is None:
        raise _refuse(path, f"il est signé par une clé qui n'est pas de confiance (empreinte {signer_fp}). "
                            "Ajoutez la clé publique de l'agence avec « territoria trust add » si vous la "
                            "connaissez par un canal sûr.")
    if trusted.publishers and publisher_id not in trusted.publishers:
        raise _refuse(path, f"la clé {signer_fp} est de confiance pour « {', '.join(trusted.publishers)} », "
                            f"pas pour l'éditeur « {publisher_id} ».")
    others = [k.fingerprint for k in trust.key_for_publisher(publisher_id) if k.fingerprint != signer_fp]
    if not trusted.publishers and others:
        raise _refuse(path, f"l'éditeur « {publisher_id} » signe avec une autre clé ({', '.join(others)}).")
    try:
        signature = base64.b64decode(members[fmt.SIGNATURE].strip(), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise _refuse(path, "signature illisible.") from exc
    if not signature_is_valid(trusted.raw, signature, manifest_bytes):
        raise _refuse(path, "la signature ne correspond pas au manifeste (paquet modifié ou contrefait).")

    for name, digest in listed.items():
        if hashlib.sha256(members[name]).hexdigest() != digest:
            raise _refuse(path, f"le contenu de « {name} » a été modifié depuis la signature.")
    next_key = manifest.get("next_key")
    if next_key is not None:
        if not isinstance(next_key, dict):
            raise _refuse(path, "clé suivante invalide.")
        raw = decode_raw_key(str(next_key.get("public_key", "")), "clé suivante")
        if fingerprint(raw) != next_key.get("fingerprint"):
            raise _refuse(path, "l'empreinte de la clé suivante ne correspond pas à la clé.")

    return SignedContent(manifest, manifest_bytes, members, signer_fp)


def _read_records(
    path: Path, members: dict[str, bytes], listed: dict[str, str], allowed: dict[str, str], counts: dict[str, Any]
) -> tuple[dict[str, list[dict[str, Any]]], tuple[str, ...]]:
    records: dict[str, list[dict[str, Any]]] = {kind: [] for kind in fmt.KINDS}
    notes: list[str] = []
    for name in listed:
        kind = allowed[name]
        try:
            rows = json.loads(members[name].decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError) as exc:
            raise _refuse(path, f"« {name} » n'est pas du JSON valide.") from exc
        if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
            raise _refuse(path, f"« {name} » doit être une liste de fiches.")
        if counts.get(kind) != len(rows):
            raise _refuse(path, f"« {name} » contient {len(rows)} fiches, le manifeste en annonce {counts.get(kind)}.")
        unknown = sorted({key for row in rows for key in row} - KNOWN_FIELDS[kind])
        if unknown:
            notes.append(f"{kind} : champs inconnus ignorés ({', '.join(unknown)}).")
        records[kind] = rows
    if set(counts) - {allowed[name] for name in listed}:
        raise _refuse(path, "le manifeste compte des fiches sans fichier correspondant.")
    return records, tuple(notes)


def _validate_records(path: Path, records: dict[str, list[dict[str, Any]]], context: PackContext) -> None:
    from territoria.store.seed.curated import CuratedData, validate_curated

    data = CuratedData({kind: list(rows) for kind, rows in records.items()})
    problems = validate_curated(data, known=context.known, geography=context.geography)
    if problems:
        shown = problems[:20]
        more = f"\n- … et {len(problems) - 20} autres" if len(problems) > 20 else ""
        listed = fmt.locate_problems("\n".join(f"- {p}" for p in shown), fmt.RECORDS_DIR + "{kind}.json")
        raise _refuse(path, "fiches invalides :\n" + listed + more)
