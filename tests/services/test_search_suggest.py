"""A search that finds nothing: the closest words of the catalogue, and filters to remove."""

from __future__ import annotations

from territoria.services.search import SearchRequest, search
from territoria.services.search.suggest import empty_search_help
from territoria.store.search_index import search_index


def total(db, query, filters=None) -> int:
    return search(db, SearchRequest(query, filters or {}, limit=0)).total


def vocabulary(db) -> dict[str, int]:
    with db.session() as session:
        return dict(search_index(db.engine).vocabulary(session.connection()))


def test_the_index_vocabulary_lists_the_words_it_matches(db):
    words = vocabulary(db)
    assert words and all(len(word) >= 3 and word == word.lower() for word in words)
    assert "mairie" in words
    for word, count in list(words.items())[:20]:
        # a word matches its initiatives (and those of longer words it begins)
        assert total(db, word) >= count > 0


def test_a_misspelt_word_suggests_the_catalogue_word(db):
    assert total(db, "mairei") == 0
    help_ = empty_search_help(db, "mairei")
    assert help_.words[0].typed == "mairei" and "mairie" in help_.words[0].closest
    assert help_.corrected_query == "mairie" and help_.corrected_total == total(db, "mairie") > 0
    # a known word is never "corrected"; phrases and exclusions are kept
    kept = empty_search_help(db, 'mairei -zzz "intelligence artificielle"')
    assert kept.corrected_query == 'mairie "intelligence artificielle" -zzz'


def test_filters_that_empty_the_search_are_offered_for_removal(db):
    assert total(db, "mairie") > 0
    regions = [code for code in ("11", "24", "27", "28", "32", "44", "52", "53", "75", "76", "84", "93", "94")
               if total(db, "mairie", {"region": [code]}) == 0]
    assert regions
    filters = {"region": [regions[0]]}
    help_ = empty_search_help(db, "mairie", filters)
    assert help_.words == () and help_.corrected_query == ""
    assert [(w.facet, w.total) for w in help_.widen] == [("region", total(db, "mairie"))]
    assert help_.without_filters == total(db, "mairie")


def test_nothing_to_suggest_for_a_word_far_from_every_word(db):
    help_ = empty_search_help(db, "zzqxw")
    assert help_.words == () and help_.widen == () and help_.without_filters == 0
