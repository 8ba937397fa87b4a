"""The in-memory facet index gives exactly the SQL facet counts, and follows data changes."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import update

from search_synthetic import add_synthetic_initiatives
from territoria.services.search import FacetIndex, SearchRequest, facet_counts, search
from territoria.services.search.facet_index import bitmap
from territoria.services.selection import set_starred
from territoria.store.models import Initiative

VALUES = {
    "region": ["76", "53", "11", "84", "none", "zz"],
    "departement": ["31", "69", "none"],
    "lead_kind": ["commune", "region", "other", "epci"],
    "population": ["p500", "p100000", "p0", "none", "bad"],
    "theme": ["cybersecurity", "public_services", "water", "administration"],
    "technique": ["unspecified", "generative", "chatbot"],
    "status": ["production", "pilot", "idea"],
    "year": ["2024", "2021", "none", "19x", "02024"],
    "money": ["yes", "no"],
    "selection": ["yes", "no"],
    "unknown": ["x"],
}


@st.composite
def filters(draw) -> dict[str, list[str]]:
    facets = draw(st.lists(st.sampled_from(sorted(VALUES)), unique=True, max_size=4))
    return {f: draw(st.lists(st.sampled_from(VALUES[f]), min_size=1, max_size=3, unique=True)) for f in facets}


def test_bitmap():
    assert bitmap([0, 3, 9, 99], 10) == 0b1000001001
    assert bitmap([], 5) == 0


@pytest.fixture(scope="module")
def index(shared_db):
    facet_index = FacetIndex(shared_db)
    yield facet_index
    facet_index.close()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.one_of(st.sampled_from(["", "région", "cyber -bretagne", "ia", "-cyber", "eau", "zzz",
                                        '"campus cyber"', "st denis"]), st.text(max_size=40)),
       chosen=filters())
def test_property_same_counts_as_sql(shared_db, index, query, chosen):
    assert index.counts(query, chosen) == facet_counts(shared_db, query, chosen)


def test_index_follows_writes_and_larger_catalogues(db):
    index = FacetIndex(db)
    try:
        assert index.counts("", {}) == facet_counts(db, "", {})
        assert index.counts("cyber", {"region": ["53"]}) == facet_counts(db, "cyber", {"region": ["53"]})
        ident = search(db, SearchRequest("fuite eau")).ids[0]
        set_starred(db, ident, True)
        with db.session() as session:
            session.execute(update(Initiative).where(Initiative.id == ident).values(status="stopped"))
        counts = index.counts("", {"selection": ["yes"]})
        assert counts == facet_counts(db, "", {"selection": ["yes"]})
        assert {v.slug: v.count for v in counts["status"]}["stopped"] == 1
        add_synthetic_initiatives(db, 1500)
        for query, chosen in (("", {}), ("cantine", {"population": ["p0", "p500"]}),
                              ("assistant -mairie", {"theme": ["water", "food"], "year": ["2024"]})):
            assert index.counts(query, chosen) == facet_counts(db, query, chosen)
    finally:
        index.close()
