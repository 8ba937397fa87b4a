"""The dialog shown for an unexpected error: a French message and "Copier les détails"."""

from __future__ import annotations

import logging
import traceback
from types import TracebackType

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from territoria.ui.window_geometry import clamp_to_screen, fit_window

log = logging.getLogger(__name__)
#: Height of the dialog once the technical details are shown (less on a smaller screen).
DETAILS_HEIGHT = 480


class ErrorDialog(QDialog):
    """A French explanation of an unexpected error, its details on demand, and a copy button."""

    def __init__(self, message: str, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Erreur inattendue"))
        self.details = details
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Territoria a rencontré une erreur inattendue. Vos données n'ont pas été modifiées "
                "par cette erreur. Vous pouvez continuer ou redémarrer l'application."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.message_label = QLabel(self.tr("Message : {0}").format(message))
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message_label)
        self.details_view = QPlainTextEdit(details)
        self.details_view.setReadOnly(True)
        self.details_view.setVisible(False)
        self.details_view.setAccessibleName(self.tr("Détails techniques"))
        layout.addWidget(self.details_view)
        buttons = QDialogButtonBox()
        self.show_button = QPushButton(self.tr("Afficher les détails"))
        self.show_button.setCheckable(True)
        self.show_button.toggled.connect(self._show_details)
        self.copy_button = QPushButton(self.tr("Copier les détails"))
        self.copy_button.clicked.connect(self.copy_details)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Fermer"))
        buttons.addButton(self.show_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_window(self, "error", QSize(560, 220))

    def _show_details(self, on: bool) -> None:
        """Show or hide the details; shown, they get room (within the screen)."""
        self.details_view.setVisible(on)
        if on and self.height() < DETAILS_HEIGHT:
            self.resize(self.width(), DETAILS_HEIGHT)
            clamp_to_screen(self)

    def copy_details(self) -> None:
        """Put the technical details on the clipboard (for an e-mail to the agency)."""
        QApplication.clipboard().setText(self.details)


def report_unexpected(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None, parent: QWidget | None = None
) -> None:
    """Log an unexpected exception and show it in the French error dialog (a lost database
    server gets its French message and no technical details: nothing is wrong with the app)."""
    from territoria.services.server_database import server_failure_message

    lost = server_failure_message(exc)
    if lost is not None:
        log.error("database server failure: %s", exc)
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(parent, QApplication.translate("ErrorDialog", "Territoria"), lost)
        return
    log.error("unexpected error", exc_info=(exc_type, exc, tb))
    from territoria.services.db_errors import database_damage_message

    details = "".join(traceback.format_exception(exc_type, exc, tb))
    # a database error gets its French explanation and the way out, not SQLite's English
    message = database_damage_message(exc) or str(exc) or exc_type.__name__
    ErrorDialog(message, details, parent).exec()
