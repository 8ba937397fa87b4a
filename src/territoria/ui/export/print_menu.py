"""The top of the Fichier menu: « Aperçu avant impression… », « Imprimer… », « Enregistrer en PDF… »
for the document the current page shows, and « En-tête des documents… ».

The document is the current page's :attr:`ExportContext.printable
<territoria.ui.export.context.ExportContext.printable>`: the fiche selected in the catalogue
or "Mes projets", the dossier of the collectivité of "Ma commune", the scheme selected in
"Aides et dispositifs", or "Ma sélection". When the page shows none, the actions are disabled
while the menu is open, and their tooltip says what to open. Pages change what they show
without telling the menu, so between two openings the actions stay enabled for their
shortcuts and check again when triggered (saying in the status bar why nothing happens).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from territoria.ui.export.context import ExportContext, Printable
from territoria.ui.export.controller import ExportController
from territoria.ui.export.documents import describe


class PrintActions(QObject):
    """The print, preview and save-as-PDF actions of the document shown, and the letterhead setting."""

    def __init__(self, controller: ExportController, current_context: Callable[[], ExportContext],
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.controller = controller
        self._current_context = current_context
        self._window = parent
        if isinstance(parent, QMainWindow):  # saved files are offered to open in its status bar
            controller.attach_window(parent)

        def action(text: str, slot: Callable[[], object], shortcut: QKeySequence | str | None = None) -> QAction:
            item = QAction(text, parent)
            if shortcut is not None:
                item.setShortcut(shortcut)
            item.triggered.connect(slot)
            return item

        self.preview_action = action(self.tr("&Aperçu avant impression…"), self.preview, "Ctrl+Shift+P")
        self.print_action = action(self.tr("Im&primer…"), self.print, QKeySequence.StandardKey.Print)
        # Ctrl+S is "Enregistrer la recherche" in the catalogue
        self.save_action = action(self.tr("Enregi&strer en PDF…"), self.save_pdf, "Ctrl+Shift+S")
        self.letterhead_action = action(self.tr("En-tête des d&ocuments…"), self.edit_letterhead)
        self.letterhead_action.setToolTip(self.tr("Le nom et le logo imprimés en haut des documents "
                                                  "(par défaut : la collectivité de « Ma commune »)"))
        self.letterhead_action.setStatusTip(self.letterhead_action.toolTip())
        self.document_actions = (self.preview_action, self.print_action, self.save_action)

    def actions(self) -> list[QAction]:
        """The actions, in menu order."""
        return [*self.document_actions, self.letterhead_action]

    def install(self, menu: QMenu) -> None:
        """Put the actions at the top of ``menu`` (Fichier), followed by a separator."""
        first = menu.actions()[0] if menu.actions() else None
        menu.insertActions(first, self.actions())  # type: ignore[arg-type]
        menu.insertSeparator(first)  # type: ignore[arg-type]
        menu.setToolTipsVisible(True)  # the disabled actions say why
        menu.aboutToShow.connect(self.refresh)
        menu.aboutToHide.connect(self.ready_for_shortcuts)

    # --- state ----------------------------------------------------------------------------

    def context(self) -> ExportContext:
        """The current page's export context."""
        return self._current_context()

    def printable(self) -> Printable | None:
        """The document the current page shows, if any."""
        return self.context().printable

    def hint(self) -> str:
        """Why nothing can be printed here, and what to open."""
        return self.context().hint or self.tr(
            "Rien à imprimer sur cette page : ouvrez la fiche d'une initiative, le dossier de « Ma commune », "
            "un dispositif d'aide ou « Ma sélection ».")

    def refresh(self) -> None:
        """Enable the actions when the page shows a document, and say which one in their tooltips."""
        printable = self.printable()
        what = describe(printable) if printable is not None else ""
        tips = ((self.tr("Voir {0} avant de l'imprimer"), self.tr("Imprimer {0}"),
                 self.tr("Enregistrer {0} en PDF")) if printable is not None else ())
        for index, item in enumerate(self.document_actions):
            item.setEnabled(printable is not None)
            tip = tips[index].format(what) if printable is not None else self.hint()
            item.setToolTip(tip)
            item.setStatusTip(tip)

    def ready_for_shortcuts(self) -> None:
        """Menu closed: the shortcuts work again (the page may show a document by the next key press)."""
        for item in self.document_actions:
            item.setEnabled(True)

    # --- actions -------------------------------------------------------------------------

    def _shown(self) -> Printable | None:
        printable = self.printable()
        if printable is None:
            window = self._window.window()
            if isinstance(window, QMainWindow):
                window.statusBar().showMessage(self.hint(), 8000)
        return printable

    def preview(self) -> None:
        """Preview the document shown."""
        if (printable := self._shown()) is not None:
            self.controller.preview_document(printable)

    def print(self) -> None:
        """Print the document shown (print dialog)."""
        if (printable := self._shown()) is not None:
            self.controller.print_document(printable)

    def save_pdf(self) -> None:
        """Save the document shown as a PDF file."""
        if (printable := self._shown()) is not None:
            self.controller.save_document(printable)

    def edit_letterhead(self):
        """Open « En-tête des documents » (the dialog is returned, for tests)."""
        return self.controller.edit_letterhead()
