"""A plain list of the initiatives (replaced by the full browser page)."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from territoria.domain.vocab import STATUSES
from territoria.services.database import Database
from territoria.services.overview import list_initiatives


class OverviewPage(QWidget):
    """Title, lead organisation, région and status of each initiative."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lines = list_initiatives(db)
        self.table = QTableWidget(len(lines), 4)
        self.table.setAccessibleName(self.tr("Liste des initiatives"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Initiative"), self.tr("Porteur"), self.tr("Région"), self.tr("Statut")]
        )
        for row, line in enumerate(lines):
            status = self.tr(STATUSES.get(line.status, line.status))
            for column, value in enumerate((line.title, line.organisation, line.region, status)):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
