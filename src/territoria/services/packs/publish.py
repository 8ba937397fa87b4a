"""``pack build --from-database``: a signed pack of one publisher's records, straight from the catalogue.

The editorial team's work on the shared catalogue (imported packs and catalogues, records
edited on the server) reaches the offline town halls as an ordinary ``.territoria`` pack:
the publisher's records are read back as pack records, written as a pack source folder
(``pack.toml`` + the TOML files of ``data/curated``'s format) in a temporary folder, and
built by :func:`~territoria.services.packs.build.build_pack` — the same validation, format
and signature as a pack built from an agency's folder.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from datetime import date
from pathlib import Path

from territoria.services.database import Database
from territoria.services.packs import format as fmt
from territoria.services.packs.build import build_pack
from territoria.services.packs.errors import PackError
from territoria.services.packs.info import BuildResult
from territoria.services.packs.keys import PublicKey
from territoria.services.packs.reference import context_of_database


def next_edition(installed: str | None, today: date | None = None) -> str:
    """Today's date as an edition, or its next revision (``AAAA-MM-JJ.N``) when ``installed``
    is today's or later: the new pack always supersedes what the town halls have."""
    edition = (today or date.today()).isoformat()
    if installed is None or fmt.edition_key(edition) > fmt.edition_key(installed):
        return edition
    match = re.match(r"^(\d{4}-\d{2}-\d{2})(?:\.(\d+))?$", installed)
    base, revision = (match.group(1), int(match.group(2) or 0)) if match else (edition, 0)
    return f"{base}.{revision + 1}"


def build_from_database(db: Database, publisher_id: str, key_path: Path, output: Path, passphrase: str | None,
                        *, edition: str | None = None, next_key: PublicKey | None = None) -> BuildResult:
    """Write the signed pack ``output`` of ``publisher_id``'s records in ``db`` (a file or a server).

    The publisher's name, title, licence and contact come from its ``packs`` row; the edition
    is ``edition`` or :func:`next_edition`. Raises ``PackError`` (French, nothing written) for
    an unknown publisher, a publisher without records, or records that would not validate.
    """
    from territoria.services.importers.writer import dump_toml
    from territoria.store.models import Pack
    from territoria.store.pack_export import publisher_records
    from territoria.store.seed.curated import FILES

    with db.session() as session:
        pack = session.get(Pack, publisher_id)
        meta = None if pack is None else {
            "publisher_id": pack.publisher_id, "publisher_name": pack.publisher_name, "title": pack.title or
            f"Catalogue de {pack.publisher_name}", "licence": pack.licence, "contact": pack.contact,
            "edition": edition or next_edition(pack.edition)}
    if meta is None:
        raise PackError(f"Aucun éditeur « {publisher_id} » dans la base (voir « territoria pack list ») : "
                        "aucun paquet n'a été écrit.")
    with db.engine.connect() as connection:
        records = publisher_records(connection, publisher_id)
    if not any(records.values()):
        raise PackError(f"L'éditeur « {publisher_id} » n'a aucune fiche dans la base : aucun paquet n'a été écrit.")
    folder = Path(tempfile.mkdtemp(prefix="territoria-publish-"))
    try:
        (folder / "pack.toml").write_text(dump_toml({k: v for k, v in meta.items() if v}), encoding="utf-8")
        for kind, rows in records.items():
            if rows:
                (folder / f"{kind}.toml").write_text(dump_toml({FILES[kind]: rows}), encoding="utf-8")
        return build_pack(folder, key_path, output, passphrase, context_of_database(db.engine), next_key)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
