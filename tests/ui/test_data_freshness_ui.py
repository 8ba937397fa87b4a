"""Data more than a year old: the status bar and About say so, and whom to ask."""

from __future__ import annotations

import html
from pathlib import Path

import pytest
from sqlalchemy import text

from territoria.services.branding import read_branding_file
from territoria.ui.context import UiContext
from territoria.ui.main_window import MainWindow
from territoria.ui.tasks import BackgroundWork

REPO = Path(__file__).resolve().parents[2]


def _age(db, edition: str) -> None:
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE meta SET value = :v WHERE key = 'data_edition'"), {"v": edition})


def _window(qtbot, context) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    return window


def test_old_data_is_said_with_how_to_get_newer(qtbot, db, ui_context):
    _age(db, "2023-05-02")
    window = _window(qtbot, ui_context)
    assert window.edition_label.text().endswith("plus d'un an : à mettre à jour")
    assert "installez la dernière version de Territoria" in window.edition_label.toolTip()
    assert "Fichier > Importer des données…" in window.stale_note
    about = window.show_about()
    assert html.escape(window.stale_note) in about.text.text()
    about.close()


def test_old_data_of_a_branded_installation_names_the_agency(qtbot, db, settings):
    _age(db, "2023-05-02")
    agency = read_branding_file(REPO / "packaging" / "agency.example.toml")
    context = UiContext.create(db, settings, BackgroundWork.inline(), agency=agency)
    window = _window(qtbot, context)
    assert f"demandez une mise à jour à {agency.name}" in window.stale_note
    assert all(line in window.stale_note for line in agency.contact_lines)
    assert window.stale_note == window.edition_label.toolTip()


@pytest.mark.parametrize("months_ago", [0, 6])
def test_recent_data_says_nothing(qtbot, db, ui_context, months_ago):
    from datetime import date

    today = date.today()
    month = today.month - months_ago
    year = today.year - (1 if month < 1 else 0)
    _age(db, f"{year:04d}-{(month - 1) % 12 + 1:02d}-01")
    window = _window(qtbot, ui_context)
    assert window.stale_note == "" and "plus d'un an" not in window.edition_label.text()
    assert window.edition_label.toolTip() == ""
