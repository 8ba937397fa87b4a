"""Fichier > Aperçu avant impression / Imprimer / Enregistrer en PDF for the document shown,
the « Ouvrir le PDF » / « Ouvrir le dossier » offer after a save, and the letterhead setting."""

from __future__ import annotations

from pathlib import Path

import pytest
from export_record import record_exports
from pdf_tools import page_texts, reader, squash
from PySide6.QtCore import Qt, QUrl
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from territoria.services.communes import find_place
from territoria.settings import EXPORT_AGENCY_LOGO, EXPORT_AGENCY_NAME
from territoria.ui.export.context import PrintableKind
from territoria.ui.export.preview import PdfPreviewDialog
from territoria.ui.main_window import MainWindow

COMMUNE = ("commune", "61382")  # Saint-Denis-sur-Sarthon (Orne), a village of the seed


@pytest.fixture()
def opened(monkeypatch) -> list[QUrl]:
    """Every URL handed to the system (nothing is really opened)."""
    urls: list[QUrl] = []
    monkeypatch.setattr("territoria.ui.export.controller.QDesktopServices.openUrl",
                        lambda url: urls.append(url) or True)
    return urls


@pytest.fixture()
def window(qtbot, ui_context, tmp_path, opened):
    win = MainWindow(ui_context)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    out = tmp_path / "documents"
    out.mkdir()
    exports = ui_context.exports
    exports.record = record_exports(exports)
    exports.asked = []

    def choose(title, suggested, file_filter):
        exports.asked.append((title, suggested, file_filter))
        return out / suggested

    exports.choose_target = choose
    qtbot.waitUntil(lambda: not win.browser.facets_pending(), timeout=10_000)
    return win


def actions(window):
    return window.print_actions


def refreshed(window) -> list[bool]:
    """The enabled state of Aperçu, Imprimer, Enregistrer en PDF as the open menu shows them."""
    window.file_menu.aboutToShow.emit()
    return [action.isEnabled() for action in actions(window).document_actions]


def tip(action) -> str:
    """The action's tooltip with ordinary spaces (French typography may use non-breaking ones)."""
    return action.toolTip().replace("\u00a0", " ").replace("\u202f", " ")


def previews() -> list[PdfPreviewDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, PdfPreviewDialog) and w.isVisible()]


def close_dialogs() -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, (PdfPreviewDialog, QMessageBox)) and widget.isVisible():
            widget.close()


def choose_commune(window):
    window.pages.setCurrentWidget(window.commune_tab)
    page = window.commune_page
    page.choose(find_place(window.context.db, *COMMUNE))
    return page


def print_to_pdf_file(target: Path, printed: list[int]):
    """A stand-in for the print dialog accepted with "print to file": prints ``pdf`` into ``target``."""

    def print_with_dialog(pdf, parent=None) -> int:
        from PySide6.QtPrintSupport import QPrinter

        from territoria.ui.export.printing import make_printer, print_to

        printer = make_printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        printer.setResolution(72)
        printed.append(print_to(printer, pdf))
        return printed[-1]

    return print_with_dialog


def test_print_actions_open_the_file_menu_with_their_shortcuts(window):
    menu = window.file_menu
    top = [action.text() for action in menu.actions()[:5]]
    assert top == ["&Aperçu avant impression…", "Im&primer…", "Enregi&strer en PDF…", "En-tête des d&ocuments…",
                   ""]
    shortcuts = [action.shortcut().toString() for action in actions(window).document_actions]
    assert shortcuts == ["Ctrl+Shift+P", "Ctrl+P", "Ctrl+Shift+S"]
    assert menu.toolTipsVisible()
    keys = [action.text().split("&")[1][0].lower() for action in menu.actions() if "&" in action.text()]
    assert len(keys) == len(set(keys)), keys  # one mnemonic per entry of Fichier
    every = [a.shortcut().toString() for w in [window, *window.findChildren(type(menu))] for a in w.actions()
             if not a.shortcut().isEmpty()]
    assert every.count("Ctrl+P") == 1 and every.count("Ctrl+Shift+P") == 1 and every.count("Ctrl+Shift+S") == 1


