"""Packs bundled with an agency's installer: a fresh install already holds the agency's records.

The branding file lists signed packs (``resources/branding/packs``); when the database opens,
each one whose edition is newer than the edition installed for its publisher is verified
against the installer's keys and imported (backup first, one transaction, as any import).
The check is cheap when there is nothing to do: it reads each pack's manifest only.
"""

from __future__ import annotations

import json
import logging
import zipfile
from pathlib import Path

from territoria.errors import TerritoriaError
from territoria.services.branding import Branding
from territoria.services.database import Database
from territoria.services.packs.trust import TrustStore

log = logging.getLogger(__name__)


def _manifest_edition(path: Path) -> tuple[str, str] | None:
    """(publisher id, edition) read from a pack's manifest, unverified; ``None`` if unreadable."""
    from territoria.services.packs import format as fmt

    try:
        with zipfile.ZipFile(path) as archive, archive.open(fmt.MANIFEST) as member:
            manifest = json.loads(member.read(fmt.MAX_MANIFEST_BYTES))
        publisher = manifest["publisher"]
        return str(publisher["id"]), str(manifest["edition"])
    except (OSError, KeyError, TypeError, ValueError, zipfile.BadZipFile):
        return None


def pending_bundled_packs(db: Database, branding: Branding | None) -> list[Path]:
    """The bundled packs newer than what the database holds (manifests read, nothing verified)."""
    if branding is None or not branding.packs:
        return []
    from territoria.services.packs import format as fmt
    from territoria.services.packs.installed import list_packs

    installed = {pack.publisher_id: pack.edition for pack in list_packs(db)}
    pending = []
    for path in branding.packs:
        found = _manifest_edition(path)
        if found is None:
            log.warning("paquet fourni illisible : %s", path)
            continue
        publisher, edition = found
        current = installed.get(publisher)
        if current is None or fmt.edition_key(edition) > fmt.edition_key(current):
            pending.append(path)
    return pending


def import_bundled_packs(db: Database, branding: Branding | None, trust: TrustStore, backups: Path) -> list[str]:
    """Import the pending bundled packs; return a French line per pack imported.

    A pack that fails verification is logged and skipped: the app still opens (the build
    checked them, so this means a damaged installation, which ``check`` reports).
    """
    pending = pending_bundled_packs(db, branding)
    if not pending:
        return []
    from territoria.services.packs.importer import import_pack

    done = []
    for path in pending:
        try:
            result = import_pack(db, path, trust, backups)
        except TerritoriaError as exc:
            log.warning("paquet fourni non importé (%s) : %s", path.name, exc.message)
            continue
        done.append(f"{path.name} importé")
        log.info("bundled pack %s imported: %s", path.name, result)
    return done
