"""``territoria search``: JSON and French table output, filters, bad options, any input."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from territoria.cli import main
from curated import curated_count


@pytest.fixture()
def run(data_dir, seed_file, monkeypatch, capsys):
    """Run ``territoria --data-dir DATA search …`` in-process; returns (code, stdout, stderr)."""
    monkeypatch.setattr("territoria.resources.seed_path", lambda: seed_file)

    def invoke(*args: str) -> tuple[int, str, str]:
        try:
            code = main(["--data-dir", str(data_dir), "search", *args])
        except SystemExit as exc:  # argparse refusing an option
            code = int(exc.code or 0)
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


def test_json_best_first_with_the_documented_fields(run):
    code, out, err = run("fuite", "eau", "--json")
    assert code == 0, err
    rows = json.loads(out)
    assert [r["title"] for r in rows] == ["Détection des fuites d'eau à Toulouse"]
    row = rows[0]
    assert {k: row[k] for k in ("organisation", "commune_insee", "departement", "region")} == {
        "organisation": "Toulouse Métropole", "commune_insee": "31555", "departement": "31", "region": "76"}
    assert row["lead_attribution"] == "inferred"  # the article says "À Toulouse": the Métropole is our reading
    assert isinstance(row["id"], int) and row["region_name"] == "Occitanie"

    code, out, _ = run("région", "--json", "--limit", "0")
    titles = [r["title"] for r in json.loads(out)]
    assert len(titles) == 11 and "Région" in titles[0]  # title matches first
    code, out, _ = run("cyber", "--json")
    national = [r for r in json.loads(out) if r["region"] is None]
    assert national and national[0]["commune_insee"] is None and national[0]["departement"] is None


def test_filters_and_limit(run):
    code, out, _ = run("--region", "76", "--status", "production", "--json", "--limit", "0")
    rows = json.loads(out)
    assert code == 0 and len(rows) == 3 and {r["region"] for r in rows} == {"76"}
    code, out, _ = run("--region", "76", "--region", "53", "--json", "--limit", "0")
    assert {r["region"] for r in json.loads(out)} == {"76", "53"}
    code, out, _ = run("--theme", "water", "--departement", "31", "--json")
    assert [r["commune_insee"] for r in json.loads(out)] == ["31555"]
    code, out, _ = run("--json", "--limit", "2")
    assert len(json.loads(out)) == 2
    code, out, _ = run("--json", "--", "cyber", "-bretagne")
    assert code == 0 and "campus-cyber-bretagne" not in {r["slug"] for r in json.loads(out)}


def test_french_table(run, monkeypatch):
    monkeypatch.setenv("COLUMNS", "160")
    code, out, _ = run("cyber")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "5 initiatives trouvées pour « cyber »."
    assert lines[1].split()[:3] == ["N°", "Initiative", "Porteur"]
    # the article does not say whether the Campus Cyber are running: "Avancement non précisé"
    assert any("Campus Cyber territorial en Bretagne" in line and "Avancement" in line for line in lines)
    code, out, _ = run("--limit", "3")
    assert out.startswith(f"{curated_count('initiatives')} initiatives trouvées (3 affichées ; --limit pour en voir plus).")
    code, out, _ = run("zzzzzz")
    assert (code, out) == (0, "Aucune initiative ne correspond pour « zzzzzz ».\n")
    monkeypatch.setenv("COLUMNS", "80")  # narrow terminal: long texts are cut with an ellipsis
    code, out, _ = run("cyber")
    assert max(len(line) for line in out.splitlines()[2:]) <= 110 and "…" in out


@pytest.mark.parametrize("args, message", [
    (("--region", "99"), "Valeur inconnue pour le filtre région : « 99 »"),
    (("--theme", "eau"), "Thèmes possibles : administration"),
    (("--status", "fini"), "Statuts possibles : idea, pilot, production, stopped, unknown."),
    (("--departement", "3"), "Départements : code INSEE"),
    (("--limit", "-1"), "ne peut pas être négatif"),
    (("--limit", "beaucoup"), "n'est pas un nombre entier"),
    (("--couleur", "rouge"), "erreur"),
])
def test_bad_options_give_a_french_message_and_fail(run, args, message):
    code, out, err = run("cyber", *args)
    assert code != 0 and out == "" and message in err
    assert "Traceback" not in err


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
# a real command line carries neither NUL nor lone surrogates (test_cli_hostile.py checks main() refuses them)
@given(text=st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=200).filter(lambda t: not t.startswith("-")),
       as_json=st.booleans())
def test_property_any_query_gives_json_or_a_table(run, text, as_json):
    code, out, err = run(text, *(("--json",) if as_json else ()))
    assert code == 0, err
    if as_json:
        rows = json.loads(out)
        assert isinstance(rows, list) and len(rows) <= 20
        assert all({"id", "title", "organisation", "commune_insee", "departement", "region"} <= set(r) for r in rows)
    else:
        assert out.startswith(("Aucune initiative", "1 initiative", f"{curated_count('initiatives')} initiatives")) \
            or "initiatives trouvées" in out


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=60))
def test_property_dash_words_after_double_dash(run, text):
    code, out, err = run("--json", "--", text)
    assert code == 0, err
    json.loads(out)
