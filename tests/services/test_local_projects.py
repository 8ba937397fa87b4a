"""'Mes projets': validation of every field, lead and source, edit, delete, search."""

from __future__ import annotations

from datetime import date

import pytest

from territoria.errors import NotFoundError
from territoria.services.local_projects import (
    FundingInput,
    ProjectError,
    ProjectFields,
    add_project,
    delete_project,
    fields_from_toml,
    list_projects,
    local_ids,
    project_fields,
    update_project,
    validate,
)
from territoria.services.notes import get_note, parse_ref, set_note
from territoria.services.profile import save_choice
from territoria.services.records import get_initiative

GOOD = ProjectFields(
    title="Agent conversationnel de l'accueil", summary="Répond aux questions fréquentes des habitants.",
    problem="Accueil saturé le lundi", results="", themes=("public_services",), techniques=("chatbot",),
    status="pilot", start_date="2025-03", end_date="2026", budget_eur=12000.0, supplier="Prestataire SARL",
    contact="Secrétariat de mairie", funding=(FundingInput(5000.0, "DETR"),),
)


def _count(db) -> int:
    with db.engine.connect() as connection:
        return connection.exec_driver_sql("SELECT count(*) FROM initiatives").scalar()


@pytest.mark.parametrize(("changes", "field", "words"), [
    ({"title": "   "}, "title", "obligatoire"),
    ({"title": "x" * 301}, "title", "trop long"),
    ({"summary": "a\x00b"}, "summary", "contrôle"),
    ({"themes": ("public_services", "cuisine")}, "themes", "cuisine"),
    ({"techniques": ("telepathy",)}, "techniques", "telepathy"),
    ({"status": "finished"}, "status", "finished"),
    ({"start_date": "2025-13"}, "start_date", "AAAA-MM"),
    ({"start_date": "2025-02-30"}, "start_date", "invalide"),
    ({"end_date": "hier"}, "end_date", "invalide"),
    ({"start_date": "2025-06", "end_date": "2024"}, "end_date", "précède"),
    ({"budget_eur": -1.0}, "budget_eur", "positif"),
    ({"budget_eur": float("nan")}, "budget_eur", "montant"),
    ({"budget_eur": 5e12}, "budget_eur", "invraisemblable"),
    ({"funding": (FundingInput(-3.0, ""),)}, "funding", "positif"),
    ({"funding": (FundingInput(None, ""),)}, "funding", "vide"),
    ({"place_commune_insee": "ABCDE"}, "place_commune_insee", "INSEE"),
    ({"contact": "c" * 501}, "contact", "trop long"),
])
def test_every_field_is_validated_in_french_and_nothing_is_written(db, changes, field, words):
    from dataclasses import replace

    save_choice(db, "commune", "61382")
    bad = replace(GOOD, **changes)
    assert field in validate(bad)
    before = _count(db)
    with pytest.raises(ProjectError) as caught:
        add_project(db, bad)
    assert words in caught.value.errors[field]
    assert "n'a pas été enregistré" in caught.value.message
    assert _count(db) == before


def test_unknown_programme_and_commune_are_checked_against_the_database(db):
    from dataclasses import replace

    save_choice(db, "commune", "61382")
    errors = validate(replace(GOOD, programme="plan-imaginaire", place_commune_insee="99999"), db)
    assert "plan-imaginaire" in errors["programme"] and "99999" in errors["place_commune_insee"]


def test_without_ma_commune_the_project_is_refused(db):
    with pytest.raises(ProjectError) as caught:
        add_project(db, GOOD)
    assert "Ma commune" in caught.value.errors["collectivite"]


def test_a_project_is_led_by_ma_commune_and_cites_its_dated_declaration(db):
    save_choice(db, "commune", "61382")
    ident = add_project(db, GOOD, today=date(2026, 3, 4))
    detail = get_initiative(db, ident)
    assert detail.origin == "local" and detail.slug.startswith("local:")
    assert detail.lead is not None and detail.lead.name == "Saint-Denis-sur-Sarthon" and detail.lead_kind == "commune"
    assert detail.place.commune_insee == "61382" and detail.lead_population and detail.lead_population > 0
    assert [s.published for s in detail.sources] == ["2026-03-04"]
    assert "Déclaration" in detail.sources[0].title and detail.sources[0].publisher == "Saint-Denis-sur-Sarthon"
    assert detail.themes == ("public_services",) and detail.techniques == ("chatbot",)
    assert [f.amount_eur for f in detail.funding] == [5000.0] and detail.last_checked == "2026-03-04"
    assert project_fields(db, ident) == GOOD


def test_an_epci_chosen_in_ma_commune_leads_its_projects(db):
    from territoria.services.communes import find_place

    commune = find_place(db, "commune", "61382")
    save_choice(db, "epci", commune.epci_siren)
    detail = get_initiative(db, add_project(db, GOOD))
    assert detail.lead_kind == "epci" and detail.place.epci_siren == commune.epci_siren


