"""The "Fichier > Exporter" submenu of the main window.

Each action reads the current page's :class:`ExportContext` (every
:class:`~territoria.ui.page.Page` offers one); the commune dossier falls back to the
remembered collectivité and the result list to the whole catalogue.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from territoria.errors import TerritoriaError
from territoria.ui.export.context import ExportContext
from territoria.ui.export.controller import ExportController


class ExportMenu(QMenu):
    """Export actions enabled according to what the current page shows."""

    def __init__(self, controller: ExportController, current_context: Callable[[], ExportContext],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("E&xporter"))
        self.controller = controller
        self._current_context = current_context
        self.setAccessibleName(self.tr("Exporter"))

        def action(text: str, slot, shortcut: QKeySequence | str | None = None) -> QAction:
            item = QAction(text, self)
            if shortcut is not None:
                item.setShortcut(shortcut)
            item.triggered.connect(slot)
            self.addAction(item)
            return item

        # previewing and printing act on the document shown, at the top of Fichier (print_menu.py)
        self.initiative_pdf = action(self.tr("&Fiche de l'initiative (PDF)…"), self.export_initiative, "Ctrl+E")
        self.addSeparator()
        self.results_pdf = action(self.tr("&Liste de résultats (catalogue PDF)…"), self.export_results)
        self.results_csv = action(self.tr("Liste de résultats (&CSV pour Excel)…"), self.export_csv)
        self.addSeparator()
        self.scheme_pdf = action(self.tr("Fiche du dis&positif (PDF)…"), self.export_scheme)
        self.commune_pdf = action(self.tr("&Dossier de ma commune (PDF)…"), self.export_commune)
        self.aboutToShow.connect(self.refresh)
        # at start-up skip the saved-commune look-up: it imports the profile service and runs
        # the first ORM query (~70 ms); the menu re-checks everything when it opens
        self.refresh(commune=False)

    def context(self) -> ExportContext:
        """The current page's selection."""
        return self._current_context()

    def _commune(self) -> tuple[str, str] | None:
        context = self.context()
        if context.commune:
            return context.commune
        from territoria.services.profile import load_choice

        try:
            choice = load_choice(self.controller.db)
        except TerritoriaError:  # an unreadable choice only disables the action
            return None
        return (choice.kind, choice.code) if choice else None

    def refresh(self, *, commune: bool = True) -> None:
        """Enable the actions the current page can serve (``commune=False``: leave that one as is)."""
        context = self.context()
        self.initiative_pdf.setEnabled(context.initiative_id is not None)
        self.scheme_pdf.setEnabled(context.scheme_id is not None)
        if commune:
            self.commune_pdf.setEnabled(self._commune() is not None)

    def export_initiative(self) -> None:
        context = self.context()
        if context.initiative_id is not None:  # from "Ma commune", the fiche says why it matters there
            self.controller.export_initiative(context.initiative_id, context.commune)

    def export_results(self) -> None:
        self.controller.export_search(self.context().search_request)

    def export_csv(self) -> None:
        self.controller.export_csv(self.context().search_request)

    def export_scheme(self) -> None:
        if (ident := self.context().scheme_id) is not None:
            self.controller.export_scheme(ident)

    def export_commune(self) -> None:
        if (commune := self._commune()) is not None:
            self.controller.export_commune(*commune)
