"""Core views of the tables read at start-up (the star column, the saved-searches menu, the chosen collectivité).

Importing the ORM models maps every class (~30 ms) and their first query configures every
mapper (~60–100 ms): too much before the first paint. These lightweight ``table()``
constructs name only the columns those reads need, with the same types as the models
(``tests/store/test_user_tables.py`` keeps them equal).

On a PostgreSQL server every user row belongs to the server user name (``current_user``,
migration 0010): :func:`owner` is that name as SQL, :func:`mine` the filter of a table's
rows. On SQLite the column holds the constant :data:`LOCAL_USER`.
"""

from __future__ import annotations

from typing import Any, Final

from sqlalchemy import ColumnElement, Float, Integer, String, Text, column, func, literal, table

from territoria.store.types import TolerantDateTime, TolerantJSON

INITIATIVES = table("initiatives", column("id", Integer), column("slug", String))
SELECTION = table("user_selection", column("initiative_slug", String), column("added_at", TolerantDateTime),
                  column("user_name", String))
SAVED_SEARCHES = table(
    "user_saved_searches",
    column("id", Integer), column("name", String), column("query", Text), column("filters", TolerantJSON),
    column("created_at", TolerantDateTime), column("user_name", String),
)
#: The chosen collectivité, read by the window's start page ("Ma commune" or the welcome screen).
USER_PROFILE = table(
    "user_profile",
    column("id", Integer), column("kind", String), column("code", String), column("needs", TolerantJSON),
    column("budget_max_eur", Float), column("user_name", String),
)

#: ``user_name`` of every user row on SQLite (one person per file).
LOCAL_USER: Final = ""


def owner(bind: Any) -> ColumnElement[str]:
    """The owner of the user rows written through ``bind`` (a connection, session or engine), as SQL:
    ``CURRENT_USER`` on a server, ``''`` on SQLite."""
    dialect = bind.get_bind().dialect if hasattr(bind, "get_bind") else bind.dialect
    return func.current_user() if dialect.name == "postgresql" else literal(LOCAL_USER)


def mine(table_or_model: Any, bind: Any) -> ColumnElement[bool]:
    """Rows of ``table_or_model`` (a Core table or an ORM model) that belong to the user of ``bind``."""
    user_name = table_or_model.c.user_name if hasattr(table_or_model, "c") else table_or_model.user_name
    return user_name == owner(bind)


def owned_selection_sql(dialect_name: str) -> str:
    """Raw SQL ``(SELECT initiative_slug FROM user_selection …)`` of the user's stars, for the
    search SQL written as text."""
    if dialect_name == "postgresql":
        return "(SELECT initiative_slug FROM user_selection WHERE user_name = CURRENT_USER)"
    return "(SELECT initiative_slug FROM user_selection)"


def owner_name(session: Any) -> str:
    """The user name :func:`owner` stands for (one query on a server)."""
    from sqlalchemy import select

    return str(session.scalar(select(owner(session))) or "")
