"""stored sort keys (organisation, place, theme) and theme bit masks, kept by triggers

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-26

Sorting the catalogue by organisation, place or theme computed a folding expression
over joins for every row (0.3–1.5 s at 100,000 initiatives), and the comparable ranking
tested stated needs with a subquery per row. Four derived columns, three indexes and
the ``theme_keys`` vocabulary table (see ``store.sort_keys``) make those sorts index
walks and the needs test a bit mask; ``theme_mask`` joins the ranking's covering index.
Triggers keep them right for every writer. Like the search objects of 0002 they are
storage details, not part of the ORM models.

Purely additive (plain ``ALTER TABLE ADD COLUMN``: a batch copy of ``initiatives`` would
drop its search-index triggers); existing rows are backfilled.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from territoria.store.sort_keys import KEY_COLUMNS, TRIGGERS, backfill, postgresql_triggers, refresh_theme_keys

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_RANKING = (
    "lead_kind, lead_population, commune_insee, epci_siren, departement_code, region_code, status, budget_eur"
)
_INDEXES = {"ix_initiatives_organisation_key": "organisation_key", "ix_initiatives_place_key": "place_key",
            "ix_initiatives_theme_key": "theme_key"}


def upgrade() -> None:
    op.add_column("initiatives", sa.Column("organisation_key", sa.Text(), nullable=True))
    op.add_column("initiatives", sa.Column("place_key", sa.Text(), nullable=True))
    op.add_column("initiatives", sa.Column("theme_key", sa.Integer(), nullable=True))
    op.add_column("initiatives", sa.Column("theme_mask", sa.Integer(), nullable=False, server_default="0"))
    op.create_table(
        "theme_keys",
        sa.Column("slug", sa.String(length=24), primary_key=True),
        sa.Column("bit", sa.Integer(), nullable=False),
        sa.Column("rank", sa.Integer(), nullable=False),
    )
    connection = op.get_bind()
    refresh_theme_keys(connection)
    backfill(connection)
    postgresql = connection.dialect.name == "postgresql"
    for sql in postgresql_triggers() if postgresql else [sql for _name, sql in TRIGGERS]:
        op.execute(sql)
    for name, column in _INDEXES.items():
        op.create_index(name, "initiatives", [column])
    op.execute("DROP INDEX IF EXISTS ix_initiatives_ranking")
    op.execute(f"CREATE INDEX ix_initiatives_ranking ON initiatives ({_RANKING}, theme_mask)")
    op.execute("ANALYZE initiatives")


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_initiatives_ranking")
    op.execute(f"CREATE INDEX ix_initiatives_ranking ON initiatives ({_RANKING})")
    for name in _INDEXES:
        op.drop_index(name, table_name="initiatives")
    postgresql = op.get_bind().dialect.name == "postgresql"
    for name, _sql in TRIGGERS:
        table = _sql.split(" BEGIN ", 1)[0].rsplit(" ON ", 1)[1]
        op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}" if postgresql else f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("theme_keys")
    for column in reversed(KEY_COLUMNS):
        op.execute(f"ALTER TABLE initiatives DROP COLUMN {column}")
