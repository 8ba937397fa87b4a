"""The catalogue browser driven like a user, in the real main window: type, tick facets,
sort, select, star, save and reopen searches; check what the table and the fiche show."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeyEvent
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from territoria.services.search import SearchRequest
from territoria.ui.browser import BrowserPage
from territoria.ui.browser.detail_html import MARK_STYLE
from territoria.ui.browser.results_model import COLUMN_BY_SORT_KEY, STAR_COLUMN
from territoria.ui.context import UiContext
from territoria.ui.main_window import MainWindow
from territoria.ui.palette import item_inks
from curated import curated_count

NNBSP = "\u202f"


def open_window(qtbot, context: UiContext) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    wait_facets(qtbot, window.browser)
    return window


@pytest.fixture()
def window(qtbot, ui_context):
    return open_window(qtbot, ui_context)


@pytest.fixture()
def page(window) -> BrowserPage:
    return window.browser


def wait_facets(qtbot, page: BrowserPage) -> None:
    qtbot.waitUntil(lambda: not page.facets_pending(), timeout=5000)


def type_text(qtbot, widget, text: str) -> None:
    """Key presses for ``text``; characters QTest cannot name (é, emoji) go as text-only key events."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClick(widget, ch)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def type_query(qtbot, page: BrowserPage, text: str) -> None:
    """Type like a person, then wait for the debounced search and its facet counts."""
    page.search_field.setFocus()
    page.search_field.selectAll()
    with qtbot.waitSignal(page.searched, timeout=3000):
        if text:
            type_text(qtbot, page.search_field, text)
        else:
            qtbot.keyClick(page.search_field, Qt.Key.Key_Delete)
    assert page.search_field.text() == text
    wait_facets(qtbot, page)


def titles(page: BrowserPage) -> list[str]:
    return [page.model.index(row, 1).data() for row in range(page.model.rowCount())]


def column(page: BrowserPage, key: str) -> list[str]:
    col = COLUMN_BY_SORT_KEY[key]
    return [page.model.index(row, col).data() for row in range(page.model.rowCount())]


def tick(qtbot, page: BrowserPage, facet: str, slug: str) -> None:
    """Tick a facet value with the keyboard (arrow to it, Space)."""
    item = page.facets.item_for(facet, slug)
    assert item is not None, (facet, slug)
    item.parent().setExpanded(True)
    page.facets.setFocus()
    page.facets.setCurrentItem(item)
    with qtbot.waitSignal(page.searched, timeout=3000):
        qtbot.keyClick(page.facets, Qt.Key.Key_Space)
    wait_facets(qtbot, page)


def test_the_catalogue_tab_is_the_browser(qtbot, window, page):
    assert window.pages.widget(0) is page and window.pages.tabText(0).replace("&", "") == "Catalogue"
    total = curated_count("initiatives")
    assert page.result_count() == total and page.count_label.text() == f"<b>{total} initiatives</b>"
    assert "&Recherche" in [a.text() for a in window.menuBar().actions()]
    assert titles(page)[0] == "Anaouder, IA pour les contenus audiovisuels en breton"  # title order
    assert page.selected_id() is None and "Choisissez une initiative" in page.detail.plain_text()
    page.search_field.setFocus()
    qtbot.keyClick(page.search_field, Qt.Key.Key_Down)  # Down from the search box: first result
    assert page.selected_row() == 0 and page.detail.plain_text().startswith("Anaouder")


def test_typing_searches_after_a_pause_and_highlights_terms(qtbot, page):
    type_query(qtbot, page, "fuite eau")
    assert page.count_label.text() == "<b>1 initiative</b>"
    assert titles(page) == ["Détection des fuites d'eau à Toulouse"]
    qtbot.keyClick(page.search_field, Qt.Key.Key_Down)
    text = page.detail.plain_text()  # Qt turns the French no-break spaces into plain ones here
    for needle in ("Détection des fuites d'eau à Toulouse", "probablement Toulouse Métropole (Intercommunalité)",
                   "514 819 hab.", "Toulouse (code INSEE 31555)", "Toulouse Métropole",
                   "Haute-Garonne (31)", "Occitanie", "Sources", "http"):
        assert needle in text, needle
    html = page.detail.html()
    assert "#ffe08a" in html.lower() and MARK_STYLE  # highlighted words
    highlighted = [chunk.split(">", 1)[1].split("<", 1)[0]
                   for chunk in html.split("background-color:#ffe08a")[1:]]
    assert "fuites" in highlighted and "eau" in highlighted
    type_query(qtbot, page, "numeri")
    assert page.result_count() >= 1
    type_query(qtbot, page, "zzzz introuvable")
    assert page.result_count() == 0 and page.count_label.text() == "<b>Aucune initiative ne correspond</b>"
    assert "Aucune initiative ne correspond" in page.detail.plain_text()


