""""Mes projets": the town hall's own initiatives — list, add, edit, delete, send to the agency.

Saving goes through ``services.local_projects`` in the application's ``writes`` lane (one
writer for all user data); the list is re-read afterwards. Own projects are also in the
catalogue (marked "local") and in "Ma commune" under "Vos projets".

On a server database the list holds this user's projects; in agency mode (a server and the
agency's publisher, ``services.agency_mode``) it also lists the publisher's records, which the
same form edits. A save of a record someone else saved since it was opened is refused: the
:class:`~territoria.ui.projects.conflict_dialog.ConflictDialog` shows both versions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from territoria.errors import TerritoriaError
from territoria.services.local_projects import (
    ProjectError,
    ProjectFields,
    ProjectSummary,
    add_project,
    delete_project,
    list_projects,
    open_project,
    update_project,
)
from territoria.services.record_versions import EditConflictError
from territoria.ui.export.context import ExportContext, Printable
from territoria.ui.formatting import euros, partial_date
from territoria.ui.labels import label
from territoria.ui.projects.form import ProjectDialog
from territoria.ui.server_startup import server_failure

if TYPE_CHECKING:
    from territoria.ui.context import UiContext

_ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: The place's column, sized to its texts but never wider than this (in widths of M): a long
#: name of an intercommunality is elided rather than taking the title's room at 1024 pixels.
_PLACE = 2
_PLACE_MAX_EM = 20


class ProjectsPage(QWidget):
    """The list of own projects with its buttons (a :class:`~territoria.ui.page.Page`)."""

    initiativeRequested = Signal(int)
    projectsChanged = Signal()
    contributionRequested = Signal()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.db = context.db
        self.projects: list[ProjectSummary] = []
        self.dialog: ProjectDialog | None = None
        self.conflict_dialog: QDialog | None = None
        self.publisher = self._agency_publisher()
        self.intro = QLabel(self.tr(
            "Les projets d'IA de votre collectivité : ils apparaissent dans le catalogue (marqués « local »), "
            "dans « Ma commune » sous « Vos projets » et dans vos sauvegardes, et ne sont jamais modifiés par "
            "une mise à jour des données. Envoyez-les à votre agence pour qu'elle les publie."))
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([
            self.tr("Projet"), self.tr("Statut"), self.tr("Lieu"), self.tr("Début"), self.tr("Budget"),
            self.tr("Déclaré le")])
        self.table.setAccessibleName(self.tr("Vos projets"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        # one line per project: a long text is elided (its whole in the tooltip), never cut on a
        # second line the row has no room for
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("MMMM"))
        # the short columns as wide as their texts, the place within _PLACE_MAX_EM, the title the rest
        for column in range(1, 6):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(_PLACE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemActivated.connect(lambda _item: self.edit_selected())
        self.empty = QLabel(self.tr("Aucun projet pour l'instant. « Nouveau projet » en ajoute un "
                                    "(choisissez d'abord votre collectivité dans « Ma commune »)."))
        self.empty.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        self.message.hide()
        self.add_button = QPushButton(self.tr("Nouveau &projet…"))  # Alt+N is the Ma commune tab
        self.edit_button = QPushButton(self.tr("&Modifier…"))
        self.delete_button = QPushButton(self.tr("&Supprimer…"))
        self.show_button = QPushButton(self.tr("&Voir dans le catalogue"))
        self.send_button = QPushButton(self.tr("&Envoyer mes projets à l'agence…"))
        for button, name in ((self.add_button, self.tr("Ajouter un projet")),
                             (self.edit_button, self.tr("Modifier le projet sélectionné")),
                             (self.delete_button, self.tr("Supprimer le projet sélectionné")),
                             (self.show_button, self.tr("Voir le projet sélectionné dans le catalogue")),
                             (self.send_button, self.tr("Envoyer mes projets à l'agence"))):
            button.setAccessibleName(name)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.show_button.clicked.connect(self._show_selected)
        self.send_button.clicked.connect(self.contributionRequested)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table, self.delete_selected)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button, self.show_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addStretch(0)  # no projects (the table hidden): the lines stay together at the top
        self.schemes_list: QListWidget | None = None
        if self.publisher:
            self._install_agency_schemes(layout)
        self.refresh()

    def _install_agency_schemes(self, layout: QVBoxLayout) -> None:
        """Agency mode: the publisher's schemes, edited with the same locking as the records above."""
        caption = QLabel(self.tr("&Dispositifs de l'agence ({0})").format(self.publisher))
        self.schemes_list = QListWidget()
        self.schemes_list.setAccessibleName(self.tr("Dispositifs de l'éditeur de l'agence"))
        caption.setBuddy(self.schemes_list)
        self.scheme_button = QPushButton(self.tr("Modifier le dis&positif…"))
        self.scheme_button.setAccessibleName(self.tr("Modifier le dispositif sélectionné"))
        self.scheme_button.clicked.connect(self.edit_selected_scheme)
        self.schemes_list.itemActivated.connect(lambda _item: self.edit_selected_scheme())
        row = QHBoxLayout()
        row.addWidget(caption)
        row.addStretch(1)
        row.addWidget(self.scheme_button)
        layout.addLayout(row)
        layout.addWidget(self.schemes_list, 1)

    # --- Page protocol ------------------------------------------------------------------

    def title(self) -> str:
        """The tab's label."""
        return self.tr("Mes pro&jets")

    def export_context(self) -> ExportContext:
        """The selected project, for Fichier > Exporter and Imprimer (its one-pager)."""
        ident = self.selected_id()
        if ident is None:
            return ExportContext(hint=self.tr("Rien à imprimer : sélectionnez un de vos projets dans la liste."))
        title = next((project.title for project in self.projects if project.id == ident), "")
        return ExportContext(initiative_id=ident, printable=Printable.fiche(ident, title))

    def save_state(self) -> None:
        """Nothing to remember."""

    def restore_state(self) -> None:
        """Nothing remembered."""

    def shutdown(self) -> None:
        """Nothing running of its own (writes go through the application's lane)."""

    # --- list -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the projects."""
        selected = self.selected_id()
        try:
            self.projects = list_projects(self.db, publisher=self.publisher)
        except TerritoriaError as exc:
            self._say(exc.message)
            return
        self.table.setRowCount(len(self.projects))
        for row, project in enumerate(self.projects):
            cells = (project.title, label("status", project.status), project.place,
                     partial_date(project.start_date) if project.start_date else "",
                     euros(project.budget_eur) if project.budget_eur is not None else "",
                     partial_date(project.declared) if project.declared else "")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(_ID_ROLE, project.id)
                item.setToolTip(text)  # the whole text of an elided cell
                if column == 0:
                    origin = (self.tr("Projet de votre collectivité (local)") if project.origin == "local"
                              else self.tr("Fiche de l'éditeur de l'agence ({0})").format(self.publisher))
                    item.setToolTip(f"{text}\n{origin}")
                self.table.setItem(row, column, item)
            if project.id == selected:
                self.table.selectRow(row)
        self._size_place_column()
        self.table.setVisible(bool(self.projects))
        self.empty.setVisible(not self.projects)
        self.send_button.setEnabled(bool(self.projects))
        self._selection_changed()
        if self.schemes_list is not None:
            self._refresh_schemes()

    def _size_place_column(self) -> None:
        """The place's column as wide as its longest name, up to :data:`_PLACE_MAX_EM`."""
        self.table.resizeColumnToContents(_PLACE)
        widest = int(_PLACE_MAX_EM * self.table.fontMetrics().horizontalAdvance("M"))
        if self.table.columnWidth(_PLACE) > widest:
            self.table.setColumnWidth(_PLACE, widest)

    def _refresh_schemes(self) -> None:
        from territoria.services.scheme_edit import list_publisher_schemes

        assert self.schemes_list is not None
        current = self.schemes_list.currentItem()
        selected = current.data(_ID_ROLE) if current is not None else None
        self.schemes_list.clear()
        for ident, name in list_publisher_schemes(self.db, self.publisher):
            item = QListWidgetItem(name)
            item.setData(_ID_ROLE, ident)
            self.schemes_list.addItem(item)
            if ident == selected:
                self.schemes_list.setCurrentItem(item)

    def selected_id(self) -> int | None:
        """The id of the selected project, or None."""
        items = self.table.selectedItems()
        return int(items[0].data(_ID_ROLE)) if items else None

    def select(self, initiative_id: int) -> None:
        """Select the project ``initiative_id`` in the list."""
        for row, project in enumerate(self.projects):
            if project.id == initiative_id:
                self.table.selectRow(row)
                return

    def _selection_changed(self) -> None:
        ident = self.selected_id()
        has = ident is not None
        for button in (self.edit_button, self.delete_button, self.show_button):
            button.setEnabled(has)
        # the publisher's records are edited here, withdrawn only by its packs
        own = has and next((p.origin for p in self.projects if p.id == ident), "local") == "local"
        self.delete_button.setEnabled(own)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _show_selected(self) -> None:
        ident = self.selected_id()
        if ident is not None:
            self.initiativeRequested.emit(ident)

    # --- add, edit, delete ------------------------------------------------------------------

    def add(self) -> ProjectDialog:
        """Open the form for a new project (returned, open, for tests)."""
        return self._open(None, None)

    def edit_selected(self) -> ProjectDialog | None:
        """Open the form on the selected project."""
        ident = self.selected_id()
        if ident is None:
            return None
        try:
            opened = open_project(self.db, ident, publisher=self.publisher)
        except TerritoriaError as exc:
            self._say(exc.message)
            return None
        return self._open(ident, opened.fields, opened.version)

    def _open(self, ident: int | None, fields: ProjectFields | None, version: int | None = None) -> ProjectDialog:
        dialog = ProjectDialog(self.db, fields, self)
        # the version the form was filled from: saving a record changed since is refused
        dialog.accepted.connect(lambda: self._save(ident, dialog, version))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _agency_publisher(self) -> str | None:
        from territoria.services.agency_mode import agency_publisher
        from territoria.settings import AGENCY_PUBLISHER

        return agency_publisher(self.db, self.context.settings.get(AGENCY_PUBLISHER), self.context.agency)

    def _save(self, ident: int | None, dialog: ProjectDialog, version: int | None = None) -> None:
        fields = dialog.fields()

        def work(_progress) -> int:
            if ident is None:
                return add_project(self.db, fields)
            update_project(self.db, ident, fields, expected_version=version, publisher=self.publisher)
            return ident

        def failed(exc: BaseException) -> None:
            if isinstance(exc, EditConflictError) and ident is not None:
                self._show_conflict(ident, exc)
                return
            lost = None if isinstance(exc, TerritoriaError) else server_failure(exc)
            if lost is not None:
                # nothing was saved (one transaction): the same form comes back as it was filled
                # (a new one would read the server), and « Enregistrer » tries again
                self._say(self.tr("{0} Le formulaire est rouvert tel que vous l'aviez rempli : "
                                  "« Enregistrer » réessaie.").format(lost))
                self.dialog = dialog
                dialog.open()
                return
            if isinstance(exc, ProjectError):
                # reopen the form with the messages under the fields (nothing was saved)
                again = ProjectDialog(self.db, fields, self)
                again.setWindowTitle(dialog.windowTitle())
                again.accepted.connect(lambda: self._save(ident, again, version))
                again.show_errors(exc.errors)
                self.dialog = again
                again.open()
                return
            self._say(exc.message if isinstance(exc, TerritoriaError) else str(exc))

        self._run(self.tr("Enregistrement du projet"), work, self._saved, failed)

    def _show_conflict(self, ident: int, conflict: EditConflictError, reopen=None) -> None:
        """Both versions side by side; « Rouvrir » fills the form again from the saved record."""
        from territoria.ui.projects.conflict_dialog import ConflictDialog

        self.refresh()  # the list shows the saved version
        self._say(self.tr("Non enregistré : la fiche a été modifiée par quelqu'un d'autre entre-temps."))
        box = ConflictDialog(conflict, self)
        again = reopen or self.edit_selected
        box.finished.connect(lambda _code: again() if box.reopen_requested else None)
        self.conflict_dialog = box
        if reopen is None:
            self.select(ident)
        box.open()

    # --- the publisher's schemes (agency mode) ----------------------------------------------

    def edit_selected_scheme(self):
        """Open the form on the selected scheme of the agency (returned, open, for tests)."""
        from territoria.services.scheme_edit import open_scheme
        from territoria.ui.projects.scheme_form import SchemeDialog

        item = self.schemes_list.currentItem() if self.schemes_list is not None else None
        if item is None:
            return None
        ident = int(item.data(_ID_ROLE))
        try:
            opened = open_scheme(self.db, ident, publisher=self.publisher)
        except TerritoriaError as exc:
            self._say(exc.message)
            return None
        dialog = SchemeDialog(opened.fields, self)
        dialog.accepted.connect(lambda: self._save_scheme(ident, dialog, opened.version))
        self.dialog = dialog  # type: ignore[assignment]
        dialog.open()
        return dialog

    def _save_scheme(self, ident: int, dialog, version: int) -> None:
        from territoria.services.scheme_edit import update_scheme

        fields = dialog.fields()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, EditConflictError):
                self._show_conflict(ident, exc, reopen=self.edit_selected_scheme)
                return
            lost = None if isinstance(exc, TerritoriaError) else server_failure(exc)
            self._say(exc.message if isinstance(exc, TerritoriaError) else lost or str(exc))

        def saved(_version: int) -> None:
            self._say(self.tr("Dispositif enregistré."))
            self._refresh_schemes()
            self.projectsChanged.emit()

        self._run(self.tr("Enregistrement du dispositif"),
                  lambda _p: update_scheme(self.db, ident, fields, expected_version=version, publisher=self.publisher),
                  saved, failed)

    def _saved(self, ident: int) -> None:
        self._say(self.tr("Projet enregistré."))
        self.refresh()
        self.select(ident)
        self.projectsChanged.emit()

    def delete_selected(self, *, confirm: bool = True) -> bool:
        """Delete the selected project after confirmation; True when deleted."""
        ident = self.selected_id()
        if ident is None:
            return False
        title = next((p.title for p in self.projects if p.id == ident), "")
        if confirm:
            answer = QMessageBox.question(
                self, self.tr("Supprimer le projet"),
                self.tr("Supprimer définitivement « {0} » et sa note ? (Une sauvegarde automatique "
                        "le garde jusqu'à la prochaine rotation.)").format(title))
            if answer != QMessageBox.StandardButton.Yes:
                return False
        done: list[bool] = []

        def deleted(_title: str) -> None:
            done.append(True)
            self._say(self.tr("Projet supprimé : {0}").format(title))
            self.refresh()
            self.projectsChanged.emit()

        self._run(self.tr("Suppression du projet"), lambda _p: delete_project(self.db, ident), deleted,
                  lambda exc: self._say(server_failure(exc) or str(exc)))
        return bool(done)

    def _run(self, title: str, work, on_done, on_error) -> None:
        from territoria.ui.tasks import Lane

        self.context.tasks.run(Lane.WRITES, title, work, on_done, on_error, show_progress=False, parent=self)
