"""the index's words in a trigram-indexed table, for the no-results suggestions (PostgreSQL: pg_trgm)

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-26

A search that finds nothing suggests the catalogue's closest words (``services.search.suggest``).
On a server they were read from every stored document with ``ts_stat`` (about 0.5 s at 20,000
initiatives, 2.6 s at 100,000). PostgreSQL now keeps the distinct words in ``search_words``
with a ``gin (word gin_trgm_ops)`` index, fed by a statement trigger on ``initiative_search``
(see ``store.pg_ddl``), and the index answers with ``word % :w ORDER BY similarity(…)``.
SQLite reads its FTS5 vocabulary directly (quick in process): nothing changes there.
"""

from __future__ import annotations

from alembic import op

from territoria.store import pg_ddl

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    # a user without the right to create it gets server.explain's French message (SQLSTATE 42501)
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for statement in (pg_ddl.WORDS_TABLE, pg_ddl.WORDS_INDEX, *pg_ddl.WORDS_TRIGGER, pg_ddl.WORDS_FILL):
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER IF EXISTS search_words_ai ON initiative_search")
    op.execute("DROP TRIGGER IF EXISTS search_words_au ON initiative_search")
    op.execute("DROP FUNCTION IF EXISTS territoria_search_words()")
    op.execute("DROP TABLE IF EXISTS search_words")
