"""Helpers of the data-pack tests: a pack source folder, keys, built packs, tampered copies."""

from __future__ import annotations

import base64
import hashlib
import json
import zipfile
from pathlib import Path
from typing import Any

from territoria.services.packs import format as fmt
from territoria.services.packs.archive import write_zip
from territoria.services.packs.build import build_pack
from territoria.services.packs.keys import SigningKey, generate_key
from territoria.services.packs.reference import context_of
from territoria.services.packs.trust import TrustStore

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "data" / "seed.sqlite"
PASSPHRASE = "correct horse battery staple"

PACK_TOML = """publisher_id = "{publisher}"
publisher_name = "{name}"
edition = "{edition}"
title = "Catalogue de {name}"
licence = "etalab-2.0"
contact = "donnees@arnia.example"
"""

SOURCES = """[[source]]
id = "veille-2026"
title = "Veille ARNia 2026"
publisher = "ARNia"
published = "2026-02-01"
url = "https://arnia.example/veille-2026"
"""

ORGANISATIONS = """[[organisation]]
id = "mairie-caen"
name = "Ville de Caen"
kind = "commune"
commune_insee = "14118"
sources = ["veille-2026"]
"""


def initiative_toml(rid: str, title: str, **extra: Any) -> str:
    """One [[initiative]] table led by the pack's Caen organisation."""
    lines = [
        "[[initiative]]", f'id = "{rid}"', f'title = "{title}"',
        'summary = "Un assistant conversationnel répond aux habitants sur les démarches."',
        'lead = "mairie-caen"', 'themes = ["public_services"]', 'techniques = ["chatbot"]',
        'status = "pilot"', 'start_date = "2025-09"', 'budget_eur = 18000', 'sources = ["veille-2026"]',
        'partners = ["bpifrance"]' if extra.pop("seed_partner", True) else "",
    ]
    lines += [f"{k} = {json.dumps(v, ensure_ascii=False)}" for k, v in extra.items()]
    return "\n".join(line for line in lines if line) + "\n"


def write_folder(folder: Path, *, publisher: str = "arnia", name: str = "ARNia", edition: str = "2026-03-03",
                 initiatives: list[str] | None = None, extra_files: dict[str, str] | None = None) -> Path:
    """A valid pack source folder (two initiatives unless ``initiatives`` says otherwise)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "pack.toml").write_text(PACK_TOML.format(publisher=publisher, name=name, edition=edition), "utf-8")
    (folder / "sources.toml").write_text(SOURCES, "utf-8")
    (folder / "organisations.toml").write_text(ORGANISATIONS, "utf-8")
    if initiatives is None:
        initiatives = [
            initiative_toml("chatbot-caen", "Assistant conversationnel de Caen"),
            initiative_toml("tri-courrier", "Tri automatique du courrier de la mairie",
                            place_commune_insee="61376", seed_partner=False),
        ]
    (folder / "initiatives.toml").write_text("\n".join(initiatives), "utf-8")
    for file_name, text in (extra_files or {}).items():
        (folder / file_name).write_text(text, "utf-8")
    return folder


def make_key(folder: Path, name: str = "arnia.key", publisher: str | None = None) -> Path:
    """An encrypted key pair ``folder/name`` (+ ``.pub``)."""
    return generate_key(folder / name, PASSPHRASE, publisher).private_path


def build(folder: Path, key: Path, output: Path, next_key=None) -> Path:
    """Build the pack of ``folder`` signed by ``key`` against the committed seed."""
    return build_pack(folder, key, output, PASSPHRASE, context_of(SEED), next_key).path


def trust_store(config: Path, *keys: Path, installer: Path | None = None) -> TrustStore:
    """A trust store in ``config`` trusting the public halves of ``keys``."""
    store = TrustStore(config, installer)
    for key in keys:
        store.add_file(key.with_name(key.name + ".pub"))
    return store


def members_of(pack: Path) -> dict[str, bytes]:
    """The members of a pack, in order."""
    with zipfile.ZipFile(pack) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def resign(pack: Path, key: Path, output: Path, *, manifest_edit=None, members_edit=None,
           raw_manifest: bytes | None = None) -> Path:
    """Rewrite ``pack`` with edited manifest/members, member hashes recomputed and re-signed by ``key``.

    Lets a test reach the checks that come after the signature (a validly signed but wrong pack).
    """
    members = members_of(pack)
    manifest = json.loads(members.pop(fmt.MANIFEST))
    members.pop(fmt.SIGNATURE)
    if members_edit:
        members_edit(members)
    manifest["members"] = {name: hashlib.sha256(data).hexdigest() for name, data in members.items()}
    if manifest_edit:
        manifest_edit(manifest)
    manifest_bytes = raw_manifest if raw_manifest is not None else json.dumps(manifest, indent=2).encode()
    signature = base64.b64encode(SigningKey(key, PASSPHRASE).sign(manifest_bytes)) + b"\n"
    return write_zip(output, {fmt.MANIFEST: manifest_bytes, fmt.SIGNATURE: signature, **members})


def table_digest(database: Path, tables: tuple[str, ...]) -> str:
    """SHA-256 over the rows of ``tables`` (``packs.imported_at`` left out)."""
    import sqlite3

    connection = sqlite3.connect(database)
    digest = hashlib.sha256()
    try:
        for table in tables:
            columns = [r[1] for r in connection.execute(f"PRAGMA table_info({table})") if r[1] != "imported_at"]
            order = ", ".join(str(i + 1) for i in range(len(columns)))
            for row in connection.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY {order}"):
                digest.update(repr(row).encode())
    finally:
        connection.close()
    return digest.hexdigest()


CONTENT_TABLES = (
    "sources", "organisations", "programmes", "schemes", "initiatives", "figures", "events", "packs",
    "initiative_sources", "initiative_partners", "initiative_themes", "initiative_techniques", "funding",
    "organisation_sources", "user_selection", "user_notes",
)
