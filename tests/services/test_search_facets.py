"""Facet counts: every value listed, counts agree with what ticking the value would give."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from territoria.domain.bands import BANDS
from territoria.domain.vocab import STATUSES, THEMES
from territoria.services.search import FACETS, SearchRequest, check_filters, facet_counts, search
from territoria.services.selection import set_starred


def counts_of(values) -> dict[str, int]:
    return {v.slug: v.count for v in values}


def test_every_value_is_listed_zero_counts_included(shared_db):
    counts = facet_counts(shared_db, "", {})
    assert list(counts) == list(FACETS)
    assert [v.slug for v in counts["population"]] == [b.slug for b in BANDS] + ["none"]
    assert {v.slug for v in counts["theme"]} == set(THEMES)
    assert [v.slug for v in counts["status"]] == list(STATUSES)
    regions = counts_of(counts["region"])
    assert len(regions) == 19 and regions["none"] >= 1  # 18 régions + national
    assert regions["94"] == 0  # Corse: listed, greyed in the panel
    assert sum(regions.values()) == search(shared_db, SearchRequest("")).total
    assert len(counts["departement"]) == 102
    labels = {v.slug: v.label for v in counts["region"]}
    assert labels["76"] == "Occitanie"
    assert counts_of(counts["money"]) == {"yes": 1}
    assert counts_of(counts["theme"])["cybersecurity"] == 5


def test_counts_follow_the_search(shared_db):
    counts = facet_counts(shared_db, "cyber", {})
    assert counts_of(counts["theme"])["cybersecurity"] == 5
    assert counts_of(counts["theme"])["water"] == 0
    assert counts_of(counts["lead_kind"]) == {"commune": 0, "epci": 0, "departement": 0, "region": 4, "other": 1}


def test_a_facets_own_filter_does_not_narrow_its_counts(shared_db):
    counts = facet_counts(shared_db, "", {"region": ["76"], "status": ["production"]})
    regions = counts_of(counts["region"])
    statuses = counts_of(counts["status"])
    assert regions["53"] == search(shared_db, SearchRequest("", {"region": ["53"], "status": ["production"]})).total
    assert statuses["pilot"] == search(shared_db, SearchRequest("", {"region": ["76"], "status": ["pilot"]})).total
    assert statuses["pilot"] == 1  # Sicoval's cafés IA


def test_selection_facet_counts_starred_records(db):
    ids = search(db, SearchRequest("cyber")).ids
    set_starred(db, ids[0], True)
    set_starred(db, ids[1], True)
    assert counts_of(facet_counts(db, "", {})["selection"]) == {"yes": 2}
    assert counts_of(facet_counts(db, "cyber", {"region": ["53"]})["selection"]) == {"yes": 1}
    assert sorted(search(db, SearchRequest("", {"selection": ["yes"]})).ids) == sorted(ids[:2])


def test_check_filters_names_unknown_values_in_french(shared_db):
    assert check_filters(shared_db, {"region": ["76"], "theme": ["water"], "year": ["2024"]}) == []
    problems = check_filters(shared_db, {"region": ["99"], "colour": ["red"], "status": ["ok"]})
    assert problems == [
        "Valeur inconnue pour le filtre région : « 99 ».",
        "Filtre inconnu : « colour ».",
        "Valeur inconnue pour le filtre statut : « ok ».",
    ]


FILTER_VALUES = {
    "region": ["76", "53", "11", "84", "none"],
    "departement": ["31", "69", "none"],
    "lead_kind": ["commune", "region", "other"],
    "population": ["p500", "p100000", "none"],
    "theme": ["cybersecurity", "public_services", "water", "administration"],
    "technique": ["unspecified", "generative", "chatbot"],
    "status": ["production", "pilot", "idea"],
    "year": ["2024", "none"],
    "money": ["yes"],
}
@st.composite
def some_filters(draw) -> dict[str, list[str]]:
    facets = draw(st.lists(st.sampled_from(sorted(FILTER_VALUES)), unique=True, max_size=3))
    return {f: draw(st.lists(st.sampled_from(FILTER_VALUES[f]), min_size=1, max_size=2, unique=True))
            for f in facets}


@settings(max_examples=60, deadline=None)
@given(query=st.sampled_from(["", "région", "cyber -bretagne", "ia", "-cyber", "eau", "zzz"]),
       filters=some_filters())
def test_property_counts_match_ticking_the_value(shared_db, query, filters):
    counts = facet_counts(shared_db, query, filters)
    for facet in ("region", "lead_kind", "population", "theme", "status", "money"):
        for value in counts[facet]:
            ticked = {k: v for k, v in filters.items() if k != facet} | {facet: [value.slug]}
            assert value.count == search(shared_db, SearchRequest(query, ticked)).total, (facet, value)


@settings(max_examples=100, deadline=None)
@given(query=st.text(max_size=80), filters=some_filters())
def test_property_facets_never_raise(shared_db, query, filters):
    counts = facet_counts(shared_db, query, filters)
    assert set(counts) == set(FACETS)
    total = search(shared_db, SearchRequest(query, filters)).total
    assert counts_of(counts["money"])["yes"] <= total
