"""SQLAlchemy 2 models of the Territoria database.

Reference geography (régions, départements, communes, EPCI) comes from the pinned
``@etalab/decoupage-administratif`` data. Curated records (organisations, sources,
programmes, schemes, initiatives, figures) carry a stable ``slug`` and an ``origin``:
``"seed"`` for records shipped with the app, ``"user"`` for records made locally, which a
seed update never touches. User data (selection, saved searches) refers to initiatives
by slug so it survives seed updates that renumber rows.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from territoria.store.types import TolerantDateTime, TolerantJSON


class Base(DeclarativeBase):
    """Declarative base of every Territoria table."""


ORIGIN_SEED = "seed"
ORIGIN_USER = "user"
#: The town hall's own records ("Mes projets"): written only by the user, never by an update.
ORIGIN_LOCAL = "local"
#: Records imported from an agency's signed data pack (``services.packs``).
ORIGIN_PACK = "pack"


class PackProvenance:
    """Mixin of curated records: which pack publisher and edition a ``pack`` record came from."""

    #: The publisher id of the pack (None for seed and local records); migration 0008.
    pack_publisher: Mapped[str | None] = mapped_column(String(64), index=True)
    #: The pack's edition ("2026-03-03" or "2026-03-03.2").
    pack_edition: Mapped[str | None] = mapped_column(String(16))


class Meta(Base):
    """Key/value facts about the database: data edition, seed build, app version."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


# --- reference geography -------------------------------------------------------------


