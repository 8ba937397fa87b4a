"""Opening the database for the window: one window per data folder, and a way out of a damaged base.

A second window on the same data folder is told « Territoria est déjà ouvert ». When the
database cannot be opened because it is damaged, the error box offers « Restaurer une
sauvegarde… »; after a restore the opening is tried again.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from territoria import APP_NAME
from territoria.config import Paths
from territoria.errors import CorruptDatabaseError, DataFolderBusyError, TerritoriaError
from territoria.services.database import Database, open_database
from territoria.services.backups import DataFolderLock

log = logging.getLogger(__name__)

#: A window restarting after a restore may still be closing: wait this long before saying « déjà ouvert ».
GUI_LOCK_WAIT_SECONDS = 3.0


def open_database_for_window(paths: Paths, parent: QWidget | None = None) -> Database | None:
    """The user's database with the folder's lock held for the window's life, or None (explained)."""
    lock = DataFolderLock(paths.data_dir, program="Territoria (fenêtre)")
    try:
        lock.acquire(timeout=GUI_LOCK_WAIT_SECONDS)
    except DataFolderBusyError as exc:
        log.info("data folder busy: %s", exc.holder)
        QMessageBox.information(parent, APP_NAME, QCoreApplication.translate(
            "startup",
            "Territoria est déjà ouvert sur ces données ({0}). Utilisez la fenêtre déjà ouverte, "
            "ou fermez-la avant d'en ouvrir une autre.").format(exc.holder or paths.data_dir))
        return None
    while True:
        try:
            return open_database(paths, lock=lock)
        except CorruptDatabaseError as exc:
            log.error("cannot open database: %s", exc.message)
            if not offer_restore(paths, exc.message, lock, parent):
                lock.release()
                return None
        except TerritoriaError as exc:
            log.error("cannot open database: %s", exc.message)
            QMessageBox.critical(parent, APP_NAME, exc.message)
            lock.release()
            return None


def offer_restore(paths: Paths, message: str, lock: DataFolderLock, parent: QWidget | None = None) -> bool:
    """Show ``message`` with « Restaurer une sauvegarde… »; True when a backup was put in place."""
    from territoria.services.backups import list_backups

    if not any(b.sound for b in list_backups(paths)):  # nothing to restore: the message alone
        QMessageBox.critical(parent, APP_NAME, message)
        return False
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, message, QMessageBox.StandardButton.Close, parent)
    box.button(QMessageBox.StandardButton.Close).setText(QCoreApplication.translate("startup", "Fermer"))
    restore = box.addButton(QCoreApplication.translate("startup", "Restaurer une sauvegarde…"),
                            QMessageBox.ButtonRole.ActionRole)
    restore.setAccessibleName(QCoreApplication.translate("startup", "Restaurer une sauvegarde"))
    box.exec()
    if box.clickedButton() is not restore:
        return False
    return restore_with_dialog(paths, lock, parent)


def restore_with_dialog(paths: Paths, lock: DataFolderLock | None, parent: QWidget | None = None) -> bool:
    """Let the person choose a backup and put it in place (the database must be closed); True if done."""
    from territoria.services.backups import list_backups, restore_backup
    from territoria.ui.backup.restore_dialog import RestoreDialog

    dialog = RestoreDialog(list_backups(paths), parent)
    if dialog.exec() != RestoreDialog.DialogCode.Accepted or dialog.chosen() is None:
        return False
    try:
        result = restore_backup(paths, dialog.chosen() or "", lock=lock)
    except TerritoriaError as exc:
        QMessageBox.critical(parent, APP_NAME, exc.message)
        return False
    QMessageBox.information(parent, APP_NAME, QCoreApplication.translate(
        "startup",
        "La sauvegarde a été remise en place. La base remplacée est gardée dans {0}.").format(result.saved))
    return True
