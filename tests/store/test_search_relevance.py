"""Relevance on SQLite: the title tier first, then the others in bm25 order, page by page.

``store.search_index.sqlite_relevance`` ranks each tier only when a page reaches it. These
tests check the order against plain FTS5 statements written here (the title tier by a column
filter, the rest by bm25 over every column), and that any page is the same slice of the whole
list, in both directions, with and without filters and exclusions.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from territoria.domain.search_query import parse_query
from territoria.services.search import SearchRequest, search
from territoria.store.search_index.sqlite_sql import BM25_WEIGHTS, match_expression

REPO = Path(__file__).resolve().parents[2]
#: Searches whose results have both tiers (the words in some titles, only in the texts of others).
QUERIES = ("assistant", "as", "usagers", "mairie", "assistant usagers", "assistant -mairie", "ostreiculture")
FILTERS = ({}, {"status": ["production", "pilot"]}, {"region": ["53", "84", "11"]})


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory: pytest.TempPathFactory, seed_file: Path) -> Iterator:
    """A user database with 2,000 synthetic initiatives (``bench/generate.py``)."""
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    from bench.generate import generate

    from territoria.config import resolve_paths
    from territoria.services.database import open_database

    folder = tmp_path_factory.mktemp("relevance")
    generate(folder, 2_000, base_seed=seed_file)
    database = open_database(resolve_paths(folder), seed_file)
    yield database
    database.close()


def _tiers(db, query: str) -> tuple[list[int], list[int]]:
    """(title tier, other tier) of ``query`` with no filter, each in its order, from plain FTS5."""
    expression = match_expression(parse_query(query))
    weights = ", ".join(str(w) for w in BM25_WEIGHTS)
    ranked = ("SELECT rowid FROM initiatives_fts WHERE initiatives_fts MATCH ? "
              f"ORDER BY bm25(initiatives_fts, {weights}), rowid")
    with db.read() as connection:
        title = [r[0] for r in connection.exec_driver_sql(ranked, (f"{{title}} : ({expression})",))]
        every = [r[0] for r in connection.exec_driver_sql(ranked, (expression,))]
    in_title = set(title)
    return title, [ident for ident in every if ident not in in_title]


@pytest.mark.parametrize("query", ["assistant", "as", "usagers", "mairie"])
def test_title_matches_come_first_then_the_others_in_bm25_order(catalogue, query):
    title, others = _tiers(catalogue, query)
    assert title and others  # both tiers exist: the test checks their seam
    result = search(catalogue, SearchRequest(query))
    assert list(result.ids) == title + others and result.total == len(title) + len(others)
    first = search(catalogue, SearchRequest(query, limit=50))  # a first page inside the title tier
    assert list(first.ids) == (title + others)[:50] and first.total == result.total
    backwards = search(catalogue, SearchRequest(query, descending=True))
    assert list(backwards.ids) == list(reversed(result.ids))


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.sampled_from(QUERIES), filters=st.sampled_from(FILTERS), descending=st.booleans(),
       offset=st.integers(0, 1_500), limit=st.integers(1, 300))
def test_every_page_is_a_slice_of_the_whole_list(catalogue, query, filters, descending, offset, limit):
    whole = search(catalogue, SearchRequest(query, filters, descending=descending))
    page = search(catalogue, SearchRequest(query, filters, descending=descending, offset=offset, limit=limit))
    assert page.total == whole.total
    assert list(page.ids) == list(whole.ids)[offset:offset + limit]


def test_filters_keep_the_tiers_and_their_order(catalogue):
    title, others = _tiers(catalogue, "assistant")
    kept = set(search(catalogue, SearchRequest("", {"status": ["production"]})).ids)
    assert kept and not kept >= set(title + others)  # the filter leaves some results out
    result = search(catalogue, SearchRequest("assistant", {"status": ["production"]}))
    assert list(result.ids) == [i for i in title if i in kept] + [i for i in others if i in kept]
