"""What a pack's records may name outside the pack: seed ids and geography codes."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from territoria.services.packs import format as fmt
from territoria.store.seed.fields import Geography, geography_of, seed_ids


@dataclass(frozen=True, slots=True)
class PackContext:
    """The seed ids by kind and the geography codes a pack is validated against."""

    known: dict[str, set[str]]
    geography: Geography


def context_of(database_file: Path) -> PackContext:
    """Seed ids and geography of a Territoria database (the app's seed, or the user's base)."""
    return PackContext(seed_ids(str(database_file), fmt.CITABLE_KINDS), geography_of(str(database_file)))


def context_of_database(engine: Engine) -> PackContext:
    """Seed ids and geography of an open database: the user's file or a server's catalogue."""
    from territoria.store.pack_reference import reference_of

    known, geography = reference_of(engine, fmt.CITABLE_KINDS)
    return PackContext(known, geography)
