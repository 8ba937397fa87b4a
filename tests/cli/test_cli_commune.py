"""``territoria communes``, ``comparable`` and ``schemes``."""

from __future__ import annotations

import json

import pytest

from territoria.cli import main


def run_json(data_dir, capsys, *args):
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_communes_json_best_match_first(data_dir, capsys):
    found = run_json(data_dir, capsys, "communes", "st", "denis", "sarthon")
    assert found[0]["insee"] == "61382"
    assert {"insee", "name", "population", "departement", "region", "epci_siren"} <= set(found[0])
    assert (found[0]["name"], found[0]["population"], found[0]["departement"], found[0]["region"],
            found[0]["epci_siren"]) == ("Saint-Denis-sur-Sarthon", 1055, "61", "28", "246100663")
    assert run_json(data_dir, capsys, "communes", "61420")[0]["insee"] == "61382"
    valence = run_json(data_dir, capsys, "communes", "Valence", "--limit", "3")
    assert [v["label"] for v in valence] == ["Valence (26)", "Valence (82)", "Valence (16)"]
    assert run_json(data_dir, capsys, "communes", "zzzqqq") == []


def test_communes_human_output(data_dir, capsys):
    assert main(["--data-dir", str(data_dir), "communes", "SAINT DENIS SUR SARTHON"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("61382  Saint-Denis-sur-Sarthon (61)") and "1\u202f055\u00a0hab." in out


def test_comparable_json(data_dir, capsys):
    rows = run_json(data_dir, capsys, "comparable", "--commune", "61382", "--limit", "5")
    own = [r for r in rows if r["own"]]
    ranked = [r for r in rows if not r["own"]]
    assert len(ranked) == 5  # the limit counts comparables; the commune's own projects come on top
    assert rows[:len(own)] == own
    # the village's own project is listed apart, never ranked as its own comparable
    assert [r["title"][:36] for r in own] == ["IA d'appui aux secrétaires de mairie"]
    assert own[0]["reasons"][0] == "Commune de taille comparable : 1\u202f055\u00a0hab."
    assert {"id", "title", "score", "reasons", "own", "closeness"} <= set(ranked[0])
    assert {r["closeness"] for r in rows} <= {"very_close", "close", "further"}
    assert [r["score"] for r in ranked] == sorted((r["score"] for r in ranked), reverse=True)
    # the region's Datalab reaches the village; Nantes (327 734 hab.) is only one to look at
    datalab = next(r for r in ranked if r["title"] == "Datalab Normandie")
    assert datalab["closeness"] == "close" and ranked.index(datalab) < ranked.index(
        next(r for r in ranked if "Nantes" in r["title"]))
    nantes = next(r for r in ranked if "Nantes" in r["title"])
    assert nantes["closeness"] == "further"
    social = [r for r in run_json(data_dir, capsys, "comparable", "--commune", "61382", "--theme", "social",
                                  "--limit", "3") if not r["own"]]
    assert social[0]["title"].startswith("Repérage des bénéficiaires oubliés de l'APA")
    assert "Répond à votre besoin : Action sociale" in social[0]["reasons"]


def test_comparable_and_schemes_json_give_codes_beside_the_french_reasons(data_dir, capsys):
    from territoria.services.comparable import REASON_CODES
    from territoria.services.eligibility import REASON_CODES as VERDICT_REASON_CODES

    rows = run_json(data_dir, capsys, "comparable", "--commune", "61382", "--theme", "social", "--limit", "5")
    for row in rows:
        assert len(row["reason_codes"]) == len(row["reasons"]) and set(row["reason_codes"]) <= REASON_CODES
    first = rows[0]
    assert first["reason_codes"][0] == "population_close"
    assert first["reasons"][0] == "Commune de taille comparable : 1\u202f055\u00a0hab."
    social = next(r for r in rows if "theme_need" in r["reason_codes"])
    at = social["reason_codes"].index("theme_need")
    assert social["reasons"][at] == "Répond à votre besoin : Action sociale"
    verdicts = run_json(data_dir, capsys, "schemes", "--commune", "93048", "--date", "2026-11-22")
    assert all(v["reason_code"] in VERDICT_REASON_CODES and v["reason"] for v in verdicts)
    mgp = next(v for v in verdicts if v["name"] == "Financement métropolitain des projets locaux (200 000 €)")
    assert mgp["reason_code"] == "audience_unknown" and "ne disent pas qui" in mgp["reason"]


def test_comparable_human_output_lists_own_projects_apart(data_dir, capsys):
    assert main(["--data-dir", str(data_dir), "comparable", "--commune", "61382", "--limit", "2"]) == 0
    out = capsys.readouterr().out
    own, ranked = out.split("Projets comparables pour", 1)
    assert own.startswith("Vos projets (Saint-Denis-sur-Sarthon (61)), hors classement :")
    assert "IA d'appui aux secrétaires de mairie" in own and "IA d'appui" not in ranked
    first = ranked.split("  1. [", 1)[1].split("\n", 1)[0]
    assert first.startswith(("Très proche, ", "Proche, ", "À regarder, ")) and " pts] " in first


def test_comparable_human_output(data_dir, capsys):
    assert main(["--data-dir", str(data_dir), "comparable", "--commune", "69123", "--limit", "2"]) == 0
    out = capsys.readouterr().out
    assert "Projets comparables pour Lyon (69) :" in out
    # Lyon's APA project ranks first; its lead is inferred (the Métropole), and says so
    first = out.split("  1. [", 1)[1].split("  2. [", 1)[0]
    assert "Repérage des bénéficiaires oubliés de l'APA" in first
    assert "Porteur déduit, non précisé par la source : Métropole de Lyon" in first


def test_schemes_json(data_dir, capsys):
    verdicts = run_json(data_dir, capsys, "schemes", "--commune", "93048", "--date", "2026-11-22")
    assert {"id", "name", "programme", "verdict", "reason"} <= set(verdicts[0])
    assert {v["verdict"] for v in verdicts} <= {"eligible", "relay_to_businesses", "territory_unknown",
                                                 "not_yet_open", "outside_territory", "closed"}
    by_name = {v["name"]: v for v in verdicts}
    assert by_name["Accompagnement des communes à la formalisation de cas d'usage IA"]["verdict"] == "eligible"
    # the article does not say who may receive the Métropole's 200 000 euros: no eligibility claimed
    mgp = by_name["Financement métropolitain des projets locaux (200 000 €)"]
    assert mgp["verdict"] == "relay_to_businesses" and "ne disent pas qui" in mgp["reason"]
    assert by_name["DIVA – Digital Innovation Value Accelerator"]["verdict"] == "outside_territory"
    assert by_name["Réseau de 300 ambassadeurs IA"]["programme"] == "Plan national «\u00a0Osez l'IA\u00a0»"
    assert verdicts[0]["verdict"] == "eligible"
    # where to apply or learn more, and the call's dates (None when no source gives them)
    assert all(v["url"] is None or v["url"].startswith(("https://", "http://")) for v in verdicts)
    assert all(v["url"] for v in verdicts)  # every curated scheme cites at least a source
    assert all({"opens", "closes"} <= set(v) for v in verdicts)
    assert any(v["opens"] for v in verdicts) and any(v["closes"] is None for v in verdicts)


def test_schemes_human_output(data_dir, capsys):
    assert main(["--data-dir", str(data_dir), "schemes", "--commune", "13055"]) == 0
    out = capsys.readouterr().out
    assert "Vous pouvez en bénéficier :" in out and "Hors de votre territoire :" in out


@pytest.mark.parametrize("command", ["comparable", "schemes"])
def test_unknown_insee_is_a_french_error(data_dir, capsys, command):
    assert main(["--data-dir", str(data_dir), command, "--commune", "99999"]) != 0
    captured = capsys.readouterr()
    assert "Aucune commune n'a le code INSEE « 99999 »" in captured.err and captured.out == ""


def test_bad_options_are_french_errors(data_dir, capsys):
    assert main(["--data-dir", str(data_dir), "comparable", "--commune", "61382", "--theme", "cuisine"]) != 0
    assert "Thème inconnu : « cuisine »" in capsys.readouterr().err
    with pytest.raises(SystemExit) as raised:
        main(["--data-dir", str(data_dir), "comparable", "--commune", "61382", "--limit", "0"])
    assert raised.value.code == 2 and "nombre positif attendu" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["--data-dir", str(data_dir), "schemes", "--commune", "61382", "--date", "22/11/2026"])
    assert "date AAAA-MM-JJ attendue" in capsys.readouterr().err
