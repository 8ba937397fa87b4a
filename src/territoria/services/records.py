"""Read models of single records: an initiative, a scheme, a programme, with everything
a detail pane, a PDF sheet or a comparison needs, as frozen dataclasses.

API:
- ``get_initiative(db, id) -> InitiativeDetail`` (raises ``NotFoundError``)
- ``get_initiatives(db, ids) -> list[InitiativeDetail]`` (same order as ``ids``, missing ids skipped)
- ``get_scheme(db, id) -> SchemeDetail`` / ``list_schemes(db) -> list[SchemeDetail]``
- ``get_programme(db, id) -> ProgrammeDetail`` / ``programmes_for_region(db, code)``
- ``data_edition`` is in ``services.meta``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from territoria.domain.urls import safe_url
from territoria.domain.vocab import LEAD_ATTRIBUTIONS
from territoria.errors import NotFoundError
from territoria.services import tolerant
from territoria.services.database import Database
from territoria.services.record_details import (  # noqa: F401 - the read models are re-exported from here
    FundingLine,
    InitiativeDetail,
    OrgRef,
    PlaceRef,
    SourceRef,
    initiative_detail,
    org_ref,
    source_ref,
    sorted_sources,
)
from territoria.store.models import (
    Commune,
    Departement,
    Epci,
    Funding,
    Initiative,
    Programme,
    Region,
    Scheme,
)


@dataclass(frozen=True, slots=True)
class SchemeDetail:
    """A support scheme, ready to show or to judge for eligibility."""

    id: int
    slug: str
    name: str
    programme_id: int | None
    programme_name: str | None
    operator: OrgRef | None
    summary: str
    audiences: tuple[str, ...]
    territory_scope: str
    territory_code: str | None
    territory_name: str | None
    aid_types: tuple[str, ...]
    amount_min_eur: float | None
    amount_max_eur: float | None
    rate_max_percent: float | None
    budget_eur: float | None
    opens: str | None
    closes: str | None
    recurrence: str | None
    url: str | None
    sources: tuple[SourceRef, ...]
    #: An opening announced without a date ("fin 2025"): not yet open until a source says so.
    opens_announced: str | None = None
    #: Financers besides the operator (an Aides-territoires aid often has several).
    funders: tuple[OrgRef, ...] = ()
    #: "aap" (appel à projets), "ami" (appel à manifestation d'intérêt) or None.
    call_type: str | None = None
    #: Id in the catalogue it was imported from ("aides-territoires:…").
    external_id: str | None = None
    #: For a scheme of an agency's data pack: "Source des données : ARNia, édition du 3 mars 2026".
    provenance: str | None = None
    #: The operator's web page (its contact), when known.
    operator_url: str | None = None


@dataclass(frozen=True, slots=True)
class BudgetMentionLine:
    """One budget figure of a programme with the source that gives it."""

    amount_eur: float
    qualifier: str | None
    label: str
    date: str | None
    source: SourceRef


@dataclass(frozen=True, slots=True)
class ProgrammeDetail:
    """A plan or programme, with every budget figure its sources give."""

    id: int
    slug: str
    name: str
    kind: str
    operator: OrgRef | None
    region_code: str | None
    region_name: str | None
    summary: str
    start_year: int | None
    end_year: int | None
    budget_eur: float | None
    budget_mentions: tuple[BudgetMentionLine, ...]
    url: str | None
    sources: tuple[SourceRef, ...]
    scheme_ids: tuple[int, ...]


# the conversions are shared with the one-pager's quick read (no SQLAlchemy there)
_source = source_ref
_sources = sorted_sources
_org = org_ref


def place_of(session: Session, commune: str | None, epci: str | None, dep: str | None, reg: str | None) -> PlaceRef:
    """Resolve place codes into names (one query per known level)."""
    commune_row = session.get(Commune, commune) if commune else None
    epci_row = session.get(Epci, epci) if epci else None
    dep_row = session.get(Departement, dep) if dep else None
    reg_row = session.get(Region, reg) if reg else None
    return PlaceRef(
        commune_insee=commune,
        commune_name=commune_row.name if commune_row else None,
        commune_population=commune_row.population if commune_row else None,
        epci_siren=epci,
        epci_name=epci_row.name if epci_row else None,
        departement_code=dep,
        departement_name=dep_row.name if dep_row else None,
        region_code=reg,
        region_name=reg_row.name if reg_row else None,
    )


@cache
def _initiative_load() -> tuple:
    # built on first use: creating loader options configures every ORM mapper (~40 ms),
    # which must not happen when the module is merely imported at start-up
    return (
        selectinload(Initiative.lead),
        selectinload(Initiative.partners),
        selectinload(Initiative.sources),
        selectinload(Initiative.themes),
        selectinload(Initiative.techniques),
        selectinload(Initiative.programme),
        selectinload(Initiative.funding).selectinload(Funding.funder),
        selectinload(Initiative.funding).selectinload(Funding.scheme),
    )


def _initiative(session: Session, i: Initiative) -> InitiativeDetail:
    return initiative_detail(i, place_of(session, i.commune_insee, i.epci_siren, i.departement_code, i.region_code),
                             _provenance(session, i.pack_publisher, i.pack_edition))


def _provenance(session: Session, publisher_id: str | None, edition: str | None) -> str | None:
    """The provenance line of a pack record (None for the seed's and the user's records)."""
    if not publisher_id:
        return None
    from territoria.domain.provenance import provenance_line
    from territoria.store.models import Pack

    pack = session.get(Pack, publisher_id)  # gone when the pack was removed but the record starred
    return provenance_line(pack.publisher_name if pack is not None else publisher_id, edition or "")


def get_initiative(db: Database, initiative_id: int) -> InitiativeDetail:
    """The initiative ``initiative_id``; raises ``NotFoundError`` (French message) if absent."""
    found = get_initiatives(db, [initiative_id])
    if not found:
        raise NotFoundError(f"Aucune initiative n'a le numéro {initiative_id}.")
    return found[0]


def get_initiatives(db: Database, ids: Sequence[int]) -> list[InitiativeDetail]:
    """The initiatives of ``ids`` in the same order (unknown ids are skipped)."""
    with db.session() as session:
        rows = session.scalars(select(Initiative).where(Initiative.id.in_(list(ids))).options(*_initiative_load()))
        by_id = {row.id: _initiative(session, row) for row in rows}
    return [by_id[i] for i in ids if i in by_id]


def lead_attributions(db: Database, ids: Sequence[int]) -> dict[int, str]:
    """How the lead of each initiative of ``ids`` is known: "stated", "inferred" or "unknown"."""
    wanted = sorted({int(i) for i in ids})
    found: dict[int, str] = {}
    with db.session() as session:
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            rows = session.execute(select(Initiative.id, Initiative.lead_id, Initiative.lead_attribution)
                                   .where(Initiative.id.in_(chunk)))
            for ident, lead_id, attribution in rows:
                found[ident] = (tolerant.slug_in(attribution, LEAD_ATTRIBUTIONS, "stated") if lead_id
                                else "unknown")
    return found


def _territory_name(session: Session, scope: str, code: str | None) -> str | None:
    if not code:
        return None
    model = {"region": Region, "departement": Departement, "epci": Epci, "commune": Commune}.get(scope)
    row = session.get(model, code) if model else None
    return row.name if row is not None else None


def _scheme(session: Session, s: Scheme) -> SchemeDetail:
    return SchemeDetail(
        id=s.id, slug=s.slug, name=s.name, programme_id=s.programme_id,
        programme_name=s.programme.name if s.programme else None, operator=_org(s.operator),
        summary=tolerant.text(s.summary) or "", audiences=tolerant.strings(s.audiences),
        territory_scope=s.territory_scope,
        territory_code=s.territory_code, territory_name=_territory_name(session, s.territory_scope, s.territory_code),
        aid_types=tolerant.strings(s.aid_types), amount_min_eur=tolerant.number(s.amount_min_eur),
        amount_max_eur=tolerant.number(s.amount_max_eur), rate_max_percent=tolerant.number(s.rate_max_percent),
        budget_eur=tolerant.number(s.budget_eur), opens=tolerant.partial_date(s.opens),
        closes=tolerant.partial_date(s.closes), recurrence=s.recurrence, url=safe_url(tolerant.text(s.url)),
        sources=_sources(s.sources), opens_announced=tolerant.text(s.opens_announced),
        funders=tuple(_org(f) for f in sorted(s.funders, key=lambda f: f.name)),  # type: ignore[misc]
        call_type=tolerant.text(s.call_type), external_id=tolerant.text(s.external_id),
        provenance=_provenance(session, s.pack_publisher, s.pack_edition),
        operator_url=safe_url(tolerant.text(s.operator.url)) if s.operator else None,
    )


@cache
def _scheme_load() -> tuple:
    return (selectinload(Scheme.programme), selectinload(Scheme.operator), selectinload(Scheme.sources),
            selectinload(Scheme.funders))


def get_scheme(db: Database, scheme_id: int) -> SchemeDetail:
    """The scheme ``scheme_id``; raises ``NotFoundError`` if absent."""
    with db.session() as session:
        row = session.scalars(select(Scheme).where(Scheme.id == scheme_id).options(*_scheme_load())).first()
        if row is None:
            raise NotFoundError(f"Aucun dispositif n'a le numéro {scheme_id}.")
        return _scheme(session, row)


def list_schemes(db: Database) -> list[SchemeDetail]:
    """Every scheme, by programme then name."""
    with db.session() as session:
        rows = session.scalars(select(Scheme).options(*_scheme_load()).order_by(Scheme.programme_id, Scheme.name))
        return [_scheme(session, row) for row in rows]


def _programme(session: Session, p: Programme) -> ProgrammeDetail:
    region = session.get(Region, p.region_code) if p.region_code else None
    scheme_ids = tuple(session.scalars(select(Scheme.id).where(Scheme.programme_id == p.id).order_by(Scheme.id)))
    return ProgrammeDetail(
        id=p.id, slug=p.slug, name=p.name, kind=p.kind, operator=_org(p.operator), region_code=p.region_code,
        region_name=region.name if region else None, summary=p.summary or "", start_year=p.start_year,
        end_year=p.end_year, budget_eur=tolerant.number(p.budget_eur),
        budget_mentions=tuple(
            BudgetMentionLine(m.amount_eur, m.qualifier, m.label, tolerant.partial_date(m.date), _source(m.source))
            for m in p.budget_mentions if tolerant.number(m.amount_eur) is not None
        ),
        url=safe_url(tolerant.text(p.url)), sources=_sources(p.sources), scheme_ids=scheme_ids,
    )


@cache
def _programme_load() -> tuple:
    return (
        selectinload(Programme.operator),
        selectinload(Programme.sources),
        selectinload(Programme.budget_mentions),
    )


def get_programme(db: Database, programme_id: int) -> ProgrammeDetail:
    """The programme ``programme_id``; raises ``NotFoundError`` if absent."""
    with db.session() as session:
        row = session.scalars(select(Programme).where(Programme.id == programme_id).options(*_programme_load())).first()
        if row is None:
            raise NotFoundError(f"Aucun programme n'a le numéro {programme_id}.")
        return _programme(session, row)


def programmes_for_region(db: Database, region_code: str) -> list[ProgrammeDetail]:
    """The regional plans of ``region_code`` (by name)."""
    with db.session() as session:
        rows = session.scalars(
            select(Programme).where(Programme.region_code == region_code).options(*_programme_load()).order_by(Programme.name)
        )
        return [_programme(session, row) for row in rows]


def list_programmes(db: Database) -> list[ProgrammeDetail]:
    """Every programme, national ones first, then by name."""
    with db.session() as session:
        rows = session.scalars(select(Programme).options(*_programme_load()).order_by(Programme.region_code.is_not(None), Programme.name))
        return [_programme(session, row) for row in rows]
