"""Importing packs: provenance, search index, newer editions, withdrawal, removal, cancel, seed updates."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from pack_tools import (
    CONTENT_TABLES,
    build,
    initiative_toml,
    make_key,
    table_digest,
    trust_store,
    write_folder,
)

from territoria.domain.reasons import Reason
from territoria.services.packs.errors import PackError
from territoria.services.packs.importer import import_pack, preview_import
from territoria.services.packs.installed import list_packs, provenance_line, remove_pack
from territoria.services.progress import CancellableProgress, Cancelled


def _rows(db, sql, *params):
    connection = sqlite3.connect(db.path)
    try:
        return connection.execute(sql, params).fetchall()
    finally:
        connection.close()


@pytest.fixture()
def agency(tmp_path):
    key = make_key(tmp_path)
    return key, trust_store(tmp_path / "cfg", key)


def test_import_writes_namespaced_records_with_provenance_and_keeps_the_index_in_step(db, agency, tmp_path):
    key, trust = agency
    pack = build(write_folder(tmp_path / "src"), key, tmp_path / "p.territoria")
    seed_count = _rows(db, "SELECT count(*) FROM initiatives")[0][0]
    preview = preview_import(db, pack, trust)
    assert [(c.kind, c.added, c.updated, c.withdrawn) for c in preview.changes] == [
        ("sources", 1, 0, 0), ("organisations", 1, 0, 0), ("initiatives", 2, 0, 0)]
    assert preview.installed_edition is None and not preview.is_downgrade
    result = import_pack(db, pack, trust, tmp_path / "backups")
    assert result.backup is not None and result.backup.is_file()
    rows = _rows(db, "SELECT slug, origin, pack_publisher, pack_edition, commune_insee, departement_code, "
                     "lead_kind, lead_population, has_money FROM initiatives WHERE origin = 'pack' ORDER BY slug")
    caen_population = _rows(db, "SELECT population FROM communes WHERE insee = '14118'")[0][0]
    assert rows == [
        ("arnia:chatbot-caen", "pack", "arnia", "2026-03-03", "14118", "14", "commune", caen_population, 1),
        # place_commune_insee moves the second one to Saint-Denis-sur-Sarthon (Orne)
        ("arnia:tri-courrier", "pack", "arnia", "2026-03-03", "61376", "61", "commune", caen_population, 1),
    ]
    assert _rows(db, "SELECT count(*) FROM initiatives")[0][0] == seed_count + 2
    # the seed organisation "bpifrance" is the first initiative's partner
    partners = _rows(db, "SELECT o.slug FROM initiative_partners p JOIN organisations o ON o.id = p.organisation_id "
                         "JOIN initiatives i ON i.id = p.initiative_id WHERE i.slug = 'arnia:chatbot-caen'")
    assert partners == [("bpifrance",)]
    assert _rows(db, "SELECT licence FROM sources WHERE slug = 'arnia:veille-2026'") == [("etalab-2.0",)]
    hits = _rows(db, "SELECT i.slug FROM initiatives_fts f JOIN initiatives i ON i.id = f.rowid "
                     "WHERE initiatives_fts MATCH 'courrier' ORDER BY i.slug")
    assert ("arnia:tri-courrier",) in hits
    packs = list_packs(db)
    assert [(p.publisher_id, p.edition, p.counts) for p in packs] == [
        ("arnia", "2026-03-03", (("sources", 1), ("organisations", 1), ("initiatives", 2)))]
    assert trust.get(result.info.fingerprint).publishers == ("arnia",)  # bound at first import
    trust.add_file(key.with_name(key.name + ".pub"))  # adding it again never unbinds it
    assert trust.get(result.info.fingerprint).publishers == ("arnia",)


def test_place_index_derives_what_apply_derived_writes(db):
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from territoria.store.derived import PlaceIndex, apply_derived
    from territoria.store.models import Commune, Initiative, Organisation

    columns = ("commune_insee", "epci_siren", "departement_code", "region_code", "lead_kind", "lead_population",
               "start_year", "title_key", "has_money")
    with db.engine.connect() as connection:
        places = PlaceIndex(connection)
        session = Session(bind=connection)
        # every lead of the seed, plus a place override of each kind on a copy
        overrides = [{}, {"place_commune_insee": "61376"}, {"place_epci_siren": session.scalar(
            select(Commune.epci_siren).where(Commune.insee == "14118"))}, {"place_departement_code": "2A"},
            {"place_region_code": "53"}]
        checked = 0
        for initiative in session.scalars(select(Initiative)).all():
            lead = session.get(Organisation, initiative.lead_id) if initiative.lead_id else None
            lead_row = None if lead is None else {
                "kind": lead.kind, "commune_insee": lead.commune_insee, "epci_siren": lead.epci_siren,
                "departement_code": lead.departement_code, "region_code": lead.region_code}
            for override in overrides:
                apply_derived(session, initiative, override)  # never committed: the connection rolls back
                derived = places.derive(lead_row, override, initiative.title, initiative.start_date,
                                        bool(initiative.has_money))
                assert tuple(getattr(initiative, c) for c in columns) == tuple(derived[c] for c in columns)
                checked += 1
        session.rollback()
    assert checked >= 5 * 19


def test_a_newer_edition_replaces_the_publishers_records_and_never_touches_the_users(db, agency, tmp_path):
    from territoria.services.selection import set_starred

    key, trust = agency
    import_pack(db, build(write_folder(tmp_path / "v1"), key, tmp_path / "v1.territoria"), trust, tmp_path / "b")
    ids = dict(_rows(db, "SELECT slug, id FROM initiatives WHERE origin = 'pack'"))
    set_starred(db, ids["arnia:tri-courrier"], True)
    with db.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO user_notes(kind, record_slug, text, updated_at) "
            "VALUES ('initiative', 'arnia:chatbot-caen', 'à rappeler', '2026-11-26 10:00:00')")
    seed_before = table_digest(db.path, ("schemes", "programmes", "figures"))
    v2 = write_folder(tmp_path / "v2", edition="2026-03-03.1", initiatives=[
        initiative_toml("chatbot-caen", "Assistant conversationnel de Caen, deuxième version"),
        initiative_toml("cantine", "Prévision des repas des cantines"),
    ])
    preview = preview_import(db, build(v2, key, tmp_path / "v2.territoria"), trust)
    initiatives = next(c for c in preview.changes if c.kind == "initiatives")
    assert (initiatives.added, initiatives.updated, initiatives.withdrawn, initiatives.kept_starred) == (1, 1, 0, 1)
    import_pack(db, tmp_path / "v2.territoria", trust, tmp_path / "b")
    rows = dict(_rows(db, "SELECT slug, title FROM initiatives WHERE origin = 'pack'"))
    assert rows["arnia:chatbot-caen"].endswith("deuxième version")
    assert "arnia:cantine" in rows and "arnia:tri-courrier" in rows  # the starred one stays
    assert dict(_rows(db, "SELECT slug, id FROM initiatives WHERE origin = 'pack'"))["arnia:chatbot-caen"] == \
        ids["arnia:chatbot-caen"]  # updated in place
    assert _rows(db, "SELECT text FROM user_notes") == [("à rappeler",)]
    assert _rows(db, "SELECT initiative_slug FROM user_selection") == [("arnia:tri-courrier",)]
    assert table_digest(db.path, ("schemes", "programmes", "figures")) == seed_before
    assert _rows(db, "SELECT pack_edition FROM initiatives WHERE slug = 'arnia:chatbot-caen'") == [("2026-03-03.1",)]
    from territoria.services.info import check_integrity

    assert check_integrity(db).ok


def test_two_publishers_never_overwrite_each_other(db, tmp_path):
    arnia, diva = make_key(tmp_path, "arnia.key"), make_key(tmp_path, "diva.key")
    trust = trust_store(tmp_path / "cfg", arnia, diva)
    import_pack(db, build(write_folder(tmp_path / "a"), arnia, tmp_path / "a.territoria"), trust, tmp_path / "b")
    import_pack(db, build(write_folder(tmp_path / "d", publisher="diva", name="DIVA"), diva, tmp_path / "d.territoria"),
                trust, tmp_path / "b")
    slugs = [r[0] for r in _rows(db, "SELECT slug FROM initiatives WHERE origin = 'pack' ORDER BY slug")]
    assert slugs == ["arnia:chatbot-caen", "arnia:tri-courrier", "diva:chatbot-caen", "diva:tri-courrier"]
    remove_pack(db, "diva", tmp_path / "b")
    slugs = [r[0] for r in _rows(db, "SELECT slug FROM initiatives WHERE origin = 'pack' ORDER BY slug")]
    assert slugs == ["arnia:chatbot-caen", "arnia:tri-courrier"]
    assert [p.publisher_id for p in list_packs(db)] == ["arnia"]
    # diva's key is now bound to diva: it cannot sign for arnia
    with pytest.raises(PackError, match="pas pour l'éditeur « arnia »"):
        import_pack(db, build(write_folder(tmp_path / "x", edition="2027-01-01"), diva, tmp_path / "x.territoria"),
                    trust, tmp_path / "b")


def test_remove_keeps_starred_initiatives_and_refuses_unknown_publishers(db, agency, tmp_path):
    from territoria.services.selection import set_starred

    key, trust = agency
    import_pack(db, build(write_folder(tmp_path / "v1"), key, tmp_path / "v1.territoria"), trust, tmp_path / "b")
    ident = _rows(db, "SELECT id FROM initiatives WHERE slug = 'arnia:chatbot-caen'")[0][0]
    set_starred(db, ident, True)
    _pack, changes = remove_pack(db, "arnia", tmp_path / "b")
    assert next(c for c in changes if c.kind == "initiatives").kept_starred == 1
    # the starred initiative and what it points at (its lead) stay; the rest is gone
    assert _rows(db, "SELECT slug FROM initiatives WHERE origin = 'pack'") == [("arnia:chatbot-caen",)]
    assert _rows(db, "SELECT slug FROM organisations WHERE origin = 'pack'") == [("arnia:mairie-caen",)]
    assert list_packs(db) == []
    with pytest.raises(PackError, match="Aucun paquet de l'éditeur « diva »"):
        remove_pack(db, "diva", tmp_path / "b")


def test_cancel_during_import_leaves_nothing_changed(db, agency, tmp_path):
    key, trust = agency
    pack = build(write_folder(tmp_path / "src"), key, tmp_path / "p.territoria")
    before = table_digest(db.path, CONTENT_TABLES)
    seen: list[str] = []
    progress = CancellableProgress(lambda done, total, text: seen.append(text))

    def cancel_when_writing(done, total, text):
        seen.append(str(text))  # a step's code, in French
        if text == Reason.of("progress_writing", kind="initiatives"):
            progress.cancel()

    progress._callback = cancel_when_writing
    with pytest.raises(Cancelled):
        import_pack(db, pack, trust, tmp_path / "b", progress=progress)
    assert "Écriture des fiches : initiatives" in seen
    assert table_digest(db.path, CONTENT_TABLES) == before
    triggers = _rows(db, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%initiatives_fts%'")
    assert triggers[0][0] > 0  # the index triggers were put back by the rollback


def test_key_rotation_trusts_the_next_key_for_that_publisher(db, agency, tmp_path):
    from territoria.services.packs.keys import read_public_key

    key, trust = agency
    next_key = make_key(tmp_path, "arnia-2027.key")
    next_pub = read_public_key(next_key.with_name("arnia-2027.key.pub"))
    first = build(write_folder(tmp_path / "v1"), key, tmp_path / "v1.territoria", next_key=next_pub)
    result = import_pack(db, first, trust, tmp_path / "b")
    assert result.new_trusted_key == next_pub.fingerprint
    assert trust.get(next_pub.fingerprint).publishers == ("arnia",)
    # the old key is revoked; the next key signs the next edition
    trust.remove(result.info.fingerprint)
    second = build(write_folder(tmp_path / "v2", edition="2027-01-15"), next_key, tmp_path / "v2.territoria")
    assert import_pack(db, second, trust, tmp_path / "b").info.edition == "2027-01-15"
    with pytest.raises(PackError, match="pas de confiance"):
        import_pack(db, build(write_folder(tmp_path / "v3", edition="2027-02-01"), key, tmp_path / "v3.territoria"),
                    trust, tmp_path / "b")


def test_a_seed_update_keeps_every_imported_pack(db, agency, tmp_path, copy_seed):
    from territoria.store.bootstrap import apply_seed_update

    key, trust = agency
    import_pack(db, build(write_folder(tmp_path / "v1"), key, tmp_path / "v1.territoria"), trust, tmp_path / "b")
    before = _rows(db, "SELECT slug, title, commune_insee, pack_edition FROM initiatives WHERE origin = 'pack' "
                       "ORDER BY slug")
    newer = copy_seed()
    connection = sqlite3.connect(newer)
    connection.execute("UPDATE initiatives SET title = title || ' (mis à jour)' WHERE origin = 'seed'")
    connection.execute("UPDATE meta SET value = 'nouvelle' WHERE key = 'inputs_sha256'")
    connection.commit()
    connection.close()
    apply_seed_update(db.engine, newer)
    after = _rows(db, "SELECT slug, title, commune_insee, pack_edition FROM initiatives WHERE origin = 'pack' "
                      "ORDER BY slug")
    assert after == before
    assert _rows(db, "SELECT count(*) FROM initiatives WHERE origin = 'seed' AND title LIKE '%(mis à jour)'")[0][0] > 0
    assert [p.publisher_id for p in list_packs(db)] == ["arnia"]
    partners = _rows(db, "SELECT o.slug FROM initiative_partners p JOIN organisations o ON o.id = p.organisation_id "
                         "JOIN initiatives i ON i.id = p.initiative_id WHERE i.slug = 'arnia:chatbot-caen'")
    assert partners == [("bpifrance",)]
    shutil.rmtree(tmp_path / "b", ignore_errors=True)


def test_provenance_line_in_french():
    assert provenance_line("ARNia", "2026-03-03") == "Source des données : ARNia, édition du 3 mars 2026"
    assert provenance_line("DIVA", "2026-01-01.2") == "Source des données : DIVA, édition du 1er janvier 2026 (révision 2)"


def test_provenance_in_the_detail_the_one_pager_and_the_csv(db, agency, tmp_path):
    import io

    from pdf_tools import page_texts, squash

    from territoria.reports.csv_export import COLUMNS, write_csv
    from territoria.reports.exports import initiative_pdf_bytes
    from territoria.services.records import get_initiatives

    key, trust = agency
    import_pack(db, build(write_folder(tmp_path / "src"), key, tmp_path / "p.territoria"), trust, tmp_path / "b")
    pack_id = _rows(db, "SELECT id FROM initiatives WHERE slug = 'arnia:chatbot-caen'")[0][0]
    seed_id = _rows(db, "SELECT id FROM initiatives WHERE origin = 'seed' ORDER BY id LIMIT 1")[0][0]
    pack_detail, seed_detail = get_initiatives(db, [pack_id, seed_id])
    line = "Source des données : ARNia, édition du 3 mars 2026"
    assert pack_detail.provenance == line and seed_detail.provenance is None
    assert squash(line) in squash(page_texts(initiative_pdf_bytes(db, pack_id))[0])
    out = io.BytesIO()
    write_csv([pack_detail, seed_detail], out)
    rows = [r.split(";") for r in out.getvalue().decode("utf-8-sig").splitlines()]
    column = COLUMNS.index("Source des données")
    assert rows[1][column] == line and rows[2][column] == "Catalogue Territoria"


ALL_KINDS = {
    "programmes.toml": """[[programme]]
