"""Windows within the screen's free area (a task bar taken off), centred, their sizes remembered."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from territoria.settings import BROWSER_COLUMNS, WINDOW_SIZES
from territoria.ui import window_geometry
from territoria.ui.browser.columns import ESSENTIAL, PRIORITY, automatic_columns, parse_choice
from territoria.ui.elided_label import ElidedLabel
from territoria.ui.guide import GuideDialog
from territoria.ui.main_window import MainWindow
from territoria.ui.window_geometry import fit_window, fitted_size, placed

#: A 1366x768 screen with a 40-pixel task bar at the bottom.
LAPTOP = QRect(0, 0, 1366, 728)


def _inside(frame: QRect, area: QRect) -> bool:
    return area.contains(frame.topLeft()) and area.contains(frame.bottomRight())


def test_sizes_shrink_to_the_free_area_with_their_frame():
    assert fitted_size(QSize(760, 900), LAPTOP, QSize(16, 40)) == QSize(760, 688)
    assert fitted_size(QSize(600, 400), LAPTOP, QSize(16, 40)) == QSize(600, 400)
    assert fitted_size(QSize(5000, 5000), QRect(0, 0, 1024, 600), QSize(8, 30)) == QSize(1016, 570)


def test_windows_are_centred_over_their_parent_and_kept_inside():
    frame = QRect(0, 0, 400, 300)
    assert abs(placed(frame, LAPTOP).x() - (1366 - 400) // 2) <= 1
    over = QRect(1000, 500, 300, 200)  # a parent near the bottom right corner
    corner = placed(frame, LAPTOP, over)
    assert _inside(QRect(corner, frame.size()), LAPTOP)
    side = QRect(1366, 0, 1920, 1080)  # a second screen on the right
    assert placed(frame, side).x() >= 1366


def test_the_main_window_fits_above_a_task_bar(qtbot, ui_context, monkeypatch):
    area = QRect(0, 0, 800, 700)  # the offscreen screen is 800x800: a 100-pixel task bar
    monkeypatch.setattr(window_geometry, "available_area", lambda widget=None: area)
    window = MainWindow(ui_context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert _inside(window.frameGeometry(), area)
    guide = window.show_guide()
    qtbot.waitExposed(guide)
    assert _inside(guide.frameGeometry(), area)
    centre = window.frameGeometry().center()
    assert abs(guide.frameGeometry().center().x() - centre.x()) <= 2  # centred over the window


def test_a_dialog_remembers_its_size_and_shrinks_one_remembered_on_a_bigger_screen(qtbot, ui_context):
    window = MainWindow(ui_context)
    qtbot.addWidget(window)
    window.show()
    guide = window.show_guide()
    qtbot.waitExposed(guide)
    guide.resize(430, 310)
    guide.close()
    assert ui_context.settings.get(WINDOW_SIZES)["guide"] == [430, 310]
    again = window.show_guide()
    qtbot.waitExposed(again)
    assert again.size() == QSize(430, 310)
    again.close()
    ui_context.settings.set(WINDOW_SIZES, {"guide": [4000, 3000]})
    huge = GuideDialog(window)
    qtbot.addWidget(huge)
    huge.show()
    qtbot.waitExposed(huge)
    available = huge.screen().availableGeometry()
    assert _inside(huge.frameGeometry(), available)
    assert huge.width() > 700  # as wide as the screen allows, not back to the default


def test_a_bad_remembered_size_is_ignored(qtbot, settings):
    settings.set(WINDOW_SIZES, {"box": "grand", "other": [-5, 10]})
    for name in ("box", "other"):
        dialog = QDialog()
        qtbot.addWidget(dialog)
        QVBoxLayout(dialog).addWidget(QWidget())
        fit_window(dialog, name, QSize(320, 200), settings)
        assert dialog.size() == QSize(320, 200)


def test_the_main_window_remembered_bigger_than_the_screen_comes_back_inside(qtbot, ui_context):
    window = MainWindow(ui_context)
    qtbot.addWidget(window)
    window.show()
    window.setGeometry(0, 0, 2400, 1500)  # as on a large monitor
    window.close()
    again = MainWindow(ui_context)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert _inside(again.frameGeometry(), again.screen().availableGeometry())


def test_columns_that_matter_come_first_as_the_width_allows():
    widths = {"star": 25, "title": 260, "organisation": 130, "place": 110, "population": 80, "region": 110,
              "theme": 120, "status": 80, "year": 50, "budget": 70}
    narrow = automatic_columns(441, widths, 160)
    assert narrow[:2] == ("star", "title") and set(ESSENTIAL) <= set(narrow)
    assert sum(widths[k] for k in narrow if k != "title") + 160 <= 441
    wide = automatic_columns(2000, widths, 160)
    assert set(wide) == set(widths)
    shown = [automatic_columns(w, widths, 160) for w in range(200, 1200, 50)]
    assert all(set(a) <= set(b) for a, b in zip(shown, shown[1:]))  # wider never hides a column
    extra = [k for k in PRIORITY if k in automatic_columns(700, widths, 160)]
    assert extra == list(PRIORITY[:len(extra)])  # in order of usefulness


def test_a_column_choice_is_read_back_with_the_fixed_columns():
    assert parse_choice("") is None and parse_choice("nonsense") is None
    assert parse_choice("year, place") == ("star", "title", "place", "year")


def test_the_header_menu_shows_a_hidden_column_and_remembers_it(qtbot, ui_context):
    window = MainWindow(ui_context)
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    qtbot.waitExposed(window)
    columns = window.browser.columns
    assert columns.fits() and "region" not in columns.shown()
    assert columns.menu in [action.menu() for action in window.browser.menu.actions()]  # keyboard: Recherche
    columns.actions["region"].setChecked(True)
    assert "region" in columns.shown() and "region" in ui_context.settings.get(BROWSER_COLUMNS)
    columns.auto_action.trigger()
    assert ui_context.settings.get(BROWSER_COLUMNS) == "" and "region" not in columns.shown()
    window.browser.splitter.setSizes([600, 150, 274])  # a very narrow table: still no sideways scrolling
    qtbot.waitUntil(lambda: window.browser.table.viewport().width() < 200)
    assert columns.shown() == ("star", "title") and columns.fits()


def test_an_elided_label_keeps_the_whole_text_one_hover_away(qtbot):
    text = "Les données ont plus d'un an : demandez une mise à jour à votre agence régionale (03 00 00 00 00)."
    label = ElidedLabel(text)
    qtbot.addWidget(label)
    label.resize(120, 20)
    label.show()
    assert label.is_elided() and label.text().endswith("…") and label.toolTip() == text
    assert label.full_text() == text and label.minimumSizeHint().width() == 0
    label.resize(2000, 20)
    assert not label.is_elided() and label.text() == text
