"""Ma sélection (starred initiatives) and saved searches, kept in the user tables.

Both refer to initiatives by slug or hold only text, so they survive restarts and seed
updates (a seed update never writes ``user_*`` tables). Starring by id resolves the
slug first; a starred slug whose record disappeared is simply not listed.

Every read and write is limited to the user's own rows (``user_tables.mine``: the server
user name on PostgreSQL). Reads are Core SQL on the tables (no ORM entity): the saved-searches
menu and the star column are on the start-up path, where configuring every ORM mapper would
cost ~60–100 ms.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select

from territoria.domain.reasons import Reason
from territoria.errors import NotFoundError, TerritoriaError
from territoria.services.database import Database
from territoria.store.search_index import normalise_filters
from territoria.store.user_tables import INITIATIVES as _INITIATIVES
from territoria.store.user_tables import SAVED_SEARCHES as _SAVED
from territoria.store.user_tables import SELECTION as _SELECTION
from territoria.store.user_tables import mine

#: The codes of the errors this module raises with a reason (the window writes them in its language).
ERROR_CODES: frozenset[str] = frozenset({"error_search_name_empty", "error_search_name_too_long",
                                         "error_search_name_taken", "error_search_gone"})


def _writes():  # store.user_writes imports the ORM models: only when something is written
    from territoria.store import user_writes

    return user_writes


#: Longest name accepted for a saved search.
MAX_NAME = 200


def _slug_of(session, initiative_id: int) -> str:
    slug = session.connection().scalar(select(_INITIATIVES.c.slug).where(_INITIATIVES.c.id == int(initiative_id)))
    if slug is None:
        raise NotFoundError(f"L'initiative n° {initiative_id} n'existe pas (ou plus) dans la base.")
    return slug


def set_starred(db: Database, initiative_id: int, starred: bool) -> bool:
    """Add ``initiative_id`` to Ma sélection (or remove it); returns the new state."""
    with db.session() as session:
        slug = _slug_of(session, initiative_id)
        # one idempotent statement: several windows or processes may star at once
        if starred:
            _writes().star(session, slug, datetime.now())
        else:
            _writes().unstar(session, slug)
    return starred


def toggle_star(db: Database, initiative_id: int) -> bool:
    """Star or unstar ``initiative_id`` in one transaction; returns True when it is now starred."""
    with db.session() as session:
        slug = _slug_of(session, initiative_id)
        starred = session.connection().scalar(
            select(func.count()).select_from(_SELECTION)
            .where(_SELECTION.c.initiative_slug == slug, mine(_SELECTION, session))) == 0
        if starred:
            _writes().star(session, slug, datetime.now())
        else:
            _writes().unstar(session, slug)
    return starred


def is_starred(db: Database, initiative_id: int) -> bool:
    """Whether ``initiative_id`` is in Ma sélection."""
    with db.engine.connect() as connection:
        return connection.scalar(
            select(func.count()).select_from(_SELECTION)
            .join(_INITIATIVES, _INITIATIVES.c.slug == _SELECTION.c.initiative_slug)
            .where(_INITIATIVES.c.id == int(initiative_id), mine(_SELECTION, connection))
        ) > 0


def selection_ids(db: Database) -> list[int]:
    """Ids of the starred initiatives, most recently starred first (for exports)."""
    with db.engine.connect() as connection:
        rows = connection.execute(
            select(_INITIATIVES.c.id)
            .join(_SELECTION, _SELECTION.c.initiative_slug == _INITIATIVES.c.slug)
            .where(mine(_SELECTION, connection))
            .order_by(_SELECTION.c.added_at.desc(), _INITIATIVES.c.id)
        )
        return [row[0] for row in rows]


def selection_count(db: Database) -> int:
    """How many existing initiatives are starred."""
    with db.engine.connect() as connection:
        return int(connection.scalar(
            select(func.count()).select_from(_SELECTION)
            .join(_INITIATIVES, _INITIATIVES.c.slug == _SELECTION.c.initiative_slug)
            .where(mine(_SELECTION, connection))
        ) or 0)


def clear_selection(db: Database) -> None:
    """Empty Ma sélection."""
    with db.engine.begin() as connection:
        connection.execute(delete(_SELECTION).where(mine(_SELECTION, connection)))


@dataclass(frozen=True, slots=True)
class SavedSearchInfo:
    """A named search: the typed text and the facet filters."""

    id: int
    name: str
    query: str
    filters: dict[str, list[str]]
    created_at: datetime | None  # None when the stored value is damaged


def _info(row: Any) -> SavedSearchInfo:
    """The saved search of a row of ``user_saved_searches``."""
    filters = {k: list(v) for k, v in normalise_filters(row.filters if isinstance(row.filters, dict) else {}).items()}
    return SavedSearchInfo(row.id, row.name, row.query or "", filters, row.created_at)


def clean_name(name: str) -> str:
    """``name`` trimmed, or a French ``TerritoriaError`` when empty or too long."""
    cleaned = " ".join((name or "").replace("\x00", "").split())
    if not cleaned:
        raise TerritoriaError(Reason.of("error_search_name_empty"))
    if len(cleaned) > MAX_NAME:
        raise TerritoriaError(Reason.of("error_search_name_too_long", length=len(cleaned), maximum=MAX_NAME))
    return cleaned


def save_search(
    db: Database, name: str, query: str, filters: Mapping[str, Sequence[str]] | None, *, replace: bool = False
) -> SavedSearchInfo:
    """Save the search under ``name``; an existing name is replaced only when ``replace``."""
    cleaned = clean_name(name)
    stored = {k: list(v) for k, v in normalise_filters(filters).items()}
    text = (query or "").replace("\x00", "")
    with db.session() as session:
        # one idempotent statement each (no read-then-insert race between processes)
        if replace:
            _writes().put_saved_search(session, cleaned, text, stored, datetime.now())
        elif not _writes().add_saved_search(session, cleaned, text, stored, datetime.now()):
            raise TerritoriaError(Reason.of("error_search_name_taken", name=cleaned))
        row = session.connection().execute(
            select(_SAVED).where(_SAVED.c.name == cleaned, mine(_SAVED, session))).first()
        return _info(row)


def saved_search_exists(db: Database, name: str) -> bool:
    """Whether a saved search already has this (cleaned) name."""
    try:
        cleaned = clean_name(name)
    except TerritoriaError:
        return False
    with db.engine.connect() as connection:
        return connection.scalar(
            select(_SAVED.c.id).where(_SAVED.c.name == cleaned, mine(_SAVED, connection))) is not None


def list_saved_searches(db: Database) -> list[SavedSearchInfo]:
    """Every saved search, by name."""
    with db.engine.connect() as connection:
        infos = [_info(row) for row in connection.execute(select(_SAVED).where(mine(_SAVED, connection)))]
    from territoria.domain.text import fold

    return sorted(infos, key=lambda info: (fold(info.name), info.id))


def get_saved_search(db: Database, search_id: int) -> SavedSearchInfo:
    """One saved search (``NotFoundError`` when it was deleted)."""
    with db.engine.connect() as connection:
        row = connection.execute(
            select(_SAVED).where(_SAVED.c.id == int(search_id), mine(_SAVED, connection))).first()
        if row is None:
            raise NotFoundError(Reason.of("error_search_gone"))
        return _info(row)


def delete_saved_search(db: Database, search_id: int) -> None:
    """Delete a saved search (nothing happens if it is already gone)."""
    with db.engine.begin() as connection:
        connection.execute(delete(_SAVED).where(_SAVED.c.id == int(search_id), mine(_SAVED, connection)))
