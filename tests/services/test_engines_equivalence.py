"""Search, facets, comparable ranking and eligibility give the same answers on both engines.

Each test runs on SQLite and on the PostgreSQL test server (``engine_db``), and compares
with the answers of the seed on SQLite (``shared_db``). Column sorts must give the very
same order; relevance gives the same set and the same total (the two engines' scores
differ: bm25 and a weighted ``ts_rank``), with title matches first on both.
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, update

from territoria.services.comparable import comparable_for
from territoria.services.eligibility import schemes_for
from territoria.services.search import FacetIndex, SearchRequest, facet_counts, parse_query, search
from territoria.store.models import Initiative

QUERIES = ("", "assistant", "fuite eau", "FUITES D'EAU", '"intelligence artificielle"', "-bretagne ia", "region",
           "st denis sarthon", "oeuvre", "numeri", "journaux", "chatbot -mairie", "données", "zzzqqq", "-ia")
FILTERS = ({}, {"region": ["53"]}, {"status": ["production", "pilot"]}, {"money": ["yes"]},
           {"theme": ["water"], "region": ["none", "76"]}, {"population": ["p0", "none"]}, {"year": ["2024"]})
PLACES = (("commune", "61411"), ("commune", "75056"), ("epci", "200054781"), ("departement", "35"),
          ("region", "53"))


@pytest.mark.parametrize("sort", ["relevance", "title", "organisation", "place", "region", "budget", "year"])
def test_search_same_results(engine_db, shared_db, sort):
    for query in QUERIES:
        for filters in FILTERS:
            request = SearchRequest(query, filters, sort=sort)
            got, want = search(engine_db, request), search(shared_db, request)
            assert got.total == want.total, (query, filters)
            if sort == "relevance" and parse_query(query).include:  # scored: same set, same total
                assert set(got.ids) == set(want.ids), (query, filters)
            else:
                assert got.ids == want.ids, (query, filters, sort)
    page = search(engine_db, SearchRequest("ia", sort="title", offset=2, limit=3))
    assert page.ids == search(shared_db, SearchRequest("ia", sort="title")).ids[2:5]


def test_relevance_puts_title_matches_first(engine_db):
    with engine_db.session() as session:
        titles = dict(session.execute(select(Initiative.id, Initiative.title)).all())
    for query in ("assistant", "region", "chatbot"):
        ids = search(engine_db, SearchRequest(query)).ids
        in_title = [query[:5] in titles[i].lower() for i in ids]
        assert in_title == sorted(in_title, reverse=True), (query, ids)


def test_facet_counts_same(engine_db, shared_db):
    index = FacetIndex(engine_db)
    try:
        for query in QUERIES:
            for filters in FILTERS:
                want = facet_counts(shared_db, query, filters)
                assert facet_counts(engine_db, query, filters) == want, (query, filters)
                assert index.counts(query, filters) == want, (query, filters)
    finally:
        index.close()


def test_comparable_and_eligibility_same(engine_db, shared_db):
    for kind, code in PLACES:
        for needs, budget in (((), None), (("water", "citizen_services"), 50_000.0)):
            want = comparable_for(shared_db, kind, code, needs, budget, limit=None)
            assert comparable_for(engine_db, kind, code, needs, budget, limit=None) == want, (kind, code)
            for limit in (1, 3, 10):  # a short list is bounded first (services.comparable._threshold)
                assert comparable_for(engine_db, kind, code, needs, budget, limit=limit) == want[:limit], (
                    kind, code, limit)
        today = date(2026, 1, 15)
        assert schemes_for(engine_db, kind, code, today) == schemes_for(shared_db, kind, code, today), (kind, code)


def test_index_follows_writes(engine_db):
    """The search index is kept by the engine itself (triggers), whoever writes."""
    with engine_db.session() as session:
        ident = session.execute(select(Initiative.id).order_by(Initiative.id)).scalars().first()
        session.execute(update(Initiative).where(Initiative.id == ident).values(title="Quetzalcoatlus numérique"))
    assert search(engine_db, SearchRequest("quetzalcoat")).ids == (ident,)
    assert search(engine_db, SearchRequest("quetzalcoatlus", sort="title")).ids == (ident,)
    with engine_db.session() as session:
        session.delete(session.get(Initiative, ident))
    assert search(engine_db, SearchRequest("quetzalcoat")).total == 0
