"""Optimistic locking of the record form: two editors open the same record, both save, the
second is refused with both versions; own projects are per server user; in agency mode the
form edits the publisher's records. On both engines (``engine_db``)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from server_users import server_users
from sqlalchemy import text

from territoria.errors import NotFoundError
from territoria.services.local_projects import (
    FundingInput,
    ProjectFields,
    add_project,
    list_projects,
    open_project,
    update_project,
)
from territoria.services.profile import save_choice
from territoria.services.record_versions import EditConflictError
from territoria.services.records import get_initiative

FIELDS = ProjectFields(
    title="Assistant de rédaction des délibérations", summary="Propose un premier jet.", themes=("public_services",),
    techniques=("generative",), status="pilot", start_date="2025-03", budget_eur=8000.0,
    funding=(FundingInput(3000.0, "DETR"),),
)
PUBLISHER = "agence-test"


def _version(db, initiative_id: int) -> int:
    with db.engine.connect() as connection:
        return connection.execute(text("SELECT version FROM initiatives WHERE id = :i"), {"i": initiative_id}).scalar()


def test_the_second_of_two_saves_of_the_same_version_is_refused_with_both_versions(engine_db):
    save_choice(engine_db, "commune", "26362")
    ident = add_project(engine_db, FIELDS)
    assert _version(engine_db, ident) == 1
    first, second = open_project(engine_db, ident), open_project(engine_db, ident)
    assert first.version == second.version == 1 and first.fields.title == FIELDS.title

    assert update_project(engine_db, ident, replace(first.fields, title="Assistant des délibérations", status="production"),
                          expected_version=first.version) == 2
    with pytest.raises(EditConflictError) as caught:
        update_project(engine_db, ident, replace(second.fields, title="Rédaction assistée", budget_eur=9000.0),
                       expected_version=second.version)
    conflict = caught.value
    assert (conflict.your_version, conflict.their_version) == (1, 2)
    differing = {c.name: (c.yours, c.theirs) for c in conflict.changes}
    assert differing["title"] == ("Rédaction assistée", "Assistant des délibérations")
    assert differing["status"] == ("Expérimentation", "En service")
    assert set(differing) == {"title", "status", "budget_eur"}
    assert "Rédaction assistée" in conflict.message and "Assistant des délibérations" in conflict.message
    assert "rien n'a été écrasé" in conflict.message
    # nothing of the refused save was written
    detail = get_initiative(engine_db, ident)
    assert (detail.title, detail.budget_eur, _version(engine_db, ident)) == ("Assistant des délibérations", 8000.0, 2)
    # reopened, the record saves again
    again = open_project(engine_db, ident)
    assert update_project(engine_db, ident, replace(again.fields, budget_eur=9000.0),
                          expected_version=again.version) == 3


def test_a_save_without_a_version_still_makes_a_new_version(engine_db):
    save_choice(engine_db, "commune", "26362")
    ident = add_project(engine_db, FIELDS)
    opened = open_project(engine_db, ident)
    update_project(engine_db, ident, replace(FIELDS, summary="Par la ligne de commande."))
    with pytest.raises(EditConflictError):
        update_project(engine_db, ident, opened.fields, expected_version=opened.version)


def _publisher_record(db) -> int:
    with db.engine.begin() as connection:
        ident = connection.execute(text("SELECT min(id) FROM initiatives WHERE origin = 'seed'")).scalar()
        connection.execute(text("UPDATE initiatives SET origin = 'pack', pack_publisher = :p WHERE id = :i"),
                           {"p": PUBLISHER, "i": ident})
    return ident


def test_agency_mode_edits_the_publishers_records_keeping_lead_and_sources(engine_db):
    ident = _publisher_record(engine_db)
    before = get_initiative(engine_db, ident)
    with pytest.raises(NotFoundError):
        open_project(engine_db, ident)  # without the publisher: not editable
    with pytest.raises(NotFoundError):
        open_project(engine_db, ident, publisher="un-autre-editeur")
    opened = open_project(engine_db, ident, publisher=PUBLISHER)
    assert opened.publisher_record and opened.fields.title == before.title
    update_project(engine_db, ident, replace(opened.fields, summary="Résumé revu par l'agence."),
                   expected_version=opened.version, publisher=PUBLISHER)
    after = get_initiative(engine_db, ident)
    assert after.summary == "Résumé revu par l'agence."
    assert after.lead == before.lead and after.sources == before.sources
    assert after.funding == before.funding
    with pytest.raises(EditConflictError) as caught:
        update_project(engine_db, ident, replace(opened.fields, summary="Une autre idée."),
                       expected_version=opened.version, publisher=PUBLISHER)
    assert [c.name for c in caught.value.changes] == ["summary"]


def test_two_server_users_each_edit_and_conflict_on_the_publishers_records(server_db):
    ident = _publisher_record(server_db)
    with server_users(server_db) as (alice, bob):
        mine = open_project(alice, ident, publisher=PUBLISHER)
        theirs = open_project(bob, ident, publisher=PUBLISHER)
        update_project(bob, ident, replace(theirs.fields, status="stopped"), expected_version=theirs.version,
                       publisher=PUBLISHER)
        with pytest.raises(EditConflictError) as caught:
            update_project(alice, ident, replace(mine.fields, title="Titre d'Alice"), expected_version=mine.version,
                           publisher=PUBLISHER)
        assert {c.name for c in caught.value.changes} == {"title", "status"}
        # own projects belong to their author
        save_choice(alice, "commune", "26362")
        own = add_project(alice, FIELDS)
        assert [p.id for p in list_projects(alice)] == [own] and list_projects(bob) == []
        with pytest.raises(NotFoundError):
            open_project(bob, own)


def _publisher_scheme(db) -> int:
    with db.engine.begin() as connection:
        ident = connection.execute(text("SELECT min(id) FROM schemes")).scalar()
        connection.execute(text("UPDATE schemes SET origin = 'pack', pack_publisher = :p WHERE id = :i"),
                           {"p": PUBLISHER, "i": ident})
    return ident


def test_a_publishers_scheme_is_versioned_like_initiatives(engine_db):
    from territoria.services.scheme_edit import (
        SchemeError,
        list_publisher_schemes,
        open_scheme,
        update_scheme,
    )

    ident = _publisher_scheme(engine_db)
    assert [i for i, _name in list_publisher_schemes(engine_db, PUBLISHER)] == [ident]
    assert list_publisher_schemes(engine_db, None) == []
    with pytest.raises(NotFoundError):
        open_scheme(engine_db, ident, publisher="un-autre-editeur")
    first, second = open_scheme(engine_db, ident, publisher=PUBLISHER), open_scheme(engine_db, ident, publisher=PUBLISHER)
    with pytest.raises(SchemeError) as bad:
        update_scheme(engine_db, ident, replace(first.fields, closes="2025-13"), expected_version=first.version,
                      publisher=PUBLISHER)
    assert "closes" in bad.value.errors
    assert update_scheme(engine_db, ident, replace(first.fields, closes="2027-06-30", amount_max_eur=50000.0),
                         expected_version=first.version, publisher=PUBLISHER) == first.version + 1
    with pytest.raises(EditConflictError) as caught:
        update_scheme(engine_db, ident, replace(second.fields, name="Nom de l'autre"), expected_version=second.version,
                      publisher=PUBLISHER)
    assert {c.name for c in caught.value.changes} == {"name", "closes", "amount_max_eur"}
    assert next(c for c in caught.value.changes if c.name == "closes").theirs == "2027-06-30"
    saved = open_scheme(engine_db, ident, publisher=PUBLISHER)
    assert (saved.fields.closes, saved.fields.name, saved.version) == ("2027-06-30", first.fields.name, 2)


def test_a_pack_import_moves_the_version_on_so_an_open_form_gets_a_conflict(engine_db, tmp_path):
    from pack_tools import build, initiative_toml, make_key, trust_store, write_folder

    from territoria.services.packs.importer import import_pack

    key = make_key(tmp_path, publisher="arnia")
    trust = trust_store(tmp_path / "config", key)
    import_pack(engine_db, build(write_folder(tmp_path / "v1"), key, tmp_path / "v1.territoria"), trust, tmp_path / "b")
    with engine_db.engine.connect() as connection:
        ident = connection.execute(text("SELECT id FROM initiatives WHERE slug = 'arnia:chatbot-caen'")).scalar()
    opened = open_project(engine_db, ident, publisher="arnia")
    assert opened.version == 1
    v2 = write_folder(tmp_path / "v2", edition="2026-03-03.1", initiatives=[
        initiative_toml("chatbot-caen", "Assistant conversationnel de Caen, deuxième version")])
    import_pack(engine_db, build(v2, key, tmp_path / "v2.territoria"), trust, tmp_path / "b")
    assert _version(engine_db, ident) == 2
    with pytest.raises(EditConflictError) as caught:
        update_project(engine_db, ident, replace(opened.fields, summary="Revu avant l'import"),
                       expected_version=opened.version, publisher="arnia")
    assert {c.name for c in caught.value.changes} == {"title", "summary"}


def test_agency_mode_needs_a_server_and_one_publisher(db, server_db):
    from types import SimpleNamespace

    from territoria.services.agency_mode import agency_publisher

    def branding(*publishers: tuple[str, ...]):
        return SimpleNamespace(keys=tuple(SimpleNamespace(publishers=p) for p in publishers))

    assert agency_publisher(db, "arnia", None) is None  # a town hall's own file is never in agency mode
    assert agency_publisher(server_db, " arnia ", None) == "arnia"
    assert agency_publisher(server_db, "", branding(("arnia",), ("arnia",))) == "arnia"
    assert agency_publisher(server_db, "", branding(("arnia",), ("diva",))) is None  # which one: the setting says
    assert agency_publisher(server_db, "", None) is None


def test_french_no_break_spaces_are_text_control_characters_are_not():
    from territoria.services.local_projects import validate
    from territoria.services.scheme_edit import SchemeFields, validate_scheme

    typography = "Budget\u202f: 12\u202f000\u00a0€, « appel\u00a0»"
    assert validate(ProjectFields(title="Projet", summary=typography)) == {}
    assert validate_scheme(SchemeFields(name="Dispositif", summary=typography)) == {}
    assert "summary" in validate(ProjectFields(title="Projet", summary="a\x07b"))
    assert "summary" in validate_scheme(SchemeFields(name="Dispositif", summary="a\x00b"))


def test_a_publishers_funding_line_without_note_keeps_its_funder_and_scheme(engine_db):
    ident = _publisher_record(engine_db)
    with engine_db.engine.begin() as connection:
        funder, funder_name = connection.execute(text("SELECT id, name FROM organisations ORDER BY id LIMIT 1")).one()
        scheme, scheme_name = connection.execute(text("SELECT id, name FROM schemes ORDER BY id LIMIT 1")).one()
        connection.execute(text("DELETE FROM funding WHERE initiative_id = :i"), {"i": ident})
        connection.execute(text("INSERT INTO funding (initiative_id, amount_eur, funder_id, scheme_id, note) "
                                "VALUES (:i, NULL, :f, :s, NULL)"), {"i": ident, "f": funder, "s": scheme})
    opened = open_project(engine_db, ident, publisher=PUBLISHER)
    assert opened.fields.funding == (FundingInput(None, f"{funder_name} — {scheme_name}"),)
    update_project(engine_db, ident, replace(opened.fields, summary="Résumé revu."), expected_version=opened.version,
                   publisher=PUBLISHER)
    with engine_db.engine.connect() as connection:
        rows = connection.execute(text("SELECT funder_id, scheme_id FROM funding WHERE initiative_id = :i"),
                                  {"i": ident}).all()
    assert rows == [(funder, scheme)]
