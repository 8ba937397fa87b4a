"""Fichier > Importer des données…, Envoyer mes projets à l'agence…, and the Fichier > Données submenu
(trusted keys, watched folder, printing notes, agency space).

:class:`DataMenu` owns the dialogs it opens (kept as attributes, so tests can drive them)
and, once the window has painted, looks in the watched folder in the background for packs
newer than those installed and offers to import them. The window connects
:attr:`DataMenu.dataChanged` (records imported: pages re-read) and
:attr:`DataMenu.agencySpaceToggled` (show or hide the "Espace agence" page).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from territoria.settings import AGENCY_SPACE, EXPORT_WITH_NOTE, PACKS_WATCHED_FOLDER
from territoria.ui.packs.locations import locations_of
from territoria.ui.tasks import Lane

if TYPE_CHECKING:
    from territoria.ui.context import UiContext

#: The watched folder is read this long after start-up: the first paint and the catalogue come first.
WATCH_DELAY_MS = 1500


class DataMenu(QMenu):
    """The "Données" submenu of Fichier; :meth:`install` also puts the import and send actions in Fichier."""

    dataChanged = Signal()
    projectsRequested = Signal()
    agencySpaceToggled = Signal(bool)

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Do&nnées"))
        self.context = context
        self.window_parent = parent
        self.dialog: QWidget | None = None
        self.watched_offer: QMessageBox | None = None
        self.pending: list = []
        self.import_action = QAction(self.tr("&Importer des données…"), self)
        self.import_action.triggered.connect(lambda: self.open_import())
        self.send_action = QAction(self.tr("&Envoyer mes projets à l'agence…"), self)
        self.send_action.triggered.connect(self.open_contribution)
        self.trust_action = QAction(self.tr("&Clés de confiance…"), self)
        self.trust_action.triggered.connect(self.open_trust)
        self.watched_action = QAction(self.tr("Dossier &surveillé…"), self)
        self.watched_action.triggered.connect(self.choose_watched_folder)
        self.agency_action = QAction(self.tr("Afficher l'espace &agence"), self)
        self.agency_action.setCheckable(True)
        self.agency_action.setChecked(bool(context.settings.get(AGENCY_SPACE)))
        self.agency_action.toggled.connect(self.set_agency_space)
        self.notes_action = QAction(self.tr("Imprimer mes &notes sur les fiches"), self)
        self.notes_action.setCheckable(True)
        self.notes_action.setChecked(bool(context.settings.get(EXPORT_WITH_NOTE)))
        self.notes_action.toggled.connect(lambda on: context.settings.set(EXPORT_WITH_NOTE, bool(on)))
        for action in (self.trust_action, self.watched_action, self.notes_action, self.agency_action):
            self.addAction(action)

    def install(self, file_menu: QMenu, before: QAction) -> None:
        """Put Importer des données… and Envoyer mes projets à l'agence… in ``file_menu``, then this submenu."""
        file_menu.insertAction(before, self.import_action)
        file_menu.insertAction(before, self.send_action)
        file_menu.insertMenu(before, self)

    # --- dialogs --------------------------------------------------------------------------

    def open_import(self, path: Path | None = None):
        """Open Importer des données… (on ``path`` when given); returns the dialog."""
        from territoria.ui.packs.import_dialog import ImportDialog

        dialog = ImportDialog(self.context, path, self.window_parent)
        dialog.imported.connect(lambda _result: self.dataChanged.emit())
        dialog.finished.connect(lambda _code: self._next_pending())
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_contribution(self):
        """Open Envoyer mes projets à l'agence…; returns the dialog."""
        from territoria.ui.projects.contribution_dialog import ContributionDialog

        dialog = ContributionDialog(self.context, self.window_parent)
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_trust(self):
        """Open Clés de confiance…; returns the dialog."""
        from territoria.ui.packs.trust_dialog import TrustDialog

        dialog = TrustDialog(self.context, self.window_parent)
        self.dialog = dialog
        dialog.open()
        return dialog

    def watched_folder(self) -> str:
        """The watched folder: the user's choice, else (never chosen) the branded agency's default."""
        settings, agency = self.context.settings, self.context.agency
        if settings.is_set(PACKS_WATCHED_FOLDER) or agency is None:
            return settings.get(PACKS_WATCHED_FOLDER)
        return agency.watched_folder or ""

    def choose_watched_folder(self) -> None:
        """Ask for the watched folder (cancel: keep it; the dialog offers to clear it)."""
        current = self.watched_folder()
        if current:
            answer = QMessageBox.question(
                self.window_parent, self.tr("Dossier surveillé"),
                self.tr("Dossier surveillé actuel : {0}\n\nEn choisir un autre ? (Non : ne plus surveiller de "
                        "dossier.)").format(current),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel)
            if answer == QMessageBox.StandardButton.No:
                self.set_watched_folder("")
                return
            if answer != QMessageBox.StandardButton.Yes:
                return
        chosen = QFileDialog.getExistingDirectory(self.window_parent, self.tr("Dossier surveillé"),
                                                  current or str(Path.home()))
        if chosen:
            self.set_watched_folder(chosen)

    def set_watched_folder(self, folder: str) -> None:
        """Remember ``folder`` as the watched folder ("" for none)."""
        self.context.settings.set(PACKS_WATCHED_FOLDER, folder)

    def set_agency_space(self, on: bool) -> None:
        """Show or hide the "Espace agence" (remembered)."""
        self.context.settings.set(AGENCY_SPACE, bool(on))
        if self.agency_action.isChecked() != on:
            self.agency_action.setChecked(on)
        self.agencySpaceToggled.emit(bool(on))

    # --- watched folder ---------------------------------------------------------------------

    def check_watched_folder_later(self, delay_ms: int = WATCH_DELAY_MS) -> None:
        """Look in the watched folder once the window has painted and settled (``delay_ms`` later)."""
        QTimer.singleShot(delay_ms, self.check_watched_folder)

    def check_watched_folder(self) -> None:
        """Look for newer packs in the watched folder, in the background; offer them if any."""
        folder = self.watched_folder()
        if not folder:
            return
        db, config_dir = self.context.db, locations_of(self.context).config_dir

        def work(_progress):
            from territoria.services.watched_folder import newer_packs

            return newer_packs(db, Path(folder), config_dir)

        # a folder that cannot be read is not worth a message at start-up: it is logged
        self.context.tasks.run(Lane.INDEX, "", work, self.offer, lambda _exc: None, show_progress=False)

    def offer(self, packs: list) -> QMessageBox | None:
        """Offer to import ``packs`` (``WatchedPack``s), one import dialog after the other."""
        if not packs:
            return None
        lines = "\n".join(
            self.tr("• {0}, édition {1} (installée : {2})").format(
                p.publisher_name, p.edition, p.installed_edition or self.tr("aucune")) for p in packs)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Nouvelles données disponibles"),
                          self.tr("Le dossier surveillé contient des données plus récentes :\n{0}\n\n"
                                  "Les examiner et les importer ?").format(lines),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self.window_parent)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Examiner"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Plus &tard"))

        def answered(_code: int) -> None:
            if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
                self.pending = list(packs)
                self._next_pending()

        box.finished.connect(answered)
        self.watched_offer = box
        box.open()
        return box

    def _next_pending(self) -> None:
        if self.pending:
            self.open_import(self.pending.pop(0).path)
