"""Derived columns of an initiative: its effective place, lead kind and population.

Called whenever an initiative is written (seed build, data packs, local edits) so the
facet and ranking columns never drift from the organisation and place they come from.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from territoria.domain.text import fold
from territoria.domain.vocab import COLLECTIVITE_KINDS
from territoria.store.models import Commune, Departement, Epci, Initiative, Organisation, Region


def _commune_place(session: Session, insee: str) -> tuple[str | None, str | None, str | None, str | None]:
    commune = session.get(Commune, insee)
    if commune is None:
        return None, None, None, None
    return commune.insee, commune.epci_siren, commune.departement_code, commune.region_code


def epci_home(session: Session, siren: str) -> tuple[str | None, str | None]:
    """The (département, région) of an EPCI: those of its most populous member commune."""
    row = session.execute(
        select(Commune.departement_code, Commune.region_code)
        .where(Commune.epci_siren == siren)
        .order_by(Commune.population.desc(), Commune.insee)
        .limit(1)
    ).first()
    return (row[0], row[1]) if row else (None, None)


def apply_derived(session: Session, initiative: Initiative, overrides: dict[str, str] | None = None) -> None:
    """Fill the derived columns of ``initiative`` from its lead and optional place overrides.

    ``overrides`` may hold ``place_commune_insee``, ``place_epci_siren``,
    ``place_departement_code`` or ``place_region_code`` (the narrowest one wins). Without a
    lead, ``lead_population`` is the population of that place, so rankings compare sizes.
    """
    overrides = overrides or {}
    lead: Organisation | None = (
        session.get(Organisation, initiative.lead_id) if initiative.lead_id else initiative.lead
    )
    commune = epci = dep = reg = None
    population: int | None = None
    kind = lead.kind if lead is not None and lead.kind in COLLECTIVITE_KINDS else "other"

    if lead is not None:
        if lead.commune_insee:
            commune, epci, dep, reg = _commune_place(session, lead.commune_insee)
        elif lead.epci_siren:
            epci = lead.epci_siren
            dep, reg = epci_home(session, epci)
        elif lead.departement_code:
            dep = lead.departement_code
            departement = session.get(Departement, dep)
            reg = departement.region_code if departement else lead.region_code
        elif lead.region_code:
            reg = lead.region_code
        if kind == "commune" and commune:
            population = session.get(Commune, commune).population
        elif kind == "epci" and epci:
            population = session.get(Epci, epci).population
        elif kind == "departement" and dep:
            population = session.get(Departement, dep).population
        elif kind == "region" and reg:
            population = session.get(Region, reg).population

    if overrides.get("place_commune_insee"):
        commune, epci, dep, reg = _commune_place(session, overrides["place_commune_insee"])
    elif overrides.get("place_epci_siren"):
        commune, epci = None, overrides["place_epci_siren"]
        dep, reg = epci_home(session, epci)
    elif overrides.get("place_departement_code"):
        commune, epci, dep = None, None, overrides["place_departement_code"]
        departement = session.get(Departement, dep)
        reg = departement.region_code if departement else None
    elif overrides.get("place_region_code"):
        commune = epci = dep = None
        reg = overrides["place_region_code"]

    if lead is None:
        # no lead (the source does not name it): rank by the size of the place it runs in
        population = _place_population(session, commune, epci, dep, reg)

    initiative.commune_insee, initiative.epci_siren = commune, epci
    initiative.departement_code, initiative.region_code = dep, reg
    initiative.lead_kind = kind
    initiative.title_key = fold(initiative.title or "")
    initiative.lead_population = population
    start = initiative.start_date or ""
    initiative.start_year = int(start[:4]) if start[:4].isdigit() else None
    initiative.has_money = initiative.budget_eur is not None or any(
        money.amount_eur is not None for money in initiative.funding
    )


def _place_population(session: Session, commune: str | None, epci: str | None, dep: str | None,
                      reg: str | None) -> int | None:
    """Population of the narrowest known place (commune, EPCI, département, région)."""
    for model, code in ((Commune, commune), (Epci, epci), (Departement, dep), (Region, reg)):
        if code:
            row = session.get(model, code)
            return row.population if row is not None else None
    return None


def population_totals(session: Session) -> None:
    """Set départements' and régions' populations to the sum of their communes'."""
    for model, column in ((Departement, Commune.departement_code), (Region, Commune.region_code)):
        totals = dict(session.execute(select(column, func.sum(Commune.population)).group_by(column)).all())
        for row in session.scalars(select(model)):
            row.population = int(totals.get(row.code, 0))


