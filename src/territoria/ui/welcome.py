"""The welcome screen: shown on first start (and from Aide), it asks for the collectivité.

Two lines say what Territoria does; the forgiving picker of "Ma commune" chooses the
collectivité; "Commencer" then opens "Ma commune" for it. Once a collectivité is chosen, the
application reopens on "Ma commune" (see ``MainWindow.open_start_page``).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from territoria.services.communes import Place
from territoria.ui.commune.picker import CollectivitePicker
from territoria.ui.context import UiContext
from territoria.ui.window_geometry import fit_window


class WelcomeDialog(QDialog):
    """"Bienvenue" : what the app does, and the choice of the collectivité."""

    #: The collectivité chosen, when "Commencer" is pressed.
    started = Signal(object)  # Place

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Bienvenue dans Territoria"))
        self.place: Place | None = None
        title = QLabel(self.tr("<h2>Bienvenue dans Territoria</h2>"))
        self.intro = QLabel(self.tr(
            "Territoria montre ce que des collectivités comme la vôtre ont fait avec l'intelligence "
            "artificielle, ce que cela a coûté et qui a payé.\n"
            "Il dit aussi quelles aides vous pouvez obtenir, et imprime des fiches pour votre conseil. "
            "Tout fonctionne sans connexion."))
        self.intro.setWordWrap(True)
        #: "Diffusé par …" with the agency's contact, on an installation branded for an agency
        self.agency_label = QLabel()
        self.agency_label.setWordWrap(True)
        self.agency_label.setVisible(context.agency is not None)
        if context.agency is not None:
            lines = [self.tr("Territoria vous est fourni par %1.").replace("%1", context.agency.name)]
            if context.agency.contact_lines:
                lines.append(self.tr("Une question ? %1").replace("%1", " · ".join(context.agency.contact_lines)))
            self.agency_label.setText("\n".join(lines))
        ask = QLabel(self.tr("Pour commencer, choisissez votre collectivité (nom, code postal ou code INSEE) :"))
        ask.setWordWrap(True)
        self.picker = CollectivitePicker(context.db, context.tasks)
        self.picker.placeChosen.connect(self._chosen)
        self.start_button = QPushButton(self.tr("&Commencer"))
        self.start_button.setAccessibleName(self.tr("Commencer avec cette collectivité"))
        self.start_button.setEnabled(False)
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self._start)
        self.later_button = QPushButton(self.tr("&Plus tard"))
        self.later_button.setAccessibleName(self.tr("Plus tard : aller au catalogue"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.later_button.clicked.connect(self.reject)
        self.hint = QLabel(self.tr("Vous pourrez changer de collectivité à tout moment dans « Ma commune » ; "
                                   "Aide > Guide rappelle l'essentiel."))
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.intro)
        layout.addWidget(self.agency_label)
        layout.addSpacing(8)
        layout.addWidget(ask)
        layout.addWidget(self.picker)
        # the hint right under the picker (its suggestions open over it); a taller window keeps
        # its room above the buttons, where a dialog's blank belongs
        layout.addSpacing(4)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        # as tall as the text needs at its default width: no blank band in the middle of the screen
        width = 620
        height = self.heightForWidth(width)  # the wrapped labels' lines at that width
        height = height if height > 0 else self.sizeHint().height()
        fit_window(self, "welcome", QSize(width, height))

    def _chosen(self, place: Place) -> None:
        self.place = place
        self.start_button.setEnabled(True)
        self.start_button.setFocus()

    def _start(self) -> None:
        if self.place is None:
            return
        self.started.emit(self.place)
        self.accept()
