"""The watched folder: signed packs an agency drops in a shared folder or on a USB key.

At start-up the app asks :func:`newer_packs` which ``.territoria`` files of the folder are
valid, signed by a trusted key and newer than the edition installed for their publisher.
It reads a folder only (never the network); a file that is not a valid pack is skipped
(and logged), never reported as an error: the folder may hold anything.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from territoria.errors import TerritoriaError
from territoria.services.database import Database

log = logging.getLogger(__name__)

#: At most this many files are looked at (a shared folder may be large).
MAX_FILES = 200


@dataclass(frozen=True, slots=True)
class WatchedPack:
    """A pack of the watched folder worth importing."""

    path: Path
    publisher_id: str
    publisher_name: str
    edition: str
    installed_edition: str | None
    fingerprint: str


def newer_packs(db: Database, folder: Path, config_dir: Path) -> list[WatchedPack]:
    """Valid trusted packs of ``folder`` newer than what is installed, newest edition per publisher.

    An absent or unreadable folder gives an empty list.
    """
    from territoria.services.packs import format as fmt
    from territoria.services.packs.importer import verify_for
    from territoria.services.packs.installed import list_packs
    from territoria.services.packs.trust import open_trust_store

    folder = Path(folder)
    try:
        candidates = sorted(p for p in folder.iterdir() if p.suffix == fmt.PACK_SUFFIX and p.is_file())[:MAX_FILES]
    except OSError as exc:
        log.info("watched folder %s unreadable: %s", folder, exc)
        return []
    if not candidates:
        return []
    installed = {pack.publisher_id: pack.edition for pack in list_packs(db)}
    trust = open_trust_store(config_dir)
    best: dict[str, WatchedPack] = {}
    for path in candidates:
        try:
            info = verify_for(db, path, trust).info
        except TerritoriaError as exc:
            log.info("watched folder: %s skipped: %s", path.name, exc.message)
            continue
        current = installed.get(info.publisher_id)
        if current is not None and fmt.edition_key(info.edition) <= fmt.edition_key(current):
            continue
        found = best.get(info.publisher_id)
        if found is None or fmt.edition_key(info.edition) > fmt.edition_key(found.edition):
            best[info.publisher_id] = WatchedPack(path, info.publisher_id, info.publisher_name, info.edition,
                                                  current, info.fingerprint)
    return sorted(best.values(), key=lambda pack: (pack.publisher_name, pack.edition))