class Region(Base):
    """A French région (13 metropolitan + 5 overseas; overseas collectivities have zone "com")."""

    __tablename__ = "regions"
    code: Mapped[str] = mapped_column(String(3), primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    zone: Mapped[str] = mapped_column(String(8))  # "metro", "drom" or "com"
    population: Mapped[int] = mapped_column(Integer, default=0)
    departements: Mapped[list[Departement]] = relationship(back_populates="region")


class Departement(Base):
    """A département (101: 96 metropolitan + 5 overseas)."""

    __tablename__ = "departements"
    code: Mapped[str] = mapped_column(String(3), primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    region_code: Mapped[str] = mapped_column(ForeignKey("regions.code"), index=True)
    zone: Mapped[str] = mapped_column(String(8))
    population: Mapped[int] = mapped_column(Integer, default=0)
    region: Mapped[Region] = relationship(back_populates="departements")


class Epci(Base):
    """An intercommunalité à fiscalité propre (CC, CA, CU, métropole)."""

    __tablename__ = "epci"
    siren: Mapped[str] = mapped_column(String(9), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(8))
    population: Mapped[int] = mapped_column(Integer, default=0)
    members: Mapped[list[Commune]] = relationship(back_populates="epci")


class Commune(Base):
    """A current commune (``commune-actuelle``) with its 2023 municipal population."""

    __tablename__ = "communes"
    insee: Mapped[str] = mapped_column(String(5), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    #: Folded name ("saint denis sur sarthon") for accent-proof look-ups.
    name_key: Mapped[str] = mapped_column(String(200), index=True)
    postcodes: Mapped[str] = mapped_column(String(200), default="")  # space-separated
    population: Mapped[int] = mapped_column(Integer, default=0)
    siren: Mapped[str | None] = mapped_column(String(9))
    departement_code: Mapped[str] = mapped_column(ForeignKey("departements.code"), index=True)
    region_code: Mapped[str] = mapped_column(ForeignKey("regions.code"), index=True)
    epci_siren: Mapped[str | None] = mapped_column(ForeignKey("epci.siren"), index=True)
    epci: Mapped[Epci | None] = relationship(back_populates="members")
    departement: Mapped[Departement] = relationship()
    region: Mapped[Region] = relationship()


#: Kinds of commune alias (names a person may type for a place inside a current commune).
ALIAS_KINDS: tuple[str, ...] = ("arrondissement", "commune_deleguee", "commune_associee")


class CommuneAlias(Base):
    """Another name of (part of) a current commune: municipal arrondissement, commune
    déléguée or commune associée. Its own ``insee`` may equal its parent's (Cherbourg-Octeville
    and Cherbourg-en-Cotentin are both 50129), so the key is a plain id."""

    __tablename__ = "commune_aliases"
    id: Mapped[int] = mapped_column(primary_key=True)
    insee: Mapped[str] = mapped_column(String(5), index=True)
    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # one of ALIAS_KINDS
    parent_insee: Mapped[str] = mapped_column(ForeignKey("communes.insee"), index=True)
    postcodes: Mapped[str] = mapped_column(String(200), default="")  # space-separated
    population: Mapped[int | None] = mapped_column(Integer)  # arrondissements only
    parent: Mapped[Commune] = relationship()


# --- curated records -----------------------------------------------------------------


def _citation_table(name: str, record_table: str) -> Table:
    """An association table linking records of ``record_table`` to their sources."""
    return Table(
        name,
        Base.metadata,
        Column("record_id", ForeignKey(f"{record_table}.id", ondelete="CASCADE"), primary_key=True),
        Column("source_id", ForeignKey("sources.id", ondelete="CASCADE"), primary_key=True, index=True),
    )


organisation_sources = _citation_table("organisation_sources", "organisations")
programme_sources = _citation_table("programme_sources", "programmes")
scheme_sources = _citation_table("scheme_sources", "schemes")
initiative_sources = _citation_table("initiative_sources", "initiatives")
figure_sources = _citation_table("figure_sources", "figures")
event_sources = _citation_table("event_sources", "events")
priority_sources = _citation_table("priority_sources", "priorities")

#: Organisations taking part in a dated event.
event_actors = Table(
    "event_actors",
    Base.metadata,
    Column("event_id", ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("organisation_id", ForeignKey("organisations.id", ondelete="CASCADE"), primary_key=True, index=True),
)
#: Régions an event concerns (a région's timeline reads this).
event_regions = Table(
    "event_regions",
    Base.metadata,
    Column("event_id", ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("region_code", ForeignKey("regions.code"), primary_key=True, index=True),
)
#: Régions a stated priority sector belongs to.
priority_regions = Table(
    "priority_regions",
    Base.metadata,
    Column("priority_id", ForeignKey("priorities.id", ondelete="CASCADE"), primary_key=True),
    Column("region_code", ForeignKey("regions.code"), primary_key=True, index=True),
)

#: Financers of a scheme besides its operator (an Aides-territoires aid often has several).
scheme_funders = Table(
    "scheme_funders",
    Base.metadata,
    Column("scheme_id", ForeignKey("schemes.id", ondelete="CASCADE"), primary_key=True),
    Column("organisation_id", ForeignKey("organisations.id", ondelete="CASCADE"), primary_key=True, index=True),
)

initiative_partners = Table(
    "initiative_partners",
    Base.metadata,
    Column("initiative_id", ForeignKey("initiatives.id", ondelete="CASCADE"), primary_key=True),
    Column("organisation_id", ForeignKey("organisations.id", ondelete="CASCADE"), primary_key=True),
)


class Source(PackProvenance, Base):
    """A published source (article, press release) that curated records cite."""

    __tablename__ = "sources"
    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(120), unique=True)
    origin: Mapped[str] = mapped_column(String(8), default=ORIGIN_SEED)
    title: Mapped[str] = mapped_column(Text)
    publisher: Mapped[str] = mapped_column(String(200))
    author: Mapped[str | None] = mapped_column(String(200))
    published: Mapped[str | None] = mapped_column(String(10))  # YYYY[-MM[-DD]]
    url: Mapped[str] = mapped_column(Text)
    url_is_article: Mapped[bool] = mapped_column(Boolean, default=True)
    #: SPDX-like licence id of an imported catalogue ("CC-BY-4.0", "etalab-2.0"); None for articles.
    licence: Mapped[str | None] = mapped_column(String(40))
    #: The credit line to print wherever a record of this source is shown.
    attribution: Mapped[str | None] = mapped_column(Text)


class Organisation(PackProvenance, Base):
    """A body that leads, operates, funds or partners: collectivité, State, company…"""

    __tablename__ = "organisations"
    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(120), unique=True)
    origin: Mapped[str] = mapped_column(String(8), default=ORIGIN_SEED)
    name: Mapped[str] = mapped_column(String(250))
    kind: Mapped[str] = mapped_column(String(16), index=True)
    commune_insee: Mapped[str | None] = mapped_column(ForeignKey("communes.insee"))
    epci_siren: Mapped[str | None] = mapped_column(ForeignKey("epci.siren"))
    departement_code: Mapped[str | None] = mapped_column(ForeignKey("departements.code"))
    region_code: Mapped[str | None] = mapped_column(ForeignKey("regions.code"))
    url: Mapped[str | None] = mapped_column(Text)
    sources: Mapped[list[Source]] = relationship(secondary=organisation_sources)


class Programme(PackProvenance, Base):
    """A plan or programme: "Osez l'IA", "SUD IA", "IA Occitanie"…"""

    __tablename__ = "programmes"
    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(120), unique=True)
    origin: Mapped[str] = mapped_column(String(8), default=ORIGIN_SEED)
    name: Mapped[str] = mapped_column(String(250))
    kind: Mapped[str] = mapped_column(String(24))
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"))
    region_code: Mapped[str | None] = mapped_column(ForeignKey("regions.code"), index=True)
    summary: Mapped[str] = mapped_column(Text, default="")
    start_year: Mapped[int | None] = mapped_column(Integer)
    end_year: Mapped[int | None] = mapped_column(Integer)
    budget_eur: Mapped[float | None] = mapped_column(Float)
    url: Mapped[str | None] = mapped_column(Text)
    operator: Mapped[Organisation | None] = relationship()
    sources: Mapped[list[Source]] = relationship(secondary=programme_sources)
    budget_mentions: Mapped[list[BudgetMention]] = relationship(
        back_populates="programme", cascade="all, delete-orphan", order_by="BudgetMention.id"
    )


class BudgetMention(Base):
    """One budget figure a source gives for a programme; disagreeing figures are all kept."""

    __tablename__ = "budget_mentions"
    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programmes.id", ondelete="CASCADE"), index=True)
    amount_eur: Mapped[float] = mapped_column(Float)
    qualifier: Mapped[str | None] = mapped_column(String(40))
    label: Mapped[str] = mapped_column(Text, default="")
    date: Mapped[str | None] = mapped_column(String(10))
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id"))
    programme: Mapped[Programme] = relationship(back_populates="budget_mentions")
    source: Mapped[Source] = relationship()


class Scheme(PackProvenance, Base):
    """A support scheme (aid, call for projects, training offer…), shaped like Aides-territoires."""

    __tablename__ = "schemes"
    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(120), unique=True)
    origin: Mapped[str] = mapped_column(String(8), default=ORIGIN_SEED)
    name: Mapped[str] = mapped_column(String(250))
    programme_id: Mapped[int | None] = mapped_column(ForeignKey("programmes.id"), index=True)
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"))
    summary: Mapped[str] = mapped_column(Text, default="")
    audiences: Mapped[list[str]] = mapped_column(TolerantJSON, default=list)
    territory_scope: Mapped[str] = mapped_column(String(16), default="national")
    territory_code: Mapped[str | None] = mapped_column(String(9))
    aid_types: Mapped[list[str]] = mapped_column(TolerantJSON, default=list)
    amount_min_eur: Mapped[float | None] = mapped_column(Float)
    amount_max_eur: Mapped[float | None] = mapped_column(Float)
    rate_max_percent: Mapped[float | None] = mapped_column(Float)
    budget_eur: Mapped[float | None] = mapped_column(Float)
    #: "YYYY-MM" (opens on the 1st) or "YYYY-MM-DD"; None when no source gives a date.
    opens: Mapped[str | None] = mapped_column(String(10))
    #: "YYYY-MM" (closes on the last day) or "YYYY-MM-DD".
    closes: Mapped[str | None] = mapped_column(String(10))
    #: An announced opening without a date ("fin 2025"): not yet open until a source says so.
    opens_announced: Mapped[str | None] = mapped_column(Text)
    recurrence: Mapped[str | None] = mapped_column(String(16))
    url: Mapped[str | None] = mapped_column(Text)
    #: Id in the catalogue it was imported from ("aides-territoires:…"): a newer import updates it.
    external_id: Mapped[str | None] = mapped_column(String(120), index=True)
    #: ISO 639-1 language of the name and summary ("en": original English text).
    language: Mapped[str] = mapped_column(String(2), default="fr", server_default="fr")
    call_type: Mapped[str | None] = mapped_column(String(8))  # "aap" / "ami"
    contact: Mapped[str | None] = mapped_column(Text)
    #: Incremented by every save through the record form (optimistic locking, migration 0010).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    programme: Mapped[Programme | None] = relationship()
    operator: Mapped[Organisation | None] = relationship()
    funders: Mapped[list[Organisation]] = relationship(secondary=scheme_funders)
    sources: Mapped[list[Source]] = relationship(secondary=scheme_sources)


class Initiative(PackProvenance, Base):
    """An AI initiative of a local authority (or of a body serving them).

    The ``commune_insee``…``region_code``, ``lead_kind``, ``lead_population``,
    ``start_year``, ``has_money`` and ``title_key`` columns are the *effective* place and facet keys, derived from the lead
    organisation and the dates when the record is written (``store.derived``): facets and
    rankings over 100,000 rows need them as plain indexed columns.
    """

    __tablename__ = "initiatives"
    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(120), unique=True)
    origin: Mapped[str] = mapped_column(String(8), default=ORIGIN_SEED)
    title: Mapped[str] = mapped_column(Text)
    summary: Mapped[str] = mapped_column(Text, default="")
    problem: Mapped[str] = mapped_column(Text, default="")
    results: Mapped[str] = mapped_column(Text, default="")
    lead_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"), index=True)
    #: How we know the lead: "stated" (the source names it), "inferred" (our reading, see
    #: ``lead_note``) or "unknown" (no lead; the place fields say where the project runs).
    lead_attribution: Mapped[str] = mapped_column(String(16), default="stated", server_default="stated")
    #: One-line reason of an inferred lead ("compétente pour l'APA").
    lead_note: Mapped[str | None] = mapped_column(Text)
    supplier: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="idea", index=True)
    start_date: Mapped[str | None] = mapped_column(String(10))
    end_date: Mapped[str | None] = mapped_column(String(10))
    budget_eur: Mapped[float | None] = mapped_column(Float)
    programme_id: Mapped[int | None] = mapped_column(ForeignKey("programmes.id"), index=True)
    contact: Mapped[str | None] = mapped_column(Text)
    last_checked: Mapped[str | None] = mapped_column(String(10))
    #: Id in the catalogue it was imported from ("pstw:PSTW-41"): a newer import updates it.
    external_id: Mapped[str | None] = mapped_column(String(120), index=True)
    #: ISO 639-1 language of the title and summary ("en": original English text).
    language: Mapped[str] = mapped_column(String(2), default="fr", server_default="fr")
    # derived, see class docstring
    commune_insee: Mapped[str | None] = mapped_column(ForeignKey("communes.insee"), index=True)
    epci_siren: Mapped[str | None] = mapped_column(ForeignKey("epci.siren"), index=True)
    departement_code: Mapped[str | None] = mapped_column(ForeignKey("departements.code"), index=True)
    region_code: Mapped[str | None] = mapped_column(ForeignKey("regions.code"), index=True)
    lead_kind: Mapped[str] = mapped_column(String(16), default="other", index=True)
    lead_population: Mapped[int | None] = mapped_column(Integer, index=True)
    start_year: Mapped[int | None] = mapped_column(Integer, index=True)
    has_money: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    #: ``domain.text.fold(title)``: the catalogue's alphabetical order (indexed with id, 0004)
    title_key: Mapped[str] = mapped_column(Text, default="", server_default="")
    #: Incremented by every save through the record form (optimistic locking, migration 0010).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    #: The owner of an own project (``local``) on a server: its user name ('' on SQLite); else None.
    user_name: Mapped[str | None] = mapped_column(String(63))

    lead: Mapped[Organisation | None] = relationship()
    programme: Mapped[Programme | None] = relationship()
    partners: Mapped[list[Organisation]] = relationship(secondary=initiative_partners)
    sources: Mapped[list[Source]] = relationship(secondary=initiative_sources)
    themes: Mapped[list[InitiativeTheme]] = relationship(cascade="all, delete-orphan")
    techniques: Mapped[list[InitiativeTechnique]] = relationship(cascade="all, delete-orphan")
    funding: Mapped[list[Funding]] = relationship(
        back_populates="initiative", cascade="all, delete-orphan", order_by="Funding.id"
    )


