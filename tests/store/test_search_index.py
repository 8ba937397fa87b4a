"""The search-index interface and its SQLite implementation: search, facet SQL, freshness."""

from __future__ import annotations

from territoria.domain.search_query import parse_query
from territoria.services.search import FACETS
from territoria.store.search_index import FACET_NAMES, IndexQuery, SearchIndex, search_index
from territoria.store.search_index.sqlite import SqliteSearchIndex


def _index(db) -> SearchIndex:
    return search_index(db.engine)


def test_the_engine_picks_the_sqlite_index(shared_db):
    assert isinstance(_index(shared_db), SqliteSearchIndex)


def test_the_services_headings_follow_the_index_facets():
    assert tuple(FACETS) == FACET_NAMES


def test_search_pages_and_total(shared_db):
    index = _index(shared_db)
    with shared_db.engine.connect() as connection:
        total, every = index.search(connection, IndexQuery(parse_query("")), 0, None)
        assert total == len(every) == index.indexed_count(connection)
        total_page, page = index.search(connection, IndexQuery(parse_query(""), sort="title"), 2, 3)
        assert total_page == total and page == every[2:5]
        hits, ids = index.search(connection, IndexQuery(parse_query("cyber")), 0, None)
        assert 0 < hits < total and len(ids) == hits
        none, nothing = index.search(connection, IndexQuery(parse_query("cyber -cyber")), 0, 10)
        assert none == 0 and nothing == []


def test_facet_counts_cover_every_facet(shared_db):
    with shared_db.engine.connect() as connection:
        counts = _index(shared_db).facet_counts(connection, parse_query(""), {})
        total = _index(shared_db).indexed_count(connection)
    assert tuple(counts) == FACET_NAMES
    assert sum(n for _value, n in counts["status"]) == total
    assert sum(n for _value, n in counts["region"]) == total


def test_reader_tells_when_another_connection_committed(db):
    reader = _index(db).reader()
    try:
        assert reader.changed()  # first call: never read yet
        assert not reader.changed()
        reader.end_read()
        assert not reader.changed()
        with db.engine.begin() as connection:
            connection.exec_driver_sql("UPDATE initiatives SET status = 'stopped' WHERE id = (SELECT min(id) FROM initiatives)")
        assert reader.changed()
        assert not reader.changed()
    finally:
        reader.close()


def test_reader_streams_rows_and_matches(shared_db):
    reader = _index(shared_db).reader()
    try:
        rows = [row for chunk in reader.initiative_rows() for row in chunk]
        assert rows and max(row[0] for row in rows) == reader.max_id()
        themes = [row for chunk in reader.tag_rows("theme") for row in chunk]
        assert themes and all(isinstance(value, str) for _ident, value in themes)
        hits, excluded = reader.matching_ids(parse_query("cyber -bretagne"))
        assert hits is not None and set(hits).isdisjoint(excluded) is False or excluded == []
        everything, nothing = reader.matching_ids(parse_query(""))
        assert everything is None and nothing == []
    finally:
        reader.end_read()
        reader.close()


def test_reader_keeps_a_small_page_cache_and_gives_the_pool_back_the_engines(db):
    with db.engine.connect() as connection:
        usual = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    reader = search_index(db.engine).reader()
    held = reader.connection.connection.driver_connection
    small = reader.connection.exec_driver_sql("PRAGMA cache_size").scalar()
    assert abs(small) < abs(usual)  # the bitmaps' one pass over every row need not fill a big cache
    reader.close()
    with db.engine.connect() as connection:
        assert connection.connection.driver_connection is held  # the pool hands the same one out
        assert connection.exec_driver_sql("PRAGMA cache_size").scalar() == usual
