"""What the map names: départements and régions, the chosen collectivité's département,
and the counts of a search by département."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import select

from territoria.services.communes import find_place
from territoria.services.database import Database
from territoria.services.profile import load_choice
from territoria.store.models import Departement, Region


@dataclass(frozen=True, slots=True)
class MapPlaces:
    """Names of the départements (with their région) and régions, excluding overseas collectivities."""

    #: code -> (name, région code)
    departements: Mapping[str, tuple[str, str]]
    #: code -> name
    regions: Mapping[str, str]

    def name(self, code: str) -> str:
        """The département's name ("" when unknown)."""
        found = self.departements.get(code)
        return found[0] if found else ""

    def region_of(self, code: str) -> str | None:
        """The région code of département ``code``."""
        found = self.departements.get(code)
        return found[1] if found else None

    def region_members(self) -> dict[str, list[str]]:
        """``{région code: [département codes]}``."""
        members: dict[str, list[str]] = {}
        for code, (_name, region) in sorted(self.departements.items()):
            members.setdefault(region, []).append(code)
        return members


def map_places(db: Database) -> MapPlaces:
    """The départements and régions of the database (the overseas collectivities left out)."""
    with db.session() as session:
        departements = {code: (name, region) for code, name, region in session.execute(
            select(Departement.code, Departement.name, Departement.region_code).where(Departement.zone != "com"))}
        regions = {code: name for code, name in session.execute(
            select(Region.code, Region.name).where(Region.zone != "com"))}
    return MapPlaces(departements, regions)


def departement_counts(facets: Mapping[str, Sequence[object]]) -> dict[str, int]:
    """``{département code: count}`` from facet counts (``FacetIndex.counts`` or ``facet_counts``)."""
    return {value.slug: value.count for value in facets.get("departement", ())  # type: ignore[attr-defined]
            if value.slug != "none"}  # type: ignore[attr-defined]


def chosen_departements(db: Database) -> tuple[str, ...]:
    """The départements of the collectivité chosen in "Ma commune" (all of a région's; none if unset)."""
    choice = load_choice(db)
    if choice is None:
        return ()
    place = find_place(db, choice.kind, choice.code)
    if place is None:
        return ()
    if place.kind == "region" and place.region_code:
        return tuple(sorted(code for code, (_n, region) in map_places(db).departements.items()
                            if region == place.region_code))
    return (place.departement_code,) if place.departement_code else ()
