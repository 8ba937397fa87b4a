"""Backups in the window: the start-up way out of a damaged base, one window per folder, Fichier actions."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QMessageBox, QPushButton

from territoria.config import resolve_paths
from territoria.services.database import open_database
from territoria.store.backup import list_backups, make_backup
from territoria.store.models import SelectionEntry
from territoria.ui.backup.menu import BackupMenu
from territoria.ui.backup.restore_dialog import RestoreDialog
from territoria.ui.backup.startup import open_database_for_window


def _starred_database(data_dir: Path, seed: Path) -> Path:
    db = open_database(resolve_paths(data_dir), seed)
    with db.session() as session:
        session.add(SelectionEntry(initiative_slug="drome-assistant-virtuel", added_at=datetime(2026, 1, 2)))
    db.close()
    return resolve_paths(data_dir).database


def _stars(database: Path) -> int:
    connection = sqlite3.connect(database)
    try:
        return connection.execute("SELECT count(*) FROM user_selection").fetchone()[0]
    finally:
        connection.close()


def _drive(steps: list) -> list[str]:
    """Act on the modal windows as they open: each step is (class, action); returns the texts seen."""
    seen: list[str] = []
    pending = list(steps)

    def tick() -> None:
        widget = QApplication.activeModalWidget()
        if widget is not None and pending and isinstance(widget, pending[0][0]):
            seen.append(widget.text() if isinstance(widget, QMessageBox) else type(widget).__name__)
            pending.pop(0)[1](widget)
        if pending:
            QTimer.singleShot(30, tick)

    QTimer.singleShot(30, tick)
    return seen


def _click(label: str):
    def act(box: QMessageBox) -> None:
        button = next(b for b in box.findChildren(QPushButton) if b.text().replace("&", "") == label)
        button.click()
    return act


def test_the_restore_dialog_offers_only_sound_backups(qtbot, data_dir, seed_file):
    database = _starred_database(data_dir, seed_file)
    backups = resolve_paths(data_dir).backups
    good = make_backup(database, backups, "avant-migration")
    with database.open("r+b") as handle:
        handle.seek(database.stat().st_size // 2 // 4096 * 4096)
        handle.write(b"garbage!" * 4000)
    make_backup(database, backups, "avant-mise-a-jour")
    dialog = RestoreDialog(list_backups(backups))
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, 2).text() == "endommagée" and dialog.table.item(1, 2).text() == "saine"
    assert "1 en sélection" in dialog.table.item(1, 3).text()
    assert dialog.chosen() == good.name and dialog.restore_button.isEnabled()
    dialog.table.selectRow(0)  # the damaged one cannot be chosen
    assert dialog.chosen() is None and not dialog.restore_button.isEnabled()
    assert dialog.table.accessibleName() == "Sauvegardes"


def test_a_damaged_database_at_start_offers_a_restore_and_then_opens(qtbot, data_dir, seed_file):
    database = _starred_database(data_dir, seed_file)
    make_backup(database, resolve_paths(data_dir).backups, "avant-migration")
    damaged = b"SQLite format 3\x00" + b"\xee" * 20000
    database.write_bytes(damaged)
    seen = _drive([(QMessageBox, _click("Restaurer une sauvegarde…")), (RestoreDialog, RestoreDialog.accept),
                   (QMessageBox, QMessageBox.accept)])
    db = open_database_for_window(resolve_paths(data_dir))
    try:
        assert db is not None and db.lock is not None and db.lock.held
        assert "endommagée" in seen[0] and seen[1] == "RestoreDialog" and "remise en place" in seen[2]
        assert _stars(database) == 1
        kept = list(resolve_paths(data_dir).backups.glob("*avant-restauration-endommagee.sqlite"))
        assert len(kept) == 1 and kept[0].read_bytes() == damaged
    finally:
        if db is not None:
            db.close()
            db.lock.release()


HOLDER = ("import sys, time; from pathlib import Path; from territoria.store.lock import DataFolderLock; "
          "lock = DataFolderLock(Path(sys.argv[1]), program='Territoria (fenêtre)'); lock.acquire(5); "
          "print('held', flush=True); time.sleep(60)")


def test_a_second_window_on_the_same_data_folder_says_territoria_is_already_open(qtbot, data_dir, monkeypatch):
    from territoria.ui.backup import startup

    monkeypatch.setattr(startup, "GUI_LOCK_WAIT_SECONDS", 0.2)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(resolve_paths(data_dir).data_dir)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        assert open_database_for_window(resolve_paths(data_dir)) is None
    finally:
        holder.kill()
        holder.wait()
    assert len(shown) == 1 and "Territoria est déjà ouvert" in shown[0] and f"processus {holder.pid}" in shown[0]
    assert not resolve_paths(data_dir).database.exists()  # the second window wrote nothing


@pytest.fixture()
def window_menu(qtbot, data_dir, seed_file, monkeypatch):
    _starred_database(data_dir, seed_file)
    db = open_database_for_window(resolve_paths(data_dir))
    assert db is not None
    window = QMainWindow()
    qtbot.addWidget(window)
    menu = QMenu("Fichier", window)
    quit_action = menu.addAction("Quitter")
    backup_menu = BackupMenu(window, menu, quit_action, db)
    restarts: list[bool] = []
    monkeypatch.setattr(backup_menu, "restart", lambda: restarts.append(True))
    yield backup_menu, menu, restarts
    db.close()
    if db.lock is not None:
        db.lock.release()


def test_fichier_holds_the_three_backup_actions_before_quit(window_menu):
    _backup_menu, menu, _restarts = window_menu
    labels = [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]
    assert labels == ["Sauvegarder vers…", "Restaurer depuis…", "Restaurer une sauvegarde…", "Quitter"]


def test_save_to_then_restore_from_brings_the_users_data_back(window_menu, tmp_path, monkeypatch):
    backup_menu, _menu, restarts = window_menu
    database = backup_menu.db.path
    archive = backup_menu.save_to(tmp_path / "cle-usb.zip")
    assert archive is not None and archive.is_file()
    with sqlite3.connect(database) as connection:
        connection.execute("DELETE FROM user_selection")
    connection.close()
    assert _stars(database) == 0
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    assert backup_menu.restore_from(archive) is True
    assert _stars(database) == 1 and restarts == [True]


def test_restore_from_a_file_that_is_not_a_backup_changes_nothing(window_menu, tmp_path, monkeypatch):
    backup_menu, _menu, restarts = window_menu
    bogus = tmp_path / "photo.zip"
    bogus.write_bytes(b"\x89PNG not a zip")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    before = backup_menu.db.path.read_bytes()
    assert backup_menu.restore_from(bogus) is False
    assert shown and "n'est pas une sauvegarde Territoria" in shown[0]
    assert backup_menu.db.path.read_bytes() == before and restarts == []
