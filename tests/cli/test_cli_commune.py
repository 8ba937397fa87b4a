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
    ranked = run_json(data_dir, capsys, "comparable", "--commune", "61382", "--limit", "5")
    assert len(ranked) == 5
    assert {"id", "title", "score", "reasons"} <= set(ranked[0])
    assert ranked[0]["title"].startswith("IA d'appui aux secrétaires de mairie")
    assert ranked[0]["reasons"][0] == "Commune de taille comparable : 1\u202f055\u00a0hab."
    assert [r["score"] for r in ranked] == sorted((r["score"] for r in ranked), reverse=True)
    social = run_json(data_dir, capsys, "comparable", "--commune", "61382", "--theme", "social", "--limit", "3")
    assert social[1]["title"].startswith("Repérage des bénéficiaires oubliés de l'APA")
    assert "Répond à votre besoin : Action sociale" in social[1]["reasons"]


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
    assert by_name["Réseau de 300 ambassadeurs IA"]["programme"] == "Plan national « Osez l'IA »"
    assert verdicts[0]["verdict"] == "eligible"


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
