"""user data per server user (``user_name``), record versions for optimistic locking

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-26

On a PostgreSQL server several people share one database: their stars, saved searches,
"Ma commune" profile and notes belong to the server user name (``current_user``), and so
do their own projects (``initiatives.user_name`` of ``local`` records). On SQLite there is
one user: the column holds the constant ``''`` and the old keys stay as they are (a table
copy would drop the search-index triggers of ``user_notes``), so nothing changes there.

Initiatives and schemes gain ``version`` (1, then incremented by every save through the
record form): a save carries the version it read and is refused when someone saved since.

A server's search index is shared by every user, so it can no longer hold one user's
notes: on PostgreSQL the notes leave the search view (and their triggers go); on SQLite an
initiative's note stays searchable as before.

Purely additive: plain ``ALTER TABLE ADD COLUMN`` with defaults; on PostgreSQL the user
tables' keys gain ``user_name``. A profile table holding several rows (an old version's)
keeps the one that was read (the smallest id).
"""

from __future__ import annotations

import importlib

import sqlalchemy as sa
from alembic import op

from territoria.store import pg_ddl

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

#: user table -> its key columns after ``user_name`` on a server (None: only a unique profile per user)
_KEYS: dict[str, tuple[str, ...] | None] = {
    "user_selection": ("initiative_slug",),
    "user_saved_searches": ("name",),
    "user_notes": ("kind", "record_slug"),
    "user_profile": None,
}


def _user_name_default(postgresql: bool) -> sa.TextClause:
    return sa.text("CURRENT_USER") if postgresql else sa.text("''")


_NOTE_TRIGGERS = ("notes_search_ai", "notes_search_au", "notes_search_ad")


def _view(with_notes: bool) -> str:
    """The search view of 0006 in PostgreSQL's words, with or without the user's notes."""
    notes = importlib.import_module("territoria.store.migrations.versions.0006_local_notes")
    view = pg_ddl.view_sql(notes._VIEW)
    if with_notes:
        return view
    return view.replace(f"i.summary || ' ' || i.problem || ' ' || i.results || ' ' || {notes._NOTE} AS body",
                        notes._OLD_BODY)


def _noted_ids() -> str:
    return ("SELECT territoria_refresh_search(ARRAY(SELECT i.id FROM initiatives i JOIN user_notes n "
            "ON n.kind = 'initiative' AND n.record_slug = i.slug))")


def upgrade() -> None:
    connection = op.get_bind()
    postgresql = connection.dialect.name == "postgresql"
    # the profile kept is the one load_choice read: the smallest id
    op.execute("DELETE FROM user_profile WHERE id <> (SELECT min(id) FROM user_profile)")
    for table in _KEYS:
        op.add_column(table, sa.Column("user_name", sa.String(length=63), nullable=False,
                                       server_default=_user_name_default(postgresql)))
    op.create_index("ux_user_profile_user_name", "user_profile", ["user_name"], unique=True)
    if postgresql:
        inspector = sa.inspect(connection)
        for table in ("user_selection", "user_notes"):
            name = inspector.get_pk_constraint(table)["name"]
            op.execute(f'ALTER TABLE {table} DROP CONSTRAINT "{name}"')
            op.execute(f"ALTER TABLE {table} ADD CONSTRAINT {table}_pkey PRIMARY KEY "
                       f"(user_name, {', '.join(_KEYS[table] or ())})")
        for unique in inspector.get_unique_constraints("user_saved_searches"):
            if unique["column_names"] == ["name"]:
                op.execute(f'ALTER TABLE user_saved_searches DROP CONSTRAINT "{unique["name"]}"')
        op.execute("ALTER TABLE user_saved_searches ADD CONSTRAINT uq_user_saved_searches_user_name_name "
                   "UNIQUE (user_name, name)")
        # the shared index must not match one user's note for everyone
        for name in _NOTE_TRIGGERS:
            for statement in pg_ddl.drop_trigger(name, "user_notes"):
                op.execute(statement)
        op.execute("DROP VIEW initiative_search_text")
        op.execute(_view(with_notes=False))
        op.execute(_noted_ids())
    # the owner of an own project ("Mes projets") on a server; None for every other record
    op.add_column("initiatives", sa.Column("user_name", sa.String(length=63), nullable=True))
    op.execute(f"UPDATE initiatives SET user_name = {'CURRENT_USER' if postgresql else chr(39) * 2} "
               "WHERE origin = 'local'")
    for table in ("initiatives", "schemes"):
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False, server_default="1"))


def downgrade() -> None:
    connection = op.get_bind()
    postgresql = connection.dialect.name == "postgresql"
    for table in ("initiatives", "schemes"):
        op.execute(f"ALTER TABLE {table} DROP COLUMN version")
    op.execute("ALTER TABLE initiatives DROP COLUMN user_name")
    op.drop_index("ux_user_profile_user_name", table_name="user_profile")
    for table in _KEYS:  # on PostgreSQL the keys naming user_name go with it
        op.execute(f"ALTER TABLE {table} DROP COLUMN user_name")
    if postgresql:
        op.execute("DROP VIEW initiative_search_text")
        op.execute(_view(with_notes=True))
        for statement in pg_ddl.note_triggers():
            op.execute(statement)
        op.execute(_noted_ids())
        for table in ("user_selection", "user_notes"):
            op.execute(f"ALTER TABLE {table} ADD PRIMARY KEY ({', '.join(_KEYS[table] or ())})")
        op.execute("ALTER TABLE user_saved_searches ADD UNIQUE (name)")
