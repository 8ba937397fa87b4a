"""folded title key for the catalogue's alphabetical order; narrower search-index trigger

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22

With nothing typed, the catalogue lists every initiative by title. Sorting 100,000 titles
through a folding expression took ~130 ms at each start and header click; a stored key
(``domain.text.fold(title)``, written with the other derived columns by
``store.derived.apply_derived``) and an index on ``(title_key, id)`` turn the first page
into an index walk.

The update trigger of the search index now fires only when a column the index reads
changes, so writing derived columns (this backfill included) no longer re-indexes rows.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from territoria.domain.text import fold
from territoria.store import pg_ddl

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_INDEXED = (
    "title, summary, problem, results, lead_id, supplier, programme_id, "
    "commune_insee, epci_siren, departement_code, region_code"
)
_REFRESH = (
    "DELETE FROM initiatives_fts WHERE rowid = new.id; "
    "INSERT INTO initiatives_fts(rowid, title, body, orgs, places, tags) "
    "SELECT id, title, body, orgs, places, tags FROM initiative_search_text WHERE id = new.id;"
)


def _update_trigger(columns: str | None) -> None:
    if op.get_bind().dialect.name == "postgresql":
        of = f"OF {columns} " if columns else ""
        for statement in pg_ddl.trigger("initiatives_search_au", f"AFTER UPDATE {of}ON initiatives",
                                        [pg_ddl.refresh("ARRAY[new.id]")]):
            op.execute(statement)
        return
    op.execute("DROP TRIGGER IF EXISTS initiatives_fts_au")
    of = f"OF {columns} " if columns else ""
    op.execute(f"CREATE TRIGGER initiatives_fts_au AFTER UPDATE {of}ON initiatives BEGIN {_REFRESH} END")


def upgrade() -> None:
    _update_trigger(_INDEXED)
    # plain ALTER TABLE ADD COLUMN: a batch copy of the table would drop its triggers
    op.add_column("initiatives", sa.Column("title_key", sa.Text(), nullable=False, server_default=""))
    connection = op.get_bind()
    rows = connection.exec_driver_sql("SELECT id, title FROM initiatives").fetchall()
    if rows:
        connection.execute(
            sa.text("UPDATE initiatives SET title_key = :key WHERE id = :id"),
            [{"key": fold(title or ""), "id": ident} for ident, title in rows],
        )
    op.create_index("ix_initiatives_title_key", "initiatives", ["title_key", "id"])
    # fresh planner statistics, so the new index is preferred for the alphabetical order
    op.execute("ANALYZE initiatives")


def downgrade() -> None:
    op.drop_index("ix_initiatives_title_key", table_name="initiatives")
    op.execute("ALTER TABLE initiatives DROP COLUMN title_key")
    _update_trigger(None)
