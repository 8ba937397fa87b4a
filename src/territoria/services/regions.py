"""A région's AI profile and the timeline of dated events.

API:
- ``region_profile(db, code) -> RegionProfile`` (raises ``NotFoundError``): its AI plans with
  every budget figure and the source of each, the priority sectors the sources attribute
  to it, its agencies and other programmes, its key figures and its dated events;
- ``timeline(db, region_code=None) -> list[EventLine]``: events, newest first (a national
  event, with no région, belongs to every région's timeline only when asked without one).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from territoria.errors import NotFoundError
from territoria.services import tolerant
from territoria.services.database import Database
from territoria.services.records import (
    OrgRef,
    ProgrammeDetail,
    SourceRef,
    _sources,
    programmes_for_region,
)
from territoria.store.models import (
    Event,
    Figure,
    Organisation,
    Priority,
    Region,
    Scheme,
    event_regions,
    priority_regions,
)


@dataclass(frozen=True, slots=True)
class PriorityLine:
    """A priority sector a source attributes to the région ("e-santé")."""

    label: str
    theme: str | None
    note: str | None
    #: The other régions the same sentence names (codes).
    shared_with: tuple[str, ...]
    sources: tuple[SourceRef, ...]


@dataclass(frozen=True, slots=True)
class FigureLine:
    """A key figure of the région."""

    label: str
    value: float
    unit: str
    qualifier: str | None
    date: str | None
    note: str | None
    sources: tuple[SourceRef, ...]


@dataclass(frozen=True, slots=True)
class EventLine:
    """A dated event: ``date`` is "YYYY", "YYYY-MM" or "YYYY-MM-DD", as precise as its source."""

    slug: str
    date: str
    title: str
    summary: str
    actors: tuple[str, ...]
    regions: tuple[str, ...]
    region_names: tuple[str, ...]
    sources: tuple[SourceRef, ...]


@dataclass(frozen=True, slots=True)
class RegionProfile:
    """Everything the sources say about one région's AI policy."""

    code: str
    name: str
    population: int
    plans: tuple[ProgrammeDetail, ...]
    programmes: tuple[ProgrammeDetail, ...]
    priorities: tuple[PriorityLine, ...]
    agencies: tuple[OrgRef, ...]
    figures: tuple[FigureLine, ...]
    events: tuple[EventLine, ...]
    #: Names of the support schemes reserved to the région's territory (DIVA, SUD IA's measures).
    schemes: tuple[str, ...] = ()


def _event(e: Event) -> EventLine:
    regions = sorted(e.regions, key=lambda r: r.code)
    return EventLine(
        slug=e.slug, date=tolerant.partial_date(e.date) or "", title=tolerant.text(e.title) or "",
        summary=tolerant.text(e.summary) or "", actors=tuple(sorted(a.name for a in e.actors)),
        regions=tuple(r.code for r in regions), region_names=tuple(r.name for r in regions),
        sources=_sources(e.sources),
    )


def timeline(db: Database, region_code: str | None = None) -> list[EventLine]:
    """Dated events, newest first (then by title); only those of ``region_code`` if given.

    Raises ``NotFoundError`` for a région code that does not exist.
    """
    with db.session() as session:
        query = select(Event).options(selectinload(Event.actors), selectinload(Event.regions),
                                      selectinload(Event.sources))
        if region_code is not None:
            _region(session, region_code)
            query = query.join(event_regions, event_regions.c.event_id == Event.id).where(
                event_regions.c.region_code == region_code)
        events = [_event(e) for e in session.scalars(query)]
    events.sort(key=lambda e: e.title)
    events.sort(key=lambda e: e.date, reverse=True)
    return events


def _region(session, code: str) -> Region:
    region = session.get(Region, code)
    if region is None or region.zone == "com":
        raise NotFoundError(f"Aucune région n'a le code « {code} ».")
    return region


def region_profile(db: Database, code: str) -> RegionProfile:
    """The AI profile of the région ``code`` (INSEE code, "93"); ``NotFoundError`` if unknown."""
    code = (code or "").strip()
    with db.session() as session:
        region = _region(session, code)
        name, population = region.name, region.population
        priorities = []
        for p in session.scalars(
            select(Priority).join(priority_regions, priority_regions.c.priority_id == Priority.id)
            .where(priority_regions.c.region_code == code)
            .options(selectinload(Priority.regions), selectinload(Priority.sources)).order_by(Priority.id)
        ):
            priorities.append(PriorityLine(
                label=p.label, theme=p.theme, note=tolerant.text(p.note),
                shared_with=tuple(r.code for r in sorted(p.regions, key=lambda r: r.code) if r.code != code),
                sources=_sources(p.sources),
            ))
        agencies = tuple(
            OrgRef(o.id, o.name, o.kind) for o in session.scalars(
                select(Organisation).where(Organisation.region_code == code, Organisation.kind == "agency")
                .order_by(Organisation.name))
        )
        figures = tuple(
            FigureLine(f.label, f.value, f.unit, f.qualifier, tolerant.partial_date(f.date), tolerant.text(f.note),
                       _sources(f.sources))
            for f in session.scalars(select(Figure).where(Figure.region_code == code)
                                     .options(selectinload(Figure.sources)).order_by(Figure.label))
        )
        schemes = tuple(session.scalars(
            select(Scheme.name).where(Scheme.territory_scope == "region", Scheme.territory_code == code)
            .order_by(Scheme.name)))
    every = programmes_for_region(db, code)
    plans = tuple(p for p in every if p.kind == "regional_plan")
    others = tuple(p for p in every if p.kind != "regional_plan")
    return RegionProfile(
        code=code, name=name, population=population, plans=plans, programmes=others,
        priorities=tuple(priorities), agencies=agencies, figures=figures, events=tuple(timeline(db, code)),
        schemes=schemes,
    )


