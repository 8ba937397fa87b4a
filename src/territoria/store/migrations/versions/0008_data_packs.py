"""signed data packs: installed packs, and the publisher and edition of every pack record

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-26

A record imported from an agency's signed pack (``origin = 'pack'``) carries the id of its
publisher and the edition it came from, so the detail pane, the one-pager and the CSV can
say "Source des données : ARNia, édition du 3 mars 2026", and a newer edition can replace
exactly that publisher's records. ``packs`` holds one row per installed publisher.

Purely additive: one table and two nullable columns (plain ``ALTER TABLE ADD COLUMN``: a
batch copy of ``initiatives`` would drop its search-index triggers).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

#: Curated tables whose records a pack may bring.
_TABLES = ("sources", "organisations", "programmes", "schemes", "initiatives", "figures", "events")


def upgrade() -> None:
    op.create_table(
        "packs",
        sa.Column("publisher_id", sa.String(length=64), nullable=False),
        sa.Column("publisher_name", sa.String(length=200), nullable=False),
        sa.Column("edition", sa.String(length=16), nullable=False),
        sa.Column("title", sa.Text(), nullable=False, server_default=""),
        sa.Column("licence", sa.String(length=40), nullable=True),
        sa.Column("contact", sa.Text(), nullable=True),
        sa.Column("fingerprint", sa.String(length=19), nullable=False),
        sa.Column("format_version", sa.String(length=8), nullable=False),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.Column("manifest_sha256", sa.String(length=64), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("publisher_id"),
    )
    for table in _TABLES:
        op.add_column(table, sa.Column("pack_publisher", sa.String(length=64), nullable=True))
        op.add_column(table, sa.Column("pack_edition", sa.String(length=16), nullable=True))
        op.create_index(f"ix_{table}_pack_publisher", table, ["pack_publisher"])


def downgrade() -> None:
    for table in _TABLES:
        op.drop_index(f"ix_{table}_pack_publisher", table_name=table)
        op.execute(f"ALTER TABLE {table} DROP COLUMN pack_edition")
        op.execute(f"ALTER TABLE {table} DROP COLUMN pack_publisher")
    op.drop_table("packs")
