"""The "Carte" page: colours follow the catalogue's counts, clicks filter it, hover names."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from territoria.services.maps import PALETTE, departement_counts
from territoria.services.profile import save_choice
from territoria.services.search import facet_counts
from territoria.ui.main_window import MainWindow
from territoria.ui.map import place_filters


@pytest.fixture()
def window(qtbot, ui_context):
    window = MainWindow(ui_context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.pages.setCurrentWidget(window.map_tab)
    return window


def map_page(window):
    assert window.map_tab.built
    return window.map_tab.page()


def pixel(widget, point) -> QColor:
    image = QImage(widget.size(), QImage.Format.Format_ARGB32)
    widget.render(image)
    return image.pixelColor(point.toPoint())


def test_the_map_is_a_lazy_tab_beside_the_catalogue(qtbot, ui_context):
    window = MainWindow(ui_context)
    qtbot.addWidget(window)
    titles = [window.pages.tabText(i) for i in range(window.pages.count())]
    assert titles[:2] == ["Catalog&ue", "&Carte"] and not window.map_tab.built


def test_colours_follow_the_counts_of_the_search(qtbot, window, db):
    page = map_page(window)
    expected = departement_counts(facet_counts(db, "", {}))
    assert page.map.counts == expected
    busy = max(expected, key=lambda code: expected[code] if code in page.map.order else -1)
    empty = next(code for code in page.map.order if expected.get(code, 0) == 0 and not code.startswith("97"))
    assert page.map.classes[busy] > page.map.classes[empty] == 0
    assert pixel(page.map, page.map.point_of(empty)) == QColor(PALETTE[0])
    assert pixel(page.map, page.map.point_of(busy)) != QColor(PALETTE[0])
    # a search that finds fewer initiatives recolours the map with its own counts
    window.browser.set_query("chatbot")
    qtbot.waitUntil(lambda: not window.browser.facets_pending(), timeout=10_000)  # counted after the repaint
    narrowed = departement_counts(facet_counts(db, "chatbot", {}))
    assert page.map.counts == narrowed and narrowed != expected
    assert page.legend.labels()[0] == "aucune initiative" and len(page.legend.labels()) == 5


def test_a_click_filters_the_catalogue_and_a_second_its_region(qtbot, window):
    page = map_page(window)
    point = page.map.point_of("61").toPoint()
    qtbot.mouseClick(page.map, Qt.MouseButton.LeftButton, pos=point)
    assert window.browser.state.filter_map().get("departement") == ["61"]
    qtbot.waitUntil(lambda: not window.browser.facets_pending(), timeout=10_000)  # counted after the repaint
    assert page.map.filtered_departements == {"61"} and "Orne (61)" in page.filter_label.text()
    assert window.browser.result_count() == facet_counts_total(window, "61")
    qtbot.mouseClick(page.map, Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: not window.browser.facets_pending(), timeout=10_000)
    filters = window.browser.state.filter_map()
    assert filters.get("region") == [page.places.region_of("61")] and "departement" not in filters
    assert page.map.filtered_regions == {page.places.region_of("61")}
    page.clear_button.click()
    assert "region" not in window.browser.state.filter_map()
    page.show_button.click()
    assert window.pages.currentWidget() is window.browser


def facet_counts_total(window, code):
    return window.map_tab.page().map.count(code)


def test_a_click_on_an_overseas_inset_filters_to_it(qtbot, window):
    page = map_page(window)
    qtbot.mouseClick(page.map, Qt.MouseButton.LeftButton, pos=page.map.point_of("974").toPoint())
    assert window.browser.state.filter_map().get("departement") == ["974"]


def test_hover_names_the_departement_and_its_count(qtbot, window):
    page = map_page(window)
    qtbot.mouseMove(page.map, page.map.point_of("61").toPoint())
    count = page.map.count("61")
    assert page.info.text().startswith("Orne (61), Normandie : ")
    assert (str(count) in page.info.text()) if count else "aucune initiative" in page.info.text()
    assert page.map.toolTip() == page.info.text()


def test_the_keyboard_reaches_every_departement(qtbot, window):
    page = map_page(window)
    page.map.setFocus()
    qtbot.keyClick(page.map, Qt.Key.Key_Home)
    assert page.map.focus_code == "01" and page.info.text().startswith("Ain (01)")
    qtbot.keyClick(page.map, Qt.Key.Key_Right)
    qtbot.keyClick(page.map, Qt.Key.Key_Return)
    assert window.browser.state.filter_map().get("departement") == ["02"]
    qtbot.keyClick(page.map, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert window.browser.state.filter_map().get("region") == [page.places.region_of("02")]
    qtbot.keyClick(page.map, Qt.Key.Key_Escape)
    assert not set(window.browser.state.filter_map()) & {"region", "departement"}
    qtbot.keyClick(page.map, Qt.Key.Key_End)
    assert page.map.focus_code == "976"
    assert page.map.accessibleName() and page.legend.accessibleName()
    assert page.show_button.accessibleName() and page.clear_button.accessibleName()


def test_ma_commune_highlights_its_departement(qtbot, ui_context, db):
    save_choice(db, "commune", "61366")
    window = MainWindow(ui_context)
    qtbot.addWidget(window)
    window.show()
    window.pages.setCurrentWidget(window.map_tab)
    assert map_page(window).map.highlighted == ("61",)


def test_place_filters_keep_the_other_filters():
    filters = {"theme": ["mobilite"], "departement": ["61"], "region": ["28"]}
    assert place_filters(filters, "region", "53") == {"theme": ["mobilite"], "region": ["53"]}
    assert place_filters(filters, "departement", "") == {"theme": ["mobilite"]}


def test_the_map_page_speaks_english(qtbot, ui_context, tmp_path):
    import sys
    from pathlib import Path

    from PySide6.QtCore import QCoreApplication, QTranslator

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
    import translations

    from territoria.ui.map import MapPage

    translator = QTranslator()
    assert translator.load(str(translations.build(tmp_path)[0]))
    QCoreApplication.installTranslator(translator)
    try:
        page = MapPage(ui_context)
        qtbot.addWidget(page)
        assert page.title() == "&Map" and page.legend.labels()[0] == "no initiative"
        assert page.filter_label.text() == "No place filter: all of France."
        assert page.map.describe("61").startswith("Orne (61), Normandie: ")
    finally:
        QCoreApplication.removeTranslator(translator)


def test_the_region_outlines_follow_from_the_index_lane(qtbot, threaded_context):
    from territoria.ui.map import MapPage

    page = MapPage(threaded_context)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: bool(page.map.outlined_regions()), timeout=20_000)
    assert page.places.region_of("61") in page.map.outlined_regions()