@pytest.mark.parametrize("typed", ['"campus', "AND (", "*:^ NEAR", "😀😀", "-", 'x" OR "y'])
def test_hostile_typing_shows_results_or_none_never_an_error(qtbot, page, typed):
    type_query(qtbot, page, typed)
    assert page.count_label.text().startswith("<b>")


def test_facets_count_tick_grey_chips_and_clear(qtbot, window, page):
    type_query(qtbot, page, "région")
    occitanie = page.facets.item_for("region", "76")
    assert page.facets.count_of("region", "76") == 2 and occitanie.text(0) == "Occitanie"
    corse = page.facets.item_for("region", "94")
    assert page.facets.count_of("region", "94") == 0
    assert not corse.flags() & Qt.ItemFlag.ItemIsUserCheckable  # greyed, not tickable
    # grey yet readable (WCAG AA, see test_contrast.py): the panel's muted ink, not the disabled text
    assert corse.foreground(0).color().name() == item_inks(page.facets.palette()).muted
    assert corse.foreground(0).color() != occitanie.foreground(0).color()
    tick(qtbot, page, "region", "76")
    assert page.result_count() == 2
    assert page.facets.count_of("region", "53") == 1  # other régions still count (OR within a facet)
    tick(qtbot, page, "region", "53")
    assert page.result_count() == 3
    statuses = {slug: page.facets.count_of("status", slug) for slug in ("production", "idea", "unknown")}
    assert statuses == {"production": 2, "idea": 0, "unknown": 1}  # Bretagne's Campus Cyber: progress not stated
    tick(qtbot, page, "status", "production")
    assert page.chips.isVisible()
    # chips follow the panel's order
    assert [chip.text() for chip in page.chips.chips] == ["Région : Bretagne  ×", "Région : Occitanie  ×",
                                                          "Statut : En service  ×"]
    assert page.chips.chips[1].accessibleName() == "Retirer le filtre Région : Occitanie"
    with qtbot.waitSignal(page.searched):
        page.chips.chips[0].click()  # remove Bretagne
    assert page.facets.filters() == {"region": ["76"], "status": ["production"]}
    assert page.result_count() == 2
    page.table.setFocus()
    with qtbot.waitSignal(page.searched):
        qtbot.keyClick(page.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert page.facets.filters() == {} and not page.chips.isVisible() and page.result_count() == 11


def click_header(qtbot, page: BrowserPage, key: str) -> None:
    header = page.table.horizontalHeader()
    section = COLUMN_BY_SORT_KEY[key]
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    with qtbot.waitSignal(page.searched):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def test_sorting_by_header_runs_in_sql(qtbot, page):
    click_header(qtbot, page, "population")
    numbers = [int(text.replace(NNBSP, "")) for text in column(page, "population") if text]
    assert numbers == sorted(numbers) and column(page, "population")[-1] == ""  # unknown last
    assert page.sort_combo.currentData() == "population"
    click_header(qtbot, page, "population")
    numbers = [int(text.replace(NNBSP, "")) for text in column(page, "population") if text]
    assert numbers == sorted(numbers, reverse=True) and page.descending
    assert "region" not in page.columns.shown()  # the least useful column waits to be asked for
    page.columns.actions["region"].setChecked(True)  # Colonnes > Région, from the header's menu
    click_header(qtbot, page, "region")
    regions = [r for r in column(page, "region") if r]
    assert regions.index("Île-de-France") < regions.index("Normandie")
    page.sort_combo.setCurrentIndex(page.sort_combo.findData("relevance"))
    page.sort_combo.activated.emit(page.sort_combo.currentIndex())
    type_query(qtbot, page, "cyber")
    assert titles(page)[0].startswith("Campus Cyber")


def test_keyboard_next_previous_and_search_box_arrow(qtbot, page):
    type_query(qtbot, page, "cyber")
    assert page.selected_row() is None
    qtbot.keyClick(page.search_field, Qt.Key.Key_Down)
    assert page.table.hasFocus() and page.selected_row() == 0
    qtbot.keyClick(page.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert page.selected_row() == 1 and page.detail.plain_text().startswith(titles(page)[1])
    qtbot.keyClick(page.table, Qt.Key.Key_F3)
    assert page.selected_row() == 2
    qtbot.keyClick(page.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert page.selected_row() == 1
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search_field.hasFocus() and page.search_field.selectedText() == "cyber"
    with qtbot.waitSignal(page.searched):
        qtbot.keyClick(page.search_field, Qt.Key.Key_Escape)
    assert page.search_field.text() == "" and page.result_count() == curated_count("initiatives")


def test_star_into_ma_selection_and_filter_on_it(qtbot, ui_context, window, page):
    type_query(qtbot, page, "fuite eau")
    qtbot.keyClick(page.search_field, Qt.Key.Key_Down)
    qtbot.keyClick(page.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert page.model.index(0, STAR_COLUMN).data() == "★"
    assert page.detail.star_button.text() == "★ Dans ma sélection"
    assert "★ Dans ma sélection" in page.detail.plain_text()
    wait_facets(qtbot, page)
    type_query(qtbot, page, "")
    assert page.facets.count_of("selection", "yes") == 1
    tick(qtbot, page, "selection", "yes")
    assert titles(page) == ["Détection des fuites d'eau à Toulouse"]
    # a click on another row's star cell stars it too
    page.clear_filters()
    wait_facets(qtbot, page)
    rect = page.table.visualRect(page.model.index(0, STAR_COLUMN))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.model.index(0, STAR_COLUMN).data() == "★"
    window.close()
    again = open_window(qtbot, ui_context)
    assert again.browser.facets.count_of("selection", "yes") == 2


def test_save_and_reopen_a_search(qtbot, page, monkeypatch):
    type_query(qtbot, page, "région")
    tick(qtbot, page, "region", "76")
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("Occitanie IA", True))
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    page.clear_filters()
    type_query(qtbot, page, "cyber")
    assert page.result_count() == 5
    page.saved_menu.rebuild()
    assert [a.text() for a in page.saved_menu.open_actions] == ["Occitanie IA"]
    assert page.saved_menu.open_actions[0].toolTip() == "« région », 1 filtre(s)"
    with qtbot.waitSignal(page.searched):
        page.saved_menu.open_actions[0].trigger()
    assert page.search_field.text() == "région" and page.facets.filters() == {"region": ["76"]}
    assert page.result_count() == 2 and [c.text() for c in page.chips.chips] == ["Région : Occitanie  ×"]
    # same name again: confirm before replacing
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.No)
    assert page.save_search_dialog() is False
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    page.delete_saved_search(page.saved_menu.open_actions[0].data())
    assert page.saved_menu.open_actions == []
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("   ", True))
    assert page.save_search_dialog() is False and warnings == ["Donnez un nom à la recherche à enregistrer."]


def test_layout_and_last_search_are_remembered(qtbot, ui_context, window, page):
    type_query(qtbot, page, "cyber")
    tick(qtbot, page, "region", "53")
    click_header(qtbot, page, "place")
    page.splitter.setSizes([300, 600, 380])
    sizes = page.splitter.sizes()
    header = page.table.horizontalHeader()
    header.resizeSection(COLUMN_BY_SORT_KEY["place"], 133)
    page.columns.actions["year"].setChecked(True)
    chosen = page.columns.shown()
    window.close()
    again = open_window(qtbot, ui_context).browser
    assert again.search_field.text() == "cyber" and again.facets.filters() == {"region": ["53"]}
    assert again.result_count() == 1 and again.sort_key == "place"
    assert again.splitter.sizes() == sizes
    assert again.table.horizontalHeader().sectionSize(COLUMN_BY_SORT_KEY["place"]) == 133
    assert again.columns.shown() == chosen and "year" in chosen


def test_detail_links_related_records_and_web_pages(qtbot, page, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    type_query(qtbot, page, "emploi formation")
    qtbot.keyClick(page.search_field, Qt.Key.Key_Down)
    assert "Initiatives liées" in page.detail.plain_text()
    assert "Consultation citoyenne sur l'IA en Occitanie — Même porteur" in page.detail.plain_text()
    related_id = next(ident for ident in range(1, 40)
                      if f'href="initiative:{ident}"' in page.detail.html()
                      and page.model.row_of(ident) is None)
    page.detail.browser.anchorClicked.emit(QUrl(f"initiative:{related_id}"))
    assert page.detail.initiative_id == related_id  # shown even though the search hides it
    source = next(part for part in page.detail.html().split('href="')[1:] if part.startswith("http"))
    url = source.split('"', 1)[0]
    page.detail.browser.anchorClicked.emit(QUrl(url))
    assert opened == [url]


def test_export_context_is_the_list_on_screen(qtbot, page):
    type_query(qtbot, page, "cyber")
    tick(qtbot, page, "region", "53")
    context = page.export_context()
    assert context.search_request == SearchRequest("cyber", {"region": ["53"]}, "relevance", False)
    assert context.initiative_id is None  # nothing selected yet
    page.next_result()
    assert page.export_context().initiative_id == page.selected_id() == page.model.id_at(0)


def test_commune_page_link_opens_the_fiche_in_the_catalogue(qtbot, window, page):
    from territoria.ui.commune import CommunePage

    commune = window.commune_page
    assert isinstance(commune, CommunePage)
    window.pages.setCurrentWidget(window.commune_tab)
    ident = page.model.id_at(5)
    commune.initiativeRequested.emit(ident)
    assert window.pages.currentWidget() is page and page.selected_id() == ident


def test_every_control_has_an_accessible_name(page):
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QLineEdit

    controls = [c for kind in (QAbstractButton, QAbstractItemView, QComboBox, QLineEdit)
                for c in page.findChildren(kind)]
    # Qt's own sub-widgets (the clear button of the search box…) carry "qt_" object names
    unnamed = [type(c).__name__ for c in controls
               if c.isVisibleTo(page) and not c.accessibleName() and not c.objectName().startswith("qt_")]
    assert unnamed == []


def test_starring_writes_in_the_background_and_the_table_follows(qtbot, threaded_context):
    window = open_window(qtbot, threaded_context)
    page = window.browser
    type_query(qtbot, page, "fuite eau")
    qtbot.keyClick(page.search_field, Qt.Key.Key_Down)
    with qtbot.waitSignal(page.controller.starChanged, timeout=5000) as changed:
        qtbot.keyClick(page.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert changed.args == [page.selected_id(), True]
    assert page.model.index(0, STAR_COLUMN).data() == "★"
    assert page.detail.star_button.text() == "★ Dans ma sélection"
    with qtbot.waitSignal(page.controller.starChanged, timeout=5000) as changed:
        page.toggle_star()
    assert changed.args[1] is False and page.model.index(0, STAR_COLUMN).data() != "★"
    wait_facets(qtbot, page)
    assert page.facets.count_of("selection", "yes") in (0, None)
    window.close()


def test_a_refused_write_is_a_french_warning_and_a_bug_is_not_hidden(qtbot, page, monkeypatch):
    from territoria.errors import TerritoriaError
    from territoria.ui.browser import controller

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))

    def refused(db, ident):
        raise TerritoriaError("La base est en lecture seule.")

    monkeypatch.setattr(controller, "toggle_star", refused)
    page.toggle_star(page.model.id_at(0))
    assert warnings == ["La base est en lecture seule."]

    def broken(db, ident):
        raise ValueError("bogue")

    monkeypatch.setattr(controller, "toggle_star", broken)
    with pytest.raises(ValueError, match="bogue"):  # reaches the exception hook, never swallowed
        page.controller.toggle_star(page.model.id_at(0))
