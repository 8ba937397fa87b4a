"""Fichier > « Restaurer une sauvegarde… », « Sauvegarder vers… », « Restaurer depuis… »."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QMenu, QMessageBox

from territoria import APP_NAME
from territoria.errors import TerritoriaError
from territoria.services.database import Database

log = logging.getLogger(__name__)


class BackupMenu(QObject):
    """The three backup actions of the Fichier menu, for the window's open database."""

    def __init__(self, window: QMainWindow, menu: QMenu, before: QAction, db: Database) -> None:
        super().__init__(window)
        self.window = window
        self.db = db
        self.restore_action = QAction(self.tr("Restaurer une sau&vegarde…"), window)
        self.save_to_action = QAction(self.tr("Sauve&garder vers…"), window)
        self.restore_from_action = QAction(self.tr("Restaurer &depuis…"), window)
        self.restore_action.triggered.connect(self.restore_backup)
        self.save_to_action.triggered.connect(lambda: self.save_to())
        self.restore_from_action.triggered.connect(lambda: self.restore_from())
        for action in (self.save_to_action, self.restore_from_action, self.restore_action):
            menu.insertAction(before, action)
        menu.insertSeparator(before)
        self.enabled = db.paths is not None
        for action in (self.save_to_action, self.restore_from_action, self.restore_action):
            action.setEnabled(self.enabled)

    def save_to(self, target: Path | None = None) -> Path | None:
        """Write the backup file (asks where when ``target`` is None); returns where it went."""
        from territoria.services.backups import default_archive_name, export_archive

        assert self.db.paths is not None
        if target is None:
            name, _filter = QFileDialog.getSaveFileName(
                self.window, self.tr("Sauvegarder vers"), str(Path.home() / default_archive_name()),
                self.tr("Sauvegarde Territoria (*.zip)"))
            if not name:
                return None
            target = Path(name)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            info = export_archive(self.db.paths, target)
        except TerritoriaError as exc:
            QGuiApplication.restoreOverrideCursor()
            QMessageBox.critical(self.window, APP_NAME, exc.message)
            return None
        QGuiApplication.restoreOverrideCursor()
        self.window.statusBar().showMessage(self.tr("Sauvegarde écrite dans {0}").format(info.path), 8000)
        return info.path

    def restore_backup(self) -> bool:
        """Choose an automatic backup, put it in place and restart."""
        from territoria.ui.backup.startup import restore_with_dialog

        assert self.db.paths is not None
        if not self._confirm():
            return False
        self._release_database()
        if not restore_with_dialog(self.db.paths, self.db.lock, self.window):
            return False
        self.restart()
        return True

    def restore_from(self, source: Path | None = None) -> bool:
        """Put a backup file in place (asks which when ``source`` is None) and restart."""
        from territoria.services.backups import import_archive, read_archive

        assert self.db.paths is not None
        if source is None:
            name, _filter = QFileDialog.getOpenFileName(
                self.window, self.tr("Restaurer depuis"), str(Path.home()),
                self.tr("Sauvegarde Territoria (*.zip);;Tous les fichiers (*)"))
            if not name:
                return False
            source = Path(name)
        try:
            read_archive(source)  # refuse a wrong file before closing anything
        except TerritoriaError as exc:
            QMessageBox.critical(self.window, APP_NAME, exc.message)
            return False
        if not self._confirm():
            return False
        self._release_database()
        try:
            result = import_archive(self.db.paths, source, lock=self.db.lock)
        except TerritoriaError as exc:
            QMessageBox.critical(self.window, APP_NAME, exc.message)
            self.restart()  # the database was released: start again on the unchanged one
            return False
        QMessageBox.information(self.window, APP_NAME, self.tr(
            "La sauvegarde a été remise en place. La base remplacée est gardée dans {0}.").format(result.saved))
        self.restart()
        return True

    def _confirm(self) -> bool:
        answer = QMessageBox.question(
            self.window, APP_NAME,
            self.tr("Territoria va remettre en place une sauvegarde puis redémarrer. La base actuelle sera "
                    "d'abord gardée dans le dossier des sauvegardes. Continuer ?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _release_database(self) -> None:
        """Close every connection: the file is about to be replaced under them."""
        self.db.engine.dispose()

    def restart(self) -> None:
        """Start a new window on the restored data and close this one (the new one waits for our lock)."""
        if self.db.lock is not None:  # let the new window in at once (our connections are closed)
            self.db.lock.release()
        if getattr(sys, "frozen", False):
            program, arguments = sys.executable, sys.argv[1:]
        else:
            program, arguments = sys.executable, ["-m", "territoria", *sys.argv[1:]]
        if not QProcess.startDetached(program, arguments):
            log.warning("restart failed: %s %s", program, arguments)
        app = QApplication.instance()
        if app is not None:
            app.quit()


def install_backup_menu(window: QMainWindow, menu: QMenu, before: QAction, db: Database) -> BackupMenu:
    """Add the backup actions to ``menu`` before ``before``."""
    return BackupMenu(window, menu, before, db)
