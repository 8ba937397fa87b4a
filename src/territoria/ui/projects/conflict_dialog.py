"""The record was saved by someone else since it was opened: both versions, side by side.

Nothing was written. The table lists each field that differs with « Vos valeurs » and
« Enregistré par l'autre personne »; « Rouvrir la version enregistrée » starts again from
the saved record (the person redoes their changes, seeing them here), « Fermer » drops them.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from territoria.services.record_versions import EditConflictError
from territoria.ui.window_geometry import fit_window


class ConflictDialog(QDialog):
    """Shows an :class:`EditConflictError`; ``reopen_requested`` after « Rouvrir… »."""

    def __init__(self, conflict: EditConflictError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conflict = conflict
        self.reopen_requested = False
        self.setWindowTitle(self.tr("Fiche modifiée entre-temps"))
        self.setAccessibleName(self.windowTitle())
        self.intro = QLabel(self.tr(
            "« {0} » a été enregistré par quelqu'un d'autre depuis que vous l'avez ouvert (vous aviez la "
            "version {1}, la version enregistrée est la {2}). Vos changements n'ont pas été enregistrés et "
            "rien n'a été écrasé.").format(conflict.title, conflict.your_version, conflict.their_version))
        self.intro.setWordWrap(True)
        self.table = QTableWidget(len(conflict.changes), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Champ"), self.tr("Vos valeurs"),
                                              self.tr("Enregistré par l'autre personne")])
        self.table.setAccessibleName(self.tr("Champs qui diffèrent entre votre version et la version enregistrée"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        for row, change in enumerate(conflict.changes):
            for column, value in enumerate((change.label, change.yours, change.theirs)):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        self.advice = QLabel(self.tr("Rouvrez la fiche pour partir de la version enregistrée, puis refaites "
                                     "ceux de vos changements qui doivent l'emporter."))
        self.advice.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.reopen_button = self.buttons.addButton(self.tr("&Rouvrir la version enregistrée"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.reopen_button.setAccessibleName(self.tr("Rouvrir la fiche dans sa version enregistrée"))
        self.close_button = self.buttons.addButton(self.tr("&Fermer"), QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.setAccessibleName(self.tr("Fermer sans enregistrer vos changements"))
        self.reopen_button.setDefault(True)
        self.buttons.accepted.connect(self._reopen)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.advice)
        layout.addWidget(self.buttons)
        fit_window(self, "edit_conflict", QSize(760, 420))

    def _reopen(self) -> None:
        self.reopen_requested = True
        self.accept()
