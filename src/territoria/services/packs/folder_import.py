"""Load a pack source folder (``import-catalogue``'s output) straight into the catalogue.

An agency's editorial team that imports an outside catalogue (PSTW, Aides-territoires, a
table) into its shared catalogue has nothing to sign: the records are validated exactly as
``pack build`` validates them, then written as the publisher's records through the very
merge of ``pack import`` (one transaction, the server's import lock, the search index kept
in step, the ``packs`` row as provenance with ``UNSIGNED`` in place of a key fingerprint).
To reach the town halls, the team publishes them with ``pack build --from-database``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from territoria.domain.reasons import Reason
from territoria.services.database import Database
from territoria.services.packs import format as fmt
from territoria.services.packs.build import _check_licence, canonical_json, load_folder, read_pack_toml
from territoria.services.packs.info import KindChanges
from territoria.services.packs.reference import context_of_database
from territoria.services.progress import NullProgress, Progress

#: The ``packs.fingerprint`` of records loaded from a folder (no signing key involved).
UNSIGNED: Final = "non signé"


@dataclass(frozen=True, slots=True)
class FolderLoadResult:
    """What loading a folder did."""

    publisher_id: str
    publisher_name: str
    edition: str
    previous_edition: str | None
    changes: tuple[KindChanges, ...]
    backup: Path | None  # None on a server: its transaction stands in for the file copy


def load_pack_folder(db: Database, folder: Path, backups: Path, *, allow_downgrade: bool = False,
                     wait: float | None = None, progress: Progress | None = None) -> FolderLoadResult:
    """Validate ``folder`` (``pack.toml`` + TOML records) and write its records into ``db``.

    Raises ``PackError`` (French, nothing changed) for an invalid folder, an edition not newer
    than the installed one (unless ``allow_downgrade``), colliding ids, a busy or failing server.
    """
    from territoria.services.packs.importer import apply_records
    from territoria.store.backup import make_backup
    from territoria.store.import_transaction import keeps_file_backups

    progress = progress or NullProgress()
    progress.step(0, 1, Reason.of("progress_folder_check"))
    meta = read_pack_toml(folder)
    records = load_folder(folder, context_of_database(db.engine))
    _check_licence(meta, records["sources"])
    counts = {kind: len(records[kind]) for kind in fmt.KINDS if records[kind]}
    digest = hashlib.sha256(b"".join(canonical_json(records[kind]) for kind in fmt.KINDS)).hexdigest()
    publisher = {
        "publisher_id": meta["publisher_id"], "publisher_name": meta["publisher_name"], "edition": meta["edition"],
        "title": meta["title"], "licence": meta.get("licence"), "contact": meta.get("contact"),
        "fingerprint": UNSIGNED, "format_version": fmt.FORMAT_VERSION, "counts": counts, "manifest_sha256": digest,
    }
    backup = None
    if keeps_file_backups(db.engine):
        progress.step(0, 1, Reason.of("progress_backup"))
        backup = make_backup(db.path, backups, "avant-catalogue")
    installed, changes = apply_records(db, publisher, records, folder.name, progress,
                                       allow_downgrade=allow_downgrade, wait=wait)
    return FolderLoadResult(meta["publisher_id"], meta["publisher_name"], meta["edition"], installed, changes, backup)
