""""Mes projets": the town hall's own initiatives, written only by the user.

An own project is an initiative of origin ``local``. Its lead is the collectivité chosen
in "Ma commune" (or the commune of ``place_commune_insee``); its source is that
collectivité's own declaration, dated the day it was saved. Seed and data-pack updates
never write records of origin ``local`` (their slugs start with ``local:``, a namespace no
update uses), and every field is validated with a French message before anything is
written.

API:
- ``ProjectFields`` (what a form or a TOML file gives), ``validate(fields) -> dict[field, message]``
- ``add_project(db, fields, *, today=None) -> int`` / ``update_project(db, id, fields)`` /
  ``delete_project(db, id)`` — raise :class:`ProjectError` (``errors`` per field) and change nothing
- ``list_projects(db) -> list[ProjectSummary]``, ``project_fields(db, id) -> ProjectFields``
- ``open_project(db, id) -> OpenedProject`` (fields and version), then
  ``update_project(db, id, fields, expected_version=opened.version)``: refused with
  :class:`~territoria.services.record_versions.EditConflictError` when someone saved since
- ``fields_from_toml(path) -> ProjectFields`` (one ``[[initiative]]`` in the curated format)

On a server database own projects belong to the server user name (``initiatives.user_name``).
In agency mode (a server and the agency's pack ``publisher``), the same form edits any
initiative of that publisher: its text, status, dates, money and tags; its lead, place and
sources stay the publisher's. Every save increments the record's ``version``.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from territoria.domain.text import fold
from territoria.domain.vocab import STATUSES, TECHNIQUES, THEMES
from territoria.errors import NotFoundError, TerritoriaError
from territoria.services.communes import Place, find_place
from territoria.services.database import Database
from territoria.services.profile import load_choice
from territoria.services.record_versions import EditConflictError
from territoria.store.derived import apply_derived
from territoria.store.models import (
    ORIGIN_LOCAL,
    ORIGIN_PACK,
    Funding,
    Initiative,
    InitiativeTechnique,
    InitiativeTheme,
    Organisation,
    Programme,
    SelectionEntry,
    Source,
    UserNote,
)
from territoria.store.user_tables import owner_name
from territoria.store.versions import claim_version, current_version

#: Slug prefix of every local record: no seed or pack slug has it.
LOCAL_PREFIX = "local:"
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_LIMITS = {"title": 300, "summary": 5000, "problem": 5000, "results": 5000, "supplier": 300, "contact": 500}
#: A budget above this is taken for a typing error (the largest regional plans are ~100 M€).
MAX_BUDGET_EUR = 1_000_000_000
#: Fields of the curated ``[[initiative]]`` format a local project may carry.
TOML_FIELDS = frozenset({
    "id", "title", "summary", "problem", "results", "themes", "techniques", "status", "start_date", "end_date",
    "budget_eur", "supplier", "contact", "programme", "place_commune_insee", "funding", "partners",
    "last_checked", "lead", "sources", "language", "external_id", "lead_attribution", "lead_note",
})
FIELD_LABELS = {
    "title": "Titre", "summary": "Résumé", "problem": "Problème traité", "results": "Résultats",
    "themes": "Thèmes", "techniques": "Techniques", "status": "Statut", "start_date": "Début",
    "end_date": "Fin", "budget_eur": "Budget", "supplier": "Prestataire", "contact": "Contact",
    "programme": "Programme", "place_commune_insee": "Commune", "funding": "Financements",
    "collectivite": "Collectivité",
}


class ProjectError(TerritoriaError):
    """A project that cannot be saved: ``errors`` maps each bad field to its French message."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = dict(errors)
        lines = [f"{FIELD_LABELS.get(name, name)} : {message}" for name, message in self.errors.items()]
        super().__init__("Le projet n'a pas été enregistré :\n- " + "\n- ".join(lines))


@dataclass(frozen=True, slots=True)
class FundingInput:
    """Money the project obtained: an amount and a free note (funder, scheme)."""

    amount_eur: float | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class ProjectFields:
    """Every field of an own project, as a form or a TOML file gives them."""

    title: str = ""
    summary: str = ""
    problem: str = ""
    results: str = ""
    themes: tuple[str, ...] = ()
    techniques: tuple[str, ...] = ()
    status: str = "idea"
    start_date: str = ""
    end_date: str = ""
    budget_eur: float | None = None
    supplier: str = ""
    contact: str = ""
    programme: str = ""  # programme slug, optional
    place_commune_insee: str = ""  # where it runs, when not the collectivité of "Ma commune"
    funding: tuple[FundingInput, ...] = field(default_factory=tuple)


