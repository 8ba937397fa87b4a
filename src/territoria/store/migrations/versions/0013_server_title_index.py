"""a server reads the searched words' title matches from an index of their own (PostgreSQL)

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-26

Relevance ranks the initiatives with the words in their title first (both engines). On a
server that tier is the document's title words alone (``ts_filter(document, '{a}')``) matching
the query. Without an index of that expression, finding the tier means filtering every
document; with it, the first page ranks the title matches only.

The expression is wrapped in ``territoria_title_words`` (plpgsql, so that the planner keeps
it whole with the cost it is given): ``ts_filter`` is costed like an addition, so the planner
preferred filtering all 100,000 documents in a sequential scan (180 ms for « assistant ») to
the index (38 ms). SQLite's FTS5 filters on a column already: nothing changes there.
"""

from __future__ import annotations

from alembic import op

from territoria.store import pg_ddl

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(pg_ddl.TITLE_WORDS_FUNCTION)
    op.execute(pg_ddl.TITLE_INDEX)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX IF EXISTS ix_initiative_search_title")
    op.execute("DROP FUNCTION IF EXISTS territoria_title_words(tsvector)")