def test_nothing_shown_disables_the_actions_and_says_what_to_open(window, qtbot):
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    menu = window.file_menu
    menu.popup(QPoint(0, 0))  # opening the menu checks what the page shows
    qtbot.waitUntil(menu.isVisible)
    assert [action.isEnabled() for action in actions(window).document_actions] == [False, False, False]
    hint = tip(actions(window).print_action)
    assert "sélectionnez une initiative" in hint
    centre = menu.actionGeometry(actions(window).print_action).center()  # hovering the greyed entry
    QApplication.sendEvent(menu, QHelpEvent(QEvent.Type.ToolTip, centre, menu.mapToGlobal(centre)))
    assert QToolTip.text() == actions(window).print_action.toolTip()
    menu.hide()
    QToolTip.hideText()
    window.pages.setCurrentWidget(window.map_tab)
    assert refreshed(window) == [False, False, False]
    assert "Rien à imprimer sur cette page" in tip(actions(window).save_action)
    window.pages.setCurrentWidget(window.commune_tab)
    assert refreshed(window) == [False, False, False]
    assert "Choisissez votre collectivité" in tip(actions(window).preview_action)
    # once the menu closes the shortcuts work again; with nothing shown they say why in the status bar
    window.file_menu.aboutToHide.emit()
    assert all(action.isEnabled() for action in actions(window).document_actions)
    actions(window).save_action.trigger()
    assert "Choisissez votre collectivité" in window.statusBar().currentMessage()
    assert window.context.exports.asked == []  # no file dialog


def test_the_fiche_shown_is_saved_as_pdf_and_offered_to_open(window, opened):
    window.browser.show_initiative(5)
    assert refreshed(window) == [True, True, True]
    assert "Imprimer la fiche « Réduction du gaspillage alimentaire" in tip(actions(window).print_action)
    actions(window).save_action.trigger()
    exports = window.context.exports
    path = exports.record.last_path
    assert path.name == "Territoria - Nantes - gaspillage alimentaire cantines.pdf"
    assert exports.asked[-1][0] == "Enregistrer en PDF"
    assert len(reader(path).pages) == 1
    assert "gaspillagealimentaire" in squash(page_texts(path)[0])
    bar = exports.saved_offer
    assert bar is not None and bar.isVisible() and window.statusBar().isAncestorOf(bar)
    assert bar.open_file_button.text() == "Ouvrir le P&DF"
    bar.open_file_button.click()
    bar.open_folder_button.click()
    assert [url.toLocalFile() for url in opened] == [str(path), str(path.parent)]
    assert all(url.isLocalFile() for url in opened)
    bar.close_button.click()
    assert not bar.isVisible()


def test_an_opener_that_fails_says_so_in_french(window, monkeypatch):
    window.browser.show_initiative(5)
    actions(window).save_action.trigger()
    monkeypatch.setattr("territoria.ui.export.controller.QDesktopServices.openUrl", lambda url: False)
    assert not window.context.exports.saved_offer.open_folder()
    assert "Impossible d'ouvrir" in window.context.exports.record.last_error
    close_dialogs()


def test_the_dossier_of_ma_commune_is_saved_previewed_and_printed(window, qtbot, monkeypatch, tmp_path):
    choose_commune(window)
    assert refreshed(window) == [True, True, True]
    assert "le dossier de Saint-Denis-sur-Sarthon" in tip(actions(window).save_action)
    printable = window.current_export_context().printable
    assert printable.kind is PrintableKind.DOSSIER and printable.commune == COMMUNE
    exports = window.context.exports
    actions(window).save_action.trigger()
    path = exports.record.last_path
    assert path.name == "Territoria - Saint-Denis-sur-Sarthon (61) - dossier.pdf"
    pages = page_texts(path)
    assert len(pages) >= 2 and "Saint-Denis-sur-Sarthon" in pages[0]

    actions(window).preview_action.trigger()
    [dialog] = previews()
    assert len(dialog.page_labels) == len(pages) >= 2  # the dossier's own pages, drawn
    assert "Saint-Denis-sur-Sarthon" in dialog.windowTitle()
    assert dialog.letterhead_button.isVisibleTo(dialog) and dialog.save_button.isVisibleTo(dialog)

    printed: list[int] = []
    monkeypatch.setattr("territoria.ui.export.printing.print_with_dialog",
                        print_to_pdf_file(tmp_path / "imprime.pdf", printed))
    dialog.print_button.click()
    assert printed == [len(pages)] and len(reader(tmp_path / "imprime.pdf").pages) == len(pages)
    actions(window).print_action.trigger()  # Fichier > Imprimer: the same, without the preview
    assert printed == [len(pages), len(pages)]
    close_dialogs()