@dataclass(frozen=True, slots=True)
class OpenedProject:
    """A record opened in the form: its fields and the version they were read at."""

    id: int
    fields: ProjectFields
    version: int
    #: True for a record of the agency's publisher (agency mode), False for an own project
    publisher_record: bool = False


@dataclass(frozen=True, slots=True)
class ProjectSummary:
    """One line of "Mes projets"."""

    id: int
    slug: str
    title: str
    status: str
    place: str
    lead: str
    start_date: str | None
    budget_eur: float | None
    declared: str | None  # the date of the declaration (last save)
    #: ``local`` (an own project) or ``pack`` (a record of the agency's publisher, agency mode)
    origin: str = ORIGIN_LOCAL


def _valid_date(value: str) -> bool:
    match = _DATE.match(value)
    if not match:
        return False
    year, month, day = match.groups()
    try:
        date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return False
    return 1900 <= int(year) <= 2100


def _printable(value: str) -> bool:
    """No control character but line breaks and tabs; French no-break spaces (a published
    record's typography) are text, although ``str.isprintable`` says otherwise."""
    return all(ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cs") for ch in value)


def validate(fields: ProjectFields, db: Database | None = None) -> dict[str, str]:
    """Every problem of ``fields`` as ``{field: French message}`` (empty when all is well).

    With ``db``, the programme and the commune are also checked against the database.
    """
    errors: dict[str, str] = {}
    for name, limit in _LIMITS.items():
        value = getattr(fields, name)
        if not isinstance(value, str):
            errors[name] = "doit être un texte."
        elif len(value.strip()) > limit:
            errors[name] = f"trop long ({len(value.strip())} caractères ; {limit} au plus)."
        elif not _printable(value):
            errors[name] = "contient des caractères de contrôle."
    if "title" not in errors and not fields.title.strip():
        errors["title"] = "obligatoire."
    for name, vocabulary, what in (("themes", THEMES, "thème"), ("techniques", TECHNIQUES, "technique")):
        values = getattr(fields, name)
        unknown = [v for v in values if v not in vocabulary]
        if unknown:
            errors[name] = f"{what} inconnu « {unknown[0]} »."
    if fields.status not in STATUSES:
        errors["status"] = f"statut inconnu « {fields.status} » (choix : {', '.join(STATUSES)})."
    for name in ("start_date", "end_date"):
        value = getattr(fields, name)
        if value and not _valid_date(str(value)):
            errors[name] = f"date invalide « {value} » : écrivez AAAA, AAAA-MM ou AAAA-MM-JJ."
    if (fields.start_date and fields.end_date and "start_date" not in errors and "end_date" not in errors
            and fields.end_date < fields.start_date[:len(fields.end_date)]):
        errors["end_date"] = "la fin précède le début."
    budget = fields.budget_eur
    if budget is not None:
        if isinstance(budget, bool) or not isinstance(budget, (int, float)) or not math.isfinite(budget):
            errors["budget_eur"] = "doit être un montant en euros."
        elif budget <= 0:
            errors["budget_eur"] = "doit être un montant positif."
        elif budget > MAX_BUDGET_EUR:
            errors["budget_eur"] = "montant invraisemblable (plus d'un milliard d'euros)."
    for number, money in enumerate(fields.funding, 1):
        amount = money.amount_eur
        if amount is not None and (isinstance(amount, bool) or not isinstance(amount, (int, float))
                                   or not math.isfinite(amount) or amount <= 0 or amount > MAX_BUDGET_EUR):
            errors["funding"] = f"le financement n° {number} doit avoir un montant positif en euros."
        elif not isinstance(money.note, str) or len(money.note) > 300 or not _printable(money.note):
            errors["funding"] = f"la note du financement n° {number} doit être un texte court (300 caractères)."
        elif amount is None and not money.note.strip():
            errors["funding"] = f"le financement n° {number} est vide."
    if fields.place_commune_insee and not re.fullmatch(r"[0-9][0-9AB][0-9]{3}", fields.place_commune_insee):
        errors["place_commune_insee"] = f"code INSEE invalide « {fields.place_commune_insee} »."
    if db is not None:
        with db.session() as session:
            if fields.programme and "programme" not in errors and session.scalars(
                    select(Programme.id).where(Programme.slug == fields.programme)).first() is None:
                errors["programme"] = f"programme inconnu « {fields.programme} »."
            if fields.place_commune_insee and "place_commune_insee" not in errors and find_place(
                    db, "commune", fields.place_commune_insee) is None:
                errors["place_commune_insee"] = f"aucune commune n'a le code INSEE « {fields.place_commune_insee} »."
    return errors


def _clean(fields: ProjectFields) -> ProjectFields:
    return replace(
        fields, title=" ".join(fields.title.split()), summary=fields.summary.strip(),
        problem=fields.problem.strip(), results=fields.results.strip(), supplier=fields.supplier.strip(),
        contact=fields.contact.strip(), themes=tuple(dict.fromkeys(fields.themes)),
        techniques=tuple(dict.fromkeys(fields.techniques)), start_date=str(fields.start_date or "").strip(),
        end_date=str(fields.end_date or "").strip(), programme=fields.programme.strip(),
        place_commune_insee=fields.place_commune_insee.strip().upper(),
        budget_eur=float(fields.budget_eur) if isinstance(fields.budget_eur, (int, float))
        and not isinstance(fields.budget_eur, bool) else fields.budget_eur,
    )


def _collectivite(db: Database, fields: ProjectFields) -> Place:
    """The lead: the commune of ``place_commune_insee``, else the collectivité of "Ma commune"."""
    if fields.place_commune_insee:
        place = find_place(db, "commune", fields.place_commune_insee)
        if place is not None:
            return place
    choice = load_choice(db)
    place = find_place(db, choice.kind, choice.code) if choice is not None else None
    if place is None:
        raise ProjectError({"collectivite": "choisissez d'abord votre collectivité dans « Ma commune » "
                                            "(ou donnez place_commune_insee)."})
    return place


def _lead(session: Session, place: Place) -> Organisation:
    """The local organisation standing for ``place`` (made on first use)."""
    slug = f"{LOCAL_PREFIX}{place.kind}-{place.code}"
    org = session.scalars(select(Organisation).where(Organisation.slug == slug)).first()
    if org is None:
        org = Organisation(slug=slug, origin=ORIGIN_LOCAL, name=place.name, kind=place.kind)
        session.add(org)
    org.name = place.name
    org.commune_insee = place.code if place.kind == "commune" else None
    org.epci_siren = place.code if place.kind == "epci" else place.epci_siren
    org.departement_code = place.code if place.kind == "departement" else place.departement_code
    org.region_code = place.code if place.kind == "region" else place.region_code
    return org


def _declaration(session: Session, slug: str, place: Place, today: str) -> Source:
    """The project's source: the collectivité's own declaration, dated ``today``."""
    source_slug = f"{slug}:declaration"
    source = session.scalars(select(Source).where(Source.slug == source_slug)).first()
    if source is None:
        source = Source(slug=source_slug, origin=ORIGIN_LOCAL, url="", url_is_article=False)
        session.add(source)
    source.title = f"Déclaration de la collectivité ({place.name})"
    source.publisher = place.name
    source.author = None
    source.published = today
    return source


def _unique_slug(session: Session, title: str) -> str:
    base = LOCAL_PREFIX + ("-".join(fold(title).split())[:60].strip("-") or "projet")
    taken = set(session.scalars(select(Initiative.slug).where(Initiative.slug.like(base + "%"))))
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug


def _write_texts(session: Session, initiative: Initiative, fields: ProjectFields, today: str) -> None:
    """The form's own fields, the same on the town hall's projects and on a publisher's records."""
    initiative.title = fields.title
    initiative.summary, initiative.problem, initiative.results = fields.summary, fields.problem, fields.results
    initiative.status = fields.status
    initiative.start_date = fields.start_date or None
    initiative.end_date = fields.end_date or None
    initiative.budget_eur = fields.budget_eur
    initiative.supplier = fields.supplier or None
    initiative.contact = fields.contact or None
    initiative.last_checked = today
    initiative.programme_id = session.scalars(
        select(Programme.id).where(Programme.slug == fields.programme)).first() if fields.programme else None


def _write(session: Session, initiative: Initiative, fields: ProjectFields, place: Place, today: str) -> None:
    _write_texts(session, initiative, fields, today)
    initiative.lead = _lead(session, place)
    initiative.sources = [_declaration(session, initiative.slug, place, today)]
    initiative.themes = [InitiativeTheme(theme=t) for t in fields.themes]
    initiative.techniques = [InitiativeTechnique(technique=t) for t in fields.techniques]
    initiative.funding = [Funding(amount_eur=m.amount_eur, note=m.note.strip() or None) for m in fields.funding]
    session.flush()
    # an alias code (arrondissement 69383, commune déléguée) is stored as its current commune's
    overrides = {"place_commune_insee": place.code if place.kind == "commune" else fields.place_commune_insee} \
        if fields.place_commune_insee else {}
    apply_derived(session, initiative, overrides)


def _checked(db: Database, fields: ProjectFields) -> ProjectFields:
    cleaned = _clean(fields)
    errors = validate(cleaned, db)
    if errors:
        raise ProjectError(errors)
    return cleaned


def add_project(db: Database, fields: ProjectFields, *, today: date | None = None) -> int:
    """Save a new own project; returns its initiative id. Raises :class:`ProjectError`."""
    cleaned = _checked(db, fields)
    place = _collectivite(db, cleaned)
    stamp = (today or date.today()).isoformat()
    with db.session() as session:
        initiative = Initiative(slug=_unique_slug(session, cleaned.title), origin=ORIGIN_LOCAL, title=cleaned.title,
                                user_name=owner_name(session))
        session.add(initiative)
        _write(session, initiative, cleaned, place, stamp)
        session.flush()
        return initiative.id


def _own(session: Session, initiative_id: int, publisher: str | None = None) -> Initiative:
    """The own project ``initiative_id`` of this user, or (with ``publisher``, agency mode) a record
    of that pack publisher; ``NotFoundError`` otherwise."""
    row = session.get(Initiative, int(initiative_id))
    if row is not None and row.origin == ORIGIN_LOCAL and (row.user_name or "") == owner_name(session):
        return row
    if row is not None and publisher and row.origin == ORIGIN_PACK and row.pack_publisher == publisher:
        return row
    raise NotFoundError(f"Aucun projet de votre collectivité n'a le numéro {initiative_id} "
                        "(seuls vos propres projets peuvent être modifiés ou supprimés).")


def _is_publisher_record(db: Database, initiative_id: int, publisher: str | None) -> bool:
    with db.session() as session:
        return _own(session, initiative_id, publisher).origin == ORIGIN_PACK


def _write_publisher_record(session: Session, initiative: Initiative, fields: ProjectFields, today: str) -> None:
    """The form's fields on a publisher's record: its lead, place and sources stay as published."""
    _write_texts(session, initiative, fields, today)
    if tuple(sorted(t.theme for t in initiative.themes)) != tuple(sorted(fields.themes)):
        initiative.themes = [InitiativeTheme(theme=t) for t in fields.themes]
    if tuple(sorted(t.technique for t in initiative.techniques)) != tuple(sorted(fields.techniques)):
        initiative.techniques = [InitiativeTechnique(technique=t) for t in fields.techniques]
    # the form knows amounts and notes only: unchanged lines keep their funder and scheme
    stored = [_funding_line(f.amount_eur, f.note, f.funder.name if f.funder else None,
                            f.scheme.name if f.scheme else None) for f in initiative.funding]
    if [(m.amount_eur, m.note.strip()) for m in stored] != [(m.amount_eur, m.note.strip()) for m in fields.funding]:
        initiative.funding = [Funding(amount_eur=m.amount_eur, note=m.note.strip() or None) for m in fields.funding]
    session.flush()
    apply_derived(session, initiative)


def _funding_line(amount: float | None, note: str | None, funder: str | None, scheme: str | None) -> FundingInput:
    """A funding line as the form shows it: a line without a note (a publisher's record names its
    funder and scheme instead) reads « funder — scheme »."""
    return FundingInput(amount, note or " — ".join(name for name in (funder, scheme) if name))


def update_project(db: Database, initiative_id: int, fields: ProjectFields, *, today: date | None = None,
                   expected_version: int | None = None, publisher: str | None = None) -> int:
    """Replace every field of own project ``initiative_id`` (or, with ``publisher``, of a record of
    that publisher); returns the record's new version.

    ``expected_version``: the version the fields were read at (``open_project``); when someone
    saved since, nothing is written and :class:`EditConflictError` shows both versions.
    Raises ``ProjectError``/``NotFoundError`` too.
    """
    cleaned = _checked(db, fields)
    publisher_record = _is_publisher_record(db, initiative_id, publisher)
    place = None if publisher_record else _collectivite(db, cleaned)
    stamp = (today or date.today()).isoformat()
    conflict: tuple[str, int] | None = None
    with db.session() as session:
        if expected_version is not None and not claim_version(session, Initiative, initiative_id, expected_version):
            row = _own(session, initiative_id, publisher)
            conflict = (row.title, current_version(session, Initiative, initiative_id) or 0)
        else:
            if expected_version is None:  # a save without a form (command line): still a new version
                session.execute(update(Initiative).where(Initiative.id == int(initiative_id))
                                .values(version=Initiative.version + 1)
                                .execution_options(synchronize_session=False))
            row = _own(session, initiative_id, publisher)
            session.refresh(row, ["version"])
            if publisher_record:
                _write_publisher_record(session, row, cleaned, stamp)
            else:
                assert place is not None
                _write(session, row, cleaned, place, stamp)
            return row.version
    title, their_version = conflict
    theirs = project_fields(db, initiative_id, publisher=publisher)
    raise EditConflictError(title, int(expected_version or 0), their_version, cleaned, _clean(theirs),
                            FIELD_LABELS, {"status": STATUSES, "themes": THEMES, "techniques": TECHNIQUES})


def open_project(db: Database, initiative_id: int, *, publisher: str | None = None) -> OpenedProject:
    """The fields of own project (or publisher record) ``initiative_id`` with the version they were read at."""
    with db.session() as session:
        row = _own(session, initiative_id, publisher)
        version, publisher_record = row.version, row.origin == ORIGIN_PACK
    # the version is read first: a save in between makes the next save a conflict, never a loss
    return OpenedProject(int(initiative_id), project_fields(db, initiative_id, publisher=publisher), version,
                         publisher_record)


def delete_project(db: Database, initiative_id: int) -> str:
    """Delete own project ``initiative_id`` with its declaration, note and star; returns its title."""
    with db.session() as session:
        row = _own(session, initiative_id)
        title, slug = row.title, row.slug
        session.delete(row)
        session.flush()
        session.execute(delete(Source).where(Source.slug == f"{slug}:declaration", Source.origin == ORIGIN_LOCAL))
        session.execute(delete(UserNote).where(UserNote.kind == "initiative", UserNote.record_slug == slug))
        # the star goes with the project (a deleted seed record would keep it; this one is gone for good)
        session.execute(delete(SelectionEntry).where(SelectionEntry.initiative_slug == slug))
    return title


def list_projects(db: Database, *, publisher: str | None = None) -> list[ProjectSummary]:
    """Every own project of this user, newest declaration first, then by title; with ``publisher``
    (agency mode), followed by that publisher's records by title."""
    from territoria.services.records import get_initiatives

    with db.session() as session:
        ids = list(session.scalars(select(Initiative.id).where(Initiative.origin == ORIGIN_LOCAL,
                                                               Initiative.user_name == owner_name(session))
                                  .order_by(Initiative.last_checked.desc(), Initiative.title_key, Initiative.id)))
        if publisher:
            ids += session.scalars(select(Initiative.id).where(Initiative.origin == ORIGIN_PACK,
                                                               Initiative.pack_publisher == publisher)
                                   .order_by(Initiative.title_key, Initiative.id))
    return [
        ProjectSummary(d.id, d.slug, d.title, d.status, d.place.label, d.lead.name if d.lead else "",
                       d.start_date, d.budget_eur, d.last_checked, d.origin)
        for d in get_initiatives(db, ids)
    ]


def local_ids(db: Database) -> set[int]:
    """The ids of every own project (to keep them out of rankings against themselves)."""
    with db.session() as session:
        return set(session.scalars(select(Initiative.id).where(Initiative.origin == ORIGIN_LOCAL)))


def project_fields(db: Database, initiative_id: int, *, publisher: str | None = None) -> ProjectFields:
    """The fields of own project ``initiative_id`` (or a record of ``publisher``), to fill the edit form."""
    from territoria.services.records import get_initiative

    try:
        with db.session() as session:
            _own(session, initiative_id, publisher)
    except NotFoundError as exc:
        raise NotFoundError(f"L'initiative {initiative_id} n'est pas un projet de votre collectivité.") from exc
    detail = get_initiative(db, initiative_id)
    with db.session() as session:
        programme = session.get(Programme, detail.programme_id) if detail.programme_id else None
        programme_slug = programme.slug if programme else ""
        lead = session.get(Organisation, detail.lead.id) if detail.lead else None
        lead_commune = lead.commune_insee if lead is not None else None
    # a project led by another commune than the one of "Ma commune" keeps that commune
    choice = load_choice(db)
    place_commune = lead_commune or ""
    if choice is not None and (choice.kind, choice.code) == ("commune", lead_commune):
        place_commune = ""
    return ProjectFields(
        title=detail.title, summary=detail.summary, problem=detail.problem, results=detail.results,
        themes=detail.themes, techniques=detail.techniques, status=detail.status,
        start_date=detail.start_date or "", end_date=detail.end_date or "", budget_eur=detail.budget_eur,
        supplier=detail.supplier or "", contact=detail.contact or "", programme=programme_slug,
        place_commune_insee=place_commune,
        funding=tuple(_funding_line(f.amount_eur, f.note, f.funder, f.scheme_name) for f in detail.funding),
    )


# --- curated TOML -----------------------------------------------------------------------


def fields_from_record(record: dict[str, Any]) -> ProjectFields:
    """An ``[[initiative]]`` table (curated format) as project fields; ``ProjectError`` on wrong types."""
    errors: dict[str, str] = {}
    unknown = sorted(set(record) - TOML_FIELDS)
    if unknown:
        errors["initiative"] = f"champ inconnu « {unknown[0]} »."

    def text(name: str) -> str:
        value = record.get(name, "")
        if not isinstance(value, str):
            errors[name] = "doit être un texte."
            return ""
        return value

    def strings(name: str) -> tuple[str, ...]:
        value = record.get(name, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            errors[name] = "doit être une liste de textes."
            return ()
        return tuple(value)

    def date_text(name: str) -> str:
        value = record.get(name, "")
        return value.isoformat() if isinstance(value, date) else text(name)

    budget = record.get("budget_eur")
    if budget is not None and (isinstance(budget, bool) or not isinstance(budget, (int, float))):
        errors["budget_eur"] = "doit être un nombre (euros)."
        budget = None
    funding: list[FundingInput] = []
    raw_funding = record.get("funding", [])
    if not isinstance(raw_funding, list):
        errors["funding"] = "doit être une liste de { amount_eur, funder, scheme, note }."
        raw_funding = []
    for money in raw_funding:
        if not isinstance(money, dict):
            errors["funding"] = "chaque financement est une table { amount_eur, note }."
            continue
        amount = money.get("amount_eur")
        if amount is not None and (isinstance(amount, bool) or not isinstance(amount, (int, float))):
            errors["funding"] = "amount_eur doit être un nombre."
            continue
        # funder and scheme ids of the curated format become words of the note
        words = [str(money[k]) for k in ("funder", "scheme") if money.get(k)]
        note = money.get("note", "")
        note = note if isinstance(note, str) else ""
        funding.append(FundingInput(amount, " — ".join([*words, note] if note else words)))
    fields = ProjectFields(
        title=text("title"), summary=text("summary"), problem=text("problem"), results=text("results"),
        themes=strings("themes"), techniques=strings("techniques"), status=record.get("status", "idea"),
        start_date=date_text("start_date"), end_date=date_text("end_date"), budget_eur=budget,
        supplier=text("supplier"), contact=text("contact"), programme=text("programme"),
        place_commune_insee=text("place_commune_insee"), funding=tuple(funding),
    )
    if errors:
        raise ProjectError(errors)
    return fields


def fields_from_toml(path: Path) -> ProjectFields:
    """Read one ``[[initiative]]`` from ``path``; ``ProjectError`` (French) when unreadable or not exactly one."""
    import tomllib

    from territoria.domain.file_errors import os_reason, toml_reason

    try:
        with Path(path).open("rb") as handle:
            data = tomllib.load(handle)
    except OSError as exc:
        raise ProjectError({"fichier": f"illisible : {path} ({os_reason(exc)})."}) from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ProjectError({"fichier": f"{path} : {toml_reason(exc)}."}) from exc
    records = data.get("initiative")
    if not isinstance(records, list) or len(records) != 1 or not isinstance(records[0], dict):
        raise ProjectError({"fichier": f"{path} doit contenir exactement une table [[initiative]]."})
    return fields_from_record(records[0])
