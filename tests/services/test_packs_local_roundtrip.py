"""The supply chain end to end, seen from the town hall's own data.

An agency builds a pack, a town hall imports it, adds its own project and notes, the app's
seed is updated, a newer edition is imported: nothing the user made is lost. A contribution
is never importable as a catalogue update. The watched folder offers only newer valid packs.
"""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime

import pytest
from sqlalchemy import select
from pack_tools import build, initiative_toml, make_key, trust_store, write_folder

from territoria.config import resolve_paths
from territoria.services.contributions import export_contribution
from territoria.services.database import open_database
from territoria.services.local_projects import ProjectFields, add_project, list_projects, project_fields
from territoria.services.notes import get_note, parse_ref, set_note
from territoria.services.packs import PackError
from territoria.services.packs.importer import import_pack, preview_import
from territoria.services.profile import save_choice
from territoria.services.watched_folder import newer_packs
from territoria.store.models import SelectionEntry


def _fts(db, word: str) -> int:
    with db.engine.connect() as connection:
        return connection.exec_driver_sql(
            "SELECT count(*) FROM initiatives_fts WHERE initiatives_fts MATCH ?", (word,)).scalar()


def test_nothing_the_user_made_is_lost(tmp_path, seed_file):
    key = make_key(tmp_path)
    first = build(write_folder(tmp_path / "v1"), key, tmp_path / "arnia-1.territoria")
    paths = resolve_paths(tmp_path / "mairie")
    db = open_database(paths, seed_file)
    trust = trust_store(paths.config_dir, key)
    import_pack(db, first, trust, paths.backups)

    # the town hall's own data: a project, notes on its project, on a pack record and a seed record, a star
    save_choice(db, "commune", "61382")
    own = add_project(db, ProjectFields(title="Registre assisté des délibérations", themes=("administration",),
                                        status="pilot", budget_eur=2500.0))
    own_slug = list_projects(db)[0].slug
    pack_ref = parse_ref(db, "initiative:arnia:chatbot-caen")
    set_note(db, parse_ref(db, f"initiative:{own}"), "capybara notre projet")
    set_note(db, pack_ref, "okapi sur la fiche de l'agence")
    set_note(db, parse_ref(db, "initiative:drome-assistant-virtuel"), "lemurien sur une fiche du seed")
    with db.session() as session:
        session.add(SelectionEntry(initiative_slug=pack_ref.slug, added_at=datetime(2026, 3, 4)))
    own_before = project_fields(db, own)
    db.close()

    # the app ships a newer seed
    newer_seed = tmp_path / "newer-seed.sqlite"
    shutil.copy(seed_file, newer_seed)
    with sqlite3.connect(newer_seed) as connection:
        connection.execute("UPDATE meta SET value = 'newer-inputs' WHERE key = 'inputs_sha256'")
        connection.execute("UPDATE initiatives SET title = title || ' (maj)' WHERE slug = 'drome-assistant-virtuel'")
    db = open_database(paths, newer_seed)
    try:
        assert db.report is not None and db.report.seed_updated
        # then the agency's next edition: one initiative changed, one withdrawn
        folder = write_folder(tmp_path / "v2", edition="2026-04-01", initiatives=[
            initiative_toml("chatbot-caen", "Assistant conversationnel de Caen, deuxième version")])
        second = build(folder, key, tmp_path / "arnia-2.territoria")
        preview = preview_import(db, second, trust)
        assert not preview.is_downgrade and preview.installed_edition == "2026-03-03"
        import_pack(db, second, trust, paths.backups)

        assert project_fields(db, own) == own_before
        assert [p.slug for p in list_projects(db)] == [own_slug]
        assert get_note(db, "initiative", own_slug) == "capybara notre projet"
        assert get_note(db, "initiative", pack_ref.slug) == "okapi sur la fiche de l'agence"
        assert get_note(db, "initiative", "drome-assistant-virtuel") == "lemurien sur une fiche du seed"
        assert parse_ref(db, f"initiative:{pack_ref.slug}").title.endswith("deuxième version")
        with db.session() as session:
            assert pack_ref.slug in set(session.scalars(select(SelectionEntry.initiative_slug)))
        for word in ("capybara", "okapi", "lemurien", "registre"):
            assert _fts(db, word) >= 1, word
    finally:
        db.close()


