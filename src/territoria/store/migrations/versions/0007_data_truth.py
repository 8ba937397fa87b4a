"""truer data: lead attribution, scheme announced openings, events, régions' priority sectors, commune aliases

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26

- ``initiatives.lead_attribution`` (``stated`` / ``inferred`` / ``unknown``) and ``lead_note``:
  existing records are ``stated`` when they have a lead, ``unknown`` when they have none.
- ``schemes.opens_announced``: an opening announced without a date ("fin 2025").
- ``events`` (dated, cited, with actors and régions) and ``priorities`` (priority sectors the
  sources attribute to régions), each with its citation and link tables.
- ``commune_aliases``: arrondissements municipaux, communes déléguées and associées of the
  reference data, pointing at their current commune (filled by the seed; a seed update
  brings them into an existing database).
- The label of the new initiative status ``unknown`` ("Avancement non précisé").

Purely additive: plain ``ADD COLUMN`` (a batch copy of ``initiatives`` would drop its
search-index triggers) and new tables.
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlalchemy.dialects.postgresql
import sqlalchemy.dialects.sqlite
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

#: Copied from ``domain.vocab`` so the migration keeps its meaning when the vocabulary evolves.
_NEW_LABELS = {"status": {"unknown": "Avancement non précisé"}}


def _citations(name: str, record_table: str) -> None:
    op.create_table(
        name,
        sa.Column("record_id", sa.Integer(), sa.ForeignKey(f"{record_table}.id", ondelete="CASCADE"), nullable=False),
        sa.Column("source_id", sa.Integer(), sa.ForeignKey("sources.id", ondelete="CASCADE"), nullable=False),
        sa.PrimaryKeyConstraint("record_id", "source_id"),
    )
    op.create_index(f"ix_{name}_source_id", name, ["source_id"])


def _region_links(name: str, owner_column: str, owner_table: str) -> None:
    op.create_table(
        name,
        sa.Column(owner_column, sa.Integer(), sa.ForeignKey(f"{owner_table}.id", ondelete="CASCADE"), nullable=False),
        sa.Column("region_code", sa.String(length=3), sa.ForeignKey("regions.code"), nullable=False),
        sa.PrimaryKeyConstraint(owner_column, "region_code"),
    )
    op.create_index(f"ix_{name}_region_code", name, ["region_code"])


def upgrade() -> None:
    op.add_column(
        "initiatives", sa.Column("lead_attribution", sa.String(length=16), nullable=False, server_default="stated")
    )
    op.add_column("initiatives", sa.Column("lead_note", sa.Text(), nullable=True))
    op.add_column("schemes", sa.Column("opens_announced", sa.Text(), nullable=True))
    connection = op.get_bind()
    connection.exec_driver_sql("UPDATE initiatives SET lead_attribution = 'unknown' WHERE lead_id IS NULL")

    op.create_table(
        "events",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("slug", sa.String(length=120), nullable=False, unique=True),
        sa.Column("origin", sa.String(length=8), nullable=False),
        sa.Column("date", sa.String(length=10), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
    )
    op.create_index("ix_events_date", "events", ["date"])
    _citations("event_sources", "events")
    op.create_table(
        "event_actors",
        sa.Column("event_id", sa.Integer(), sa.ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
        sa.Column("organisation_id", sa.Integer(), sa.ForeignKey("organisations.id", ondelete="CASCADE"),
                  nullable=False),
        sa.PrimaryKeyConstraint("event_id", "organisation_id"),
    )
    op.create_index("ix_event_actors_organisation_id", "event_actors", ["organisation_id"])
    _region_links("event_regions", "event_id", "events")

    op.create_table(
        "priorities",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("slug", sa.String(length=120), nullable=False, unique=True),
        sa.Column("origin", sa.String(length=8), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("theme", sa.String(length=24), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
    )
    _citations("priority_sources", "priorities")
    _region_links("priority_regions", "priority_id", "priorities")

    op.create_table(
        "commune_aliases",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("insee", sa.String(length=5), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_key", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("parent_insee", sa.String(length=5), sa.ForeignKey("communes.insee"), nullable=False),
        sa.Column("postcodes", sa.String(length=200), nullable=False),
        sa.Column("population", sa.Integer(), nullable=True),
    )
    for column in ("insee", "name_key", "parent_insee"):
        op.create_index(f"ix_commune_aliases_{column}", "commune_aliases", [column])

    # an existing database gets the new labels; a fresh one (seed build) writes all labels itself
    if connection.exec_driver_sql("SELECT 1 FROM vocab_labels LIMIT 1").first() is not None:
        rows = [(kind, slug, label) for kind, labels in _NEW_LABELS.items() for slug, label in labels.items()]
        # INSERT OR IGNORE on SQLite, ON CONFLICT DO NOTHING on PostgreSQL
        insert = sa.dialects.sqlite.insert if connection.dialect.name == "sqlite" else sa.dialects.postgresql.insert
        table = sa.table("vocab_labels", sa.column("kind"), sa.column("slug"), sa.column("label"))
        connection.execute(insert(table).on_conflict_do_nothing(),
                           [{"kind": kind, "slug": slug, "label": label} for kind, slug, label in rows])


def downgrade() -> None:
    connection = op.get_bind()
    for kind, labels in _NEW_LABELS.items():
        for slug in labels:
            connection.execute(sa.text("DELETE FROM vocab_labels WHERE kind = :kind AND slug = :slug"),
                               {"kind": kind, "slug": slug})
    for table in ("commune_aliases", "priority_regions", "priority_sources", "priorities",
                  "event_regions", "event_actors", "event_sources", "events"):
        op.drop_table(table)
    op.drop_column("schemes", "opens_announced")
    op.drop_column("initiatives", "lead_note")
    op.drop_column("initiatives", "lead_attribution")
