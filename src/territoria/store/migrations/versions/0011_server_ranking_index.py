"""the comparable ranking's covering index answers alone on a server (PostgreSQL: ``INCLUDE (id)``)

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-26

``ix_initiatives_ranking`` (0003, ``theme_mask`` added by 0009) holds every column the
comparable ranking scores. SQLite's indexes carry the rowid, so the ranking reads the index
alone; a PostgreSQL index does not carry ``id``, so the server read the whole table, whose
long texts it must step over to reach ``theme_mask`` (the last column): about half of the
ranking's time (``EXPLAIN ANALYZE`` at 10,000 initiatives). On PostgreSQL the index is made
again with ``INCLUDE (id)``, which allows an index-only scan; on SQLite nothing changes.
"""

from __future__ import annotations

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

_COLUMNS = ("lead_kind, lead_population, commune_insee, epci_siren, departement_code, region_code, status, "
            "budget_eur, theme_mask")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX IF EXISTS ix_initiatives_ranking")
    op.execute(f"CREATE INDEX ix_initiatives_ranking ON initiatives ({_COLUMNS}) INCLUDE (id)")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX IF EXISTS ix_initiatives_ranking")
    op.execute(f"CREATE INDEX ix_initiatives_ranking ON initiatives ({_COLUMNS})")
