"""The dialog that sets the name and logo printed in the header of every document (Fichier > En-tête des documents…).

While nothing is set, documents are headed by the collectivité chosen in "Ma commune" (else
the agency the installation is branded for): the dialog opens pre-filled with that, and saving
it unchanged keeps it automatic, so the letterhead still follows a new choice of collectivité.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
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

from territoria.reports.context import Branding
from territoria.settings import Settings
from territoria.ui.export.settings import branding, set_branding
from territoria.ui.window_geometry import fit_window


class BrandingDialog(QDialog):
    """Name and logo (PNG or JPEG) for document headers; ``default`` is what heads them while unset."""

    def __init__(self, settings: Settings, parent: QWidget | None = None, *, default: Branding | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.default = default or Branding()
        #: The last warning shown (a logo that is not an image), for tests and accessibility.
        self.last_warning = ""
        self.setWindowTitle(self.tr("En-tête des documents"))
        current = branding(settings)
        #: Whether the name and logo come from "Ma commune" / the agency (nothing set yet).
        self.prefilled = not current.agency_name and current.logo_path is None
        shown = self.default if self.prefilled else current
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Le nom et le logo de votre structure apparaissent en haut de chaque fiche, "
                               "dossier et catalogue. Laissez vide pour n'afficher que « Territoria »."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.origin = QLabel(self._origin_text())
        self.origin.setWordWrap(True)
        self.origin.setVisible(bool(self.origin.text()))
        layout.addWidget(self.origin)
        form = QFormLayout()
        self.name_edit = QLineEdit(shown.agency_name)
        self.name_edit.setAccessibleName(self.tr("Nom de la structure"))
        self.name_edit.setMaxLength(200)
        self.logo_edit = QLineEdit(str(shown.logo_path or ""))
        self.logo_edit.setAccessibleName(self.tr("Fichier du logo"))
        # a collectivité's full name ("Commune de Saint-Denis-sur-Sarthon") shows whole
        self.name_edit.setMinimumWidth(self.fontMetrics().averageCharWidth() * 42)
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
        self.reset_button = QPushButton(self.tr("Par &défaut"))
        self.reset_button.setAccessibleName(self.tr("Revenir à l'en-tête par défaut"))
        self.reset_button.setToolTip(self._default_tip())
        self.reset_button.clicked.connect(self.use_default)
        buttons.addButton(self.reset_button, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_window(self, "letterhead", QSize(560, 220))

    def _origin_text(self) -> str:
        if not self.prefilled or not self.default.agency_name:
            return ""
        return self.tr("Pré-rempli avec la collectivité choisie dans « Ma commune » (ou votre agence) : tant "
                       "que vous n'y touchez pas, l'en-tête suit ce choix.")

    def _default_tip(self) -> str:
        if self.default.agency_name:
            return self.tr("L'en-tête par défaut : « {0} », d'après « Ma commune » ou votre agence.").format(
                self.default.agency_name)
        return self.tr("Sans réglage, l'en-tête reprend la collectivité choisie dans « Ma commune ».")

    def use_default(self) -> None:
        """Put back the automatic letterhead ("Ma commune", else the agency)."""
        self.name_edit.setText(self.default.agency_name)
        self.logo_edit.setText(str(self.default.logo_path or ""))

    def browse(self) -> None:
        """Pick a logo file."""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Logo"), self.logo_edit.text(),
                                              self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            self.logo_edit.setText(path)

    def is_default(self) -> bool:
        """Whether the fields hold the automatic letterhead (then nothing is stored: it stays automatic)."""
        return (self.name_edit.text().strip() == self.default.agency_name.strip()
                and self.logo_edit.text().strip() == str(self.default.logo_path or ""))

    def accept(self) -> None:
        """Save the name and logo; a logo file that is not a readable image is refused with a warning."""
        from PySide6.QtWidgets import QMessageBox

        from territoria.reports.context import logo_problem

        if self.is_default():
            set_branding(self.settings, "", "")  # automatic: follows "Ma commune"
            super().accept()
            return
        logo = self.logo_edit.text().strip()
        chosen = logo and logo != str(self.default.logo_path or "")  # the agency's own logo is known good
        problem = logo_problem(Path(logo)) if chosen and Path(logo).is_file() else None
        if problem:
            self.last_warning = self.tr("Ce logo ne peut pas être utilisé : {0}. Choisissez une image PNG "
                                        "ou JPEG.").format(problem)
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Logo illisible"), self.last_warning,
                              QMessageBox.StandardButton.Ok, self)
            box.open()
            return
        set_branding(self.settings, self.name_edit.text(), self.logo_edit.text())
        super().accept()
