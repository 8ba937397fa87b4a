"""The committed seed holds France's geography and every curated record, each with its sources."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest


@pytest.fixture(scope="module")
def seed(seed_file: Path):
    connection = sqlite3.connect(f"file:{seed_file}?mode=ro", uri=True)
    yield connection
    connection.close()


def scalar(connection: sqlite3.Connection, sql: str, *params):
    return connection.execute(sql, params).fetchone()[0]


def test_reference_counts(seed):
    assert scalar(seed, "SELECT count(*) FROM regions WHERE zone != 'com'") == 18
    assert scalar(seed, "SELECT count(*) FROM regions WHERE zone = 'metro'") == 13
    assert scalar(seed, "SELECT count(*) FROM regions WHERE zone = 'drom'") == 5
    assert scalar(seed, "SELECT count(*) FROM departements WHERE zone != 'com'") == 101
    assert scalar(seed, "SELECT count(*) FROM communes") == 34969
    assert scalar(seed, "SELECT count(*) FROM epci") == 1255


@pytest.mark.parametrize(
    ("insee", "name", "population", "epci", "departement", "region"),
    [
        ("61382", "Saint-Denis-sur-Sarthon", 1055, "246100663", "61", "28"),
        ("69123", "Lyon", 519127, "200046977", "69", "84"),
        ("31555", "Toulouse", 514819, "243100518", "31", "76"),
        ("44109", "Nantes", 327734, "244400404", "44", "52"),
    ],
)
def test_known_communes(seed, insee, name, population, epci, departement, region):
    row = seed.execute(
        "SELECT name, population, epci_siren, departement_code, region_code FROM communes WHERE insee = ?", (insee,)
    ).fetchone()
    assert row == (name, population, epci, departement, region)


def test_epci_membership_is_complete_for_metropolitan_france(seed):
    # every metropolitan commune belongs to an EPCI, except the four islands DGCL leaves out
    orphans = scalar(
        seed, "SELECT count(*) FROM communes c JOIN regions r ON r.code = c.region_code "
        "WHERE r.zone = 'metro' AND c.epci_siren IS NULL",
    )
    assert orphans <= 4
    assert scalar(seed, "SELECT kind FROM epci WHERE siren = '246100663'") == "CU"
    assert scalar(seed, "SELECT count(*) FROM communes WHERE epci_siren = '200054781'") == 130  # Métropole du Grand Paris: Paris and 129 communes


@pytest.mark.parametrize(
    "table", ["organisations", "programmes", "schemes", "initiatives", "figures"]
)
def test_every_curated_record_cites_a_source_with_url(seed, table):
    link = {"organisations": "organisation_sources", "programmes": "programme_sources", "schemes": "scheme_sources",
            "initiatives": "initiative_sources", "figures": "figure_sources"}[table]
    missing = seed.execute(
        f"SELECT slug FROM {table} t WHERE NOT EXISTS (SELECT 1 FROM {link} l JOIN sources s ON s.id = l.source_id "
        f"WHERE l.record_id = t.id AND s.url LIKE 'http%')"
    ).fetchall()
    assert missing == []
    assert scalar(seed, f"SELECT count(*) FROM {table}") > 0


@pytest.mark.parametrize(
    "needle",
    [
        "Drôme", "Saint-Denis-sur-Sarthon", "APA", "fuites d'eau", "gaspillage alimentaire", "Anaouder",
        "Cafés IA", "Île-de-France", "SwiftAsk", "Favia", "Datalab Normandie", "Campus Cyber", "Microsoft",
    ],
)
def test_named_initiatives_are_present(seed, needle):
    assert scalar(seed, "SELECT count(*) FROM initiatives WHERE title LIKE ? OR summary LIKE ?",
                  f"%{needle}%", f"%{needle}%") >= 1


def test_named_programmes_and_schemes(seed):
    names = " | ".join(r[0] for r in seed.execute("SELECT name FROM programmes UNION ALL SELECT name FROM schemes"))
    for needle in ("Osez l", "SUD IA", "IA Occitanie", "ApproprIAtion", "DIVA", "ARNia", "Grand Paris Sud", "2018"):
        assert needle in names, needle
    assert scalar(seed, "SELECT count(*) FROM schemes s JOIN programmes p ON p.id = s.programme_id "
                        "WHERE p.name LIKE '%Osez%'") >= 8
    assert scalar(seed, "SELECT count(*) FROM schemes s JOIN programmes p ON p.id = s.programme_id "
                        "WHERE p.name LIKE '%SUD IA%'") >= 8


def test_disagreeing_budget_figures_are_both_kept(seed):
    rows = seed.execute(
        "SELECT m.amount_eur, s.publisher FROM budget_mentions m JOIN programmes p ON p.id = m.programme_id "
        "JOIN sources s ON s.id = m.source_id WHERE p.name LIKE '%Occitanie%' ORDER BY m.amount_eur"
    ).fetchall()
    amounts = {amount for amount, _ in rows}
    assert {50_000_000, 60_000_000} <= amounts
    assert len({publisher for _, publisher in rows}) >= 2


def test_business_only_osez_ia_measures_never_target_communes(seed):
    for slug, audiences in seed.execute(
        "SELECT s.slug, s.audiences FROM schemes s JOIN programmes p ON p.id = s.programme_id WHERE p.name LIKE '%Osez%'"
    ):
        assert "commune" not in audiences and "collectivite" not in audiences, slug


def test_national_figures(seed):
    labels = " | ".join(r[0] + " " + (r[1] or "") for r in seed.execute("SELECT label, scope FROM figures"))
    assert "3 500" in labels or "3500" in labels
    assert scalar(seed, "SELECT count(*) FROM figures WHERE unit = 'percent'") >= 2
    assert "VivaTech" in labels or "Viva" in labels


def test_initiatives_are_linked_to_real_places(seed):
    assert scalar(seed, "SELECT commune_insee FROM initiatives WHERE slug LIKE 'saint-denis%'") == "61382"
    assert scalar(seed, "SELECT departement_code FROM initiatives WHERE slug LIKE 'drome%'") == "26"
    assert scalar(seed, "SELECT lead_population FROM initiatives WHERE slug LIKE 'saint-denis%'") == 1055
    unplaced = scalar(seed, "SELECT count(*) FROM initiatives WHERE region_code IS NULL AND lead_kind != 'other'")
    assert unplaced == 0


def test_search_index_covers_every_initiative(seed):
    assert scalar(seed, "SELECT count(*) FROM initiatives_fts") == scalar(seed, "SELECT count(*) FROM initiatives")
    hits = scalar(seed, "SELECT count(*) FROM initiatives_fts WHERE initiatives_fts MATCH 'sarthon'")
    assert hits == 1


def test_seed_meta(seed):
    meta = dict(seed.execute("SELECT key, value FROM meta"))
    assert meta["data_edition"] == "2025-11-28"
    assert len(meta["inputs_sha256"]) == 64
    assert meta["reference"] == "@etalab/decoupage-administratif 6.0.0"
    assert scalar(seed, "PRAGMA journal_mode") == "delete"
