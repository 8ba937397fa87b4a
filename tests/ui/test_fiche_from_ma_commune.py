"""Fichier > Exporter > Fiche from « Ma commune »: the one-pager says why the project matters there."""

from __future__ import annotations

import pytest
from export_record import record_exports
from pdf_tools import page_texts, squash

from territoria.reports.initiative_blocks import WHY_TITLE
from territoria.services.communes import find_place
from territoria.ui.export.context import PrintableKind
from territoria.ui.main_window import MainWindow

COMMUNE = ("commune", "61382")  # Saint-Denis-sur-Sarthon


@pytest.fixture()
def window(qtbot, ui_context, tmp_path):
    win = MainWindow(ui_context)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    exports = ui_context.exports
    exports.record = record_exports(exports)
    exports.choose_target = lambda title, suggested, file_filter: tmp_path / suggested
    return win


def test_the_selected_comparable_project_is_exported_with_its_reasons(window):
    window.pages.setCurrentWidget(window.commune_tab)
    page = window.commune_page
    page.choose(find_place(window.context.db, *COMMUNE))
    page.tabs.setCurrentWidget(page.ranked)
    page.ranked.list.setCurrentRow(0)
    entry = page.ranked.current_entry()
    assert entry is not None and entry.reasons
    context = window.current_export_context()
    assert context.initiative_id == entry.id and context.commune == COMMUNE
    assert context.printable.kind is PrintableKind.DOSSIER  # Fichier > Imprimer still prints the dossier
    window.export_menu.refresh()
    assert window.export_menu.initiative_pdf.isEnabled()
    window.export_menu.initiative_pdf.trigger()
    text = squash(page_texts(window.context.exports.record.last_path)[0])
    assert squash(WHY_TITLE) in text and squash("Saint-Denis-sur-Sarthon (61)") in text
    for reason in entry.reasons:
        assert squash(str(reason)) in text, reason


def test_a_fiche_from_the_catalogue_has_no_reasons(window):
    window.browser.show_initiative(5)
    context = window.current_export_context()
    assert context.initiative_id == 5 and context.commune is None
    window.export_menu.refresh()
    window.export_menu.initiative_pdf.trigger()
    assert WHY_TITLE not in page_texts(window.context.exports.record.last_path)[0]