def test_place_commune_insee_names_the_lead(db):
    from dataclasses import replace

    save_choice(db, "commune", "61382")
    ident = add_project(db, replace(GOOD, place_commune_insee="69123"))
    assert get_initiative(db, ident).place.commune_insee == "69123"
    assert project_fields(db, ident).place_commune_insee == "69123"


def test_alias_commune_code_stores_the_parent_commune(db):
    from dataclasses import replace

    save_choice(db, "commune", "61382")
    ident = add_project(db, replace(GOOD, place_commune_insee="69383"))  # Lyon 3e arrondissement
    detail = get_initiative(db, ident)
    assert detail.place.commune_insee == "69123"
    assert project_fields(db, ident).place_commune_insee == "69123"


def test_edit_and_delete_only_own_projects(db):
    from dataclasses import replace

    save_choice(db, "commune", "61382")
    ident = add_project(db, GOOD)
    update_project(db, ident, replace(GOOD, title="Agent conversationnel (v2)", status="production", funding=()))
    detail = get_initiative(db, ident)
    assert detail.title == "Agent conversationnel (v2)" and detail.status == "production" and detail.funding == ()
    with pytest.raises(ProjectError):
        update_project(db, ident, replace(GOOD, status="??"))
    assert get_initiative(db, ident).status == "production"
    seed_id = parse_ref(db, "initiative:drome-assistant-virtuel").id
    with pytest.raises(NotFoundError):
        update_project(db, seed_id, GOOD)
    with pytest.raises(NotFoundError):
        delete_project(db, seed_id)
    set_note(db, parse_ref(db, f"initiative:{ident}"), "à supprimer avec le projet")
    slug = detail.slug
    from territoria.services.selection import is_starred, toggle_star

    toggle_star(db, ident)
    assert is_starred(db, ident)
    assert delete_project(db, ident) == "Agent conversationnel (v2)"
    assert list_projects(db) == [] and local_ids(db) == set()
    assert get_note(db, "initiative", slug) is None
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM user_selection WHERE initiative_slug = ?",
                                          (slug,)).scalar() == 0


def test_two_projects_with_one_title_get_two_slugs(db):
    save_choice(db, "commune", "61382")
    first, second = add_project(db, GOOD), add_project(db, GOOD)
    slugs = {p.id: p.slug for p in list_projects(db)}
    assert slugs[first] != slugs[second] and len(list_projects(db)) == 2


def test_own_projects_are_found_by_the_search_index(db):
    save_choice(db, "commune", "61382")
    ident = add_project(db, GOOD)
    with db.engine.connect() as connection:
        hits = [r[0] for r in connection.exec_driver_sql(
            "SELECT rowid FROM initiatives_fts WHERE initiatives_fts MATCH 'conversationnel AND accueil'")]
    assert hits == [ident]


def test_toml_file_in_the_curated_format(tmp_path):
    path = tmp_path / "projet.toml"
    path.write_text('[[initiative]]\ntitle = "Tri du courrier"\nthemes = ["administration"]\n'
                    'start_date = 2025-09-01\nbudget_eur = 4500\nlead = "ignored"\nsources = ["x"]\n'
                    'funding = [{ amount_eur = 2000, funder = "bpifrance", note = "Osez l\'IA" }]\n', encoding="utf-8")
    fields = fields_from_toml(path)
    assert fields.title == "Tri du courrier" and fields.start_date == "2025-09-01" and fields.budget_eur == 4500
    assert fields.funding == (FundingInput(2000, "bpifrance — Osez l'IA"),)


@pytest.mark.parametrize(("content", "words"), [
    ("not = [toml", "TOML"),
    ('[[initiative]]\ntitle = "a"\n[[initiative]]\ntitle = "b"\n', "exactement une"),
    ('title = "pas de table"\n', "exactement une"),
    ('[[initiative]]\ntitle = 3\n', "texte"),
    ('[[initiative]]\ntitle = "a"\nthemes = "water"\n', "liste"),
    ('[[initiative]]\ntitle = "a"\nbudget_eur = "mille"\n', "nombre"),
    ('[[initiative]]\ntitle = "a"\ncouleur = "bleu"\n', "couleur"),
])
def test_bad_toml_files_are_refused_in_french(tmp_path, content, words):
    path = tmp_path / "projet.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ProjectError) as caught:
        fields_from_toml(path)
    assert words in caught.value.message


def test_own_projects_and_notes_are_in_backups(db, tmp_path):
    import sqlite3

    from territoria.store.backup import make_backup

    save_choice(db, "commune", "61382")
    ident = add_project(db, GOOD)
    slug = list_projects(db)[0].slug
    set_note(db, parse_ref(db, f"initiative:{ident}"), "dans la sauvegarde")
    backup = make_backup(db.path, tmp_path / "backups", "test")
    with sqlite3.connect(f"file:{backup}?mode=ro", uri=True) as connection:
        assert connection.execute("SELECT title, origin FROM initiatives WHERE slug = ?", (slug,)).fetchone() == (
            GOOD.title, "local")
        assert connection.execute("SELECT text FROM user_notes WHERE record_slug = ?", (slug,)).fetchone() == (
            "dans la sauvegarde",)
