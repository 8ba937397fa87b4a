"""Credit lines and licences of imported catalogues, for the About dialog."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from territoria.services.database import Database
from territoria.store.models import Source


@dataclass(frozen=True, slots=True)
class Credit:
    """One imported catalogue: who to credit, under which licence, and how many sources cite it."""

    publisher: str
    attribution: str | None
    licence: str | None
    sources: int


def imported_credits(db: Database) -> tuple[Credit, ...]:
    """Every distinct credit line / licence of the sources that carry one (imported catalogues)."""
    with db.session() as session:
        rows = session.execute(
            select(Source.publisher, Source.attribution, Source.licence, func.count())
            .where((Source.attribution.is_not(None)) | (Source.licence.is_not(None)))
            .group_by(Source.publisher, Source.attribution, Source.licence)
            .order_by(Source.publisher)
        ).all()
    return tuple(Credit(publisher, attribution, licence, count) for publisher, attribution, licence, count in rows)
