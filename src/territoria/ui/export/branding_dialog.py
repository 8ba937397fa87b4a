"""The dialog that sets the agency name and logo printed in the header of every document."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from territoria.settings import Settings
from territoria.ui.export.settings import branding, set_branding


class BrandingDialog(QDialog):
    """Agency name and logo (PNG or JPEG) for document headers."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        #: The last warning shown (a logo that is not an image), for tests and accessibility.
        self.last_warning = ""
        self.setWindowTitle(self.tr("En-tête des documents"))
        current = branding(settings)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Le nom et le logo de votre structure apparaissent en haut de chaque fiche, "
                               "dossier et catalogue. Laissez vide pour n'afficher que « Territoria »."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.name_edit = QLineEdit(current.agency_name)
        self.name_edit.setAccessibleName(self.tr("Nom de la structure"))
        self.name_edit.setMaxLength(200)
        self.logo_edit = QLineEdit(str(current.logo_path or ""))
        self.logo_edit.setAccessibleName(self.tr("Fichier du logo"))
        browse = QPushButton(self.tr("&Parcourir…"))
        browse.setAccessibleName(self.tr("Choisir le fichier du logo"))
        browse.clicked.connect(self.browse)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_edit, 1)
        logo_row.addWidget(browse)
        name_label = QLabel(self.tr("&Nom de la structure :"))
        name_label.setBuddy(self.name_edit)
        logo_label = QLabel(self.tr("&Logo :"))
        logo_label.setBuddy(self.logo_edit)
        form.addRow(name_label, self.name_edit)
        form.addRow(logo_label, logo_row)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Enregistrer"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def browse(self) -> None:
        """Pick a logo file."""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Logo"), self.logo_edit.text(),
                                              self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            self.logo_edit.setText(path)

    def accept(self) -> None:
        """Save the name and logo; a logo file that is not a readable image is refused with a warning."""
        from pathlib import Path

        from PySide6.QtWidgets import QMessageBox

        from territoria.reports.context import logo_problem

        logo = self.logo_edit.text().strip()
        problem = logo_problem(Path(logo)) if logo and Path(logo).is_file() else None
        if problem:
            self.last_warning = self.tr("Ce logo ne peut pas être utilisé : {0}. Choisissez une image PNG "
                                        "ou JPEG.").format(problem)
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Logo illisible"), self.last_warning,
                              QMessageBox.StandardButton.Ok, self)
            box.open()
            return
        set_branding(self.settings, self.name_edit.text(), self.logo_edit.text())
        super().accept()
