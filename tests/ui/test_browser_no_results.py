"""The catalogue's help when a search finds nothing: closest words and filters to remove, as links."""

from __future__ import annotations

from territoria.services.search import SearchRequest, search
from territoria.ui.browser import BrowserPage


def total(db, query, filters=None) -> int:
    return search(db, SearchRequest(query, filters or {}, limit=0)).total


def test_a_misspelt_search_offers_the_catalogue_word(qtbot, ui_context, db):
    page = BrowserPage(ui_context)
    qtbot.addWidget(page)
    page.show()
    page.set_query("mairei")
    assert page.result_count() == 0 and page.no_results.isVisible()
    assert "mairie" in page.no_results.text() and page.no_results.accessibleName()
    page.no_results.linkActivated.emit("query:mairie")
    assert page.search_field.text() == "mairie" and page.result_count() == total(db, "mairie") > 0
    assert not page.no_results.isVisible()


def test_a_filter_that_empties_the_search_can_be_removed(qtbot, ui_context, db):
    region = next(code for code in ("11", "24", "27", "28", "32", "44", "52", "53", "75", "76", "84", "93", "94")
                  if total(db, "mairie", {"region": [code]}) == 0)
    page = BrowserPage(ui_context)
    qtbot.addWidget(page)
    page.show()
    page.set_query("mairie")
    page.set_filters({"region": [region]})
    assert page.result_count() == 0 and "Région" in page.no_results.text()
    page.no_results.linkActivated.emit("drop:region")
    assert "region" not in page.state.filter_map() and page.result_count() == total(db, "mairie")


def test_a_correction_found_only_without_the_filters_says_so(qtbot, ui_context, db):
    region = next(code for code in ("11", "24", "27", "28", "32", "44", "52", "53", "75", "76", "84", "93", "94")
                  if total(db, "mairie", {"region": [code]}) == 0)
    page = BrowserPage(ui_context)
    qtbot.addWidget(page)
    page.show()
    page.set_filters({"region": [region]})
    page.set_query("mairei")
    assert "sans les filtres" in page.no_results.text()
    page.no_results.linkActivated.emit("anywhere:mairie")
    assert page.search_field.text() == "mairie" and page.state.filter_map() == {}
    assert page.result_count() == total(db, "mairie")
