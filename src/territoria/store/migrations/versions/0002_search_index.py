"""full-text search index over initiatives, kept in step by triggers

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22

The FTS5 table ``initiatives_fts`` indexes each initiative's title, texts, organisations,
places and theme/technique labels. Its rows are computed by the view
``initiative_search_text`` and refreshed by triggers on every table that feeds it, so no
code path can forget to update the index. ``unicode61 remove_diacritics 2`` folds case
and accents; hyphens and apostrophes are separators; prefix indexes make as-you-type
prefix queries cheap.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from territoria.store import pg_ddl

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_VIEW = """
CREATE VIEW initiative_search_text AS
SELECT
    i.id AS id,
    i.title AS title,
    i.summary || ' ' || i.problem || ' ' || i.results AS body,
    coalesce(lead.name, '') || ' ' || coalesce(i.supplier, '') || ' ' ||
        coalesce((SELECT group_concat(o.name, ' ') FROM initiative_partners ip
                  JOIN organisations o ON o.id = ip.organisation_id
                  WHERE ip.initiative_id = i.id), '') || ' ' ||
        coalesce((SELECT p.name FROM programmes p WHERE p.id = i.programme_id), '') AS orgs,
    coalesce((SELECT c.name FROM communes c WHERE c.insee = i.commune_insee), '') || ' ' ||
        coalesce((SELECT e.name FROM epci e WHERE e.siren = i.epci_siren), '') || ' ' ||
        coalesce((SELECT d.name FROM departements d WHERE d.code = i.departement_code), '') || ' ' ||
        coalesce((SELECT r.name FROM regions r WHERE r.code = i.region_code), '') AS places,
    coalesce((SELECT group_concat(v.label, ' ') FROM initiative_themes t
              JOIN vocab_labels v ON v.kind = 'theme' AND v.slug = t.theme
              WHERE t.initiative_id = i.id), '') || ' ' ||
        coalesce((SELECT group_concat(v.label, ' ') FROM initiative_techniques t
                  JOIN vocab_labels v ON v.kind = 'technique' AND v.slug = t.technique
                  WHERE t.initiative_id = i.id), '') AS tags
FROM initiatives i
LEFT JOIN organisations lead ON lead.id = i.lead_id
"""


def _refresh(id_expr: str) -> str:
    return (
        f"DELETE FROM initiatives_fts WHERE rowid = {id_expr};\n"
        "INSERT INTO initiatives_fts(rowid, title, body, orgs, places, tags) "
        f"SELECT id, title, body, orgs, places, tags FROM initiative_search_text WHERE id = {id_expr};"
    )


_TRIGGERS = {
    "initiatives_fts_ai": f"AFTER INSERT ON initiatives BEGIN {_refresh('new.id')} END",
    "initiatives_fts_au": f"AFTER UPDATE ON initiatives BEGIN {_refresh('new.id')} END",
    "initiatives_fts_ad": "AFTER DELETE ON initiatives BEGIN "
    "DELETE FROM initiatives_fts WHERE rowid = old.id; END",
    "themes_fts_ai": f"AFTER INSERT ON initiative_themes BEGIN {_refresh('new.initiative_id')} END",
    "themes_fts_ad": f"AFTER DELETE ON initiative_themes BEGIN {_refresh('old.initiative_id')} END",
    "techniques_fts_ai": f"AFTER INSERT ON initiative_techniques BEGIN {_refresh('new.initiative_id')} END",
    "techniques_fts_ad": f"AFTER DELETE ON initiative_techniques BEGIN {_refresh('old.initiative_id')} END",
    "partners_fts_ai": f"AFTER INSERT ON initiative_partners BEGIN {_refresh('new.initiative_id')} END",
    "partners_fts_ad": f"AFTER DELETE ON initiative_partners BEGIN {_refresh('old.initiative_id')} END",
    "organisations_fts_au": "AFTER UPDATE OF name ON organisations BEGIN "
    "DELETE FROM initiatives_fts WHERE rowid IN "
    "(SELECT id FROM initiatives WHERE lead_id = new.id UNION "
    " SELECT initiative_id FROM initiative_partners WHERE organisation_id = new.id);"
    "INSERT INTO initiatives_fts(rowid, title, body, orgs, places, tags) "
    "SELECT id, title, body, orgs, places, tags FROM initiative_search_text WHERE id IN "
    "(SELECT id FROM initiatives WHERE lead_id = new.id UNION "
    " SELECT initiative_id FROM initiative_partners WHERE organisation_id = new.id); END",
}


def upgrade() -> None:
    op.create_table(
        "vocab_labels",
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("slug", sa.String(length=32), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("kind", "slug"),
    )
    if op.get_bind().dialect.name == "postgresql":
        _upgrade_postgresql()
        return
    op.execute(
        "CREATE VIRTUAL TABLE initiatives_fts USING fts5("
        "title, body, orgs, places, tags, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4')"
    )
    op.execute(_VIEW)
    for name, body in _TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")
    # index whatever a database upgraded from 0001 already holds
    op.execute(
        "INSERT INTO initiatives_fts(rowid, title, body, orgs, places, tags) "
        "SELECT id, title, body, orgs, places, tags FROM initiative_search_text"
    )


def _upgrade_postgresql() -> None:
    """The same index on PostgreSQL: a stored, GIN-indexed tsvector per initiative (``store.pg_ddl``)."""
    for statement in [*pg_ddl.create_extensions(), pg_ddl.FOLD_FUNCTION, pg_ddl.view_sql(_VIEW),
                      pg_ddl.SEARCH_TABLE, pg_ddl.SEARCH_INDEX, pg_ddl.REFRESH_FUNCTION,
                      *pg_ddl.search_triggers(None), *pg_ddl.REBUILD]:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TABLE IF EXISTS initiative_search")
        op.execute("DROP VIEW IF EXISTS initiative_search_text")
        op.drop_table("vocab_labels")
        return
    for name in _TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP VIEW IF EXISTS initiative_search_text")
    op.execute("DROP TABLE IF EXISTS initiatives_fts")
    op.drop_table("vocab_labels")