class InitiativeTheme(Base):
    """One theme of an initiative (a facet value)."""

    __tablename__ = "initiative_themes"
    initiative_id: Mapped[int] = mapped_column(
        ForeignKey("initiatives.id", ondelete="CASCADE"), primary_key=True
    )
    theme: Mapped[str] = mapped_column(String(24), primary_key=True)
    __table_args__ = (Index("ix_initiative_themes_theme", "theme", "initiative_id"),)


class InitiativeTechnique(Base):
    """One AI technique of an initiative (a facet value)."""

    __tablename__ = "initiative_techniques"
    initiative_id: Mapped[int] = mapped_column(
        ForeignKey("initiatives.id", ondelete="CASCADE"), primary_key=True
    )
    technique: Mapped[str] = mapped_column(String(24), primary_key=True)
    __table_args__ = (Index("ix_initiative_techniques_technique", "technique", "initiative_id"),)


class Funding(Base):
    """Money an initiative obtained: amount, funder and the scheme that paid."""

    __tablename__ = "funding"
    id: Mapped[int] = mapped_column(primary_key=True)
    initiative_id: Mapped[int] = mapped_column(ForeignKey("initiatives.id", ondelete="CASCADE"), index=True)
    amount_eur: Mapped[float | None] = mapped_column(Float)
    funder_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"))
    scheme_id: Mapped[int | None] = mapped_column(ForeignKey("schemes.id"), index=True)
    note: Mapped[str | None] = mapped_column(Text)
    initiative: Mapped[Initiative] = relationship(back_populates="funding")
    funder: Mapped[Organisation | None] = relationship()
    scheme: Mapped[Scheme | None] = relationship()