def test_a_contribution_is_never_a_catalogue_update(tmp_path, db):
    key = make_key(tmp_path)
    trust = trust_store(tmp_path / "config", key)
    save_choice(db, "commune", "61382")
    add_project(db, ProjectFields(title="Projet à partager"))
    contribution = export_contribution(db, tmp_path / "envoi.territoria-contribution").path
    disguised = tmp_path / "envoi.territoria"
    shutil.copy(contribution, disguised)
    with db.engine.connect() as connection:
        before = connection.exec_driver_sql("SELECT count(*) FROM initiatives").scalar()
    for path in (contribution, disguised):
        with pytest.raises(PackError):
            preview_import(db, path, trust)
        with pytest.raises(PackError):
            import_pack(db, path, trust, tmp_path / "backups")
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM initiatives").scalar() == before


def test_a_contribution_names_a_collectivite_without_ma_commune(tmp_path, db):
    from territoria.services.communes import find_place
    from territoria.services.contributions import read_contribution
    from territoria.services.profile import clear_choice

    commune = find_place(db, "commune", "61382")
    save_choice(db, "epci", commune.epci_siren)
    add_project(db, ProjectFields(title="Projet porté par l'EPCI"))  # no commune
    add_project(db, ProjectFields(title="Projet à Lyon", place_commune_insee="69123"))
    clear_choice(db)
    header, _ = read_contribution(export_contribution(db, tmp_path / "a.territoria-contribution").path)
    assert header["collectivite"]["kind"] == "commune" and header["collectivite"]["code"] == "69123"


def test_a_contribution_falls_back_on_the_lead_collectivite(tmp_path, db):
    from territoria.services.communes import find_place
    from territoria.services.contributions import read_contribution
    from territoria.services.profile import clear_choice

    commune = find_place(db, "commune", "61382")
    save_choice(db, "epci", commune.epci_siren)
    add_project(db, ProjectFields(title="Projet porté par l'EPCI"))
    clear_choice(db)
    header, _ = read_contribution(export_contribution(db, tmp_path / "b.territoria-contribution").path)
    assert header["collectivite"]["kind"] == "epci" and header["collectivite"]["code"] == commune.epci_siren


def test_the_watched_folder_offers_only_valid_trusted_newer_packs(tmp_path, db):
    key = make_key(tmp_path)
    stranger = make_key(tmp_path, "stranger.key")
    config = tmp_path / "config"
    trust_store(config, key)
    watched = tmp_path / "partage"
    watched.mkdir()
    assert newer_packs(db, watched, config) == []
    assert newer_packs(db, tmp_path / "absent", config) == []
    old = build(write_folder(tmp_path / "v1"), key, watched / "arnia-2026-03-03.territoria")
    build(write_folder(tmp_path / "v2", edition="2026-04-01"), key, watched / "arnia-2026-04-01.territoria")
    build(write_folder(tmp_path / "x", publisher="autre", name="Autre"), stranger, watched / "autre.territoria")
    (watched / "abime.territoria").write_bytes(b"PK\x03\x04 pas un paquet")
    (watched / "notes.txt").write_text("rien", encoding="utf-8")
    found = newer_packs(db, watched, config)
    assert [(p.publisher_id, p.edition, p.path.name) for p in found] == [
        ("arnia", "2026-04-01", "arnia-2026-04-01.territoria")]
    import_pack(db, found[0].path, trust_store(config), tmp_path / "backups")
    assert newer_packs(db, watched, config) == []  # the installed edition is the newest
    assert old.exists()
