"""the town hall's private notes on any record; notes searchable with their initiative

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26

A note belongs to the user (like the selection): it names its record by kind and slug, so
it survives seed and data-pack updates that renumber rows, and nothing but the user writes
it. An initiative's note is part of that initiative's full-text row (appended to ``body``):
the view ``initiative_search_text`` reads it and triggers on ``user_notes`` refresh the
initiative's index row, so a note is findable as soon as it is saved.

Own projects ("Mes projets") need no new column: they are initiatives of origin ``local``.
Purely additive: one table, the view recreated with one more term, three triggers.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from territoria.store import pg_ddl

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_NOTE = (
    "coalesce((SELECT n.text FROM user_notes n WHERE n.kind = 'initiative' "
    "AND n.record_slug = i.slug), '')"
)

_VIEW = f"""
CREATE VIEW initiative_search_text AS
SELECT
    i.id AS id,
    i.title AS title,
    i.summary || ' ' || i.problem || ' ' || i.results || ' ' || {_NOTE} AS body,
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

#: The view as 0002 created it (restored by downgrade).
_OLD_BODY = "i.summary || ' ' || i.problem || ' ' || i.results AS body"


def _refresh(slug_expr: str) -> str:
    ids = f"(SELECT id FROM initiatives WHERE slug = {slug_expr})"
    return (
        f"DELETE FROM initiatives_fts WHERE rowid IN {ids}; "
        "INSERT INTO initiatives_fts(rowid, title, body, orgs, places, tags) "
        f"SELECT id, title, body, orgs, places, tags FROM initiative_search_text WHERE id IN {ids};"
    )


_TRIGGERS = {
    "notes_fts_ai": f"AFTER INSERT ON user_notes WHEN new.kind = 'initiative' BEGIN {_refresh('new.record_slug')} END",
    "notes_fts_au": f"AFTER UPDATE ON user_notes WHEN new.kind = 'initiative' BEGIN {_refresh('new.record_slug')} END",
    "notes_fts_ad": f"AFTER DELETE ON user_notes WHEN old.kind = 'initiative' BEGIN {_refresh('old.record_slug')} END",
}


def upgrade() -> None:
    op.create_table(
        "user_notes",
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("record_slug", sa.String(length=160), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("kind", "record_slug"),
    )
    op.execute("DROP VIEW IF EXISTS initiative_search_text")
    if op.get_bind().dialect.name == "postgresql":
        for statement in [pg_ddl.view_sql(_VIEW), *pg_ddl.note_triggers()]:
            op.execute(statement)
        return
    op.execute(_VIEW)
    for name, body in _TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.drop_table("user_notes")  # its triggers go with it
        op.execute("DROP VIEW IF EXISTS initiative_search_text")
        op.execute(pg_ddl.view_sql(_VIEW.replace(
            f"i.summary || ' ' || i.problem || ' ' || i.results || ' ' || {_NOTE} AS body", _OLD_BODY)))
        return
    for name in _TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP VIEW IF EXISTS initiative_search_text")
    op.execute(_VIEW.replace(f"i.summary || ' ' || i.problem || ' ' || i.results || ' ' || {_NOTE} AS body",
                             _OLD_BODY))
    op.drop_table("user_notes")
