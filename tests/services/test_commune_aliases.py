"""Arrondissements municipaux, communes déléguées and associées: found, and answering for their commune."""

from __future__ import annotations

import json

from territoria.cli import main
from territoria.services.communes import PlaceIndex, find_place, search_places
from territoria.services.comparable import comparable_for
from territoria.services.eligibility import schemes_for


def test_an_arrondissement_is_found_by_name_and_code(shared_db):
    for query in ("Lyon 3e", "lyon 3e arr", "69383"):
        found = search_places(shared_db, query, limit=3, kinds=("commune",))
        assert found[0].code == "69123" and found[0].alias_code == "69383", query
        assert found[0].alias_kind == "arrondissement" and found[0].alias_name == "Lyon 3e Arrondissement"
    marseille = search_places(shared_db, "marseille 1er", limit=1)[0]
    assert (marseille.code, marseille.alias_code) == ("13055", "13201")


def test_an_arrondissement_is_found_by_its_bare_number(shared_db):
    expected = {"Paris 15": ("75056", "75115"), "Lyon 3": ("69123", "69383"), "Marseille 8": ("13055", "13208"),
                "paris 1": ("75056", "75101"), "Lyon 1": ("69123", "69381")}
    for query, codes in expected.items():
        found = search_places(shared_db, query, limit=3, kinds=("commune",))  # one-shot, prefiltered
        assert found and (found[0].code, found[0].alias_code) == codes, query
        indexed = PlaceIndex.load(shared_db).search(query, limit=3)  # the picker's full index
        assert indexed and (indexed[0].code, indexed[0].alias_code) == codes, query
    # a number that names no arrondissement stays a code (Saint-Denis in the 93)
    assert search_places(shared_db, "saint denis 93", limit=1)[0].code == "93066"


def test_a_commune_deleguee_sharing_its_parent_code(shared_db):
    index = PlaceIndex.load(shared_db)
    octeville = index.search("Cherbourg-Octeville", 3)
    assert octeville[0].code == "50129" and octeville[0].alias_kind == "commune_deleguee"
    assert "Cherbourg-en-Cotentin" in octeville[0].alias_note
    by_code = index.search("50129", 3)
    assert by_code[0].alias_name == "" and by_code[0].name == "Cherbourg-en-Cotentin"  # the commune itself first
    assert index.search("Lyon", 1)[0].alias_name == ""  # a commune named like the query beats its arrondissements


def test_services_answer_for_the_parent(shared_db):
    place = find_place(shared_db, "commune", "69383")
    assert place is not None and place.code == "69123" and place.alias_code == "69383"
    assert find_place(shared_db, "commune", "69123").alias_name == ""
    assert find_place(shared_db, "commune", "99999") is None
    from_alias = [(c.slug, c.score) for c in comparable_for(shared_db, "commune", "69383", limit=5)]
    from_parent = [(c.slug, c.score) for c in comparable_for(shared_db, "commune", "69123", limit=5)]
    assert from_alias == from_parent
    assert [v.verdict for v in schemes_for(shared_db, "commune", "69383")] == [
        v.verdict for v in schemes_for(shared_db, "commune", "69123")]


def test_cli_communes_json_lists_aliases_with_kind_and_parent(data_dir, capsys):
    assert main(["--data-dir", str(data_dir), "communes", "Cherbourg-Octeville", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["kind"] == "commune_deleguee" and rows[0]["insee"] == "50129" and rows[0]["parent_insee"] == "50129"
    assert rows[0]["name"] == "Cherbourg-Octeville"
    assert main(["--data-dir", str(data_dir), "communes", "69383", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert (rows[0]["kind"], rows[0]["insee"], rows[0]["parent_insee"]) == ("arrondissement", "69383", "69123")
    assert main(["--data-dir", str(data_dir), "communes", "Saint-Denis-sur-Sarthon", "--json"]) == 0
    commune = json.loads(capsys.readouterr().out)[0]
    assert (commune["kind"], commune["insee"], commune["parent_insee"]) == ("commune", "61382", None)


def test_cli_comparable_and_schemes_accept_an_alias_code(data_dir, capsys):
    assert main(["--data-dir", str(data_dir), "comparable", "--commune", "69383", "--limit", "1"]) == 0
    captured = capsys.readouterr()
    assert "Projets comparables pour Lyon (69)" in captured.out
    assert "Lyon 3e Arrondissement (arrondissement municipal) fait partie de Lyon (69)" in captured.err
    assert main(["--data-dir", str(data_dir), "schemes", "--commune", "13201", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)
