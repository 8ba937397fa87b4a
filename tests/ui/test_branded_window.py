"""A branded installation shows its agency: window title, About with contact, document letterhead."""

from __future__ import annotations

from pathlib import Path

import pytest

from territoria.services.branding import read_branding_file
from territoria.ui.context import UiContext
from territoria.ui.main_window import MainWindow
from territoria.ui.tasks import BackgroundWork

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture()
def agency():
    return read_branding_file(REPO / "packaging" / "agency.example.toml")


@pytest.fixture()
def branded_context(db, settings, agency) -> UiContext:
    return UiContext.create(db, settings, BackgroundWork.inline(), agency=agency)


def test_branded_window_title_names_the_agency(qtbot, branded_context) -> None:
    window = MainWindow(branded_context)
    qtbot.addWidget(window)
    assert window.windowTitle() == "Territoria — ARNia"
    assert window.edition_label.text().endswith("diffusées par ARNia")


def test_plain_window_title_names_no_agency(qtbot, ui_context) -> None:
    window = MainWindow(ui_context)
    qtbot.addWidget(window)
    assert "ARNia" not in window.windowTitle()


def test_about_dialog_shows_the_agency_and_its_contact(qtbot, agency) -> None:
    from territoria.ui.about_dialog import AboutDialog

    dialog = AboutDialog("2025-11-28", agency=agency)
    qtbot.addWidget(dialog)
    text = dialog.text.text()
    assert "Diffusé par ARNia — Agence régionale" in text
    assert "territoria@arnia.example.fr" in text and "01 23 45 67 89" in text


def test_plain_about_dialog_names_no_agency(qtbot) -> None:
    from territoria.ui.about_dialog import AboutDialog

    dialog = AboutDialog("2025-11-28")
    qtbot.addWidget(dialog)
    assert "Diffusé par" not in dialog.text.text()


def test_exports_use_the_agency_letterhead_until_a_commune_is_chosen(branded_context, agency) -> None:
    brand = branded_context.exports.branding()
    assert (brand.agency_name, brand.logo_path, brand.distributed_by) == (agency.letterhead, agency.logo, "ARNia")
    from territoria.services.profile import save_choice

    save_choice(branded_context.db, "commune", "61382")
    brand = branded_context.branding()
    assert brand.agency_name == "Commune de Saint-Denis-sur-Sarthon"
    assert brand.distributed_by == "ARNia"


def test_welcome_screen_names_the_agency_and_its_contact(qtbot, branded_context) -> None:
    from territoria.ui.welcome import WelcomeDialog

    dialog = WelcomeDialog(branded_context)
    qtbot.addWidget(dialog)
    assert not dialog.agency_label.isHidden()
    text = dialog.agency_label.text()
    assert "fourni par ARNia — Agence régionale" in text and "territoria@arnia.example.fr" in text


def test_plain_welcome_screen_names_no_agency(qtbot, ui_context) -> None:
    from territoria.ui.welcome import WelcomeDialog

    dialog = WelcomeDialog(ui_context)
    qtbot.addWidget(dialog)
    assert dialog.agency_label.isHidden()


def test_agency_default_watched_folder_until_the_user_chooses(qtbot, db, settings, agency, tmp_path) -> None:
    from dataclasses import replace

    from territoria.settings import PACKS_WATCHED_FOLDER

    context = UiContext.create(db, settings, BackgroundWork.inline(),
                               agency=replace(agency, watched_folder=str(tmp_path / "partage")))
    window = MainWindow(context)
    qtbot.addWidget(window)
    assert window.data_menu.watched_folder() == str(tmp_path / "partage")
    window.data_menu.set_watched_folder("")  # "ne plus surveiller de dossier"
    assert window.data_menu.watched_folder() == ""
    assert settings.is_set(PACKS_WATCHED_FOLDER)


def test_plain_installation_watches_no_folder_by_default(qtbot, ui_context) -> None:
    window = MainWindow(ui_context)
    qtbot.addWidget(window)
    assert window.data_menu.watched_folder() == ""
