"""Relevance on both engines: the title tier first, then the others, each in its score order.

``store.search_index.relevance`` ranks each tier only when a page reaches it. These tests
check the order against plain statements written here: on SQLite, FTS5's column filter gives
the title tier and bm25 over every column the order; on a server, the title tier is SQLite's
(the same catalogue is loaded in both, so the tiers must hold the same initiatives) and the
order a plain ``ts_rank`` over every match. Any page must be the same slice of the whole list,
in both directions, with and without filters and exclusions.
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
from territoria.store.search_index.postgres_sql import RANK_WEIGHTS, match_query
from territoria.store.search_index.sqlite_sql import BM25_WEIGHTS, match_expression

REPO = Path(__file__).resolve().parents[2]
#: Searches whose results have both tiers (the words in some titles, only in the texts of others).
QUERIES = ("assistant", "as", "usagers", "mairie", "assistant usagers", "assistant -mairie", "ostreiculture")
FILTERS = ({}, {"status": ["production", "pilot"]}, {"region": ["53", "84", "11"]})


@pytest.fixture(scope="module")
def sqlite_catalogue(tmp_path_factory: pytest.TempPathFactory, seed_file: Path) -> Iterator:
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


@pytest.fixture(scope="module")
def server_catalogue(sqlite_catalogue, server_admin) -> Iterator:
    """The same 2,000 initiatives on the test server (``db init``'s loader)."""
    from territoria.services.database import open_server_database
    from territoria.services.server_database import init_server_database

    url = server_admin.new_database()
    init_server_database(url, sqlite_catalogue.path)
    database = open_server_database(url)
    yield database
    database.close()
    server_admin.drop_database(url)


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def catalogue(request: pytest.FixtureRequest) -> Iterator:
    """The 2,000 initiatives on each engine in turn."""
    yield request.getfixturevalue({"sqlite": "sqlite_catalogue", "postgresql": "server_catalogue"}[request.param])


def _ranked(db, sql: str, value: str) -> list[int]:
    with db.read() as connection:
        if db.engine.dialect.name == "postgresql":
            return [r[0] for r in connection.exec_driver_sql(sql.replace("?", "%(q)s"), {"q": value})]
        return [r[0] for r in connection.exec_driver_sql(sql, (value,))]


def _tiers(db, query: str, sqlite_db) -> tuple[list[int], list[int]]:
    """(title tier, other tier) of ``query`` with no filter, each in its order, from plain statements."""
    expression = match_expression(parse_query(query))
    weights = ", ".join(str(w) for w in BM25_WEIGHTS)
    ranked = ("SELECT rowid FROM initiatives_fts WHERE initiatives_fts MATCH ? "
              f"ORDER BY bm25(initiatives_fts, {weights}), rowid")
    title = _ranked(sqlite_db, ranked, f"{{title}} : ({expression})")
    if db is sqlite_db:
        every = _ranked(db, ranked, expression)
    else:  # the server: the same tiers, each in ts_rank's order over every column
        every = _ranked(db, "SELECT id FROM initiative_search WHERE document @@ to_tsquery('simple', ?) "
                            f"ORDER BY ts_rank({RANK_WEIGHTS}, document, to_tsquery('simple', ?)) DESC, id",
                        match_query(parse_query(query)))
        in_title = set(title)
        title = [ident for ident in every if ident in in_title]
        assert len(title) == len(in_title)  # every title match is a match
    in_title = set(title)
    return title, [ident for ident in every if ident not in in_title]


@pytest.mark.parametrize("query", ["assistant", "as", "usagers", "mairie"])
def test_title_matches_come_first_then_the_others_in_score_order(catalogue, sqlite_catalogue, query):
    title, others = _tiers(catalogue, query, sqlite_catalogue)
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


def test_filters_keep_the_tiers_and_their_order(catalogue, sqlite_catalogue):
    title, others = _tiers(catalogue, "assistant", sqlite_catalogue)
    kept = set(search(catalogue, SearchRequest("", {"status": ["production"]})).ids)
    assert kept and not kept >= set(title + others)  # the filter leaves some results out
    result = search(catalogue, SearchRequest("assistant", {"status": ["production"]}))
    assert list(result.ids) == [i for i in title if i in kept] + [i for i in others if i in kept]


def test_the_server_reads_the_title_tier_from_its_own_index(server_catalogue):
    from territoria.store.search_index.postgres_relevance import TITLE_DOCUMENT

    with server_catalogue.read() as connection:  # the planner's own choice (no setting forces it)
        plan = "\n".join(r[0] for r in connection.exec_driver_sql(
            f"EXPLAIN SELECT s.id FROM initiative_search s WHERE {TITLE_DOCUMENT} @@ to_tsquery('simple', 'as:*')"))
    assert "ix_initiative_search_title" in plan, plan


def test_a_page_on_the_server_reads_one_snapshot(server_db):
    """A record committed by someone else between the page's statements is in none of them."""
    from sqlalchemy import event

    from territoria.services.database import open_server_database
    from territoria.services.local_projects import ProjectFields, add_project
    from territoria.services.profile import save_choice

    other = open_server_database(server_db.engine.url.render_as_string(hide_password=False))
    save_choice(other, "commune", "61382")
    added: list[int] = []

    def commit_between(_connection, _cursor, statement, _parameters, _context, _executemany) -> None:
        if not added and "count(*)" in statement:  # the total is read: someone saves a matching record
            added.append(add_project(other, ProjectFields(title="Assistant quetzalcoatl", status="idea")))

    event.listen(server_db.engine, "after_cursor_execute", commit_between)
    try:
        page = search(server_db, SearchRequest("quetzalcoatl", limit=50))
    finally:
        event.remove(server_db.engine, "after_cursor_execute", commit_between)
        other.close()
    assert added  # the record was committed while the page was being read
    assert page.total == len(page.ids) == 0  # the page and its total: the same moment, before it
    assert search(server_db, SearchRequest("quetzalcoatl", limit=50)).ids == tuple(added)
