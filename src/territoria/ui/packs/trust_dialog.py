"""Données > Clés de confiance…: the publisher keys this town hall trusts.

Lists every trusted key (installer's, added, introduced by a trusted pack) with its
fingerprint and publishers; "Ajouter…" reads a ``.pub`` file and shows its fingerprint
before asking for confirmation; "Retirer…" removes (revokes) the selected key.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from territoria.errors import TerritoriaError
from territoria.ui.packs.locations import PackLocations, locations_of
from territoria.ui.window_geometry import fit_window

if TYPE_CHECKING:
    from territoria.ui.context import UiContext

#: How each key came to be trusted (translated in context "TrustDialog").
_ORIGINS = {
    "installer": QT_TRANSLATE_NOOP("TrustDialog", "installateur"),
    "user": QT_TRANSLATE_NOOP("TrustDialog", "ajoutée"),
    "rotation": QT_TRANSLATE_NOOP("TrustDialog", "clé suivante"),
}


class TrustDialog(QDialog):
    """The trusted keys, with Ajouter… and Retirer…"""

    def __init__(self, context: UiContext, parent: QWidget | None = None, locations: PackLocations | None = None,
                 *, confirm: bool = True) -> None:
        super().__init__(parent)
        self.locations = locations or locations_of(context)
        self.confirm = confirm  # tests answer the confirmations themselves
        self.keys: list = []
        self.setWindowTitle(self.tr("Clés de confiance"))
        intro = QLabel(self.tr("Territoria n'importe que les paquets signés par une de ces clés. Vérifiez "
                               "l'empreinte d'une nouvelle clé auprès de l'agence (téléphone, courrier) avant de "
                               "l'ajouter."))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Empreinte"), self.tr("Éditeurs"), self.tr("Origine"),
                                              self.tr("Fichier ou libellé")])
        self.table.setAccessibleName(self.tr("Clés de confiance"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.add_button = QPushButton(self.tr("&Ajouter une clé…"))
        self.add_button.setAccessibleName(self.tr("Ajouter une clé publique"))
        self.add_button.clicked.connect(self.browse_and_add)
        self.remove_button = QPushButton(self.tr("&Retirer la clé…"))
        self.remove_button.setAccessibleName(self.tr("Retirer la clé sélectionnée"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Fermer"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(close)
        fit_window(self, "trusted_keys", QSize(700, 380))
        self.refresh()

    def _store(self):
        from territoria.services.packs.trust import open_trust_store

        return open_trust_store(self.locations.config_dir)

    def refresh(self) -> None:
        """Re-read the trusted keys."""
        try:
            self.keys = self._store().keys()
        except TerritoriaError as exc:
            self.message.setText(exc.message)
            self.keys = []
        self.table.setRowCount(len(self.keys))
        for row, key in enumerate(self.keys):
            cells = (key.fingerprint, ", ".join(key.publishers) or self.tr("(premier éditeur signé)"),
                     QCoreApplication.translate("TrustDialog", _ORIGINS.get(key.origin, key.origin)), key.label)
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.remove_button.setEnabled(bool(self.table.selectedItems()))

    def browse_and_add(self) -> None:
        """Ask for a ``.pub`` file, then add it."""
        chosen, _filter = QFileDialog.getOpenFileName(self, self.tr("Ajouter une clé de confiance"), str(Path.home()),
                                                      self.tr("Clé publique Territoria (*.pub)"))
        if chosen:
            self.add_file(Path(chosen))

    def add_file(self, path: Path) -> bool:
        """Show the fingerprint of the key in ``path``, ask for confirmation, trust it; True when added."""
        from territoria.services.packs.keys import read_public_key

        try:
            key = read_public_key(path)
        except TerritoriaError as exc:
            self.message.setText(exc.message)
            return False
        publishers = ", ".join(key.publishers) or self.tr("non précisés")
        question = self.tr("Faire confiance à la clé de {0} ?\n\nEmpreinte : {1}\nÉditeurs : {2}\n\n"
                           "Vérifiez cette empreinte auprès de l'agence avant de confirmer.").format(
            path.name, key.fingerprint, publishers)
        if self.confirm and QMessageBox.question(self, self.tr("Ajouter une clé de confiance"), question) \
                != QMessageBox.StandardButton.Yes:
            self.message.setText(self.tr("Clé non ajoutée."))
            return False
        try:
            added = self._store().add_file(path)
        except TerritoriaError as exc:
            self.message.setText(exc.message)
            return False
        self.message.setText(self.tr("Clé ajoutée : {0}.").format(added.fingerprint))
        self.refresh()
        return True

    def remove_selected(self) -> bool:
        """Remove the selected key after confirmation; True when removed."""
        rows = {item.row() for item in self.table.selectedItems()}
        if not rows:
            return False
        key = self.keys[rows.pop()]
        question = self.tr("Ne plus faire confiance à la clé {0} ({1}) ? Les paquets qu'elle signe seront "
                           "refusés ; les données déjà importées restent.").format(key.fingerprint, key.label)
        if self.confirm and QMessageBox.question(self, self.tr("Retirer une clé"), question) \
                != QMessageBox.StandardButton.Yes:
            return False
        try:
            self._store().remove(key.fingerprint)
        except TerritoriaError as exc:
            self.message.setText(exc.message)
            return False
        self.message.setText(self.tr("Clé retirée : {0}.").format(key.fingerprint))
        self.refresh()
        return True
