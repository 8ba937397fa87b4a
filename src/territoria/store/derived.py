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