def test_the_scheme_selected_in_aides_is_its_sheet(window):
    page = choose_commune(window)
    page.tabs.setCurrentWidget(page.schemes)
    verdict = page.schemes.verdict_of(page.schemes.tree.currentItem())
    assert verdict is not None  # the first scheme is selected when the tab is filled
    printable = window.current_export_context().printable
    assert printable.kind is PrintableKind.SCHEME and printable.scheme_id == verdict.id
    assert refreshed(window) == [True, True, True]
    actions(window).save_action.trigger()
    path = window.context.exports.record.last_path
    assert path.name.startswith("Territoria - dispositif - ")
    assert squash(verdict.name)[:30] in squash(page_texts(path)[0])


def test_ma_selection_prints_a_catalogue_extract(window, qtbot):
    from territoria.services.records import get_initiatives
    from territoria.services.selection import set_starred

    db = window.context.db
    window.browser.set_filters({"selection": ["yes"]})
    qtbot.waitUntil(lambda: window.browser.result_count() == 0, timeout=10_000)
    assert refreshed(window) == [False, False, False]
    assert "votre sélection est vide" in tip(actions(window).print_action)
    for ident in (2, 5):
        set_starred(db, ident, True)
    window.browser.run_search_now()
    qtbot.waitUntil(lambda: window.browser.result_count() == 2, timeout=10_000)
    printable = window.current_export_context().printable
    assert printable.kind is PrintableKind.SELECTION
    assert refreshed(window) == [True, True, True]
    assert "la sélection « Ma sélection »" in tip(actions(window).print_action)
    actions(window).save_action.trigger()
    path = window.context.exports.record.last_path
    text = squash(" ".join(page_texts(path)))
    for detail in get_initiatives(db, [2, 5]):
        assert squash(detail.title)[:40] in text
    assert [str(item.title) for item in reader(path).outline][1:] != []


def test_the_compared_projects_print_as_an_extract(window):
    page = choose_commune(window)
    ids = [entry.id for entry in page.ranked.items[:2]]
    page.compare(ids)
    printable = window.current_export_context().printable
    assert printable.kind is PrintableKind.SELECTION and list(printable.ids) == ids
    actions(window).save_action.trigger()
    assert len(reader(window.context.exports.record.last_path).outline) >= len(ids)


def test_a_fiche_of_mes_projets_is_printable(window, qtbot):
    from territoria.services.local_projects import ProjectFields, add_project
    from territoria.services.profile import save_choice

    save_choice(window.context.db, *COMMUNE)
    ident = add_project(window.context.db, ProjectFields(title="Assistant du secrétariat de mairie", status="idea"))
    window.pages.setCurrentWidget(window.projects_tab)
    page = window.projects_tab.page()
    page.refresh()
    assert refreshed(window) == [False, False, False]
    assert "sélectionnez un de vos projets" in tip(actions(window).print_action)
    page.select(ident)
    assert refreshed(window) == [True, True, True]
    assert "Assistant du secrétariat de mairie" in tip(actions(window).print_action)
    actions(window).save_action.trigger()
    assert "Assistantdusecrétariatdemairie" in squash(page_texts(window.context.exports.record.last_path)[0])


def test_letterhead_is_prefilled_from_ma_commune_and_stays_automatic(window, qtbot):
    settings = window.context.settings
    choose_commune(window)
    dialog = actions(window).edit_letterhead()
    assert dialog.name_edit.text() == "Commune de Saint-Denis-sur-Sarthon"
    assert dialog.prefilled and not dialog.origin.isHidden()
    dialog.accept()  # unchanged: nothing stored, the letterhead follows "Ma commune"
    assert settings.get(EXPORT_AGENCY_NAME) == "" and settings.get(EXPORT_AGENCY_LOGO) == ""
    dialog = actions(window).edit_letterhead()
    dialog.name_edit.setText("Mairie de Saint-Denis")
    dialog.accept()
    assert settings.get(EXPORT_AGENCY_NAME) == "Mairie de Saint-Denis"
    dialog = actions(window).edit_letterhead()
    assert dialog.name_edit.text() == "Mairie de Saint-Denis" and not dialog.prefilled
    dialog.reset_button.click()
    assert dialog.name_edit.text() == "Commune de Saint-Denis-sur-Sarthon"
    dialog.accept()
    assert settings.get(EXPORT_AGENCY_NAME) == ""


