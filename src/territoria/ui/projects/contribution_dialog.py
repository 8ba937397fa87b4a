"""Fichier > Envoyer mes projets à l'agence…: write the unsigned contribution file to send.

Notes are included only when ticked; contact fields are left out unless ticked, and ticking
them shows the reminder that names and personal e-mails are personal data.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from territoria.errors import TerritoriaError
from territoria.services.contributions import EXTENSION, PERSONAL_DATA_NOTE, ExportReport, export_contribution
from territoria.ui.palette import colour_style
from territoria.ui.window_geometry import fit_window

if TYPE_CHECKING:
    from territoria.ui.context import UiContext


class ContributionDialog(QDialog):
    """Choose what to include and where to write the contribution."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.report: ExportReport | None = None
        self.setWindowTitle(self.tr("Envoyer mes projets à l'agence"))
        intro = QLabel(self.tr(
            "Territoria écrit vos projets dans un fichier « {0} » à envoyer à votre agence (courriel, clé USB). "
            "Ce fichier n'est pas signé : l'agence vérifie vos projets avant de les publier dans sa prochaine "
            "édition.").format(EXTENSION))
        intro.setWordWrap(True)
        self.notes_box = QCheckBox(self.tr("Joindre mes &notes privées sur ces projets"))
        self.contact_box = QCheckBox(self.tr("Joindre les &contacts des projets"))
        self.reminder = QLabel(PERSONAL_DATA_NOTE)
        self.reminder.setWordWrap(True)
        self.reminder.setStyleSheet(colour_style(self, "warning"))
        self.reminder.setAccessibleName(self.tr("Rappel sur les données personnelles"))
        self.reminder.hide()
        self.contact_box.toggled.connect(self.reminder.setVisible)
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(self.tr("Fichier à écrire"))
        start = Path.home() / f"mes-projets{EXTENSION}"
        self.path_edit.setText(str(start))
        browse = QPushButton(self.tr("&Parcourir…"))
        browse.setAccessibleName(self.tr("Choisir le fichier à écrire"))
        browse.clicked.connect(self.browse)
        path_row = QHBoxLayout()
        path_caption = QLabel(self.tr("&Fichier :"))
        path_caption.setBuddy(self.path_edit)
        path_row.addWidget(path_caption)
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Résultat"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close)
        self.write_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.write_button.setText(self.tr("&Écrire le fichier"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Fermer"))
        self.buttons.accepted.connect(self.write)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.notes_box)
        layout.addWidget(self.contact_box)
        layout.addWidget(self.reminder)
        layout.addLayout(path_row)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        fit_window(self, "contribution", QSize(560, 300))

    def browse(self) -> None:
        """Ask where to write the file."""
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Envoyer mes projets à l'agence"), self.path_edit.text(),
            self.tr("Contribution Territoria (*{0})").format(EXTENSION))
        if chosen:
            self.path_edit.setText(chosen if chosen.endswith(EXTENSION) else chosen + EXTENSION)

    def write(self) -> None:
        """Write the contribution (in the export lane); the result is shown in the dialog."""
        path = Path(self.path_edit.text().strip())
        if not self.path_edit.text().strip():
            self.message.setText(self.tr("Choisissez le fichier à écrire."))
            return
        if path.suffix != EXTENSION:
            path = path.with_name(path.name + EXTENSION)
        with_notes, with_contact = self.notes_box.isChecked(), self.contact_box.isChecked()
        db = self.context.db

        def work(_progress) -> ExportReport:
            return export_contribution(db, path, with_notes=with_notes, with_contact=with_contact)

        def failed(exc: BaseException) -> None:
            self.message.setText(exc.message if isinstance(exc, TerritoriaError)
                                 else self.tr("Le fichier n'a pas pu être écrit."))

        from territoria.ui.tasks import Lane

        self.context.tasks.run(Lane.EXPORT, self.tr("Écriture de la contribution"), work, self._written, failed,
                  show_progress=False, parent=self)

    def _written(self, report: ExportReport) -> None:
        self.report = report
        extras = []
        if report.with_notes:
            extras.append(self.tr("avec vos notes"))
        if report.with_contact:
            extras.append(self.tr("avec les contacts"))
        self.message.setText(self.tr("%n projet(s) écrit(s) dans {0} {1}. Envoyez ce fichier à votre agence.", "",
                                     report.count)
                             .format(report.path, ", ".join(extras) or self.tr("(sans notes ni contacts)")))
