"""Names of the reference geography, read once for the catalogue importers' name matching."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from territoria.store.models import Commune, Departement, Epci, Region


@dataclass(frozen=True, slots=True)
class GeoNames:
    """Plain rows of every région, département, EPCI and commune."""

    #: (code, name)
    regions: tuple[tuple[str, str], ...]
    #: (code, name, region_code)
    departements: tuple[tuple[str, str, str], ...]
    #: (siren, name, kind, region codes of its member communes)
    epcis: tuple[tuple[str, str, str, frozenset[str]], ...]
    #: (insee, name, departement_code, region_code, population)
    communes: tuple[tuple[str, str, str, str, int], ...]


def load_geo_names(session: Session) -> GeoNames:
    """Read the names of the reference geography (four queries)."""
    communes = tuple(tuple(r) for r in session.execute(select(Commune.insee, Commune.name, Commune.departement_code,
                                            Commune.region_code, Commune.population, Commune.epci_siren)))
    epci_regions: dict[str, set[str]] = {}
    for _, _, _, region, _, siren in communes:
        if siren:
            epci_regions.setdefault(siren, set()).add(region)
    return GeoNames(
        regions=tuple(tuple(r) for r in session.execute(select(Region.code, Region.name))),
        departements=tuple(tuple(r) for r in session.execute(select(Departement.code, Departement.name,
                                                                    Departement.region_code))),
        epcis=tuple((s, n, k, frozenset(epci_regions.get(s, ()))) for s, n, k in
                    session.execute(select(Epci.siren, Epci.name, Epci.kind))),
        communes=tuple((c[0], c[1], c[2], c[3], c[4] or 0) for c in communes),
    )
