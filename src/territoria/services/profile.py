"""The chosen collectivité: its profile card and the remembered choice (needs, budget).

The choice lives in the one-row ``user_profile`` table (user data: never touched by a
seed or data-pack update).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from sqlalchemy import delete, select

from territoria.domain import format_fr
from territoria.domain.reasons import Reason
from territoria.domain.vocab import EPCI_KINDS, PROGRAMME_KINDS, THEMES
from territoria.errors import NotFoundError, TerritoriaError
from territoria.services.communes import PLACE_KINDS, Place, find_place
from territoria.services.comparable import unknown_place
from territoria.services import tolerant
from territoria.services.choice import SavedChoice, load_choice  # noqa: F401  (re-exported: the choice's home)
from territoria.services.database import Database
from territoria.services.records import BudgetMentionLine, ProgrammeDetail, get_programme, programmes_for_region
from territoria.services.regions import RegionProfile, region_profile
from territoria.store import user_writes
from territoria.store.models import Organisation, Programme, UserProfile
from territoria.store.user_tables import mine

#: The codes of the errors this module raises with a reason (the window writes them in its language).
ERROR_CODES: frozenset[str] = frozenset({"error_unknown_place", "error_choice_unknown_place", "error_choice_unknown_need",
                                         "error_choice_budget"})


class InvalidChoiceError(TerritoriaError):
    """A choice (collectivité, needs, budget) that cannot be saved; nothing was changed."""


@dataclass(frozen=True, slots=True)
class PlanLine:
    """A plan or programme that concerns the collectivité (regional plan, EPCI programme…)."""

    id: int
    name: str
    kind: str
    kind_label: str
    operator: str
    #: "70 M€" — with every other figure the sources give: "60 M€ (autre chiffre cité : près de 50 M€)".
    budget: str
    #: "2024-2028", "depuis 2022" or "".
    years: str
    summary: str
    #: Every budget figure the sources give, with its source: "70 M€ — ActuIA".
    mentions: tuple[str, ...] = ()
    #: The same as values, for the window to write in its language ("€70M", "since 2022"):
    #: the budget, the years, the other figures cited (qualifier, amount) and every mention.
    budget_eur: float | None = None
    start_year: int | None = None
    end_year: int | None = None
    other_figures: tuple[tuple[str | None, float], ...] = ()
    budget_mentions: tuple[BudgetMentionLine, ...] = ()


@dataclass(frozen=True, slots=True)
class ProfileCard:
    """What the profile card shows about a collectivité."""

    place: Place
    kind_label: str
    population: int
    epci_siren: str | None
    epci_name: str | None
    epci_kind_label: str | None
    #: Number of member communes of the EPCI (of the commune, or the EPCI itself).
    epci_members: int | None
    #: Number of communes of an EPCI, a département or a région (None for a commune).
    communes: int | None
    departement_code: str | None
    departement: str
    region_code: str | None
    region: str
    plans: tuple[PlanLine, ...]
    #: What the sources say about the collectivité's région (None for an overseas collectivity).
    region_profile: RegionProfile | None = None


# --- remembered choice -----------------------------------------------------------------


def save_choice(db: Database, kind: str, code: str, needs: tuple[str, ...] | list[str] = (),
                budget_max_eur: float | None = None) -> SavedChoice:
    """Remember a collectivité with its needs and budget ceiling.

    Raises :class:`InvalidChoiceError` (French message, nothing saved) for an unknown
    collectivité or need, or a budget that is not a positive amount.
    """
    place = find_place(db, kind, code)
    if place is None:
        raise InvalidChoiceError(Reason.of("error_choice_unknown_place", kind=kind, code=code))
    unknown = [slug for slug in needs if slug not in THEMES]
    if unknown:
        raise InvalidChoiceError(Reason.of("error_choice_unknown_need", need=unknown[0]))
    if budget_max_eur is not None and (not isinstance(budget_max_eur, (int, float))
                                       or not math.isfinite(budget_max_eur) or budget_max_eur <= 0):
        raise InvalidChoiceError(Reason.of("error_choice_budget"))
    budget = float(budget_max_eur) if budget_max_eur is not None else None
    choice = SavedChoice(place.kind, place.code, tuple(dict.fromkeys(needs)), budget)
    with db.session() as session:
        # one idempotent upsert: two windows or processes saving at once never collide
        user_writes.put_profile(session, choice.kind, choice.code, list(choice.needs), choice.budget_max_eur)
    return choice


def clear_choice(db: Database) -> None:
    """Forget the remembered choice."""
    with db.session() as session:
        session.execute(delete(UserProfile).where(mine(UserProfile, session)))


# --- profile card ----------------------------------------------------------------------


def profile_card(db: Database, place: Place) -> ProfileCard:
    """The profile card of ``place`` (see :func:`profile_for` to start from a code)."""
    with db.session() as session:
        run = session.connection().exec_driver_sql
        epci_name = epci_kind = None
        members = communes = None
        if place.epci_siren:
            row = run("SELECT name, kind FROM epci WHERE siren = ?", (place.epci_siren,)).first()
            if row:
                epci_name, epci_kind = row[0], EPCI_KINDS.get(row[1], "Intercommunalité")
            members = run("SELECT count(*) FROM communes WHERE epci_siren = ?", (place.epci_siren,)).scalar()
        if place.kind == "epci":
            communes = members
        elif place.kind == "departement":
            communes = run("SELECT count(*) FROM communes WHERE departement_code = ?",
                           (place.departement_code,)).scalar()
        elif place.kind == "region":
            communes = run("SELECT count(*) FROM communes WHERE region_code = ?", (place.region_code,)).scalar()
        # programmes run by the EPCI or the département of the place (e.g. a métropole's programme)
        local_ids = list(session.scalars(
            select(Programme.id).join(Organisation, Organisation.id == Programme.operator_id)
            .where(Programme.region_code.is_(None))
            .where(((Organisation.kind == "epci") & (Organisation.epci_siren == place.epci_siren))
                   | ((Organisation.kind == "departement")
                      & (Organisation.departement_code == place.departement_code)))
            .order_by(Programme.name, Programme.id)
        ))
    plans: list[ProgrammeDetail] = programmes_for_region(db, place.region_code) if place.region_code else []
    plans += [get_programme(db, ident) for ident in local_ids]
    kind_label = place.kind_label or PLACE_KINDS[place.kind]
    try:
        region = region_profile(db, place.region_code) if place.region_code else None
    except NotFoundError:
        region = None
    return ProfileCard(
        place=place, kind_label=kind_label, population=place.population, epci_siren=place.epci_siren,
        epci_name=epci_name, epci_kind_label=epci_kind, epci_members=members, communes=communes,
        departement_code=place.departement_code, departement=place.departement,
        region_code=place.region_code, region=place.region, plans=tuple(_plan_line(p) for p in plans),
        region_profile=region,
    )


def profile_for(db: Database, kind: str, code: str) -> ProfileCard:
    """The profile card of the collectivité ``kind``/``code``; ``NotFoundError`` if unknown."""
    place = find_place(db, kind, code)
    if place is None:
        raise NotFoundError(unknown_place(kind, code))
    return profile_card(db, place)


def _plan_line(programme: ProgrammeDetail) -> PlanLine:
    budget = format_fr.euros(programme.budget_eur) if programme.budget_eur is not None else ""
    others: list[str] = []
    other_figures: list[tuple[str | None, float]] = []
    for mention in programme.budget_mentions:
        if programme.budget_eur is not None and mention.amount_eur == programme.budget_eur and not mention.qualifier:
            continue
        figure = format_fr.euros(mention.amount_eur)
        figure = f"{mention.qualifier} {figure}" if mention.qualifier else figure
        if figure not in others and figure != budget:
            others.append(figure)
            other_figures.append((mention.qualifier, mention.amount_eur))
    if others and budget:
        label = "autre chiffre cité" if len(others) == 1 else "autres chiffres cités"
        budget = f"{budget} ({label} : {', '.join(others)})"
    elif others:
        budget = ", ".join(others)
    if programme.start_year and programme.end_year:
        years = f"{programme.start_year}-{programme.end_year}"
    elif programme.start_year:
        years = f"depuis {programme.start_year}"
    else:
        years = ""
    return PlanLine(
        id=programme.id, name=programme.name, kind=programme.kind,
        kind_label=PROGRAMME_KINDS.get(programme.kind, "Programme"),
        operator=programme.operator.name if programme.operator else "", budget=budget, years=years,
        summary=programme.summary, mentions=tuple(mention_line(m) for m in programme.budget_mentions),
        budget_eur=programme.budget_eur, start_year=programme.start_year, end_year=programme.end_year,
        other_figures=tuple(other_figures), budget_mentions=tuple(programme.budget_mentions),
    )


def mention_line(mention: BudgetMentionLine) -> str:
    """"près de 50 M€ — Paroles d'élus, 24 mai 2024": one budget figure and who gives it."""
    figure = format_fr.euros(mention.amount_eur)
    figure = f"{mention.qualifier} {figure}" if mention.qualifier else figure
    source = mention.source.publisher
    if mention.source.published:
        source += f", {format_fr.partial_date(mention.source.published)}"
    return f"{figure} — {source}"
