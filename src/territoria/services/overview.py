"""A light listing of initiatives for the first window (the full browser uses ``search``)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import aliased

from territoria.services.database import Database
from territoria.store.models import Initiative, Organisation, Region


@dataclass(frozen=True, slots=True)
class InitiativeLine:
    """One line of the overview list."""

    id: int
    title: str
    organisation: str
    region: str
    status: str


def list_initiatives(db: Database, limit: int = 500) -> list[InitiativeLine]:
    """The first ``limit`` initiatives, by title."""
    lead = aliased(Organisation)
    with db.session() as session:
        rows = session.execute(
            select(Initiative.id, Initiative.title, lead.name, Region.name, Initiative.status)
            .outerjoin(lead, lead.id == Initiative.lead_id)
            .outerjoin(Region, Region.code == Initiative.region_code)
            .order_by(Initiative.title)
            .limit(limit)
        ).all()
    return [InitiativeLine(r[0], r[1], r[2] or "", r[3] or "", r[4]) for r in rows]
