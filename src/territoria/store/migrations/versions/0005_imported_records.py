"""imported records: licence and attribution of sources, external ids, language, scheme funders

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26

Catalogues imported from outside (JRC Public Sector Tech Watch, Aides-territoires, an
agency's spreadsheet) keep what makes them faithful: the licence and credit line of their
source, the record's id in the original catalogue (so a newer file updates the same record),
the language of its original text, and, for schemes, every financer besides the operator,
whether it is a call for projects or for expressions of interest, and a contact.

Purely additive: new nullable columns (``language`` defaults to "fr" for existing rows), one
association table, and the French labels of the audience and aid-type codes added to the
vocabulary (existing codes are unchanged, so no stored value needs rewriting).
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlalchemy.dialects.postgresql
import sqlalchemy.dialects.sqlite
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

#: Labels of the codes this revision adds (same as ``domain.vocab``; copied so the
#: migration keeps its meaning when the vocabulary evolves).
_NEW_LABELS = {
    "audience": {
        "special": "Collectivités à statut particulier",
        "public_org": "Établissements publics",
        "public_cies": "Entreprises publiques locales",
        "farmer": "Agriculteurs",
        "private_person": "Particuliers",
    },
    "aid_type": {
        "recoverable_advance": "Avance récupérable",
        "cee": "Certificat d'économie d'énergie (CEE)",
        "other_financial": "Autre aide financière",
        "technical_engineering": "Ingénierie technique",
        "financial_engineering": "Ingénierie financière",
        "legal_engineering": "Ingénierie juridique et administrative",
    },
}


def upgrade() -> None:
    # plain ALTER TABLE ADD COLUMN: a batch copy of a table would drop its triggers
    op.add_column("sources", sa.Column("licence", sa.String(length=40), nullable=True))
    op.add_column("sources", sa.Column("attribution", sa.Text(), nullable=True))
    for table in ("initiatives", "schemes"):
        op.add_column(table, sa.Column("external_id", sa.String(length=120), nullable=True))
        op.add_column(table, sa.Column("language", sa.String(length=2), nullable=False, server_default="fr"))
        op.create_index(f"ix_{table}_external_id", table, ["external_id"])
    op.add_column("schemes", sa.Column("call_type", sa.String(length=8), nullable=True))
    op.add_column("schemes", sa.Column("contact", sa.Text(), nullable=True))
    op.create_table(
        "scheme_funders",
        sa.Column("scheme_id", sa.Integer(), sa.ForeignKey("schemes.id", ondelete="CASCADE"), nullable=False),
        sa.Column("organisation_id", sa.Integer(), sa.ForeignKey("organisations.id", ondelete="CASCADE"),
                  nullable=False),
        sa.PrimaryKeyConstraint("scheme_id", "organisation_id"),
    )
    op.create_index("ix_scheme_funders_organisation_id", "scheme_funders", ["organisation_id"])
    connection = op.get_bind()
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
    op.drop_index("ix_scheme_funders_organisation_id", table_name="scheme_funders")
    op.drop_table("scheme_funders")
    op.execute("ALTER TABLE schemes DROP COLUMN contact")
    op.execute("ALTER TABLE schemes DROP COLUMN call_type")
    for table in ("initiatives", "schemes"):
        op.drop_index(f"ix_{table}_external_id", table_name=table)
        op.execute(f"ALTER TABLE {table} DROP COLUMN language")
        op.execute(f"ALTER TABLE {table} DROP COLUMN external_id")
    op.execute("ALTER TABLE sources DROP COLUMN attribution")
    op.execute("ALTER TABLE sources DROP COLUMN licence")
