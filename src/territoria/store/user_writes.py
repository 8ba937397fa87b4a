"""Idempotent writes of the user tables: each one statement, safe when processes race.

Starring, saving a search and remembering the chosen collectivité used to read first and
then insert, so two writers could both decide to insert and one failed with ``UNIQUE
constraint failed``. Each write here is a single ``INSERT … ON CONFLICT`` (or ``DELETE``),
which the database serialises: repeating it, or running it from several processes at
once, gives the same result and no error.

Every row is written for, and every delete limited to, the user of the session
(``user_tables.owner``: the server user name on PostgreSQL, ``''`` on SQLite).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete
from sqlalchemy.orm import Session

from territoria.store.models import SavedSearch, SelectionEntry, UserNote, UserProfile
from territoria.store.user_tables import mine, owner


def _insert(session: Session, model: type) -> Any:
    """The dialect's INSERT construct that supports ``ON CONFLICT`` (SQLite, PostgreSQL)."""
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert(model)


def _key(session: Session, *columns: str) -> list[str]:
    """The unique key of a user table: on a server it starts with ``user_name`` (migration 0010);
    SQLite keeps its one-user keys."""
    if session.get_bind().dialect.name == "postgresql":
        return ["user_name", *columns]
    return list(columns)


def star(session: Session, slug: str, when: datetime) -> None:
    """Put ``slug`` in Ma sélection (nothing happens when it is already there)."""
    session.execute(_insert(session, SelectionEntry)
                    .values(initiative_slug=slug, added_at=when, user_name=owner(session))
                    .on_conflict_do_nothing(index_elements=_key(session, "initiative_slug")))


def unstar(session: Session, slug: str) -> None:
    """Take ``slug`` out of Ma sélection (nothing happens when it is not there)."""
    session.execute(delete(SelectionEntry).where(SelectionEntry.initiative_slug == slug,
                                                 mine(SelectionEntry, session)))


def add_saved_search(session: Session, name: str, query: str, filters: dict, when: datetime) -> bool:
    """Insert the saved search ``name``; False (nothing written) when the name is taken."""
    result = session.execute(
        _insert(session, SavedSearch).values(name=name, query=query, filters=filters, created_at=when,
                                             user_name=owner(session))
        .on_conflict_do_nothing(index_elements=_key(session, "name"))
    )
    return bool(result.rowcount)


def put_saved_search(session: Session, name: str, query: str, filters: dict, when: datetime) -> None:
    """Insert the saved search ``name`` or replace its query, filters and date."""
    statement = _insert(session, SavedSearch).values(name=name, query=query, filters=filters, created_at=when,
                                                     user_name=owner(session))
    session.execute(statement.on_conflict_do_update(
        index_elements=_key(session, "name"),
        set_={"query": statement.excluded.query, "filters": statement.excluded.filters,
              "created_at": statement.excluded.created_at},
    ))


def put_profile(session: Session, kind: str, code: str, needs: list[str], budget_max_eur: float | None) -> None:
    """Remember the chosen collectivité, its needs and budget ceiling (the user's one profile row)."""
    statement = _insert(session, UserProfile).values(kind=kind, code=code, needs=needs,
                                                     budget_max_eur=budget_max_eur, user_name=owner(session))
    session.execute(statement.on_conflict_do_update(
        index_elements=["user_name"],  # unique on both engines (migration 0010)
        set_={"kind": statement.excluded.kind, "code": statement.excluded.code,
              "needs": statement.excluded.needs, "budget_max_eur": statement.excluded.budget_max_eur},
    ))


def put_note(session: Session, kind: str, slug: str, text: str, when: datetime) -> None:
    """Write the user's note on record ``kind``/``slug`` (replacing the one there)."""
    statement = _insert(session, UserNote).values(kind=kind, record_slug=slug, text=text, updated_at=when,
                                                  user_name=owner(session))
    session.execute(statement.on_conflict_do_update(
        index_elements=_key(session, "kind", "record_slug"),
        set_={"text": statement.excluded.text, "updated_at": statement.excluded.updated_at},
    ))