def test_letterhead_is_prefilled_with_the_agency_when_branded(qtbot, db, settings):
    from territoria.services.branding import read_branding_file
    from territoria.ui.context import UiContext
    from territoria.ui.tasks import BackgroundWork

    agency = read_branding_file(Path(__file__).resolve().parents[2] / "packaging" / "agency.example.toml")
    context = UiContext.create(db, settings, BackgroundWork.inline(), agency=agency)
    win = MainWindow(context)
    qtbot.addWidget(win)
    dialog = win.print_actions.edit_letterhead()
    assert dialog.name_edit.text() == agency.letterhead
    assert dialog.logo_edit.text() == str(agency.logo or "")
    dialog.accept()
    assert settings.get(EXPORT_AGENCY_NAME) == "" and settings.get(EXPORT_AGENCY_LOGO) == ""


def test_the_preview_changes_letterhead_and_offers_to_open_what_it_saved(window, opened):
    window.browser.show_initiative(5)
    actions(window).preview_action.trigger()
    [dialog] = previews()
    before = dialog.pdf
    letterhead = dialog.letterhead_button
    letterhead.click()
    from territoria.ui.export.branding_dialog import BrandingDialog

    [setting] = [w for w in dialog.findChildren(BrandingDialog) if w.isVisible()]
    setting.name_edit.setText("Mairie d'Essai")
    setting.accept()
    assert dialog.pdf != before and "Mairie d'Essai" in page_texts(dialog.pdf)[0]
    dialog.save_button.click()
    path = window.context.exports.record.last_path
    assert "Mairie d'Essai" in page_texts(path)[0]
    assert dialog.saved_bar.isVisible() and dialog.saved_bar.path == path
    [window_bar] = [bar for bar in window.statusBar().findChildren(type(dialog.saved_bar))]
    assert window_bar.path == path  # still offered once the preview is closed
    dialog.saved_bar.open_folder_button.click()
    assert opened[-1] == QUrl.fromLocalFile(str(path.parent))
    close_dialogs()


def test_the_dossier_preview_is_built_in_the_background(qtbot, threaded_context, tmp_path, monkeypatch):
    """With the application's worker threads: the window stays free while the dossier is made."""
    win = MainWindow(threaded_context)
    qtbot.addWidget(win)
    win.show()
    win.pages.setCurrentWidget(win.commune_tab)
    win.commune_page.choose(find_place(threaded_context.db, *COMMUNE))
    qtbot.waitUntil(lambda: win.current_export_context().printable is not None, timeout=20_000)
    win.print_actions.preview_action.trigger()
    qtbot.waitUntil(lambda: bool(previews()), timeout=60_000)
    [dialog] = previews()
    assert len(dialog.page_labels) >= 2
    printed: list[int] = []
    monkeypatch.setattr("territoria.ui.export.printing.print_with_dialog",
                        print_to_pdf_file(tmp_path / "imprime.pdf", printed))
    dialog.activateWindow()  # shortcuts go to the active window
    qtbot.waitUntil(dialog.isActiveWindow)
    QTest.keyClick(dialog, "P", Qt.KeyboardModifier.ControlModifier)  # Ctrl+P in the preview
    assert printed == [len(dialog.page_labels)]
    assert len(reader(tmp_path / "imprime.pdf").pages) == len(dialog.page_labels)
    close_dialogs()


def test_a_saved_list_for_excel_is_offered_as_a_file(window, opened):
    from territoria.services.search import SearchRequest

    window.context.exports.export_csv(SearchRequest(query="cantine"))
    bar = window.context.exports.saved_offer
    path = window.context.exports.record.last_path
    assert path.suffix == ".csv" and bar.open_file_button.text() == "Ouvrir le &fichier"
    assert path.name in bar.message.accessibleName()
    bar.open_file_button.click()
    assert opened == [QUrl.fromLocalFile(str(path))]
