"""Initiatives linked to one: same programme, same lead, same place."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text

from territoria.services.database import Database


@dataclass(frozen=True, slots=True)
class RelatedInitiative:
    """Another initiative linked to one: same programme, same lead, same place."""

    id: int
    title: str
    reason: str


#: (reason, column) of the links between initiatives, closest first.
_LINKS: tuple[tuple[int, str], ...] = (
    (0, "programme_id"), (1, "lead_id"), (2, "commune_insee"), (3, "epci_siren"), (4, "departement_code"),
)

_REASONS = {
    0: "Même programme",
    1: "Même porteur",
    2: "Même commune",
    3: "Même intercommunalité",
    4: "Même département",
    5: "Même région",
}


def related_initiatives(db: Database, initiative_id: int, limit: int = 8) -> list[RelatedInitiative]:
    """Initiatives sharing the programme, the lead or the place of ``initiative_id``.

    Closest links first: same programme, same lead organisation, same commune, same
    intercommunalité, same département; for a record placed only in a région, the région.
    Each link is one indexed look-up, so this stays quick on a large catalogue.
    """
    limit = max(0, int(limit))
    with db.session() as session:
        connection = session.connection()
        me = connection.execute(text(
            "SELECT programme_id, lead_id, commune_insee, epci_siren, departement_code, region_code "
            "FROM initiatives WHERE id = :id"), {"id": int(initiative_id)}
        ).first()
        if me is None or limit == 0:
            return []
        values = dict(zip(("programme_id", "lead_id", "commune_insee", "epci_siren", "departement_code"), me[:5]))
        links = [(reason, column, values[column]) for reason, column in _LINKS if values[column] is not None]
        if not any(values[c] for c in ("commune_insee", "epci_siren", "departement_code")) and me[5]:
            links.append((5, "region_code", me[5]))
        found: dict[int, RelatedInitiative] = {}
        for reason, column, value in links:
            rows = connection.execute(
                text(f"SELECT id, title FROM initiatives WHERE {column} = :value AND id != :id "
                     "ORDER BY title, id LIMIT :limit"),
                {"value": value, "id": int(initiative_id), "limit": limit},
            )
            for ident, title in rows:
                found.setdefault(ident, RelatedInitiative(ident, title, _REASONS[reason]))
            if len(found) >= limit:
                break
    return list(found.values())[:limit]
