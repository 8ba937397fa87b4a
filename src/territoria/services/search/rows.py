"""What the results table, the CLI and exports show of each initiative, fetched by id."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Final

from territoria.domain.vocab import LEAD_KIND_FACET, STATUSES, TECHNIQUES, THEMES
from territoria.services.database import Database
from territoria.store.user_tables import owned_selection_sql

#: Rows fetched per SQL statement by :func:`fetch_rows`.
FETCH_CHUNK: Final = 500


@dataclass(frozen=True, slots=True)
class ResultRow:
    """What the results table, the CLI and exports show of one initiative."""

    id: int
    slug: str
    title: str
    organisation: str
    organisation_kind: str | None
    place: str
    commune_insee: str | None
    commune: str | None
    epci_siren: str | None
    epci: str | None
    departement_code: str | None
    departement: str | None
    region_code: str | None
    region: str | None
    lead_kind: str
    lead_kind_label: str
    population: int | None
    theme_slugs: tuple[str, ...]
    themes: tuple[str, ...]
    technique_slugs: tuple[str, ...]
    techniques: tuple[str, ...]
    status: str
    status_label: str
    start_year: int | None
    budget_eur: float | None
    funding_eur: float | None
    programme: str | None
    starred: bool
    #: ``seed``, ``pack`` or ``local`` (the town hall's own project, marked in lists)
    origin: str = "seed"
    #: the name of the pack publisher the record came from (None for the seed and local records)
    publisher: str | None = None

    @property
    def money_eur(self) -> float | None:
        """The budget when known, else the total funding obtained."""
        return self.budget_eur if self.budget_eur is not None else self.funding_eur


_ROW_SQL = f"""
SELECT i.id, i.slug, i.title, lead.name, lead.kind, i.commune_insee, c.name, i.epci_siren, e.name,
       i.departement_code, d.name, i.region_code, r.name, i.lead_kind, i.lead_population, i.status,
       i.start_year, i.budget_eur,
       (SELECT sum(f.amount_eur) FROM funding f WHERE f.initiative_id = i.id),
       p.name, i.slug IN {{selected}}, i.origin,
       (SELECT pk.publisher_name FROM packs pk WHERE pk.publisher_id = i.pack_publisher)
FROM initiatives i
LEFT JOIN organisations lead ON lead.id = i.lead_id
LEFT JOIN communes c ON c.insee = i.commune_insee
LEFT JOIN epci e ON e.siren = i.epci_siren
LEFT JOIN departements d ON d.code = i.departement_code
LEFT JOIN regions r ON r.code = i.region_code
LEFT JOIN programmes p ON p.id = i.programme_id
WHERE i.id IN ({{ids}})
"""


def _tags(connection, table: str, column: str, ids: Sequence[int]) -> dict[int, list[str]]:
    placeholders = ", ".join(str(int(i)) for i in ids)
    tags: dict[int, list[str]] = {}
    rows = connection.exec_driver_sql(
        f"SELECT initiative_id, {column} FROM {table} WHERE initiative_id IN ({placeholders}) "
        f"ORDER BY initiative_id, {column}"
    )
    for initiative_id, slug in rows:
        tags.setdefault(initiative_id, []).append(slug)
    return tags


def fetch_rows(db: Database, ids: Iterable[int]) -> list[ResultRow]:
    """The rows of ``ids``, in the same order; unknown ids are skipped."""
    wanted = [int(i) for i in ids]
    found: dict[int, ResultRow] = {}
    with db.read() as connection:
        for start in range(0, len(wanted), FETCH_CHUNK):
            chunk = wanted[start:start + FETCH_CHUNK]
            themes = _tags(connection, "initiative_themes", "theme", chunk)
            techniques = _tags(connection, "initiative_techniques", "technique", chunk)
            # the stars of the user (on a server, of its user name only)
            sql = _ROW_SQL.format(ids=", ".join(str(i) for i in chunk),
                                  selected=owned_selection_sql(connection.dialect.name))
            for r in connection.exec_driver_sql(sql):
                theme_slugs = tuple(sorted(themes.get(r[0], []), key=lambda s: THEMES.get(s, s)))
                technique_slugs = tuple(techniques.get(r[0], []))
                place = r[6] or r[8] or r[10] or r[12] or ""
                found[r[0]] = ResultRow(
                    id=r[0], slug=r[1], title=r[2], organisation=r[3] or "", organisation_kind=r[4],
                    place=place, commune_insee=r[5], commune=r[6], epci_siren=r[7], epci=r[8],
                    departement_code=r[9], departement=r[10], region_code=r[11], region=r[12],
                    lead_kind=r[13], lead_kind_label=LEAD_KIND_FACET.get(r[13], r[13]),
                    population=r[14],
                    theme_slugs=theme_slugs, themes=tuple(THEMES.get(s, s) for s in theme_slugs),
                    technique_slugs=technique_slugs,
                    techniques=tuple(TECHNIQUES.get(s, s) for s in technique_slugs),
                    status=r[15], status_label=STATUSES.get(r[15], r[15]), start_year=r[16],
                    budget_eur=r[17], funding_eur=r[18], programme=r[19], starred=bool(r[20]),
                    origin=r[21] or "seed", publisher=r[22],
                )
    return [found[i] for i in wanted if i in found]


