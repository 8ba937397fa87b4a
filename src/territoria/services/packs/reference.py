"""What a pack's records may name outside the pack: seed ids and geography codes."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from territoria.services.packs import format as fmt
from territoria.store.seed.fields import Geography, geography_of


@dataclass(frozen=True, slots=True)
class PackContext:
    """The seed ids by kind and the geography codes a pack is validated against."""

    known: dict[str, set[str]]
    geography: Geography


def context_of(database_file: Path) -> PackContext:
    """Seed ids and geography of a Territoria database (the app's seed, or the user's base)."""
    connection = sqlite3.connect(f"file:{database_file}?mode=ro", uri=True)
    try:
        known = {
            kind: {r[0] for r in connection.execute(f"SELECT slug FROM {kind} WHERE origin = 'seed'")}
            for kind in fmt.CITABLE_KINDS
        }
    finally:
        connection.close()
    return PackContext(known, geography_of(str(database_file)))
