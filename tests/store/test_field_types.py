"""Type checks of curated records (``store.seed.fields.field_problems``): the quick first pass
must never accept what the full check refuses."""

from __future__ import annotations

import pytest

from territoria.store.seed.fields import field_problems

GOOD = {"id": "a", "title": "Titre", "themes": ["water", "data"], "budget_eur": 1200.5, "start_year": 2021,
        "sources": ["s"]}


def test_a_well_typed_record_has_no_problem():
    assert field_problems("initiatives", GOOD) == []
    assert field_problems("initiatives", {**GOOD, "budget_eur": 1200}) == []
    assert field_problems("sources", {"id": "s", "title": "t", "publisher": "p", "url": "https://x.fr",
                                      "url_is_article": True}) == []


@pytest.mark.parametrize(("field", "value", "expected"), [
    ("themes", ["water", 3], "liste de textes"),
    ("themes", "water", "liste de textes"),
    ("start_year", 2021.0, "entier"),
    ("start_year", True, "entier"),
    ("budget_eur", True, "nombre"),
    ("budget_eur", "12 k€", "nombre"),
    ("title", ["a"], "texte"),
    ("title", 3, "texte"),
    ("summary", None, "texte"),
])
def test_a_wrong_type_is_reported(field, value, expected):
    problems = field_problems("initiatives", {**GOOD, field: value})
    assert len(problems) == 1
    assert problems[0].startswith(f"initiatives/a: champ {field!r} de type ")
    assert problems[0].endswith(f", {expected} attendu")


def test_a_missing_required_field_and_budget_mentions_are_reported():
    assert field_problems("initiatives", {"id": "a", "sources": ["s"]}) == [
        "initiatives/a: champ obligatoire 'title' absent"]
    problems = field_problems("programmes", {"id": "p", "name": "n", "kind": "call",
                                             "budget_mentions": [{"amount_eur": "x"}]})
    assert problems == ["programmes/p: champ obligatoire 'budget_mentions.source' absent",
                        "programmes/p: champ 'budget_mentions.amount_eur' de type texte, nombre attendu"]