class Figure(PackProvenance, Base):
    """A key figure: a value with its unit, what it measures and when."""

    __tablename__ = "figures"
    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(120), unique=True)
    origin: Mapped[str] = mapped_column(String(8), default=ORIGIN_SEED)
    label: Mapped[str] = mapped_column(Text)
    value: Mapped[float] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(16))
    qualifier: Mapped[str | None] = mapped_column(String(40))
    scope: Mapped[str] = mapped_column(Text, default="")
    region_code: Mapped[str | None] = mapped_column(ForeignKey("regions.code"))
    date: Mapped[str | None] = mapped_column(String(10))
    note: Mapped[str | None] = mapped_column(Text)
    sources: Mapped[list[Source]] = relationship(secondary=figure_sources)


class Event(PackProvenance, Base):
    """A dated event the sources report (summit, trade fair, communiqué, adoption of a plan)."""

    __tablename__ = "events"
    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(120), unique=True)
    origin: Mapped[str] = mapped_column(String(8), default=ORIGIN_SEED)
    date: Mapped[str] = mapped_column(String(10), index=True)  # YYYY[-MM[-DD]]
    title: Mapped[str] = mapped_column(Text)
    summary: Mapped[str] = mapped_column(Text, default="")
    actors: Mapped[list[Organisation]] = relationship(secondary=event_actors)
    regions: Mapped[list[Region]] = relationship(secondary=event_regions, order_by="Region.code")
    sources: Mapped[list[Source]] = relationship(secondary=event_sources)


