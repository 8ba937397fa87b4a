"""A seed update never writes the town hall's own projects (origin ``local``) nor its notes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import select

from territoria.config import resolve_paths
from territoria.services.database import open_database
from territoria.services.local_projects import ProjectFields, add_project, list_projects, project_fields
from territoria.services.notes import get_note, parse_ref, set_note
from territoria.services.profile import save_choice
from territoria.store.models import ORIGIN_LOCAL, Initiative


def _newer_seed(copy_seed, hostile_slug: str) -> Path:
    """A newer seed that edits a seed title and even carries a record with the local project's slug."""
    newer = copy_seed("newer.sqlite")
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE initiatives SET title = title || ' (mis à jour)' "
                           "WHERE slug = 'drome-assistant-virtuel'")
        connection.execute("UPDATE initiatives SET slug = ?, title = 'Titre venu de la mise à jour' "
                           "WHERE slug = 'datalab-normandie'", (hostile_slug,))
        connection.execute("UPDATE meta SET value = 'newer-inputs' WHERE key = 'inputs_sha256'")
    return newer


def _fts_hits(db, word: str) -> int:
    with db.engine.connect() as connection:
        return connection.exec_driver_sql(
            "SELECT count(*) FROM initiatives_fts WHERE initiatives_fts MATCH ?", (word,)).scalar()


def test_seed_update_leaves_local_projects_and_notes_alone(data_dir, seed_file, copy_seed):
    paths = resolve_paths(data_dir)
    db = open_database(paths, seed_file)
    save_choice(db, "commune", "61382")
    fields = ProjectFields(title="Registre des délibérations assisté", summary="Classement automatique",
                           themes=("administration",), techniques=("nlp",), status="pilot",
                           start_date="2025-02", budget_eur=3000.0)
    ident = add_project(db, fields)
    slug = list_projects(db)[0].slug
    set_note(db, parse_ref(db, f"initiative:{ident}"), "quokka sur notre projet")
    set_note(db, parse_ref(db, "initiative:drome-assistant-virtuel"), "wombat à suivre")
    set_note(db, parse_ref(db, "scheme:1"), "note sur un dispositif")
    before = project_fields(db, ident)
    db.close()

    db = open_database(paths, _newer_seed(copy_seed, slug))
    try:
        assert db.report is not None and db.report.seed_updated
        with db.session() as session:
            mine = session.get(Initiative, ident)
            assert mine.origin == ORIGIN_LOCAL and mine.slug == slug
            assert mine.title == "Registre des délibérations assisté"
            assert mine.commune_insee == "61382"
            updated = session.scalars(select(Initiative.title).where(
                Initiative.slug == "drome-assistant-virtuel")).one()
            assert updated.endswith("(mis à jour)")
        assert project_fields(db, ident) == before
        assert get_note(db, "initiative", slug) == "quokka sur notre projet"
        assert get_note(db, "initiative", "drome-assistant-virtuel") == "wombat à suivre"
        assert _fts_hits(db, "quokka") == 1 and _fts_hits(db, "wombat") == 1
        assert _fts_hits(db, "registre") >= 1
    finally:
        db.close()
