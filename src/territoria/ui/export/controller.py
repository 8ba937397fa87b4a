"""Export actions any page can call: PDF one-pagers, scheme sheets, commune dossiers,
catalogues and CSV lists, plus preview, printing and "open with the system viewer".

Long work runs in the ``export`` lane of the application's
:class:`~territoria.ui.tasks.BackgroundWork` (progress, cancel, never a frozen window); the
file is written to a temporary file then renamed, so a failure or a cancel leaves nothing
behind. The last folder is remembered in the settings.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QMessageBox, QWidget

from territoria.errors import TerritoriaError
from territoria.reports.context import Branding
from territoria.services.branding import Branding as InstalledBranding
from territoria.services.database import Database
from territoria.services.progress import Progress
from territoria.settings import Settings
from territoria.ui.export.context import Printable
from territoria.ui.export.rendering import PdfSource
from territoria.ui.export.settings import last_folder, letterhead, remember_folder
from territoria.ui.tasks import BackgroundWork, Lane

if TYPE_CHECKING:
    from territoria.services.search import SearchRequest
    from territoria.ui.export.branding_dialog import BrandingDialog
    from territoria.ui.export.documents import DocumentJob
    from territoria.ui.export.preview import PdfPreviewDialog
    from territoria.ui.export.saved_offer import SavedFileBar

ChooseTarget = Callable[[str, str, str], Path | None]


class ExportController(QObject):
    """Export, preview and print actions bound to a database, the settings and the background work.

    Its dialogs belong to ``parent`` when given, else to the active window.
    """

    #: The path of every file written.
    exported = Signal(str)
    #: The French message of every failure shown.
    failed = Signal(str)

    def __init__(self, db: Database, settings: Settings, tasks: BackgroundWork,
                 parent: QWidget | None = None, agency: InstalledBranding | None = None) -> None:
        super().__init__(parent)
        self._parent = parent
        self.agency = agency
        self.db = db
        self.settings = settings
        self.tasks = tasks
        #: Asks where to save: (dialog title, suggested file name, file filter) -> path or None.
        self.choose_target: ChooseTarget = self._ask_save_path
        #: Asks whether to replace a read-only file: path -> True to replace it.
        self.confirm_read_only: Callable[[Path], bool] = self._ask_replace_read_only
        self._forced: set[Path] = set()
        #: The message bar that last offered to open a saved file (None before the first save).
        self.saved_offer: SavedFileBar | None = None
        self._window: QMainWindow | None = None

    @property
    def parent_widget(self) -> QWidget | None:
        """The window the dialogs belong to."""
        return self._parent or QApplication.activeWindow()

    # --- helpers ------------------------------------------------------------------------

    def branding(self) -> Branding:
        """The letterhead: the settings' name and logo, else "Ma commune", else the agency's."""
        return letterhead(self.db, self.settings, self.agency)

    def with_note(self) -> bool:
        """Whether one-pagers print the user's private note (Fichier > Données > Imprimer mes notes)."""
        from territoria.settings import EXPORT_WITH_NOTE

        return bool(self.settings.get(EXPORT_WITH_NOTE))

    def _pdf_filter(self) -> str:
        return self.tr("Documents PDF (*.pdf)")

    def _csv_filter(self) -> str:
        return self.tr("Fichiers CSV pour Excel (*.csv)")

    def _ask_save_path(self, title: str, suggested: str, file_filter: str) -> Path | None:
        start = str(last_folder(self.settings) / suggested)
        path, _ = QFileDialog.getSaveFileName(self.parent_widget, title, start, file_filter)
        if not path:
            return None
        extension = ".csv" if "*.csv" in file_filter else ".pdf"
        target = Path(path)
        if target.suffix.lower() != extension:
            target = target.with_name(target.name + extension)
        return target

    def _target(self, title: str, suggested: str, file_filter: str) -> Path | None:
        from territoria.reports.safe_write import is_read_only_file

        target = self.choose_target(title, suggested, file_filter)
        if target is not None:
            remember_folder(self.settings, target)
            if is_read_only_file(target):
                if not self.confirm_read_only(target):
                    return None
                self._forced.add(target)
        return target

    def _force(self, target: Path) -> bool:
        """Whether the person agreed to replace the read-only ``target``."""
        return target in self._forced

    def _ask_replace_read_only(self, target: Path) -> bool:
        answer = QMessageBox.question(
            self.parent_widget, self.tr("Fichier en lecture seule"),
            self.tr("Le fichier « {0} » est en lecture seule. Le remplacer quand même ?").format(target),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def show_error(self, exc: BaseException) -> None:
        """A French message for ``exc`` (never a traceback for an expected error)."""
        if isinstance(exc, TerritoriaError):
            self.failed.emit(exc.message)
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Territoria"), exc.message,
                              QMessageBox.StandardButton.Ok, self.parent_widget)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            return
        from territoria.ui.error_dialog import report_unexpected

        self.failed.emit(str(exc))
        report_unexpected(type(exc), exc, exc.__traceback__, self.parent_widget)

    def _failed(self, exc: BaseException, again: Callable[[], None], *, writes_file: bool) -> None:
        """A lost server (shared catalogue) is offered « Réessayer » (``again``); anything else :meth:`show_error`.
        ``writes_file``: the job was writing a file (not a preview or a print), which it did not write."""
        from territoria.services.server_database import server_failure_message

        lost = None if isinstance(exc, TerritoriaError) else server_failure_message(exc)
        if lost is None:
            self.show_error(exc)
            return
        self.failed.emit(lost)
        text = self.tr("{0}\n\nAucun fichier n'a été écrit.").format(lost) if writes_file else lost
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Territoria"), text, QMessageBox.StandardButton.NoButton,
                          self.parent_widget)
        box.setObjectName("exportServerFailure")
        retry = box.addButton(self.tr("&Réessayer"), QMessageBox.ButtonRole.AcceptRole)
        retry.setAccessibleName(self.tr("Réessayer l'export sur le serveur"))
        box.addButton(self.tr("&Fermer"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(retry)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        retry.clicked.connect(again)
        box.open()

    def _status(self, message: str) -> None:
        window = self.parent_widget.window() if self.parent_widget is not None else None
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(message, 8000)

    def _done(self, path: Path, offer: SavedFileBar | None = None) -> None:
        """A file was written: offer to open it and its folder (in ``offer``, else the window's status bar)."""
        if not self._offer_open(Path(path), offer):
            self._status(self.tr("Document enregistré : {0}").format(path))
        self.exported.emit(str(path))

    def attach_window(self, window: QMainWindow) -> None:
        """Show the « Ouvrir le PDF » offer in ``window``'s status bar (whichever window is active then)."""
        self._window = window

    def main_window(self) -> QMainWindow | None:
        """The main window the offers go to: the attached one, else the active one's (through parents)."""
        if self._window is not None:
            return self._window
        widget = self.parent_widget
        while widget is not None:
            window = widget.window()
            if isinstance(window, QMainWindow):
                return window
            widget = window.parentWidget()
        return None

    def _offer_open(self, path: Path, bar: SavedFileBar | None) -> bool:
        """Show « Ouvrir le PDF » / « Ouvrir le dossier » for ``path`` in ``bar`` (a dialog's) and in the
        window's status bar, where it stays once the dialog is closed; False when there is nowhere to."""
        bars = [bar] if bar is not None else []
        window = self.main_window()
        if window is not None:
            bars.append(self._window_bar(window))
            window.statusBar().clearMessage()  # a message would hide the bar
        for shown in bars:
            shown.show_file(path)
        self.saved_offer = bars[0] if bars else None
        return bool(bars)

    def _window_bar(self, window: QMainWindow) -> SavedFileBar:
        """The message bar of ``window``'s status bar (made the first time)."""
        from territoria.ui.export.saved_offer import SavedFileBar

        bar = window.statusBar().findChild(SavedFileBar)
        if bar is None:
            bar = SavedFileBar(self.open_local)
            window.statusBar().addWidget(bar, 1)
        return bar

    def open_local(self, path: Path) -> bool:
        """Open a local file or folder with the system's application (a French message if none could)."""
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            return True
        self.show_error(TerritoriaError(self.tr(
            "Impossible d'ouvrir « {0} » : aucune application du système n'a répondu. Ouvrez-le depuis "
            "l'explorateur de fichiers.").format(path)))
        return False

    def _run(self, title: str, work: Callable[[Progress], Any], on_done: Callable[[Any], None] | None = None) -> None:
        self.tasks.run(Lane.EXPORT, title, work, on_done or self._done,
                       on_error=lambda exc: self._failed(exc, lambda: self._run(title, work, on_done),
                                                         writes_file=on_done is None),
                       on_cancel=lambda: self._status(self.tr("Export annulé : aucun fichier n'a été écrit.")),
                       parent=self.parent_widget)

    # --- exports --------------------------------------------------------------------------

    def export_initiative(self, initiative_id: int, commune: tuple[str, str] | None = None) -> None:
        """Ask where to save the one-pager of an initiative, then write it (with why it matters for
        ``commune``, the collectivité of "Ma commune", when given)."""
        from territoria.reports.exports import export_initiative_pdf
        from territoria.services.file_names import initiative_filename
        from territoria.services.records import get_initiative

        try:
            detail = get_initiative(self.db, initiative_id)
        except TerritoriaError as exc:
            self.show_error(exc)
            return
        target = self._target(self.tr("Enregistrer la fiche"), initiative_filename(detail), self._pdf_filter())
        if target is None:
            return
        brand = self.branding()
        self._run(self.tr("Export de la fiche…"), lambda progress: export_initiative_pdf(self.db, initiative_id,
                                                                                         target, brand,
                                                                                         force=self._force(target),
                                                                                         with_note=self.with_note(),
                                                                                         commune=commune))

    def export_scheme(self, scheme_id: int) -> None:
        """Ask where to save the sheet of a support scheme, then write it."""
        from territoria.reports.exports import export_scheme_pdf
        from territoria.services.file_names import scheme_filename
        from territoria.services.records import get_scheme

        try:
            scheme = get_scheme(self.db, scheme_id)
        except TerritoriaError as exc:
            self.show_error(exc)
            return
        target = self._target(self.tr("Enregistrer la fiche du dispositif"), scheme_filename(scheme),
                              self._pdf_filter())
        if target is None:
            return
        brand = self.branding()
        self._run(self.tr("Export de la fiche…"), lambda progress: export_scheme_pdf(self.db, scheme_id, target, brand,
                                                                                  force=self._force(target)))

    def export_commune(self, kind: str, code: str) -> None:
        """Ask where to save the dossier of a collectivité, then build it in the background."""
        from territoria.reports.exports import export_dossier_pdf
        from territoria.services.communes import find_place
        from territoria.services.file_names import dossier_filename

        place = find_place(self.db, kind, code)
        if place is None:
            self.show_error(TerritoriaError(self.tr("Cette collectivité est introuvable ({0} {1}).").format(kind, code)))
            return
        target = self._target(self.tr("Enregistrer le dossier"), dossier_filename(place.label), self._pdf_filter())
        if target is None:
            return
        brand = self.branding()
        self._run(self.tr("Préparation du dossier…"),
                  lambda progress: export_dossier_pdf(self.db, kind, code, target, brand, progress,
                                                     force=self._force(target)))

    def export_search(self, request: SearchRequest | None = None) -> None:
        """Ask where to save the catalogue of a result list (in its order), then build it in the background."""
        from territoria.reports.exports import export_catalogue_pdf
        from territoria.services.file_names import search_filename

        query = request.query if request is not None else ""
        target = self._target(self.tr("Enregistrer le catalogue"), search_filename(query), self._pdf_filter())
        if target is None:
            return
        brand = self.branding()
        description = self.describe(request)

        def work(progress: Progress) -> Path:
            ids = self._ids(request)
            return export_catalogue_pdf(self.db, ids, target, description=description, branding=brand,
                                        progress=progress, force=self._force(target))

        self._run(self.tr("Export du catalogue…"), work)

    def export_csv(self, request: SearchRequest | None = None) -> None:
        """Ask where to save the CSV of a result list (in its order), then write it in the background."""
        from territoria.reports.exports import export_csv
        from territoria.services.file_names import search_filename

        query = request.query if request is not None else ""
        target = self._target(self.tr("Enregistrer la liste pour Excel"), search_filename(query, ".csv"),
                              self._csv_filter())
        if target is None:
            return
        self._run(self.tr("Export de la liste…"),
                  lambda progress: export_csv(self.db, self._ids(request), target, progress,
                                              force=self._force(target)))

    def _ids(self, request: SearchRequest | None) -> list[int]:
        from territoria.services.search import SearchRequest, all_ids

        return all_ids(self.db, request if request is not None else SearchRequest())

    def describe(self, request: SearchRequest | None) -> str:
        """"Recherche « cantine » · 2 filtres" (what the list is), or "Toutes les initiatives"."""
        query = request.query.strip() if request is not None else ""
        filters = request.filters if request is not None else {}
        count = sum(len(values) for values in filters.values())
        parts = [self.tr("Recherche « {0} »").format(query)] if query else []
        if count:
            parts.append(self.tr("%n filtre(s)", "", count))
        return " · ".join(parts) or self.tr("Toutes les initiatives")

    # --- preview, print, open --------------------------------------------------------------

    def preview(self, pdf: PdfSource, title: str | None = None, suggested_name: str = "Territoria.pdf",
                printable: Printable | None = None) -> PdfPreviewDialog | None:
        """Open a non-modal print preview of ``pdf`` (bytes or a path); returns the dialog.

        With ``printable`` (the document the bytes are), the preview also offers the letterhead
        setting and shows the document again with the new letterhead.
        """
        from territoria.ui.export.preview import PdfPreviewDialog, default_preview_title
        from territoria.ui.export.rendering import PdfRenderError

        dialog: PdfPreviewDialog | None = None
        saved_bar = self.make_saved_bar()

        def shown() -> PdfSource:  # the pages on screen (they change with the letterhead)
            return dialog.pdf if dialog is not None else pdf

        try:
            dialog = PdfPreviewDialog(
                pdf, title or default_preview_title(pdf), self.parent_widget,
                on_print=lambda: self.print_pdf(shown()),
                on_open=lambda: self.open_with_system_viewer(shown(), suggested_name),
                on_save=(lambda: self.save_bytes(shown(), suggested_name, offer=saved_bar)) if isinstance(pdf, bytes)
                else None,
                on_letterhead=(lambda: self.edit_letterhead(dialog, printable)) if printable is not None else None,
                saved_bar=saved_bar,
            )
        except PdfRenderError as exc:
            self.show_error(exc)
            return None
        dialog.open()
        return dialog

    def make_saved_bar(self) -> SavedFileBar:
        """A new « Ouvrir le PDF » / « Ouvrir le dossier » bar (for a dialog that saves)."""
        from territoria.ui.export.saved_offer import SavedFileBar

        return SavedFileBar(self.open_local)

    def letterhead_dialog(self, parent: QWidget | None = None) -> BrandingDialog:
        """The « En-tête des documents » dialog, pre-filled with "Ma commune" (or the agency) when unset."""
        from territoria.ui.export.branding_dialog import BrandingDialog
        from territoria.ui.export.settings import default_letterhead

        dialog = BrandingDialog(self.settings, parent or self.main_window() or self.parent_widget,
                                default=default_letterhead(self.db, self.agency))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return dialog

    def edit_letterhead(self, preview: PdfPreviewDialog | None = None,
                        printable: Printable | None = None) -> BrandingDialog:
        """Open the letterhead dialog; once saved, ``preview`` shows ``printable`` with the new letterhead."""
        dialog = self.letterhead_dialog(preview)
        if preview is not None and printable is not None:
            dialog.accepted.connect(lambda: self._rebuild(preview, printable))
        dialog.open()
        return dialog

    def _rebuild(self, preview: PdfPreviewDialog, printable: Printable) -> None:
        job = self.job(printable)
        if job is not None:
            self._run(self.tr("Préparation de l'aperçu…"), job.build, on_done=preview.set_pdf)

    def preview_initiative(self, initiative_id: int) -> None:
        """Build the one-pager in the background, then preview it."""
        self.preview_document(Printable.fiche(initiative_id))

    def print_initiative(self, initiative_id: int) -> None:
        """Build the one-pager in the background, then show the print dialog."""
        self.print_document(Printable.fiche(initiative_id))

    # --- the document shown: top of Fichier ---------------------------------------------------

    def job(self, printable: Printable) -> DocumentJob | None:
        """How ``printable`` is made now (current letterhead), or None after a French message."""
        from territoria.ui.export.documents import document_job

        try:
            return document_job(self.db, printable, self.branding(), with_note=self.with_note())
        except TerritoriaError as exc:
            self.show_error(exc)
            return None

    def save_document(self, printable: Printable) -> None:
        """Fichier > Enregistrer en PDF: ask where, write in the background, then offer to open it."""
        job = self.job(printable)
        if job is None:
            return
        target = self._target(self.tr("Enregistrer en PDF"), job.suggested_name, self._pdf_filter())
        if target is None:
            return
        force = self._force(target)
        self._run(self.tr("Enregistrement du PDF…"), lambda progress: job.write(target, progress, force))

    def preview_document(self, printable: Printable) -> None:
        """Fichier > Aperçu avant impression: build the PDF in the background, then show its pages."""
        job = self.job(printable)
        if job is None:
            return
        self._run(self.tr("Préparation de l'aperçu…"), job.build,
                  on_done=lambda pdf: self.preview(pdf, job.title, job.suggested_name, printable))

    def print_document(self, printable: Printable) -> None:
        """Fichier > Imprimer: build the PDF in the background, then show the print dialog."""
        job = self.job(printable)
        if job is None:
            return
        self._run(self.tr("Préparation de l'impression…"), job.build, on_done=self.print_pdf)

    def print_pdf(self, pdf: PdfSource) -> int:
        """Show the print dialog and print ``pdf``; returns the number of pages printed."""
        from territoria.ui.export.printing import print_with_dialog

        try:
            return print_with_dialog(pdf, self.parent_widget)
        except TerritoriaError as exc:
            self.show_error(exc)
            return 0

    def save_bytes(self, pdf: bytes, suggested_name: str, offer: SavedFileBar | None = None) -> Path | None:
        """Ask where to save ``pdf`` and write it safely (``offer``: the bar of the dialog saving it)."""
        from territoria.reports.safe_write import write_bytes

        target = self._target(self.tr("Enregistrer le PDF"), suggested_name, self._pdf_filter())
        if target is None:
            return None
        try:
            path = write_bytes(target, pdf, force=self._force(target))
        except TerritoriaError as exc:
            self.show_error(exc)
            return None
        self._done(path, offer)
        return path

    def open_with_system_viewer(self, pdf: PdfSource, suggested_name: str = "Territoria.pdf") -> bool:
        """Open ``pdf`` in the system's PDF viewer (bytes are first written to a temporary folder)."""
        from territoria.reports.safe_write import write_bytes
        from territoria.services.file_names import safe_filename

        if isinstance(pdf, bytes):
            folder = Path(tempfile.gettempdir()) / "Territoria"
            try:
                folder.mkdir(exist_ok=True)
                path = write_bytes(folder / safe_filename(Path(suggested_name).stem, ".pdf"), pdf)
            except (TerritoriaError, OSError) as exc:
                self.show_error(exc if isinstance(exc, TerritoriaError) else TerritoriaError(
                    self.tr("Impossible de préparer le document à ouvrir ({0}).").format(exc)))
                return False
        else:
            path = Path(pdf)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.show_error(TerritoriaError(self.tr(
                "Aucun lecteur PDF n'a pu ouvrir « {0} ». Installez un lecteur PDF ou ouvrez le fichier "
                "depuis l'explorateur de fichiers.").format(path)))
            return False
        return True
