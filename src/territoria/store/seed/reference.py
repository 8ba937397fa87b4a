"""Read the pinned ``@etalab/decoupage-administratif`` package (kept as its npm tarball)."""

from __future__ import annotations

import hashlib
import json
import tarfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PACKAGE = "@etalab/decoupage-administratif"
VERSION = "6.0.0"
TARBALL = f"etalab-decoupage-administratif-{VERSION}.tgz"
#: sha256 of the tarball `npm pack @etalab/decoupage-administratif@6.0.0` gives.
SHA256 = "c189ffd5b33fe40c2f19e1a923ce557f190622f39228745d3195d746dfe00c4a"

#: Zones of the 18 régions (13 metropolitan + 5 overseas) and 101 départements. Overseas
#: collectivities (zone "com": Polynésie, Nouvelle-Calédonie…) are kept too, since their
#: communes are among the 34,969 current communes, but they are not counted as régions.
REGION_ZONES = ("metro", "drom")


@dataclass(frozen=True)
class ReferenceData:
    """The lists the seed needs, filtered as DESIGN.md says."""

    regions: list[dict[str, Any]]
    departements: list[dict[str, Any]]
    communes: list[dict[str, Any]]
    epci: list[dict[str, Any]]
    #: Arrondissements municipaux, communes déléguées and associées (each names its parent
    #: in ``commune`` or ``chefLieu``).
    aliases: list[dict[str, Any]] = field(default_factory=list)


def load_reference(tarball: Path) -> ReferenceData:
    """Load and filter the reference data; refuse a tarball whose checksum differs."""
    digest = hashlib.sha256(tarball.read_bytes()).hexdigest()
    if digest != SHA256:
        raise ValueError(
            f"{tarball} n'est pas la version épinglée de {PACKAGE} {VERSION} "
            f"(sha256 {digest}, attendu {SHA256})"
        )
    with tarfile.open(tarball, "r:gz") as archive:

        def read(name: str) -> list[dict[str, Any]]:
            member = archive.extractfile(f"package/data/{name}.json")
            assert member is not None
            return json.load(member)

        regions = read("regions")
        departements = read("departements")
        every_commune = read("communes")
        communes = [c for c in every_commune if c["type"] == "commune-actuelle"]
        aliases = [c for c in every_commune if c["type"] in ALIAS_TYPES]
        epci = read("epci")
    return ReferenceData(regions, departements, communes, epci, aliases)


#: Reference types of the communes stored as aliases, and the kind they get.
ALIAS_TYPES: dict[str, str] = {
    "arrondissement-municipal": "arrondissement",
    "commune-deleguee": "commune_deleguee",
    "commune-associee": "commune_associee",
}


def alias_parent(alias: dict[str, Any]) -> str | None:
    """The INSEE code of the current commune an alias belongs to."""
    return alias.get("commune") or alias.get("chefLieu")