class Priority(Base):
    """A priority sector the sources attribute to one or more régions ("e-santé")."""

    __tablename__ = "priorities"
    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(120), unique=True)
    origin: Mapped[str] = mapped_column(String(8), default=ORIGIN_SEED)
    label: Mapped[str] = mapped_column(Text)
    theme: Mapped[str | None] = mapped_column(String(24))  # closest theme slug, if any
    note: Mapped[str | None] = mapped_column(Text)
    regions: Mapped[list[Region]] = relationship(secondary=priority_regions, order_by="Region.code")
    sources: Mapped[list[Source]] = relationship(secondary=priority_sources)


# --- user data (never written by the seed) ------------------------------------------


class SelectionEntry(Base):
    """An initiative the user starred into "Ma sélection" (by slug, to survive seed updates)."""

    __tablename__ = "user_selection"
    initiative_slug: Mapped[str] = mapped_column(String(120), primary_key=True)
    added_at: Mapped[datetime] = mapped_column(TolerantDateTime)
    #: The server user it belongs to (``current_user``); the constant '' on SQLite (migration 0010).
    user_name: Mapped[str] = mapped_column(String(63), server_default="")


class SavedSearch(Base):
    """A named search: query text plus facet filters (JSON)."""

    __tablename__ = "user_saved_searches"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    query: Mapped[str] = mapped_column(Text, default="")
    filters: Mapped[dict[str, list[str]]] = mapped_column(TolerantJSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(TolerantDateTime)
    #: The server user it belongs to (``current_user``); the constant '' on SQLite (migration 0010).
    user_name: Mapped[str] = mapped_column(String(63), server_default="")


class UserProfile(Base):
    """The collectivité chosen in "Ma commune", its needs and budget ceiling (one row)."""

    __tablename__ = "user_profile"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # commune / epci / departement / region
    code: Mapped[str] = mapped_column(String(9))
    needs: Mapped[list[str]] = mapped_column(TolerantJSON, default=list)
    budget_max_eur: Mapped[float | None] = mapped_column(Float)
    #: The server user it belongs to (``current_user``); the constant '' on SQLite (migration 0010).
    user_name: Mapped[str] = mapped_column(String(63), server_default="")


class UserNote(Base):
    """A private note of the user's on a record, named by kind and slug (survives updates)."""

    __tablename__ = "user_notes"
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)  # initiative, scheme, programme…
    record_slug: Mapped[str] = mapped_column(String(160), primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column()
    #: The server user it belongs to (``current_user``); the constant '' on SQLite (migration 0010).
    user_name: Mapped[str] = mapped_column(String(63), server_default="")


class Pack(Base):
    """An installed data pack: one row per publisher (a newer edition replaces the row)."""

    __tablename__ = "packs"
    publisher_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    publisher_name: Mapped[str] = mapped_column(String(200))
    edition: Mapped[str] = mapped_column(String(16))
    title: Mapped[str] = mapped_column(Text, default="", server_default="")
    licence: Mapped[str | None] = mapped_column(String(40))
    contact: Mapped[str | None] = mapped_column(Text)
    fingerprint: Mapped[str] = mapped_column(String(19))
    format_version: Mapped[str] = mapped_column(String(8))
    counts: Mapped[dict[str, int]] = mapped_column(TolerantJSON, default=dict)
    manifest_sha256: Mapped[str] = mapped_column(String(64))
    imported_at: Mapped[datetime] = mapped_column()


USER_TABLES: tuple[str, ...] = ("user_selection", "user_saved_searches", "user_profile", "user_notes")
