"""covering index for the comparable-projects ranking

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22

``services.comparable`` scores every initiative in one SQL statement from its derived
columns (lead kind and population, place codes, status, budget). This index holds exactly
those columns, so the ranking scans a few megabytes of index instead of the whole table
with its long texts (about twice as fast at 100,000 initiatives). Like the search objects
of 0002 it is a storage detail, not part of the ORM models.
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_COLUMNS = (
    "lead_kind, lead_population, commune_insee, epci_siren, departement_code, region_code, status, budget_eur"
)


def upgrade() -> None:
    op.execute(f"CREATE INDEX IF NOT EXISTS ix_initiatives_ranking ON initiatives ({_COLUMNS})")


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_initiatives_ranking")
