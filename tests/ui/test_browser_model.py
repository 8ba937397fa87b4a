"""The results model holds ids only and fetches rows page by page, even on a large catalogue."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from search_synthetic import add_synthetic_initiatives
from territoria.services.search import ResultRow, SearchRequest, all_ids, fetch_rows, search
from territoria.ui.browser import BrowserPage
from territoria.ui.browser.page import FIRST_PAGE
from territoria.ui.browser.results_model import COLUMN_BY_SORT_KEY, PAGE, ResultsModel
from curated import curated_count


def fake_row(ident: int) -> ResultRow:
    return ResultRow(
        id=ident, slug=f"s{ident}", title=f"Titre {ident}", organisation="Org", organisation_kind="commune",
        place="Lieu", commune_insee=None, commune=None, epci_siren=None, epci=None, departement_code=None,
        departement=None, region_code=None, region=None, lead_kind="commune", lead_kind_label="Commune",
        population=1055, theme_slugs=("water",), themes=("Eau",), technique_slugs=(), techniques=(),
        status="pilot", status_label="Expérimentation", start_year=2024, budget_eur=70_000_000.0,
        funding_eur=None, programme=None, starred=False)


def test_model_fetches_pages_on_demand_and_loads_every_id_only_when_needed():
    fetched: list[list[int]] = []
    loads: list[int] = []

    def fetch(ids):
        fetched.append(list(ids))
        return [fake_row(i) for i in ids]

    def load_all():
        loads.append(1)
        return list(range(1, 100_001))

    model = ResultsModel(fetch)
    model.set_results(100_000, list(range(1, FIRST_PAGE + 1)), load_all)
    assert model.rowCount() == 100_000 and fetched == [] and loads == []
    assert model.index(5, COLUMN_BY_SORT_KEY["title"]).data() == "Titre 6"
    assert fetched == [list(range(1, PAGE + 1))]  # one page, not the whole list
    assert model.index(7, COLUMN_BY_SORT_KEY["population"]).data() == "1\u202f055"
    assert model.index(7, COLUMN_BY_SORT_KEY["budget"]).data() == "70\u00a0M€"
    assert model.index(7, COLUMN_BY_SORT_KEY["status"]).data() == "Expérimentation"
    assert len(fetched) == 1 and loads == []
    assert model.index(99_999, COLUMN_BY_SORT_KEY["title"]).data() == "Titre 100000"
    assert loads == [1] and fetched[-1] == list(range(100_001 - PAGE, 100_001))
    assert model.index(150, 1).data(Qt.ItemDataRole.TextAlignmentRole) is None
    for row in range(0, 100_000, 1000):  # a long scroll keeps a bounded cache
        model.index(row, 1).data()
    assert len(model._rows) <= 3000


def test_sort_requests_are_forwarded_not_done_in_python():
    model = ResultsModel(lambda ids: [fake_row(i) for i in ids])
    asked = []
    model.sortRequested.connect(lambda key, descending: asked.append((key, descending)))
    model.sort(COLUMN_BY_SORT_KEY["budget"], Qt.SortOrder.DescendingOrder)
    model.sort(0)
    assert asked == [("budget", True), ("relevance", False)]


@pytest.fixture()
def big_db(db):
    add_synthetic_initiatives(db, 3000)
    return db


def test_browser_on_a_larger_catalogue_stays_lazy(qtbot, big_db, settings, monkeypatch):
    from territoria.ui.browser import controller
    from territoria.ui.context import UiContext
    from territoria.ui.tasks import BackgroundWork

    fetched: list[int] = []  # how many rows each fetch asked for: the table must stay lazy

    def counting_fetch(db, ids):
        fetched.append(len(ids))
        return fetch_rows(db, ids)

    monkeypatch.setattr(controller, "fetch_rows", counting_fetch)
    page = BrowserPage(UiContext.create(big_db, settings, BackgroundWork.inline()))
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    assert page.result_count() == 3000 + curated_count("initiatives")
    assert len(page.model.loaded_ids()) == FIRST_PAGE
    assert len(fetched) <= 2
    page.table.scrollToBottom()
    qtbot.wait(50)
    everything = all_ids(big_db, SearchRequest(""))
    assert page.model.loaded_ids() == everything
    assert len(fetched) <= 4 and sum(fetched) < 3000
    last = page.table.model().index(3018, COLUMN_BY_SORT_KEY["title"]).data()
    assert last == fetch_rows(big_db, [everything[-1]])[0].title

    page.set_query("cantine scolaire")
    expected = search(big_db, SearchRequest("cantine scolaire"))
    assert page.result_count() == expected.total > FIRST_PAGE
    assert page.model.loaded_ids() == list(expected.ids[:FIRST_PAGE])
    page.set_sort("population", descending=True)
    ordered = all_ids(big_db, SearchRequest("cantine scolaire", sort="population", descending=True))
    rows = (0, 1, FIRST_PAGE + 5, expected.total - 1)  # beyond the first page too
    assert [page.model.id_at(row) for row in rows] == [ordered[row] for row in rows]
    assert page.facets.count_of("theme", "water") is not None
