"""The read models of an initiative (frozen dataclasses) and the conversions of a stored
record into them, without SQLAlchemy: ``services.records`` fills them through the ORM, the
one-pager's quick read (``reports.quick_one_pager``) from plain rows, both with the same code.

``initiative_detail(record, place, provenance)`` takes anything that has the attributes of the
``Initiative`` model and its relations (``lead``, ``partners``, ``sources``, ``themes``,
``techniques``, ``funding`` with ``funder`` and ``scheme``, ``programme``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from territoria.domain.urls import safe_url
from territoria.domain.vocab import LEAD_ATTRIBUTIONS, STATUSES
from territoria.services import tolerant


@dataclass(frozen=True, slots=True)
class SourceRef:
    """A cited source."""

    id: int
    title: str
    publisher: str
    author: str | None
    published: str | None
    url: str
    url_is_article: bool
    #: Licence id of an imported catalogue ("CC-BY-4.0", "etalab-2.0"); None for press articles.
    licence: str | None = None
    #: The credit line the licence asks for, printed wherever the source is shown.
    attribution: str | None = None


@dataclass(frozen=True, slots=True)
class OrgRef:
    """An organisation named in a record."""

    id: int
    name: str
    kind: str


@dataclass(frozen=True, slots=True)
class PlaceRef:
    """Where a record sits: commune, EPCI, département, région (any may be unknown)."""

    commune_insee: str | None = None
    commune_name: str | None = None
    commune_population: int | None = None
    epci_siren: str | None = None
    epci_name: str | None = None
    departement_code: str | None = None
    departement_name: str | None = None
    region_code: str | None = None
    region_name: str | None = None

    @property
    def label(self) -> str:
        """The narrowest known place name, e.g. "Saint-Denis-sur-Sarthon (61)"."""
        if self.commune_name:
            return f"{self.commune_name} ({self.departement_code})" if self.departement_code else self.commune_name
        return self.epci_name or self.departement_name or self.region_name or ""


@dataclass(frozen=True, slots=True)
class FundingLine:
    """Money obtained: amount, funder and the scheme that paid (each may be unknown)."""

    amount_eur: float | None
    funder: str | None
    scheme_id: int | None
    scheme_name: str | None
    note: str | None


@dataclass(frozen=True, slots=True)
class InitiativeDetail:
    """Every field of an initiative, ready to show."""

    id: int
    slug: str
    origin: str
    title: str
    summary: str
    problem: str
    results: str
    lead: OrgRef | None
    lead_kind: str
    lead_population: int | None
    place: PlaceRef
    partners: tuple[OrgRef, ...]
    supplier: str | None
    themes: tuple[str, ...]
    techniques: tuple[str, ...]
    status: str
    start_date: str | None
    end_date: str | None
    start_year: int | None
    budget_eur: float | None
    funding: tuple[FundingLine, ...]
    programme_id: int | None
    programme_name: str | None
    contact: str | None
    last_checked: str | None
    sources: tuple[SourceRef, ...]
    #: "stated" (the source names the lead), "inferred" (our reading: ``lead_note`` says
    #: why) or "unknown" (no lead; ``place`` says where the project runs).
    lead_attribution: str = "stated"
    lead_note: str | None = None
    #: For a record of an agency's data pack: "Source des données : ARNia, édition du 3 mars 2026".
    provenance: str | None = None
    #: ISO 639-1 language of the title and summary ("en": the original English text, shown as such).
    language: str = "fr"
    #: Id in the catalogue the record was imported from ("pstw:PSTW-41").
    external_id: str | None = None


def source_ref(source: Any) -> SourceRef:
    """A cited source (a ``Source`` row) ready to show."""
    # a link that is not http(s)/mailto (javascript:, file:…) is never shown nor followed
    return SourceRef(source.id, tolerant.text(source.title) or "", tolerant.text(source.publisher) or "",
                     tolerant.text(source.author), tolerant.partial_date(source.published),
                     safe_url(tolerant.text(source.url)) or "", bool(source.url_is_article),
                     tolerant.text(source.licence), tolerant.text(source.attribution))


def sorted_sources(sources: Iterable[Any]) -> tuple[SourceRef, ...]:
    """The sources, newest first, then by title, so the main source comes first everywhere."""
    return tuple(sorted((source_ref(s) for s in sources), key=lambda s: (s.published or "", s.title), reverse=True))


def org_ref(org: Any) -> OrgRef | None:
    """An organisation (an ``Organisation`` row, or None) ready to show."""
    return OrgRef(org.id, org.name, org.kind) if org is not None else None


def initiative_detail(i: Any, place: PlaceRef, provenance: str | None) -> InitiativeDetail:
    """The detail of the stored initiative ``i`` (see the module docstring), at ``place``."""
    return InitiativeDetail(
        # damaged values (text in a number column, an unknown status…) read as unknown
        id=i.id, slug=i.slug, origin=i.origin, title=tolerant.text(i.title) or "",
        summary=tolerant.text(i.summary) or "", problem=tolerant.text(i.problem) or "",
        results=tolerant.text(i.results) or "", lead=org_ref(i.lead), lead_kind=i.lead_kind,
        lead_population=tolerant.integer(i.lead_population),
        place=place,
        partners=tuple(org_ref(p) for p in sorted(i.partners, key=lambda p: p.name)),  # type: ignore[misc]
        supplier=tolerant.text(i.supplier),
        themes=tuple(sorted(t.theme for t in i.themes)),
        techniques=tuple(sorted(t.technique for t in i.techniques)),
        status=tolerant.slug_in(i.status, STATUSES), start_date=tolerant.partial_date(i.start_date),
        end_date=tolerant.partial_date(i.end_date), start_year=tolerant.integer(i.start_year),
        budget_eur=tolerant.number(i.budget_eur),
        funding=tuple(
            FundingLine(tolerant.number(f.amount_eur), f.funder.name if f.funder else None, f.scheme_id,
                        f.scheme.name if f.scheme else None, tolerant.text(f.note))
            for f in i.funding
        ),
        programme_id=i.programme_id, programme_name=i.programme.name if i.programme else None,
        contact=tolerant.text(i.contact), last_checked=tolerant.partial_date(i.last_checked),
        sources=sorted_sources(i.sources),
        lead_attribution=tolerant.slug_in(i.lead_attribution, LEAD_ATTRIBUTIONS, "stated") if i.lead_id else "unknown",
        lead_note=tolerant.text(i.lead_note),
        provenance=provenance,
        language=tolerant.text(i.language) or "fr", external_id=tolerant.text(i.external_id),
    )