id = "plan-ia-normandie"
name = "Plan IA des communes normandes"
kind = "agency_programme"
operator = "mairie-caen"
region_code = "28"
summary = "Accompagnement des communes."
start_year = 2026
budget_eur = 250000
budget_mentions = [{ amount_eur = 250000, label = "Enveloppe annoncée", date = "2026-02-01", source = "veille-2026" }]
sources = ["veille-2026"]
""",
    "schemes.toml": """[[scheme]]
id = "diagnostic-ia"
name = "Diagnostic IA pour les communes"
programme = "plan-ia-normandie"
operator = "mairie-caen"
funders = ["bpifrance"]
summary = "Un diagnostic gratuit."
audiences = ["commune", "epci"]
territory_scope = "region"
territory_code = "28"
aid_types = ["expertise"]
opens = "2026-03"
closes = "2026-12-31"
sources = ["veille-2026"]
""",
    "figures.toml": """[[figure]]
id = "communes-accompagnees"
label = "Communes accompagnées"
value = 42
unit = "count"
scope = "Normandie"
region_code = "28"
date = "2026"
sources = ["veille-2026"]
""",
    "events.toml": """[[event]]
id = "lancement-plan"
date = "2026-02-01"
title = "Lancement du plan IA des communes normandes"
summary = "Annonce à Caen."
actors = ["mairie-caen", "bpifrance"]
regions = ["28"]
sources = ["veille-2026"]
""",
}


def test_every_record_kind_is_written_with_its_children(db, agency, tmp_path):
    from territoria.services.records import get_scheme

    key, trust = agency
    initiatives = [initiative_toml("chatbot-caen", "Assistant conversationnel de Caen", programme="plan-ia-normandie")
                   + 'funding = [{ amount_eur = 9000, scheme = "diagnostic-ia", funder = "bpifrance" }]\n']
    folder = write_folder(tmp_path / "src", initiatives=initiatives, extra_files=ALL_KINDS)
    result = import_pack(db, build(folder, key, tmp_path / "p.territoria"), trust, tmp_path / "b")
    assert dict(result.info.counts) == {"sources": 1, "organisations": 1, "programmes": 1, "schemes": 1,
                                        "initiatives": 1, "figures": 1, "events": 1}
    scheme_id = _rows(db, "SELECT id FROM schemes WHERE slug = 'arnia:diagnostic-ia'")[0][0]
    scheme = get_scheme(db, scheme_id)
    assert list(scheme.audiences) == ["commune", "epci"]
    assert scheme.programme_name == "Plan IA des communes normandes"
    assert scheme.provenance == "Source des données : ARNia, édition du 3 mars 2026"
    from pdf_tools import page_texts, squash

    from territoria.reports.exports import report_context
    from territoria.reports.scheme_sheet import scheme_pdf

    assert squash(scheme.provenance) in squash(page_texts(scheme_pdf(scheme, report_context(db)))[0])
    assert _rows(db, "SELECT o.slug FROM scheme_funders f JOIN organisations o ON o.id = f.organisation_id "
                     "WHERE f.scheme_id = ?", scheme_id) == [("bpifrance",)]
    assert _rows(db, "SELECT amount_eur, label FROM budget_mentions b JOIN programmes p ON p.id = b.programme_id "
                     "WHERE p.slug = 'arnia:plan-ia-normandie'") == [(250000.0, "Enveloppe annoncée")]
    assert _rows(db, "SELECT f.amount_eur, s.slug, o.slug FROM funding f JOIN schemes s ON s.id = f.scheme_id "
                     "JOIN organisations o ON o.id = f.funder_id JOIN initiatives i ON i.id = f.initiative_id "
                     "WHERE i.slug = 'arnia:chatbot-caen'") == [(9000.0, "arnia:diagnostic-ia", "bpifrance")]
    assert _rows(db, "SELECT value, pack_edition FROM figures WHERE slug = 'arnia:communes-accompagnees'") == [
        (42.0, "2026-03-03")]
    event = _rows(db, "SELECT id, date FROM events WHERE slug = 'arnia:lancement-plan'")[0]
    assert event[1] == "2026-02-01"
    assert sorted(r[0] for r in _rows(db, "SELECT o.slug FROM event_actors a JOIN organisations o "
                                          "ON o.id = a.organisation_id WHERE a.event_id = ?", event[0])) == [
        "arnia:mairie-caen", "bpifrance"]
    assert _rows(db, "SELECT region_code FROM event_regions WHERE event_id = ?", event[0]) == [("28",)]
    # a newer edition without these records withdraws all of them
    import_pack(db, build(write_folder(tmp_path / "v2", edition="2026-04-01"), key, tmp_path / "v2.territoria"),
                trust, tmp_path / "b")
    for table in ("programmes", "schemes", "figures", "events"):
        assert _rows(db, f"SELECT count(*) FROM {table} WHERE origin = 'pack'") == [(0,)], table
    from territoria.services.info import check_integrity

    assert check_integrity(db).ok


def test_sort_keys_of_pack_records_are_those_the_triggers_would_write(db, agency, tmp_path):
    from territoria.store import sort_keys

    key, trust = agency
    import_pack(db, build(write_folder(tmp_path / "src"), key, tmp_path / "p.territoria"), trust, tmp_path / "b")
    query = ("SELECT slug, organisation_key, place_key, theme_key, theme_mask FROM initiatives "
             "WHERE origin = 'pack' ORDER BY slug")
    stored = _rows(db, query)
    assert all(row[1] and row[2] and row[3] is not None and row[4] for row in stored)
    connection = sqlite3.connect(db.path, isolation_level=None)
    try:
        connection.execute("BEGIN")
        sort_keys.backfill(connection)
        assert connection.execute(query).fetchall() == stored
        connection.execute("ROLLBACK")
        triggers = {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        assert {name for name, _sql in sort_keys.TRIGGERS} <= triggers
    finally:
        connection.close()


def test_a_database_error_during_the_write_is_reported_in_french_and_rolled_back(db, agency, tmp_path, monkeypatch):
    from territoria.store import pack_merge

    key, trust = agency
    pack = build(write_folder(tmp_path / "src"), key, tmp_path / "p.territoria")
    before = table_digest(db.path, CONTENT_TABLES)
    monkeypatch.setattr(pack_merge, "_replace_children",
                        lambda connection, *args: connection.exec_driver_sql("INSERT INTO nowhere VALUES (1)"))
    with pytest.raises(PackError, match="a échoué et a été annulé : rien n'a été modifié"):
        import_pack(db, pack, trust, tmp_path / "b")
    assert table_digest(db.path, CONTENT_TABLES) == before
    assert _rows(db, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sort_keys_%'")[0][0] > 0
