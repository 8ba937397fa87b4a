"""The saved-searches menu: save the current search under a name, reopen or delete one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from territoria.services.selection import SavedSearchInfo


class SavedSearchesMenu(QMenu):
    """Lists the saved searches each time it opens (the list lives in the user database)."""

    openRequested = Signal(int)
    deleteRequested = Signal(int)

    def __init__(self, save_action: QAction, load: Callable[[], list[SavedSearchInfo]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Recherches enre&gistrées"))
        self.setAccessibleName(self.tr("Recherches enregistrées"))
        self.save_action = save_action
        self._load = load
        self.open_actions: list[QAction] = []
        self.aboutToShow.connect(self.rebuild)
        self.rebuild()

    def rebuild(self) -> None:
        """Refresh the list from the database."""
        self.clear()
        self.addAction(self.save_action)
        self.addSeparator()
        self.open_actions = []
        searches = self._load()
        if not searches:
            empty = self.addAction(self.tr("Aucune recherche enregistrée"))
            empty.setEnabled(False)
            return
        for info in searches:
            action = self.addAction(info.name.replace("&", "&&"))
            action.setToolTip(self._describe(info))
            action.setStatusTip(self._describe(info))
            action.setData(info.id)
            action.triggered.connect(lambda _=False, i=info.id: self.openRequested.emit(i))
            self.open_actions.append(action)
        self.addSeparator()
        remove = self.addMenu(self.tr("&Supprimer"))
        remove.setAccessibleName(self.tr("Supprimer une recherche enregistrée"))
        for info in searches:
            action = remove.addAction(info.name.replace("&", "&&"))
            action.setData(info.id)
            action.triggered.connect(lambda _=False, i=info.id: self.deleteRequested.emit(i))

    def _describe(self, info: SavedSearchInfo) -> str:
        count = sum(len(values) for values in info.filters.values())
        query = self.tr("« {0} »").format(info.query) if info.query.strip() else self.tr("tout le catalogue")
        return self.tr("{0}, %n filtre(s)", "", count).format(query)
