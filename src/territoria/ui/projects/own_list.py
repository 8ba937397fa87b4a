""""Vos projets" in "Ma commune": the collectivité's own projects, listed apart from the ranking.

Own projects are not ranked against themselves: the comparable-projects list leaves them
out and this list shows them all, newest declaration first.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from territoria.services.comparable import Comparable
from territoria.services.local_projects import ProjectSummary
from territoria.ui.formatting import euros, partial_date
from territoria.ui.labels import label

_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class OwnProjectsView(QWidget):
    """The own projects; Entrée or a double click shows one in the catalogue."""

    initiativeActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Vos projets"))
        self.list.itemActivated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        self.set_projects([])

    def set_projects(self, projects: Sequence[ProjectSummary], catalogue: Sequence[Comparable] = ()) -> None:
        """Show ``catalogue`` (the catalogue's projects led by the collectivité), then ``projects``."""
        self.list.clear()
        for entry in catalogue:
            details = [label("status", entry.status), entry.place]
            if entry.budget_eur is not None:
                details.append(euros(entry.budget_eur))
            item = QListWidgetItem(f"{entry.title} — {', '.join(d for d in details if d)}")
            item.setData(_ID_ROLE, entry.id)
            item.setToolTip(self.tr("Projet de votre collectivité, dans le catalogue"))
            self.list.addItem(item)
        for project in projects:
            details = [label("status", project.status), project.place]
            if project.start_date:
                details.append(self.tr("depuis {0}").format(partial_date(project.start_date)))
            if project.budget_eur is not None:
                details.append(euros(project.budget_eur))
            item = QListWidgetItem(f"{project.title} — {', '.join(d for d in details if d)}")
            item.setData(_ID_ROLE, project.id)
            item.setToolTip(self.tr("Projet de votre collectivité (local), déclaré le {0}")
                            .format(partial_date(project.declared) if project.declared else "?"))
            self.list.addItem(item)
        if catalogue:
            self.heading.setText(self.tr("Les projets de votre collectivité, du catalogue et de « Mes projets » : "
                                         "ils ne sont pas classés parmi les projets comparables. Entrée ou "
                                         "double-clic : voir la fiche."))
        elif projects:
            self.heading.setText(self.tr("Les projets de votre collectivité (« Mes projets ») : ils ne sont pas "
                                         "classés parmi les projets comparables. Entrée ou double-clic : voir la fiche."))
        else:
            self.heading.setText(self.tr("Aucun projet de votre collectivité pour l'instant : ajoutez-en dans "
                                         "l'onglet « Mes projets »."))
        self.list.setVisible(bool(projects) or bool(catalogue))

    def count(self) -> int:
        """How many projects are listed."""
        return self.list.count()

    def _activated(self, item: QListWidgetItem) -> None:
        self.initiativeActivated.emit(int(item.data(_ID_ROLE)))
