"""Opening the window on the shared catalogue of a PostgreSQL server.

``territoria --database postgresql+psycopg://…`` (or ``TERRITORIA_DATABASE_URL``, or the
``database/url`` setting) opens the window on the server. The local file's start-up steps
do not apply there: no data-folder lock (the server serves several people at once), no
seed update or file checks (``territoria db upgrade`` is the administrators' job), no
backups of a local file (the server's are ``pg_dump``). When the server cannot be used
(unreachable, wrong password, older schema…), a French message offers « Réessayer ».
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from territoria import APP_NAME
from territoria.errors import TerritoriaError
from territoria.services.database import Database, open_server_database

log = logging.getLogger(__name__)


def server_failure(exc: BaseException) -> str | None:
    """The French message of a failure to open the server database, or None for a bug."""
    if isinstance(exc, TerritoriaError):
        return exc.message
    from territoria.services.server_database import server_failure_message

    return server_failure_message(exc)


def ask_retry(message: str, parent: QWidget | None = None) -> bool:
    """Show ``message`` with « Réessayer » and « Fermer »; True when the person chose to retry."""
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, message, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("serverFailureBox")
    retry = box.addButton(QCoreApplication.translate("server", "&Réessayer"), QMessageBox.ButtonRole.AcceptRole)
    retry.setAccessibleName(QCoreApplication.translate("server", "Réessayer de se connecter au serveur"))
    close = box.addButton(QCoreApplication.translate("server", "&Fermer"), QMessageBox.ButtonRole.RejectRole)
    close.setAccessibleName(QCoreApplication.translate("server", "Fermer Territoria"))
    box.setDefaultButton(retry)
    box.setEscapeButton(close)
    box.exec()
    return box.clickedButton() is retry


def open_server_for_window(url: str, parent: QWidget | None = None, *, ask=ask_retry) -> Database | None:
    """The server database of ``url``, or None when the person gave up (each failure explained,
    with « Réessayer »). ``ask(message, parent) -> bool`` is the question (replaced in tests)."""
    while True:
        try:
            return open_server_database(url)
        except Exception as exc:  # noqa: BLE001 - only the explained failures are offered a retry
            message = server_failure(exc)
            if message is None:
                raise
            log.error("cannot open the server database: %s", message)
            intro = QCoreApplication.translate("server", "Territoria ne peut pas ouvrir la base partagée du serveur.")
            if not ask(f"{intro}\n\n{message}", parent):
                return None
