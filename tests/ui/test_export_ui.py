"""Export actions in the window: controller, background work, cancel, preview, print, menu."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from export_record import record_exports
from pdf_tools import page_texts, reader
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from territoria.services.progress import Cancelled
from territoria.services.search import SearchRequest, all_ids
from territoria.ui.export.context import ExportContext
from territoria.ui.export.controller import ExportController
from territoria.ui.page import PageWidget
from territoria.settings import EXPORT_AGENCY_NAME, EXPORT_LAST_FOLDER
from territoria.ui.tasks import BackgroundWork, InlineRunner


@pytest.fixture()
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture()
def controller(parent, shared_db, settings, tmp_path):
    ctrl = ExportController(shared_db, settings, BackgroundWork.inline(), parent)
    ctrl.record = record_exports(ctrl)
    ctrl.asked = []

    def choose(title, suggested, file_filter):
        ctrl.asked.append((title, suggested, file_filter))
        return tmp_path / "out" / suggested

    (tmp_path / "out").mkdir()
    ctrl.choose_target = choose
    return ctrl


def close_message_boxes() -> list[str]:
    texts = []
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            texts.append(widget.text())
            widget.close()
    return texts


def test_export_initiative_writes_one_page_and_remembers_the_folder(controller, settings, tmp_path, qtbot):
    with qtbot.waitSignal(controller.exported) as signal:
        controller.export_initiative(5)
    path = Path(signal.args[0])
    assert path.name == "Territoria - Nantes - gaspillage alimentaire cantines.pdf"
    assert len(reader(path).pages) == 1
    assert settings.get(EXPORT_LAST_FOLDER) == str(tmp_path / "out")
    assert controller.asked[0][2] == "Documents PDF (*.pdf)"


def test_agency_name_from_settings_is_printed(controller, settings):
    settings.set(EXPORT_AGENCY_NAME, "Agence numérique du Grand Ouest")
    controller.export_scheme(27)
    assert "Agence numérique du Grand Ouest" in page_texts(controller.record.last_path)[0]


def test_dismissed_file_dialog_does_nothing(controller, tmp_path):
    controller.choose_target = lambda *args: None
    controller.export_initiative(5)
    controller.export_search(SearchRequest(query="IA"))
    assert list((tmp_path / "out").iterdir()) == [] and controller.record.last_path is None


def test_result_list_exports_follow_the_search_order(controller, shared_db):
    request = SearchRequest(query="région")
    expected = all_ids(shared_db, request)
    assert len(expected) >= 2
    controller.export_search(request)
    assert controller.asked[-1][1] == "Territoria - catalogue - région.pdf"
    outline = [str(item.title) for item in reader(controller.record.last_path).outline]
    assert len(outline) == len(expected) + 1
    assert "Recherche « région »" in page_texts(controller.record.last_path)[0]
    controller.export_csv(request)
    assert controller.asked[-1][1] == "Territoria - catalogue - région.csv"
    text = controller.record.last_path.read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    assert [int(row[0]) for row in rows[1:]] == expected


def test_write_failure_shows_a_french_message_and_leaves_nothing(controller, tmp_path, qtbot):
    folder = tmp_path / "out" / "Territoria - dispositif - x.pdf"
    controller.choose_target = lambda *args: folder
    folder.mkdir()
    controller.export_scheme(27)
    assert controller.record.last_error and "c'est un dossier" in controller.record.last_error
    assert any("Impossible d'enregistrer" in text for text in close_message_boxes())
    assert list(folder.iterdir()) == []


def test_unknown_records_give_french_messages(controller):
    controller.export_initiative(999999)
    assert controller.record.last_error == "Aucune initiative n'a le numéro 999999."
    controller.export_commune("commune", "99999")
    assert "introuvable" in controller.record.last_error
    close_message_boxes()


class CancellingRunner(InlineRunner):
    """Runs inline and cancels at the first progress step, like a click on "Annuler"."""

    def run(self, title, work, on_done, on_error=None, on_cancel=None, *, show_progress=True, parent=None):
        class Cancelling:
            def step(self, done, total, text=""):
                raise Cancelled()

        try:
            on_done(work(Cancelling()))
        except Cancelled:
            on_cancel()


def test_cancelled_batch_export_leaves_no_file(controller, parent, tmp_path):
    controller.tasks = BackgroundWork(lambda _lane: CancellingRunner())
    controller.export_search(SearchRequest())
    controller.export_csv(SearchRequest())
    assert list((tmp_path / "out").iterdir()) == []
    assert controller.record.last_path is None


def test_batch_export_runs_in_the_background(parent, shared_db, settings, tmp_path, qtbot):
    tasks = BackgroundWork()
    controller = ExportController(shared_db, settings, tasks, parent)
    controller.choose_target = lambda title, suggested, flt: tmp_path / suggested
    with qtbot.waitSignal(controller.exported, timeout=60000) as signal:
        controller.export_search(SearchRequest())
        assert not Path(tmp_path / "Territoria - catalogue.pdf").exists()  # returned at once
    assert Path(signal.args[0]).is_file()
    tasks.wait()


def test_preview_renders_every_page_and_zooms(controller, qtbot, shared_db):
    from territoria.reports.exports import initiative_pdf_bytes

    dialog = controller.preview(initiative_pdf_bytes(shared_db, 2), "Fiche")
    qtbot.addWidget(dialog)
    assert len(dialog.page_labels) == 1
    width = dialog.page_labels[0].pixmap().width()
    dialog.zoom_in.click()
    assert dialog.zoom == 100 and dialog.page_labels[0].pixmap().width() > width
    assert dialog.print_button.isVisibleTo(dialog) and dialog.save_button.isVisibleTo(dialog)
    assert dialog.scroll.accessibleName() == "Pages du document"


def test_preview_of_a_multi_page_file(controller, qtbot, tmp_path, shared_db):
    from territoria.reports.exports import export_catalogue_pdf

    path = export_catalogue_pdf(shared_db, [1, 2, 3], tmp_path / "c.pdf")
    dialog = controller.preview(path)
    qtbot.addWidget(dialog)
    assert len(dialog.page_labels) == len(reader(path).pages) == 4
    assert not dialog.save_button.isVisibleTo(dialog)


def test_preview_of_a_broken_pdf_is_a_french_message(controller, tmp_path):
    broken = tmp_path / "casse.pdf"
    broken.write_bytes(b"pas un pdf")
    assert controller.preview(broken) is None
    assert "Impossible de lire le document PDF" in controller.record.last_error
    close_message_boxes()


def test_printing_renders_every_page(tmp_path, shared_db, qtbot):
    from PySide6.QtPrintSupport import QPrinter

    from territoria.reports.exports import export_catalogue_pdf
    from territoria.ui.export.printing import make_printer, print_to

    source = export_catalogue_pdf(shared_db, [1, 2], tmp_path / "c.pdf")
    printer = make_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "imprime.pdf"))
    printer.setResolution(100)
    assert print_to(printer, source) == 3
    assert len(reader(tmp_path / "imprime.pdf").pages) == 3


def test_open_with_the_system_viewer(controller, monkeypatch, shared_db):
    from territoria.reports.exports import initiative_pdf_bytes

    opened: list[QUrl] = []
    monkeypatch.setattr("territoria.ui.export.controller.QDesktopServices.openUrl",
                        lambda url: opened.append(url) or True)
    assert controller.open_with_system_viewer(initiative_pdf_bytes(shared_db, 1), "Fiche Drôme.pdf")
    path = Path(opened[0].toLocalFile())
    assert path.is_file() and path.name == "Fiche Drôme.pdf" and path.read_bytes().startswith(b"%PDF")
    monkeypatch.setattr("territoria.ui.export.controller.QDesktopServices.openUrl", lambda url: False)
    assert not controller.open_with_system_viewer(path)
    assert "Aucun lecteur PDF" in controller.record.last_error
    close_message_boxes()


class FakePage(PageWidget):
    def __init__(self, context: ExportContext) -> None:
        super().__init__()
        self.setWindowTitle("Essai")
        self.context = context

    def export_context(self) -> ExportContext:
        return self.context


def test_file_menu_offers_the_exports_of_the_current_page(qtbot, ui_context, monkeypatch):
    from territoria.ui.main_window import MainWindow

    window = MainWindow(ui_context)
    qtbot.addWidget(window)
    menu = window.export_menu
    assert menu.menuAction() in window.file_menu.actions()
    menu.refresh()
    assert not menu.initiative_pdf.isEnabled() and not menu.scheme_pdf.isEnabled()
    page = FakePage(ExportContext(initiative_id=3, search_request=SearchRequest(query="eau"), scheme_id=27,
                                  commune=("commune", "31555")))
    window.pages.setCurrentIndex(window.add_page(page))
    menu.refresh()
    assert all(a.isEnabled() for a in (menu.initiative_pdf, menu.scheme_pdf, menu.commune_pdf, menu.results_pdf,
                                       menu.results_csv))
    calls = []
    for name in ("export_initiative", "export_search", "export_csv", "export_scheme", "export_commune"):
        monkeypatch.setattr(ui_context.exports, name, lambda *args, _n=name: calls.append((_n, args)))
    for action in (menu.initiative_pdf, menu.results_pdf, menu.results_csv, menu.scheme_pdf, menu.commune_pdf):
        action.trigger()
    # the collectivité travels with the fiche (« Pourquoi ce projet nous concerne »)
    assert calls == [("export_initiative", (3, ("commune", "31555"))),
                     ("export_search", (page.context.search_request,)),
                     ("export_csv", (page.context.search_request,)), ("export_scheme", (27,)),
                     ("export_commune", ("commune", "31555"))]
    for action in menu.actions():
        assert action.isSeparator() or "&" in action.text()  # keyboard access


def test_description_of_a_result_list(controller):
    assert controller.describe(None) == "Toutes les initiatives"
    assert controller.describe(SearchRequest("cantine", {"region": ["52", "53"], "status": ["pilot"]})) == \
        "Recherche « cantine » · 3 filtre(s)"


def test_commune_page_place_is_the_dossier_to_export(qtbot, ui_context):
    from territoria.services.communes import find_place
    from territoria.ui.main_window import MainWindow

    window = MainWindow(ui_context)
    qtbot.addWidget(window)
    window.pages.setCurrentWidget(window.commune_tab)
    assert window.export_menu.context().commune is None  # nothing chosen yet
    window.commune_page.choose(find_place(ui_context.db, "commune", "61382"))
    assert window.export_menu.context().commune == ("commune", "61382")
    window.export_menu.refresh()
    assert window.export_menu.commune_pdf.isEnabled()


def test_branding_dialog_saves_name_and_logo(qtbot, settings, tmp_path):
    from territoria.ui.export.branding_dialog import BrandingDialog
    from territoria.ui.export.settings import branding

    dialog = BrandingDialog(settings)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("  Agence régionale  ")
    dialog.logo_edit.setText(str(tmp_path / "logo.png"))
    dialog.accept()
    assert branding(settings).agency_name == "Agence régionale"
    assert branding(settings).logo_path == tmp_path / "logo.png"
