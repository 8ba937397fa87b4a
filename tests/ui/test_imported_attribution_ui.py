"""The About dialog and the detail pane credit imported catalogues."""

from __future__ import annotations

from imported_records import CREDIT, add_imported

from territoria.services.attributions import imported_credits
from territoria.services.records import get_initiative
from territoria.ui.about_dialog import AboutDialog
from territoria.ui.browser.detail_html import DetailRenderer


def test_about_and_detail_pane(qtbot, db):
    ident = add_imported(db)
    dialog = AboutDialog("2026-11-26", credits=imported_credits(db))
    qtbot.addWidget(dialog)
    assert CREDIT in dialog.text.text() and "CC-BY-4.0" in dialog.text.text()
    html = DetailRenderer().render(get_initiative(db, ident), [], None, False)
    assert "Texte original en anglais" in html and "CC-BY-4.0" in html and "JRC.J1MWC9R" in html
