"""« Restaurer une sauvegarde… »: the automatic backups, newest first, and which ones are sound."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from territoria.services.backups import BackupInfo
from territoria.ui.window_geometry import fit_window



class RestoreDialog(QDialog):
    """Pick one of ``backups`` (only sound ones can be chosen); ``chosen()`` gives its name."""

    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restaurer une sauvegarde"))
        self.setAccessibleName(self.tr("Restaurer une sauvegarde"))
        self.backups = backups
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Choisissez la sauvegarde à remettre en place. La base actuelle sera d'abord gardée "
            "dans le dossier des sauvegardes, même si elle est endommagée."
        ) if backups else self.tr("Aucune sauvegarde n'a encore été faite dans ce dossier de données."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        columns = [self.tr("Date"), self.tr("Raison"), self.tr("État"), self.tr("Vos données"), self.tr("Taille")]
        self.reasons = {
            "avant-migration": self.tr("avant une mise à niveau"),
            "avant-mise-a-jour": self.tr("avant une mise à jour des données"),
            "avant-restauration": self.tr("avant une restauration"),
            "avant-import": self.tr("avant un import"),
            "manuelle": self.tr("faite à la demande"),
        }
        self.table = QTableWidget(len(backups), len(columns))
        self.table.setAccessibleName(self.tr("Sauvegardes"))
        self.table.setHorizontalHeaderLabels(columns)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        for row, info in enumerate(backups):
            self._fill(row, info)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        intro.setBuddy(self.table)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(self.tr("&Restaurer"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.table.itemSelectionChanged.connect(self._update)
        self.table.doubleClicked.connect(lambda _index: self.accept() if self.restore_button.isEnabled() else None)
        first_sound = next((i for i, b in enumerate(backups) if b.sound), None)
        if first_sound is not None:
            self.table.selectRow(first_sound)
        self._update()
        fit_window(self, "restore_backup", QSize(760, 360))

    def _fill(self, row: int, info: BackupInfo) -> None:
        own = info.own_records
        mine = ", ".join((self.tr("%n projet(s)", "", own.get("projects", 0)),
                          self.tr("%n note(s)", "", own.get("notes", 0)),
                          self.tr("%n en sélection", "", own.get("stars", 0)),
                          self.tr("%n recherche(s)", "", own.get("saved_searches", 0))))
        state = self.tr("saine") if info.sound else self.tr("endommagée")
        reason = self.reasons.get(info.reason.removesuffix("-endommagee"), info.reason)
        values = (info.created.replace("T", " "), reason, state, mine,
                  self.tr("{0} Mo").format(f"{info.size / 1e6:.1f}".replace(".", ",")))
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            if not info.sound:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
                item.setToolTip(info.detail)
            self.table.setItem(row, column, item)

    def _update(self) -> None:
        self.restore_button.setEnabled(self.chosen() is not None)

    def chosen(self) -> str | None:
        """The name of the selected backup, if a sound one is selected."""
        rows = {index.row() for index in self.table.selectedIndexes()}
        if len(rows) != 1:
            return None
        info = self.backups[rows.pop()]
        return info.name if info.sound else None
