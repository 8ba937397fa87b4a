"""``pack build --from-database``: a publisher's records read back from the catalogue (a server,
or a local file) as a signed pack that verifies and imports into a town hall's fresh database
with the very same records."""

from __future__ import annotations

import json
from datetime import date

import pytest
from pack_tools import PASSPHRASE, build, initiative_toml, make_key, trust_store, write_folder
from test_packs_import import ALL_KINDS

from territoria.cli import main
from territoria.config import resolve_paths
from territoria.services.database import open_database
from territoria.services.packs import PackError
from territoria.services.packs.importer import import_pack
from territoria.services.packs.publish import build_from_database, next_edition
from territoria.store.pack_export import publisher_records

_DERIVED = ("SELECT slug, title, commune_insee, epci_siren, departement_code, region_code, lead_kind, "
            "lead_population, has_money, start_year, theme_mask, organisation_key, place_key "
            "FROM initiatives WHERE origin = 'pack' ORDER BY slug")


def _records(db) -> dict:
    with db.engine.connect() as connection:
        return publisher_records(connection, "arnia")


def _rows(db, sql: str) -> list[tuple]:
    with db.engine.connect() as connection:
        return [tuple(r) for r in connection.exec_driver_sql(sql)]


def _agency_folder(tmp_path):
    initiatives = [
        initiative_toml("chatbot-caen", "Assistant conversationnel de Caen", programme="plan-ia-normandie")
        + 'funding = [{ amount_eur = 9000, scheme = "diagnostic-ia", funder = "bpifrance" }]\n',
        initiative_toml("tri-courrier", "Tri automatique du courrier de la mairie", place_commune_insee="61376",
                        seed_partner=False),
        initiative_toml("veille-ia", "Veille des usages de l'IA en Normandie", place_region_code="28",
                        lead_attribution="inferred", lead_note="Déduit du communiqué de la mairie."),
    ]
    return write_folder(tmp_path / "src", initiatives=initiatives, extra_files=ALL_KINDS)


def test_next_edition_always_supersedes_the_installed_one():
    today = date(2026, 11, 26)
    assert next_edition(None, today) == "2026-11-26"
    assert next_edition("2026-03-03", today) == "2026-11-26"
    assert next_edition("2026-11-26", today) == "2026-11-26.1"
    assert next_edition("2026-11-26.3", today) == "2026-11-26.4"
    assert next_edition("2027-01-01", today) == "2027-01-01.1"


def test_a_pack_built_from_the_catalogue_verifies_and_imports_with_the_same_records(
        engine_db, tmp_path, seed_file, monkeypatch, capsys):
    key = make_key(tmp_path)
    trust = trust_store(tmp_path / "cfg", key)
    import_pack(engine_db, build(_agency_folder(tmp_path), key, tmp_path / "p.territoria"), trust, tmp_path / "b")
    with pytest.raises(PackError, match="Aucun éditeur « inconnu »"):
        build_from_database(engine_db, "inconnu", key, tmp_path / "x.territoria", PASSPHRASE)
    assert not (tmp_path / "x.territoria").exists()

    # the editorial team publishes from the catalogue, on the command line
    out = tmp_path / "publie.territoria"
    monkeypatch.setenv("TERRITORIA_KEY_PASSPHRASE", PASSPHRASE)
    base = ["--data-dir", str(tmp_path / "agence")]
    if engine_db.engine.dialect.name != "sqlite":
        base += ["--database", engine_db.engine.url.render_as_string(hide_password=False)]
    else:
        base = ["--data-dir", str(engine_db.paths.data_dir)]
    assert main([*base, "pack", "build", "--from-database", "--publisher", "arnia", "--key", str(key),
                 "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    assert f"édition {date.today().isoformat()}" in printed and "3 initiatives" in printed
    assert main([*base, "pack", "build", "--key", str(key), "-o", str(out)]) == 2  # neither a folder nor the base

    # a town hall verifies it, then imports it into its fresh local database
    town = ["--data-dir", str(tmp_path / "mairie")]
    assert main([*town, "trust", "add", str(key) + ".pub", "--yes"]) == 0
    capsys.readouterr()
    assert main([*town, "pack", "verify", str(out), "--json"]) == 0
    verified = json.loads(capsys.readouterr().out)
    assert verified["valid"] and verified["publisher_id"] == "arnia" and verified["edition"] == date.today().isoformat()
    fresh = open_database(resolve_paths(tmp_path / "mairie"), seed_file)
    try:
        result = import_pack(fresh, out, trust, tmp_path / "b2")
        assert dict(result.info.counts) == {"sources": 1, "organisations": 1, "programmes": 1, "schemes": 1,
                                            "initiatives": 3, "figures": 1, "events": 1}
        assert _records(fresh) == _records(engine_db)
        assert _rows(fresh, _DERIVED) == _rows(engine_db, _DERIVED)
        assert _records(fresh)["initiatives"][2]["lead_attribution"] == "inferred"
    finally:
        fresh.close()