class PlaceIndex:
    """The reference geography in memory, to derive the columns of many initiatives at once.

    :meth:`derive` gives exactly what :func:`apply_derived` writes (a test compares them on
    the seed), without one query per row: a data pack of 100,000 initiatives needs it.
    """

    def __init__(self, connection) -> None:  # a SQLAlchemy Connection
        """Read communes, EPCI, départements and régions through ``connection``."""
        rows = connection.exec_driver_sql(
            "SELECT insee, population, epci_siren, departement_code, region_code FROM communes"
        ).fetchall()
        self.communes = {r[0]: (r[1] or 0, r[2], r[3], r[4]) for r in rows}
        self.epci = dict(connection.exec_driver_sql("SELECT siren, population FROM epci").fetchall())
        self.departements = {
            r[0]: (r[1], r[2] or 0)
            for r in connection.exec_driver_sql("SELECT code, region_code, population FROM departements")
        }
        self.regions = dict(connection.exec_driver_sql("SELECT code, population FROM regions").fetchall())
        self._epci_home: dict[str, tuple[str | None, str | None]] | None = None

    @property
    def epci_home(self) -> dict[str, tuple[str | None, str | None]]:
        """(département, région) of each EPCI, computed on first use (most packs need none)."""
        if self._epci_home is None:
            self._epci_home = {}
            # same order as epci_home(): most populous member first, then INSEE code
            for _insee, (_pop, siren, dep, reg) in sorted(self.communes.items(), key=lambda kv: (-kv[1][0], kv[0])):
                if siren and siren not in self._epci_home:
                    self._epci_home[siren] = (dep, reg)
        return self._epci_home

    def _place_population(self, commune: str | None, epci: str | None, dep: str | None,
                          reg: str | None) -> int | None:
        if commune:
            return self.communes[commune][0] if commune in self.communes else None
        if epci:
            return self.epci.get(epci)
        if dep:
            return self.departements[dep][1] if dep in self.departements else None
        if reg:
            return self.regions.get(reg)
        return None

    def _commune(self, insee: str) -> tuple[str | None, str | None, str | None, str | None]:
        row = self.communes.get(insee)
        return (insee, row[1], row[2], row[3]) if row else (None, None, None, None)

    def derive(
        self, lead: dict | None, overrides: dict[str, str], title: str, start_date: str | None,
        has_money: bool,
    ) -> dict:
        """Derived column values; ``lead`` has the organisation's kind and place columns."""
        commune = epci = dep = reg = None
        population: int | None = None
        kind = lead["kind"] if lead is not None and lead["kind"] in COLLECTIVITE_KINDS else "other"
        if lead is not None:
            if lead.get("commune_insee"):
                commune, epci, dep, reg = self._commune(lead["commune_insee"])
            elif lead.get("epci_siren"):
                epci = lead["epci_siren"]
                dep, reg = self.epci_home.get(epci, (None, None))
            elif lead.get("departement_code"):
                dep = lead["departement_code"]
                departement = self.departements.get(dep)
                reg = departement[0] if departement else lead.get("region_code")
            elif lead.get("region_code"):
                reg = lead["region_code"]
            if kind == "commune" and commune:
                population = self.communes[commune][0]
            elif kind == "epci" and epci:
                population = self.epci.get(epci)
            elif kind == "departement" and dep:
                population = self.departements[dep][1] if dep in self.departements else None
            elif kind == "region" and reg:
                population = self.regions.get(reg)
        if overrides.get("place_commune_insee"):
            commune, epci, dep, reg = self._commune(overrides["place_commune_insee"])
        elif overrides.get("place_epci_siren"):
            commune, epci = None, overrides["place_epci_siren"]
            dep, reg = self.epci_home.get(epci, (None, None))
        elif overrides.get("place_departement_code"):
            commune, epci, dep = None, None, overrides["place_departement_code"]
            departement = self.departements.get(dep)
            reg = departement[0] if departement else None
        elif overrides.get("place_region_code"):
            commune = epci = dep = None
            reg = overrides["place_region_code"]
        if lead is None:  # as apply_derived: rank by the size of the place it runs in
            population = self._place_population(commune, epci, dep, reg)
        start = start_date or ""
        return {
            "commune_insee": commune, "epci_siren": epci, "departement_code": dep, "region_code": reg,
            "lead_kind": kind, "lead_population": population, "title_key": fold(title or ""),
            "start_year": int(start[:4]) if start[:4].isdigit() else None, "has_money": has_money,
        }
