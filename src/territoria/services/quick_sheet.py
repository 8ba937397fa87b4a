"""What the one-pager of one initiative prints, read without SQLAlchemy (``export-pdf --initiative``).

A new ``territoria export-pdf`` process spent most of its time importing the ORM for one
record (BENCHMARKS.md, « one-pager PDF, cold »). :func:`read_quick_sheet` reads the same
facts through ``store.quick_read`` and converts them with the same code as
``services.records`` (``services.record_details``), so the page is the same. It answers None
whenever the normal path must run instead: no database yet, a schema to migrate, a newer
seed to merge, bundled packs to import, an unknown record (whose French message the normal
path gives), or anything odd in the file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from territoria.config import Paths
from territoria.services.record_details import InitiativeDetail, PlaceRef, initiative_detail


@dataclass(frozen=True, slots=True)
class QuickSheet:
    """The record and the facts around it that the one-pager prints."""

    detail: InitiativeDetail
    data_edition: str | None
    #: ``(kind, name)`` of the collectivité remembered in "Ma commune" (the default letterhead), or None.
    chosen_place: tuple[str, str] | None
    #: The user's private note, when asked for and written.
    note: str | None


def _installed_seed() -> Path:
    """The seed ``services.database.open_database`` compares the database with."""
    from territoria.resources import seed_path

    try:
        return seed_path()
    except FileNotFoundError:
        return Path("data/seed.sqlite")


def read_quick_sheet(paths: Paths, initiative_id: int, *, with_note: bool = False) -> QuickSheet | None:
    """The one-pager facts of ``initiative_id`` read directly, or None: take the normal path."""
    from territoria.domain.provenance import provenance_line
    from territoria.store.migrate import HEAD
    from territoria.store.quick_read import open_ready

    reader = open_ready(paths.database, HEAD, _installed_seed())
    if reader is None:
        return None
    try:
        record = reader.initiative(initiative_id)
        if record is None:
            return None
        place = PlaceRef(commune_insee=record.commune_insee, epci_siren=record.epci_siren,
                         departement_code=record.departement_code, region_code=record.region_code,
                         **reader.place_names(record.commune_insee, record.epci_siren, record.departement_code,
                                              record.region_code))
        provenance = None
        if record.pack_publisher:  # as services.records: the publisher's id once its pack is removed
            publisher = reader.pack_publisher_name(record.pack_publisher)
            publisher = record.pack_publisher if publisher is None else publisher
            provenance = provenance_line(publisher, record.pack_edition or "")
        detail = initiative_detail(record, place, provenance)
        chosen = reader.chosen_place()
        chosen_name = reader.place_name(*chosen) if chosen else None
        return QuickSheet(detail=detail, data_edition=reader.meta("data_edition"),
                          chosen_place=(chosen[0], chosen_name) if chosen and chosen_name else None,
                          note=reader.note("initiative", detail.slug) if with_note else None)
    except Exception:  # noqa: BLE001 - a damaged file: the normal path reports it in French
        return None
    finally:
        reader.close()
