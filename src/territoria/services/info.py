"""Counts, data edition and integrity check of a database."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select, text

from territoria.services.database import Database
from territoria.store import migrate
from territoria.store.health import integrity_findings
from territoria.store.models import (
    Commune,
    CommuneAlias,
    Departement,
    Epci,
    Event,
    Figure,
    Initiative,
    Meta,
    Pack,
    Programme,
    Region,
    Scheme,
    Source,
)
from territoria.store.search_index import search_index


@dataclass(frozen=True, slots=True)
class DatabaseInfo:
    """What ``territoria info --json`` prints."""

    regions: int
    departements: int
    communes: int
    epci: int
    initiatives: int
    programmes: int
    support_schemes: int
    figures: int
    sources: int
    schema_version: str | None
    data_edition: str | None
    #: Overseas collectivities (zone "com": Polynésie française, Nouvelle-Calédonie…): their
    #: communes are stored, but they are counted neither as régions nor as départements.
    collectivites_outre_mer: int = 0
    #: Dated events (the régions' timelines) and commune aliases (arrondissements, communes
    #: déléguées and associées a person may type).
    events: int = 0
    commune_aliases: int = 0
    #: Installed data packs (one per publisher) and the town hall's own initiatives.
    packs: int = 0
    local_initiatives: int = 0


def database_info(db: Database) -> DatabaseInfo:
    """Counts of every kind of record, the schema revision and the data edition."""
    with db.session() as session:

        def count(model: type) -> int:
            return int(session.scalar(select(func.count()).select_from(model)) or 0)

        edition = session.scalar(select(Meta.value).where(Meta.key == "data_edition"))
        def count_proper(model: type) -> int:
            # overseas collectivities (zone "com") are stored but are not régions/départements
            query = select(func.count()).select_from(model).where(model.zone != "com")
            return int(session.scalar(query) or 0)

        return DatabaseInfo(
            regions=count_proper(Region),
            departements=count_proper(Departement),
            communes=count(Commune),
            epci=count(Epci),
            initiatives=count(Initiative),
            programmes=count(Programme),
            support_schemes=count(Scheme),
            figures=count(Figure),
            sources=count(Source),
            schema_version=migrate.current_revision(db.engine),
            data_edition=edition,
            collectivites_outre_mer=int(session.scalar(
                select(func.count()).select_from(Region).where(Region.zone == "com")) or 0),
            events=count(Event),
            commune_aliases=count(CommuneAlias),
            packs=count(Pack),
            local_initiatives=int(session.scalar(
                select(func.count()).select_from(Initiative).where(Initiative.origin.in_(("local", "user")))) or 0),
        )


@dataclass(frozen=True, slots=True)
class IntegrityReport:
    """Problems found by :func:`check_integrity` (empty when the database is sound)."""

    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        """True when no problem was found."""
        return not self.problems


def check_integrity(db: Database) -> IntegrityReport:
    """Integrity and foreign-key checks, schema revision, and search-index coverage."""
    problems: list[str] = []
    with db.engine.connect() as connection:
        findings = integrity_findings(connection)
        problems.extend(f"Intégrité de la base : {line}" for line in findings.problems)
        violations = findings.broken_references
        for table, rowid, parent in violations[:20]:
            problems.append(f"Référence cassée : {table} ligne {rowid} → {parent}")
        if len(violations) > 20:
            problems.append(f"… et {len(violations) - 20} autres références cassées")
        indexed = search_index(db.engine).indexed_count(connection)
        total = connection.execute(text("SELECT count(*) FROM initiatives")).scalar()
        if indexed != total:
            problems.append(f"Index de recherche désynchronisé : {indexed} fiches indexées sur {total}")
    revision = migrate.current_revision(db.engine)
    if revision != migrate.head_revision():
        problems.append(f"Schéma « {revision} » au lieu de « {migrate.head_revision()} »")
    return IntegrityReport(tuple(problems))
